//! Numbers that are not figures: years, dates, times, ordinals, phone numbers, codes,
//! labels, addresses, scores and the pronoun "one".

use super::*;

/// Whether the expression is a number that is not a figure: a year, date, time,
/// ordinal, phone number, label, address or the pronoun "one".
pub(super) fn not_a_figure(toks: &[Tok], e: &NumExpr) -> bool {
    let n = Near::new(toks, e);
    clock_time_in_words(&n)
        || index_slug_or_grade(&n)
        || parties_or_determiner_one(&n)
        || year(&n)
        || fraction_time_or_code(&n)
        || date_or_address(&n)
        || label(&n)
        || dialled(&n)
        || second_side_of_score(&n)
        || name_word_or_pronoun_one(&n)
}

/// A number expression and the tokens around it, as each test below reads them.
#[derive(Clone, Copy)]
struct Near<'t, 'a> {
    toks: &'t [Tok<'a>],
    e: &'t NumExpr,
    prev: Option<&'t Tok<'a>>,
    next: Option<&'t Tok<'a>>,
    first: &'t Tok<'a>,
    /// No unit and no scale word: a bare number.
    bare: bool,
    /// The word two before the number, lower case.
    prev2: Option<&'a str>,
}

impl<'t, 'a> Near<'t, 'a> {
    fn new(toks: &'t [Tok<'a>], e: &'t NumExpr) -> Self {
        let prev = e.first.checked_sub(1).and_then(|p| toks.get(p));
        let next = toks.get(e.end);
        let first = &toks[e.first];
        let bare = e.unit.is_none() && !e.scaled;
        let low_at = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.low);
        let prev2 = low_at(e.first.checked_sub(2));
        Near {
            toks,
            e,
            prev,
            next,
            first,
            bare,
            prev2,
        }
    }
}

/// Clock times in words: "half past eight", "quarter to nine", "eight o'clock".
fn clock_time_in_words(n: &Near) -> bool {
    let Near {
        toks,
        e,
        prev,
        next,
        bare,
        prev2,
        ..
    } = *n;
    if bare
        && (prev.is_some_and(|p| matches!(p.low, "past" | "to"))
            && matches!(prev2, Some("half" | "quarter" | "twenty" | "ten" | "five")))
        || next.is_some_and(|n| matches!(n.low, "o'clock" | "o’clock"))
        || (next.is_some_and(|n| n.is("o"))
            && toks
                .get(e.end + 1)
                .is_some_and(|t| matches!(t.s, "'" | "’")))
    {
        return true;
    }
    false
}

/// An index name or wire slug ("FTSE 250", "(UPDATE 2)") or a grade ("got a 7").
fn index_slug_or_grade(n: &Near) -> bool {
    let Near {
        e,
        prev,
        next,
        bare,
        ..
    } = *n;
    if bare && e.kind == Kind::Digits {
        if let Some(p) = prev {
            // Index names and wire slugs: "FTSE 250", "(UPDATE 2)".
            if INDEX_NAMES.contains(&p.low) {
                return true;
            }
            let acronym = p.s.len() >= 2 && p.s.chars().all(|c| c.is_ascii_uppercase());
            let noun_after = next.is_some_and(|n| is_noun_word(n) || matches!(n.s, "-" | "‑"));
            if acronym && !noun_after {
                return true;
            }
            // A grade or score, not a count: "between a 5 and a 6", "got a 7".
            if matches!(p.low, "a" | "an") && !noun_after {
                return true;
            }
        }
    }
    false
}

/// "the two sides" (the story's own parties) or a determiner "one" ("moved to one
/// provider").
fn parties_or_determiner_one(n: &Near) -> bool {
    let Near {
        e,
        prev,
        next,
        first,
        bare,
        prev2,
        ..
    } = *n;
    if bare && e.kind == Kind::Words && e.core_end == e.first + 1 {
        let next_low = next.map(|n| n.low).unwrap_or("");
        // "the two sides", "the two governments’ officials": the story's own parties.
        if prev.is_some_and(|p| p.is("the"))
            && (2.0..=5.0).contains(&e.value)
            && PARTY_NOUNS.contains(&next_low)
        {
            return true;
        }
        // A bare "one" before a noun is a determiner ("moved to one provider"), unless a
        // bound or "only" makes it a count ("at least one network", "only one bus").
        if first.low == "one"
            && next.is_some_and(is_noun_word)
            && !prev.is_some_and(|p| {
                COUNT_BEFORE_ONE.contains(&p.low) || (p.is("to") && prev2 == Some("up"))
            })
        {
            return true;
        }
    }
    false
}

/// Years: "in 2004", "since 1948".
fn year(n: &Near) -> bool {
    let Near { e, bare, .. } = *n;
    if e.plain_four_digits && bare && (1000.0..=2100.0).contains(&e.value) {
        return true;
    }
    false
}

/// A fiscal year or fraction ("2003/4", "24/7"), a time ("10:30", "3 pm"), a phone
/// number or a code.
fn fraction_time_or_code(n: &Near) -> bool {
    let Near {
        toks,
        e,
        prev,
        next,
        bare,
        ..
    } = *n;
    if e.kind == Kind::Digits {
        if next.is_some_and(|n| n.s == "/") && adjacent(toks, e.core_end - 1, e.core_end) {
            return true;
        }
        if prev.is_some_and(|p| p.s == "/") && adjacent(toks, e.first - 1, e.first) {
            return true;
        }
        // Times: "10:30", "3 pm".
        if next.is_some_and(|n| n.s == ":" || n.s == ".")
            && toks
                .get(e.core_end + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
            && adjacent(toks, e.core_end - 1, e.core_end)
            && adjacent(toks, e.core_end, e.core_end + 1)
        {
            return true;
        }
        if prev.is_some_and(|p| p.s == ":") && adjacent(toks, e.first - 1, e.first) {
            return true;
        }
        if bare
            && toks
                .get(e.core_end)
                .is_some_and(|n| CLOCK_WORDS.contains(&n.low))
        {
            return true;
        }
        // Phone numbers and codes.
        if prev.is_some_and(|p| p.s == "+" || p.kind == TokenKind::Number)
            || toks
                .get(e.core_end)
                .is_some_and(|n| n.kind == TokenKind::Number)
        {
            return true;
        }
    }
    false
}

/// A day of a date ("31 December", "December 31", "Monday 12") or a street address
/// ("10 Downing Street").
fn date_or_address(n: &Near) -> bool {
    let Near {
        toks,
        e,
        prev,
        bare,
        ..
    } = *n;
    if e.kind == Kind::Digits {
        // Dates: "31 December", "December 31", "Monday 12".
        let day = e.value.fract() == 0.0 && (1.0..=31.0).contains(&e.value) && bare;
        let is_month = |t: Option<&Tok>| {
            t.is_some_and(|t| t.is_word() && month_number(t.low).is_some() && is_capitalized(t))
        };
        if day {
            let next_core = toks.get(e.core_end);
            let of_month =
                next_core.is_some_and(|n| n.is("of")) && is_month(toks.get(e.core_end + 1));
            if is_month(next_core) || is_month(prev) || of_month {
                return true;
            }
            if prev.is_some_and(|p| WEEKDAYS.contains(&p.low)) {
                return true;
            }
            // "Jan. 5"
            if prev.is_some_and(|p| p.s == ".") && e.first >= 2 && is_month(toks.get(e.first - 2)) {
                return true;
            }
        }
        // Street addresses: "10 Downing Street".
        if bare && e.value < 10000.0 {
            if let Some(n) = toks.get(e.core_end).filter(|n| is_capitalized(n)) {
                let street = |t: Option<&Tok>| {
                    t.is_some_and(|t| STREET_WORDS.contains(&t.low.trim_end_matches('.')))
                };
                if street(Some(n)) || n.is("downing") || street(toks.get(e.core_end + 1)) {
                    return true;
                }
            }
        }
    }
    false
}

/// Labels: "No. 10", "Section 5", "number one", "World War Two".
fn label(n: &Near) -> bool {
    let Near {
        toks,
        e,
        prev,
        bare,
        ..
    } = *n;
    if let Some(p) = prev {
        let label = LABEL_WORDS.contains(&p.low);
        // "iPhone 15": a brand with a capital inside.
        let branded = p.s.chars().skip(1).any(|c| c.is_uppercase());
        let always = LABEL_WORDS_ALWAYS.contains(&p.low);
        if (always || (label && (branded || is_capitalized(p)))) && bare && !e.prefixed_currency {
            return true;
        }
        // "No. 10" is tokenised "No" "." "10".
        if p.s == "." && e.first >= 2 && toks[e.first - 2].low == "no" {
            return true;
        }
    }
    false
}

/// "called 999", "dial 112".
fn dialled(n: &Near) -> bool {
    let Near { prev, bare, .. } = *n;
    if bare && prev.is_some_and(|p| DIAL_WORDS.contains(&p.low)) {
        return true;
    }
    false
}

/// Scores: "won 3-1", "2–0" are read whole (`NumExpr::score`); a second side met on
/// its own is not a figure.
fn second_side_of_score(n: &Near) -> bool {
    let Near { toks, e, bare, .. } = *n;
    if e.kind == Kind::Digits && bare && !e.score {
        if let (Some(d), Some(n2)) = (toks.get(e.core_end), toks.get(e.core_end + 1)) {
            if matches!(d.s, "-" | "–" | "—")
                && n2.kind == TokenKind::Number
                && adjacent(toks, e.core_end - 1, e.core_end)
                && adjacent(toks, e.core_end, e.core_end + 1)
                && n2
                    .s
                    .parse::<f64>()
                    .is_ok_and(|v| v <= e.value && e.value < 100.0)
            {
                return true;
            }
        }
        if let (Some(d), Some(n0)) = (
            e.first.checked_sub(1).and_then(|k| toks.get(k)),
            e.first.checked_sub(2).and_then(|k| toks.get(k)),
        ) {
            if matches!(d.s, "-" | "–" | "—")
                && n0.kind == TokenKind::Number
                && adjacent(toks, e.first - 2, e.first - 1)
                && adjacent(toks, e.first - 1, e.first)
                && n0.s.parse::<f64>().is_ok_and(|v| v >= e.value && v < 100.0)
            {
                return true;
            }
        }
    }
    false
}

/// A number word inside a name ("BBC Two") or the pronoun "one" ("one of the", "the
/// one who").
fn name_word_or_pronoun_one(n: &Near) -> bool {
    let Near {
        toks,
        e,
        prev,
        next,
        first,
        ..
    } = *n;
    if e.kind == Kind::Words {
        // "BBC Two", "Channel Four": a capitalised number word inside a name.
        if is_capitalized(first) && prev.is_some_and(|p| p.is_word() && is_capitalized(p)) {
            return true;
        }
        if first.low == "one" && e.core_end == e.first + 1 {
            let n = toks.get(e.core_end).map(|t| t.low);
            let p = prev.map(|t| t.low);
            if n.is_some_and(|w| ONE_PRONOUN_NEXT.contains(&w))
                || n.is_none()
                || next.is_some_and(|t| t.kind == TokenKind::Punct)
                || p.is_some_and(|w| ONE_PRONOUN_PREV.contains(&w))
            {
                return true;
            }
        }
    }
    false
}
