//! Roles before and after a name: titles, lower-case role nouns, appositives, "X, the Y
//! of Z", "Z's Y, X", owners' possessives and "Its Y".

use super::*;

/// Lower-case words right before `a`, nearest first, up to a function word or punctuation.
pub(super) fn lower_before(s: &Sent, a: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = a;
    while i > 0 && out.len() < 4 {
        i -= 1;
        let w = s.text(i);
        if !s.is_word(i) || first_upper(w) || is_function_word(w) {
            break;
        }
        out.push(i);
    }
    out
}

/// A lower-case role noun right after the run, with at most two modifiers between:
/// "BA chairman", "WLGA finance spokesman", "Kremlin spokesperson".
pub(super) fn role_noun_after(s: &Sent, b: usize) -> bool {
    let mut i = b;
    let mut seen = 0;
    while i < s.len() && seen < 3 {
        let w = s.text(i);
        if !s.is_word(i) || first_upper(w) || is_function_word(w) {
            return false;
        }
        // "Ruth Okoye thinks coach Tom Hale": a reporting verb ends the run's phrase, so
        // the role after it belongs to the next name, not to the run as an employer.
        if reporting_verb(w).is_some() {
            return false;
        }
        if is_role_noun(w) {
            // "Defense analysts": a plural role is a kind of people, not an affiliation.
            if w.ends_with('s') && !w.ends_with("ss") && w != "boss" {
                return false;
            }
            // A one-word run that is also a common word ("Health spokesman") counts only
            // when a name follows the role.
            let run_is_common = b >= 1 && is_common_word(strip_possessive(s.text(b - 1)).0);
            let name_follows = i + 1 < s.len() && is_cap_word(s.text(i + 1));
            if run_is_common && !name_follows {
                return false;
            }
            // The role must belong to a name that follows ("BA chairman Martin Broughton")
            // or the run must be possessive; otherwise "Labour leader" still counts.
            return !matches!(
                w,
                "son"
                    | "daughter"
                    | "wife"
                    | "husband"
                    | "brother"
                    | "sister"
                    | "mother"
                    | "father"
                    | "son-in-law"
                    | "daughter-in-law"
                    | "widow"
                    | "opponent"
                    | "rival"
                    | "successor"
                    | "predecessor"
                    | "official"
                    | "expert"
                    | "investor"
                    | "historian"
                    | "specialist"
            );
        }
        seen += 1;
        i += 1;
    }
    false
}

/// "of/at/from [the] X" after a person or a role noun: X is an organisation.
pub(super) fn org_preposition_before(s: &Sent, a: usize) -> bool {
    let mut i = a;
    if i > 0 && s.text(i - 1).eq_ignore_ascii_case("the") {
        i -= 1;
    }
    if i < 2 {
        return false;
    }
    let prep = s.text(i - 1);
    if !matches!(prep, "of" | "at" | "from" | "for" | "with" | "in") {
        return false;
    }
    let before = s.text(i - 2);
    let before_lower = before.to_lowercase();
    // "shares in Tesla", "a stake in Airbus": only companies have shares.
    if matches!(prep, "in" | "of") && matches!(before_lower.as_str(), "shares" | "stake" | "stock")
    {
        return true;
    }
    // "analyst at Petercam", "director at Grey Advertising", "editor of the Ukrainian ...".
    if is_role_noun(&before_lower) && prep != "with" && prep != "in" {
        return !matches!(before, "son" | "daughter" | "official");
    }
    // "Mike Powell of Dresdner Kleinwort Wasserstein": the word before the preposition
    // ends a person's name (a capitalised word that is not a common word).
    if prep == "of" || prep == "at" || prep == "from" {
        let w = strip_possessive(before).0;
        if first_upper(w) && !is_common_word(w) && !is_place(w) && !is_acronym(w) && i >= 3 {
            let w2 = s.text(i - 3);
            if first_upper(w2) && (is_given_name(w2) || !is_common_word(w2)) {
                return true;
            }
        }
    }
    false
}

/// Extends a role start backwards over the words that qualify it: capitalised words and
/// possessives ("South Korea’s"), and lower-case modifiers next to the role ("Chinese
/// foreign ministry spokesperson"). Stops at punctuation, function words and the start.
pub(super) fn extend_role_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, true)
}

/// Titles ("Vice Foreign Minister") take capitalised words and role modifiers only;
/// lower-case role nouns ("foreign ministry spokesperson") take lower-case modifiers too.
pub(super) fn extend_title_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, false)
}

pub(super) fn extend_role_back_with(s: &Sent, start: usize, allow_lower: bool) -> usize {
    let mut a = start;
    let mut crossed_caps = false;
    while a > 0 {
        let i = a - 1;
        if measure_glued_to(s, i, a) {
            a = i;
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
pub(super) fn role_phrase_before(s: &Sent, a: usize) -> Option<Role> {
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
pub(super) fn role_of_field_before(s: &Sent, a: usize) -> Option<Role> {
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

/// A role stated after the name: ", editor of the Ukrainian publication Defence Express,",
/// ", who is the party's leader,", " from the Korea National Strategy Institute",
/// " of the Economist Intelligence Unit", ", for the Liberal Democrats,".
pub(super) fn role_after_name(s: &Sent, lex: &Lex, b: usize, _prev: Option<Role>) -> Option<Role> {
    appositive_role_after(s, lex, b, true)
}

/// A role after the words as a cue that they are a person's name ("Ann Rivers, leader
/// of ..."): only a listed role noun or title counts, never an agent noun by its ending
/// ("the Boston Globe, winner of the award" names no person).
pub(super) fn role_after_name_as_cue(s: &Sent, lex: &Lex, b: usize) -> Option<Role> {
    appositive_role_after(s, lex, b, false)
}

/// The role after a name; `by_shape` also accepts a role named by an agent noun or a
/// hyphenated compound.
fn appositive_role_after(s: &Sent, lex: &Lex, b: usize, by_shape: bool) -> Option<Role> {
    if b >= s.len() {
        return None;
    }
    let t = s.text(b);
    if matches!(t, "from" | "of" | "at") {
        return prep_org_phrase(s, lex, b);
    }
    if t != "," {
        return None;
    }
    // ", from the Federation of Small Businesses,".
    if b + 1 < s.len() && matches!(s.text(b + 1), "from" | "of" | "at" | "for") {
        return prep_org_phrase(s, lex, b + 1);
    }
    // The appositive runs to the next comma, bracket or the end of the sentence.
    let mut k = b + 1;
    let mut words = Vec::new();
    while k < s.len() {
        let w = s.text(k);
        if matches!(
            w,
            "," | ";" | ":" | "(" | ")" | "." | "\"" | "“" | "”" | "?" | "!" | "—" | "–" | "-"
        ) {
            break;
        }
        if reporting_verb(w).is_some() && !words.is_empty() {
            break;
        }
        words.push(k);
        k += 1;
    }
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    // It must close like an appositive: a comma, a bracket, a reporting verb or the end.
    let closes = k >= s.len()
        || matches!(s.text(k), "," | "(" | ")" | "." | ";" | "—" | "–" | "-")
        || reporting_verb(s.text(k)).is_some();
    if !closes {
        return None;
    }
    // No second person inside it ("..., South Korea’s Vice Foreign Minister Kim ...").
    if words
        .windows(2)
        .any(|p| lex.title_head(s.text(p[0])) && first_upper(s.text(p[1])))
    {
        return None;
    }
    let first = s.text(words[0]);
    let mut start = words[0];
    // "X, who is Y": the role is Y.
    if first == "who" {
        if words.len() < 3 || !matches!(s.text(words[1]), "is" | "was") {
            return None;
        }
        start = words[1] + 1;
    } else if first_upper(first) {
        // A list of names ("Sangmi Han, Jake Kwon") or a place ("Wembley, London").
        let capital_role = (words[0]..k).any(|i| is_role_noun(&s.text(i).to_lowercase()));
        if !capital_role && !strip_possessive(first).1 {
            return None;
        }
        // "Julie Ann, Ohio State Department of Health information officer": an
        // appositive that ends on a lower-case role noun is a role even when it opens
        // on a word that is also a given name.
        let last = s.text(k - 1);
        let ends_on_role = !first_upper(last) && is_role_noun(last);
        if is_given_name(first) && words.len() > 1 && first_upper(s.text(words[1])) && !ends_on_role
        {
            return None;
        }
    }
    // The appositive must name a role.
    let has_role = (start..k).any(|i| {
        let w = s.text(i).to_lowercase();
        is_role_noun(&w) || lex.titles.contains(&w)
    }) || (by_shape
        && (agent_of_named(s, start, k) || compound_role(s.text(start))));
    // "Hannah Cloke, a hydrologist at the University of Reading,": a noun phrase with an
    // article is a description even when its noun is not in the role list.
    let described = matches!(s.text(start), "a" | "an" | "the")
        && k - start <= 10
        && (start..k).all(|i| s.is_word(i) || matches!(s.text(i), "'" | "’" | "-"))
        && !(start..k).any(|i| {
            let w = s.text(i);
            reporting_verb(w).is_some() || matches!(w, "who" | "which" | "that")
        });
    if !has_role && !described {
        return None;
    }
    let end = k - 1;
    if start > end {
        return None;
    }
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(role_as_written(s, span))
}

/// "creator of The Simpsons", "founder of Acme": a lower-case agent noun (-er, -or,
/// -ist, -ian) opening the appositive, then "of", "at" or "for" and a name (after "the"
/// or not): "number of the day" names nothing.
/// The noun need not be in the role list: what a person does for a named body is a role.
fn agent_of_named(s: &Sent, start: usize, k: usize) -> bool {
    if k < start + 3 {
        return false;
    }
    let head = s.text(start);
    let next = s.text(start + 2);
    let named = first_upper(next) || (next == "the" && first_upper(s.text(start + 3)));
    !first_upper(head)
        && is_agent_noun(head)
        && matches!(s.text(start + 1), "of" | "at" | "for")
        && named
}

/// A person's noun by its ending: "creator", "founder", "economist", "historian".
fn is_agent_noun(w: &str) -> bool {
    w.chars().count() >= 5
        && w.chars().all(|c| c.is_lowercase())
        && !is_function_word(w)
        && ["er", "or", "ist", "ian"].iter().any(|x| w.ends_with(x))
}

/// "editor-in-chief", "co-founder": a hyphenated compound with a role noun or an agent
/// noun among its parts.
fn compound_role(w: &str) -> bool {
    w.contains('-') && !first_upper(w) && w.split('-').any(|p| is_role_noun(p) || is_agent_noun(p))
}

/// A short role phrase that opens the sentence and is set off by a comma before the name.
pub(super) fn fronted_role(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
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
pub(super) fn possessive_determiner(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "his" | "her" | "its" | "their")
}

/// A role set off by commas right before the name, inside the sentence: "her Chinese
/// counterpart, Wang Lihua,", "the head of the Chilean Red Cross, Mario Soto". The phrase
/// opens on "the" or a possessive determiner followed by a role noun or title, and the
/// name must close the appositive (a comma, a bracket or the end of the sentence).
pub(super) fn appositive_role_before(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
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
pub(super) fn and_name_after(s: &Sent, a: usize) -> bool {
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
pub(super) fn owner_role_phrase(s: &Sent, lex: &Lex, i: usize, end: usize) -> bool {
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
pub(super) fn list_role_before(s: &Sent, a: usize) -> Option<Role> {
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

/// "Its chairman" → "chairman of Rivers Alive": "its" is the organisation the clause is
/// about. Mid-sentence, that is the sentence's subject, else the one organisation named
/// before it in the sentence; opening a sentence, the subject of the sentence before,
/// else the one organisation that sentence names ("The health board cut jobs at Ward
/// Hospital. Its chief executive ..." is the board's). When neither settles it, the
/// role stays without an employer ("chief executive"): a guessed one would show in the
/// hover and the fix titles.
pub(super) fn resolve_its(r: &mut Role, s: &Sent, out: &[Candidate]) {
    let (rest, opens) = match (r.text.strip_prefix("Its "), r.text.strip_prefix("its ")) {
        (Some(rest), _) => (rest.to_string(), true),
        (_, Some(rest)) => (rest.to_string(), false),
        _ => return,
    };
    let doc = s.doc;
    let Some(si) = doc.sentence_at(r.span.start) else {
        return;
    };
    let this = doc.sentences[si].span;
    let before_role = Span::new(this.start, r.span.start);
    let mut org = None;
    if !opens {
        org = sentence_subject_org(doc, si, out).or_else(|| only_org_in(before_role, out));
    }
    if org.is_none() && si > 0 {
        let prev = doc.sentences[si - 1].span;
        org = sentence_subject_org(doc, si - 1, out).or_else(|| only_org_in(prev, out));
    }
    r.text = match org {
        Some(name) => format!("{rest} of {name}"),
        None => rest,
    };
}

/// The organisation opening sentence `si` ("Acme said", "The Acme board said"), if any.
fn sentence_subject_org(doc: &Document, si: usize, out: &[Candidate]) -> Option<String> {
    let toks = &doc.tokens[doc.sentences[si].tokens.clone()];
    let mut first = toks.iter().find(|t| t.kind == TokenKind::Word)?;
    if doc.slice(first.span).eq_ignore_ascii_case("the") {
        first = toks.iter().filter(|t| t.kind == TokenKind::Word).nth(1)?;
    }
    out.iter()
        .find(|c| c.span.start == first.span.start && c.kind == EntityKind::Organization)
        .map(|c| c.name.clone())
}

/// The one organisation named inside `span` (None for none or several).
fn only_org_in(span: Span, out: &[Candidate]) -> Option<String> {
    let mut orgs = out
        .iter()
        .filter(|c| c.kind == EntityKind::Organization && span.contains(c.span.start))
        .filter(|c| c.span.end <= span.end)
        .map(|c| c.name.as_str());
    let first = orgs.next()?;
    orgs.all(|n| n == first).then(|| first.to_string())
}

/// "from the Korea National Strategy Institute": a preposition and an organisation.
pub(super) fn prep_org_phrase(s: &Sent, lex: &Lex, p: usize) -> Option<Role> {
    let mut k = p + 1;
    if k < s.len() && s.text(k) == "the" {
        k += 1;
    }
    if k >= s.len() || !is_cap_word(s.text(k)) {
        return None;
    }
    let mut e = k;
    if let Some(r) = runs(s, lex).iter().find(|r| r.a == k) {
        e = r.b - 1;
    }
    let (name, _) = name_of(s, k, e + 1);
    if is_place(&name) || is_demonym(&name) {
        return None;
    }
    let span = Span::new(s.span(p).start, s.span(e).end);
    let text = collapse_ws(s.doc.slice(span));
    let text = text
        .strip_suffix("’s")
        .or_else(|| text.strip_suffix("'s"))
        .map(str::to_string)
        .unwrap_or(text);
    Some(Role {
        text,
        span,
        title: None,
    })
}

/// A role whose text is the words at `span` as the draft writes them (line breaks
/// folded), with no formal title: the shape every role reader above produces.
fn role_as_written(s: &Sent, span: Span) -> Role {
    Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    }
}
