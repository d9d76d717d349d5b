//! Resolving a short reference ("Kim", "Mr Smith", "Peskow") to the entity it names: by
//! alias, by a longer name it ends, as an ambiguous form, or as a near-miss spelling.

use crate::analysis::lexicon::names::*;
use crate::analysis::segment::Document;
use crate::analysis::span::Span;

use super::super::candidates::{Candidate, Lex};
use super::super::{EntityKind, MentionForm, Role, SpellingVariant, VariantOf};
use super::spelling::{could_be_near_miss, near_miss, near_miss_candidates};
use super::{key, Builder};

/// Does `name` have more words than `words` and end with them? Compared word by word
/// from the end, with nothing allocated: it runs for every candidate and every person.
pub(super) fn ends_with_words(name: &str, words: &[String]) -> bool {
    let mut rev = name.split_whitespace().rev();
    words.iter().rev().all(|w| rev.next() == Some(w.as_str())) && rev.next().is_some()
}

/// A person already in the draft whose full name ends with these words: "Parker Bowles"
/// after "Camilla Parker Bowles" is a later reference, not a second person.
pub(super) fn longer_person_name(b: &Builder, c: &Candidate) -> Option<usize> {
    if c.kind != EntityKind::Person || c.words.len() < 2 {
        return None;
    }
    let found: Vec<usize> = b
        .by_name_ending
        .get(&c.words.join(" "))
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| {
            let e = &b.entities[i];
            e.kind == EntityKind::Person && ends_with_words(&e.name, &c.words)
        })
        .collect();
    match found.as_slice() {
        [id] => Some(*id),
        _ => None,
    }
}

pub(super) fn resolve(
    b: &mut Builder,
    lex: &Lex,
    doc: &Document,
    span: Span,
    words: &[String],
    honorific: bool,
    roles: &[Role],
) {
    let form = words.join(" ");
    if lex.not_name(&form) {
        return;
    }
    let ids = b.aliases.get(&key(&form)).cloned().unwrap_or_default();
    // Forms that are also places or nationalities ("German" for Mike German) count only
    // with an honorific.
    let risky = is_demonym(&form) || is_place(&form) || is_calendar(&form);
    if ids.len() == 1 && (!risky || honorific || b.entities[ids[0]].name == form) {
        let id = ids[0];
        let full = key(&b.entities[id].name) == key(&form);
        b.add_mention(
            id,
            span,
            if full {
                MentionForm::Full
            } else {
                MentionForm::Short
            },
        );
        b.add_roles(id, roles);
        return;
    }
    if ids.len() > 1 {
        let persons: Vec<usize> = ids
            .iter()
            .copied()
            .filter(|&i| b.entities[i].kind == EntityKind::Person)
            .collect();
        let set = if persons.is_empty() { ids } else { persons };
        if set.len() == 1 {
            b.add_mention(set[0], span, MentionForm::Short);
            return;
        }
        for id in set {
            b.entities[id].ambiguous.push(span);
        }
        b.cover(span);
        return;
    }
    if words.len() != 1 || risky {
        return;
    }
    let w = &words[0];
    // "Mr Ebber's" for "Mr Ebbers'": an apostrophe slip, not another person.
    if let Some(ids) = b.aliases.get(&key(&format!("{w}s"))) {
        if let [id] = ids.as_slice() {
            let id = *id;
            if b.entities[id].kind == EntityKind::Person {
                b.add_mention(id, span, MentionForm::Short);
                return;
            }
        }
    }
    // A near-miss of a person's surname: "Peskow" for "Peskov".
    let mut best: Option<(usize, String)> = None;
    for (id, f) in near_miss_candidates(b, w) {
        let e = &b.entities[id];
        // A later reference only: a word before the introduction is someone or something else.
        if e.kind != EntityKind::Person || e.introduction().is_none_or(|i| i.start > span.start) {
            continue;
        }
        if could_be_near_miss(w, &f) && near_miss(w, &f) {
            if best.as_ref().is_some_and(|(other, _)| *other != id) {
                // Close to two people: not a safe guess.
                return;
            }
            best = Some((id, f));
        }
    }
    if let Some((id, expected)) = best {
        // A word that is itself a given name or a known organisation is not a slip.
        if is_known_org(w) {
            return;
        }
        let intro = b.entities[id].introduction().unwrap_or(span);
        b.entities[id].variants.push(SpellingVariant {
            span,
            written: w.clone(),
            expected,
            of: VariantOf::Introduction(intro),
        });
        b.add_mention(id, span, MentionForm::Short);
        return;
    }
    // "Mr Smith" with no introduction: a person known only by surname.
    if honorific || !roles.is_empty() {
        let id = b.new_entity(w, EntityKind::Person);
        b.add_mention(id, span, MentionForm::Short);
        b.add_roles(id, roles);
        b.add_alias(w, id);
    }
    let _ = doc;
}
