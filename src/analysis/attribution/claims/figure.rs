//! The figure a claim states. Which numbers are figures at all (not a date, a year, a
//! clock time, a code, a label, an address or a score) is the figure reader's decision
//! (`figures::sentence_figures`), read here rather than decided again. What this file
//! adds is the claim's own choice among figures: durations, ages, small bare counts and
//! numbers that belong to a name or a result are figures that need no source
//! (`not_a_count`).

use super::words_text;
use super::{not_a_count, results};
use crate::analysis::attribution::words::W;
use crate::analysis::figures::{lexicon::years_per, Figure};
use crate::analysis::segment::{Document, TokenKind};

/// Scale words that make a figure on their own ("two billion", "thousands of").
const SCALES: &[&str] = &[
    "million",
    "billion",
    "trillion",
    "bn",
    "m",
    "millions",
    "billions",
    "thousands",
    "hundreds",
    "dozens",
    "percent",
    "%",
];

/// Words after a number that make it a duration, a time of day or an ordinal.
const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "year-old",
    "years-old",
    "am",
    "pm",
    "gmt",
    "bst",
    "st",
    "nd",
    "rd",
    "th",
    "century",
    "centuries",
    "seconds",
];

const CURRENCY: &[char] = &['£', '$', '€', '¥'];

/// The figure starting at `i`, as written, when it is one the figure reader takes for a
/// figure and one worth a source: not a duration, an age, a small bare count, a number in
/// a name or a result.
pub(super) fn figure(ws: &[W], i: usize, doc: &Document, figs: &[Figure]) -> Option<String> {
    let w = &ws[i];
    if w.kind == TokenKind::Word {
        return scale_word(ws, i, doc).or_else(|| share_in_words(ws, i, doc, figs));
    }
    if w.kind != TokenKind::Number {
        return None;
    }
    let fig = figs.iter().find(|f| f.number.contains_span(w.span))?;
    // A duration ("two minutes, 35.39 seconds", "8:41.43", "for six years") as the
    // figure reader measures it, or a sporting event or result.
    let duration = fig.unit.as_deref().is_some_and(|u| years_per(u).is_some());
    if duration || results::sporting_result(ws, i, fig) {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| &ws[k]);
    let next = ws.get(i + 1);
    let currency = prev.is_some_and(|p| p.is_punct(CURRENCY));
    let scale_next = next.is_some_and(|n| !n.quoted && SCALES.contains(&n.lower))
        || next.is_some_and(|n| {
            n.is_word()
                && n.span.start == w.span.end
                && matches!(n.lower, "m" | "bn" | "k" | "mbps" | "gb" | "km")
        });
    if !currency
        && !scale_next
        && (not_a_count::names_a_thing(ws, i, fig) || !counts_something(ws, i))
    {
        return None;
    }
    let start = if currency { i - 1 } else { i };
    let mut end = i;
    if next.is_some_and(|n| {
        n.text == "%" || (n.is_word() && n.span.start == w.span.end) || SCALES.contains(&n.lower)
    }) {
        end = i + 1;
    }
    Some(words_text(ws, start, end, doc))
}

/// "millions of", "two billion", "40 percent": a scale word that makes a figure. The
/// figure reader leaves a bare magnitude ("millions of people") out of its figures, but
/// it still claims a scale that wants a source.
fn scale_word(ws: &[W], i: usize, doc: &Document) -> Option<String> {
    let w = &ws[i];
    let prev = i.checked_sub(1).map(|k| &ws[k]);
    // "the millions of downloaders": the article points back to a crowd the copy has
    // already counted (or takes as given), it claims no new magnitude.
    let given = prev.is_some_and(|p| matches!(p.lower, "the" | "these" | "those"));
    if matches!(
        w.lower,
        "millions" | "billions" | "thousands" | "hundreds" | "dozens"
    ) && ws.get(i + 1).is_some_and(|n| n.is("of"))
        && !given
    {
        return Some(words_text(ws, i, i + 1, doc));
    }
    if matches!(w.lower, "million" | "billion" | "trillion" | "percent")
        && prev.is_some_and(|p| p.is_word() && !p.quoted)
    {
        return Some(words_text(ws, i - 1, i, doc));
    }
    None
}

/// "two thirds of all spending", "a quarter of the staff": a share written in words,
/// which the figure reader reads as a fraction, claims as much as a percentage does.
fn share_in_words(ws: &[W], i: usize, doc: &Document, figs: &[Figure]) -> Option<String> {
    let fig = figs
        .iter()
        .find(|f| f.number.start == ws[i].span.start && f.unit.is_none())?;
    let last = (i..ws.len())
        .take_while(|&k| ws[k].span.end <= fig.number.end)
        .last()?;
    let of_after = ws.get(last + 1).is_some_and(|n| n.is("of"));
    let fraction = fig.value > 0.0 && fig.value < 1.0;
    (fraction && of_after && !ws[i].quoted && !part_of_a_period(ws, i, last))
        .then(|| words_text(ws, i, last, doc))
}

/// "the first half of 2015", "the second half of the century", "a quarter of a
/// century": a fraction of a stretch of time dates something, it claims no share.
fn part_of_a_period(ws: &[W], i: usize, last: usize) -> bool {
    let ordinal_before = i.checked_sub(1).is_some_and(|k| {
        matches!(
            ws[k].lower,
            "first" | "second" | "latter" | "last" | "final"
        )
    });
    let mut k = last + 2;
    while ws
        .get(k)
        .is_some_and(|w| matches!(w.lower, "a" | "an" | "the" | "this" | "that"))
    {
        k += 1;
    }
    let year =
        |w: &W| w.kind == TokenKind::Number && w.text.len() == 4 && w.text.starts_with(['1', '2']);
    let of_time = ws
        .get(k)
        .is_some_and(|w| TIME_UNITS.contains(&w.lower) || year(w));
    ordinal_before || of_time
}

/// Whether a bare number (no currency, no scale) counts something worth a source: not
/// a duration or time of day ("six days", "3 pm"), an age, a time or model glued to
/// letters ("1800GMT"), or a small count ("three ministers").
fn counts_something(ws: &[W], i: usize) -> bool {
    let w = &ws[i];
    let next = ws.get(i + 1);
    let after = ws.get(i + 2);
    let digits: String = w.text.chars().filter(|c| c.is_ascii_digit()).collect();
    let value: f64 = digits.parse().unwrap_or(0.0);
    if next.is_some_and(|n| TIME_UNITS.contains(&n.lower)) {
        return false;
    }
    // "32-year-old", "5-year".
    if next.is_some_and(|n| n.text == "-")
        && after.is_some_and(|a| {
            a.lower.starts_with("year")
                || a.lower.starts_with("month")
                || a.lower.starts_with("day")
        })
    {
        return false;
    }
    // A number glued to letters is a time or a model ("1800GMT", "A321").
    if next.is_some_and(|n| n.is_word() && n.span.start == w.span.end && !n.is("s")) {
        return false;
    }
    if not_a_count::age(ws, i, value) {
        return false;
    }
    // A bare small number is a count rarely worth a source on its own.
    let percent = next.is_some_and(|n| n.text == "%" || n.is("percent") || n.is("per"));
    value >= 10.0 || percent || w.text.contains('.')
}
