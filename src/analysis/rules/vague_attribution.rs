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
use crate::analysis::span::Span;

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
        if a.kind == CueKind::Agentless && reported_by_a_named_source(report, a) {
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
            focus: None,
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

/// "Yields were expected to fall, the airline warned": an agentless passive inside
/// what a named source of the same sentence reports is that source's view. Not
/// "Borrowing is tipped to fall - more than Ms Lee predicted", nor a writer's aside
/// ("the election - widely tipped for May - will be close, Ms Lee said"), which the
/// named source's content does not hold.
fn reported_by_a_named_source(report: &Report, a: &Attribution) -> bool {
    let Some(sentence) = report.document.sentences.get(a.sentence) else {
        return false;
    };
    // The relations whose cue stands in the sentence (relations are in draft order).
    let rels = &report.relations;
    let from = rels.partition_point(|r| r.cue.start < sentence.span.start);
    let to = rels.partition_point(|r| r.cue.start < sentence.span.end);
    let text = report.document.text.as_str();
    rels[from..to.max(from)].iter().any(|r| {
        r.cue != a.cue
            && !r.vague
            && (r.content.contains_span(a.cue)
                || r.source.is_some_and(|s| describes_source(text, s, a.cue)))
            && r.clause
                .and_then(|c| report.attributions.get(c))
                .is_some_and(|o| {
                    o.kind != CueKind::Stance
                        && o.source
                            .as_ref()
                            .is_some_and(|s| s.class != SourceClass::Vague)
                })
    })
}

/// Longest gap, in bytes, between a source and a passive in the relative clause that
/// describes it: a clause of a dozen words.
const RELATIVE_REACH: usize = 80;

/// `said Ann Lee, who is regarded as the island's best skipper`, `Ann Lee, whose bid
/// was widely seen as doomed, said`: a passive in the relative clause describing a
/// named source is part of who the source is, not a second, vague source.
fn describes_source(text: &str, source: Span, cue: Span) -> bool {
    let gap = text.get(source.end..cue.start).unwrap_or("");
    let opens = gap.trim_start().strip_prefix(',').map(str::trim_start);
    source.end <= cue.start
        && gap.len() <= RELATIVE_REACH
        && !gap
            .trim_start()
            .trim_start_matches(',')
            .contains([',', ';', '.'])
        && opens.is_some_and(|g| g.starts_with("who ") || g.starts_with("whose "))
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

    /// An inverted document subject is a source: "..., said a report." asks which.
    #[test]
    fn an_inverted_report_is_a_vague_source() {
        let f = flagged("The ferry will stop running in May, said a report.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "a report");
        // An anonymous speaker after "said" is read as before.
        let f = flagged("The ferry will stop running in May, said a source.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "a source");
        // A report whose maker the phrase names is no vague source.
        assert!(
            flagged("The ferry will stop running in May, said a Harbour Trust report.").is_empty()
        );
    }

    /// A report whose maker the copy names in the same or the next sentence is a named
    /// source: by apposition, "by"/"from", a maker participle, or a possessive.
    #[test]
    fn a_document_whose_maker_is_named_nearby() {
        let named = [
            "The ferry will stop running in May, said a report. The report, by the Harbour Trust, blamed rising fuel costs.",
            "A survey found most commuters would pay the toll. The survey was published on Monday by Norland Polling.",
            "A report said the pier was unsafe. The Harbour Trust's report also listed three other piers.",
            "A report said the pier was unsafe. The Tolland report listed three other piers.",
            "A new study suggests the tolls cut traffic, and the study from Harbour University found fares fell.",
        ];
        for text in named {
            assert!(flagged(text).is_empty(), "{text}: {:?}", flagged(text));
        }
    }

    /// Near misses: a name nearby that the copy does not tie to the report, a "by" that
    /// names no one, and a maker named too far off.
    #[test]
    fn a_document_whose_maker_is_not_named() {
        let vague = [
            "The ferry will stop running in May, said a report. Harbour Trust chairman Ann Lee said costs had doubled.",
            "A report said the pier was unsafe. The report, by any measure, was alarming.",
            "A report said the pier was unsafe. The report was delivered by hand on Monday.",
            "A report said the pier was unsafe. The council met on Friday. The report, by the Harbour Trust, listed other piers.",
        ];
        for text in vague {
            let f = flagged(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert!(f[0].1.starts_with("Which report?"), "{text}: {f:?}");
        }
    }

    /// A later "The report says", credited to a named body, in the same or the next
    /// paragraph, is the copy naming the report's maker; further off it is not.
    #[test]
    fn a_report_credited_by_a_later_back_reference() {
        let text = "Ferry use will double by 2030, says a report.\n\n\
                    Few islanders own cars. Market analysts Norland Data predicts fares will rise. \
                    The report says the harbour needs a second pier.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
        let text = "Ferry use will double by 2030, says a report.\n\n\
                    Few islanders own cars.\n\n\
                    Market analysts Norland Data predicts fares will rise. \
                    The report says the harbour needs a second pier.";
        assert_eq!(flagged(text).len(), 1, "{:?}", flagged(text));
    }

    /// A named source excuses an agentless passive only when what it reports holds the
    /// passive, or the passive describes the source itself.
    #[test]
    fn agentless_passive_beside_a_named_source() {
        let f = flagged("Fares are tipped to rise to £9 by 2030 - still more than Ann Lee predicted in her spring budget.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "are tipped");
        let text = "The ferry company, which is expected to cut 300 jobs, confirmed on Monday that it had been fined.";
        assert!(
            flagged(text).iter().any(|x| x.0 == "is expected"),
            "{:?}",
            flagged(text)
        );
        // Inside the named source's content, or in the clause that describes it.
        assert!(flagged("Fares were expected to rise, the ferry company warned.").is_empty());
        let text =
            "“The pier is safe,” said Ann Lee, who is regarded as the island's best skipper.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
        let text = "Ann Lee said the pier was safe. The pier is regarded as the island's best.";
        assert_eq!(flagged(text).len(), 1, "{:?}", flagged(text));
    }

    #[test]
    fn one_finding_per_clause() {
        let f = flagged("Responding to the report, officials said it was wrong.");
        assert_eq!(f.len(), 1, "{f:?}");
    }
}
