//! Figures: numbers that count or measure, with what they measure and who gives them.
//!
//! `extract` walks each sentence's tokens, reads number expressions (`numbers`), drops
//! the numbers that are not figures (dates, years, times, ordinals, codes, labels,
//! addresses, "one of the"), joins ranges, reads bound words before them, and finds the
//! quantity each measures, its role (a level, a change, a before or after value, a
//! conversion), its time and place where stated, and its source from the attribution
//! layer. `compare` says when two figures are the same quantity and whether they agree.

use crate::analysis::FastSet;
use std::sync::Arc;

use serde::Serialize;

use super::attribution::index::ClauseIndex;
use super::attribution::Attribution;
use super::entities::{Entity, EntityKind};
use super::memo::Memo;
use super::quotes::Quote;
use super::segment::{Document, TokenKind};
use super::span::Span;

pub mod compare;
mod extract;
pub use crate::analysis::lexicon::figures as lexicon;
pub mod listed;
mod not_figure;
pub mod numbers;
mod quantity;
mod scope;
mod sentence;

pub use extract::extract;

/// The figures the figure reader finds in sentence `si`, read alone (no source, time or
/// place from the rest of the draft): which numbers are figures at all is decided here
/// once (dates, years, clock times, codes, labels, addresses, scores are not), and the
/// unattributed-claim rule reads the same answer.
pub fn sentence_figures(doc: &Document, si: usize) -> Vec<Figure> {
    let mut found = Vec::new();
    if let Some(sentence) = doc.sentences.get(si) {
        extract_sentence(&sentence_toks(doc, si), si, sentence.paragraph, &mut found);
    }
    found
}
pub(crate) use extract::sentence_toks;
use extract::MAX_RESTATABLE_FIGURES;
use not_figure::not_a_figure;
use quantity::{is_noun_word, left_context, predicate_near, quantity_after, Left};
use scope::{sentence_place, sentence_time, tenure_of, time_near};
use sentence::extract_sentence;

use lexicon::{
    month_number, BoundWord, BOUND_PHRASES, CHANGE_NOUNS, CHANGE_WORDS, CLOCK_WORDS,
    COUNT_BEFORE_ONE, DIAL_WORDS, INDEX_NAMES, IRREGULAR_PAST, LABEL_WORDS, LABEL_WORDS_ALWAYS,
    LEFT_SKIP_WORDS, MINIMISING_WORDS, MONTHS, ONE_PRONOUN_NEXT, ONE_PRONOUN_PREV, PARTY_NOUNS,
    REVISION_WORDS, STOP_WORDS, STREET_WORDS, SUBGROUP_WORDS, WEEKDAYS,
};
use numbers::{adjacent, parse_at, Kind, NumExpr, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    #[default]
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
}

/// What a figure states about its quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A level or count ("1,500 soldiers", "a profit of £75m").
    #[default]
    Level,
    /// A change ("fell 36%", "up by 2,400", "a 40% drop").
    Change,
    /// The value before a change ("from 785").
    Before,
    /// The value after a change ("to 708", "fell 36% to 2.9bn euros").
    After,
    /// The same amount in another currency, in brackets ("$800m (£424m)").
    Conversion,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figure {
    pub span: Span,
    /// Plain number: 40 for "40%", 3200000000 for "£3.2bn"; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    pub upper: Option<f64>,
    /// Currency or unit: "GBP", "%", "percentage points", "km".
    pub unit: Option<String>,
    pub bound: Bound,
    /// The head noun phrase it measures ("North Korean soldiers").
    pub quantity: Option<String>,
    /// When it applies, if stated ("last year", "in 2004").
    pub time: Option<String>,
    /// Who gives it: an entity's canonical name or the source phrase as written.
    pub source: Option<String>,
    pub sentence: usize,
    /// The number as written with its bound words, currency and unit, without the
    /// quantity words ("as many as 12,000", "£3.2bn").
    pub number: Span,
    /// For a range, the low end and the high end as written.
    pub ends: Option<(Span, Span)>,
    /// The bound words as written ("as many as", "about").
    pub qualifier: Option<String>,
    pub role: Role,
    /// Where it applies, if stated ("Wales").
    pub place: Option<String>,
    /// The place scopes what the figure counts ("4,100 homes in Houston", "In Houston,
    /// …", "nationally"), not where the counted things went ("arrived in Russia").
    pub place_scopes: bool,
    /// The person whose time in a role a duration measures ("five years as minister").
    pub tenure_of: Option<String>,
    pub paragraph: usize,
    /// True when the source is a named (not vague) source.
    pub named_source: bool,
    /// How the bound reads: close below the value ("nearly", "as many as", "up to").
    pub near_below: bool,
    /// For a change: +1 for a rise, -1 for a fall, 0 when not stated.
    pub direction: i8,
    /// The quantity was read from the subject before the number ("profit fell 36%"),
    /// which names less of it than words after the number do.
    pub quantity_from_subject: bool,
    /// What happened to what it counts, when the sentence says ("killed", "injured").
    pub predicate: Option<&'static str>,
    /// The person or organisation the figure is about, when its clause names one before
    /// it and that name is not the figure's source ("Samsung shipped 50 million phones").
    pub subject: Option<String>,
    /// The other measured figures of its sentence as described ("at least 12 hours"):
    /// the conditions a count is stated under.
    pub context: Vec<String>,
    /// Its sentence marks it as an earlier or revised figure ("was earlier put at").
    pub revised: bool,
    /// It counts a part of a group named before it ("of those, 300 patients").
    pub subgroup: bool,
    /// The word right before it says it is less than claimed ("only 30 firms").
    pub minimised: bool,
    /// The words of its sentence, lower case, without numbers: how a restated sentence
    /// is recognised ("About 450 fans protested outside the ground" after "About 300
    /// fans protested outside the ground").
    pub frame: Arc<[String]>,
    /// The capitalised words of its sentence: the names a restatement must share.
    pub names: Arc<[String]>,
    /// The other figures of its sentence as described, with or without a unit: a
    /// restatement gives the same ones ("213 delegates in those three states" does not
    /// restate "865 delegates in 11 states").
    pub siblings: Vec<String>,
    /// The words either side of the number, lower case ("past|a" for "past $75 a
    /// barrel"): a restatement with only the number changed keeps them.
    pub local: String,
}

impl Figure {
    /// The value as an editor reads it: "≈ 1,500", "up to 12,000", "10–15", "£3.2bn".
    pub fn describe(&self) -> String {
        let v = match self.upper {
            Some(u) => format!("{}–{}", fmt_num(self.value), fmt_num(u)),
            None => fmt_num(self.value),
        };
        let v = match self.unit.as_deref() {
            Some("%") => format!("{v}%"),
            Some("GBP") => format!("£{v}"),
            Some("USD") => format!("${v}"),
            Some("EUR") => format!("€{v}"),
            Some(u) => format!("{v} {u}"),
            None => v,
        };
        match (self.bound, self.near_below) {
            (Bound::Approx, _) => format!("≈ {v}"),
            (Bound::AtLeast, _) => format!("at least {v}"),
            (Bound::AtMost, true) => format!("up to {v}"),
            (Bound::AtMost, false) => format!("under {v}"),
            _ => v,
        }
    }
}

/// The digits a figure's number is written with: the digit run ("2,400", "9.8"), the
/// number of decimals, and the factor from the digits to the value ("£2.1bn": 1e9).
struct WrittenDigits {
    run: String,
    decimals: i32,
    scale: f64,
}

impl Figure {
    fn written_digits(&self, text: &str) -> Option<WrittenDigits> {
        let written = self.number.slice(text);
        let run: String = written
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let run = run.trim_end_matches(['.', ',']).to_string();
        let digits = run.replace(',', "").parse::<f64>().ok()?;
        let decimals = run.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
        let scale = if digits > 0.0 {
            self.value / digits
        } else {
            1.0
        };
        Some(WrittenDigits {
            run,
            decimals,
            scale,
        })
    }

    /// Half the smallest step the number is written to: "£106m" → 500,000, "9.8%" →
    /// 0.05, "2,400" → 50 (trailing zeros of a count read as rounding), "12%" → 0.5.
    pub fn rounding(&self, text: &str) -> f64 {
        let Some(WrittenDigits {
            run,
            decimals,
            scale,
        }) = self.written_digits(text)
        else {
            return 0.5;
        };
        let mut step = 10f64.powi(-decimals);
        if decimals == 0 && self.unit.as_deref() != Some("%") {
            let int: String = run.chars().filter(|c| c.is_ascii_digit()).collect();
            let zeros = int.len() - int.trim_end_matches('0').len();
            let zeros = zeros.min(int.len().saturating_sub(1));
            step *= 10f64.powi(zeros as i32);
        }
        step * scale / 2.0
    }

    /// Half the last written digit's step, without reading trailing zeros as rounding:
    /// "£2.1bn" → £50m, "1,210" → 0.5. How far a before or after value may be from the
    /// true one.
    pub fn precision(&self, text: &str) -> f64 {
        self.written_digits(text)
            .map_or(0.0, |d| 10f64.powi(-d.decimals) * d.scale / 2.0)
    }
}

/// Text from the draft as a message quotes it: each run of white space (a line break
/// inside "224\npct") read as one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number with thousands separators and at most three decimals.
pub fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    // Rounded to the three decimals shown first: 4.1e6 is 4,099,999.9999999995 in
    // binary, which must read "4,100,000", not "4,099,999" and a carried "1.".
    let v = (v.abs() * 1000.0).round() / 1000.0;
    let int = v.trunc();
    let frac = v - int;
    let mut digits = format!("{int:.0}");
    let mut out = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        out = format!(",{tail}{out}");
    }
    out = format!("{digits}{out}");
    if frac > 1e-9 {
        let f = format!("{frac:.3}");
        let f = f.trim_start_matches('0').trim_end_matches('0');
        if f != "." {
            out.push_str(f);
        }
    }
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

fn is_capitalized(t: &Tok) -> bool {
    t.s.chars().next().is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests;
