//! A sentence that names the record its figures come from: "exit polling showed that
//! ...", "..., new fundraising reports show.", "Trump leads by 20 points in the
//! statewide poll". The record is the source even where no reporting clause was found.

use crate::analysis::attribution::words::W;
use crate::analysis::lexicon::claims::{RECORDS, RECORD_VERBS};

/// How far a record noun may stand from the verb or the "in" that ties it to the claim.
const REACH: usize = 5;

/// Whether the sentence, outside its quotations, names a record as the source of what
/// it states: a record noun that shows or found something, or "in" a poll or survey.
pub fn cites_a_record(ws: &[W]) -> bool {
    ws.iter()
        .enumerate()
        .any(|(i, w)| !w.quoted && RECORDS.contains(&w.lower) && (shows(ws, i) || held_in(ws, i)))
}

/// "the reports show", "polling in Florida shows": a record verb shortly after the noun.
fn shows(ws: &[W], i: usize) -> bool {
    ws[i + 1..(i + 1 + REACH).min(ws.len())]
        .iter()
        .take_while(|n| n.text != "," && n.text != ";")
        .any(|n| !n.quoted && RECORD_VERBS.contains(&n.lower))
}

/// "in the statewide poll", "in recent polls from X": a poll or survey after "in". A
/// report is not held "in" that way ("in a report to be published" names no source).
fn held_in(ws: &[W], i: usize) -> bool {
    let poll = matches!(
        ws[i].lower,
        "poll" | "polls" | "polling" | "survey" | "surveys"
    );
    poll && (i.saturating_sub(REACH)..i).any(|k| ws[k].is("in"))
        && !(i.saturating_sub(REACH)..i).any(|k| ws[k].text == "," || ws[k].is("tax"))
}
