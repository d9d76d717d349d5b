//! Rankings told without a superlative: "the world's first biometric passport", "the
//! album topped the charts", "has held the top spot since 2002". Each places something
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
