//! Counts against the things counted: a count the draft states ("seven countries") and a
//! list the draft gives of the same things ("Spain, France, Italy …"), when the list names
//! a different number of them.
//!
//! Two forms, both precision first:
//! - **beside**: the list follows the count in its own sentence, set off by a colon, a
//!   dash or a bracket ("arrests in seven countries: Spain, France and Italy"). The list
//!   spells the count out, so any difference is a slip.
//! - **elsewhere**: a count of countries or nations after "in", "across" or "from", and a
//!   sentence naming places after one of those words ("raids in Spain, France, …"), both
//!   about the same event (they share a content word: "arrests" / "arrested"). A list may
//!   name only some of them, so only a list naming *more* than the count contradicts it.
//!
//! A list opened by "including", "such as" or "among", or closed by "and others", names
//! some of the things, not all: it is never counted. Items are names (capitalised words,
//! "the" allowed before one), joined by commas with "and" before the last.

use super::lexicon::{
    COUNTED_PLACE_NOUNS, LIST_CONTINUERS, PARTIAL_LIST_OPENERS, PARTIAL_LIST_TAILS, STOP_WORDS,
};
use super::numbers::Tok;
use super::{sentence_toks, Bound, Figure, Role};
use crate::analysis::lexicon::names::is_place;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

/// A count and a list of the things it counts that names another number of them.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedCount {
    /// The count, an index into the figures.
    pub figure: usize,
    /// Each item of the list as written.
    pub items: Vec<Span>,
    /// The whole list.
    pub list: Span,
    /// The list follows the count in its own sentence.
    pub beside: bool,
}

/// Every count whose list, beside it or elsewhere in the draft, names another number.
pub fn listed_counts(doc: &Document, figures: &[Figure]) -> Vec<ListedCount> {
    let place_lists = place_lists(doc);
    let mut out = Vec::new();
    for (fi, f) in figures.iter().enumerate() {
        let Some(n) = plain_count(f) else {
            continue;
        };
        let toks = sentence_toks(doc, f.sentence);
        let after = toks.partition_point(|t| t.span.start < f.span.end);
        if let Some(items) = list_beside(&toks, after) {
            if items.len() != n {
                out.push(listed(fi, items, true));
            }
            continue;
        }
        if f.role != Role::Level {
            continue;
        }
        if let Some(items) = place_list_elsewhere(&toks, f, n, &place_lists) {
            out.push(listed(fi, items, false));
        }
    }
    out
}

fn listed(figure: usize, items: Vec<Span>, beside: bool) -> ListedCount {
    let list = Span::new(
        items.first().map_or(0, |s| s.start),
        items.last().map_or(0, |s| s.end),
    );
    ListedCount {
        figure,
        items,
        list,
        beside,
    }
}

/// The count a figure states, when it is a plain count of things: an exact whole number
/// from 2 to 30, no unit, not a range or a change, of a plural noun.
fn plain_count(f: &Figure) -> Option<usize> {
    let plural = f
        .quantity
        .as_deref()
        .and_then(|q| q.split_whitespace().last())
        .is_some_and(|w| w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_lowercase));
    let whole = f.value.fract() == 0.0 && (2.0..=30.0).contains(&f.value);
    let plain = f.unit.is_none() && f.upper.is_none() && f.bound == Bound::Exact;
    // "from five hedge fund billionaires: …" reads as a before value, but a count with
    // its list beside it is a count whatever change it is part of.
    let count = matches!(f.role, Role::Level | Role::Before | Role::After);
    (plural && whole && plain && count && !f.subgroup).then_some(f.value as usize)
}

/// The list set off right after a count (`k` is the token after the count's quantity
/// words) by a colon, a dash or an opening bracket.
fn list_beside(toks: &[Tok], k: usize) -> Option<Vec<Span>> {
    let sep = toks.get(k)?;
    let dash = matches!(sep.s, "—" | "–") || (sep.s == "-" && spaced(toks, k));
    if !(sep.s == ":" || sep.s == "(" || dash) {
        return None;
    }
    let (items, end) = name_list(toks, k + 1)?;
    list_ends(toks, end).then_some(items)
}

/// A hyphen with a space on both sides reads as a dash.
fn spaced(toks: &[Tok], k: usize) -> bool {
    let gap = |a: usize, b: usize| toks[a].span.end < toks[b].span.start;
    k > 0 && k + 1 < toks.len() && gap(k - 1, k) && gap(k, k + 1)
}

/// A complete list of names from `k`: two or more, comma-separated, "and" before the last
/// (a comma before "and" allowed). Returns the items and the token after the list.
fn name_list(toks: &[Tok], mut k: usize) -> Option<(Vec<Span>, usize)> {
    let mut items = Vec::new();
    loop {
        let (item, end) = name_item(toks, k)?;
        items.push(item);
        k = end;
        let at = |i: usize| toks.get(i).map(|t| t.low);
        match (at(k), at(k + 1)) {
            (Some(","), Some("and" | "&")) => k += 2,
            (Some("and" | "&"), _) => k += 1,
            (Some(","), _) => {
                k += 1;
                continue;
            }
            _ => return None,
        }
        let (last, end) = name_item(toks, k)?;
        items.push(last);
        return Some((items, end));
    }
}

/// One name of a list: capitalised words, "the" allowed before them ("the Netherlands").
fn name_item(toks: &[Tok], k: usize) -> Option<(Span, usize)> {
    let first = if toks.get(k).is_some_and(|t| t.is("the")) {
        k + 1
    } else {
        k
    };
    let mut end = first;
    while toks.get(end).is_some_and(|t| capitalised_word(t)) && end - first < 4 {
        end += 1;
    }
    (end > first).then(|| (Span::new(toks[k].span.start, toks[end - 1].span.end), end))
}

fn capitalised_word(t: &Tok) -> bool {
    t.kind == TokenKind::Word && t.s.chars().next().is_some_and(char::is_uppercase)
}

/// The list stops where its phrase does: the sentence's end, a closing bracket or dash,
/// a full stop or semicolon, or a lower-case word that goes on with the sentence, not
/// the list ("Ames, Brook and Carr will meet", "… and Carr in Leeds"). Not a comma: more
/// names may follow it ("Ohio and Florida, where it already airs, along with Iowa and
/// Nevada"); nor a word that may add to the list ("as well as", "along with") or say it
/// names only some ("among them", "and others").
fn list_ends(toks: &[Tok], end: usize) -> bool {
    toks.get(end).is_none_or(|t| {
        matches!(t.s, ")" | "—" | "–" | "." | ";" | "-")
            || (t.kind == TokenKind::Word
                && !capitalised_word(t)
                && !LIST_CONTINUERS.contains(&t.low)
                && !PARTIAL_LIST_TAILS.contains(&t.low)
                && !PARTIAL_LIST_OPENERS.contains(&t.low))
    })
}

/// A word right after a list, or after its comma, that says it names only some ("and
/// others", ", among others", "and elsewhere").
fn partial_after(toks: &[Tok], end: usize) -> bool {
    let skip = usize::from(toks.get(end).is_some_and(|t| t.s == ","));
    toks.get(end + skip)
        .is_some_and(|n| PARTIAL_LIST_TAILS.contains(&n.low))
}

/// A list of places the draft gives after "in", "across" or "from": the sentence, the
/// items, and the content words of the sentence (to tell which event it is about).
struct PlaceList {
    sentence: usize,
    items: Vec<Span>,
    words: Vec<String>,
}

/// Every complete list of three or more places after "in", "across" or "from", not
/// opened as a part ("including", "such as") nor closed as one ("and others").
fn place_lists(doc: &Document) -> Vec<PlaceList> {
    let mut out = Vec::new();
    for si in 0..doc.sentences.len() {
        let toks = sentence_toks(doc, si);
        let mut k = 0;
        while k < toks.len() {
            if !matches!(toks[k].low, "in" | "across" | "from") || partial_before(&toks, k) {
                k += 1;
                continue;
            }
            match name_list(&toks, k + 1) {
                Some((items, end))
                    if items.len() >= 3
                        && items.iter().all(|s| is_place_name(&doc.text, *s))
                        && !partial_after(&toks, end) =>
                {
                    out.push(PlaceList {
                        sentence: si,
                        items,
                        words: content_words(&toks),
                    });
                    k = end;
                }
                _ => k += 1,
            }
        }
    }
    out
}

/// A word opening a partial list shortly before `k` in its sentence ("including",
/// "such as", "among them").
fn partial_before(toks: &[Tok], k: usize) -> bool {
    toks[k.saturating_sub(3)..=k]
        .iter()
        .any(|t| PARTIAL_LIST_OPENERS.contains(&t.low))
}

fn is_place_name(text: &str, item: Span) -> bool {
    let s = item.slice(text);
    is_place(s) || s.strip_prefix("the ").is_some_and(is_place)
}

/// The sentence's words that say what it is about: not function words, numbers or names.
fn content_words(toks: &[Tok]) -> Vec<String> {
    toks.iter()
        .filter(|t| t.kind == TokenKind::Word && t.low.len() >= 5 && !capitalised_word(t))
        .filter(|t| !STOP_WORDS.contains(&t.low) && !COUNTED_PLACE_NOUNS.contains(&t.low))
        .map(|t| t.low.to_string())
        .collect()
}

/// Two words of one stem: the same first five letters ("arrests", "arrested").
fn same_stem(a: &str, b: &str) -> bool {
    a.get(..5).is_some_and(|p| b.get(..5) == Some(p))
}

/// For a count of countries or nations stated as where something happened ("in seven
/// nations"), a list of places in another sentence about the same event that names
/// more of them than the count.
fn place_list_elsewhere(
    toks: &[Tok],
    f: &Figure,
    n: usize,
    lists: &[PlaceList],
) -> Option<Vec<Span>> {
    let noun = f.quantity.as_deref()?.to_lowercase();
    if !COUNTED_PLACE_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let at = toks.partition_point(|t| t.span.start < f.span.start);
    let placed = toks[at.saturating_sub(2)..at]
        .iter()
        .any(|t| matches!(t.low, "in" | "across" | "from"));
    if !placed || partial_before(toks, at.saturating_sub(1)) {
        return None;
    }
    let words = content_words(toks);
    lists
        .iter()
        .filter(|l| l.sentence != f.sentence && l.items.len() > n)
        .find(|l| {
            l.words
                .iter()
                .any(|a| words.iter().any(|b| same_stem(a, b)))
        })
        .map(|l| l.items.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::markup::Format;
    use crate::analysis::segment::segment;

    /// (count as written, number of items, beside) for every count that disagrees.
    fn found(text: &str) -> Vec<(String, usize, bool)> {
        let doc = segment(text, Format::PlainText);
        let figs =
            super::super::extract(&doc, &[], &[], &[], &mut crate::analysis::Memo::default());
        listed_counts(&doc, &figs)
            .into_iter()
            .map(|l| {
                (
                    figs[l.figure].span.slice(text).to_string(),
                    l.items.len(),
                    l.beside,
                )
            })
            .collect()
    }

    #[test]
    fn a_list_after_a_colon_that_names_more_than_the_count() {
        let t = "Police made arrests in seven countries: Spain, France, Italy, Germany, \
                 Belgium, the Netherlands, Poland and Austria.";
        assert_eq!(found(t), vec![("seven countries".to_string(), 8, true)]);
    }

    #[test]
    fn a_list_in_brackets_or_after_a_dash_that_names_fewer() {
        let t = "The firm has four shareholders (Ames, Brook and Carr) and no debt.";
        assert_eq!(found(t), vec![("four shareholders".to_string(), 3, true)]);
        let t = "The three finalists – Ada Lyle and Bea Marsh – meet on Sunday.";
        assert_eq!(found(t), vec![("three finalists".to_string(), 2, true)]);
    }

    #[test]
    fn a_list_that_matches_its_count_is_silent() {
        let t = "Talks involved three nations: Chile, Peru and Bolivia.";
        assert!(found(t).is_empty());
        let t = "The two coaches (Ann Ross and Tom Hale) agreed.";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_partial_list_is_never_counted() {
        let t = "Arrests were made in eight countries, including Spain, France and Italy.";
        assert!(found(t).is_empty());
        let t = "The group has six members: Ames, Brook and Carr among them.";
        assert!(found(t).is_empty());
        let t = "It sells in nine countries: Spain, France, Italy and others.";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_list_the_sentence_goes_on_after_is_counted() {
        let t = "The four founders: Ada Lyle, Bea Marsh and Cy Nolan will meet on Sunday.";
        assert_eq!(found(t), vec![("four founders".to_string(), 3, true)]);
        let t = "He must beat three rivals: Ames, Brook, Carr and Dunn in the spring.";
        assert_eq!(found(t), vec![("three rivals".to_string(), 4, true)]);
        // A count read as the value a change starts from is still a count of its list.
        let t = "The fund raised £3m from five donors: Ames, Brook, Carr and Dunn.";
        assert_eq!(found(t), vec![("five donors".to_string(), 4, true)]);
        // Words that may add to the list, or say it names only some, leave it uncounted.
        for ok in [
            "The four founders: Ada Lyle, Bea Marsh and Cy Nolan as well as a lawyer.",
            "The four founders: Ada Lyle, Bea Marsh and Cy Nolan along with Dan Roe.",
            "The four founders: Ada Lyle, Bea Marsh and Cy Nolan plus Dan Roe met.",
            "The four founders: Ada Lyle, Bea Marsh and Cy Nolan among them.",
            "The three founders: Ada Lyle, Bea Marsh and Cy Nolan will meet.",
        ] {
            assert!(found(ok).is_empty(), "{ok}: {:?}", found(ok));
        }
    }

    #[test]
    fn a_list_that_a_comma_may_continue_is_not_counted() {
        let t = "The ad runs in six states: Ohio and Utah, where it already airs, along \
                 with Iowa, Idaho, Maine and Nevada.";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_list_without_a_closing_and_or_of_lower_case_words_is_not_a_list() {
        let t = "The survey asked four questions: cost, speed and comfort mattered most.";
        assert!(found(t).is_empty());
        let t = "He visited five cities: Leeds, York, Hull.";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_count_of_nations_against_a_longer_list_of_the_same_event() {
        let t = "Officers arrested suspects in Spain, France, Italy, Germany, Belgium, \
                 Poland, Portugal and Austria on Tuesday.\n\n\
                 The arrests in seven nations followed a two-year inquiry.";
        assert_eq!(found(t), vec![("seven nations".to_string(), 8, false)]);
    }

    #[test]
    fn a_shorter_list_or_another_event_elsewhere_is_silent() {
        // The list may name only some of the countries.
        let t = "Officers arrested suspects in Spain, France and Italy.\n\n\
                 The arrests in seven nations followed a two-year inquiry.";
        assert!(found(t).is_empty());
        // The list is about something else (where the suspects were born).
        let t = "The suspects were born in Spain, France, Italy, Germany and Poland.\n\n\
                 Raids in three countries followed a two-year inquiry.";
        assert!(found(t).is_empty());
        // The places are not all places.
        let t = "Officers arrested suspects in Spain, Acme, Italy, Bolt and Poland.\n\n\
                 The arrests in three nations followed an inquiry.";
        assert!(found(t).is_empty());
    }

    #[test]
    fn counts_that_are_not_plain_counts_are_not_checked() {
        // A bound, a range or a change says the count is not exact.
        let t = "Arrests came in about three countries: Spain, France, Italy and Peru.";
        assert!(found(t).is_empty());
        let t = "Sales rose in two to three markets: Spain, France, Italy and Peru.";
        assert!(found(t).is_empty());
    }
}
