//! British styles that belong to a name: a knight is "Sir Alex Ferguson" and a peer
//! "Lord Goldsmith", not "Alex Ferguson" or a bare "Goldsmith". A peer written by title
//! and surname alone ("Lord Goldsmith") is fully introduced by it, as style guides have it,
//! so that mention is a full form; "Mr Goldsmith" is not.

use crate::analysis::lexicon::names::{is_knighthood_style, is_peerage_style};
use crate::analysis::segment::Document;

use super::super::{Entity, EntityKind, MentionForm};

/// The style word written right before `start`, if it is one ("Lord ", "Sir ").
fn style_before(doc: &Document, start: usize) -> Option<&str> {
    let before = doc.text.get(..start)?.strip_suffix(' ')?;
    let word = before.rsplit([' ', '\n', '\t', '(', '“', '"']).next()?;
    (is_peerage_style(word) || is_knighthood_style(word)).then_some(word)
}

/// Puts the style a person is introduced with into the name, and makes a peer's
/// "Lord Surname" mentions full ones.
pub(super) fn apply(doc: &Document, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let Some(first) = e.mentions.first().map(|m| m.span.start) else {
            continue;
        };
        let Some(style) = style_before(doc, first) else {
            continue;
        };
        let one_word = !e.name.contains(' ');
        if is_peerage_style(style) && one_word {
            for m in e.mentions.iter_mut() {
                if style_before(doc, m.span.start) == Some(style) {
                    m.form = MentionForm::Full;
                }
            }
        } else if one_word {
            // "Sir Alex": a knight's given name alone is no full name.
            continue;
        }
        if !e.name.starts_with(style) {
            e.name = format!("{style} {}", e.name);
        }
    }
}

/// "Sir Alex" after "Sir Alex Ferguson": a knight's style and given name alone refer to
/// the knight the draft introduced with them, so that short form joins that entity
/// rather than standing as a person of its own. Two knights of one given name leave it
/// apart (it could be either).
pub(super) fn join_knights_given_names(doc: &Document, entities: &mut Vec<Entity>) {
    let mut joined = Vec::new();
    for i in 0..entities.len() {
        let e = &entities[i];
        if e.kind != EntityKind::Person || e.name.contains(' ') {
            continue;
        }
        let styled = e
            .mentions
            .iter()
            .all(|m| style_before(doc, m.span.start).is_some_and(is_knighthood_style));
        if !styled || e.mentions.is_empty() {
            continue;
        }
        let knights: Vec<usize> = (0..entities.len())
            .filter(|&k| k != i && knighted_with_given_name(&entities[k], &e.name))
            .collect();
        if let [k] = knights[..] {
            joined.push((i, k));
        }
    }
    for &(i, k) in &joined {
        let moved: Vec<_> = entities[i]
            .mentions
            .iter()
            .map(|m| super::super::Mention {
                span: m.span,
                form: MentionForm::Short,
            })
            .collect();
        entities[k].mentions.extend(moved);
        entities[k].mentions.sort_by_key(|m| m.span.start);
        entities[i].mentions.clear();
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// "Sir Alex Ferguson" for the given name "Alex".
fn knighted_with_given_name(e: &Entity, given: &str) -> bool {
    let mut words = e.name.split_whitespace();
    e.kind == EntityKind::Person
        && words.next().is_some_and(is_knighthood_style)
        && words.next() == Some(given)
        && words.next().is_some()
}
