//! Attribution relations: for every statement or belief the draft attributes, the cue
//! (the reporting words), the source (who, as written, and the entity it resolves to)
//! and the content (what is attributed). Built from the reporting clauses `find`
//! returns and the quotations whose speaker the quotes stage found; the JSON
//! `attributions` list and the hover read this.
//!
//! The content of a clause is the quotation it introduces (direct), the reported words
//! on the other side of the cue from the source (indirect: "the minister said *the plan
//! would fail*", "*the plan would fail*, the minister said"), or both when a quotation
//! sits inside reported words (mixed). A quotation that runs on covers its later
//! sentences too.

use super::{Attribution, CueKind, Source, SourceClass};
use crate::analysis::entities::Entity;
use crate::analysis::quotes::Quote;
use crate::analysis::segment::Document;
use crate::analysis::span::Span;
use content::content_of;

/// Whether the content is quoted, reported, or reported with a quotation inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationKind {
    Direct,
    Indirect,
    Mixed,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Direct => "direct",
            RelationKind::Indirect => "indirect",
            RelationKind::Mixed => "mixed",
        }
    }
}

/// One attributed statement or belief.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub cue: Span,
    /// Where the source is named; `None` for an agentless passive or a hedging adverb.
    pub source: Option<Span>,
    /// The source as written.
    pub source_text: Option<String>,
    /// The canonical name of the person or organisation the source resolves to.
    pub source_entity: Option<String>,
    pub content: Span,
    pub kind: RelationKind,
    pub vague: bool,
    /// Index into `Report::attributions` of the clause this relation reads, if any.
    pub clause: Option<usize>,
}

/// The relations of one draft, in draft order.
pub fn relations(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    attributions: &[Attribution],
) -> Vec<Relation> {
    let mut out: Vec<Relation> = attributions
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let citer = citer(attributions, i);
            from_clause(doc, entities, quotes, a, citer, i)
        })
        .collect();
    let stood_for: Vec<bool> = (0..out.len())
        .map(|k| restated::restated(doc, attributions, &out, k))
        .collect();
    let mut stood_for = stood_for.into_iter();
    out.retain(|_| !stood_for.next().unwrap_or(false));
    out.sort_by_key(|r| (r.cue.start, r.cue.end));
    out
}

/// "The Post reported, citing two officials": who cites stands behind the claim, the
/// cited stand behind the Post. The source of a "citing" clause as a relation is the
/// source of the nearest reporting or stance clause in its sentence (the one before,
/// else the one after); `None` when the sentence has none, or for any other clause.
fn citer(attributions: &[Attribution], i: usize) -> Option<&Source> {
    let a = &attributions[i];
    if a.kind != CueKind::Citing {
        return None;
    }
    let speaks = |o: &&Attribution| {
        o.sentence == a.sentence
            && matches!(o.kind, CueKind::Verb | CueKind::Stance)
            && o.source.is_some()
    };
    // Clauses are listed sentence by sentence: look only within this one.
    let before = attributions[..i]
        .iter()
        .rev()
        .take_while(|o| o.sentence == a.sentence)
        .find(speaks);
    let after = || {
        attributions[i + 1..]
            .iter()
            .take_while(|o| o.sentence == a.sentence)
            .find(speaks)
    };
    before.or_else(after).and_then(|o| o.source.as_ref())
}

fn from_clause(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    a: &Attribution,
    citer: Option<&Source>,
    index: usize,
) -> Option<Relation> {
    let sentence = doc.sentences.get(a.sentence)?;
    let agentless = matches!(a.kind, CueKind::Agentless | CueKind::Adverb);
    let source = citer.or(a.source.as_ref()).filter(|_| !agentless);
    let source_entity = source.and_then(|s| {
        s.entity
            .and_then(|id| entities.get(id))
            .map(|e| e.name.clone())
            .or_else(|| match &s.class {
                SourceClass::Resolved { to } if !to.is_empty() => Some(to.clone()),
                _ => None,
            })
    });
    // The words the clause itself takes: cue and source.
    let mut taken = a.cue;
    if let Some(s) = a.source.as_ref().filter(|_| !agentless) {
        taken = Span::new(taken.start.min(s.span.start), taken.end.max(s.span.end));
    }
    let (content, kind) = content_of(doc, quotes, a, sentence.span, taken)?;
    Some(Relation {
        cue: a.cue,
        source: source.map(|s| s.span),
        source_text: source.map(|s| s.text.clone()),
        source_entity,
        content,
        kind,
        vague: a.is_vague(),
        clause: Some(index),
    })
}

mod content;
mod restated;
#[cfg(test)]
mod tests;
