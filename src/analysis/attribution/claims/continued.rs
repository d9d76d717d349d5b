//! A forecast that goes on from the sentence before: "The new members will see 4.6%
//! growth, the commission said. In contrast, the euro zone will manage only 1.8%." The
//! second sentence carries on the reported forecast in the future tense, without a new
//! reporting clause, as news copy writes a forecast out over sentences. A statement of
//! fact after a forecast ("The euro zone grew 1.8% last year.") is the writer's again.

use super::super::index::ClauseIndex;
use super::super::words::W;
use crate::analysis::lexicon::claims::{FORECAST_CUES, FUTURE_MODALS};

/// The clause of the previous sentence whose reported forecast sentence `s` goes on
/// with: `s` speaks in the future tense, and the sentence before it reports a forecast
/// (its clause's words, or what they report, speak of the future) through a clause that
/// vouches for what it reports.
pub(super) fn continued_forecast(
    ws: &[W],
    prev: &[W],
    s: usize,
    clauses: &ClauseIndex,
    vouching: impl Fn(usize) -> bool,
) -> Option<usize> {
    if s == 0 || !future(ws) || !(future(prev) || forecast_cue(prev)) {
        return None;
    }
    clauses
        .in_sentence(s - 1)
        .iter()
        .copied()
        .find(|&k| vouching(k))
}

/// Whether the sentence speaks of the future outside its quotations: "will", "would",
/// "could" and the like before a verb.
fn future(ws: &[W]) -> bool {
    ws.iter()
        .any(|w| !w.quoted && FUTURE_MODALS.contains(&w.lower))
}

/// "the commission forecasts", "is forecasting", "expects": a reporting word that
/// itself reports a forecast.
fn forecast_cue(ws: &[W]) -> bool {
    ws.iter()
        .any(|w| !w.quoted && FORECAST_CUES.contains(&w.lower))
}
