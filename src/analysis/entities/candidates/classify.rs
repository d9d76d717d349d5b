//! Person or organisation: classifies each name run by its cues, and what is neither
//! (datelines, tickers, shouted headlines, quoted nicknames).

use super::*;

/// "ISPs", "MPs", "CEOs": a plural of an abbreviation is a common noun.
pub fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_acronym(stem))
}

/// A stock ticker in angle brackets: "<CCB>".
pub(super) fn ticker(s: &Sent, run: Run) -> bool {
    run.a > 0 && s.text(run.a - 1) == "<" && run.b < s.len() && s.text(run.b) == ">"
}

/// A wire dateline: a place in capitals opening the story, before a comma, a dash or the
/// agency in brackets ("LONDON (AP) —", "HANOI, Vietnam (AP) —"). A place, not a name.
pub(super) fn dateline(s: &Sent, run: Run, start: usize) -> bool {
    if run.a != start || run.b - run.a != 1 || run.b >= s.len() {
        return false;
    }
    let w = s.text(run.a);
    if w.chars().filter(|c| c.is_alphabetic()).count() < 3 || w.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let next = s.text(run.b);
    let agency = next == "("
        && run.b + 1 < s.len()
        && matches!(s.text(run.b + 1), "AP" | "Reuters" | "AFP" | "UPI" | "CNN");
    let mut chars = w.chars();
    let title_case: String = chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    agency || (matches!(next, "," | "—" | "–") && is_place(&title_case))
}

/// A run that is the whole of a quotation: a nickname or a title ("“Sir Wastealot”").
pub(super) fn quoted_alone(s: &Sent, run: Run) -> bool {
    let open = |t: &str| matches!(t, "\"" | "“" | "‘" | "'");
    let close = |t: &str| matches!(t, "\"" | "”" | "’" | "'");
    run.a > 0
        && open(s.text(run.a - 1))
        && s.span(run.a - 1).end == s.span(run.a).start
        && run.b < s.len()
        && close(s.text(run.b))
}

/// Several words in capitals: a dateline or a shouted headline ("NEW YORK").
pub(super) fn shouted(s: &Sent, run: Run) -> bool {
    let words: Vec<&str> = (run.a..run.b)
        .filter(|&i| s.is_word(i))
        .map(|i| s.text(i))
        .collect();
    words.len() >= 2
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(|c| c.is_lowercase())
        })
        && !is_known_org(&words.join(" "))
}

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
    let mut a = run.a;
    let b = run.b;
    let mut honorific = false;
    let mut strong = false;
    let mut title: Option<(usize, usize)> = None; // token range of a title inside the run

    // "A&E", "R&D": an abbreviation written with a glued ampersand is one word; when it
    // is a common noun the whole run is nothing ("&E" is never a name).
    if (a..b).all(|i| i + 1 == b || s.glued(i)) && b - a >= 3 {
        let whole: String = (a..b).map(|i| s.text(i)).collect();
        if whole.contains('&') && is_not_org_acronym(&whole) {
            return;
        }
    }
    // Leading function words and honorifics.
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
            strong = true;
            a += 1;
            // "Mr. Kim": the stop is inside the token or a separate token.
            if a < b && s.text(a) == "." {
                a += 1;
            }
            continue;
        }
        break;
    }
    // A run left starting on a symbol ("&E" once "A" is dropped) is a fragment.
    if a >= b || !s.is_word(a) {
        return;
    }
    // "Pine Hill Arena, Camden, NJ": a name followed by a town and a state's postal code
    // is a venue in an address, not a company; a given name first ("Jane Roe, Camden,
    // NJ", a reader's letter) is still a person.
    if !honorific && !is_given_name(s.text(a)) && town_and_state_after(s, b) {
        return;
    }
    // "TX Oct", "Denver, CO": a state's postal code after a comma is an address.
    if is_us_state_code(s.text(a)) && a > 0 && s.text(a - 1) == "," {
        if b - a > 1 {
            classify(s, lex, Run { a: a + 1, b }, false, out);
        }
        return;
    }
    // "F Hamidou Diallo" (a player's position), "Briton Tim Abeyie", "Referee Graham
    // Poll": a letter or a descriptive word before a given name and a surname is not
    // part of the name; a role noun there is the person's role.
    let mut lead_role = None;
    if b - a >= 3 && is_given_name(s.text(a + 1)) && !lex.title_head(s.text(a)) {
        let w = s.text(a);
        let bare_letter = is_initial(w) && s.text(a + 1) != ".";
        if bare_letter || leading_non_name(w) {
            if is_role_noun(&w.to_lowercase()) {
                let span = s.span(a);
                lead_role = Some(Role {
                    text: w.to_string(),
                    span,
                    title: None,
                });
            }
            a += 1;
        }
    }

    // Organisation names and gazetteer entries win before anything else.
    if let Some(org_end) = org_in_run(s, lex, a, b) {
        let (oa, ob) = org_end;
        if oa > a {
            // Words before an organisation name in the same run: "BBC One's" is whole,
            // "Labour Assembly Government" is whole; a demonym before it ("Welsh") stays.
        }
        push_org(s, lex, oa, ob, true, out);
        if ob < b {
            classify(s, lex, Run { a: ob, b }, false, out);
        }
        return;
    }
    // A team before its people, a company before what it owns, "the X said".
    if !honorific && org_cues::org_from_context(s, lex, a, b) {
        org_cues::push_context_org(s, org_cues::org_start(s, a, b), b, out);
        return;
    }

    // A formal title inside the run: the last title head with a name after it.
    let mut k = b;
    while k > a {
        k -= 1;
        let w = s.text(k);
        if !lex.title_head(w) {
            continue;
        }
        // "Secretary of State", "Minister for Foreign Affairs": the title goes on over
        // "of"/"for" and the common words after it.
        let mut end = k + 1;
        if end < b && matches!(s.text(end), "of" | "for") {
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
            end = e;
        }
        // "AM for Aberavon": after a title with "of"/"for", a lone word is a place.
        if end > k + 1 && b - end < 2 {
            break;
        }
        // "Sen. Elizabeth Warren": the stop belongs to the title.
        if end < b && s.text(end) == "." {
            end += 1;
        }
        // "Martin Luther King Jnr": a title head followed only by a generational suffix
        // is the surname, not a title.
        let only_suffix = (end..b).all(|i| is_name_suffix(s.text(i)) || s.text(i) == ".");
        if end < b && !only_suffix && !is_common_name_word_after_title(s, end, b) {
            title = Some((a, end));
            break;
        }
    }
    // Sentence-initial capitalised common words are not names ("Following", "Later").
    if title.is_none() && sentence_start && !honorific {
        let w = s.text(a);
        let next_is_name = a + 1 < b
            && !is_common_word(strip_possessive(s.text(a + 1)).0)
            && (is_given_name(w) || is_east_asian_family_name(w));
        // "Tom Baker, a local shopkeeper, said": a given name with a role or a speech verb
        // after the name starts a name even when both words are also common words.
        let cue_after = b - a >= 2
            && is_given_name(w)
            && (role_after_name(s, lex, b, None).is_some()
                || (b < s.len()
                    && reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))));
        if is_common_word(strip_possessive(w).0)
            && !next_is_name
            && !is_given_name_pair(s, a, b)
            && !cue_after
        {
            if b - a == 1 {
                return;
            }
            classify(s, lex, Run { a: a + 1, b }, false, out);
            return;
        }
    }
    let mut name_a = a;
    let mut roles = Vec::new();
    if let Some((ta, tb)) = title {
        name_a = tb;
        strong = true;
        // What stands before the title head is part of the title; an organisation at its
        // start ("NATO Secretary-General") is also an entity.
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
        roles.push(Role {
            text: collapse_ws(s.doc.slice(span)),
            span,
            title: Some(title_text),
        });
    }
    let words = words_of(s, name_a, b);
    if words.is_empty() {
        return;
    }
    let (name, span) = name_of(s, name_a, b);
    if lex.not_name(&name) || words.iter().all(|w| lex.not_name(w)) {
        return;
    }
    if is_calendar(&name) || is_demonym(&name) || (is_place(&name) && !strong) {
        return;
    }

    // Context cues around the run.
    let before = lower_before(s, run.a);
    let desc_before = before
        .iter()
        .take(3)
        .any(|&i| is_org_descriptor(s.text(i)) || lex.org_cues.contains(&s.text(i).to_lowercase()));
    let role_before = before
        .first()
        .is_some_and(|&i| is_role_noun(s.text(i)) || team_position(s, i))
        || role_of_field_before(s, run.a).is_some();
    let role_after = role_noun_after(s, b);
    let prep_org = org_preposition_before(s, run.a);

    let n = words.len();
    let first = words[0].as_str();
    let uncommon = |w: &str| {
        is_name_particle(w)
            || (!is_common_word(w) && !is_place(w) && !is_demonym(w) && !is_calendar(w))
    };
    let all_uncommon = words.iter().all(|w| uncommon(w));
    // Places and nationalities inside a name make it something else ("North Korean").
    // A given name first ("Mike German", "Louise Christian") lets the surname be a word
    // that is also a nationality.
    let given_first = is_given_name(first)
        && !is_place(first)
        && !is_demonym(first)
        && !is_calendar(first)
        && n >= 2;
    let has_place = words.iter().enumerate().any(|(i, w)| {
        !(given_first && i == n - 1) && (is_place(w) || is_demonym(w) || is_calendar(w))
    });
    // "Ieuan Wyn Jones": first and last words are names, the middle may be anything.
    // "Samuel Okafor Jr": the surname before a generational suffix decides.
    let surname = match words.split_last() {
        Some((last, rest)) if is_name_suffix(last) && rest.len() >= 2 => &rest[rest.len() - 1],
        _ => &words[n - 1],
    };
    let ends_uncommon = n >= 2 && uncommon(first) && uncommon(surname) && !has_place;
    // "Moon Seong-mok", "Hosu Lee": Korean and Chinese names in either order.
    let east_asian = (2..=3).contains(&n)
        && !has_place
        && ((is_east_asian_family_name(first) && words[1..].iter().all(|w| !is_common_word(w)))
            || (is_east_asian_family_name(&words[n - 1]) && uncommon(first)));
    // Decide the kind.
    let kind;
    if honorific || title.is_some() {
        kind = EntityKind::Person;
    } else if desc_before && !role_before {
        kind = EntityKind::Organization;
        strong = true;
    } else if prep_org
        || (role_after && !is_place(&name) && !is_demonym(first) && !adjective_ic(&words[n - 1]))
    {
        if is_place(&name) || words.iter().all(|w| is_demonym(w) || is_place(w)) {
            return;
        }
        kind = EntityKind::Organization;
        strong = prep_org || n == 1 || role_after;
    } else if role_before && (n >= 2 || all_uncommon) {
        kind = EntityKind::Person;
        strong = true;
    } else if n == 1 {
        let w = first;
        let org_shaped = (is_acronym(w) && !is_not_org_acronym(w) && !is_place(w))
            || (is_camel_case(w) && !is_place(w))
            || (is_news_org_after_the(w) && s_prev_is_the(s, run.a));
        if org_shaped {
            kind = EntityKind::Organization;
            strong = true;
        } else {
            // A lone capitalised word with no cue: linked later if the draft names it
            // elsewhere; otherwise nothing.
            return;
        }
    } else if !has_place
        && (is_given_name(first) && !is_common_word(surname)
            || is_given_name_pair(s, name_a, b)
            || east_asian)
    {
        kind = EntityKind::Person;
        strong = true;
    } else if (all_uncommon || ends_uncommon) && !words.iter().any(|w| is_acronym(w)) {
        kind = EntityKind::Person;
    } else if n >= 2
        && !has_place
        && (uncommon(first) || given_first)
        && !words.iter().any(|w| is_acronym(w))
        && (role_after_name(s, lex, b, None).is_some()
            || (b < s.len() && reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))))
    {
        // "Ieuan Wyn Jones, leader of ...", "Ann Rivers said": a role or a reporting verb
        // right after makes a name of words that are also common words.
        kind = EntityKind::Person;
        strong = true;
    } else if words.iter().all(|w| is_acronym(w) || !is_common_word(w))
        && is_acronym(first)
        && !is_place(first)
    {
        kind = EntityKind::Organization;
        strong = true;
    } else {
        return;
    }

    // "Napa County", "San Francisco Bay Area": a place head ends a place, not a person,
    // unless a given name opens it ("Grace Park") or a title or honorific says otherwise.
    let place_shaped = n >= 2 && is_place_head(&words[n - 1]) && !is_given_name(first);
    if kind == EntityKind::Person && place_shaped && !honorific && title.is_none() {
        return;
    }
    if kind == EntityKind::Person {
        if n > 5
            || words
                .iter()
                .any(|w| is_acronym(w) && w.len() > 1 && !is_name_suffix(w))
        {
            return;
        }
        if let Some(r) = lead_role.take() {
            roles.push(r);
        }
        if has_place && !honorific && title.is_none() && !role_before {
            return;
        }
        // Role noun right before the name: "aviation analyst Mike Powell".
        if role_before && title.is_none() {
            let field_role = role_of_field_before(s, run.a);
            if let Some(r) = field_role.or_else(|| role_phrase_before(s, run.a)) {
                roles.push(r);
            }
        }
        // A role set off before the name: "The new President, Viktor Yushchenko, said";
        // "For the Welsh Liberal Democrats, Kirsty Williams said".
        if roles.is_empty() {
            if let Some(r) = fronted_role(s, lex, run.a, b) {
                roles.push(r);
            }
        }
        // "her Chinese counterpart, Wang Lihua,"; "the head of the Red Cross, Ana Ruiz".
        if roles.is_empty() {
            if let Some(r) = appositive_role_before(s, lex, run.a, b) {
                roles.push(r);
            }
        }
        // "actors Kevin Spacey, Halle Berry and George Clooney": a plural role before a
        // list of names is each one's role.
        if roles.is_empty() {
            if let Some(r) = list_role_before(s, run.a) {
                roles.push(r);
            }
        }
        // "Its chairman, Tom Ash": the role belongs to the organisation the clause is about.
        for r in roles.iter_mut() {
            resolve_its(r, s, out);
        }
        // Appositive after: "Valeriy Ryabykh, editor of ...", "Moon Seong-mok from the ...".
        if let Some(r) = role_after_name(s, lex, b, roles.last().cloned()) {
            if let Some(last) = roles.last_mut() {
                if r.span.start > last.span.end
                    && r.text.starts_with(|c: char| c.is_lowercase())
                    && is_prep_role(&r.text)
                {
                    // "aviation analyst Mike Powell of Dresdner ..." → one role.
                    last.text = format!("{} {}", last.text, r.text);
                    last.span = Span::new(last.span.start, r.span.end);
                } else {
                    roles.push(r);
                }
            } else {
                roles.push(r);
            }
        }
        // Organisations named inside "of/at/from the X" after the name are found as
        // their own runs with `prep_org`.
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

pub(super) fn is_prep_role(t: &str) -> bool {
    ["of ", "at ", "from ", "for "]
        .iter()
        .any(|p| t.starts_with(p))
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
