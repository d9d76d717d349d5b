//! Which named sources a "Name the source:" fix may offer for a vague source. A fix
//! that writes a name into the draft says that person stands behind the claim, so it
//! offers only those the draft gives evidence for, and none rather than a guess:
//!
//! - the same claim, attributed elsewhere in the draft to a named source (most shared
//!   words first);
//! - a person named before the vague source whose role fits its head ("officials said"
//!   after "Jo Smith, a harbour official"; never someone named only later).

use std::collections::HashSet;

use super::{Candidate, Report, Sources, MAX_SOURCES};
use crate::analysis::attribution::{vague_head, Attribution, Source};
use crate::analysis::lexicon::vague as vague_lexicon;

/// Fewest content words two claims must share to count as the same claim.
const MIN_SHARED_WORDS: usize = 3;

/// The candidates for the vague source `src` of clause `a`, best evidence first.
pub(super) fn candidates(
    report: &Report,
    sources: &Sources,
    text: &str,
    a: &Attribution,
    src: &Source,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let push = |name: &str, out: &mut Vec<Candidate>| {
        if out.len() < MAX_SOURCES && !out.iter().any(|c| c.name == name) {
            if let Some(c) = sources.candidate(name) {
                out.push(c);
            }
        }
    };
    for name in same_claim_sources(report, sources, text, a) {
        push(&name, &mut out);
    }
    if let Some(head) = vague_head(&src.text) {
        let sentence = report
            .document
            .sentences
            .get(a.sentence)
            .map_or("", |s| s.span.slice(text));
        for name in earlier_with_role(sources, src.span.start, &head, sentence) {
            push(&name, &mut out);
        }
    }
    out
}

/// Capitalised words of four letters or more in `s`: the places and bodies it names
/// (a sentence's first word counts too: only a word the role also capitalises matches).
fn named_words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .collect()
}

/// Lower-case words of four letters or more: enough to tell one claim from another
/// without the function words every sentence shares, nor the names and places (the
/// story's topic, which every claim in it shares).
fn content_words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// Function words long enough to pass the length test.
const STOP_WORDS: &[&str] = &[
    "that", "this", "with", "would", "will", "have", "could", "should", "might", "been", "were",
    "from", "they", "their", "them", "than", "also", "more", "said", "says", "which", "about",
    "there", "what", "when", "into",
];

/// Where the clause `a` stands among the draft's relations (sorted by cue), if it has one.
fn relation_index(report: &Report, a: &Attribution) -> Option<usize> {
    let rels = &report.relations;
    let i = rels.partition_point(|r| (r.cue.start, r.cue.end) < (a.cue.start, a.cue.end));
    (rels.get(i)?.cue == a.cue).then_some(i)
}

/// How far either side of the vague clause, in bytes of text, the same claim is looked
/// for: a long feature's length (about 3,000 words). A restatement further off is weak
/// evidence, and the bound keeps the search linear on a book-length draft, where each
/// vague source would otherwise read every relation in it.
const CLAIM_REACH: usize = 20_000;

/// Named sources whose own attributed content makes the same claim: at least
/// `MIN_SHARED_WORDS` content words, and most of the vague claim's words, in common.
fn same_claim_sources(
    report: &Report,
    sources: &Sources,
    text: &str,
    a: &Attribution,
) -> Vec<String> {
    let Some(at) = relation_index(report, a) else {
        return Vec::new();
    };
    let rels = &report.relations;
    let here = rels[at].content;
    let words = sources.claim_words.get_or_init(|| {
        rels.iter()
            .map(|r| content_words(r.content.slice(text)))
            .collect()
    });
    let mine = &words[at];
    if mine.len() < MIN_SHARED_WORDS {
        return Vec::new();
    }
    let from = a.cue.start.saturating_sub(CLAIM_REACH);
    let to = a.cue.start + CLAIM_REACH;
    let window =
        rels.partition_point(|r| r.cue.start < from)..rels.partition_point(|r| r.cue.start <= to);
    let mut scored: Vec<(usize, String)> = rels[window.clone()]
        .iter()
        .zip(&words[window])
        .filter(|(r, _)| !r.vague && r.cue != a.cue && !r.content.overlaps(here))
        .filter_map(|(r, theirs)| {
            let name = r.source_entity.clone()?;
            let shared = theirs.intersection(mine).count();
            (shared >= MIN_SHARED_WORDS && shared * 2 > mine.len()).then_some((shared, name))
        })
        .collect();
    scored.sort_by_key(|x| std::cmp::Reverse(x.0));
    scored.into_iter().map(|(_, n)| n).collect()
}

/// People named before `offset` whose role has the vague source's head: "official"
/// for "officials said", "analyst" for "one analyst said". An office that makes one an
/// official ("vice foreign minister") fits "officials" only when the role names a place
/// or body the vague source's sentence names too.
fn earlier_with_role(sources: &Sources, offset: usize, head: &str, sentence: &str) -> Vec<String> {
    let here = named_words(sentence);
    let fits = |role: &str| {
        let words: Vec<String> = role
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .collect();
        let same_head = words
            .iter()
            .any(|w| w == head || w.strip_suffix('s') == Some(head));
        let office = head == "official"
            && words
                .iter()
                .any(|w| vague_lexicon::OFFICE_ROLES.contains(&w.as_str()))
            && !named_words(role).is_disjoint(&here);
        same_head || office
    };
    sources
        .named_before(offset)
        .into_iter()
        .filter(|name| sources.roles_of(name).iter().any(|r| fits(r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::CLAIM_REACH;
    use crate::analysis::{analyze, Context, Format, RuleCode};

    /// The "Name the source:" titles offered for the vague source that starts with
    /// `at` in `text`.
    fn offers(text: &str, at: &str) -> Vec<String> {
        let r = analyze(text, Format::PlainText, &Context::default());
        let start = text.find(at).unwrap_or(usize::MAX);
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::VagueAttribution && f.span.start == start)
            .flat_map(|f| f.fixes.iter())
            .filter(|x| x.title.starts_with("Name the source:"))
            .map(|x| x.title.clone())
            .collect()
    }

    /// A person named only after the vague source, with nothing tying them to it, is
    /// no candidate: a made-up source is worse than none.
    #[test]
    fn nobody_named_later_without_evidence() {
        let text = "The harbour board met on Monday.\n\n\
                    Officials said the ferry would stop running in June. \
                    Jo Smith, the finance director, said costs had doubled.";
        assert!(offers(text, "Officials said").is_empty());
    }

    /// A person named earlier whose role fits the vague head is offered; one whose role
    /// does not fit is not.
    #[test]
    fn an_earlier_person_whose_role_fits() {
        let text = "Ann Lee, a senior harbour official, said the pier was unsafe. \
                    Jo Smith, the finance director, said costs had doubled.\n\n\
                    Officials said the pier needed repairs before the winter storms.";
        let got = offers(text, "Officials said");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("Ann Lee"), "{got:?}");
    }

    /// A minister is an official of the place the role names: offered for "officials"
    /// in a sentence about that place, not in one about somewhere else.
    #[test]
    fn an_office_fits_officials_of_the_same_place() {
        let text = "Norland’s Harbour Minister Ann Lee said the port would close.\n\n\
                    Norland has long denied the plan, but officials suggest the port is failing.";
        let got = offers(text, "officials suggest");
        assert_eq!(got.len(), 1, "{got:?}");
        let text = "Norland’s Harbour Minister Ann Lee said the port would close.\n\n\
                    Sudland has long denied the plan, but officials suggest the port is failing.";
        assert!(offers(text, "officials suggest").is_empty());
    }

    /// The same claim, credited by name elsewhere in the draft, names the source even
    /// when the vague source comes first.
    #[test]
    fn the_same_claim_credited_by_name() {
        let text = "The harbour board met on Monday.\n\n\
                    Sources said the harbour board would sell the ferry company to a rival operator.\n\n\
                    Later, board chairman Tom Reed said the harbour board would sell the ferry company to a rival operator.";
        let got = offers(text, "Sources said");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("Tom Reed"), "{got:?}");
        // A claim about something else shares too few words.
        let text = "The harbour board met on Monday.\n\n\
                    Sources said the ferry fares would double in the spring.\n\n\
                    Later, board chairman Tom Reed said the harbour board would sell the ferry company to a rival operator.";
        assert!(offers(text, "Sources said").is_empty());
    }

    /// A restatement a whole long feature away is no evidence: a book-length draft must
    /// not have every vague source read every relation in it.
    #[test]
    fn the_same_claim_far_off_is_not_offered() {
        let filler = "The tide came in over the slipway and the gulls sat on the wall.\n\n"
            .repeat(CLAIM_REACH / 60);
        let text = format!(
            "The harbour board met on Monday.\n\n\
             Sources said the harbour board would sell the ferry company to a rival operator.\n\n\
             {filler}Later, board chairman Tom Reed said the harbour board would sell the ferry company to a rival operator."
        );
        assert!(offers(&text, "Sources said").is_empty());
    }
}
