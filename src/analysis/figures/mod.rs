//! Figures: numbers that count or measure, with what they measure and who gives them.
//!
//! `extract` walks each sentence's tokens, reads number expressions (`numbers`), drops
//! the numbers that are not figures (dates, years, times, ordinals, codes, labels,
//! addresses, "one of the"), joins ranges, reads bound words before them, and finds the
//! quantity each measures, its role (a level, a change, a before or after value, a
//! conversion), its time and place where stated, and its source from the attribution
//! layer. `compare` says when two figures are the same quantity and whether they agree.

use std::collections::HashSet;
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
pub mod lexicon;
pub mod listed;
pub mod numbers;

use lexicon::{
    month_number, BoundWord, BOUND_PHRASES, CHANGE_NOUNS, CHANGE_WORDS, CLOCK_WORDS, INDEX_NAMES,
    IRREGULAR_PAST, LABEL_WORDS, MINIMISING_WORDS, MONTHS, PARTY_NOUNS, REVISION_WORDS, STOP_WORDS,
    STREET_WORDS, SUBGROUP_WORDS, WEEKDAYS,
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

/// Extracts every figure of the draft.
pub fn extract(
    doc: &Document,
    entities: &[Entity],
    attributions: &[Attribution],
    quotes: &[Quote],
    memo: &mut Memo,
) -> Vec<Figure> {
    let mut out = Vec::new();
    let clauses = ClauseIndex::new(doc.sentences.len(), attributions);
    let quotes_in = quotes_by_sentence(doc, quotes);
    let mentions = mentions_by_start(entities);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let found = memo.figures(si, || {
            let mut found = Vec::new();
            extract_sentence(&sentence_toks(doc, si), si, sentence.paragraph, &mut found);
            found
        });
        // A sentence without figures needs nothing more (the rest only enriches them).
        if found.is_empty() {
            continue;
        }
        let toks = sentence_toks(doc, si);
        let first_new = out.len();
        out.extend(found);
        let own = first_source(clauses.in_sentence(si), attributions, entities);
        let covering = first_source(clauses.covering(si), attributions, entities);
        let time = sentence_time(&toks);
        let place = sentence_place(&toks);
        for f in &mut out[first_new..] {
            // The sentence's own reporting clause, else the speaker of a quotation the
            // figure is in, else a clause covering the sentence.
            let speaker = quotes_in[si]
                .iter()
                .map(|&q| &quotes[q])
                .find(|q| q.inner.contains_span(f.span))
                .and_then(|q| q.speaker.as_ref())
                .map(|s| (s.name.clone(), true));
            if let Some((s, named)) = own.clone().or(speaker).or_else(|| covering.clone()) {
                f.source = Some(s);
                f.named_source = named;
            }
            if f.time.is_none() {
                f.time = time.clone();
            }
            f.subject = subject_of(doc, entities, &mentions, &clauses, attributions, f);
            if f.place.is_none() {
                f.place = place.clone();
            }
        }
        if out.len() - first_new <= MAX_RESTATABLE_FIGURES {
            let (frame, names) = sentence_frame(&toks);
            let (frame, names): (Arc<[String]>, Arc<[String]>) = (frame.into(), names.into());
            for f in &mut out[first_new..] {
                f.frame = Arc::clone(&frame);
                f.names = Arc::clone(&names);
            }
        }
        let revised = toks.iter().any(|t| REVISION_WORDS.contains(&t.low));
        let described: Vec<(Span, Option<String>)> = out[first_new..]
            .iter()
            .map(|f| (f.span, f.unit.is_some().then(|| f.describe())))
            .collect();
        if out.len() - first_new <= MAX_RESTATABLE_FIGURES {
            let all: Vec<(Span, String)> = out[first_new..]
                .iter()
                .map(|f| (f.span, f.describe()))
                .collect();
            for f in &mut out[first_new..] {
                f.siblings = all
                    .iter()
                    .filter(|(sp, _)| *sp != f.span)
                    .map(|(_, d)| d.clone())
                    .collect();
            }
        }
        for (i, f) in out[first_new..].iter_mut().enumerate() {
            f.revised = revised;
            // The nearest few: a sentence of thousands of figures (a table pasted as
            // one paragraph) made this quadratic in time and memory.
            let near =
                i.saturating_sub(CONTEXT_FIGURES)..(i + CONTEXT_FIGURES + 1).min(described.len());
            f.context = described[near]
                .iter()
                .filter(|(sp, d)| *sp != f.span && d.is_some())
                .filter_map(|(_, d)| d.clone())
                .collect();
        }
        for f in &mut out[first_new..] {
            if f.unit
                .as_deref()
                .is_some_and(|u| lexicon::years_per(u).is_some())
            {
                f.tenure_of = tenure_of(doc, entities, &toks, f);
            }
        }
    }
    out.shrink_to_fit();
    out
}

/// How many measured figures on each side of a figure in its sentence are its context.
const CONTEXT_FIGURES: usize = 8;

/// A sentence with more figures than this is a table, not a statement a later sentence
/// restates or contradicts: its figures carry no frame and are compared with no other
/// figure, so a pasted table costs linear time.
const MAX_RESTATABLE_FIGURES: usize = 16;

/// The sentence's words without numbers (lower case, each once) and its capitalised
/// words.
fn sentence_frame(toks: &[Tok]) -> (Vec<String>, Vec<String>) {
    let mut frame: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let (mut seen, mut seen_names): (HashSet<&str>, HashSet<&str>) = Default::default();
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word() || numbers::cardinal_value(t.low).is_some() {
            continue;
        }
        if seen.insert(t.low) {
            frame.push(t.low.to_string());
        }
        // The first word is capitalised anyway; it counts as a name unless it is a
        // function word ("The", "About").
        let name = is_capitalized(t) && (k > 0 || !STOP_WORDS.contains(&t.low));
        if name && seen_names.insert(t.s) {
            names.push(t.s.to_string());
        }
    }
    (frame, names)
}

/// The sentence's tokens as the figure reader (and the doubled-number rule) takes them.
pub(crate) fn sentence_toks(doc: &Document, si: usize) -> Vec<Tok<'_>> {
    let first = doc.sentences[si].tokens.start;
    doc.sentence_tokens(si)
        .iter()
        .enumerate()
        .map(|(k, t)| Tok {
            span: t.span,
            kind: t.kind,
            s: t.span.slice(&doc.text),
            low: doc.lower(first + k),
        })
        .collect()
}

/// Every entity mention as (start, end, entity), sorted by start; mentions that start
/// together keep entity order.
fn mentions_by_start(entities: &[Entity]) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions
                .iter()
                .map(move |m| (m.span.start, m.span.end, i))
        })
        .collect();
    out.sort_by_key(|m| m.0);
    out
}

/// For each sentence, the quotations whose interior overlaps it, in quotation order.
fn quotes_by_sentence(doc: &Document, quotes: &[Quote]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); doc.sentences.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let first = doc
            .sentences
            .partition_point(|s| s.span.end <= q.inner.start);
        for (si, s) in doc.sentences.iter().enumerate().skip(first) {
            if s.span.start >= q.inner.end.max(q.inner.start + 1) {
                break;
            }
            out[si].push(qi);
        }
    }
    out
}

/// The entity named last before the figure in its sentence, unless it is a source of a
/// reporting clause or a comma or quotation separates it from the figure.
fn subject_of(
    doc: &Document,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
    clauses: &ClauseIndex,
    attributions: &[Attribution],
    f: &Figure,
) -> Option<String> {
    let sentence = doc.sentences.get(f.sentence)?.span;
    let from = mentions.partition_point(|m| m.0 < sentence.start);
    let to = mentions.partition_point(|m| m.0 <= f.span.start);
    let mut best: Option<(usize, &Entity)> = None;
    for &(start, end, e) in mentions.get(from..to.max(from)).unwrap_or(&[]) {
        if end <= f.span.start && best.is_none_or(|(s, _)| start > s) {
            best = Some((start, &entities[e]));
        }
    }
    let (start, e) = best?;
    // A source span lies in its clause's sentence, so only this sentence's clauses count.
    let is_source = clauses.in_sentence(f.sentence).iter().any(|&i| {
        attributions[i]
            .source
            .as_ref()
            .is_some_and(|s| s.span.contains(start) || s.span.start == start)
    });
    let between = doc.text.get(start..f.span.start).unwrap_or("");
    if is_source || between.contains([',', '“', '"', ';']) {
        return None;
    }
    Some(e.name.clone())
}

/// The source of the first of `clauses` that has one.
fn first_source(
    clauses: &[usize],
    attributions: &[Attribution],
    entities: &[Entity],
) -> Option<(String, bool)> {
    clauses
        .iter()
        .find_map(|&i| source_name(&attributions[i], entities))
}

fn source_name(a: &Attribution, entities: &[Entity]) -> Option<(String, bool)> {
    let src = a.source.as_ref()?;
    let named = !matches!(src.class, super::attribution::SourceClass::Vague);
    let name = src
        .entity
        .and_then(|id| entities.get(id))
        .map(|e| e.name.clone())
        .or_else(|| match &src.class {
            super::attribution::SourceClass::Resolved { to } => Some(to.clone()),
            _ => None,
        })
        .unwrap_or_else(|| src.text.clone());
    Some((name, named))
}

fn match_bound(toks: &[Tok], i: usize) -> Option<(BoundWord, usize)> {
    for (words, b) in BOUND_PHRASES {
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.low == *w))
        {
            return Some((*b, words.len()));
        }
    }
    None
}

fn is_capitalized(t: &Tok) -> bool {
    t.s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether the expression is a number that is not a figure: a year, date, time,
/// ordinal, phone number, label, address or the pronoun "one".
fn not_a_figure(toks: &[Tok], e: &NumExpr) -> bool {
    let prev = e.first.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(e.end);
    let core = &toks[e.core_end.saturating_sub(1).max(e.first)];
    let first = &toks[e.first];
    let bare = e.unit.is_none() && !e.scaled;
    let low_at = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.low);
    let prev2 = low_at(e.first.checked_sub(2));
    // Clock times in words: "half past eight", "quarter to nine", "eight o'clock".
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
                matches!(
                    p.low,
                    "least"
                        | "than"
                        | "only"
                        | "just"
                        | "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "over"
                        | "under"
                        | "exactly"
                ) || (p.is("to") && prev2 == Some("up"))
            })
        {
            return true;
        }
    }
    // Years: "in 2004", "since 1948".
    if e.plain_four_digits && bare && (1000.0..=2100.0).contains(&e.value) {
        return true;
    }
    // "2003/4", "24/7", "9/11"
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
    // Labels: "No. 10", "Section 5", "number one", "World War Two".
    if let Some(p) = prev {
        let label = LABEL_WORDS.contains(&p.low);
        // "iPhone 15": a brand with a capital inside.
        let branded = p.s.chars().skip(1).any(|c| c.is_uppercase());
        let always = matches!(
            p.low,
            "no" | "no."
                | "nos"
                | "number"
                | "#"
                | "page"
                | "section"
                | "article"
                | "chapter"
                | "flight"
                | "room"
                | "route"
                | "junction"
                | "junctions"
                | "exit"
                | "gate"
                | "platform"
                | "terminal"
                | "sections"
                | "articles"
                | "chapters"
                | "pages"
                | "rooms"
                | "grade"
                | "grades"
                | "tier"
                | "category"
                | "stage"
                | "phase"
                | "band"
        );
        if (always || (label && (branded || is_capitalized(p)))) && bare && !e.prefixed_currency {
            return true;
        }
        // "No. 10" is tokenised "No" "." "10".
        if p.s == "." && e.first >= 2 && toks[e.first - 2].low == "no" {
            return true;
        }
    }
    // "called 999", "dial 112"
    if bare
        && prev.is_some_and(|p| {
            matches!(
                p.low,
                "called" | "call" | "dial" | "dialled" | "dialed" | "ring" | "rang"
            )
        })
    {
        return true;
    }
    // Scores: "won 3-1", "2–0" are read whole (`NumExpr::score`); a second side met
    // on its own is not a figure.
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
    if e.kind == Kind::Words {
        // "BBC Two", "Channel Four": a capitalised number word inside a name.
        if is_capitalized(first) && prev.is_some_and(|p| p.is_word() && is_capitalized(p)) {
            return true;
        }
        if first.low == "one" && e.core_end == e.first + 1 {
            let n = toks.get(e.core_end).map(|t| t.low);
            let p = prev.map(|t| t.low);
            if matches!(
                n,
                Some(
                    "of" | "another"
                        | "day"
                        | "point"
                        | "way"
                        | "side"
                        | "hand"
                        | "thing"
                        | "who"
                        | "that"
                        | "which"
                        | "more"
                        | "such"
                        | "by"
                        | "after"
                        | "else"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "can"
                        | "could"
                        | "would"
                        | "will"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "in"
                        | "to"
                        | "at"
                        | "for"
                        | "and"
                        | "set"
                        | "kind"
                        | "sort"
                        | "type"
                        | "form"
                        | "part"
                        | "piece"
                        | "example"
                        | "reason"
                        | "problem"
                        | "issue"
                )
            ) || n.is_none()
                || next.is_some_and(|t| t.kind == TokenKind::Punct)
                || matches!(
                    p,
                    Some(
                        "the"
                            | "no"
                            | "any"
                            | "every"
                            | "each"
                            | "this"
                            | "that"
                            | "which"
                            | "number"
                            | "a"
                            | "one"
                            | "someone"
                            | "anyone"
                            | "everyone"
                            | "no-one"
                            | "not"
                    )
                )
            {
                return true;
            }
        }
    }
    let _ = core;
    false
}

/// Reads the figures of one sentence.
fn extract_sentence(toks: &[Tok], si: usize, paragraph: usize, out: &mut Vec<Figure>) {
    let sentence_start = out.len();
    let mut i = 0;
    while i < toks.len() {
        let (bound, num_at) = match match_bound(toks, i) {
            Some((b, n)) => (Some(b), i + n),
            None => (None, i),
        };
        let Some(mut e) = parse_at(toks, num_at) else {
            i += 1;
            continue;
        };
        if not_a_figure(toks, &e) {
            // Skip the whole expression and a trailing "/4" of a fiscal year.
            i = e.end.max(i + 1);
            // "junctions 12 and 14": the second number of a skipped pair goes too.
            // Not "from 5% in 2004 to 4.25%": a second number with a unit is a figure.
            if e.kind == Kind::Digits
                && toks
                    .get(i)
                    .is_some_and(|t| matches!(t.low, "and" | "or" | "to" | "-" | "–"))
                && toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
                && !parse_at(toks, i + 1).is_some_and(|e2| e2.unit.is_some() || e2.scaled)
                && !toks
                    .get(i + 2)
                    .is_some_and(|t| t.is_word() && month_number(t.low).is_some())
            {
                i += 2;
            }
            while toks.get(i).is_some_and(|t| t.s == "/")
                && toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
            {
                i += 2;
            }
            continue;
        }
        let start_tok = i;
        let before = start_tok.checked_sub(1).map(|p| toks[p].low);
        let from_change = before == Some("from");
        let between = before == Some("between");
        // Ranges: "10-15", "30 to 50 mln", "four or five", "between 10 and 15".
        let mut upper: Option<NumExpr> = None;
        if let Some(sep) = toks.get(e.end) {
            let is_dash = matches!(sep.s, "-" | "–" | "—" | "‑");
            let ok_sep = is_dash
                || (sep.is("to") && !from_change)
                || (sep.is("or") && e.kind != Kind::Fraction)
                || (sep.is("and") && between);
            if ok_sep && e.kind != Kind::Multiplier && e.kind != Kind::Fraction {
                if let Some(mut e2) = parse_at(toks, e.end + 1) {
                    if !not_a_figure(toks, &e2)
                        && e2.kind != Kind::Fraction
                        && e2.kind != Kind::Multiplier
                    {
                        // "30 to 50 mln dlrs": the scale and unit of the high end apply to
                        // the low end.
                        let units_fit = e.unit.is_none() || e2.unit.is_none() || e.unit == e2.unit;
                        let mut low = e.value;
                        if !e.scaled && e2.scaled && e.kind == e2.kind && e.unit.is_none() {
                            low *= scale_of(toks, &e2);
                        }
                        if units_fit && e2.value > low {
                            e.value = low;
                            if e.unit.is_none() {
                                e.unit = e2.unit.clone();
                            }
                            if e2.unit.is_none() {
                                e2.unit = e.unit.clone();
                            }
                            upper = Some(e2);
                        }
                    }
                }
            }
        }
        let num_end = upper.as_ref().map_or(e.end, |u| u.end);
        let number_span = Span::new(toks[start_tok].span.start, toks[num_end - 1].span.end);
        // Quantity words after the number.
        let (mut quantity, q_end, change_noun) = quantity_after(toks, num_end, &e);
        let mut role = Role::Level;
        if change_noun {
            role = Role::Change;
        }
        // Before/after/change from the words on the left.
        let left = left_context(toks, start_tok);
        if from_change || (before == Some("from")) {
            role = Role::Before;
        } else if before == Some("to") {
            role = Role::After;
        } else if left.change {
            role = Role::Change;
        }
        if toks
            .get(start_tok.wrapping_sub(1))
            .is_some_and(|t| t.s == "(")
            && e.unit.as_deref().is_some_and(is_currency)
        {
            role = Role::Conversion;
        }
        // "two years ago", "a 2-2 draw": a point in time or a result, which measures
        // nothing another figure could restate.
        let time_ago = e
            .unit
            .as_deref()
            .is_some_and(|u| lexicon::years_per(u).is_some())
            && toks
                .get(e.end)
                .is_some_and(|n| matches!(n.low, "earlier" | "ago" | "later" | "previously"));
        if time_ago || e.score {
            quantity = None;
        }
        let mut quantity_from_subject = false;
        if quantity.is_none() && !(time_ago || e.score) {
            quantity_from_subject = left.quantity.is_some();
            quantity = left.quantity.clone();
            if quantity.is_none() && left.inherit {
                // "fell 36% to 2.9bn euros": the same quantity as the figure before.
                quantity = out[sentence_start..]
                    .last()
                    .and_then(|f| f.quantity.clone());
            }
        }
        if role == Role::Conversion {
            quantity = out[sentence_start..]
                .last()
                .and_then(|f| f.quantity.clone());
        }
        if e.kind == Kind::Multiplier && e.unit.is_none() {
            e.unit = Some("times".into());
        }
        // "fell by a fifth" is a change of 20%.
        if e.kind == Kind::Fraction && role == Role::Change && e.unit.is_none() {
            e.value *= 100.0;
            e.unit = Some("%".into());
        }
        let subgroup = toks[start_tok.saturating_sub(4)..start_tok]
            .iter()
            .any(|t| SUBGROUP_WORDS.contains(&t.low));
        let fig_end = q_end.max(num_end);
        let span = Span::new(toks[start_tok].span.start, toks[fig_end - 1].span.end);
        let ends = upper.as_ref().map(|u| {
            (
                Span::new(toks[start_tok].span.start, toks[e.end - 1].span.end),
                Span::new(toks[u.first].span.start, toks[fig_end - 1].span.end),
            )
        });
        let qualifier = (start_tok < num_at).then(|| {
            toks[start_tok..num_at]
                .iter()
                .map(|t| t.s)
                .collect::<Vec<_>>()
                .join(" ")
        });
        let fig_bound = if upper.is_some() {
            Bound::Range
        } else {
            match bound {
                Some(BoundWord::Approx) => Bound::Approx,
                Some(BoundWord::AtLeast) => Bound::AtLeast,
                Some(BoundWord::AtMost | BoundWord::Near) => Bound::AtMost,
                None if e.kind == Kind::Magnitude => Bound::AtLeast,
                None => Bound::Exact,
            }
        };
        let time = time_near(toks, fig_end);
        out.push(Figure {
            span,
            value: e.value,
            upper: upper.as_ref().map(|u| u.value),
            unit: e.unit.clone(),
            bound: fig_bound,
            quantity,
            time,
            source: None,
            sentence: si,
            number: number_span,
            ends,
            qualifier,
            role,
            place: None,
            tenure_of: None,
            paragraph,
            named_source: false,
            near_below: bound == Some(BoundWord::Near),
            direction: if role == Role::Change {
                left.direction
            } else {
                0
            },
            quantity_from_subject,
            predicate: predicate_near(toks, start_tok, fig_end),
            subject: None,
            context: Vec::new(),
            revised: false,
            subgroup,
            minimised: start_tok
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|t| MINIMISING_WORDS.contains(&t.low)),
            frame: Arc::default(),
            names: Arc::default(),
            siblings: Vec::new(),
            local: local_words(toks, start_tok, num_end),
        });
        i = num_end.max(i + 1);
    }
}

/// The word before the figure's first token and the word after its number, lower case.
fn local_words(toks: &[Tok], start: usize, end: usize) -> String {
    let before = start
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .filter(|t| t.is_word())
        .map_or("", |t| t.low);
    let after = toks.get(end).filter(|t| t.is_word()).map_or("", |t| t.low);
    format!("{before}|{after}")
}

fn is_currency(u: &str) -> bool {
    u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase())
}

/// The multiplier of a scale word read in `e` ("mln" → 1e6).
fn scale_of(toks: &[Tok], e: &NumExpr) -> f64 {
    for t in &toks[e.core_end..e.end] {
        if let Some((_, m, _)) = lexicon::SCALES.iter().find(|(s, _, _)| *s == t.low) {
            return *m;
        }
    }
    1.0
}

fn is_noun_word(t: &Tok) -> bool {
    t.is_word()
        && !STOP_WORDS.contains(&t.low)
        && !CHANGE_WORDS.contains(&t.low)
        && !t.low.chars().all(|c| c.is_ascii_digit())
        && !WEEKDAYS.contains(&t.low)
}

/// Quantity words after the number: the phrase, the token after it, and whether its
/// head is a change noun ("a 40% drop in profits").
fn quantity_after(toks: &[Tok], k: usize, e: &NumExpr) -> (Option<String>, usize, bool) {
    let share = e.kind == Kind::Fraction || e.unit.as_deref() == Some("%");
    // "one of four Britons", "a third of households", "90% of customers".
    if toks.get(k).is_some_and(|t| t.is("of")) {
        let mut j = k + 1;
        while toks.get(j).is_some_and(|t| {
            matches!(
                t.low,
                "the"
                    | "its"
                    | "their"
                    | "our"
                    | "his"
                    | "her"
                    | "those"
                    | "these"
                    | "all"
                    | "my"
                    | "your"
            )
        }) {
            j += 1;
        }
        let (words, end) = noun_run(toks, j);
        if words.is_empty() {
            return (None, k, false);
        }
        let prefix = if share { "share of " } else { "of " };
        return (Some(format!("{prefix}{}", words.join(" "))), end, false);
    }
    // "a 40% drop in profits": the change of a quantity.
    if toks.get(k).is_some_and(|t| CHANGE_NOUNS.contains(&t.low)) {
        if toks.get(k + 1).is_some_and(|t| t.is("in") || t.is("of")) {
            let (w2, e2) = noun_run(toks, k + 2);
            if !w2.is_empty() {
                return (Some(w2.join(" ")), e2, true);
            }
        }
        return (None, k + 1, true);
    }
    let (mut words, mut end) = noun_run(toks, k);
    if let Some(rest) = &e.hyphen_rest {
        if words.is_empty() && rest.contains("old") {
            words.push(rest.clone());
        }
    }
    if words.is_empty() {
        return (None, k, false);
    }
    // "a 40% drop in profits": the change of a quantity.
    if CHANGE_NOUNS.contains(&words[0].as_str()) && words.len() == 1 {
        if toks.get(end).is_some_and(|t| t.is("in") || t.is("of")) {
            let (w2, e2) = noun_run(toks, end + 1);
            if !w2.is_empty() {
                return (Some(w2.join(" ")), e2, true);
            }
        }
        return (None, end, true);
    }
    // "36% share of the broadband market"
    if matches!(
        words.last().map(String::as_str),
        Some("share" | "stake" | "proportion")
    ) && toks.get(end).is_some_and(|t| t.is("of"))
    {
        let mut j = end + 1;
        while toks.get(j).is_some_and(|t| t.is("the")) {
            j += 1;
        }
        let (w2, e2) = noun_run(toks, j);
        if !w2.is_empty() {
            words.push("of".into());
            words.extend(w2);
            end = e2;
        }
    }
    (Some(words.join(" ")), end, false)
}

/// A run of noun-like words from `k`, trimmed of trailing participles.
fn noun_run(toks: &[Tok], k: usize) -> (Vec<String>, usize) {
    let mut words: Vec<String> = Vec::new();
    let mut j = k;
    while let Some(t) = toks.get(j) {
        if !is_noun_word(t) || words.len() >= 5 {
            break;
        }
        // A participle after a noun starts a clause: "people waiting", "aircraft delivered".
        if !words.is_empty()
            && (t.low.ends_with("ing") || t.low.ends_with("ed") || IRREGULAR_PAST.contains(&t.low))
        {
            break;
        }
        if parse_at(toks, j).is_some() {
            break;
        }
        words.push(t.s.to_string());
        j += 1;
    }
    (words, j)
}

struct Left {
    quantity: Option<String>,
    change: bool,
    direction: i8,
    /// The left walk reached another figure of the sentence.
    inherit: bool,
}

/// Words left of a figure: the subject it measures and whether a change verb governs it.
fn left_context(toks: &[Tok], start: usize) -> Left {
    const SKIP: &[&str] = &[
        "of",
        "by",
        "to",
        "at",
        "from",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "stood",
        "totalled",
        "totaled",
        "totalling",
        "reached",
        "hit",
        "with",
        "a",
        "an",
        "the",
        "only",
        "just",
        "expected",
        "forecast",
        "predicted",
        "estimated",
        "now",
        "currently",
        "still",
        "further",
        "another",
        "extra",
        "additional",
        "remain",
        "remains",
        "remained",
        "be",
        "at",
        "around",
        "about",
        "some",
        "nearly",
        "almost",
        "than",
        "more",
        "less",
        "over",
        "set",
        "put",
        "valued",
        "worth",
        "cost",
        "costs",
        "fetched",
        "sold",
    ];
    let mut change = false;
    let mut direction = 0;
    let mut j = start;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        let t = &toks[j - 1];
        if t.kind == TokenKind::Number {
            return Left {
                quantity: None,
                change,
                direction,
                inherit: true,
            };
        }
        if !t.is_word() {
            if t.s == "%" {
                return Left {
                    quantity: None,
                    change,
                    direction,
                    inherit: true,
                };
            }
            break;
        }
        if CHANGE_WORDS.contains(&t.low) {
            change = true;
            direction = lexicon::direction_of(t.low);
        } else if !SKIP.contains(&t.low) {
            break;
        }
        j -= 1;
        steps += 1;
    }
    // The subject noun phrase before the verb or "of"; with nothing skipped, the word
    // before is more likely a verb ("could reach £1bn", "pledged €25m").
    let mut words: Vec<&str> = Vec::new();
    if steps == 0 {
        j = 0;
    }
    while j > 0 && words.len() < 4 {
        let t = &toks[j - 1];
        // "£2.1bn from £2.9bn": "bn" is the suffix of the figure before, not a subject.
        if j >= 2 && toks[j - 2].kind == TokenKind::Number && adjacent(toks, j - 2, j - 1) {
            return Left {
                quantity: None,
                change,
                direction,
                inherit: true,
            };
        }
        if !is_noun_word(t)
            || parse_at(toks, j - 1).is_some()
            || (words.is_empty() && t.low.ends_with("ed"))
        {
            break;
        }
        words.push(t.s);
        j -= 1;
    }
    words.reverse();
    // A lone capitalised word at the start is usually a name, not a quantity.
    let quantity = (!words.is_empty()).then(|| words.join(" "));
    Left {
        quantity,
        change,
        direction,
        inherit: false,
    }
}

/// The class of what happened to what a figure counts: the first word of a known class
/// after it in its clause, else before it.
fn predicate_near(toks: &[Tok], start: usize, end: usize) -> Option<&'static str> {
    let after = toks[end..]
        .iter()
        .take(8)
        .take_while(|t| t.kind != TokenKind::Number && !matches!(t.s, ";" | ":"))
        .find_map(|t| lexicon::predicate_class(t.low));
    after.or_else(|| {
        toks[..start]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.kind != TokenKind::Number)
            .find_map(|t| lexicon::predicate_class(t.low))
    })
}

/// A time expression right after a figure ("a year earlier", "in 1986", "last month").
fn time_near(toks: &[Tok], k: usize) -> Option<String> {
    let mut j = k;
    let limit = (k + 6).min(toks.len());
    while j < limit {
        if j > k && parse_at(toks, j).is_some() && toks[j].kind == TokenKind::Number {
            // Another figure (not a year) ends the window.
            let t = &toks[j];
            if !(t.s.len() == 4 && t.s.bytes().all(|b| b.is_ascii_digit())) {
                return None;
            }
        }
        if let Some((s, _)) = time_at(toks, j) {
            return Some(s);
        }
        j += 1;
    }
    None
}

/// The first time expression of a sentence.
fn sentence_time(toks: &[Tok]) -> Option<String> {
    (0..toks.len()).find_map(|j| time_at(toks, j).map(|(s, _)| s))
}

/// A time expression starting at `j`, normalised, and its length.
fn time_at(toks: &[Tok], j: usize) -> Option<(String, usize)> {
    let w = |i: usize| toks.get(i).map(|t| t.low).unwrap_or("");
    let is_year = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.s.len() == 4
                && t.s.bytes().all(|b| b.is_ascii_digit())
                && (1800..=2100).contains(&t.s.parse::<u32>().unwrap_or(0))
        })
    };
    const PERIODS: &[&str] = &[
        "year", "month", "week", "quarter", "summer", "winter", "spring", "autumn", "fall",
        "decade", "season", "night", "weekend", "term", "session",
    ];
    match w(j) {
        "last" | "this" | "next" | "previous" | "past" if PERIODS.contains(&w(j + 1)) => {
            Some((format!("{} {}", w(j), w(j + 1)), 2))
        }
        "the"
            if matches!(w(j + 1), "previous" | "past" | "last" | "following")
                && PERIODS.contains(&w(j + 2)) =>
        {
            Some((format!("{} {}", w(j + 1), w(j + 2)), 3))
        }
        "a" | "one" if w(j + 1) == "year" && matches!(w(j + 2), "earlier" | "ago" | "before") => {
            Some(("a year earlier".into(), 3))
        }
        "yesterday" | "today" | "tomorrow" => Some((w(j).to_string(), 1)),
        // "in the first half", "in the third quarter", "the first six months".
        "first" | "second" | "third" | "fourth" | "final" | "last"
            if matches!(w(j + 1), "half" | "quarter") && w(j.wrapping_sub(1)) == "the" =>
        {
            Some((format!("{} {}", w(j), w(j + 1)), 2))
        }
        // "two years earlier", "three months ago"
        _ if PERIODS.contains(&w(j + 1).trim_end_matches('s'))
            && matches!(w(j + 2), "earlier" | "ago" | "before")
            && (numbers::cardinal_value(w(j)).is_some()
                || toks.get(j).is_some_and(|t| t.kind == TokenKind::Number)) =>
        {
            Some((format!("{} {} {}", w(j), w(j + 1), w(j + 2)), 3))
        }
        "in" | "by" | "for" | "since" | "during" | "until" | "of" => {
            if is_year(j + 1) {
                let mut s = toks[j + 1].s.to_string();
                if toks.get(j + 2).is_some_and(|t| t.s == "/") {
                    s.push('/');
                    s.push_str(toks.get(j + 3).map(|t| t.s).unwrap_or(""));
                }
                return Some((s, 2));
            }
            let m = toks.get(j + 1)?;
            if m.is_word() && is_capitalized(m) && MONTHS.contains(&m.low) {
                let mut s = m.low.to_string();
                if is_year(j + 2) {
                    s = format!("{s} {}", toks[j + 2].s);
                }
                return Some((s, 2));
            }
            None
        }
        _ => None,
    }
}

/// A place the sentence names after "in" ("in Wales"), or the nation as a whole
/// ("nationally", "nationwide", "across the country"), if any.
fn sentence_place(toks: &[Tok]) -> Option<String> {
    let w = |i: usize| toks.get(i).map(|t| t.low).unwrap_or("");
    for j in 0..toks.len() {
        let across = matches!(w(j), "across" | "throughout")
            && w(j + 1) == "the"
            && matches!(w(j + 2), "country" | "nation");
        let lower_case = toks.get(j).is_some_and(|t| !is_capitalized(t));
        if (lower_case && lexicon::NATION_WORDS.contains(&w(j))) || across {
            return Some("the whole country".into());
        }
    }
    for j in 0..toks.len().saturating_sub(1) {
        if !toks[j].is("in") {
            continue;
        }
        let mut k = j + 1;
        if toks.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let t = toks.get(k)?;
        if t.is_word()
            && is_capitalized(t)
            && month_number(t.low).is_none()
            && !WEEKDAYS.contains(&t.low)
        {
            let mut words = vec![t.s.trim_end_matches(['’', '\'', 's'])];
            words[0] = t.s;
            if let Some(n) = toks.get(k + 1).filter(|n| n.is_word() && is_capitalized(n)) {
                words.push(n.s);
            }
            return Some(words.join(" "));
        }
    }
    None
}

/// For a duration that measures someone's time in a role, who: "her five years as
/// minister", "has been doing the job for six years", "my work of the past two years".
fn tenure_of(doc: &Document, entities: &[Entity], toks: &[Tok], f: &Figure) -> Option<String> {
    // The tokens are in text order: searches, not scans from the sentence's start for
    // every duration (quadratic in a long sentence of them).
    let i = toks.partition_point(|t| t.span.start < f.span.start);
    if i >= toks.len() {
        return None;
    }
    let end = toks.partition_point(|t| t.span.start < f.span.end);
    let w = |k: usize| toks.get(k).map(|t| t.low).unwrap_or("");
    let before: Vec<&str> = (i.saturating_sub(3)..i).map(w).collect();
    let possessive = |x: &str| matches!(x, "her" | "his" | "my" | "their" | "our");
    // "her five-and-a-half years as ..."
    let as_role = w(end) == "as" && before.last().is_some_and(|b| possessive(b));
    // "the past five years" after a possessive within a few words.
    let past = matches!(w(i.wrapping_sub(1)), "past" | "last")
        && (i.saturating_sub(6)..i).any(|k| possessive(w(k)));
    // "has been ... for five years", "'s been doing the job for".
    let perfect = w(i.wrapping_sub(1)) == "for"
        && (0..i).any(|k| {
            w(k) == "been"
                && (k == 0
                    || matches!(w(k - 1), "has" | "have" | "had" | "’s" | "'s" | "s")
                    || toks[k - 1].s.ends_with("’s")
                    || toks[k - 1].s.ends_with("'s"))
        });
    if !(as_role || past || perfect) {
        return None;
    }
    last_person_before(doc, entities, f.span.start)
}

/// The person most recently named before `offset` in the same or the previous
/// paragraph: an entity mention, or failing that an honorific and a name ("Ms Hutt").
fn last_person_before(doc: &Document, entities: &[Entity], offset: usize) -> Option<String> {
    let para = doc.paragraph_at(offset)?;
    let floor = doc.paragraphs[para.saturating_sub(1)].span.start;
    let mut best: Option<(usize, String)> = None;
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for m in &e.mentions {
            if m.span.end <= offset
                && m.span.start >= floor
                && best.as_ref().is_none_or(|(s, _)| m.span.start > *s)
            {
                best = Some((m.span.start, e.name.clone()));
            }
        }
    }
    if best.is_some() {
        return best.map(|(_, n)| n);
    }
    // No entity layer: honorific + capitalised name.
    let toks = &doc.tokens;
    for k in (0..toks.len()).rev() {
        let t = toks[k];
        if t.span.end > offset {
            continue;
        }
        if t.span.start < floor {
            break;
        }
        let s = t.span.slice(&doc.text).trim_end_matches('.');
        if matches!(
            s,
            "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady"
        ) {
            if let Some(n) = toks.get(k + 1) {
                let name = n.span.slice(&doc.text);
                if name.chars().next().is_some_and(|c| c.is_uppercase()) && n.span.end <= offset {
                    return Some(
                        name.trim_end_matches("’s")
                            .trim_end_matches("'s")
                            .to_string(),
                    );
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
