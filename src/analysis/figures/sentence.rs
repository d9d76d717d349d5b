//! One sentence's figures: each number expression that is a figure, with its bound
//! words, range, role (a level, a change, a before or after value, a conversion) and the
//! quantity it measures.

use std::sync::LazyLock;

use super::*;
use crate::analysis::FastMap;

/// A bound phrase's words and the bound they give.
type BoundPhrase = (&'static [&'static str], BoundWord);

/// The bound phrases by their first word, in list order: `match_bound` runs at every
/// token, and most tokens start none.
static BOUND_BY_FIRST: LazyLock<FastMap<&'static str, Vec<BoundPhrase>>> = LazyLock::new(|| {
    let mut by_first: FastMap<_, Vec<_>> = FastMap::default();
    for (words, b) in BOUND_PHRASES {
        by_first.entry(words[0]).or_default().push((*words, *b));
    }
    by_first
});

pub(super) fn match_bound(toks: &[Tok], i: usize) -> Option<(BoundWord, usize)> {
    let phrases = BOUND_BY_FIRST.get(toks.get(i)?.low)?;
    for (words, b) in phrases {
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

/// Reads the figures of one sentence.
pub(super) fn extract_sentence(toks: &[Tok], si: usize, paragraph: usize, out: &mut Vec<Figure>) {
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
            i = skip_not_a_figure(toks, &e, i);
            continue;
        }
        let start_tok = i;
        let before = start_tok.checked_sub(1).map(|p| toks[p].low);
        let from_change = before == Some("from");
        let between = before == Some("between");
        let upper = range_end(toks, &mut e, from_change, between);
        let num_end = upper.as_ref().map_or(e.end, |u| u.end);
        let number_span = Span::new(toks[start_tok].span.start, toks[num_end - 1].span.end);
        // Quantity words after the number.
        let (quantity, q_end, change_noun) = quantity_after(toks, num_end, &e);
        // Before/after/change from the words on the left.
        let left = left_context(toks, start_tok);
        let role = role_of(toks, start_tok, &e, change_noun, left.change);
        let (quantity, quantity_from_subject) =
            quantity_of(toks, &e, role, quantity, &left, &out[sentence_start..]);
        normalise_unit(&mut e, role);
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
        let time = time_near(toks, fig_end);
        out.push(Figure {
            span,
            value: e.value,
            upper: upper.as_ref().map(|u| u.value),
            unit: e.unit.clone(),
            bound: bound_of(bound, upper.is_some(), e.kind),
            quantity,
            time,
            source: None,
            sentence: si,
            number: number_span,
            ends,
            qualifier,
            role,
            place: None,
            place_scopes: false,
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

/// Where reading goes on after a number that is not a figure (read from `i`): past the
/// whole expression and a trailing "/4" of a fiscal year.
fn skip_not_a_figure(toks: &[Tok], e: &NumExpr, i: usize) -> usize {
    let mut i = e.end.max(i + 1);
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
    i
}

/// The high end of a range starting at `e` ("10-15", "30 to 50 mln", "four or five",
/// "between 10 and 15"), if one follows; `e` takes the high end's scale and unit where
/// it has none ("30 to 50 mln dlrs").
fn range_end(toks: &[Tok], e: &mut NumExpr, from_change: bool, between: bool) -> Option<NumExpr> {
    let sep = toks.get(e.end)?;
    let is_dash = matches!(sep.s, "-" | "–" | "—" | "‑");
    let ok_sep = is_dash
        || (sep.is("to") && !from_change)
        || (sep.is("or") && e.kind != Kind::Fraction)
        || (sep.is("and") && between);
    if !ok_sep || e.kind == Kind::Multiplier || e.kind == Kind::Fraction {
        return None;
    }
    let mut e2 = parse_at(toks, e.end + 1)?;
    if not_a_figure(toks, &e2) || e2.kind == Kind::Fraction || e2.kind == Kind::Multiplier {
        return None;
    }
    // "30 to 50 mln dlrs": the scale and unit of the high end apply to the low end.
    let units_fit = e.unit.is_none() || e2.unit.is_none() || e.unit == e2.unit;
    let mut low = e.value;
    if !e.scaled && e2.scaled && e.kind == e2.kind && e.unit.is_none() {
        low *= scale_of(toks, &e2);
    }
    if !(units_fit && e2.value > low) {
        return None;
    }
    e.value = low;
    if e.unit.is_none() {
        e.unit = e2.unit.clone();
    }
    if e2.unit.is_none() {
        e2.unit = e.unit.clone();
    }
    Some(e2)
}

/// What the figure states: a value before or after a change ("from", "to"), a change
/// (a change noun after it or a change word before it), a conversion in brackets, or a
/// level.
fn role_of(toks: &[Tok], start_tok: usize, e: &NumExpr, change_noun: bool, change: bool) -> Role {
    let before = start_tok.checked_sub(1).map(|p| toks[p].low);
    let mut role = Role::Level;
    if change_noun {
        role = Role::Change;
    }
    if before == Some("from") {
        role = Role::Before;
    } else if before == Some("to") {
        role = Role::After;
    } else if change {
        role = Role::Change;
    }
    if toks
        .get(start_tok.wrapping_sub(1))
        .is_some_and(|t| t.s == "(")
        && e.unit.as_deref().is_some_and(is_currency)
    {
        role = Role::Conversion;
    }
    role
}

/// The quantity the figure measures (the words after it, else its subject, else the
/// figure's before it in the sentence) and whether it was read from the subject.
fn quantity_of(
    toks: &[Tok],
    e: &NumExpr,
    role: Role,
    after: Option<String>,
    left: &Left,
    earlier: &[Figure],
) -> (Option<String>, bool) {
    let mut quantity = after;
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
            quantity = earlier.last().and_then(|f| f.quantity.clone());
        }
    }
    if role == Role::Conversion {
        quantity = earlier.last().and_then(|f| f.quantity.clone());
    }
    (quantity, quantity_from_subject)
}

/// Units a figure's kind implies: "times" for a multiplier, and a fraction of change
/// read as per cent ("fell by a fifth" is a change of 20%).
fn normalise_unit(e: &mut NumExpr, role: Role) {
    if e.kind == Kind::Multiplier && e.unit.is_none() {
        e.unit = Some("times".into());
    }
    if e.kind == Kind::Fraction && role == Role::Change && e.unit.is_none() {
        e.value *= 100.0;
        e.unit = Some("%".into());
    }
}

/// The figure's bound from its bound words: a range, else what the words say, else at
/// least for a magnitude ("hundreds"), else exact.
fn bound_of(bound: Option<BoundWord>, range: bool, kind: Kind) -> Bound {
    if range {
        return Bound::Range;
    }
    match bound {
        Some(BoundWord::Approx) => Bound::Approx,
        Some(BoundWord::AtLeast) => Bound::AtLeast,
        Some(BoundWord::AtMost | BoundWord::Near) => Bound::AtMost,
        None if kind == Kind::Magnitude => Bound::AtLeast,
        None => Bound::Exact,
    }
}

/// The word before the figure's first token and the word after its number, lower case.
pub(super) fn local_words(toks: &[Tok], start: usize, end: usize) -> String {
    let before = start
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .filter(|t| t.is_word())
        .map_or("", |t| t.low);
    let after = toks.get(end).filter(|t| t.is_word()).map_or("", |t| t.low);
    format!("{before}|{after}")
}

pub(super) fn is_currency(u: &str) -> bool {
    u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase())
}

/// The multiplier of a scale word read in `e` ("mln" → 1e6).
pub(super) fn scale_of(toks: &[Tok], e: &NumExpr) -> f64 {
    for t in &toks[e.core_end..e.end] {
        if let Some((_, m, _)) = lexicon::SCALES.iter().find(|(s, _, _)| *s == t.low) {
            return *m;
        }
    }
    1.0
}
