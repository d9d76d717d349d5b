//! `doubled-number` — two numbers in a row where one was meant to replace the other.
//!
//! **What it flags.** Two number expressions with nothing but a space between them, of
//! the same kind of amount and close in value, that cannot be read as one number: "scored
//! just three four times", "lost eight of their nine 10 games", "a £5m £6m deal", "the the
//! same number twice" ("ten ten days"), or a ratio's last number ("one in three four
//! homes": keep "one in three" or "one in four"). An edit changed the number and left the old one
//! in. The finding spans both numbers; it offers one fix per candidate, "Keep “three”" and
//! "Keep “four”", since only the writer knows which is right.
//!
//! **Why an editor cares.** It reads as a typo, and the reader cannot tell which figure
//! is the real one; it is also the kind of slip a spellchecker never sees.
//!
//! **Not flagged.** One number written in words over several tokens ("twenty five",
//! "one hundred and five"); a count of things measured by the second number ("two £5
//! notes", "seven 10-minute sessions", "two 5km runs", "three three-bedroom flats"); a year
//! and a count ("in 2019 12 people"); two bare digit groups ("020 7946", "6 4 6 3", which
//! are codes, tables or phone numbers); a run of three or more numbers (a list or a
//! count-off); numbers far apart in value ("two 747s", "five 100 metre races").
//!
//! Fires: "The striker has scored just three four times this season."
//! Does not fire: "She bought two £5 tickets." nor "It ran for twenty five years."

use super::RuleInput;
use crate::analysis::figures::numbers::{parse_at, Kind, NumExpr, Tok};
use crate::analysis::figures::sentence_toks;
use crate::analysis::report::{Edit, Finding, Fix, Severity};
use crate::analysis::rules::RuleCode;
use crate::analysis::span::Span;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let doc = &input.report.document;
    let mut out = Vec::new();
    for si in 0..doc.sentences.len() {
        let toks = sentence_toks(doc, si);
        let exprs = number_run(&toks);
        for w in 0..exprs.len().saturating_sub(1) {
            let (a, b) = (&exprs[w], &exprs[w + 1]);
            if a.end != b.first || !only_space_between(input.text, &toks, a, b) {
                continue;
            }
            // A run of three or more is a list or a count-off, not an edit slip.
            let before = w > 0 && exprs[w - 1].end == a.first;
            let after = exprs.get(w + 2).is_some_and(|c| c.first == b.end);
            if before || after || !doubled(input.text, &toks, a, b) {
                continue;
            }
            out.push(finding(input.text, &toks, a, b));
        }
    }
    out
}

/// Every number expression of the sentence, left to right, none overlapping.
fn number_run(toks: &[Tok]) -> Vec<NumExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match parse_at(toks, i) {
            Some(e) if e.end > i => {
                i = e.end;
                out.push(e);
            }
            _ => i += 1,
        }
    }
    out
}

fn span_of(toks: &[Tok], e: &NumExpr) -> Span {
    Span::new(toks[e.first].span.start, toks[e.end - 1].span.end)
}

fn only_space_between(text: &str, toks: &[Tok], a: &NumExpr, b: &NumExpr) -> bool {
    let gap = text
        .get(span_of(toks, a).end..span_of(toks, b).start)
        .unwrap_or("x");
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The unit was written as a separate word ("four times", "nine years"), so it may
/// belong to both numbers; a suffix or a currency sign ("5km", "£5") is the second's own.
fn word_unit(text: &str, toks: &[Tok], e: &NumExpr) -> bool {
    e.unit.is_some() && !e.prefixed_currency && span_of(toks, e).slice(text).contains(' ')
}

fn plain_year(e: &NumExpr) -> bool {
    e.plain_four_digits && (1000.0..=2100.0).contains(&e.value)
}

/// For a ratio "one in three", the token of its last number and that number's value:
/// the part an edit may have changed ("one in three four homes").
fn ratio_denominator(toks: &[Tok], e: &NumExpr) -> Option<(usize, f64)> {
    let last = e.end.checked_sub(1)?;
    if e.kind != Kind::Fraction || last < e.first + 2 || !toks[last - 1].is("in") {
        return None;
    }
    let d = parse_at(toks, last).filter(|d| d.end == e.end && d.unit.is_none())?;
    matches!(d.kind, Kind::Digits | Kind::Words).then_some((last, d.value))
}

/// Close in value: the larger at most twice the smaller.
fn close(x: f64, y: f64) -> bool {
    let (lo, hi) = (x.min(y), x.max(y));
    lo > 0.0 && hi <= 2.0 * lo
}

/// Whether `a` then `b` reads as one number left in beside its replacement.
fn doubled(text: &str, toks: &[Tok], a: &NumExpr, b: &NumExpr) -> bool {
    let plain = |e: &NumExpr| matches!(e.kind, Kind::Digits | Kind::Words);
    if !plain(b) || b.hyphen_rest.is_some() || a.hyphen_rest.is_some() {
        return false;
    }
    // "one in three four homes": the ratio's last number left beside its replacement.
    if let Some((_, d)) = ratio_denominator(toks, a) {
        let hyphenated = toks[b.first..b.end]
            .iter()
            .any(|t| t.s.contains(['-', '‑']));
        return b.unit.is_none() && !b.score && !plain_year(b) && !hyphenated && close(d, b.value);
    }
    if !plain(a) {
        return false;
    }
    if plain_year(a) || plain_year(b) || a.score || b.score {
        return false;
    }
    // "seven 10-minute sessions", "two three-bedroom flats": a hyphen joins the second
    // number to what it measures.
    let hyphenated = |e: &NumExpr| {
        toks[e.first..e.end]
            .iter()
            .any(|t| t.s.contains(['-', '‑']))
    };
    if hyphenated(a) || hyphenated(b) {
        return false;
    }
    let words = |e: &NumExpr| e.kind == Kind::Words;
    // Two bare digit groups are codes, tables or phone numbers more often than slips.
    if !words(a) && !words(b) && a.unit.is_none() && b.unit.is_none() {
        return false;
    }
    // The same kind of amount: one unit, or a word unit after the second that the first
    // shares ("three four times").
    let units_fit = a.unit == b.unit || (a.unit.is_none() && word_unit(text, toks, b));
    if !units_fit {
        return false;
    }
    close(a.value, b.value)
}

/// The text to keep when `keep` stays: its own words, with the word unit the second
/// number carried when the first had none ("three four times" → "three times").
fn kept(text: &str, toks: &[Tok], keep: &NumExpr, other: &NumExpr, first: bool) -> String {
    let own = span_of(toks, keep).slice(text).to_string();
    if first && keep.unit.is_none() && word_unit(text, toks, other) {
        let unit_from = toks[other.core_end.min(other.end - 1)].span.start;
        let unit = text.get(unit_from..span_of(toks, other).end).unwrap_or("");
        return format!("{own} {unit}");
    }
    own
}

fn finding(text: &str, toks: &[Tok], a: &NumExpr, b: &NumExpr) -> Finding {
    let span = Span::new(span_of(toks, a).start, span_of(toks, b).end);
    let written = span.slice(text);
    let keep_a = kept(text, toks, a, b, true);
    let keep_b = match ratio_denominator(toks, a) {
        // "one in four": the ratio with the second number in its place.
        Some((last, _)) => format!(
            "{}{}",
            text.get(span_of(toks, a).start..toks[last].span.start)
                .unwrap_or(""),
            span_of(toks, b).slice(text)
        ),
        None => kept(text, toks, b, a, false),
    };
    let fix = |keep: &str| Fix {
        title: format!("Keep “{keep}”"),
        edits: vec![Edit {
            span,
            replacement: keep.to_string(),
        }],
        preferred: false,
    };
    Finding {
        code: RuleCode::DoubledNumber,
        severity: Severity::Warning,
        message: format!(
            "Two numbers in a row: “{written}”. One looks left over from an edit; keep the \
             one that is right ({} or {}).",
            span_of(toks, a).slice(text),
            span_of(toks, b).slice(text)
        ),
        span,
        focus: None,
        related: Vec::new(),
        fixes: vec![fix(&keep_a), fix(&keep_b)],
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn doubled(text: &str) -> Vec<crate::analysis::Finding> {
        analyze(text, Format::PlainText, &Context::default())
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::DoubledNumber)
            .collect()
    }

    #[test]
    fn two_number_words_in_a_row() {
        let text = "The striker has scored just three four times this season.";
        let f = doubled(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "three four times");
        let titles: Vec<&str> = f[0].fixes.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(titles[..2], ["Keep “three times”", "Keep “four times”"]);
        assert_eq!(f[0].fixes[0].edits[0].replacement, "three times");
        assert!(
            f[0].message.contains("three four times"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn a_word_and_digits_or_two_sums_of_money() {
        let text = "The club lost eight of their last nine 10 matches.";
        let f = doubled(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "nine 10");
        let text = "The council agreed a £5m £6m upgrade of the depot.";
        let f = doubled(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "£5m £6m");
        assert_eq!(f[0].fixes[1].edits[0].replacement, "£6m");
        assert_eq!(doubled("It took ten ten days to clear.").len(), 1);
    }

    #[test]
    fn a_ratio_with_its_last_number_doubled() {
        let text = "She said one in three four homes would face higher bills.";
        let f = doubled(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.slice(text), "one in three four");
        let titles: Vec<&str> = f[0].fixes.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(titles[..2], ["Keep “one in three”", "Keep “one in four”"]);
        assert_eq!(f[0].fixes[1].edits[0].replacement, "one in four");
        for ok in [
            // A ratio of things the second number measures, or far apart in value.
            "One in three four-bedroom homes is empty.",
            "One in three 12 year olds owns a phone.",
            "One in four homes would face higher bills.",
            "One in three 2019 graduates found work.",
        ] {
            assert!(doubled(ok).is_empty(), "{ok}: {:?}", doubled(ok));
        }
    }

    #[test]
    fn one_number_or_a_count_of_measured_things_does_not_fire() {
        for ok in [
            "It ran for twenty five years.",
            "One hundred and five people came.",
            "She bought two £5 tickets.",
            "The course has seven 10-minute sessions.",
            "He logged two 5km runs a week.",
            "They built three three-bedroom homes.",
            "In 2019 12 people were hurt.",
            "Call 020 7946 0018 for details.",
            "The set ended 6 4 in the end.",
            "The count went one two three four.",
            "The airline bought two 747 jets.",
            "Arsenal won 2-1 and 3-2 that week.",
        ] {
            assert!(doubled(ok).is_empty(), "{ok}: {:?}", doubled(ok));
        }
    }
}
