//! The draft's cast list for the outline: "People" and "Organisations", each entity at its
//! introduction with the roles the draft gives it as detail.

use tower_lsp_server::ls_types::{DocumentSymbol, Range, SymbolKind};

use super::backend::Analysed;
use super::position::{self, Encoding};
use crate::analysis::entities::{Entity, EntityKind};

fn roles(entity: &Entity) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for r in &entity.roles {
        if !seen.contains(&r.text.as_str()) {
            seen.push(&r.text);
        }
    }
    (!seen.is_empty()).then(|| seen.join("; "))
}

#[allow(deprecated)] // DocumentSymbol::deprecated must still be written out
fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    children: Option<Vec<DocumentSymbol>>,
) -> DocumentSymbol {
    DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: range,
        children,
    }
}

/// People first, then organisations; each group holds its members in order of
/// introduction. Empty groups are left out.
pub fn symbols(a: &Analysed, enc: Encoding) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    for (kind, label, symbol_kind) in [
        (EntityKind::Person, "People", SymbolKind::OBJECT),
        (EntityKind::Organization, "Organisations", SymbolKind::CLASS),
    ] {
        let mut members: Vec<(usize, DocumentSymbol)> = a
            .report
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .filter_map(|e| {
                let intro = e.introduction()?;
                Some((
                    intro.start,
                    symbol(
                        e.name.clone(),
                        roles(e),
                        symbol_kind,
                        position::range(&a.rope, intro, enc),
                        None,
                    ),
                ))
            })
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by_key(|(start, _)| *start);
        let members: Vec<DocumentSymbol> = members.into_iter().map(|(_, s)| s).collect();
        let start = members.iter().map(|s| s.range.start).min();
        let end = members.iter().map(|s| s.range.end).max();
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        out.push(symbol(
            label.to_string(),
            Some(format!("{}", members.len())),
            SymbolKind::NAMESPACE,
            Range::new(start, end),
            Some(members),
        ));
    }
    out
}
