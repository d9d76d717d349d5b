//! Role cues around a run that say what it is: lower-case words before it, a role noun
//! after it ("BA chairman"), "of/at/from X" after a role or a person.

use super::*;

/// Lower-case words right before `a`, nearest first, up to a function word or punctuation.
pub(crate) fn lower_before(s: &Sent, a: usize) -> Vec<usize> {
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
pub(crate) fn role_noun_after(s: &Sent, b: usize) -> bool {
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
pub(crate) fn org_preposition_before(s: &Sent, a: usize) -> bool {
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
