//! Sentence-local results kept between analyses of one draft, so that after an edit
//! only the sentences it touched are worked out again.
//!
//! Three stages read nothing but the words of one sentence: finding its reporting
//! clauses, deciding whether it makes a checkable claim, and reading its figures. Their
//! results are kept here keyed by everything they read — the sentence's prose text, its
//! token layout and which tokens are quoted — with spans stored relative to the
//! sentence, and moved to wherever the sentence now is. The document-wide joins
//! (entities and aliases, quotation speakers, source resolution, coverage, figure
//! groups, the rules) always run in full, so a report built with a warm memo equals
//! one built from scratch (`tests/properties.rs` checks this over random edits).
//!
//! Each analysis keeps only the sentences of its own draft: what the edit removed is
//! dropped.

use super::attribution::claims::Decision;
use super::attribution::Attribution;
use super::context::{Context, LexiconExtensions};
use super::fast_hash::FastMap;
use super::figures::Figure;
use super::segment::{Document, TokenKind};
use super::span::{Span, SpanSet};

/// What one sentence's local stages produced, relative to the sentence start.
#[derive(Debug, Clone, Default)]
struct Local {
    /// Kept from an earlier analysis. Only such results are reused: a sentence repeated
    /// within one draft is worked out each time, so a first analysis costs what an
    /// analysis without a memo does (and benchmarks of it stay honest).
    carried: bool,
    clauses: Option<Vec<Attribution>>,
    claim: Option<Option<Decision>>,
    figures: Option<Vec<Figure>>,
}

/// The memo of one draft. `Memo::default()` is empty: an analysis with it is a full one.
///
/// Use: `begin` with the segmented document, then the stages ask for their sentences'
/// results by index (all between one `begin` and the next, for that document).
#[derive(Debug, Default)]
pub struct Memo {
    /// This analysis: each distinct sentence key, with the first sentence that has it.
    keys: FastMap<Vec<u8>, usize>,
    /// This analysis, per sentence: its results so far, and where it is.
    locals: Vec<Local>,
    places: Vec<Place>,
    /// The desk's word lists the clauses were found with; other lists start afresh.
    lexicon: Option<LexiconExtensions>,
    hits: usize,
    misses: usize,
}

/// Where a sentence is now.
#[derive(Debug, Clone, Copy)]
struct Place {
    start: usize,
    sentence: usize,
    paragraph: usize,
}

impl Place {
    /// Where results are kept: relative to their sentence.
    const ORIGIN: Place = Place {
        start: 0,
        sentence: 0,
        paragraph: 0,
    };
}

/// The exact inputs of a sentence's local stages, as bytes: its prose text, then each
/// token's place in it, kind and whether it is quoted.
fn key(doc: &Document, s: usize, quoted: &SpanSet) -> Vec<u8> {
    let sentence = &doc.sentences[s];
    let start = sentence.span.start;
    let text = doc.slice(sentence.span).as_bytes();
    let tokens = doc.sentence_tokens(s);
    let mut bytes = Vec::with_capacity(text.len() + 4 + tokens.len() * 10);
    bytes.extend_from_slice(&(text.len() as u32).to_le_bytes());
    bytes.extend_from_slice(text);
    for t in tokens {
        bytes.extend_from_slice(&((t.span.start - start) as u32).to_le_bytes());
        bytes.extend_from_slice(&((t.span.end - start) as u32).to_le_bytes());
        bytes.push(match t.kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
        });
        bytes.push(quoted.contains_span(t.span) as u8);
    }
    bytes
}

impl Memo {
    /// Starts the analysis of `doc`, whose quotation interiors are `quoted`: what the
    /// last analysis worked out is kept for the sentences that are still there; the rest
    /// is dropped.
    pub fn begin(&mut self, ctx: &Context, doc: &Document, quoted: &SpanSet) {
        let mut locals = std::mem::take(&mut self.locals);
        // What the last analysis worked out, by sentence key.
        let mut previous: FastMap<Vec<u8>, Local> = self
            .keys
            .drain()
            .map(|(k, s)| (k, locals.get_mut(s).map(std::mem::take).unwrap_or_default()))
            .collect();
        if self.lexicon.as_ref() != Some(&ctx.lexicon) {
            previous.clear();
            self.lexicon = Some(ctx.lexicon.clone());
        }
        locals.clear();
        self.places.clear();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let k = key(doc, s, quoted);
            let local = match self.keys.get(&k) {
                // A sentence repeated in this draft shares what was kept for it.
                Some(&first) => locals[first].clone(),
                None => {
                    let kept = previous.remove(&k).map(|l| Local { carried: true, ..l });
                    self.keys.insert(k, s);
                    kept.unwrap_or_default()
                }
            };
            locals.push(local);
            self.places.push(Place {
                start: sentence.span.start,
                sentence: s,
                paragraph: sentence.paragraph,
            });
        }
        self.locals = locals;
        self.hits = 0;
        self.misses = 0;
    }

    /// Sentences served from the memo and worked out afresh, per stage, since `begin`.
    pub fn stats(&self) -> (usize, usize) {
        (self.hits, self.misses)
    }

    /// Sentence `s`'s results and place, if `begin` saw it.
    fn slot(&mut self, s: usize) -> Option<(&mut Local, Place)> {
        let place = *self.places.get(s)?;
        Some((self.locals.get_mut(s)?, place))
    }

    /// The sentence's reporting clauses as `find` gives them (before resolution and
    /// coverage), from the memo when the sentence is unchanged.
    pub fn clauses(
        &mut self,
        s: usize,
        find: impl FnOnce() -> Vec<Attribution>,
    ) -> Vec<Attribution> {
        self.located(s, |l| &mut l.clauses, find)
    }

    /// Whether the sentence makes a checkable claim, and why (see `claims`).
    pub fn claim(
        &mut self,
        s: usize,
        decide: impl FnOnce() -> Option<Decision>,
    ) -> Option<Decision> {
        let Some((local, place)) = self.slot(s) else {
            return decide();
        };
        if let Some(kept) = local.claim.as_ref().filter(|_| local.carried) {
            let moved = kept.as_ref().map(|d| d.moved(0, place));
            self.hits += 1;
            return moved;
        }
        let decided = decide();
        local.claim = Some(
            decided
                .as_ref()
                .map(|d| d.moved(place.start, Place::ORIGIN)),
        );
        self.misses += 1;
        decided
    }

    /// The figures `read` finds in the sentence, before the document-wide enrichment.
    pub fn figures(&mut self, s: usize, read: impl FnOnce() -> Vec<Figure>) -> Vec<Figure> {
        self.located(s, |l| &mut l.figures, read)
    }

    /// Sentence `s`'s results in the field `field` picks, moved to where the sentence is
    /// now; or `compute`'s, kept relative to the sentence for the next analysis.
    fn located<T: Located>(
        &mut self,
        s: usize,
        field: fn(&mut Local) -> &mut Option<Vec<T>>,
        compute: impl FnOnce() -> Vec<T>,
    ) -> Vec<T> {
        let Some((local, place)) = self.slot(s) else {
            return compute();
        };
        let carried = local.carried;
        let kept = field(local);
        if let Some(kept) = kept.as_ref().filter(|_| carried) {
            let moved = kept.iter().map(|x| x.moved(0, place)).collect();
            self.hits += 1;
            return moved;
        }
        let found = compute();
        *kept = Some(
            found
                .iter()
                .map(|x| x.moved(place.start, Place::ORIGIN))
                .collect(),
        );
        self.misses += 1;
        found
    }
}

/// A sentence-local result that knows where it is in the draft.
trait Located: Clone {
    /// A copy moved from the sentence starting at byte `from` to the sentence at `to`.
    fn moved(&self, from: usize, to: Place) -> Self;
}

impl Located for Attribution {
    fn moved(&self, from: usize, to: Place) -> Self {
        let mut a = self.clone();
        shift_clause(&mut a, from, to.start);
        a.sentence = to.sentence;
        a
    }
}

impl Located for Figure {
    fn moved(&self, from: usize, to: Place) -> Self {
        let mut f = self.clone();
        shift_figure(&mut f, from, to.start);
        f.sentence = to.sentence;
        f.paragraph = to.paragraph;
        f
    }
}

impl Located for Decision {
    fn moved(&self, from: usize, to: Place) -> Self {
        Decision {
            focus: shift(self.focus, from, to.start),
            ..self.clone()
        }
    }
}

fn shift_clause(a: &mut Attribution, from: usize, to: usize) {
    a.cue = shift(a.cue, from, to);
    if let Some(src) = a.source.as_mut() {
        src.span = shift(src.span, from, to);
    }
    debug_assert!(a.covers.is_empty(), "coverage is a document-wide join");
}

fn shift_figure(f: &mut Figure, from: usize, to: usize) {
    f.span = shift(f.span, from, to);
    f.number = shift(f.number, from, to);
    f.ends = f
        .ends
        .map(|(a, b)| (shift(a, from, to), shift(b, from, to)));
}

/// Moves a span from a sentence starting at `from` to one starting at `to`.
fn shift(span: Span, from: usize, to: usize) -> Span {
    Span::new(span.start - from + to, span.end - from + to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, analyze_with, Format};

    const DRAFT: &str = "The ministry said 1,500 troops had arrived.\n\n\
                         A little bird said 300 more were coming. “We are ready,” Kim said.\n\n\
                         Officials said 1,800 troops had arrived.";

    #[test]
    fn an_unchanged_draft_is_served_from_the_memo() {
        let ctx = Context::default();
        let mut memo = Memo::default();
        analyze_with(DRAFT, Format::PlainText, &ctx, &mut memo);
        let (hits, misses) = memo.stats();
        assert_eq!(hits, 0);
        assert!(misses > 0);
        let again = analyze_with(DRAFT, Format::PlainText, &ctx, &mut memo);
        assert_eq!(memo.stats(), (misses, 0));
        let fresh = analyze(DRAFT, Format::PlainText, &ctx);
        assert_eq!(format!("{again:?}"), format!("{fresh:?}"));
    }

    #[test]
    fn a_first_analysis_reuses_nothing_even_for_repeated_sentences() {
        let twice = format!("{DRAFT}\n\n{DRAFT}");
        let mut memo = Memo::default();
        analyze_with(&twice, Format::PlainText, &Context::default(), &mut memo);
        assert_eq!(memo.stats().0, 0);
    }

    #[test]
    fn moved_sentences_keep_their_results_at_their_new_place() {
        let ctx = Context::default();
        let mut memo = Memo::default();
        analyze_with(DRAFT, Format::PlainText, &ctx, &mut memo);
        let edited = format!("Breaking.\n\n{DRAFT}");
        let warm = analyze_with(&edited, Format::PlainText, &ctx, &mut memo);
        let (hits, _) = memo.stats();
        assert!(hits > 0);
        let fresh = analyze(&edited, Format::PlainText, &ctx);
        assert_eq!(format!("{warm:?}"), format!("{fresh:?}"));
    }

    #[test]
    fn a_changed_desk_lexicon_starts_afresh() {
        let mut memo = Memo::default();
        analyze_with(DRAFT, Format::PlainText, &Context::default(), &mut memo);
        let mut ctx = Context::default();
        ctx.lexicon.vague_sources = vec!["a little bird".into()];
        let warm = analyze_with(DRAFT, Format::PlainText, &ctx, &mut memo);
        assert_eq!(memo.stats().0, 0);
        let fresh = analyze(DRAFT, Format::PlainText, &ctx);
        assert_eq!(format!("{warm:?}"), format!("{fresh:?}"));
        assert!(fresh
            .attributions
            .iter()
            .any(|a| a.source.as_ref().is_some_and(|s| s.text == "A little bird")));
    }
}
