//! The names a later reference may use: a person's surname or family name, an
//! organisation's short name, initials and legal-form-less name, and the other names of
//! the same party.

use std::collections::HashMap;

use crate::analysis::lexicon::english::{is_common_word, is_given_name};
use crate::analysis::lexicon::names::*;

use super::super::candidates::Candidate;
use super::super::EntityKind;
use super::team_short_form;
use super::{key, Builder};

/// Is a Korean or Chinese name written family name first ("Kim Hong-kyun", "Lin Jian")?
pub fn family_name_first(words: &[String]) -> bool {
    if words.len() < 2 || !is_east_asian_family_name(&words[0]) {
        return false;
    }
    let last = &words[words.len() - 1];
    if is_given_name(&words[0]) && !words[1].contains('-') && words.len() < 3 {
        // "Lin Jian" or "Lee Anderson"? A short second part that is neither a given name
        // nor an English word reads as a romanised given name.
        let second = &words[1];
        return second.chars().count() <= 5 && !is_given_name(second) && !is_common_word(second);
    }
    !is_east_asian_family_name(last) || words[1].contains('-') || words.len() >= 3
}

/// `person_short_forms` of a person's name, from `cache` when it was worked out before.
pub(super) fn cached_short_forms<'c>(
    cache: &'c mut HashMap<String, Vec<String>>,
    name: &str,
) -> &'c [String] {
    if !cache.contains_key(name) {
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        cache.insert(name.to_string(), person_short_forms(&words));
    }
    cache.get(name).map_or(&[], Vec::as_slice)
}

/// The forms a later reference may use for a person: the surname (with its particles:
/// "Van den Brul", "von der Leyen"), or the family name for names written family first.
pub(super) fn person_short_forms(words: &[String]) -> Vec<String> {
    if words.len() < 2 {
        return Vec::new();
    }
    if family_name_first(words) {
        return vec![words[0].clone()];
    }
    // "Martin Luther King Jnr" is "King", never "Jnr".
    let words = match words.split_last() {
        Some((last, rest)) if is_name_suffix(last.trim_end_matches('.')) && rest.len() >= 2 => rest,
        _ => words,
    };
    let mut out = Vec::new();
    let last = words.len() - 1;
    let mut start = last;
    while start > 1 && is_name_particle(&words[start - 1].to_lowercase()) {
        start -= 1;
    }
    if start < last {
        out.push(words[start..].join(" "));
        // "Van den Brul" is also "Brul".
    } else if words.len() == 3
        && is_given_name(&words[0])
        && words[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_given_name(&words[1])
    {
        // "Isabel Ortega Ruiz" is "Ms Ortega Ruiz": Spanish and Portuguese names carry
        // two surnames, and later references use both.
        out.push(words[1..].join(" "));
    }
    out.push(words[last].clone());
    out
}

/// The forms a later reference may use for an organisation.
pub(super) fn org_short_forms(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut w: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
    while w.len() > 1 && is_legal_form(w[w.len() - 1]) {
        w.pop();
        out.push(w.join(" "));
    }
    // "Walt Disney Co." → "Disney": a company named after its founder is called by the
    // surname. The legal form is the evidence that the given name and surname are a
    // company's name, not a person's.
    let stripped = w.len() < words.len();
    if stripped && w.len() == 2 && is_given_name(w[0]) && !is_common_word(&w[1].to_lowercase()) {
        out.push(w[1].to_string());
    }
    // "Fox Broadcasting" → "Fox", "Verizon Communications" → "Verizon".
    if w.len() == 2 && is_org_suffix(w[1]) && !is_legal_form(w[1]) {
        let first = w[0];
        if !is_demonym(first) && !is_place(first) && !is_function_word(first) {
            out.push(first.to_string());
        }
    }
    // Initials: "British Airways" → "BA", "British Medical Association" → "BMA".
    let initials: String = words
        .iter()
        .filter(|x| !is_function_word(x) && !is_legal_form(x))
        .filter_map(|x| x.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if initials.chars().count() >= 2 && words.len() >= 2 {
        out.push(initials);
    }
    if let Some(last) = team_short_form::after_place_prefix(words) {
        out.push(last.to_string());
    }
    // "Afghan Taliban" → "Taliban"; "California Public Utilities Commission" → "PUC": a
    // place or nationality before the name is often dropped later. Only a rest that
    // cannot be a common word stands alone ("British Airways" is never "Airways").
    if words.len() >= 2 && (is_demonym(&words[0]) || is_place(&words[0])) {
        let rest = &words[1..];
        if rest.len() == 1 && !is_common_word(&rest[0].to_lowercase()) {
            out.push(rest[0].clone());
        }
        let rest_initials: String = rest
            .iter()
            .filter(|x| !is_function_word(x) && !is_legal_form(x))
            .filter_map(|x| x.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        if rest.len() >= 3 && rest_initials.chars().count() >= 3 {
            out.push(rest_initials);
        }
    }
    out
}

pub(super) fn add_short_forms(b: &mut Builder, id: usize) {
    let words: Vec<String> = b.entities[id]
        .name
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let forms = match b.entities[id].kind {
        EntityKind::Person => person_short_forms(&words),
        EntityKind::Organization => org_short_forms(&words),
    };
    for f in forms {
        b.add_alias(&f, id);
    }
    // Every other name of the same party ("Tory" once "Conservatives" is known).
    if b.entities[id].kind == EntityKind::Organization {
        if let Some(family) = party_family(&b.entities[id].name) {
            for (form, _) in PARTY_FAMILIES.iter().filter(|(_, f)| *f == family) {
                b.add_alias(form, id);
            }
        }
    }
    let name = b.entities[id].name.clone();
    b.add_alias(&name, id);
}

/// The organisation already in the draft that is the same party under another of its
/// names ("Tories" after "Conservatives", "Lib Dem" after "Liberal Democrats").
pub(super) fn same_party(b: &Builder, name: &str) -> Option<usize> {
    let family = party_family(name)?;
    b.entities
        .iter()
        .position(|e| e.kind == EntityKind::Organization && party_family(&e.name) == Some(family))
}

/// An organisation already in the draft under a fuller or plainer name: "Lib Dems" for
/// the Liberal Democrats, "Welsh Liberal Democrat" for the Liberal Democrats.
pub(super) fn org_variant_of_existing(b: &Builder, c: &Candidate) -> Option<usize> {
    if c.kind != EntityKind::Organization {
        return None;
    }
    if let Some(id) = same_party(b, &c.name) {
        return Some(id);
    }
    if c.words.len() >= 2 && is_demonym(&c.words[0]) {
        let rest = c.words[1..].join(" ");
        for k in [rest.clone(), format!("{rest}s")] {
            if let Some(&id) = b.by_name.get(&key(&k)) {
                if b.entities[id].kind == EntityKind::Organization {
                    return Some(id);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn family_name_order() {
        assert!(family_name_first(&w("Kim Hong-kyun")));
        assert!(family_name_first(&w("Yoon Suk Yeol")));
        assert!(family_name_first(&w("Lin Jian")));
        assert!(!family_name_first(&w("Jake Kwon")));
        assert!(!family_name_first(&w("Hosu Lee")));
        assert!(!family_name_first(&w("Lee Anderson")));
        assert_eq!(person_short_forms(&w("Kim Hong-kyun")), ["Kim"]);
        assert_eq!(
            person_short_forms(&w("Nick Van den Brul")),
            ["Van den Brul", "Brul"]
        );
    }

    #[test]
    fn organisation_short_forms() {
        assert!(org_short_forms(&w("British Airways")).contains(&"BA".to_string()));
        assert!(org_short_forms(&w("Fox Broadcasting")).contains(&"Fox".to_string()));
        assert!(org_short_forms(&w("News Corp Ltd")).contains(&"News Corp".to_string()));
        assert!(!org_short_forms(&w("British Telecom")).contains(&"British".to_string()));
        // A founder's name with a legal form is called by the surname; without one, or
        // with a common word for a surname, it is not.
        assert!(org_short_forms(&w("Harold Brinkley Inc")).contains(&"Brinkley".to_string()));
        assert!(!org_short_forms(&w("Harold Brinkley")).contains(&"Brinkley".to_string()));
        assert!(!org_short_forms(&w("Harold Bridge Ltd")).contains(&"Bridge".to_string()));
    }
}
