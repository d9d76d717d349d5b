//! The content of a clause: the quotation it introduces, the reported words on the
//! other side of its cue, or the question "asked" reports.

use super::RelationKind;
use crate::analysis::attribution::Attribution;
use crate::analysis::lexicon::calendar::is_calendar_word;
use crate::analysis::lexicon::reporting;
use crate::analysis::quotes::Quote;
use crate::analysis::segment::{Document, Token, TokenKind};
use crate::analysis::span::Span;

/// The attributed words of a clause in the sentence `sent`, whose cue and source take
/// `taken`, and whether they are quoted.
pub(super) fn content_of(
    doc: &Document,
    quotes: &[Quote],
    a: &Attribution,
    sent: Span,
    taken: Span,
) -> Option<(Span, RelationKind)> {
    if let Some(question) = question_asked(doc, quotes, a, sent) {
        return Some(question);
    }
    // "Six in 10 say the fares are too high": with the source before its verb, the
    // words after the verb are what is said, whatever stands before the source.
    let subject_first = a.source.as_ref().is_some_and(|s| s.span.end <= a.cue.start);
    let reported = reported_side(doc, sent, taken, subject_first);
    // `"...," though voters say the plan is fair`: a quotation before a subject-first
    // clause that reports words after it, with words between, belongs to another
    // clause (`"...," Lee said, citing ...` keeps its quotation).
    let reports_after = subject_first && reported.is_some_and(|r| r.start >= taken.end);
    // Quotations the clause introduces: in its sentence, or running on from it.
    let own: Vec<Span> = quotes
        .iter()
        .map(|q| q.inner)
        .filter(|q| {
            !q.contains_span(a.cue)
                && (sent.overlaps(*q) || q.start == sent.end)
                && !q.is_empty()
                && !(reports_after && q.end <= taken.start && words_between(doc, *q, taken))
        })
        .collect();
    let quoted = own
        .iter()
        .copied()
        .reduce(|x, y| Span::new(x.start.min(y.start), x.end.max(y.end)));
    match (quoted, reported) {
        (Some(q), Some(r)) if r.contains_span(q) && words_outside(doc, r, q) > 2 => {
            Some((r, RelationKind::Mixed))
        }
        (Some(q), _) => Some((q, RelationKind::Direct)),
        (None, Some(r)) => Some((r, RelationKind::Indirect)),
        (None, None) => quotes
            .iter()
            .map(|q| q.inner)
            .find(|q| closes_just_before(doc, *q, sent))
            .map(|q| (q, RelationKind::Direct)),
    }
}

/// "Asked whether the bridge would reopen, the mayor said ...": what "asked" reports
/// is the question, from its opening word to the comma that closes it, not the answer
/// the rest of the sentence gives. `None` when "asked" opens no question ("asked for a
/// delay") or no comma closes it.
fn question_asked(
    doc: &Document,
    quotes: &[Quote],
    a: &Attribution,
    sent: Span,
) -> Option<(Span, RelationKind)> {
    if !doc.slice(a.cue).eq_ignore_ascii_case("asked") {
        return None;
    }
    let after = tokens_in(doc, Span::new(a.cue.end, sent.end));
    let opener = after.first()?;
    let word = doc.slice(opener.span).to_lowercase();
    if !reporting::QUESTION_OPENERS.contains(&word.as_str()) {
        return None;
    }
    let comma = after.iter().find(|t| doc.slice(t.span) == ",")?;
    let question = trim(doc, Span::new(opener.span.start, comma.span.start))?;
    let quoted = quotes.iter().any(|q| question.overlaps(q.inner));
    let kind = if quoted {
        RelationKind::Mixed
    } else {
        RelationKind::Indirect
    };
    Some((question, kind))
}

/// The quotation `q` ends just before sentence `sent`, only its closing marks between:
/// `“We will win.” Lopez said.` splits into two sentences, the second all clause.
fn closes_just_before(doc: &Document, q: Span, sent: Span) -> bool {
    q.end <= sent.start
        && sent.start - q.end <= 8
        && doc
            .slice(Span::new(q.end, sent.start))
            .chars()
            .all(|c| !c.is_alphanumeric() && c != '\n')
}

/// The longer side of the sentence around the clause's own words (the side after them
/// when the source stands before its verb), trimmed of the punctuation and "that" that
/// join it to the clause.
fn reported_side(doc: &Document, sent: Span, taken: Span, subject_first: bool) -> Option<Span> {
    let left = trim(doc, Span::new(sent.start, taken.start.max(sent.start)));
    // "..., the minister said on Thursday.": a time phrase after the verb is not what
    // was said.
    let right = trim(doc, Span::new(taken.end.min(sent.end), sent.end))
        .filter(|&r| !is_time_phrase(doc, r));
    let size = |s: &Option<Span>| s.map_or(0, |s| word_count(doc, s));
    let (l, r) = (size(&left), size(&right));
    if l == 0 && r == 0 {
        return None;
    }
    if r >= l || (subject_first && r > 0) {
        right
    } else {
        left
    }
}

/// Whether every word of `span` is a weekday, a month, a number or a time word ("on
/// Thursday", "last week", "Dec. 3").
fn is_time_phrase(doc: &Document, span: Span) -> bool {
    tokens_in(doc, span)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .all(|t| {
            let lower = doc.slice(t.span).to_lowercase();
            t.kind == TokenKind::Number
                || is_calendar_word(&lower)
                || reporting::TIME_PHRASE_WORDS.contains(&lower.as_str())
        })
}

/// `span` without leading or trailing punctuation, spaces, and a leading "that".
fn trim(doc: &Document, span: Span) -> Option<Span> {
    let toks = tokens_in(doc, span);
    let is_edge = |k: usize, leading: bool| {
        let t = &toks[k];
        t.kind == TokenKind::Punct
            && !(leading && matches!(doc.slice(t.span), "“" | "\"" | "‘"))
            && !matches!(doc.slice(t.span), "%" | "$" | "£" | "€")
            || (leading && k == 0 && doc.slice(t.span).eq_ignore_ascii_case("that"))
            || (!leading && matches!(doc.slice(t.span), "the" | "a" | "an" | "The"))
    };
    let mut a = 0;
    while a < toks.len() && is_edge(a, true) {
        a += 1;
    }
    let mut b = toks.len();
    while b > a && is_edge(b - 1, false) {
        b -= 1;
    }
    (a < b).then(|| Span::new(toks[a].span.start, toks[b - 1].span.end))
}

/// The tokens inside `span`, found by binary search.
fn tokens_in(doc: &Document, span: Span) -> &[Token] {
    let a = doc.tokens.partition_point(|t| t.span.start < span.start);
    let b = doc.tokens.partition_point(|t| t.span.end <= span.end);
    doc.tokens.get(a..b.max(a)).unwrap_or(&[])
}

fn word_count(doc: &Document, span: Span) -> usize {
    tokens_in(doc, span)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count()
}

/// Whether words other than an article stand between the quotation `q` and the clause
/// `taken` after it: `"...," though voters say`, not `"...," the mayor said`.
fn words_between(doc: &Document, q: Span, taken: Span) -> bool {
    tokens_in(doc, Span::new(q.end, taken.start))
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .any(|t| {
            !matches!(
                doc.slice(t.span).to_lowercase().as_str(),
                "the" | "a" | "an"
            )
        })
}

fn words_outside(doc: &Document, outer: Span, inner: Span) -> usize {
    word_count(doc, outer).saturating_sub(word_count(doc, inner))
}
