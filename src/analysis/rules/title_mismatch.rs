//! `title-mismatch` (information): the same person given two roles in one draft that
//! cannot both hold ("Finance Minister Sue Essex" ... "Health Minister Sue Essex"; "BP
//! Chief Executive Tom Hale" ... "Health Minister Tom Hale"), or a title that differs from
//! the desk's knowledge base.
//!
//! Why an editor cares: a changed title is either a factual error or a promotion the
//! story should explain; either way the desk checks it.
//!
//! How (the role model, `incompatible`): each later formal title (capitalised, before the
//! name) is compared with the roles given before it.
//! - A role no longer held ("former", "ex-") contradicts nothing.
//! - Same head word: they contradict when their rank differs ("Vice Foreign Minister" /
//!   "Foreign Minister") or each names a different portfolio ("Finance" / "Health";
//!   "Prime Minister" / "Health Minister"), or when the same job is at two employers
//!   ("BP Chief Executive" / "Shell Chief Executive"); one employer written two ways
//!   ("Fed Chairman" / "Federal Reserve Chair") and abbreviations ("Gov." / "Governor")
//!   agree. Nationality and place words are set aside.
//! - Different head words: each names an office (government, head of state or
//!   government, executive, spokesperson, legislator, judge, local, diplomat, military).
//!   Two ministerial portfolios contradict ("Foreign Secretary" / "Health Minister"); two
//!   offices contradict only when one person cannot hold both at once
//!   (`CONTRADICTING_OFFICES`: a minister and a company's chief executive, a spokesperson
//!   and a head of government). Nested or co-existing roles agree: "Labour MP" and
//!   "Chancellor", "party leader" and "MP", "Senator" and "Foreign Minister". A role
//!   phrase with no office ("actress", "a GP in Cardiff") contradicts nothing.
//!
//! Against the knowledge base: a title the model finds different from the desk's role is
//! reported with the desk's title as a fix ("Use ‘Kremlin spokesperson’ (knowledge
//! base)"); a desk role with an `until` date, given in the draft as current, is reported
//! as a former role ("was Vice Foreign Minister until 2025") with a fix adding "former".
//!
//! Fires: "Finance Minister Sue Essex said ... Health Minister Sue Essex added";
//! "Taliban spokesman Ali Noor said ... Health Minister Ali Noor".
//! Does not fire: "South Korean President Yoon Suk Yeol ... President Yoon"; "Labour MP
//! Ann Roe ... Chancellor Ann Roe"; "former Health Minister Tom Hale ... BP Chief
//! Executive Tom Hale".

use std::collections::BTreeSet;

use super::{RuleCode, RuleInput};
use crate::analysis::entities::{EntityKind, Role};
use crate::analysis::lexicon::names::{is_demonym, is_place, is_title_head};
use crate::analysis::report::{Edit, Finding, Fix, Related};
use crate::analysis::span::Span;

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
    // "Prime Minister" is not "Health Minister", though both are ministers.
    "prime",
    // "First Minister" heads a devolved government.
    "first",
];

/// What kind of office a role is, for roles with different head words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Office {
    /// A minister or secretary of state with a portfolio ("Health Minister").
    Government,
    /// A head of state or government ("President", "Prime Minister", "Premier").
    HeadOfState,
    /// A company's or body's executive ("chief executive", "CEO", "chairman").
    Executive,
    /// Someone who speaks for a body ("spokesperson").
    Spokesperson,
    /// A member of a legislature ("MP", "Senator", "congresswoman").
    Legislator,
    /// A judge.
    Judge,
    /// A governor or mayor.
    Local,
    /// An ambassador or envoy.
    Diplomat,
    /// A serving officer ("General", "Colonel", "Admiral").
    Military,
}

/// Head words of each office, lower case. A role's office is that of its last head word.
const OFFICES: &[(&str, Office)] = &[
    ("minister", Office::Government),
    ("secretary", Office::Government),
    ("chancellor", Office::Government),
    ("president", Office::HeadOfState),
    ("premier", Office::HeadOfState),
    ("king", Office::HeadOfState),
    ("queen", Office::HeadOfState),
    ("executive", Office::Executive),
    ("chief-executive", Office::Executive),
    ("ceo", Office::Executive),
    ("chair", Office::Executive),
    ("co-chair", Office::Executive),
    ("co-chairman", Office::Executive),
    ("boss", Office::Executive),
    ("founder", Office::Executive),
    ("secretary-general", Office::Executive),
    ("director-general", Office::Executive),
    ("co-founder", Office::Executive),
    ("spokesperson", Office::Spokesperson),
    ("mp", Office::Legislator),
    ("mep", Office::Legislator),
    ("msp", Office::Legislator),
    ("am", Office::Legislator),
    ("senator", Office::Legislator),
    ("representative", Office::Legislator),
    ("congressman", Office::Legislator),
    ("congresswoman", Office::Legislator),
    ("lawmaker", Office::Legislator),
    ("backbencher", Office::Legislator),
    ("judge", Office::Judge),
    ("governor", Office::Local),
    ("mayor", Office::Local),
    ("ambassador", Office::Diplomat),
    ("envoy", Office::Diplomat),
    ("general", Office::Military),
    ("colonel", Office::Military),
    ("admiral", Office::Military),
    ("brigadier", Office::Military),
];

/// Offices one person cannot hold at once in one story. Everything else may co-exist: a
/// legislator is often a minister, a party's spokesperson or its leader; a chairman may
/// be the chief executive too; a head of government is an MP.
const CONTRADICTING_OFFICES: &[(Office, Office)] = &[
    (Office::Government, Office::Executive),
    (Office::Government, Office::HeadOfState),
    (Office::Government, Office::Spokesperson),
    (Office::HeadOfState, Office::Executive),
    (Office::HeadOfState, Office::Spokesperson),
    (Office::Executive, Office::Spokesperson),
    (Office::Judge, Office::Government),
    (Office::Judge, Office::Executive),
    (Office::Judge, Office::Legislator),
    (Office::Judge, Office::HeadOfState),
    (Office::Local, Office::Government),
    (Office::Local, Office::HeadOfState),
    (Office::Local, Office::Executive),
    (Office::Local, Office::Judge),
    (Office::Diplomat, Office::Government),
    (Office::Diplomat, Office::HeadOfState),
    (Office::Diplomat, Office::Executive),
    (Office::Diplomat, Office::Judge),
    (Office::Diplomat, Office::Local),
    (Office::Military, Office::Executive),
    (Office::Military, Office::Judge),
    (Office::Military, Office::Local),
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

/// A role no longer held ("former President", "ex-minister"): it co-exists with any other.
fn former(role: &str) -> bool {
    role.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "former" | "ex" | "outgoing" | "then" | "late") || w.starts_with("ex-")
    })
}

/// The office a role names, from its last head word before any "of"/"for"/"at". "Shadow"
/// makes a government title an opposition spokesperson's ("shadow chancellor").
fn office(role: &str) -> Option<Office> {
    let words: Vec<String> = role.split_whitespace().map(normal).collect();
    let cut = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "at" | "to"))
        .unwrap_or(words.len());
    let mut found = None;
    for (i, w) in words[..cut].iter().enumerate() {
        // "Prime Minister": the head of government, not a portfolio minister.
        if w == "minister" && i > 0 && words[i - 1] == "prime" {
            found = Some(Office::HeadOfState);
            continue;
        }
        if let Some((_, o)) = OFFICES.iter().find(|(h, _)| h == w) {
            found = Some(*o);
        }
    }
    if found == Some(Office::Government) && words.iter().any(|w| w == "shadow") {
        return Some(Office::Spokesperson);
    }
    found
}

/// The employer a role names: its capitalised words that are not title, rank, portfolio,
/// place or nationality words ("BP" in "BP chief executive", "Shell" in "Shell's chief
/// executive").
fn employer(role: &str) -> Vec<String> {
    employer_words(role, false)
}

/// The employer with its nationality words kept ("British Airways").
fn employer_in_full(role: &str) -> Vec<String> {
    employer_words(role, true)
}

fn employer_words(role: &str, keep_demonyms: bool) -> Vec<String> {
    role.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string()
        })
        .filter(|w| {
            let n = normal(w);
            w.chars().next().is_some_and(char::is_uppercase)
                && (keep_demonyms || (!is_demonym(w) && !is_place(w)))
                && !is_title_head(w)
                && !RANKS.contains(&n.as_str())
                && !PORTFOLIOS.contains(&n.as_str())
                && !OFFICES.iter().any(|(h, _)| *h == n)
                && !matches!(n.as_str(), "the" | "chief" | "senior" | "general")
        })
        .collect()
}

/// "Fed" and "Federal Reserve", "BA" and "British Airways": one employer written two ways.
fn same_employer(a: &[String], b: &[String]) -> bool {
    let (ja, jb) = (a.join(" ").to_lowercase(), b.join(" ").to_lowercase());
    let initials = |v: &[String]| -> String {
        v.iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase()
    };
    ja.starts_with(&jb)
        || jb.starts_with(&ja)
        || initials(a) == jb.replace(' ', "")
        || initials(b) == ja.replace(' ', "")
}

/// Do two roles contradict each other? The model:
///
/// - a role no longer held ("former", "ex-") contradicts nothing;
/// - two titles with the same head word contradict when their rank differs ("Vice Foreign
///   Minister" / "Foreign Minister") or each names a different portfolio ("Finance
///   Minister" / "Health Minister", "Prime Minister" / "Health Minister");
/// - the same job at two different employers contradicts ("BP chief executive" / "Shell
///   chief executive"), though not one employer written two ways ("Fed" / "Federal
///   Reserve");
/// - two different offices contradict only when one person cannot hold both at once
///   (`CONTRADICTING_OFFICES`: a minister and a company's chief executive, a spokesperson
///   and a head of government); nested or co-existing roles agree ("Labour MP" and
///   "Chancellor", "party leader" and "MP", "President" and "South Korean President").
pub fn incompatible(a: &str, b: &str) -> bool {
    if former(a) || former(b) {
        return false;
    }
    let (Some((ha, ra, pa)), Some((hb, rb, pb))) = (parts(a), parts(b)) else {
        return false;
    };
    let (oa, ob) = (office(a), office(b));
    if ha == hb {
        if ra != rb {
            return true;
        }
        if !pa.is_empty() && !pb.is_empty() && pa.is_disjoint(&pb) {
            return true;
        }
        if matches!(oa, Some(Office::Executive | Office::Spokesperson)) {
            let (ea, eb) = (employer(a), employer(b));
            let (fa, fb) = (employer_in_full(a), employer_in_full(b));
            return !ea.is_empty()
                && !eb.is_empty()
                && !same_employer(&ea, &eb)
                && !same_employer(&fa, &fb);
        }
        return false;
    }
    let (Some(oa), Some(ob)) = (oa, ob) else {
        return false;
    };
    // "Foreign Secretary" and "Health Minister": two portfolios under different heads.
    if oa == Office::Government && ob == Office::Government {
        return !pa.is_empty() && !pb.is_empty() && pa.is_disjoint(&pb);
    }
    CONTRADICTING_OFFICES
        .iter()
        .any(|&(x, y)| (x, y) == (oa, ob) || (y, x) == (oa, ob))
}

/// A role phrase and a title whose offices cannot be held together ("Taliban spokesman"
/// and "Health Minister"); a phrase with no recognisable office contradicts nothing.
fn contradicting_offices(phrase: &str, title: &str) -> bool {
    match (office(phrase), office(title)) {
        (Some(a), Some(b)) if a != b => !former(phrase) && incompatible(phrase, title),
        _ => false,
    }
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
        // Each title against the first earlier role that contradicts it: an earlier title
        // by the whole model, an earlier role phrase ("the Taliban spokesman") only when
        // its office cannot be held with the title's.
        for (later, lt) in titles.iter() {
            let earlier = e
                .roles
                .iter()
                .filter(|r| r.span.end <= later.span.start)
                .find_map(|r| match r.title.as_deref() {
                    Some(et) => incompatible(et, lt).then_some((r, et)),
                    None => contradicting_offices(&r.text, lt).then_some((r, r.text.as_str())),
                });
            if let Some((earlier, et)) = earlier {
                out.push(Finding {
                    code: RuleCode::TitleMismatch,
                    severity: RuleCode::TitleMismatch.default_severity(),
                    message: format!(
                        "{} is “{lt}” here but “{et}” earlier. Check which title is right.",
                        e.name
                    ),
                    span: later.span,
                    focus: None,
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
            let held = match k.until.as_deref() {
                Some(until) => format!("had “{kb_role}” until {until}"),
                None => format!("has “{kb_role}”"),
            };
            out.push(Finding {
                code: RuleCode::TitleMismatch,
                severity: RuleCode::TitleMismatch.default_severity(),
                message: format!(
                    "{} is “{t}” here, but the desk's knowledge base {held}. Check which title is right.",
                    e.name
                ),
                span: r.span,
                focus: None,
                related: Vec::new(),
                fixes: vec![Fix {
                    title: format!("Use ‘{kb_role}’ (knowledge base)"),
                    edits: vec![Edit {
                        span: r.span,
                        replacement: kb_role.to_string(),
                    }],
                    preferred: false,
                }],
            });
        } else if let Some(until) = k.until.as_deref() {
            // The title the desk verified, but it has an end date: the draft gives a role
            // the person no longer holds as if it were current.
            if let Some((r, t)) = titles.iter().find(|(_, t)| !former(t)) {
                out.push(Finding {
                    code: RuleCode::TitleMismatch,
                    severity: RuleCode::TitleMismatch.default_severity(),
                    message: format!(
                        "{} was “{kb_role}” until {until}, the desk's knowledge base says, but is “{t}” here as if still in post. Say “former”, or give the current title.",
                        e.name
                    ),
                    span: r.span,
                    focus: None,
                    related: Vec::new(),
                    fixes: vec![Fix {
                        title: "Say ‘former’ (knowledge base)".to_string(),
                        edits: vec![Edit {
                            span: Span::new(r.span.start, r.span.start),
                            replacement: "former ".to_string(),
                        }],
                        preferred: false,
                    }],
                });
            }
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
    fn role_model_across_head_words() {
        // Cannot both hold.
        assert!(incompatible("BP Chief Executive", "Health Minister"));
        assert!(incompatible("Foreign Secretary", "Health Minister"));
        assert!(incompatible("President", "Health Minister"));
        assert!(incompatible("Prime Minister", "Health Minister"));
        assert!(incompatible("Taliban spokesman", "Health Minister"));
        assert!(incompatible("BP chief executive", "Shell chief executive"));
        assert!(incompatible("Governor", "Finance Minister"));
        // Nest or co-exist.
        assert!(!incompatible("Labour MP", "Chancellor"));
        assert!(!incompatible("Senator", "Foreign Minister"));
        assert!(!incompatible("Tory leader", "MP"));
        assert!(!incompatible("Chairman", "Chief Executive"));
        assert!(!incompatible("Fed Chairman", "Federal Reserve Chair"));
        assert!(!incompatible(
            "BA chief executive",
            "British Airways chief executive"
        ));
        assert!(!incompatible(
            "former Health Minister",
            "BP Chief Executive"
        ));
        assert!(!incompatible("actress", "Health Minister"));
        assert!(!incompatible("Prime Minister", "Labour leader"));
    }

    #[test]
    fn a_role_phrase_and_a_later_title_that_cannot_both_hold() {
        let text = "Ali Noor, the Taliban spokesman, said the road was shut. Later Health Minister Ali Noor said it was open.";
        let f = findings(text, &Context::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "Health Minister");
        let text = "Labour MP Ann Roe spoke. Later Chancellor Ann Roe said it was fair.";
        assert!(findings(text, &Context::default()).is_empty());
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
        let text = "Health Minister Sue Essex said so.";
        let f = findings(text, &ctx);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].fixes[0].title,
            "Use ‘Finance Minister’ (knowledge base)"
        );
        assert_eq!(f[0].fixes[0].edits[0].span.slice(text), "Health Minister");
    }

    #[test]
    fn a_knowledge_base_role_that_ended_is_a_former_role() {
        let ctx = Context {
            knowledge: vec![KnownEntity {
                name: "Han Dae-jin".into(),
                role: Some("Vice Foreign Minister".into()),
                until: Some("2025".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = "Talks resumed. Vice Foreign Minister Han Dae-jin said so.";
        let f = findings(text, &ctx);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .contains("was “Vice Foreign Minister” until 2025"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].fixes[0].edits[0].replacement, "former ");
        // Near miss: the draft already says "former"; and no end date, no finding.
        let text = "Talks resumed. Former Vice Foreign Minister Han Dae-jin said so.";
        assert!(
            findings(text, &ctx).is_empty(),
            "{:?}",
            findings(text, &ctx)
        );
        let mut current = ctx.clone();
        current.knowledge[0].until = None;
        let text = "Talks resumed. Vice Foreign Minister Han Dae-jin said so.";
        assert!(findings(text, &current).is_empty());
    }
}
