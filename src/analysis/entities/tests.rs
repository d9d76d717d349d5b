use super::*;
use crate::analysis::markup::Format;
use crate::analysis::segment::segment;

fn ents(text: &str) -> Vec<Entity> {
    recognize(&segment(text, Format::PlainText), &Context::default())
}

fn find<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
    es.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!(
            "no {name} in {:?}",
            es.iter().map(|e| &e.name).collect::<Vec<_>>()
        )
    })
}

#[test]
fn title_role_and_surname_alias() {
    let text = "Later, Kremlin spokesperson Dmitry Peskov said the talks went well. Peskov left.";
    let es = ents(text);
    let p = find(&es, "Dmitry Peskov");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.role(), Some("Kremlin spokesperson"));
    assert_eq!(p.mentions.len(), 2);
    assert_eq!(find(&es, "Kremlin").kind, EntityKind::Organization);
    assert!(!es.iter().any(|e| e.name == "Later"));
}
