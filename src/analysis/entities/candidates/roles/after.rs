//! Roles stated after the name: appositives (", editor of ...", ", who is ..."), and
//! "from/of/at the X" prepositional roles.

use super::*;

/// A role stated after the name: ", editor of the Ukrainian publication Defence Express,",
/// ", who is the party's leader,", " from the Korea National Strategy Institute",
/// " of the Economist Intelligence Unit", ", for the Liberal Democrats,".
pub(crate) fn role_after_name(s: &Sent, lex: &Lex, b: usize, _prev: Option<Role>) -> Option<Role> {
    appositive_role_after(s, lex, b, true)
}

/// How many words an appositive may have: 14, or 24 when it opens on an article and a
/// role noun within its first three words ("an expert in ... at the University of
/// York"): a description of one person that names where they work at length.
fn appositive_limit(s: &Sent, words: &[usize]) -> usize {
    let article = matches!(s.text(words[0]), "a" | "an" | "the");
    let early_role = words
        .iter()
        .skip(1)
        .take(2)
        .any(|&i| is_role_noun(s.text(i)));
    // "an attorney by the time her husband ...": a clause about the person runs on.
    let no_clause = !words.iter().any(|&i| {
        let w = s.text(i);
        possessive_determiner(w) || matches!(w, "who" | "whose" | "which" | "that")
    });
    if article && early_role && no_clause {
        24
    } else {
        14
    }
}

/// A role after the words as a cue that they are a person's name ("Ann Rivers, leader
/// of ..."): only a listed role noun or title counts, never an agent noun by its ending
/// ("the Boston Globe, winner of the award" names no person).
pub(crate) fn role_after_name_as_cue(s: &Sent, lex: &Lex, b: usize) -> Option<Role> {
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
    if words.is_empty() || words.len() > appositive_limit(s, &words) {
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
    // A role noun before a name is another person's introduction too ("..., Bears
    // coach Ann Roe, ...": a list of people, not a role).
    if words.windows(2).any(|p| {
        let (w, next) = (s.text(p[0]), s.text(p[1]));
        (lex.title_head(w) && first_upper(next)) || (is_role_noun(w) && is_given_name(next))
    }) {
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
        // "Ann Roe, Labour MP for Leeds,": a formal title inside counts like a role noun
        // (a title followed by a name was refused above as a second person).
        let capital_role = (words[0]..k)
            .any(|i| is_role_noun(&s.text(i).to_lowercase()) || lex.title_head(s.text(i)));
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
        is_role_noun(&w) || lex.titles.contains(&w) || lex.title_head(s.text(i))
    }) || (by_shape
        && (agent_of_named(s, start, k) || compound_role(s.text(start))));
    // "Hannah Cloke, a hydrologist at the University of Reading,": a noun phrase with an
    // article is a description even when its noun is not in the role list; one with
    // "his" or "her" inside tells of something the person did ("the first man to lose
    // his ..."), not what they are.
    let described = matches!(s.text(start), "a" | "an" | "the")
        && k - start <= 10
        && (start..k).all(|i| s.is_word(i) || matches!(s.text(i), "'" | "’" | "-"))
        && !(start..k).any(|i| {
            let w = s.text(i);
            reporting_verb(w).is_some()
                || matches!(w, "who" | "which" | "that")
                || possessive_determiner(w)
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

/// "from the Korea National Strategy Institute": a preposition and an organisation.
pub(crate) fn prep_org_phrase(s: &Sent, lex: &Lex, p: usize) -> Option<Role> {
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
