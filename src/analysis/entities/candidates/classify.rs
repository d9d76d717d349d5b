//! Person or organisation: classifies each name run in steps. Trim what is not the name
//! (function words, honorifics, a descriptor), let organisation names win, find a formal
//! title, decide the kind from the words' shape and the cues around the run, then gather
//! a person's roles.

use super::*;

pub(super) fn known_org(name: &str) -> bool {
    is_known_org(name)
}

/// Classifies one run and pushes what it names.
pub(super) fn classify(
    s: &Sent,
    lex: &Lex,
    run: Run,
    sentence_start: bool,
    out: &mut Vec<Candidate>,
) {
    let b = run.b;
    if ampersand_common_noun(s, run.a, b) {
        return;
    }
    let (a, honorific) = skip_function_words_and_honorifics(s, run.a, b);
    // A run left starting on a symbol ("&E" once "A" is dropped) is a fragment.
    if a >= b || !s.is_word(a) {
        return;
    }
    if address_part(s, lex, Trimmed { a, b, honorific }, out) {
        return;
    }
    let (a, lead_role) = leading_descriptor(s, lex, a, b);
    if organisation_first(s, lex, Trimmed { a, b, honorific }, out) {
        return;
    }
    let title = title_in_run(s, lex, a, b);
    if title.is_none() && sentence_start && !honorific && sentence_initial_common_word(s, lex, a, b)
    {
        if b - a > 1 {
            classify(s, lex, Run { a: a + 1, b }, false, out);
        }
        return;
    }
    let mut name_a = a;
    let mut roles = Vec::new();
    if let Some((ta, tb)) = title {
        name_a = tb;
        roles.push(title_role(s, lex, ta, tb, out));
    }
    let strong_so_far = honorific || title.is_some();
    let words = words_of(s, name_a, b);
    if words.is_empty() {
        return;
    }
    let (name, span) = name_of(s, name_a, b);
    if lex.not_name(&name) || words.iter().all(|w| lex.not_name(w)) {
        return;
    }
    if is_calendar(&name) || is_demonym(&name) || (is_place(&name) && !strong_so_far) {
        return;
    }
    let cues = Cues::around(s, lex, strong_so_far, run.a, b);
    let shape = Shape::of(&words);
    let at = Spans {
        run_a: run.a,
        name_a,
        b,
    };
    let Some((kind, strong)) = decide_kind(s, lex, &name, &words, &shape, &cues, &at) else {
        return;
    };
    if kind == EntityKind::Person {
        if !person_shaped(&words, &shape, &cues) {
            return;
        }
        roles.extend(lead_role);
        roles = person_roles(s, lex, &at, title.is_some(), cues.role_before, roles, out);
    }
    let acronym = if kind == EntityKind::Organization {
        acronym_after(s, b)
    } else {
        None
    };
    out.push(Candidate {
        span,
        name,
        words,
        kind,
        strong,
        honorific,
        roles,
        acronym,
    });
}

/// A run with its leading function words and honorifics trimmed: `[a, b)` and whether
/// an honorific was seen before it.
#[derive(Clone, Copy)]
struct Trimmed {
    a: usize,
    b: usize,
    honorific: bool,
}

/// "A&E", "R&D": an abbreviation written with a glued ampersand is one word; when it is
/// a common noun the whole run is nothing ("&E" is never a name).
fn ampersand_common_noun(s: &Sent, a: usize, b: usize) -> bool {
    if (a..b).all(|i| i + 1 == b || s.glued(i)) && b - a >= 3 {
        let whole: String = (a..b).map(|i| s.text(i)).collect();
        if whole.contains('&') && is_not_org_acronym(&whole) {
            return true;
        }
    }
    false
}

/// Leading function words and honorifics are not part of the name; an honorific says
/// the name is a person's. Returns the name's first token and whether one was seen.
fn skip_function_words_and_honorifics(s: &Sent, mut a: usize, b: usize) -> (usize, bool) {
    let mut honorific = false;
    while a < b {
        let w = s.text(a);
        // "AT&T": a word glued to an ampersand is part of the name.
        let amp_glued = s.glued(a) && a + 1 < b && s.text(a + 1) == "&";
        if is_function_word(w) && !amp_glued && !known_org_prefix(s, a, b) {
            a += 1;
            continue;
        }
        if is_honorific(w) {
            honorific = true;
            a += 1;
            // "Mr. Kim": the stop is inside the token or a separate token.
            if a < b && s.text(a) == "." {
                a += 1;
            }
            continue;
        }
        break;
    }
    (a, honorific)
}

/// Part of a postal address: true when the run is used up (nothing, or what follows a
/// state's code classified on its own).
fn address_part(s: &Sent, lex: &Lex, run: Trimmed, out: &mut Vec<Candidate>) -> bool {
    let Trimmed { a, b, honorific } = run;
    // "Pine Hill Arena, Camden, NJ": a name followed by a town and a state's postal code
    // is a venue in an address, not a company; a given name first ("Jane Roe, Camden,
    // NJ", a reader's letter) is still a person.
    if !honorific && !is_given_name(s.text(a)) && town_and_state_after(s, b) {
        return true;
    }
    // "TX Oct", "Denver, CO": a state's postal code after a comma is an address.
    if is_us_state_code(s.text(a)) && a > 0 && s.text(a - 1) == "," {
        if b - a > 1 {
            classify(s, lex, Run { a: a + 1, b }, false, out);
        }
        return true;
    }
    false
}

/// "F Hamidou Diallo" (a player's position), "Briton Tim Abeyie", "Referee Graham
/// Poll": a letter or a descriptive word before a given name and a surname is not part
/// of the name; a role noun or a nationality adjective there is the person's role.
fn leading_descriptor(s: &Sent, lex: &Lex, a: usize, b: usize) -> (usize, Option<Role>) {
    if b - a >= 3 && is_given_name(s.text(a + 1)) && !lex.title_head(s.text(a)) {
        let w = s.text(a);
        let bare_letter = is_initial(w) && s.text(a + 1) != ".";
        if bare_letter || leading_non_name(w) {
            // "Belgian Kim Roe": a nationality before the name is what the draft says of
            // the person when it says nothing else.
            let role = nationality_or_role_word(w).map(|text| Role {
                text,
                span: s.span(a),
                title: None,
            });
            return (a + 1, role);
        }
    }
    (a, None)
}

/// The role a descriptive word before a name states: a role noun as written, a
/// nationality as its adjective ("Briton" is British, "Scot" Scottish).
fn nationality_or_role_word(w: &str) -> Option<String> {
    let adjective = match w {
        "Briton" => Some("British"),
        "Scot" => Some("Scottish"),
        "Welshman" | "Welshwoman" => Some("Welsh"),
        _ => None,
    };
    if let Some(a) = adjective {
        return Some(a.to_string());
    }
    (is_role_noun(&w.to_lowercase()) || is_demonym(w)).then(|| w.to_string())
}

/// Organisation names and gazetteer entries win before anything else, then an
/// organisation read from its context (a team before its people, a company before what
/// it owns, "the X said"). True when the run was taken as one.
fn organisation_first(s: &Sent, lex: &Lex, run: Trimmed, out: &mut Vec<Candidate>) -> bool {
    let Trimmed { a, b, honorific } = run;
    // Words before an organisation name in the same run: "BBC One's" is whole, "Labour
    // Assembly Government" is whole; a demonym before it ("Welsh") stays.
    if let Some((oa, ob)) = org_in_run(s, lex, a, b) {
        push_org(s, lex, oa, ob, true, out);
        if ob < b {
            classify(s, lex, Run { a: ob, b }, false, out);
        }
        return true;
    }
    if !honorific && team_by_match::team_by_match(s, a, b) {
        org_cues::push_context_org(s, a, b, out);
        return true;
    }
    // "told the New York Daily News": the cue names the whole run, "New" included.
    if !honorific && org_by_cue::org_named_by_cue(s, lex, a, b) {
        org_cues::push_context_org(s, a, b, out);
        return true;
    }
    if !honorific && org_cues::org_from_context(s, lex, a, b) {
        org_cues::push_context_org(s, org_cues::org_start(s, a, b), b, out);
        return true;
    }
    false
}

/// A formal title inside the run: the last title head with a name after it. Returns the
/// token range of the title.
fn title_in_run(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut k = b;
    while k > a {
        k -= 1;
        if !lex.title_head(s.text(k)) {
            continue;
        }
        let end = title_end(s, k, b);
        // "AM for Aberavon": after a title with "of"/"for", a lone word is a place.
        if end > k + 1 && b - end < 2 {
            return None;
        }
        // "Sen. Elizabeth Warren": the stop belongs to the title.
        let end = if end < b && s.text(end) == "." {
            end + 1
        } else {
            end
        };
        // "Martin Luther King Jnr": a title head followed only by a generational suffix
        // is the surname, not a title.
        let only_suffix = (end..b).all(|i| is_name_suffix(s.text(i)) || s.text(i) == ".");
        if end < b && !only_suffix && !is_common_name_word_after_title(s, end, b) {
            return Some((a, end));
        }
    }
    None
}

/// "Secretary of State", "Minister for Foreign Affairs": the title goes on over
/// "of"/"for" and the common words after it. Returns the token after the title.
fn title_end(s: &Sent, k: usize, b: usize) -> usize {
    let end = k + 1;
    if !(end < b && matches!(s.text(end), "of" | "for")) {
        return end;
    }
    let mut e = end + 1;
    if e < b && s.text(e) == "the" {
        e += 1;
    }
    while e < b && {
        let x = s.text(e);
        is_title_modifier(x)
            || is_place(x)
            || x == "and"
            || (is_common_word(x) && !is_given_name(x))
    } {
        e += 1;
    }
    e
}

/// Sentence-initial capitalised common words are not names ("Following", "Later"),
/// unless a name follows or a cue after the run says the words are one.
fn sentence_initial_common_word(s: &Sent, lex: &Lex, a: usize, b: usize) -> bool {
    let w = s.text(a);
    let next_is_name = a + 1 < b
        && !is_common_word(strip_possessive(s.text(a + 1)).0)
        && (is_given_name(w) || is_east_asian_family_name(w));
    // "Tom Baker, a local shopkeeper, said": a given name with a role or a speech verb
    // after the name starts a name even when both words are also common words.
    let cue_after = b - a >= 2
        && is_given_name(w)
        && (role_after_name_as_cue(s, lex, b).is_some() || reporting_verb_after(s, b));
    is_common_word(strip_possessive(w).0)
        && !next_is_name
        && !is_given_name_pair(s, a, b)
        && !cue_after
}

/// A reporting verb in a tense (not its bare lemma) right after the run: "Ann Rivers said".
pub(super) fn reporting_verb_after(s: &Sent, b: usize) -> bool {
    b < s.len() && reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))
}

/// The title as the person's role, from any words that extend it backwards; an
/// organisation at its start ("NATO Secretary-General") is also an entity.
fn title_role(s: &Sent, lex: &Lex, ta: usize, tb: usize, out: &mut Vec<Candidate>) -> Role {
    for j in (ta + 1..tb).rev() {
        let (oname, _) = name_of(s, ta, j);
        let last = s.text(j - 1);
        let org_like = known_org(&oname)
            || (is_acronym(&oname) && !is_place(&oname) && !is_not_org_acronym(&oname))
            || (j - ta >= 2 && is_org_head(last) && !is_place(&oname));
        if org_like {
            push_org(s, lex, ta, j, true, out);
            break;
        }
    }
    let role_a = extend_title_back(s, ta);
    let span = Span::new(s.span(role_a).start, s.span(tb - 1).end);
    let title_text = collapse_ws(s.doc.slice(Span::new(s.span(ta).start, s.span(tb - 1).end)));
    Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: Some(title_text),
    }
}

/// "Sangmi Han": an unknown first word that looks like a given name followed by a surname.
pub(super) fn is_given_name_pair(s: &Sent, a: usize, b: usize) -> bool {
    // Length first: a one-word run has no second word to read ("AMr. Smith" panicked).
    if b.checked_sub(a) != Some(2) || a + 1 >= s.len() {
        return false;
    }
    let (first, second) = (s.text(a), strip_possessive(s.text(a + 1)).0);
    is_given_name(first)
        && first_upper(second)
        // "Sky Sports", "Will Power": two common words need another cue.
        && !(is_common_word(first) && is_common_word(second))
}

/// A run that starts with a known organisation although its first word is a function
/// word ("The Hague" is not one; "The Observer" can be).
pub(super) fn known_org_prefix(s: &Sent, a: usize, b: usize) -> bool {
    let _ = (s, a, b);
    false
}

/// After a title head, the rest must look like a name, not "Minister Responsible For".
pub(super) fn is_common_name_word_after_title(s: &Sent, a: usize, b: usize) -> bool {
    (a..b).all(|i| {
        let w = strip_possessive(s.text(i)).0;
        is_function_word(w) || (is_common_word(w) && !is_given_name(w) && !first_upper(w))
    })
}

pub(super) fn is_camel_case(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(f) = chars.next() else { return false };
    if !f.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    rest.iter().any(|c| c.is_lowercase())
        && rest
            .windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        && !w.contains('-')
        && !w.starts_with("Mc")
        && !w.starts_with("Mac")
}

pub(super) fn s_prev_is_the(s: &Sent, a: usize) -> bool {
    a > 0 && s.text(a - 1).eq_ignore_ascii_case("the")
}
