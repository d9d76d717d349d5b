//! Rankings told without a superlative: "the world's first biometric passport", "the
//! album topped the charts", "has held the top spot since 2002", "second only to SAP". Each places something
//! first against every rival, which is checkable and needs a source like "the largest".

use super::super::words::W;
use crate::analysis::lexicon::claims::{FIRST_SCOPES, TOPPED_LISTS, TOP_PLACES};

/// How far "since" or "ever" may follow "the top spot" it makes a record of.
const RECORD_REACH: usize = 8;

/// The index of the last word of a ranking that starts at word `i`, if one does.
pub(super) fn ranking(ws: &[W], i: usize) -> Option<usize> {
    if ws[i].quoted || !ws[i].is_word() {
        return None;
    }
    scoped_first(ws, i)
        .or_else(|| topped(ws, i))
        .or_else(|| top_spot_since(ws, i))
        .or_else(|| second_only_to(ws, i))
}

/// How many words may stand between "second only" and its "to" ("second only in size
/// to").
const ONLY_TO_REACH: usize = 3;

/// "second only to SAP", "third only in size to the Amazon": a place just behind a
/// named leader, against every other rival. The index of "only". "the second time only"
/// and "only the second" rank nothing against a leader.
fn second_only_to(ws: &[W], i: usize) -> Option<usize> {
    let only = ws.get(i + 1)?;
    let place = matches!(ws[i].lower, "second" | "third");
    let to = ws[i + 2..(i + 3 + ONLY_TO_REACH).min(ws.len())]
        .iter()
        .take_while(|n| n.is_word() && !n.quoted)
        .any(|n| n.is("to"));
    (place && only.is("only") && !only.quoted && to).then_some(i + 1)
}

/// "the world's first": first against everything in the world. "the firm's first shop"
/// and "its first year" rank against nothing outside their owner.
fn scoped_first(ws: &[W], i: usize) -> Option<usize> {
    let next = ws.get(i + 1)?;
    (FIRST_SCOPES.contains(&ws[i].lower) && next.is("first") && !next.quoted).then_some(i + 1)
}

/// "topped the charts", "topped the polls": first on a published list. "topped up the
/// tank" and "topped the cake" rank nothing.
fn topped(ws: &[W], i: usize) -> Option<usize> {
    let the = ws.get(i + 1)?;
    let list = ws.get(i + 2)?;
    let tops = matches!(ws[i].lower, "topped" | "tops" | "top" | "topping");
    (tops && the.is("the") && TOPPED_LISTS.contains(&list.lower) && !list.quoted).then_some(i + 2)
}

/// "has held on to the top spot since June 2002", "the top place ever": a place at the
/// top kept as a record. "the top spot on the agenda" keeps no record.
fn top_spot_since(ws: &[W], i: usize) -> Option<usize> {
    let before = i.checked_sub(1).map(|k| &ws[k])?;
    let place = ws.get(i + 1)?;
    if !(before.is("the") && ws[i].is("top") && TOP_PLACES.contains(&place.lower)) {
        return None;
    }
    ws[i + 2..(i + 2 + RECORD_REACH).min(ws.len())]
        .iter()
        .take_while(|n| n.text != "," && n.text != ";")
        .any(|n| !n.quoted && (n.is("since") || n.is("ever")))
        .then_some(i + 1)
}
