//! Reporting clauses, their sources, the sentences they cover, and the claims that need one.

use super::context::Context;
use super::entities::{Entity, EntityId};
use super::quotes::Quote;
use super::segment::Document;
use super::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub enum SourceClass {
    /// A named person or organisation, or a specific identifiable body.
    Named,
    /// A pronoun or short reference resolved to a named source.
    Resolved { to: String },
    /// Anonymous or generic.
    Vague,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub span: Span,
    pub text: String,
    pub class: SourceClass,
    pub entity: Option<EntityId>,
}

/// A reporting clause: "officials said", "according to Tass", "reportedly".
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The reporting cue (verb, phrase or adverb).
    pub cue: Span,
    /// The cue carries a judgement ("claimed", "admitted", "insisted").
    pub judgement: bool,
    pub source: Option<Source>,
    /// The sentence the clause is in.
    pub sentence: usize,
    /// Every sentence the clause covers, its own included.
    pub covers: Vec<usize>,
}

/// A sentence that makes a checkable claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub sentence: usize,
    pub span: Span,
    /// What made it a claim, in words an editor reads ("states a figure: 12,000").
    pub reason: String,
    /// Index into `Report::attributions` of a clause covering it.
    pub attribution: Option<usize>,
}

/// Finds reporting clauses and their sources.
pub fn find(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    ctx: &Context,
) -> Vec<Attribution> {
    let _ = (doc, entities, quotes, ctx);
    Vec::new()
}

/// Finds the sentences that make checkable claims and links each to a covering clause.
pub fn claims(doc: &Document, attributions: &[Attribution], quotes: &[Quote]) -> Vec<Claim> {
    let _ = (doc, attributions, quotes);
    Vec::new()
}
