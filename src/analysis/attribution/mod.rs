//! Reporting clauses, their sources, the sentences they cover, and the claims that need one.
//!
//! Everything here is rule-based and explainable: a cue (a reporting verb, "according
//! to", an agentless passive, a hedging adverb, a vague-source phrase) anchors a clause;
//! its source is the subject of the verb, the inverted subject (`"...," said X`), the
//! object of "according to"/"citing"/"by", or the cue words themselves when the clause
//! names no one. Sources are classed named, resolved (a pronoun or short reference
//! resolved to a named source nearby) or vague.

pub mod claims;
mod cover;
pub mod fixes;
pub mod index;
mod phrases;
pub mod relations;
mod resolve;
mod sentence;
mod subject;
mod vague;
mod verb;
mod words;

use super::context::Context;
use super::entities::{Entity, EntityId};
use super::markup::BlockKind;
use super::memo::Memo;
use super::quotes::Quote;
use super::segment::{Document, TokenKind};
use super::span::{Span, SpanSet};
use cover::cover;
use phrases::PhraseTable;
use resolve::resolve;
use sentence::{match_phrase, span_of, SentenceFinder};
use vague::vague_head;
use words::{
    sentence_words, ADVERBS, AUXILIARIES, BE, CLAUSE_BOUNDARIES, CLOSE_QUOTES, DETERMINERS,
    PRONOUNS,
};

pub use claims::claims;
pub use relations::{relations, Relation, RelationKind};
pub use resolve::shown_name;

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

/// What kind of words make the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: "said", "told reporters", "have suggested".
    Verb,
    /// "according to X".
    AccordingTo,
    /// "citing X".
    Citing,
    /// A reporting participle with an agent: "as reported by X".
    Agent,
    /// A hedging adverb: "reportedly", "allegedly".
    Adverb,
    /// An agentless passive: "it is understood", "is expected to".
    Agentless,
    /// A vague-source phrase standing alone: "market expectations", "there are fears".
    Phrase,
    /// A verb of stance or intention: "critics called it reckless", "the union wants a
    /// vote". It attributes a view, but is no sourcing of a fact.
    Stance,
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
    pub kind: CueKind,
}

/// A sentence that makes a checkable claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub sentence: usize,
    pub span: Span,
    /// The words that make it a claim (the figure, the ranking, the causal phrase).
    pub focus: Span,
    /// What made it a claim, in words an editor reads ("states a figure: 12,000").
    pub reason: String,
    /// Index into `Report::attributions` of a clause covering it.
    pub attribution: Option<usize>,
}

impl Attribution {
    pub fn is_vague(&self) -> bool {
        self.source
            .as_ref()
            .is_some_and(|s| s.class == SourceClass::Vague)
    }
}

/// True for headlines and title lines: Markdown headings, and in plain text a one-line
/// first paragraph or any short paragraph without closing punctuation.
pub fn is_headline(doc: &Document, sentence: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence) else {
        return false;
    };
    let Some(p) = doc.paragraphs.get(s.paragraph) else {
        return false;
    };
    if p.kind == BlockKind::Heading {
        return true;
    }
    if p.sentences.len() != 1 {
        return false;
    }
    let text = doc.slice(p.span).trim_end();
    let last = text.chars().next_back();
    let closed = last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | ':'));
    let words = doc.sentence_tokens(sentence).len();
    (!closed && words <= 20) || (s.paragraph == 0 && !text.contains(". ") && words <= 14 && !closed)
}

/// The draft's first paragraph as a single sentence: a title, even when it ends in a
/// full stop ("Harbour Board: Tolls Will End in June.").
fn is_title_line(doc: &Document, sentence: usize) -> bool {
    doc.sentences.get(sentence).is_some_and(|s| {
        s.paragraph == 0
            && doc
                .paragraphs
                .first()
                .is_some_and(|p| p.sentences.len() == 1)
    })
}

/// Whether sentence `s` is the first of its paragraph.
fn opens_paragraph(doc: &Document, s: usize) -> bool {
    doc.sentences
        .get(s)
        .and_then(|x| doc.paragraphs.get(x.paragraph))
        .is_some_and(|p| p.sentences.start == s)
}

/// The quotation interiors attribution should treat as quoted.
pub fn quoted_spans(doc: &Document, quotes: &[Quote]) -> SpanSet {
    SpanSet::new(if quotes.is_empty() {
        words::fallback_quotes(doc)
    } else {
        quotes.iter().map(|q| q.inner).collect()
    })
}

/// Finds reporting clauses and their sources. `quoted`: the quotation interiors
/// (`quoted_spans`).
pub fn find(
    doc: &Document,
    entities: &[Entity],
    quoted: &SpanSet,
    ctx: &Context,
    memo: &mut Memo,
) -> Vec<Attribution> {
    let ext_verbs: Vec<String> = ctx
        .lexicon
        .reporting_verbs
        .iter()
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect();
    let ext_vague = vague::desk_phrases(ctx);
    let vague_phrases = vague::phrase_table(&ext_vague);
    let mut out: Vec<Attribution> = Vec::new();
    for s in 0..doc.sentences.len() {
        let headline = is_headline(doc, s);
        if headline || is_title_line(doc, s) {
            let ws = sentence_words(doc, s, quoted);
            let finder = SentenceFinder {
                ws: &ws,
                sentence: s,
                ext_verbs: &ext_verbs,
                vague_phrases: &vague_phrases,
                title_case: words::title_case(&ws),
            };
            if let Some(a) = finder.headline_colon() {
                out.push(a);
                continue;
            }
            if headline {
                continue;
            }
        }
        if opens_paragraph(doc, s) {
            let ws = sentence_words(doc, s, quoted);
            let finder = SentenceFinder {
                ws: &ws,
                sentence: s,
                ext_verbs: &ext_verbs,
                vague_phrases: &vague_phrases,
                title_case: words::title_case(&ws),
            };
            out.extend(finder.transcript_label());
        }
        out.extend(memo.clauses(s, || {
            let ws = sentence_words(doc, s, quoted);
            SentenceFinder {
                ws: &ws,
                sentence: s,
                ext_verbs: &ext_verbs,
                vague_phrases: &vague_phrases,
                title_case: words::title_case(&ws),
            }
            .find()
        }));
    }
    vague::refine(doc, &mut out);
    resolve(doc, entities, &mut out);
    vague::refine_resolved(doc, &mut out);
    cover(doc, quoted, &mut out);
    out
}

#[cfg(test)]
mod tests;
