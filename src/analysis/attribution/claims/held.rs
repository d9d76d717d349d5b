//! What someone in the sentence holds, not what the writer asserts: "The campaign
//! projects that the levy would raise $75bn", "He recognizes that millions are still
//! out of work", "The council is worried that the closure could cost 400 jobs", "the
//! claim that 5,000 posts would go", "The candidate claims his fortune tops $10bn". A
//! figure, ranking or forecast inside a clause of thinking, knowing, fearing or
//! claiming is that holder's view, reported as a view; the writer vouches only that it
//! is held. So is the sum a proposal sets ("her proposals to invest $275bn", "is
//! proposing a $15 minimum wage"). "The fact that 5,000 posts went", "so that", and a
//! plan's effect told as a forecast ("the plan would raise $15bn") are the writer's.

use super::super::words::{BE, CLAUSE_BOUNDARIES, DETERMINERS, W};
use crate::analysis::lexicon::claims::{
    BARE_VIEW_VERBS, CLAUSE_OPENERS, FORECASTING, FUTURE_MODALS, PROPOSALS, VIEW_ADJECTIVES,
    VIEW_WORDS,
};
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;

/// How many words a proposal's sum may come after the word that proposes it ("her
/// proposals to invest $275bn", "advocated tax rises of $15bn"): further on, the
/// sentence has moved on to something else ("a proposal to repeal the act passed by a
/// vote of 90 to 10").
const PROPOSAL_REACH: usize = 6;

/// Whether the claim's `focus` lies in a view or a proposal someone in the sentence
/// holds. `figure` says whether the focus is a figure (a proposal's sum is the
/// proposer's; its ranking or effect is not).
pub(super) fn held_by_someone(ws: &[W], focus: Span, figure: bool) -> bool {
    let Some(f) = ws.iter().position(|w| w.span.start >= focus.start) else {
        return false;
    };
    let before = &ws[..f];
    (0..before.len())
        .rev()
        .take_while(|&i| !ends_clause(&ws[i]))
        .any(|i| {
            view_that(ws, i)
                || bare_view(ws, i)
                || expecting(ws, i)
                || (figure && proposes(ws, i) && sets_the_sum(&ws[i..f]))
        })
}

/// A semicolon, colon or dash ends the clause a view word can reach across.
fn ends_clause(w: &W) -> bool {
    w.kind == TokenKind::Punct && !w.quoted && matches!(w.text, ";" | ":" | "—" | "–")
}

/// "projects that", "is worried that", "the claim that": a word of thinking, claiming
/// or fearing with "that" straight after it. An adjective ("worried", "confident")
/// needs a subject other than "it" before its "is" ("it is certain that" is the
/// writer's).
fn view_that(ws: &[W], i: usize) -> bool {
    let w = &ws[i];
    if w.quoted || !ws.get(i + 1).is_some_and(|n| n.is("that") && !n.quoted) {
        return false;
    }
    if VIEW_WORDS.contains(&w.lower) {
        return i > 0;
    }
    VIEW_ADJECTIVES.contains(&w.lower)
        && i >= 2
        && BE.contains(&ws[i - 1].lower)
        && ws[i - 2].is_word()
        && !ws[i - 2].is("it")
}

/// "officials are expecting a record turnout of 4m", "the firm is forecasting growth
/// of 5%": the progressive of a verb of forecasting, after its subject, tells what the
/// subject expects. "It is expected to" is a passive, read by the vague-source rules.
fn expecting(ws: &[W], i: usize) -> bool {
    !ws[i].quoted
        && FORECASTING.contains(&ws[i].lower)
        && i >= 2
        && BE.contains(&ws[i - 1].lower)
        && ws[i - 2].is_word()
}

/// "The candidate claims his fortune tops $10bn", "We know their average age": a verb
/// of claiming or knowing, after its subject, opening a clause without "that". The
/// subject is a name, a pronoun or a noun, not a determiner or preposition ("the
/// insurance claims rose" has no clause after the verb).
fn bare_view(ws: &[W], i: usize) -> bool {
    let w = &ws[i];
    if w.quoted || !BARE_VIEW_VERBS.contains(&w.lower) || i == 0 {
        return false;
    }
    let subject = &ws[i - 1];
    let opens = ws
        .get(i + 1)
        .is_some_and(|n| !n.quoted && CLAUSE_OPENERS.contains(&n.lower));
    opens
        && subject.is_word()
        && !DETERMINERS.contains(&subject.lower)
        && !CLAUSE_BOUNDARIES.contains(&subject.lower)
}

/// "her proposals to invest", "is proposing", "advocated", "called for": a word that
/// puts forward a proposal, whose sums are the proposer's. "a clarion call for" is no
/// proposal with a sum.
fn proposes(ws: &[W], i: usize) -> bool {
    let w = &ws[i];
    if w.quoted {
        return false;
    }
    let for_after = ws.get(i + 1).is_some_and(|n| n.is("for"));
    PROPOSALS.contains(&w.lower)
        || (matches!(
            w.lower,
            "calls" | "called" | "calling" | "pushing" | "pushed"
        ) && for_after)
}

/// Whether the words from the proposing word up to the figure set the proposal's sum:
/// a few words, no comma, and no modal ("the plan would raise $15bn" tells the
/// proposal's effect, which the writer forecasts).
fn sets_the_sum(ws: &[W]) -> bool {
    let words = ws.iter().filter(|w| w.is_word()).count();
    words <= PROPOSAL_REACH
        && !ws
            .iter()
            .any(|w| !w.quoted && (w.text == "," || FUTURE_MODALS.contains(&w.lower)))
}
