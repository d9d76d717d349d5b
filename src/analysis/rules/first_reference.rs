//! `first-reference` (information): a person called by surname (or "Mr Kim") before,
//! or without, any full-name introduction.
//!
//! Why an editor cares: AP and Reuters style give a person's full name and title on first
//! reference and the surname alone only afterwards; a reader meeting "Putin introduced
//! legislation" or "Mr Wellington said" first has to guess who is meant.
//!
//! Fires: "Mr Wellington said rises were vital. ... Bob Wellington, WLGA finance spokesman"
//! (surname first), or a surname that is never introduced.
//! Does not fire: "WLGA finance spokesman Bob Wellington said ... Mr Wellington added".

use super::{RuleCode, RuleInput};
use crate::analysis::entities::{EntityKind, MentionForm};
use crate::analysis::markup::BlockKind;
use crate::analysis::report::{Finding, Related};
use crate::analysis::segment::Document;

/// Is `offset` inside a headline: a Markdown heading, or a plain-text draft's first
/// paragraph when it is one short line with no closing full stop?
pub fn in_headline(doc: &Document, offset: usize) -> bool {
    let Some(p) = doc.paragraph_at(offset) else {
        return false;
    };
    let para = &doc.paragraphs[p];
    if para.kind == BlockKind::Heading {
        return true;
    }
    if p != 0 || para.sentences.len() != 1 {
        return false;
    }
    let text = doc.slice(para.span).trim_end();
    !text.ends_with(['.', '!', '?', '”', '"']) && text.split_whitespace().count() <= 15
}

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in &input.report.entities {
        if e.kind != EntityKind::Person {
            continue;
        }
        // Headlines use surnames by convention: the body's first reference counts.
        let Some(first) = e
            .mentions
            .iter()
            .find(|m| !in_headline(&input.report.document, m.span.start))
        else {
            continue;
        };
        if first.form != MentionForm::Short {
            continue;
        }
        let written = first.span.slice(input.text);
        let full = e.mentions.iter().find(|m| m.form == MentionForm::Full);
        let (message, related) = match full {
            Some(m) => (
                format!(
                    "“{written}” is used before {} is introduced. AP and Reuters style give the full name and title on first reference.",
                    e.name
                ),
                vec![Related {
                    span: m.span,
                    message: format!("{} is introduced here", e.name),
                }],
            ),
            None => (
                format!(
                    "“{written}” is never introduced by full name. AP and Reuters style give the full name and title on first reference."
                ),
                Vec::new(),
            ),
        };
        out.push(Finding {
            code: RuleCode::FirstReference,
            severity: RuleCode::FirstReference.default_severity(),
            message,
            span: first.span,
            focus: None,
            related,
            fixes: Vec::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn findings(text: &str) -> Vec<crate::analysis::Finding> {
        analyze(text, Format::PlainText, &Context::default())
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::FirstReference)
            .collect()
    }

    #[test]
    fn surname_before_introduction() {
        let text = "Mr Wellington said rises were vital. Later, WLGA finance spokesman Bob Wellington repeated it.";
        let f = findings(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "Wellington");
        assert_eq!(f[0].related[0].span.slice(text), "Bob Wellington");
    }

    #[test]
    fn surname_never_introduced() {
        let text = "Mr Wellington said rises were vital.";
        let f = findings(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("never introduced"));
    }

    #[test]
    fn headline_surname_is_fine() {
        let text =
            "Wellington backs rise\n\nWLGA finance spokesman Bob Wellington said rises were vital.";
        assert!(findings(text).is_empty());
    }

    #[test]
    fn introduced_first_is_fine() {
        let text = "WLGA finance spokesman Bob Wellington said rises were vital. Mr Wellington added more.";
        assert!(findings(text).is_empty());
    }
}
