use super::*;
use crate::analysis::markup::Format;
use crate::analysis::segment::segment;

mod linking;
mod names;
mod role_choice;
mod roles;

/// The entities the whole recogniser finds in `text`; shared with the candidate steps'
/// own tests.
pub(super) fn ents(text: &str) -> Vec<Entity> {
    recognize(&segment(text, Format::PlainText), &Context::default())
}

/// The kind of the entity named exactly `name`, if one is found.
pub(super) fn kind_of(es: &[Entity], name: &str) -> Option<EntityKind> {
    es.iter().find(|e| e.name == name).map(|e| e.kind)
}

fn find<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
    es.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!(
            "no {name} in {:?}",
            es.iter().map(|e| &e.name).collect::<Vec<_>>()
        )
    })
}

fn mention_texts<'a>(text: &'a str, e: &Entity) -> Vec<&'a str> {
    e.mentions.iter().map(|m| m.span.slice(text)).collect()
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "Mr",
        "Mr.",
        "“",
        "A B C D E F G H I J",
        "(WLGA)",
        "Kim’s",
        "al-",
        "— Mr —",
        "’s",
    ] {
        let _ = ents(text);
    }
}

fn names(es: &[Entity]) -> Vec<&str> {
    es.iter().map(|e| e.name.as_str()).collect()
}
