//! The draft walk: each sentence's figures (`sentence`), then what the rest of the draft
//! says of them: the source from the attribution layer, the sentence's time and place,
//! the subject named before them, the sentence's frame for restatements, and the other
//! figures of the sentence as their context.

use super::*;

/// Extracts every figure of the draft.
pub fn extract(
    doc: &Document,
    entities: &[Entity],
    attributions: &[Attribution],
    quotes: &[Quote],
    memo: &mut Memo,
) -> Vec<Figure> {
    let mut out = Vec::new();
    let clauses = ClauseIndex::new(doc.sentences.len(), attributions);
    let quotes_in = quotes_by_sentence(doc, quotes);
    let mentions = mentions_by_start(entities);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let found = memo.figures(si, || {
            let mut found = Vec::new();
            extract_sentence(&sentence_toks(doc, si), si, sentence.paragraph, &mut found);
            found
        });
        // A sentence without figures needs nothing more (the rest only enriches them).
        if found.is_empty() {
            continue;
        }
        let toks = sentence_toks(doc, si);
        let first_new = out.len();
        out.extend(found);
        let own_clauses = clauses.in_sentence(si);
        let own = first_source(own_clauses, attributions, entities);
        let first_own_source = own_clauses
            .iter()
            .find_map(|&i| attributions[i].source.as_ref());
        let covering = first_source(clauses.covering(si), attributions, entities);
        let time = sentence_time(&toks);
        let place = sentence_place(&toks);
        for f in &mut out[first_new..] {
            // The sentence's own reporting clause, else the speaker of a quotation the
            // figure is in, else a clause covering the sentence.
            let speaker = quotes_in[si]
                .iter()
                .map(|&q| &quotes[q])
                .find(|q| q.inner.contains_span(f.span))
                .and_then(|q| q.speaker.as_ref())
                .map(|s| (s.name.clone(), true));
            // The people a figure counts do not vouch for it ("About 300 people
            // protested"), and no clause further off is taken for theirs.
            let counted = first_own_source.is_some_and(|s| counts_its_source(s, f.span));
            let covering = covering.clone().filter(|_| first_own_source.is_none());
            let source = own.clone().or(speaker).or(covering);
            if let (false, Some((s, named))) = (counted, source) {
                f.source = Some(s);
                f.named_source = named;
            }
            if f.time.is_none() {
                f.time = time.clone();
            }
            f.subject = subject_of(doc, entities, &mentions, &clauses, attributions, f);
            if let (None, Some(p)) = (&f.place, &place) {
                f.place = Some(p.name.clone());
                let after = toks.partition_point(|t| t.span.start < f.span.end);
                f.place_scopes = p.scopes(after);
            }
        }
        if out.len() - first_new <= MAX_RESTATABLE_FIGURES {
            let (frame, names) = sentence_frame(&toks);
            let (frame, names): (Arc<[String]>, Arc<[String]>) = (frame.into(), names.into());
            for f in &mut out[first_new..] {
                f.frame = Arc::clone(&frame);
                f.names = Arc::clone(&names);
            }
        }
        let revised = toks.iter().any(|t| REVISION_WORDS.contains(&t.low));
        let described: Vec<(Span, Option<String>)> = out[first_new..]
            .iter()
            .map(|f| (f.span, f.unit.is_some().then(|| f.describe())))
            .collect();
        if out.len() - first_new <= MAX_RESTATABLE_FIGURES {
            let all: Vec<(Span, String)> = out[first_new..]
                .iter()
                .map(|f| (f.span, f.describe()))
                .collect();
            for f in &mut out[first_new..] {
                f.siblings = all
                    .iter()
                    .filter(|(sp, _)| *sp != f.span)
                    .map(|(_, d)| d.clone())
                    .collect();
            }
        }
        for (i, f) in out[first_new..].iter_mut().enumerate() {
            f.revised = revised;
            // The nearest few: a sentence of thousands of figures (a table pasted as
            // one paragraph) made this quadratic in time and memory.
            let near =
                i.saturating_sub(CONTEXT_FIGURES)..(i + CONTEXT_FIGURES + 1).min(described.len());
            f.context = described[near]
                .iter()
                .filter(|(sp, d)| *sp != f.span && d.is_some())
                .filter_map(|(_, d)| d.clone())
                .collect();
        }
        for f in &mut out[first_new..] {
            if f.unit
                .as_deref()
                .is_some_and(|u| lexicon::years_per(u).is_some())
            {
                f.tenure_of = tenure_of(doc, entities, &toks, f);
            }
        }
    }
    out.shrink_to_fit();
    out
}

/// How many measured figures on each side of a figure in its sentence are its context.
const CONTEXT_FIGURES: usize = 8;

/// A sentence with more figures than this is a table, not a statement a later sentence
/// restates or contradicts: its figures carry no frame and are compared with no other
/// figure, so a pasted table costs linear time.
pub(super) const MAX_RESTATABLE_FIGURES: usize = 16;

/// The sentence's words without numbers (lower case, each once) and its capitalised
/// words.
pub(super) fn sentence_frame(toks: &[Tok]) -> (Vec<String>, Vec<String>) {
    let mut frame: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let (mut seen, mut seen_names): (FastSet<&str>, FastSet<&str>) = Default::default();
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word() || numbers::cardinal_value(t.low).is_some() {
            continue;
        }
        if seen.insert(t.low) {
            frame.push(t.low.to_string());
        }
        // The first word is capitalised anyway; it counts as a name unless it is a
        // function word ("The", "About").
        let name = is_capitalized(t) && (k > 0 || !STOP_WORDS.contains(&t.low));
        if name && seen_names.insert(t.s) {
            names.push(t.s.to_string());
        }
    }
    (frame, names)
}

/// The sentence's tokens as the figure reader (and the doubled-number rule) takes them.
pub(crate) fn sentence_toks(doc: &Document, si: usize) -> Vec<Tok<'_>> {
    let first = doc.sentences[si].tokens.start;
    doc.sentence_tokens(si)
        .iter()
        .enumerate()
        .map(|(k, t)| Tok {
            span: t.span,
            kind: t.kind,
            s: t.span.slice(&doc.text),
            low: doc.lower(first + k),
        })
        .collect()
}

/// Every entity mention as (start, end, entity), sorted by start; mentions that start
/// together keep entity order.
pub(super) fn mentions_by_start(entities: &[Entity]) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions
                .iter()
                .map(move |m| (m.span.start, m.span.end, i))
        })
        .collect();
    out.sort_by_key(|m| m.0);
    out
}

/// For each sentence, the quotations whose interior overlaps it, in quotation order.
pub(super) fn quotes_by_sentence(doc: &Document, quotes: &[Quote]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); doc.sentences.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let first = doc
            .sentences
            .partition_point(|s| s.span.end <= q.inner.start);
        for (si, s) in doc.sentences.iter().enumerate().skip(first) {
            if s.span.start >= q.inner.end.max(q.inner.start + 1) {
                break;
            }
            out[si].push(qi);
        }
    }
    out
}

/// The entity named last before the figure in its sentence, unless it is a source of a
/// reporting clause or a comma or quotation separates it from the figure.
pub(super) fn subject_of(
    doc: &Document,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
    clauses: &ClauseIndex,
    attributions: &[Attribution],
    f: &Figure,
) -> Option<String> {
    let sentence = doc.sentences.get(f.sentence)?.span;
    let from = mentions.partition_point(|m| m.0 < sentence.start);
    let to = mentions.partition_point(|m| m.0 <= f.span.start);
    let mut best: Option<(usize, &Entity)> = None;
    for &(start, end, e) in mentions.get(from..to.max(from)).unwrap_or(&[]) {
        if end <= f.span.start && best.is_none_or(|(s, _)| start > s) {
            best = Some((start, &entities[e]));
        }
    }
    let (start, e) = best?;
    // A source span lies in its clause's sentence, so only this sentence's clauses count.
    let is_source = clauses.in_sentence(f.sentence).iter().any(|&i| {
        attributions[i]
            .source
            .as_ref()
            .is_some_and(|s| s.span.contains(start) || s.span.start == start)
    });
    let between = doc.text.get(start..f.span.start).unwrap_or("");
    if is_source || between.contains([',', '“', '"', ';']) {
        return None;
    }
    Some(e.name.clone())
}

/// The source of the first of `clauses` that has one.
pub(super) fn first_source(
    clauses: &[usize],
    attributions: &[Attribution],
    entities: &[Entity],
) -> Option<(String, bool)> {
    // The first clause with a source decides: one that resolves to no one is not passed
    // over for a clause further off, which may credit someone else.
    let first = clauses
        .iter()
        .find(|&&i| attributions[i].source.is_some())?;
    source_name(&attributions[*first], entities)
}

/// Whether `source` is the very people `figure` counts ("About 300 people protested",
/// "42 percent of voters say"): it holds the figure and names no one. "A poll of 1,313
/// people by Ipsos Mori" names its maker and still vouches for the count.
fn counts_its_source(source: &crate::analysis::attribution::Source, figure: Span) -> bool {
    source.span.overlaps(figure) && source.entity.is_none()
}

/// The name shown for `a`'s source, and whether it is a named one; `None` when it has
/// none, or one that resolves to no one and shows no role as written ("she said").
pub(super) fn source_name(a: &Attribution, entities: &[Entity]) -> Option<(String, bool)> {
    let src = a.source.as_ref()?;
    let named = !matches!(src.class, crate::analysis::attribution::SourceClass::Vague);
    let name = crate::analysis::attribution::shown_name(src, entities)?;
    Some((name, named))
}
