//! What a figure measures: the quantity words after the number or the subject before
//! it, whether a change word governs it, and what happened to what it counts.

use super::*;

pub(super) fn is_noun_word(t: &Tok) -> bool {
    t.is_word()
        && !STOP_WORDS.contains(&t.low)
        && !CHANGE_WORDS.contains(&t.low)
        && !t.low.chars().all(|c| c.is_ascii_digit())
        && !WEEKDAYS.contains(&t.low)
}

/// Quantity words after the number: the phrase, the token after it, and whether its
/// head is a change noun ("a 40% drop in profits").
pub(super) fn quantity_after(toks: &[Tok], k: usize, e: &NumExpr) -> (Option<String>, usize, bool) {
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
pub(super) fn noun_run(toks: &[Tok], k: usize) -> (Vec<String>, usize) {
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

pub(super) struct Left {
    pub(super) quantity: Option<String>,
    pub(super) change: bool,
    pub(super) direction: i8,
    /// The left walk reached another figure of the sentence.
    pub(super) inherit: bool,
}

/// Words left of a figure: the subject it measures and whether a change verb governs it.
pub(super) fn left_context(toks: &[Tok], start: usize) -> Left {
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
        } else if !LEFT_SKIP_WORDS.contains(&t.low) {
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
pub(super) fn predicate_near(toks: &[Tok], start: usize, end: usize) -> Option<&'static str> {
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
