//! `name-mismatch` (warning): a later reference spelled slightly differently from the
//! way the draft introduced the person, or from the desk's knowledge base.
//!
//! Why an editor cares: a misspelt name is the correction readers notice first, and it
//! often hides in a later paragraph where the surname alone is used.
//!
//! How: the entity layer joins a reference to a person when it is one small slip away
//! (Damerau–Levenshtein distance 1 for names up to six letters, 2 for longer ones, same
//! first letter) from that person's surname or full name and close to no one else. Plural
//! or possessive slips ("Ebber’s" for "Ebbers’") are not counted; two people with
//! different given names are never joined.
//!
//! Fires: "Kremlin spokesperson Dmitry Peskov said ... Peskow added ..." → "Peskow" with a
//! fix to "Peskov" and the introduction as related information.
//! Does not fire: "Jon Mandel said ... James Mandelbaum said ..." (two people).

use super::{RuleCode, RuleInput};
use crate::analysis::entities::VariantOf;
use crate::analysis::report::{Edit, Finding, Fix, Related};

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in &input.report.entities {
        for v in &e.variants {
            let (message, related) = match &v.of {
                VariantOf::Introduction(intro) => (
                    format!(
                        "“{}” is spelled “{}” where {} is introduced. Use one spelling.",
                        v.written, v.expected, e.name
                    ),
                    vec![Related {
                        span: *intro,
                        message: format!("{} is introduced here", e.name),
                    }],
                ),
                VariantOf::Knowledge(_) => (
                    format!(
                        "The desk's knowledge base spells this name “{}”, not “{}”.",
                        v.expected, v.written
                    ),
                    Vec::new(),
                ),
            };
            out.push(Finding {
                code: RuleCode::NameMismatch,
                severity: RuleCode::NameMismatch.default_severity(),
                message,
                span: v.span,
                focus: None,
                related,
                fixes: vec![Fix {
                    title: format!("Change to “{}”", v.expected),
                    edits: vec![Edit {
                        span: v.span,
                        replacement: v.expected.clone(),
                    }],
                    preferred: true,
                }],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::context::{Context, KnownEntity};
    use crate::analysis::entities::EntityKind;
    use crate::analysis::{analyze, Format, RuleCode};

    fn findings(text: &str, ctx: &Context) -> Vec<crate::analysis::Finding> {
        analyze(text, Format::PlainText, ctx)
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::NameMismatch)
            .collect()
    }

    #[test]
    fn misspelt_surname_gets_fix_and_related_introduction() {
        let text = "Kremlin spokesperson Dmitry Peskov said the deal was legal. Later, Peskow added that nobody should worry.";
        let f = findings(text, &Context::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "Peskow");
        assert_eq!(f[0].fixes[0].edits[0].replacement, "Peskov");
        assert_eq!(f[0].related[0].span.slice(text), "Dmitry Peskov");
    }

    #[test]
    fn two_different_people_are_not_flagged() {
        let text = "Jon Mandel, a media director, said prices rose. James Mandelbaum, an attorney, said so too. Mandel added more. Tony Smith and Jane Smyth also spoke.";
        assert!(findings(text, &Context::default()).is_empty());
    }

    #[test]
    fn possessive_slip_is_not_a_misspelling() {
        let text =
            "Former chief Bernie Ebbers denies fraud. Mr Ebber's lawyers said he was unaware.";
        assert!(findings(text, &Context::default()).is_empty());
    }

    #[test]
    fn full_name_differing_from_knowledge_base() {
        let ctx = Context {
            knowledge: vec![KnownEntity {
                name: "Georgiy Zinoviev".into(),
                kind: Some(EntityKind::Person),
                role: Some("Russian ambassador to South Korea".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = "Officials met Ambassador Georgiy Zinovyev on Monday.";
        let f = findings(text, &ctx);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fixes[0].edits[0].replacement, "Georgiy Zinoviev");
    }
}
