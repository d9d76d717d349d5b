//! `title-mismatch` (information): the same person given two incompatible titles in one
//! draft ("Finance Minister Sue Essex" ... "Health Minister Sue Essex"), or a title that
//! differs from the desk's knowledge base.
//!
//! Why an editor cares: a changed title is either a factual error or a promotion the
//! story should explain; either way the desk checks it.
//!
//! How: only formal titles written before the name are compared, and only titles with the
//! same head word ("Minister", "Secretary", "Governor"): one person may rightly be both
//! "MP" and "Chancellor". Two such titles contradict when their rank differs ("Vice Foreign
//! Minister" is not "Foreign Minister") or when each names a different portfolio
//! ("Finance" / "Health"). Abbreviations and synonyms are the same word ("Gov." and
//! "Governor", "Chair" and "Chairman"); nationality and place words are set aside.
//!
//! Fires: "Finance Minister Sue Essex said ... Health Minister Sue Essex added".
//! Does not fire: "South Korean President Yoon Suk Yeol ... President Yoon".

use std::collections::BTreeSet;

use super::{RuleCode, RuleInput};
use crate::analysis::entities::{EntityKind, Role};
use crate::analysis::lexicon::names::{is_demonym, is_place, is_title_head};
use crate::analysis::report::{Finding, Related};

/// Abbreviations and synonyms of title words, mapped to one spelling.
const SAME: &[(&str, &str)] = &[
    ("gov", "governor"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("gen", "general"),
    ("lt", "lieutenant"),
    ("col", "colonel"),
    ("capt", "captain"),
    ("cpt", "captain"),
    ("sgt", "sergeant"),
    ("maj", "major"),
    ("adm", "admiral"),
    ("cmdr", "commander"),
    ("prof", "professor"),
    ("pres", "president"),
    ("det", "detective"),
    ("supt", "superintendent"),
    ("insp", "inspector"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chairperson", "chair"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("defense", "defence"),
    ("labor", "labour"),
    ("secretary", "secretary"),
];

/// Rank words: "Vice Foreign Minister" is not "Foreign Minister".
const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "shadow",
    "assistant",
    "under",
    "junior",
    "lieutenant",
    "associate",
];

/// Portfolio words: "Finance Minister" is not "Health Minister".
const PORTFOLIOS: &[&str] = &[
    "foreign",
    "finance",
    "health",
    "home",
    "defence",
    "interior",
    "justice",
    "education",
    "culture",
    "trade",
    "economy",
    "economic",
    "environment",
    "energy",
    "transport",
    "treasury",
    "agriculture",
    "industry",
    "business",
    "development",
    "security",
    "intelligence",
    "immigration",
    "housing",
    "welfare",
    "work",
    "pensions",
    "sport",
    "sports",
    "digital",
    "science",
    "technology",
    "social",
    "unification",
    "commerce",
    "planning",
    "women",
    "equalities",
    "labour",
    "culture",
    "tourism",
    "fisheries",
    "water",
    "communications",
    "finance",
    "europe",
    "brexit",
    "northern",
    "scotland",
    "wales",
    "exchequer",
];

fn normal(w: &str) -> String {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let w = w
        .strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w);
    let w = w.to_lowercase();
    let w = w.strip_prefix("ex-").unwrap_or(&w).to_string();
    SAME.iter()
        .find(|(a, _)| *a == w)
        .map(|(_, b)| b.to_string())
        .unwrap_or(w)
}

/// The title's head word (the last title word before any "of"/"for") and its rank and
/// portfolio words.
fn parts(title: &str) -> Option<(String, BTreeSet<String>, BTreeSet<String>)> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "to"))
        .unwrap_or(words.len());
    let head = words[..cut]
        .iter()
        .rev()
        .find(|w| is_title_head(w.trim_end_matches('.')) || is_title_head(&w.to_lowercase()))
        .or_else(|| words[..cut].last())
        .map(|w| normal(w))?;
    let mut rank = BTreeSet::new();
    let mut portfolio = BTreeSet::new();
    for w in &words {
        if is_demonym(w) || is_place(w) {
            continue;
        }
        let n = normal(w);
        if n == head {
            continue;
        }
        if RANKS.contains(&n.as_str()) {
            rank.insert(n);
        } else if PORTFOLIOS.contains(&n.as_str()) {
            portfolio.insert(n);
        }
    }
    Some((head, rank, portfolio))
}

/// Do two titles contradict each other? Only titles with the same head word are compared
/// (one person may rightly be both "MP" and "Chancellor"): they contradict when their
/// rank differs or when each names a different portfolio.
pub fn incompatible(a: &str, b: &str) -> bool {
    let (Some((ha, ra, pa)), Some((hb, rb, pb))) = (parts(a), parts(b)) else {
        return false;
    };
    if ha != hb {
        return false;
    }
    if ra != rb {
        return true;
    }
    !pa.is_empty() && !pb.is_empty() && pa.is_disjoint(&pb)
}

/// Does a title in the draft contradict the knowledge base's role? Besides
/// `incompatible`, a different head word counts here ("Deputy Prime Minister" against
/// "Kremlin spokesperson"): the desk has verified the role, so another one needs a look.
pub fn differs_from_knowledge(title: &str, kb_role: &str) -> bool {
    if incompatible(title, kb_role) {
        return true;
    }
    let (Some((ht, _, _)), Some((hk, _, _))) = (parts(title), parts(kb_role)) else {
        return false;
    };
    let (tl, kl) = (title.to_lowercase(), kb_role.to_lowercase());
    ht != hk && !kl.contains(&ht) && !tl.contains(&hk)
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
        if let Some((r, t)) = titles
            .iter()
            .find(|(_, t)| differs_from_knowledge(t, kb_role))
        {
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
        assert!(!incompatible("Gov.", "Governor"));
        assert!(!incompatible("Federal Reserve Chair", "Fed Chairman"));
        assert!(!incompatible("Labour MP", "Chancellor"));
        assert!(incompatible("Foreign Secretary", "Home Secretary"));
        assert!(!incompatible(
            "Ambassador",
            "Russian ambassador to South Korea"
        ));
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
