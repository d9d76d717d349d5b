//! Roles stated before the name: titles extended back over their qualifiers, role
//! phrases, "director of rugby X", fronted and set-off roles, owners' possessives and
//! plural roles before a list of names.

use super::*;

/// Extends a role start backwards over the words that qualify it: capitalised words and
/// possessives ("South Korea’s"), and lower-case modifiers next to the role ("Chinese
/// foreign ministry spokesperson"). Stops at punctuation, function words and the start.
pub(crate) fn extend_role_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, true)
}

/// Titles ("Vice Foreign Minister") take capitalised words and role modifiers only;
/// lower-case role nouns ("foreign ministry spokesperson") take lower-case modifiers too.
pub(crate) fn extend_title_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, false)
}

pub(crate) fn extend_role_back_with(s: &Sent, start: usize, allow_lower: bool) -> usize {
    let mut a = start;
    let mut crossed_caps = false;
    while a > 0 {
        let i = a - 1;
        if measure_glued_to(s, i, a) {
            a = i;
            continue;
        }
        // "the Liberal Democrats' President", "former referees' chief": a plural
        // possessive qualifies the role like a singular one ("Labour's").
        if is_apostrophe(s.text(i)) && i > 0 && possessive_mark_after(s, i - 1) {
            let owner = s.text(i - 1);
            if first_upper(owner) {
                crossed_caps = true;
            } else if crossed_caps || !allow_lower || is_function_word(owner) {
                break;
            }
            a = i - 1;
            continue;
        }
        if !s.is_word(i) {
            break;
        }
        let w = s.text(i);
        // An inflected reporting verb ends the role ("said", "stated"); a base form that is
        // also a noun ("state news agency") does not.
        let verb = reporting_verb(w).is_some_and(|v| v.lemma != w);
        if is_function_word(w) || verb || is_calendar(w) {
            break;
        }
        let word_start = i == first_word(s);
        if first_upper(w) {
            if word_start && is_common_word(w) && !is_role_noun(&w.to_lowercase()) {
                // "Aviation analyst" and "South Korea’s" belong to the role; "Later" does not
                // (a comma or a function word stops it first).
                let next_cap = i + 1 < s.len() && first_upper(s.text(i + 1));
                let next_lower = i + 1 < s.len() && !next_cap;
                if next_cap || (next_lower && allow_lower) {
                    a = i;
                }
                break;
            }
            if is_honorific(w) {
                break;
            }
            crossed_caps = true;
            a = i;
            continue;
        }
        if is_role_modifier(w) || w.starts_with("ex-") {
            a = i;
            continue;
        }
        if crossed_caps || !allow_lower {
            break;
        }
        if w.ends_with("ing") || w.ends_with("ed") {
            break;
        }
        a = i;
    }
    a
}

/// Is token `i` the number of a measure written as one word with the unit at `a` ("100m",
/// "60kg" in "World 100m champion")? The distance or weight class is part of the title.
fn measure_glued_to(s: &Sent, i: usize, a: usize) -> bool {
    let unit = s.text(a);
    a == i + 1
        && s.glued(i)
        && s.text(i).chars().all(|c| c.is_ascii_digit() || c == ',')
        && !s.text(i).is_empty()
        && (1..=2).contains(&unit.len())
        && unit.chars().all(|c| c.is_ascii_lowercase())
}

/// The lower-case role phrase ending right before the name: "aviation analyst",
/// "Conservative local government spokesman", "former WorldCom chief".
pub(crate) fn role_phrase_before(s: &Sent, a: usize) -> Option<Role> {
    if a == 0 {
        return None;
    }
    let end = a - 1;
    let start = extend_role_back(s, end);
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(role_as_written(s, span))
}

/// A role noun with its field, right before the name: "director of rugby Tom Lee",
/// "head of security Ann Roe" (and what qualifies it: "Sale Sharks director of rugby").
/// The field is one lower-case word; "leader of the party Tom" is no such phrase.
pub(crate) fn role_of_field_before(s: &Sent, a: usize) -> Option<Role> {
    if a < 3 || !(s.is_word(a - 1) && s.is_word(a - 3)) || s.text(a - 2) != "of" {
        return None;
    }
    let (field, head) = (s.text(a - 1), s.text(a - 3));
    // The field is a domain, never a person ("wife of footballer Tom Lee"): agent nouns
    // ("-er", "-or", "-ist", "-ian") are people.
    let agent = ["er", "or", "ist", "ian"]
        .iter()
        .any(|x| field.ends_with(x));
    let plain_field =
        !first_upper(field) && !is_function_word(field) && !is_role_noun(field) && !agent;
    if !plain_field || first_upper(head) || !is_role_noun(head) {
        return None;
    }
    let start = extend_role_back(s, a - 3);
    let span = Span::new(s.span(start).start, s.span(a - 1).end);
    Some(role_as_written(s, span))
}

/// A short role phrase that opens the sentence and is set off by a comma before the name.
pub(crate) fn fronted_role(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
    let start = first_word(s);
    if a < start + 2 || s.text(a - 1) != "," {
        return None;
    }
    let end = a - 2;
    let phrase: Vec<usize> = (start..=end).collect();
    if phrase.len() > 7
        || phrase
            .iter()
            .any(|&i| !s.is_word(i) && !matches!(s.text(i), "'" | "’"))
    {
        return None;
    }
    let first = s.text(start);
    let last = s.text(end);
    let opens_for =
        first.eq_ignore_ascii_case("for") && phrase.iter().skip(1).any(|&i| first_upper(s.text(i)));
    let closes_after = b < s.len() && s.text(b) == ",";
    // "His agent, Felipe Marques, said": a short phrase on a possessive determiner.
    let possessed = possessive_determiner(first) && phrase.len() <= 3;
    // One noun phrase, not a clause ending on a role noun ("She took a call from a
    // spokesman, Ann Roe, who ..."): past its first word only "of", "for", "the", "and".
    let noun_phrase = phrase.iter().skip(1).all(|&i| {
        let w = s.text(i);
        !is_function_word(w) || matches!(w, "of" | "for" | "the" | "and")
    });
    let names_role = (is_role_noun(&last.to_lowercase()) || lex.title_head(last) || possessed)
        && closes_after
        && noun_phrase;
    if !(opens_for || names_role) {
        return None;
    }
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(role_as_written(s, span))
}

/// Possessive determiners that can open a role phrase: "His agent", "Its chairman".
pub(crate) fn possessive_determiner(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "his" | "her" | "its" | "their")
}

/// A role set off by commas right before the name, inside the sentence: "her Chinese
/// counterpart, Wang Lihua,", "the head of the Chilean Red Cross, Mario Soto". The phrase
/// opens on "the" or a possessive determiner followed by a role noun or title, and the
/// name must close the appositive (a comma, a bracket or the end of the sentence).
pub(crate) fn appositive_role_before(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
    if a < 3 || s.text(a - 1) != "," {
        return None;
    }
    let closes = b >= s.len() || matches!(s.text(b), "," | "." | "(" | ";" | "—" | "–") || {
        reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))
    };
    if !closes {
        return None;
    }
    let end = a - 2;
    let mut k = end + 1;
    while k > 0 && end + 1 - (k - 1) <= 9 {
        let i = k - 1;
        if !(s.is_word(i) || matches!(s.text(i), "'" | "’" | "-")) {
            return None;
        }
        let w = s.text(i);
        if i < end && owner_role_phrase(s, lex, i, end) {
            let span = Span::new(s.span(i).start, s.span(end).end);
            return Some(role_as_written(s, span));
        }
        // "a federal judge, Ann Roe,": an indefinite noun phrase is a role when a role
        // noun ends it, right before the comma.
        let indefinite = matches!(w, "a" | "an")
            && is_role_noun(&s.text(end).to_lowercase())
            && (i + 1..=end).all(|j| !is_function_word(s.text(j)));
        let is_det = w.eq_ignore_ascii_case("the") || possessive_determiner(w) || indefinite;
        if is_det && i < end {
            let head = s.text(i + 1);
            let role_head = |x: &str| is_role_noun(&x.to_lowercase()) || lex.title_head(x);
            // "her Chinese counterpart": the role noun may follow a modifier or two.
            let names_role = indefinite
                || role_head(head)
                || (possessive_determiner(w) && (i + 1..=end).any(|j| role_head(s.text(j))))
                || (possessive_determiner(w) && end - i <= 2);
            if !names_role {
                // "the Chilean Red Cross" inside "the head of the Chilean Red Cross".
                if possessive_determiner(w) {
                    return None;
                }
                k -= 1;
                continue;
            }
            // A verb or clause word inside means this is not one noun phrase.
            if (i + 1..=end).any(|j| {
                let x = s.text(j);
                reporting_verb(x).is_some() || matches!(x, "who" | "which" | "that" | "and")
            }) {
                return None;
            }
            let start = if w.eq_ignore_ascii_case("the") || indefinite {
                i + 1
            } else {
                i
            };
            let span = Span::new(s.span(start).start, s.span(end).end);
            return Some(role_as_written(s, span));
        }
        k -= 1;
    }
    None
}

/// The name run starting at `a` is followed by "and" and another name ("Ann Roe and Jo").
pub(crate) fn and_name_after(s: &Sent, a: usize) -> bool {
    let mut k = a;
    while k < s.len() && s.is_word(k) && is_cap_word(s.text(k)) {
        k += 1;
    }
    k > a && k + 1 < s.len() && s.text(k) == "and" && is_cap_word(s.text(k + 1))
}

/// "IBM's senior vice president of research", "Acme's founder and former chief
/// executive": an owner's possessive opening a phrase with a role noun or title in it,
/// made only of words (an "and" may join two roles or two fields, never a second
/// person: "Acme's chairman and his wife" is no role).
pub(crate) fn owner_role_phrase(s: &Sent, lex: &Lex, i: usize, end: usize) -> bool {
    let w = s.text(i);
    if !(first_upper(w) && strip_possessive(w).1) {
        return false;
    }
    let role_head = |x: &str| is_role_noun(&x.to_lowercase()) || lex.title_head(x);
    if !(i + 1..=end).any(|j| role_head(s.text(j))) {
        return false;
    }
    (i + 1..=end).all(|j| {
        let x = s.text(j);
        if !s.is_word(j) || reporting_verb(x).is_some() || strip_possessive(x).1 {
            return false;
        }
        if matches!(x, "who" | "which" | "that") {
            return false;
        }
        if x == "and" {
            let next = s.text(j + 1);
            return j < end
                && !first_upper(next)
                && !is_function_word(next)
                && !possessive_determiner(next);
        }
        true
    })
}

/// A plural role noun before a list of names that reaches back to it over names, commas
/// and "and" only ("founding members Tom Bell, Ann Roe and Jo Lim"), given in the
/// singular for each person ("founding member").
pub(crate) fn list_role_before(s: &Sent, a: usize) -> Option<Role> {
    let mut i = a;
    while i > 0 && a - i < 40 {
        let t = s.text(i - 1);
        let name_part =
            s.is_word(i - 1) && is_cap_word(t) || (t == "." && i >= 2 && is_initial(s.text(i - 2)));
        if t == "," || t == "and" || name_part {
            i -= 1;
            continue;
        }
        break;
    }
    if i == 0 {
        return None;
    }
    let head = i - 1;
    let w = s.text(head);
    if !s.is_word(head) || first_upper(w) {
        return None;
    }
    if s.text(i) == "," {
        return None;
    }
    // "British pair Ann Roe and Jo Lim": a group word names the role of two or more.
    let group = is_group_noun(w) && ((i..a).any(|j| s.text(j) == "and") || and_name_after(s, a));
    if !group && !w.strip_suffix('s').is_some_and(is_role_noun) {
        return None;
    }
    let mut start = extend_title_back(s, head);
    // "founding members": one lower-case modifier right before the head belongs to it
    // when it opens the noun phrase (after a comma or a determiner; "will feature
    // actors" has a verb there).
    if start == head && head > 1 && s.is_word(head - 1) {
        let m = s.text(head - 1);
        let p = s.text(head - 2);
        let opens = p == "," || p.eq_ignore_ascii_case("the") || possessive_determiner(p);
        let plain = opens && !first_upper(m) && !is_function_word(m) && !m.ends_with("ed");
        if plain && reporting_verb(m).is_none() {
            start = head - 1;
        }
    }
    let text = collapse_ws(
        s.doc
            .slice(Span::new(s.span(start).start, s.span(head).end)),
    );
    let text = if group {
        text
    } else {
        text.strip_suffix('s').unwrap_or(&text).to_string()
    };
    Some(Role {
        text,
        span: Span::new(s.span(start).start, s.span(head).end),
        title: None,
    })
}

/// A bare apostrophe token ("Democrats' ").
fn is_apostrophe(t: &str) -> bool {
    matches!(t, "'" | "’")
}

/// "Britain's Jo Roe", "Kenya's Ann Roe": a country's possessive right before the name
/// says the person's nationality, given as its adjective ("British"). A capitalised word
/// before the country inside the sentence ("Team Britain's") makes it part of another
/// name, so it says nothing.
pub(crate) fn nationality_before(s: &Sent, a: usize) -> Option<Role> {
    if a == 0 || !s.is_word(a - 1) {
        return None;
    }
    let (stem, possessive) = strip_possessive(s.text(a - 1));
    if !possessive {
        return None;
    }
    let demonym = demonym_of_country(stem)?;
    let i = a - 1;
    if i > first_word(s) && s.is_word(i - 1) && first_upper(s.text(i - 1)) {
        return None;
    }
    Some(Role {
        text: demonym.to_string(),
        span: s.span(i),
        title: None,
    })
}
