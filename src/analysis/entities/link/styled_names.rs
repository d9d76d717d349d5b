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
