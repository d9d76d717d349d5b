//! `vague-attribution` — a claim sourced to someone the reader cannot identify.
//!
//! Flags the source words of a reporting clause whose source is anonymous or generic:
//! "officials said", "some media outlets have indicated", "analysts noted", "according
//! to reports", the agentless "it is reported" / "is expected to", and the hedging
//! adverbs "reportedly", "allegedly". One finding per clause, spanning the source words,
//! asking the question an editor would ask.
//!
//! Why: AP, Reuters and the BBC want sources named, or the reason for anonymity given;
//! a vague source hides who stands behind the claim.
//!
//! Fires: `Officials suggest the deal is off.` — "Which officials?"
//! Does not fire: `South Korea's intelligence agency said 1,500 soldiers had arrived.`
//! (a specific, identifiable body), nor `Yields were expected to fall, BA warned.` (the
//! passive is covered by a named source in the same sentence).

use super::{RuleCode, RuleInput};
use crate::analysis::attribution::{fixes, Attribution, CueKind, Relation, Source, SourceClass};
use crate::analysis::lexicon::{reporting, vague};
use crate::analysis::report::{Finding, Report};

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let report = input.report;
    let sources = fixes::Sources::of(report);
    let mut out: Vec<Finding> = Vec::new();
    for a in &report.attributions {
        let Some(src) = &a.source else {
            continue;
        };
        if src.class != SourceClass::Vague {
            continue;
        }
        if a.kind == CueKind::Agentless && named_in_sentence(&report.attributions, a) {
            continue;
        }
        if is_occasion(a, input.text) && another_source_in_sentence(&report.attributions, a) {
            continue;
        }
        if counted_group_in_named_content(report, a, src) {
            continue;
        }
        // "people do not want to pay": a generic group's wish is no vague source.
        if a.kind == CueKind::Stance && reporting::is_non_sourcing_stance(a.cue.slice(input.text)) {
            continue;
        }
        if out.iter().any(|f| f.span.overlaps(src.span)) {
            continue;
        }
        out.push(Finding {
            code: RuleCode::VagueAttribution,
            severity: RuleCode::VagueAttribution.default_severity(),
            message: message(a, &src.text),
            span: src.span,
            related: Vec::new(),
            fixes: fixes::for_vague(report, &sources, input.text, a),
        });
    }
    out
}

/// "In a report published in July, the committee stated ...": the document is where
/// the sentence's source said it, not a second, vague source (a vague speaker there is
/// flagged on its own).
fn is_occasion(a: &Attribution, text: &str) -> bool {
    a.kind == CueKind::AccordingTo && a.cue.slice(text).eq_ignore_ascii_case("in")
}

fn another_source_in_sentence(all: &[Attribution], a: &Attribution) -> bool {
    all.iter().any(|o| {
        o.sentence == a.sentence
            && o.cue != a.cue
            && o.kind != CueKind::Stance
            && o.source.is_some()
    })
}

fn named_in_sentence(all: &[Attribution], a: &Attribution) -> bool {
    all.iter().any(|o| {
        o.sentence == a.sentence
            && o.kind != CueKind::Stance
            && o.source
                .as_ref()
                .is_some_and(|s| s.class != SourceClass::Vague)
    })
}

/// "The depot manager said 300 people protested": a group a figure counts, inside what a
/// named source reports, is part of that report, not a second source ("Which 300
/// people?" would be a false alarm). "Three officials said" is still vague.
fn counted_group_in_named_content(report: &Report, a: &Attribution, src: &Source) -> bool {
    let counted = src
        .text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    // The reporting clause must stand in the same sentence as the count: a named source
    // paragraphs away does not make a later count its content.
    let same_sentence = |r: &Relation| {
        r.clause
            .and_then(|c| report.attributions.get(c))
            .is_some_and(|o| o.sentence == a.sentence)
    };
    counted
        && report.relations.iter().any(|r| {
            r.cue != a.cue
                && !r.vague
                && r.source.is_some_and(|s| !s.overlaps(src.span))
                && r.content.contains_span(src.span)
                && same_sentence(r)
        })
}

const QUANTIFIERS: &[&str] = &[
    "some", "many", "other", "several", "most", "few", "a", "an", "one", "another", "certain",
    "various", "numerous", "but", "and",
];

/// The editor's question for a vague source.
pub fn message(a: &Attribution, text: &str) -> String {
    let ask = "Name the source or say why it is anonymous.";
    match a.kind {
        CueKind::Adverb => {
            let by = match text.to_lowercase().as_str() {
                "allegedly" => "Alleged",
                "purportedly" => "Purported",
                "supposedly" => "Supposed",
                "reputedly" => "Reputed",
                _ => "Reported",
            };
            format!("{by} by whom? “{text}” hides the source. {ask}")
        }
        CueKind::Agentless => {
            let verb = text.split_whitespace().last().unwrap_or("said");
            let mut cap = verb.to_string();
            if let Some(f) = cap.get(0..1) {
                cap = f.to_uppercase() + &cap[1..];
            }
            format!("{cap} by whom? “{text}” hides the source. {ask}")
        }
        CueKind::Phrase => format!("Whose {}? “{text}” names no source. {ask}", strip(text)),
        _ => {
            let core = strip(text);
            // "Many in the industry" has no head to ask "which" of.
            let first = core.split_whitespace().next().unwrap_or("").to_lowercase();
            let headless = matches!(
                first.as_str(),
                "in" | "of" | "at" | "on" | "within" | "across" | "from" | "among"
            );
            if core.is_empty()
                || headless
                || QUANTIFIERS.contains(&core.to_lowercase().as_str())
                || core.eq_ignore_ascii_case("others")
            {
                format!("Who are “{text}”? {ask}")
            } else {
                format!("Which {core}? {ask}")
            }
        }
    }
}

/// The source words without leading quantifiers: "Some South Korean media outlets" →
/// "South Korean media outlets".
fn strip(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut k = 0;
    // "These people" asks "Which people?".
    while k + 1 < words.len()
        && (QUANTIFIERS.contains(&words[k].to_lowercase().as_str())
            || matches!(words[k].to_lowercase().as_str(), "the" | "these" | "those"))
    {
        k += 1;
    }
    let mut rest = words[k..].join(" ");
    // "Defense analysts" at the start of a sentence: the capital is the sentence's.
    let first = words.get(k).copied().unwrap_or("");
    let lower = first.to_lowercase();
    // "Republicans" keeps its capital: a party's members are always written so.
    if first != lower
        && !vague::CAPITALISED_GROUPS.contains(&lower.as_str())
        && (vague::is_head_modifier(&lower)
            || vague::is_plural_head(&lower)
            || vague::is_singular_head(&lower))
    {
        rest = format!("{lower}{}", &rest[first.len()..]);
    }
    if rest.starts_with("there ") {
        return rest.trim_start_matches("there ").to_string();
    }
    rest
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn flagged(text: &str) -> Vec<(String, String)> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::VagueAttribution)
            .map(|f| (f.span.slice(text).to_string(), f.message.clone()))
            .collect()
    }

    #[test]
    fn asks_which_officials() {
        let f = flagged("The talks stalled on Monday. Senior officials said the deal was off.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "Senior officials");
        assert!(f[0].1.starts_with("Which senior officials?"), "{}", f[0].1);
    }

    #[test]
    fn named_and_specific_sources_are_fine() {
        assert!(flagged("The Office for National Statistics said prices rose 3%.").is_empty());
        assert!(flagged("Analysts at Barclays said the bank would cut rates.").is_empty());
        assert!(flagged("Yields were expected to fall, the airline warned.").is_empty());
        assert!(flagged("A spokesman for the ministry said talks would resume.").is_empty());
    }

    #[test]
    fn adverbs_passives_and_quantifiers() {
        let f = flagged("The minister reportedly resigned.");
        assert_eq!(f[0].0, "reportedly");
        assert!(f[0].1.starts_with("Reported by whom?"));
        let f = flagged("The plant is expected to close next year.");
        assert_eq!(f[0].0, "is expected");
        let f = flagged("Critics say the plan will fail, and many fear it is too late.");
        assert_eq!(f.len(), 2, "{f:?}");
        let f = flagged("The plant will close, it is understood.");
        assert_eq!(f[0].0, "it is understood");
    }

    #[test]
    fn stance_of_a_generic_group() {
        let f = flagged("Critics blasted the toll as a tax on commuters.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "Critics");
        // What a group wants or plans is no sourcing.
        assert!(flagged("Some people want a cheaper ferry to the island.").is_empty());
        assert!(flagged("Many residents plan to drive around the bridge.").is_empty());
        // A stance with a named holder does not excuse an agentless passive.
        let f = flagged("The bridge is expected to reopen, and Harriet Vane opposed the toll.");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn political_groups_and_polls() {
        let f = flagged("Some Republicans say the toll will sink the bridge plan.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "Some Republicans");
        let f = flagged("Senate Democrats fear the bridge will never open.");
        assert_eq!(f[0].0, "Senate Democrats", "{f:?}");
        let f = flagged("Polls show most commuters would pay the toll.");
        assert_eq!(f[0].0, "Polls", "{f:?}");
        // A party's name is a named body.
        assert!(flagged("Liberal Democrats say the toll is unfair.").is_empty());
        assert!(flagged("The Democrats said the toll was unfair.").is_empty());
    }

    /// The people a figure counts, inside a named source's report, are what it reports;
    /// a counted group speaking for itself stays vague.
    #[test]
    fn counted_group_inside_a_named_report() {
        assert!(flagged("The ferry captain said 40 passengers complained on Monday.").is_empty());
        assert!(flagged("Harriet Vane said 200 residents marched to the toll booth.").is_empty());
        let f = flagged("Three officials said the ferry would stop running.");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    /// The document where the sentence's own source said it is no second source; a
    /// document standing alone is.
    #[test]
    fn a_report_as_occasion_or_source() {
        let text = "In a report published last spring, the harbour committee stated that the pier was unsafe.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
        let f = flagged("A report said the pier was unsafe.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].1.starts_with("Which report?"), "{f:?}");
    }

    /// The question reads as English whatever opens the phrase.
    #[test]
    fn questions_for_quantified_and_party_sources() {
        let f = flagged("Many in the industry fear the toll will rise.");
        assert!(
            f[0].1.starts_with("Who are “Many in the industry”?"),
            "{f:?}"
        );
        let f = flagged("Another source said the captain had resigned.");
        assert!(f[0].1.starts_with("Which source?"), "{f:?}");
        let f = flagged("Republicans are slamming the harbour plan.");
        assert!(f[0].1.starts_with("Which Republicans?"), "{f:?}");
    }

    #[test]
    fn one_finding_per_clause() {
        let f = flagged("Responding to the report, officials said it was wrong.");
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
