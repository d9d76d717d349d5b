//! A results story: "High fuel prices hit the airline's profits" over "Turnover for the
//! quarter was up 4.3% to 1.97bn pounds". A company's results are published accounts,
//! on the public record like a share price, and the figures of them that follow a lead
//! reporting the results are the announcement the story is about, not the writer's
//! claims. So are an official statistic's figures in a story whose lead reports its
//! release ("Unemployment rose for the tenth month ... where the rate is 18.8%"). Other
//! figures in the same story ("the airline has cut 13,000 jobs") and results or rates
//! named in a story about something else still need a source.

use super::super::words::W;
use crate::analysis::lexicon::claims::{
    RESULTS_LEAD_NOUNS, RESULTS_NOUNS, STATISTIC_LEAD_NOUNS, STATISTIC_NOUNS,
};
use crate::analysis::segment::TokenKind;

/// How many tokens from a number a statistic's noun may stand ("unemployment stuck
/// above 4 million", "a rate of 10.8%"). A rate far from the figure ("rate rises since
/// June, taking borrowing costs to 1.75%") measures something else.
const STATISTIC_REACH: usize = 4;

/// What the opening of a draft reports the release of.
#[derive(Clone, Copy, Default)]
pub(super) struct Release {
    pub results: bool,
    pub statistics: bool,
}

impl Release {
    /// Reads a headline or lead sentence into the release.
    pub(super) fn read(&mut self, ws: &[W]) {
        self.results |= reports_results(ws);
        self.statistics |= reports_statistics(ws);
    }

    /// Whether a figure sentence states a figure of the release the draft opens on.
    pub(super) fn holds(&self, ws: &[W]) -> bool {
        (self.results && names_a_result(ws)) || (self.statistics && names_a_statistic(ws))
    }
}

/// Whether a headline or lead sentence (its words outside quotations) reports results.
fn reports_results(opening: &[W]) -> bool {
    opening
        .iter()
        .any(|w| !w.quoted && RESULTS_LEAD_NOUNS.contains(&w.lower))
}

/// Whether a sentence states a figure of the results: it names one of them outside its
/// quotations ("operating profits", "net income"), but not a tax on one ("income tax",
/// "a profits tax").
fn names_a_result(ws: &[W]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let taxed = ws.get(i + 1).is_some_and(|n| n.is("tax") || n.is("taxes"));
        !w.quoted && (RESULTS_NOUNS.contains(&w.lower) || took_a_hit(ws, i)) && !taxed
    })
}

/// How far "took" may stand before the "hit" it takes ("took a 475m euro hit").
const HIT_REACH: usize = 5;

/// "took a 475m euro hit", "is taking a $2bn hit": a charge against the accounts. "The
/// strike hit 3,000 passengers" takes nothing.
fn took_a_hit(ws: &[W], i: usize) -> bool {
    ws[i].is("hit")
        && ws[i.saturating_sub(HIT_REACH)..i]
            .iter()
            .any(|p| !p.quoted && matches!(p.lower, "took" | "take" | "takes" | "taking"))
}

/// "German unemployment rose", "economic growth accelerated", "the number of people out
/// of work has risen": a lead that reports an official statistic.
fn reports_statistics(ws: &[W]) -> bool {
    let out_of_work =
        |i: usize| i >= 2 && ws[i].is("work") && ws[i - 1].is("of") && ws[i - 2].is("out");
    ws.iter()
        .enumerate()
        .any(|(i, w)| !w.quoted && (STATISTIC_LEAD_NOUNS.contains(&w.lower) || out_of_work(i)))
}

/// Whether a statistic's noun stands within a few tokens of a number.
fn names_a_statistic(ws: &[W]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let near = ws[i.saturating_sub(STATISTIC_REACH)..(i + 1 + STATISTIC_REACH).min(ws.len())]
            .iter()
            .any(|n| n.kind == TokenKind::Number && !n.quoted);
        !w.quoted && STATISTIC_NOUNS.contains(&w.lower) && near
    })
}
