//! `title-mismatch` (information): the same person given two incompatible titles in one
//! draft ("Finance Minister Sue Essex" ... "Health Minister Sue Essex"), or a title that
//! differs from the desk's knowledge base.
//!
//! Why an editor cares: a changed title is either a factual error or a promotion the
//! story should explain; either way the desk checks it.
//!
//! How: only formal titles written before the name are compared. Nationality and place
//! words, possessives and time words ("former", "acting", "new") are set aside; two titles
//! agree when the words of one are contained in the other ("President" and "South Korean
//! President"). Rank words matter: "Vice Foreign Minister" is not "Foreign Minister".
//!
//! Fires: "Finance Minister Sue Essex said ... Health Minister Sue Essex added".
//! Does not fire: "South Korean President Yoon Suk Yeol ... President Yoon".

use std::collections::BTreeSet;

use super::{RuleCode, RuleInput};
use crate::analysis::entities::{EntityKind, Role};
use crate::analysis::lexicon::names::{is_demonym, is_function_word, is_place};
use crate::analysis::report::{Finding, Related};

/// Words that do not change what a title is.
const NEUTRAL: &[&str] = &[
    "former", "acting", "interim", "then", "new", "current", "outgoing", "incoming", "the", "ex",
    "late", "of", "for", "and", "state",
];

/// The words that make a title what it is, lower-cased.
fn core(title: &str) -> BTreeSet<String> {
    title
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            w.to_string()
        })
        .filter(|w| !w.is_empty())
        .filter(|w| !is_demonym(w) && !is_place(w) && !is_function_word(w))
        .map(|w| w.to_lowercase().replace("then-", ""))
        .filter(|w| !NEUTRAL.contains(&w.as_str()))
        .collect()
}

/// Do two titles contradict each other?
pub fn incompatible(a: &str, b: &str) -> bool {
    let (ca, cb) = (core(a), core(b));
    if ca.is_empty() || cb.is_empty() {
        return false;
    }
    !(ca.is_subset(&cb) || cb.is_subset(&ca)) || rank_differs(&ca, &cb)
}

fn rank_differs(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    [
        "vice",
        "deputy",
        "shadow",
        "assistant",
        "under",
        "junior",
        "lieutenant",
    ]
    .iter()
    .any(|r| a.contains(*r) != b.contains(*r))
}

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in &input.report.entities {
        if e.kind != EntityKind::Person {
            continue;
        }
        let titles: Vec<(&Role, &str)> = e
            .roles
            .iter()
            .filter_map(|r| r.title.as_deref().map(|t| (r, t)))
            .collect();
        // Each title against the first one that contradicts it, earlier in the draft.
        for (i, (later, lt)) in titles.iter().enumerate() {
            if let Some((earlier, et)) = titles[..i].iter().find(|(_, et)| incompatible(et, lt)) {
                out.push(Finding {
                    code: RuleCode::TitleMismatch,
                    severity: RuleCode::TitleMismatch.default_severity(),
                    message: format!(
                        "{} is “{lt}” here but “{et}” earlier. Check which title is right.",
                        e.name
                    ),
                    span: later.span,
                    related: vec![Related {
                        span: earlier.span,
                        message: format!("{} is “{et}” here", e.name),
                    }],
                    fixes: Vec::new(),
                });
            }
        }
        // Against the knowledge base.
        let Some(k) = e.knowledge.and_then(|k| input.ctx.knowledge.get(k)) else {
            continue;
        };
        let Some(kb_role) = k.role.as_deref() else {
            continue;
        };
        if let Some((r, t)) = titles.iter().find(|(_, t)| incompatible(t, kb_role)) {
            out.push(Finding {
                code: RuleCode::TitleMismatch,
                severity: RuleCode::TitleMismatch.default_severity(),
                message: format!(
                    "{} is “{t}” here, but the desk's knowledge base has “{kb_role}”.",
                    e.name
                ),
                span: r.span,
                related: Vec::new(),
                fixes: Vec::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::context::{Context, KnownEntity};
    use crate::analysis::{analyze, Format};

    fn findings(text: &str, ctx: &Context) -> Vec<crate::analysis::Finding> {
        analyze(text, Format::PlainText, ctx)
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::TitleMismatch)
            .collect()
    }

    #[test]
    fn compatibility() {
        assert!(incompatible("Finance Minister", "Health Minister"));
        assert!(incompatible("Vice Foreign Minister", "Foreign Minister"));
        assert!(!incompatible("President", "South Korean President"));
        assert!(!incompatible(
            "South Korea’s Vice Foreign Minister",
            "Vice Foreign Minister"
        ));
        assert!(!incompatible("former President", "President"));
    }

    #[test]
    fn two_titles_for_one_person() {
        let text = "Finance Minister Sue Essex said it was fair. Councils met her. Health Minister Sue Essex added that it was final.";
        let f = findings(text, &Context::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "Health Minister");
        assert_eq!(f[0].related[0].span.slice(text), "Finance Minister");
    }

    #[test]
    fn same_title_restated_is_fine() {
        let text =
            "South Korean President Yoon Suk Yeol spoke. Later President Yoon Suk Yeol left.";
        assert!(findings(text, &Context::default()).is_empty());
    }

    #[test]
    fn title_differs_from_knowledge_base() {
        let ctx = Context {
            knowledge: vec![KnownEntity {
                name: "Sue Essex".into(),
                role: Some("Finance Minister".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let f = findings("Health Minister Sue Essex said so.", &ctx);
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
