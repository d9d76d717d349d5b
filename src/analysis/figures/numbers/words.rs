//! Number words: cardinals (through the `text2num` crate), fractions, multipliers and
//! vague magnitudes, alone, hyphenated or as a run of tokens.

use std::sync::LazyLock;

use text2num::{text2digits, Language};

use super::{lookup, parse_digits, Kind, Tok};
use crate::analysis::figures::lexicon::CURRENCY_WORDS;
use crate::analysis::segment::TokenKind;
use crate::analysis::FastSet;

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

const CARDINALS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
];

/// Plural magnitude words and their value ("thousands" → 1,000).
const MAGNITUDES: &[(&str, f64)] = &[
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

fn magnitude(w: &str) -> Option<f64> {
    MAGNITUDES.iter().find(|(m, _)| *m == w).map(|(_, v)| *v)
}

fn big_value(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Time units that "a"/"an" counts as one after a bound ("less than an hour").
const ONE_UNITS: &[&str] = &["minute", "hour", "day", "week", "month", "year", "decade"];

/// Words right before "a"/"an" that make "a fifth", "an hour" a stated amount ("by a
/// fifth", "roughly a fifth", "less than an hour").
const AMOUNT_CUES: &[&str] = &[
    "by",
    "than",
    "roughly",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "some",
    "just",
    "under",
    "approximately",
];

const BIG: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("trebled", 3.0),
    ("trebling", 3.0),
    ("quadrupled", 4.0),
    ("halved", 0.5),
    ("halving", 0.5),
];

/// "double"/"triple" count as multipliers only before these words ("double the speed",
/// "connections double immediately") or after "to"/a modal.
const MULTIPLIER_BARE: &[(&str, f64)] = &[
    ("double", 2.0),
    ("doubles", 2.0),
    ("triple", 3.0),
    ("triples", 3.0),
    ("treble", 3.0),
    ("quadruple", 4.0),
    ("halve", 0.5),
];

/// What may follow a number in one hyphenated word ("three-year", "four-year-olds").
const HYPHEN_NOUNS: &[&str] = &[
    "year", "years", "month", "week", "day", "hour", "minute", "decade", "old", "olds", "strong",
    "seat", "member", "mile", "point", "page", "storey", "story", "bedroom", "percent", "fold",
    "metre", "meter", "foot", "inch", "game", "match", "nation", "country", "man", "woman",
    "person", "time", "times", "run",
];

/// A cardinal word, or a hyphenated cardinal ("twenty-one"). The hyphen is tested
/// before the parse: this runs on every word, and `text2num` is the costly part.
fn is_cardinal(w: &str) -> bool {
    CARDINALS.contains(&w) || (w.contains('-') && cardinal_value(w).is_some())
}

/// The value of a cardinal written in words ("one hundred and fifty", "twenty-one").
pub fn cardinal_value(words: &str) -> Option<f64> {
    let words = words.trim();
    if words.is_empty()
        || !words
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
    {
        return None;
    }
    let digits = text2digits(words, &*ENGLISH).ok()?;
    digits.parse::<f64>().ok()
}

fn denominator(w: &str) -> Option<f64> {
    DENOMINATORS.iter().find(|(d, _)| *d == w).map(|(_, v)| *v)
}

/// Number words as parts of one hyphenated token or a run of tokens: the value and how
/// many parts it used. Handles "five-and-a-half", "twenty-one", "two-thirds".
fn parse_word_parts(parts: &[&str]) -> Option<(f64, usize)> {
    if parts.is_empty() {
        return None;
    }
    // Fractions: "two-thirds", "three quarters".
    if parts.len() >= 2 {
        if let (Some(n), Some(d)) = (cardinal_value(parts[0]), denominator(parts[1])) {
            if n < d {
                return Some((n / d, 2));
            }
        }
    }
    // Longest run of cardinal words, with "and" between big words and the rest.
    let mut best: Option<(f64, usize)> = None;
    let mut n = 0;
    while n < parts.len() {
        let p = parts[n];
        let ok = is_cardinal(p)
            || (p == "and"
                && n > 0
                && BIG.contains(&parts[n - 1])
                && parts.get(n + 1).is_some_and(|q| is_cardinal(q)));
        if !ok {
            break;
        }
        n += 1;
        if p != "and" {
            let joined = parts[..n].join(" ");
            if let Some(v) = cardinal_value(&joined) {
                best = Some((v, n));
            } else if let Some(v) = cardinal_value(&parts[..n].join("-")) {
                best = Some((v, n));
            }
        }
    }
    let (mut v, mut used) = best?;
    // "... and a half", "... and a quarter"
    if parts.len() >= used + 3 && parts[used] == "and" && parts[used + 1] == "a" {
        if let Some(d) = denominator(parts[used + 2]) {
            v += 1.0 / d;
            used += 3;
        }
    }
    // "two dozen"
    if parts.get(used) == Some(&"dozen") {
        v *= 12.0;
        used += 1;
    }
    Some((v, used))
}

/// What number words read as: value, token after them, kind, and the noun rest of a
/// hyphenated word.
type WordCore = (f64, usize, Kind, Option<String>);

/// A step's verdict on the words at a token: `None` when the step does not apply,
/// `Some(reading)` when it decides (a reading of `None` means "not a number").
type Verdict = Option<Option<WordCore>>;

/// Number words at token `j`, tried from the most specific shape to the plainest run.
pub(super) fn parse_word_core(toks: &[Tok], j: usize) -> Option<WordCore> {
    if !may_start_number_words(toks[j].low) {
        return None;
    }
    read_number_words(toks, j)
}

/// The steps of `parse_word_core`, without its first test.
fn read_number_words(toks: &[Tok], j: usize) -> Option<WordCore> {
    let at = At::new(toks, j);
    multiplier(&at)
        .or_else(|| twice_or_half(&at))
        .or_else(|| vague_magnitude(&at))
        .or_else(|| article_number(&at))
        .or_else(|| hyphenated(&at))
        .unwrap_or_else(|| cardinal_run(toks, j))
}

/// Every word the steps of `parse_word_core` can start on: a hyphenated word, or one
/// of their table words. This runs on every word of the draft, most of which start
/// none, and a set lookup is cheaper than asking each step in turn.
fn may_start_number_words(low: &str) -> bool {
    static STARTS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
        let tables = [MULTIPLIERS, MULTIPLIER_BARE, MAGNITUDES];
        let table_words = tables.into_iter().flatten().map(|(w, _)| *w);
        let step_words = ["twice", "half", "tens", "hundreds", "a", "an"];
        table_words
            .chain(step_words)
            .chain(CARDINALS.iter().copied())
            .collect()
    });
    STARTS.contains(low) || low.contains('-') || low.contains('‑')
}

/// The token being read and its neighbours, lower-cased.
struct At<'t, 'a> {
    toks: &'t [Tok<'a>],
    j: usize,
    low: &'a str,
    next: Option<&'a str>,
    prev: Option<&'a str>,
}

impl<'t, 'a> At<'t, 'a> {
    fn new(toks: &'t [Tok<'a>], j: usize) -> Self {
        At {
            toks,
            j,
            low: toks[j].low,
            next: toks.get(j + 1).map(|x| x.low),
            prev: j.checked_sub(1).map(|p| toks[p].low),
        }
    }

    fn word(&self, k: usize) -> Option<&'a str> {
        self.toks.get(k).map(|x| x.low)
    }

    fn currency_at(&self, k: usize) -> bool {
        self.word(k)
            .is_some_and(|w| lookup(CURRENCY_WORDS, w).is_some())
    }
}

/// "doubled", "tripled"; a bare "double" or "triple" only where it is a verb or a
/// multiplier ("double the rent", "could triple"), not a noun ("a double").
fn multiplier(at: &At) -> Verdict {
    let (low, next, prev, j) = (at.low, at.next, at.prev, at.j);
    if let Some(v) = MULTIPLIERS.iter().find(|(w, _)| *w == low).map(|(_, v)| *v) {
        return Some(Some((v, j + 1, Kind::Multiplier, None)));
    }
    let v = MULTIPLIER_BARE
        .iter()
        .find(|(w, _)| *w == low)
        .map(|(_, v)| *v)?;
    let after_ok = matches!(
        next,
        Some("the" | "its" | "their" | "his" | "her" | "our" | "that" | "in" | "to" | "by")
    ) || next.is_some_and(|n| n.ends_with("ly"));
    let before_ok = matches!(
        prev,
        Some("to" | "will" | "would" | "could" | "can" | "may" | "might" | "should")
    );
    Some((after_ok || before_ok).then_some((v, j + 1, Kind::Multiplier, None)))
}

/// "twice as many", "scored twice", "half the country", "half a million".
fn twice_or_half(at: &At) -> Verdict {
    let (low, next, prev, j) = (at.low, at.next, at.prev, at.j);
    if low == "twice" && matches!(next, Some("as" | "the")) {
        return Some(Some((2.0, j + 1, Kind::Multiplier, None)));
    }
    // "scored twice", "twice declined": a count of times.
    if low == "twice" {
        return Some(Some((2.0, j + 1, Kind::Words, None)));
    }
    if low != "half" {
        return None;
    }
    // "half the country", "half of them"
    if matches!(
        next,
        Some("of" | "the" | "its" | "their" | "his" | "her" | "our" | "all")
    ) && prev != Some("a")
    {
        return Some(Some((0.5, j + 1, Kind::Fraction, None)));
    }
    // "half a million"
    if next == Some("a") {
        if let Some(b) = at.word(j + 2).and_then(big_value) {
            return Some(Some((0.5 * b, j + 3, Kind::Words, None)));
        }
    }
    None
}

/// "tens of millions", "hundreds of thousands", "thousands" standing alone, and
/// "millions of dollars": a vague magnitude that is still a claim. "thousands of
/// shops" is colour, not a count, and is left alone.
fn vague_magnitude(at: &At) -> Verdict {
    let (low, next, prev, j) = (at.low, at.next, at.prev, at.j);
    if matches!(low, "tens" | "hundreds") && next == Some("of") {
        if let Some(m) = at.word(j + 2).and_then(magnitude) {
            let v = if low == "tens" { 10.0 } else { 100.0 } * m;
            let k = if at.word(j + 3) == Some("of") && at.currency_at(j + 4) {
                j + 4
            } else {
                j + 3
            };
            return Some(Some((v, k, Kind::Magnitude, None)));
        }
    }
    let m = magnitude(low)?;
    if next == Some("of") {
        return Some(
            at.currency_at(j + 2)
                .then_some((m, j + 2, Kind::Magnitude, None)),
        );
    }
    if prev == Some("of") || at.currency_at(j + 1) {
        return Some(None);
    }
    Some(Some((m, j + 1, Kind::Magnitude, None)))
}

/// "a third of", "a quarter of", "a dozen", "a hundred", "more than a decade".
fn article_number(at: &At) -> Verdict {
    if at.low != "a" && at.low != "an" {
        return None;
    }
    Some(after_article(at))
}

fn after_article(at: &At) -> Option<WordCore> {
    let (prev, j) = (at.prev, at.j);
    let w = at.next?;
    if let Some(d) = denominator(w) {
        // "a quarter century", "a half century": the unit follows.
        if matches!(at.word(j + 2), Some("century" | "centuries")) {
            return Some((1.0 / d, j + 2, Kind::Words, None));
        }
        // "a quarter of a million"
        if at.word(j + 2) == Some("of") && at.word(j + 3) == Some("a") {
            if let Some(b) = at.word(j + 4).and_then(big_value) {
                return Some((b / d, j + 5, Kind::Words, None));
            }
        }
        if at.word(j + 2) == Some("of") && w != "halves" {
            return Some((1.0 / d, j + 2, Kind::Fraction, None));
        }
        // "fell by a fifth", "roughly a fifth"
        if prev.is_some_and(|p| AMOUNT_CUES.contains(&p)) && w != "halves" {
            return Some((1.0 / d, j + 2, Kind::Fraction, None));
        }
        return None;
    }
    // "less than an hour", "more than a decade"
    // Not "by a week of rain": a time that names a period of something else.
    if ONE_UNITS.contains(&w)
        && prev.is_some_and(|p| AMOUNT_CUES.contains(&p))
        && at.word(j + 2) != Some("of")
    {
        return Some((1.0, j + 1, Kind::Words, None));
    }
    if w == "dozen" {
        return Some((12.0, j + 2, Kind::Words, None));
    }
    if matches!(
        w,
        "hundred" | "thousand" | "million" | "billion" | "trillion"
    ) {
        let v = cardinal_value(&format!("one {w}"))?;
        return Some((v, j + 2, Kind::Words, None));
    }
    None
}

/// One hyphenated token: "five-and-a-half", "two-thirds", "four-year-olds", "over-70s".
fn hyphenated(at: &At) -> Verdict {
    let low = at.low;
    if !low.contains('-') && !low.contains('‑') {
        return None;
    }
    let parts: Vec<&str> = low.split(['-', '‑']).collect();
    Some(hyphenated_parts(at, &parts))
}

fn hyphenated_parts(at: &At, parts: &[&str]) -> Option<WordCore> {
    let j = at.j;
    if parts.len() == 2 && matches!(parts[0], "over" | "under") {
        let digits = parts[1].strip_suffix('s')?;
        let v = digits.parse::<f64>().ok()?;
        return Some((v, j + 1, Kind::Digits, None));
    }
    let (v, used) = parse_word_parts(parts)?;
    if used == parts.len() {
        if denominator(parts[used - 1]).is_some() && parts.len() == 2 {
            return Some((v, j + 1, Kind::Fraction, None));
        }
        return word_run_tail(at.toks, j + 1, v);
    }
    let rest = parts[used..].join("-");
    if !HYPHEN_NOUNS.contains(&parts[used]) {
        return None;
    }
    if parts[0] == "one" && !matches!(parts[used], "year" | "month" | "week" | "day" | "hour") {
        return None;
    }
    Some((v, j + 1, Kind::Words, Some(rest)))
}

/// A run of number words over several tokens: "one hundred and fifty", "two dozen",
/// "two and a half", "twelve". A bare "million" or "hundred" ("several million") is not
/// a number on its own.
fn cardinal_run(toks: &[Tok], j: usize) -> Option<WordCore> {
    let low = toks[j].low;
    if !is_cardinal(low) || BIG.contains(&low) {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut k = j;
    while let Some(x) = toks.get(k) {
        let w = x.low;
        let ok = is_cardinal(w)
            || (w == "and"
                && words.last().is_some_and(|l| BIG.contains(l))
                && toks.get(k + 1).is_some_and(|n| is_cardinal(n.low)));
        if !ok || !x.is_word() {
            break;
        }
        words.push(w);
        k += 1;
    }
    let (v, used) = parse_word_parts(&words)?;
    word_run_tail(toks, j + used, v)
}

/// After cardinal words: "and a half", "dozen", "in three" (one in three).
fn word_run_tail(toks: &[Tok], k: usize, v: f64) -> Option<WordCore> {
    let w = |i: usize| toks.get(i).map(|t| t.low);
    if w(k) == Some("and") && matches!(w(k + 1), Some("a" | "one")) {
        if let Some(d) = w(k + 2).and_then(denominator) {
            return Some((v + 1.0 / d, k + 3, Kind::Words, None));
        }
    }
    if w(k) == Some("dozen") {
        return Some((v * 12.0, k + 1, Kind::Words, None));
    }
    // "two thirds of"
    if let Some(d) = w(k).and_then(denominator) {
        if v < d && (w(k + 1) == Some("of") || w(k).is_some_and(|x| x.ends_with('s'))) {
            return Some((v / d, k + 1, Kind::Fraction, None));
        }
    }
    if let Some(rest) = fraction_in(toks, k, v) {
        return Some(rest);
    }
    Some((v, k, Kind::Words, None))
}

/// "one in three": after the first number, "in" and a second small number.
fn fraction_in(toks: &[Tok], k: usize, v: f64) -> Option<WordCore> {
    if !toks.get(k).is_some_and(|t| t.is("in")) {
        return None;
    }
    let d = toks.get(k + 1)?;
    let dv = if d.kind == TokenKind::Number {
        if d.s.len() > 3 {
            return None;
        }
        parse_digits(d.s)?
    } else if d.is_word() && is_cardinal(d.low) {
        cardinal_value(d.low)?
    } else {
        return None;
    };
    if dv > v && dv <= 1000.0 && v >= 1.0 {
        Some((v / dv, k + 2, Kind::Fraction, None))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_through_text2num() {
        assert_eq!(cardinal_value("one hundred and fifty"), Some(150.0));
        assert_eq!(cardinal_value("twenty-one"), Some(21.0));
        assert_eq!(cardinal_value("twenty twelve"), None);
        assert_eq!(cardinal_value("1.5"), None);
    }

    #[test]
    fn only_number_words_pass_the_first_test() {
        for w in [
            "seven",
            "a",
            "half",
            "tripled",
            "thousands",
            "forty-two",
            "one‑third",
        ] {
            assert!(may_start_number_words(w), "{w}");
        }
        for w in [
            "seventh",
            "dozen",
            "the",
            "halfway",
            "millionaire",
            "tenner",
        ] {
            assert!(!may_start_number_words(w), "{w}");
        }
    }

    /// The first test turns away only words the steps would read as no number, in any
    /// neighbourhood: each word is tried alone and after and before the words that
    /// change what the steps read ("a", "half", "of", "and").
    #[test]
    fn words_the_first_test_turns_away_read_as_no_number() {
        let around = ["a", "an", "half", "of", "and", "in", "to", "the", "dollars"];
        let words = [
            "seventh",
            "dozen",
            "the",
            "halfway",
            "millionaire",
            "of",
            "and",
            "in",
            "dollars",
            "twelfth",
            "once",
            "hundredth",
            "score",
            "pair",
            "couple",
            "none",
        ];
        let tok = |w: &'static str| Tok {
            span: crate::analysis::span::Span::new(0, w.len()),
            kind: TokenKind::Word,
            s: w,
            low: w,
        };
        for w in words {
            assert!(!may_start_number_words(w), "{w}");
            let mut runs = vec![vec![tok(w)]];
            for n in around {
                runs.push(vec![tok(n), tok(w), tok(n)]);
                runs.push(vec![tok(w), tok(n), tok(n)]);
            }
            for toks in runs {
                let j = toks.iter().position(|t| t.low == w).unwrap_or(0);
                assert_eq!(read_number_words(&toks, j), None, "{w} in {toks:?}");
            }
        }
    }

    #[test]
    fn word_parts() {
        assert_eq!(
            parse_word_parts(&["five", "and", "a", "half"]),
            Some((5.5, 4))
        );
        assert_eq!(parse_word_parts(&["two", "dozen"]), Some((24.0, 2)));
        assert_eq!(
            parse_word_parts(&["two", "thirds"]).map(|(v, n)| ((v * 1000.0).round(), n)),
            Some((667.0, 2))
        );
        assert_eq!(parse_word_parts(&["four", "year", "olds"]), Some((4.0, 1)));
        assert_eq!(parse_word_parts(&["off"]), None);
    }
}
