//! Claims: sentences that assert something checkable — a figure (not a date), a
//! ranking, a causal or predictive statement, or a specific allegation. Headlines,
//! questions, quoted words and the lead's statement of the story's own event are not
//! claims that need a source here. Every claim carries the words that made it one.

mod accounts;
mod causes;
mod continued;
mod figure;
mod held;
mod market;
mod not_a_count;
mod polled;
mod provision;
mod ranks;
mod reason;
mod record;
mod results;

use super::index::ClauseIndex;
use super::words::{sentence_words, W};
use super::{is_headline, Attribution, Claim, CueKind};
use crate::analysis::figures;
use crate::analysis::lexicon::claims as claim_words;
use crate::analysis::lexicon::reporting;
use crate::analysis::memo::Memo;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::{Span, SpanSet};
pub use reason::Decision;
use reason::{reason, words_text};

/// Finds the sentences that make checkable claims and links each to a covering clause.
pub fn claims(
    doc: &Document,
    attributions: &[Attribution],
    quoted: &SpanSet,
    memo: &mut Memo,
) -> Vec<Claim> {
    let clauses = ClauseIndex::new(doc.sentences.len(), attributions);
    let lead = (0..doc.sentences.len()).find(|&s| !is_headline(doc, s));
    let release = opening_release(doc, lead, quoted);
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if is_headline(doc, s) {
            continue;
        }
        let decided = memo.claim(s, || {
            let ws = sentence_words(doc, s, quoted);
            sentence_claim(&ws, doc, s)
        });
        let Some(Decision {
            reason,
            focus,
            allegation,
        }) = decided
        else {
            continue;
        };
        // The lead states the story's own event; its source follows it.
        if Some(s) == lead && !allegation {
            continue;
        }
        if hoped_outcome(doc, attributions, clauses.in_sentence(s), &reason) {
            continue;
        }
        if reason.starts_with("states a figure") && releases_it(doc, s, quoted, release) {
            continue;
        }
        let vouching = |k: usize| attributions.get(k).is_some_and(|a| vouches(doc, a));
        let attribution = clauses
            .covering(s)
            .iter()
            .copied()
            .find(|&k| vouching(k))
            .or_else(|| goes_on_from_before(doc, s, quoted, &clauses, vouching));
        out.push(Claim {
            sentence: s,
            span: sentence.span,
            focus,
            reason,
            attribution,
        });
    }
    out
}

/// What the headline and the lead report the release of (`accounts`): a company's
/// results or an official statistic. Read once per draft, from the sentences up to and
/// including the lead.
fn opening_release(doc: &Document, lead: Option<usize>, quoted: &SpanSet) -> accounts::Release {
    let mut release = accounts::Release::default();
    let Some(lead) = lead else {
        return release;
    };
    for s in 0..=lead {
        release.read(&sentence_words(doc, s, quoted));
    }
    release
}

/// Whether figure sentence `s` states a figure of the release the draft opens on.
fn releases_it(doc: &Document, s: usize, quoted: &SpanSet, release: accounts::Release) -> bool {
    (release.results || release.statistics) && release.holds(&sentence_words(doc, s, quoted))
}

/// The clause of the sentence before, in the same paragraph, whose forecast sentence
/// `s` carries on (`continued`), read only for a claim no clause covers. A new
/// paragraph starts a new point ("The planned blackout would be the latest ...").
fn goes_on_from_before(
    doc: &Document,
    s: usize,
    quoted: &SpanSet,
    clauses: &ClauseIndex,
    vouching: impl Fn(usize) -> bool,
) -> Option<usize> {
    let paragraph = |k: usize| doc.sentences.get(k).map(|x| x.paragraph);
    let prev = s
        .checked_sub(1)
        .filter(|&p| paragraph(p) == paragraph(s) && !is_headline(doc, p))?;
    let ws = sentence_words(doc, s, quoted);
    let before = sentence_words(doc, prev, quoted);
    continued::continued_forecast(&ws, &before, s, clauses, vouching)
}

/// "Mr Glazer hopes this will lead to a formal bid", "the firm wants the merger to
/// cut costs": a prediction or a cause told as what someone hopes or plans is that
/// person's wish, reported as a wish, not the writer's forecast. A figure in a wish
/// ("hopes to open 1,200 depots") is still the writer's to source.
fn hoped_outcome(doc: &Document, atts: &[Attribution], own: &[usize], reason: &str) -> bool {
    let Some(words) = reason
        .strip_prefix("makes a prediction: ")
        .or_else(|| reason.strip_prefix("makes a causal claim: "))
    else {
        return false;
    };
    own.iter().filter_map(|&k| atts.get(k)).any(|a| {
        let cue = doc.slice(a.cue).to_lowercase();
        let wish = a.kind == CueKind::Stance && claim_words::WISH_CUES.contains(&cue.as_str());
        let end = doc
            .sentences
            .get(a.sentence)
            .map_or(a.cue.end, |x| x.span.end);
        let after = doc
            .slice(Span::new(a.cue.end, end.max(a.cue.end)))
            .to_lowercase();
        wish && after.contains(&words.to_lowercase())
    })
}

/// Whether a clause stands behind the facts in its content: every reporting clause and
/// an evaluative stance ("the ad slams the senator for voting ..."), but not a wish or
/// a plan ("the firm hopes to reach 1,000 shops": the figure is still the writer's).
fn vouches(doc: &Document, a: &Attribution) -> bool {
    let wish = a.kind == CueKind::Stance && reporting::is_non_sourcing_stance(doc.slice(a.cue));
    !wish && !agrees_to_act(doc, a)
}

/// "MCI agreed to a buyout valued at $6.75bn", "SoftBank agreed to inject $6.5bn",
/// "the firm agreed a settlement": agreeing to an act or a deal is the act itself,
/// which the writer reports, not a statement of the figures in it. "agreed that the
/// cost was 3,000 pounds" and "agreed, saying ..." still report what was said.
fn agrees_to_act(doc: &Document, a: &Attribution) -> bool {
    let cue = doc.slice(a.cue).to_lowercase();
    let agreed = matches!(cue.as_str(), "agree" | "agrees" | "agreed" | "agreeing");
    let Some(sentence) = doc.sentences.get(a.sentence) else {
        return false;
    };
    let rest = doc.slice(Span::new(
        a.cue.end.min(sentence.span.end),
        sentence.span.end,
    ));
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    agreed && claim_words::AGREED_TO_ACT.contains(&next.as_str())
}

/// Whether one sentence, read alone, makes a checkable claim: what kind, and whether it
/// is an allegation.
fn sentence_claim(ws: &[W], doc: &Document, s: usize) -> Option<Decision> {
    let open = ws
        .iter()
        .filter(|w| !w.quoted && w.kind != TokenKind::Punct)
        .count();
    if open < 4
        || is_question(ws)
        || market::share_price(ws)
        || market::market_quote(ws)
        || forecast_passive(ws)
        || record::cites_a_record(ws)
        || provision::lays_down(ws)
    {
        return None;
    }
    reason(ws, doc, &figures::sentence_figures(doc, s)).filter(|d| {
        let figure = d.reason.starts_with("states a figure");
        let polled = figure && polled::share_of_a_named_poll(ws, doc.slice(d.focus));
        !polled && !held::held_by_someone(ws, d.focus, figure)
    })
}

/// "Output is forecast to fall", "the deficit is projected to reach $1tn", "sales are
/// estimated to top 2m": an agentless forecast, attributed to forecasters the sentence
/// leaves unnamed (a vague source, as "is expected to" is), not the writer's own claim.
/// "The figure was forecast" with no "to" and "the forecast was 3%" are no such passive.
fn forecast_passive(ws: &[W]) -> bool {
    ws.windows(3).any(|t| {
        !t[1].quoted
            && super::words::BE.contains(&t[0].lower)
            && claim_words::FORECAST_PARTICIPLES.contains(&t[1].lower)
            && t[2].is("to")
    })
}

fn is_question(ws: &[W]) -> bool {
    ws.iter()
        .rev()
        .find(|w| !w.is_punct(&['"', '”', '’', ')', '\'']))
        .is_some_and(|w| w.text == "?" && !w.quoted)
}

#[cfg(test)]
mod tests;
