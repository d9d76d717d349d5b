//! Quotations and who speaks them.

use super::entities::{Entity, EntityId};
use super::segment::Document;
use super::span::Span;

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The entity's canonical name where known, else the source phrase as written.
    pub name: String,
    pub entity: Option<EntityId>,
    /// Where the draft names the speaker for this quotation (the pronoun, if resolved).
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quotation including its marks.
    pub span: Span,
    /// The quoted words only.
    pub inner: Span,
    pub speaker: Option<Speaker>,
}

/// Finds every quotation in the draft and its speaker.
pub fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let _ = (doc, entities);
    Vec::new()
}
