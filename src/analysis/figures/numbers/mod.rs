//! Reading one number expression at a token position: digits with separators, number
//! words (cardinals through the `text2num` crate), fractions, multipliers, currencies,
//! scale words, percentages and units.

mod words;

pub use words::cardinal_value;
use words::parse_word_core;

use super::lexicon::{
    years_per, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, SCALES, UNITS,
};
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;

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

pub(super) fn lookup<'l>(table: &'l [(&str, &'l str)], w: &str) -> Option<&'l str> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Parses digits with separators; `None` for codes with a leading zero ("07700").
pub(super) fn parse_digits(s: &str) -> Option<f64> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("1,500"), Some(1500.0));
        assert_eq!(parse_digits("3.5"), Some(3.5));
        assert_eq!(parse_digits("0.5"), Some(0.5));
        assert_eq!(parse_digits("07700"), None);
        assert_eq!(parse_digits("1,50"), None);
    }
}
