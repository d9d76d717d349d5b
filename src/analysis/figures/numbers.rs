//! Reading one number expression at a token position: digits with separators, number
//! words (cardinals through the `text2num` crate), fractions, multipliers, currencies,
//! scale words, percentages and units.

use std::sync::LazyLock;

use text2num::{text2digits, Language};

use super::lexicon::{
    years_per, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, SCALES, UNITS,
};
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

/// A token of one sentence with its text.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub s: &'a str,
    pub low: &'a str,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is(&self, w: &str) -> bool {
        self.low == w
    }
}

/// Tokens `a` and `b` touch (no space between them).
pub fn adjacent(toks: &[Tok], a: usize, b: usize) -> bool {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.span.end == y.span.start,
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Digits ("1,500", "3.5").
    Digits,
    /// Number words ("twelve", "two dozen", "five-and-a-half").
    Words,
    /// A share of a whole ("a third", "one in three", "two-thirds").
    Fraction,
    /// "doubled", "triple", "three times".
    Multiplier,
    /// A vague magnitude: "thousands", "tens of millions of pounds" (its lowest value).
    Magnitude,
}

/// One number expression: from its currency prefix (if any) to its last unit word.
#[derive(Debug, Clone, PartialEq)]
pub struct NumExpr {
    pub first: usize,
    /// Token after the digits or number words, before any scale or unit.
    pub core_end: usize,
    /// Token after the whole expression.
    pub end: usize,
    pub value: f64,
    pub unit: Option<String>,
    pub kind: Kind,
    /// A scale word or suffix was read ("3.2bn", "1.5 million").
    pub scaled: bool,
    /// A currency was read before the digits.
    pub prefixed_currency: bool,
    /// Written as a plain integer of four digits, no separators (a possible year).
    pub plain_four_digits: bool,
    /// Ends in a hyphenated word whose rest is a noun ("four-year-olds", "10-year").
    pub hyphen_rest: Option<String>,
    /// A score written with a dash ("won 4-0", "a 2-2 draw"): the value is the first
    /// side's.
    pub score: bool,
}

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

fn is_cardinal(w: &str) -> bool {
    CARDINALS.contains(&w) || cardinal_value(w).is_some_and(|_| w.contains('-'))
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

fn lookup<'l>(table: &'l [(&str, &'l str)], w: &str) -> Option<&'l str> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Parses digits with separators; `None` for codes with a leading zero ("07700").
fn parse_digits(s: &str) -> Option<f64> {
    let bytes = s.as_bytes();
    if bytes.len() > 1 && bytes[0] == b'0' && bytes[1] != b'.' {
        return None;
    }
    if s.contains(',') {
        // Groups of three after the first comma; "1,5" is not 1.5 in English copy.
        let int = s.split('.').next().unwrap_or("");
        let mut groups = int.split(',');
        let head = groups.next().unwrap_or("");
        if head.is_empty() || head.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    s.replace(',', "").parse::<f64>().ok()
}

/// Number words as parts of one hyphenated token or a run of tokens: the value and how
/// many parts it used. Handles "five-and-a-half", "twenty-one", "two-thirds".
pub fn parse_word_parts(parts: &[&str]) -> Option<(f64, usize)> {
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

/// Reads the number expression that starts at token `i`, if one does.
pub fn parse_at(toks: &[Tok], i: usize) -> Option<NumExpr> {
    let (currency, j) = currency_before(toks, i)?;
    let prefixed_currency = currency.is_some();
    if !prefixed_currency {
        if let Some(e) = race_time(toks, i) {
            return Some(e);
        }
    }
    let core = toks.get(j)?;
    let Core {
        value,
        end: core_end,
        kind,
        plain_four_digits,
        hyphen_rest,
    } = read_core(toks, j, prefixed_currency)?;
    let mut r = Reading {
        value,
        k: core_end,
        unit: currency,
        scaled: false,
        hyphen_rest,
    };
    if kind == Kind::Words && core.is("twice") {
        r.unit = Some("times".into());
    }
    if kind == Kind::Digits {
        r.digit_suffix(toks, j)?;
    }
    r.scale_word(toks, kind);
    r.percent(toks, kind);
    r.points(toks);
    r.unit_word(toks, kind);
    r.decades_and_centuries(toks, j);
    r.mixed_duration(toks);
    let Reading {
        value,
        mut k,
        unit,
        scaled,
        hyphen_rest,
    } = r;
    let score = kind == Kind::Digits && unit.is_none() && !scaled && is_score(toks, core_end);
    if score {
        k = core_end + 2;
    }
    Some(NumExpr {
        first: i,
        core_end,
        end: k,
        value,
        unit,
        kind,
        scaled,
        prefixed_currency,
        plain_four_digits,
        hyphen_rest,
        score,
    })
}

/// A currency written before the digits ("£", "US$", "USD 5m") and the token the
/// digits start at; `None` when a currency symbol has no digits straight after it.
fn currency_before(toks: &[Tok], i: usize) -> Option<(Option<String>, usize)> {
    let t = toks.get(i)?;
    let mut currency: Option<String> = None;
    let mut j = i;
    if t.kind == TokenKind::Punct {
        let code = lookup(CURRENCY_SYMBOLS, t.s)?;
        if toks.get(i + 1)?.kind != TokenKind::Number || !adjacent(toks, i, i + 1) {
            return None;
        }
        currency = Some(code.to_string());
        j = i + 1;
    } else if t.is_word() {
        if let Some(code) = lookup(DOLLAR_PREFIXES, t.s) {
            if toks.get(i + 1).is_some_and(|d| d.s == "$")
                && adjacent(toks, i, i + 1)
                && adjacent(toks, i + 1, i + 2)
                && toks.get(i + 2)?.kind == TokenKind::Number
            {
                currency = Some(code.to_string());
                j = i + 2;
            }
        }
        if currency.is_none()
            && CURRENCY_CODES.contains(&t.s)
            && toks.get(i + 1).is_some_and(|d| d.kind == TokenKind::Number)
        {
            currency = Some(t.s.to_string());
            j = i + 1;
        }
    }
    Some((currency, j))
}

/// The digits or number words of an expression, before any scale or unit.
struct Core {
    value: f64,
    /// The token after them.
    end: usize,
    kind: Kind,
    /// Four plain digits: a possible year.
    plain_four_digits: bool,
    /// A hyphenated rest of number words ("five-year").
    hyphen_rest: Option<String>,
}

/// The digits or number words at `j`.
fn read_core(toks: &[Tok], j: usize, prefixed_currency: bool) -> Option<Core> {
    let core = toks.get(j)?;
    if core.kind == TokenKind::Number {
        let mut v = parse_digits(core.s)?;
        let mut k = j + 1;
        // "12 000": a thin-space or space group of three digits.
        if let Some(next) = toks.get(k) {
            let gap = next.span.start.saturating_sub(core.span.end);
            if next.kind == TokenKind::Number
                && gap == 1
                && next.s.len() == 3
                && next.s.bytes().all(|b| b.is_ascii_digit())
                && core.s.len() <= 3
                && core.s.bytes().all(|b| b.is_ascii_digit())
            {
                v = v * 1000.0 + parse_digits(next.s).unwrap_or(0.0);
                k += 1;
            }
        }
        let four = k == j + 1 && core.s.len() == 4 && core.s.bytes().all(|b| b.is_ascii_digit());
        Some(Core {
            value: v,
            end: k,
            kind: Kind::Digits,
            plain_four_digits: four,
            hyphen_rest: None,
        })
    } else if core.is_word() && !prefixed_currency {
        let (v, k, kind, rest) = parse_word_core(toks, j)?;
        Some(Core {
            value: v,
            end: k,
            kind,
            plain_four_digits: false,
            hyphen_rest: rest,
        })
    } else {
        None
    }
}

/// A number expression being read past its core: the value so far, the next token, the
/// unit and scale found.
struct Reading {
    value: f64,
    k: usize,
    unit: Option<String>,
    scaled: bool,
    hyphen_rest: Option<String>,
}

impl Reading {
    /// Suffixes written straight after the digits: "3.2bn", "40%", "2Mbps", "50p",
    /// "10-year". `None` for a suffix that makes it no figure we read ("1990s", "3pm").
    fn digit_suffix(&mut self, toks: &[Tok], j: usize) -> Option<()> {
        let k = self.k;
        let Some(sfx) = toks.get(k).filter(|_| adjacent(toks, k - 1, k)) else {
            return Some(());
        };
        if sfx.s == "%" {
            self.unit = Some("%".into());
            self.k += 1;
        } else if sfx.is_word() {
            let w = sfx.low;
            if w == "m" && self.unit.is_none() && reads_as_metres(toks, j, k) {
                self.unit = Some("m".into());
                self.k += 1;
            } else if let Some((_, m, _)) = SCALES.iter().find(|(s, _, _)| *s == w) {
                self.value *= m;
                self.scaled = true;
                self.k += 1;
            } else if let Some(u) = lookup(UNITS, w) {
                self.unit = Some(u.to_string());
                self.k += 1;
            } else if w == "p" && self.unit.is_none() {
                self.unit = Some("GBX".into());
                self.k += 1;
            } else {
                // "1990s", "21st", "3pm", "4G": not a figure we read.
                return None;
            }
        } else if sfx.s == "-" || sfx.s == "‑" {
            // "10-year"
            if let Some(u) = toks.get(k + 1).filter(|_| adjacent(toks, k, k + 1)) {
                // "13.8-billion-year": a scale word before the unit.
                let (m, rest) = match u.low.split_once(['-', '‑']) {
                    Some((sc, rest)) => match SCALES.iter().find(|(s, _, sfx)| !sfx && *s == sc) {
                        Some((_, m, _)) => (*m, rest),
                        None => (1.0, u.low),
                    },
                    None => (1.0, u.low),
                };
                if let Some(name) = lookup(UNITS, rest) {
                    self.unit = Some(name.to_string());
                    self.hyphen_rest = Some(rest.to_string());
                    self.value *= m;
                    self.scaled = m > 1.0;
                    self.k += 2;
                }
            }
        }
        Some(())
    }

    /// A scale word after a space: "1.5 million", "8.6 billion".
    fn scale_word(&mut self, toks: &[Tok], kind: Kind) {
        if self.scaled || matches!(kind, Kind::Fraction | Kind::Multiplier | Kind::Magnitude) {
            return;
        }
        if let Some(w) = toks.get(self.k).filter(|w| w.is_word()) {
            if let Some((_, m, _)) = SCALES
                .iter()
                .find(|(s, _, suffix_only)| !suffix_only && *s == w.low)
            {
                if w.low != "millions" {
                    self.value *= m;
                    self.scaled = true;
                    self.k += 1;
                }
            }
        }
    }

    /// Percentages: "per cent", "percent", "pc", "pct".
    fn percent(&mut self, toks: &[Tok], kind: Kind) {
        if self.unit.as_deref() == Some("%") || kind == Kind::Multiplier {
            return;
        }
        let w0 = toks.get(self.k).map(|t| t.low);
        let w1 = toks.get(self.k + 1).map(|t| t.low);
        match (w0, w1) {
            (Some("per"), Some("cent")) => {
                self.unit = Some("%".into());
                self.k += 2;
            }
            (Some("percent" | "per-cent" | "pc" | "pct"), _) => {
                self.unit = Some("%".into());
                self.k += 1;
            }
            _ => {}
        }
    }

    /// Percentage points: "percentage points", or "points" after a percentage.
    fn points(&mut self, toks: &[Tok]) {
        let w0 = toks.get(self.k).map(|t| t.low);
        let w1 = toks.get(self.k + 1).map(|t| t.low);
        match (w0, w1) {
            (Some("percentage"), Some("point" | "points")) => {
                self.unit = Some("percentage points".into());
                self.k += 2;
            }
            (Some("points"), _) if self.unit.as_deref() == Some("%") => {
                self.unit = Some("percentage points".into());
                self.k += 1;
            }
            _ => {}
        }
    }

    /// Currency or unit words after the amount ("300 million euros", "5 km", "3 times").
    fn unit_word(&mut self, toks: &[Tok], kind: Kind) {
        if self.unit.is_some() || kind == Kind::Multiplier {
            return;
        }
        let Some(w) = toks.get(self.k).filter(|w| w.is_word()) else {
            return;
        };
        let low = w.low;
        if let Some(code) = lookup(CURRENCY_WORDS, low) {
            // "won" and "p" are too ambiguous as separate words.
            if !(low == "p" || (low == "won" && !self.scaled)) {
                self.unit = Some(code.to_string());
                self.k += 1;
            }
        } else if CURRENCY_CODES.contains(&w.s) {
            self.unit = Some(w.s.to_string());
            self.k += 1;
        } else if let Some(u) = lookup(UNITS, low) {
            self.unit = Some(u.to_string());
            self.k += 1;
        } else if low == "times" {
            self.unit = Some("times".into());
            self.k += 1;
        }
    }

    /// "a decade" is ten years; "a quarter century" is 25 years.
    fn decades_and_centuries(&mut self, toks: &[Tok], j: usize) {
        if self.unit.as_deref() == Some("decades") && matches!(toks[j].low, "a" | "an") {
            self.value *= 10.0;
            self.unit = Some("years".into());
        }
        if self.unit.as_deref() == Some("centuries") {
            self.value *= 100.0;
            self.unit = Some("years".into());
        }
    }

    /// Durations in mixed units: "five years and eight months", "two minutes, 35.39
    /// seconds". A timing that ends in seconds is read in seconds, as results give it.
    fn mixed_duration(&mut self, toks: &[Tok]) {
        let Some(per1) = self.unit.as_deref().and_then(years_per) else {
            return;
        };
        if !toks.get(self.k).is_some_and(|t| t.is("and") || t.s == ",") {
            return;
        }
        let Some(next) = parse_at(toks, self.k + 1) else {
            return;
        };
        if let Some(per2) = next.unit.as_deref().and_then(years_per) {
            if per2 < per1 && next.kind != Kind::Fraction {
                if next.unit.as_deref() == Some("seconds") {
                    self.value = self.value * per1 / per2 + next.value;
                    self.unit = next.unit.clone();
                } else {
                    self.value += next.value * per2 / per1;
                }
                self.k = next.end;
            }
        }
    }
}

/// Whether "4.88m" is metres, not millions: no currency, and no plural noun, "of" or
/// currency word after it ("5m people", "5m of them", "500m euros" are millions), and
/// either two decimals ("4.88m"), a singular noun after it ("the 200m final", "a 5m
/// barrier") or "the" before it and nothing after ("won the 200m.").
fn reads_as_metres(toks: &[Tok], core: usize, sfx: usize) -> bool {
    let next = toks.get(sfx + 1);
    let word_after = next.filter(|t| t.is_word());
    if let Some(w) = word_after {
        let plural = w.low.len() > 3 && w.low.ends_with('s') && !w.low.ends_with("ss");
        if plural || w.is("of") || lookup(CURRENCY_WORDS, w.low).is_some() {
            return false;
        }
    }
    let two_decimals = toks[core]
        .s
        .split_once('.')
        .is_some_and(|(_, d)| d.len() == 2);
    let singular_noun = word_after.is_some_and(|w| {
        w.low.len() > 2 && !matches!(w.low, "and" | "or" | "in" | "to" | "at" | "but" | "for")
    });
    let the_before = core.checked_sub(1).is_some_and(|p| toks[p].is("the")) && word_after.is_none();
    two_decimals || singular_noun || the_before
}

/// A race time to hundredths, "8:41.43" (minutes, a colon, seconds with decimals), read
/// in seconds. A clock time ("10:30") has no decimals and is not one.
fn race_time(toks: &[Tok], i: usize) -> Option<NumExpr> {
    let (m, colon, s) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    let digits = |t: &Tok| t.kind == TokenKind::Number && !t.s.contains(',');
    let joined = adjacent(toks, i, i + 1) && adjacent(toks, i + 1, i + 2);
    if !(digits(m) && colon.s == ":" && digits(s) && joined) || m.s.contains('.') {
        return None;
    }
    let (whole, frac) = s.s.split_once('.')?;
    if whole.len() != 2 || frac.is_empty() || toks.get(i + 3).is_some_and(|t| t.s == ":") {
        return None;
    }
    let seconds: f64 = s.s.parse().ok()?;
    let minutes: f64 = m.s.parse().ok()?;
    (seconds < 60.0).then_some(NumExpr {
        first: i,
        core_end: i + 3,
        end: i + 3,
        value: minutes * 60.0 + seconds,
        unit: Some("seconds".into()),
        kind: Kind::Digits,
        scaled: false,
        prefixed_currency: false,
        plain_four_digits: false,
        hyphen_rest: None,
        score: false,
    })
}

/// A score after the digits at `k - 1`: a dash and a second whole number no larger,
/// all touching, both under 100 ("4-0", "2–2"). A range ("10-15") rises instead.
fn is_score(toks: &[Tok], k: usize) -> bool {
    let (Some(first), Some(dash), Some(second)) = (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) else {
        return false;
    };
    let whole = |t: &Tok| {
        t.kind == TokenKind::Number && t.s.bytes().all(|b| b.is_ascii_digit()) && t.s.len() <= 2
    };
    matches!(dash.s, "-" | "–" | "—")
        && whole(first)
        && whole(second)
        && adjacent(toks, k - 1, k)
        && adjacent(toks, k, k + 1)
        && second.s.parse::<u32>().ok() <= first.s.parse::<u32>().ok()
        // "4-0-1" or "2-1-3": a code, not a score.
        && !toks.get(k + 2).is_some_and(|t| matches!(t.s, "-" | "–") && adjacent(toks, k + 1, k + 2))
}

/// Number words at token `j`: value, token after them, kind, and the noun rest of a
/// hyphenated word.
fn parse_word_core(toks: &[Tok], j: usize) -> Option<(f64, usize, Kind, Option<String>)> {
    let t = &toks[j];
    let low = t.low;
    let next = toks.get(j + 1).map(|x| x.low);
    let prev = j.checked_sub(1).map(|p| toks[p].low);

    if let Some(v) = MULTIPLIERS.iter().find(|(w, _)| *w == low).map(|(_, v)| *v) {
        return Some((v, j + 1, Kind::Multiplier, None));
    }
    if let Some(v) = MULTIPLIER_BARE
        .iter()
        .find(|(w, _)| *w == low)
        .map(|(_, v)| *v)
    {
        let after_ok = matches!(
            next,
            Some("the" | "its" | "their" | "his" | "her" | "our" | "that" | "in" | "to" | "by")
        ) || next.is_some_and(|n| n.ends_with("ly"));
        let before_ok = matches!(
            prev,
            Some("to" | "will" | "would" | "could" | "can" | "may" | "might" | "should")
        );
        if after_ok || before_ok {
            return Some((v, j + 1, Kind::Multiplier, None));
        }
        return None;
    }
    if low == "twice" && matches!(next, Some("as" | "the")) {
        return Some((2.0, j + 1, Kind::Multiplier, None));
    }
    // "scored twice", "twice declined": a count of times.
    if low == "twice" {
        return Some((2.0, j + 1, Kind::Words, None));
    }
    // "half the country", "half of them"
    if low == "half"
        && matches!(
            next,
            Some("of" | "the" | "its" | "their" | "his" | "her" | "our" | "all")
        )
        && prev != Some("a")
    {
        return Some((0.5, j + 1, Kind::Fraction, None));
    }
    // "tens of millions", "hundreds of thousands", "thousands" standing alone, and
    // "millions of dollars": a vague magnitude that is still a claim. "thousands of
    // shops" is colour, not a count, and is left alone.
    let word = |k: usize| toks.get(k).map(|x| x.low);
    let currency_at = |k: usize| word(k).is_some_and(|w| lookup(CURRENCY_WORDS, w).is_some());
    if matches!(low, "tens" | "hundreds") && next == Some("of") {
        if let Some(m) = word(j + 2).and_then(magnitude) {
            let v = if low == "tens" { 10.0 } else { 100.0 } * m;
            let k = if word(j + 3) == Some("of") && currency_at(j + 4) {
                j + 4
            } else {
                j + 3
            };
            return Some((v, k, Kind::Magnitude, None));
        }
    }
    if let Some(m) = magnitude(low) {
        if next == Some("of") {
            if currency_at(j + 2) {
                return Some((m, j + 2, Kind::Magnitude, None));
            }
            return None;
        }
        if prev == Some("of") || next.is_some_and(|n| lookup(CURRENCY_WORDS, n).is_some()) {
            return None;
        }
        return Some((m, j + 1, Kind::Magnitude, None));
    }
    // "half a million"
    if low == "half" && next == Some("a") {
        if let Some(b) = word(j + 2).and_then(big_value) {
            return Some((0.5 * b, j + 3, Kind::Words, None));
        }
    }
    // "a third of", "a quarter of", "a dozen", "a hundred".
    if low == "a" || low == "an" {
        let w = next?;
        if let Some(d) = denominator(w) {
            // "a quarter century", "a half century": the unit follows.
            if matches!(word(j + 2), Some("century" | "centuries")) {
                return Some((1.0 / d, j + 2, Kind::Words, None));
            }
            // "a quarter of a million"
            if word(j + 2) == Some("of") && word(j + 3) == Some("a") {
                if let Some(b) = word(j + 4).and_then(big_value) {
                    return Some((b / d, j + 5, Kind::Words, None));
                }
            }
            if toks.get(j + 2).is_some_and(|x| x.is("of")) && w != "halves" {
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
            && word(j + 2) != Some("of")
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
        return None;
    }
    // One hyphenated token: "five-and-a-half", "two-thirds", "four-year-olds", "over-70s".
    if low.contains('-') || low.contains('‑') {
        let parts: Vec<&str> = low.split(['-', '‑']).collect();
        if parts.len() == 2 && matches!(parts[0], "over" | "under") {
            let digits = parts[1].strip_suffix('s')?;
            let v = digits.parse::<f64>().ok()?;
            return Some((v, j + 1, Kind::Digits, None));
        }
        let (v, used) = parse_word_parts(&parts)?;
        if used == parts.len() {
            let kind = if denominator(parts[used - 1]).is_some() && parts.len() == 2 {
                Kind::Fraction
            } else {
                Kind::Words
            };
            if kind == Kind::Fraction {
                return Some((v, j + 1, kind, None));
            }
            return word_run_tail(toks, j + 1, v);
        }
        let rest = parts[used..].join("-");
        if !HYPHEN_NOUNS.contains(&parts[used]) {
            return None;
        }
        if parts[0] == "one" && !matches!(parts[used], "year" | "month" | "week" | "day" | "hour") {
            return None;
        }
        return Some((v, j + 1, Kind::Words, Some(rest)));
    }
    // A run of number words over several tokens: "one hundred and fifty", "two dozen",
    // "two and a half", "twelve".
    // A bare "million" or "hundred" ("several million") is not a number on its own.
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
fn word_run_tail(toks: &[Tok], k: usize, v: f64) -> Option<(f64, usize, Kind, Option<String>)> {
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
pub fn fraction_in(toks: &[Tok], k: usize, v: f64) -> Option<(f64, usize, Kind, Option<String>)> {
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

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("1,500"), Some(1500.0));
        assert_eq!(parse_digits("3.5"), Some(3.5));
        assert_eq!(parse_digits("0.5"), Some(0.5));
        assert_eq!(parse_digits("07700"), None);
        assert_eq!(parse_digits("1,50"), None);
    }
}
