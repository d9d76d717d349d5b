//! Clauses that are no relation of their own: a belief restated inside a report ("Lee
//! said she wants a vote"), the occasion of a statement whose speaker is named ("In an
//! interview, Lee said ..."), and "called" that gives a name ("a group called X").

use super::{Relation, RelationKind};
use crate::analysis::attribution::words::{AUXILIARIES, BE, PRONOUNS};
use crate::analysis::attribution::{Attribution, CueKind};
use crate::analysis::lexicon::reporting;
use crate::analysis::segment::{Document, TokenKind};

/// Whether relation `k` of `rels` is already stood for by another one.
pub(super) fn restated(
    doc: &Document,
    attributions: &[Attribution],
    rels: &[Relation],
    k: usize,
) -> bool {
    let Some(a) = rels[k].clause.and_then(|i| attributions.get(i)) else {
        return false;
    };
    belief_inside_a_report(doc, a, rels, k)
        || occasion_of_a_speaker(doc, a, attributions)
        || names_a_thing(doc, a)
}

/// "A group called Citizens for Trump", "the procedure sometimes called ...": "called"
/// after a naming adverb, or after a thing (not a person) that an indefinite article
/// opens, gives a name; nobody is calling it anything. "A spokesman called the plan
/// reckless" and "Lee called it a mistake" are views and keep their relation.
///
/// Read here, on the relation, and not by the verb finder: the clause still covers
/// its sentence for the claim rule, which leans on it where the cue that does attribute
/// the sentence ("..., which posts", "called 'The Local' cited that") is not read yet.
fn names_a_thing(doc: &Document, a: &Attribution) -> bool {
    if a.kind != CueKind::Stance || doc.slice(a.cue) != "called" {
        return false;
    }
    let at = doc.tokens.partition_point(|t| t.span.start < a.cue.start);
    let words: Vec<&str> = doc.tokens[at.saturating_sub(6)..at]
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Word {
                doc.slice(t.span)
            } else {
                ""
            }
        })
        .collect();
    let Some((&prev, before)) = words.split_last() else {
        return false;
    };
    let lower = prev.to_lowercase();
    if prev.is_empty() {
        return false;
    }
    if reporting::NAMING_ADVERBS.contains(&lower.as_str()) {
        return true;
    }
    let mixed_case_name =
        prev.starts_with(char::is_uppercase) && prev.chars().any(char::is_lowercase);
    if is_function_word(&lower) || reporting::is_person_noun(&lower) || mixed_case_name {
        return false;
    }
    // An indefinite article a few words back, only modifiers between.
    before
        .iter()
        .rposition(|w| w.is_empty() || matches!(w.to_lowercase().as_str(), "a" | "an"))
        .is_some_and(|k| {
            matches!(before[k].to_lowercase().as_str(), "a" | "an")
                && before[k + 1..].iter().all(|w| {
                    let l = w.to_lowercase();
                    !is_function_word(&l) && reporting::reporting_verb(&l).is_none()
                })
        })
}

/// A pronoun, auxiliary or form of "be": what stands before a verb, not a noun.
fn is_function_word(lower: &str) -> bool {
    PRONOUNS.contains(&lower) || AUXILIARIES.contains(&lower) || BE.contains(&lower)
}

/// "Lee said she wants a vote", "voters said they believe it": a verb of belief or
/// intention whose subject is a pronoun, inside the reported words of another clause,
/// is what that clause reports: the speaker's own view restated, not a second source.
/// A named subject there ("told the paper that Moss believes ...") keeps its relation.
fn belief_inside_a_report(doc: &Document, a: &Attribution, rels: &[Relation], k: usize) -> bool {
    let r = &rels[k];
    let pronoun = r
        .source_text
        .as_deref()
        .is_some_and(|t| PRONOUNS.contains(&t.to_lowercase().as_str()));
    if !pronoun || !is_inner_state(doc, a) {
        return false;
    }
    rels.iter().enumerate().any(|(j, o)| {
        j != k && o.kind != RelationKind::Direct && o.cue != r.cue && o.content.contains_span(r.cue)
    })
}

/// Whether the clause's cue is a verb of belief or intention (`INNER_STATE_LEMMAS`).
fn is_inner_state(doc: &Document, a: &Attribution) -> bool {
    let cue = doc.slice(a.cue);
    let lemma = match a.kind {
        CueKind::Verb => reporting::reporting_verb(cue).map(|v| v.lemma),
        CueKind::Stance => reporting::stance_verb(cue),
        _ => None,
    };
    lemma.is_some_and(|l| reporting::INNER_STATE_LEMMAS.contains(&l))
}

/// "In an interview with the Herald, Lee said ...": the interview is where Lee spoke,
/// and Lee's clause is the relation. Only a poll or survey is a source beside a named
/// speaker ("In a Fox poll, 40 percent said ..." keeps both).
fn occasion_of_a_speaker(doc: &Document, a: &Attribution, attributions: &[Attribution]) -> bool {
    if a.kind != CueKind::AccordingTo || !doc.slice(a.cue).eq_ignore_ascii_case("in") {
        return false;
    }
    let poll = a.source.as_ref().is_some_and(|s| {
        s.text
            .split_whitespace()
            .any(|w| reporting::POLL_HEADS.contains(&w.to_lowercase().as_str()))
    });
    !poll
        && attributions.iter().any(|o| {
            o.sentence == a.sentence
                && o.cue != a.cue
                && matches!(o.kind, CueKind::Verb | CueKind::Stance)
                && o.source.is_some()
        })
}
