//! A sentence that names the record its figures come from: "exit polling showed that
//! ...", "..., new fundraising reports show.", "Trump leads by 20 points in the
//! statewide poll", "As reported by the Courier, ...", "By the agency's tally, ...".
//! The record is the source even where no reporting clause was found.

use crate::analysis::attribution::words::W;
use crate::analysis::lexicon::claims::{RECORDS, RECORD_COMPLEMENTS, RECORD_VERBS, TALLIES};

/// How far a record noun may stand from the verb or the "in" that ties it to the claim.
const REACH: usize = 5;

/// How far the verb may stand when a complement follows the noun and names what the
/// record covers or who made it ("a survey of 280 schemes by the pay institute said").
const COMPLEMENT_REACH: usize = 14;

/// Whether the sentence, outside its quotations, names a record as the source of what
/// it states: a record noun that shows or found something, or "in" a poll or survey; a
/// figure "as reported by" someone, or "by" someone's tally.
pub fn cites_a_record(ws: &[W]) -> bool {
    let record = ws
        .iter()
        .enumerate()
        .any(|(i, w)| !w.quoted && RECORDS.contains(&w.lower) && (shows(ws, i) || held_in(ws, i)));
    record || as_reported(ws) || by_a_tally(ws)
}

/// "the reports show", "polling in Florida shows": a record verb shortly after the noun,
/// or further on after a complement of the noun ("a Field Poll of the race in May put
/// his support at 5 percent", "an analysis by the fact-checkers of elections since
/// 1972 showed"). A comma or semicolon ends the reach.
fn shows(ws: &[W], i: usize) -> bool {
    let complement = ws
        .get(i + 1)
        .is_some_and(|n| !n.quoted && RECORD_COMPLEMENTS.contains(&n.lower));
    let reach = if complement { COMPLEMENT_REACH } else { REACH };
    ws[i + 1..(i + 1 + reach).min(ws.len())]
        .iter()
        .take_while(|n| n.text != "," && n.text != ";")
        .any(|n| !n.quoted && RECORD_VERBS.contains(&n.lower))
}

/// "As reported by the Courier, ...", "as first reported in the Herald": the sentence
/// names the outlet its facts come from.
fn as_reported(ws: &[W]) -> bool {
    ws.windows(4).any(|t| {
        let open = |k: usize| !t[k].quoted;
        let verb = |w: &W| matches!(w.lower, "reported" | "noted");
        let by = |w: &W| w.is("by") || w.is("in");
        t[0].is("as")
            && open(0)
            && open(1)
            && ((verb(&t[1]) && by(&t[2]))
                || (matches!(t[1].lower, "first" | "previously" | "originally")
                    && verb(&t[2])
                    && by(&t[3])))
    })
}

/// "By the agency's tally, he has 739", "by one estimate, 300 people": "by" opening the
/// sentence or a clause after a comma, then someone's tally within a few words. "rose
/// by an estimated 5%" counts nothing: "estimated" is no tally noun, and "rose" stands
/// before "by".
fn by_a_tally(ws: &[W]) -> bool {
    let opens = |i: usize| {
        ws[..i]
            .iter()
            .all(|w| w.kind != crate::analysis::segment::TokenKind::Word)
            || ws[i - 1].text == ","
    };
    ws.iter().enumerate().any(|(i, w)| {
        w.is("by")
            && !w.quoted
            && opens(i)
            && ws[i + 1..(i + 1 + REACH + 1).min(ws.len())]
                .iter()
                .take_while(|n| n.text != ",")
                .any(|n| !n.quoted && TALLIES.contains(&n.lower))
    })
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
