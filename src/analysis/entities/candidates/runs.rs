//! Name runs: the capitalised tokens of a sentence that may form one name, and the
//! words before and inside them that are not part of it (titles, adjectives, initials
//! that open a sentence).

use super::*;

/// A run of capitalised tokens, `[a, b)` in sentence token indices.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub(super) a: usize,
    pub(super) b: usize,
}

pub(super) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn runs(s: &Sent, lex: &Lex) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !(s.is_word(i) && is_cap_word(s.text(i))) {
            i += 1;
            continue;
        }
        let b = run_end(s, lex, i);
        out.push(Run { a: i, b });
        i = b;
    }
    out
}

/// The end of the run that starts at the capitalised token `a`: it goes on while the
/// next token continues the name.
fn run_end(s: &Sent, lex: &Lex, a: usize) -> usize {
    let mut b = a + 1;
    let mut after_of = false;
    loop {
        // A possessive ends the run: "Korea’s Vice Foreign Minister"; a plural one
        // inside an organisation's name does not ("Actors' Equity Association").
        let last = s.text(b - 1);
        if let Some(end) = org_name_over_plural_possessive(s, lex, b - 1) {
            b = end;
            continue;
        }
        if strip_possessive(last).1 || possessive_mark_after(s, b - 1) {
            break;
        }
        if b >= s.len() {
            break;
        }
        match continuation(s, lex, a, b, &mut after_of) {
            Some(end) => b = end,
            None => break,
        }
    }
    b
}

/// A capitalised word at token `k`.
fn cap_at(s: &Sent, k: usize) -> bool {
    k < s.len() && s.is_word(k) && is_cap_word(s.text(k))
}

/// What continues the run `[a, b)` at token `b`, as the run's new end: a capitalised
/// word, the stop of an initial or a title, a particle, a station's number, a symbol,
/// or an organisation's or title's extension over "of"/"for"/"and". `after_of` says the
/// run has already gone over an organisation's "of".
fn continuation(s: &Sent, lex: &Lex, a: usize, b: usize, after_of: &mut bool) -> Option<usize> {
    let (last, t) = (s.text(b - 1), s.text(b));
    if s.is_word(b) && is_cap_word(t) {
        return Some(b + 1);
    }
    if let Some(end) = stop_inside_name(s, lex, b) {
        return Some(end);
    }
    if let Some(end) = particle_then_name(s, b) {
        return Some(end);
    }
    // "BBC Radio 4", "Channel 4": a station's number is part of its name.
    if is_numbered_station_head(last) && station_number(s, b) {
        return Some(b + 1);
    }
    if t == "&" && cap_at(s, b + 1) {
        return Some(b + 2);
    }
    if t == "/" && s.glued(b - 1) && s.glued(b) && cap_at(s, b + 1) {
        return Some(b + 2);
    }
    if let Some(end) = org_head_over_of(s, lex, b) {
        *after_of = true;
        return Some(end);
    }
    // "Secretary of State Antony Blinken", "Minister for Trade Greg Hands".
    if (t == "of" || t == "for") && lex.title_head(last) && cap_at(s, b + 1) {
        return Some(b + 2);
    }
    if let Some(end) = and_then_org_name(s, lex, a, b) {
        return Some(end);
    }
    if let Some(end) = further_of(s, lex, a, b, *after_of) {
        *after_of = true;
        return Some(end);
    }
    if *after_of && t == "and" && cap_at(s, b + 1) {
        return Some(b + 2);
    }
    None
}

/// A stop at token `b` inside a name: after an initial ("Silvia S. Martins", "R.
/// Sridharan", "Patrick W. Carlineo Jr.") or an abbreviated title ("Sen. Elizabeth
/// Warren", "Mr. McCarthy").
fn stop_inside_name(s: &Sent, lex: &Lex, b: usize) -> Option<usize> {
    let last = s.text(b - 1);
    if s.text(b) != "." || !s.glued(b - 1) || b + 1 >= s.len() {
        return None;
    }
    let initial = is_initial(last)
        && s.is_word(b + 1)
        && is_cap_word(s.text(b + 1))
        && !starts_sentence_word(s.text(b + 1));
    let title = (is_honorific(last) || lex.title_head(last))
        && s.is_word(b + 1)
        && is_cap_word(s.text(b + 1));
    (initial || title).then_some(b + 1)
}

/// "bin Salman", "von der Leyen", "Van den Brul": up to three particles at token `b`
/// and a capitalised word after them.
fn particle_then_name(s: &Sent, b: usize) -> Option<usize> {
    if !(s.is_word(b) && is_name_particle(s.text(b))) {
        return None;
    }
    let mut k = b;
    while k < s.len() && s.is_word(k) && is_name_particle(s.text(k)) && k - b < 3 {
        k += 1;
    }
    cap_at(s, k).then_some(k + 1)
}

/// "Department of Defense", "Office for National Statistics", "Welsh Institute for
/// Health and Social Care": an organisation head, then "of"/"for"/"on" at token `b`.
fn org_head_over_of(s: &Sent, lex: &Lex, b: usize) -> Option<usize> {
    let (last, t) = (s.text(b - 1), s.text(b));
    if !((t == "of" || t == "for" || t == "on")
        && (lex.org_head(last) || is_org_head(last))
        && !is_org_suffix(last))
    {
        return None;
    }
    let mut k = b + 1;
    if k < s.len() && s.text(k) == "the" {
        k += 1;
    }
    // "District Council on Tuesday", "Stock Exchange on Wednesday": a time phrase after
    // the name, not part of it.
    (cap_at(s, k) && !is_calendar(s.text(k))).then_some(k + 1)
}

/// "the Food and Drug Administration", "the Economic and Social Research Council": one
/// word, "and" at token `b`, then a name that ends on an organisation head.
fn and_then_org_name(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<usize> {
    let after_the = if s.text(a) == "The" {
        b - a == 2
    } else {
        b - a == 1 && a > 0 && s.text(a - 1) == "the"
    };
    if !(s.text(b) == "and" && after_the) {
        return None;
    }
    let mut k = b + 1;
    while cap_at(s, k) {
        k += 1;
    }
    (k > b + 1 && lex.org_head(s.text(k - 1))).then_some(k)
}

/// "Court of Arbitration for Sport", "Joint Council for the Welfare of Immigrants": an
/// organisation's extension goes on over a second "of"/"for". "the Joint Chiefs of
/// Staff": a name of two words or more after "the" with no title in it takes "of" and a
/// capitalised common word ("Staff", "Fame"); a proper name after "of" is more often a
/// place ("the Hale Brothers of Denver").
fn further_of(s: &Sent, lex: &Lex, a: usize, b: usize, after_of: bool) -> Option<usize> {
    let t = s.text(b);
    let the_before = a > 0 && s.text(a - 1) == "the" && b - a >= 2;
    if !((t == "of" || (t == "for" && after_of))
        && (after_of || (the_before && !(a..b).any(|k| lex.title_head(s.text(k))))))
    {
        return None;
    }
    let mut k = b + 1;
    if after_of && k < s.len() && s.text(k) == "the" {
        k += 1;
    }
    let common_after = is_common_word(s.text(k)) && !is_place(s.text(k));
    (cap_at(s, k)
        && !is_calendar(s.text(k))
        && (after_of || common_after)
        && (t == "of" || !is_place(s.text(k))))
    .then_some(k + 1)
}

/// ", Camden, NJ" at token `b`: a comma, a town's capitalised words, a comma and a US
/// state's postal code.
pub(super) fn town_and_state_after(s: &Sent, b: usize) -> bool {
    if b >= s.len() || s.text(b) != "," {
        return false;
    }
    let mut k = b + 1;
    while k < s.len() && (s.is_word(k) && is_cap_word(s.text(k)) || s.text(k) == ".") && k - b < 5 {
        k += 1;
    }
    k > b + 1 && k + 1 < s.len() && s.text(k) == "," && is_us_state_code(s.text(k + 1))
}

/// A number of one or two digits at token `i`: a station's number after "Radio".
pub(super) fn station_number(s: &Sent, i: usize) -> bool {
    s.doc.tokens[s.toks[i]].kind == TokenKind::Number
        && s.text(i).len() <= 2
        && s.text(i).chars().all(|c| c.is_ascii_digit())
}

/// A single capital letter: a middle or first initial ("W", "S").
pub(super) fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(|c| c.is_uppercase()) && c.next().is_none()
}

/// A word that opens a sentence rather than continuing a name after an initial
/// ("Malcolm X. Besides ..."): a function word or a common word that is not a name.
pub(super) fn starts_sentence_word(w: &str) -> bool {
    is_function_word(w) || is_sentence_opener(&w.to_lowercase()) || w.ends_with("ly")
}

/// "Olympic champion", "Democratic challenger": an adjective in -ic before a role noun
/// qualifies the role; it names no organisation.
pub(super) fn adjective_ic(w: &str) -> bool {
    w.chars().count() >= 5 && w.ends_with("ic") && !is_acronym(w)
}

/// A word written before a name that is not part of it: a nationality noun ("Briton"), a
/// role noun ("Defenseman", "Referee") or an adjective ("Unpredictable").
pub(super) fn leading_non_name(w: &str) -> bool {
    let lower = w.to_lowercase();
    if is_given_name(w) {
        return false;
    }
    is_demonym(w)
        || matches!(w, "Briton" | "Britons" | "Scot" | "Welshman" | "Welshwoman")
        || is_role_noun(&lower)
        || (is_common_word(&lower)
            && ["able", "ible", "ful", "ous", "ive", "less"]
                .iter()
                .any(|suf| lower.ends_with(suf)))
}

/// "Supporters' Association", "Actors' Equity Association": a plural possessive at token
/// `i` followed by capitalised words that end on an organisation head is inside one
/// name. Returns the end of that name. "the Tigers' coach" and "the Greens' Treasury
/// spokesman" are no such name.
pub(super) fn org_name_over_plural_possessive(s: &Sent, lex: &Lex, i: usize) -> Option<usize> {
    if !possessive_mark_after(s, i) {
        return None;
    }
    let mut k = i + 2;
    while k < s.len() && s.is_word(k) && is_cap_word(s.text(k)) && k - i < 6 {
        k += 1;
    }
    // "the Lib Dems' Treasury spokesman": a portfolio before a role noun is a role.
    let role_follows = k < s.len() && is_role_noun(&s.text(k).to_lowercase());
    (k > i + 2 && lex.org_head(s.text(k - 1)) && !role_follows).then_some(k)
}

/// "Democrats’ " — a bare apostrophe glued after a word ending in s.
pub(super) fn possessive_mark_after(s: &Sent, i: usize) -> bool {
    i + 1 < s.len()
        && s.glued(i)
        && matches!(s.text(i + 1), "'" | "’")
        && s.text(i).ends_with('s')
        && (i + 2 >= s.len() || !s.glued(i + 1))
}

/// The text of tokens `[a, b)` with white space collapsed and a final possessive removed.
pub(super) fn name_of(s: &Sent, a: usize, b: usize) -> (String, Span) {
    let start = s.span(a).start;
    let last = s.text(b - 1);
    let (stem, _) = strip_possessive(last);
    let end = s.span(b - 1).start + stem.len();
    let span = Span::new(start, end);
    (collapse_ws(s.doc.slice(span)), span)
}

pub(super) fn words_of(s: &Sent, a: usize, b: usize) -> Vec<String> {
    (a..b)
        .filter(|&i| s.is_word(i))
        .map(|i| strip_possessive(s.text(i)).0.to_string())
        .collect()
}
