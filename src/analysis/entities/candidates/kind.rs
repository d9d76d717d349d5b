//! The kind decision: person, organisation or neither, from the cues around a name run
//! and the shape of its words.

use super::*;

/// The cues in the words around the run.
pub(super) struct Cues {
    /// An honorific or a formal title in the run: a person, by a clear cue.
    pub(super) titled: bool,
    /// An organisation descriptor or cue word shortly before ("the airline", "rival").
    pub(super) desc_before: bool,
    /// A role noun or a field's role right before ("analyst", "aviation analyst").
    pub(super) role_before: bool,
    /// A role noun right after ("Gazprom chief executive").
    pub(super) role_after: bool,
    /// An organisation's preposition before ("at", "for").
    pub(super) prep_org: bool,
}

impl Cues {
    pub(super) fn around(s: &Sent, lex: &Lex, titled: bool, run_a: usize, b: usize) -> Self {
        let before = lower_before(s, run_a);
        let desc_before = before.iter().take(3).any(|&i| {
            is_org_descriptor(s.text(i)) || lex.org_cues.contains(&s.text(i).to_lowercase())
        });
        let role_before = before
            .first()
            .is_some_and(|&i| is_role_noun(s.text(i)) || team_position(s, i))
            || role_of_field_before(s, run_a).is_some();
        Cues {
            titled,
            desc_before,
            role_before,
            role_after: role_noun_after(s, b),
            prep_org: org_preposition_before(s, run_a),
        }
    }
}

/// A word that is not a common word, a place, a nationality or a month (or is a name
/// particle): the stuff of names.
fn uncommon(w: &str) -> bool {
    is_name_particle(w) || (!is_common_word(w) && !is_place(w) && !is_demonym(w) && !is_calendar(w))
}

/// What the words of the name look like.
pub(super) struct Shape {
    pub(super) n: usize,
    pub(super) all_uncommon: bool,
    /// A given name first ("Mike German", "Louise Christian") lets the surname be a word
    /// that is also a nationality.
    pub(super) given_first: bool,
    /// Places and nationalities inside a name make it something else ("North Korean").
    pub(super) has_place: bool,
    /// "Ieuan Wyn Jones": first and last words are names, the middle may be anything.
    pub(super) ends_uncommon: bool,
    /// "Moon Seong-mok", "Hosu Lee": Korean and Chinese names in either order.
    pub(super) east_asian: bool,
    /// The surname is a common word.
    pub(super) common_surname: bool,
}

impl Shape {
    pub(super) fn of(words: &[String]) -> Self {
        let n = words.len();
        let first = words[0].as_str();
        let given_first = is_given_name(first)
            && !is_place(first)
            && !is_demonym(first)
            && !is_calendar(first)
            && n >= 2;
        let has_place = words.iter().enumerate().any(|(i, w)| {
            !(given_first && i == n - 1) && (is_place(w) || is_demonym(w) || is_calendar(w))
        });
        // "Samuel Okafor Jr": the surname before a generational suffix decides.
        let surname = match words.split_last() {
            Some((last, rest)) if is_name_suffix(last) && rest.len() >= 2 => &rest[rest.len() - 1],
            _ => &words[n - 1],
        };
        let east_asian = (2..=3).contains(&n)
            && !has_place
            && ((is_east_asian_family_name(first)
                && words[1..].iter().all(|w| !is_common_word(w)))
                || (is_east_asian_family_name(&words[n - 1]) && uncommon(first)));
        Shape {
            n,
            all_uncommon: words.iter().all(|w| uncommon(w)),
            given_first,
            has_place,
            ends_uncommon: n >= 2 && uncommon(first) && uncommon(surname) && !has_place,
            east_asian,
            common_surname: is_common_word(surname),
        }
    }
}

/// Token positions the kind decision reads: where the run began, where the name begins
/// (after a title), and where both end.
pub(super) struct Spans {
    pub(super) run_a: usize,
    pub(super) name_a: usize,
    pub(super) b: usize,
}

/// Person or organisation, and whether by a clear cue; `None` when the words are
/// neither or the evidence is too thin.
pub(super) fn decide_kind(
    s: &Sent,
    lex: &Lex,
    name: &str,
    words: &[String],
    shape: &Shape,
    cues: &Cues,
    at: &Spans,
) -> Option<(EntityKind, bool)> {
    let n = shape.n;
    let first = words[0].as_str();
    let no_acronym = !words.iter().any(|w| is_acronym(w));
    if cues.titled {
        return Some((EntityKind::Person, true));
    }
    if cues.desc_before && !cues.role_before {
        return Some((EntityKind::Organization, true));
    }
    if cues.prep_org
        || (cues.role_after
            && !is_place(name)
            && !is_demonym(first)
            && !adjective_ic(&words[n - 1]))
    {
        if is_place(name) || words.iter().all(|w| is_demonym(w) || is_place(w)) {
            return None;
        }
        let strong = cues.prep_org || n == 1 || cues.role_after;
        return Some((EntityKind::Organization, strong));
    }
    if cues.role_before && (n >= 2 || shape.all_uncommon) {
        return Some((EntityKind::Person, true));
    }
    if n == 1 {
        let w = first;
        let org_shaped = (is_acronym(w) && !is_not_org_acronym(w) && !is_place(w))
            || (is_camel_case(w) && !is_place(w))
            || (is_news_org_after_the(w) && s_prev_is_the(s, at.run_a));
        // A lone capitalised word with no cue: linked later if the draft names it
        // elsewhere; otherwise nothing.
        return org_shaped.then_some((EntityKind::Organization, true));
    }
    if !shape.has_place
        && (is_given_name(first) && !shape.common_surname
            || is_given_name_pair(s, at.name_a, at.b)
            || shape.east_asian)
    {
        return Some((EntityKind::Person, true));
    }
    if (shape.all_uncommon || shape.ends_uncommon) && no_acronym {
        return Some((EntityKind::Person, false));
    }
    // "Ieuan Wyn Jones, leader of ...", "Ann Rivers said": a role or a reporting verb
    // right after makes a name of words that are also common words.
    if n >= 2
        && !shape.has_place
        && (uncommon(first) || shape.given_first)
        && no_acronym
        && (role_after_name_as_cue(s, lex, at.b).is_some() || reporting_verb_after(s, at.b))
    {
        return Some((EntityKind::Person, true));
    }
    if words.iter().all(|w| is_acronym(w) || !is_common_word(w))
        && is_acronym(first)
        && !is_place(first)
    {
        return Some((EntityKind::Organization, true));
    }
    None
}

/// A person's name is not shaped like a place ("Napa County"), is not overlong, carries
/// no abbreviation and holds no place word, unless a title or honorific (or for a place
/// word, a role before it) says otherwise.
pub(super) fn person_shaped(words: &[String], shape: &Shape, cues: &Cues) -> bool {
    let n = shape.n;
    // "Napa County", "San Francisco Bay Area": a place head ends a place, not a person,
    // unless a given name opens it ("Grace Park") or a title or honorific says otherwise.
    let place_shaped = n >= 2 && is_place_head(&words[n - 1]) && !is_given_name(&words[0]);
    if place_shaped && !cues.titled {
        return false;
    }
    if n > 5
        || words
            .iter()
            .any(|w| is_acronym(w) && w.len() > 1 && !is_name_suffix(w))
    {
        return false;
    }
    !(shape.has_place && !cues.titled && !cues.role_before)
}
