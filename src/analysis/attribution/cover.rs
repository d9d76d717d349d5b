//! Coverage: the sentences each reporting clause vouches for beyond its own.

use super::resolve::head_len;
use super::words::W;
use super::{Attribution, CueKind};
use crate::analysis::lexicon::reporting;
use crate::analysis::segment::Document;
use crate::analysis::span::{Span, SpanSet};

/// Fills `covers`: the clause's own sentence, and the later sentences of a quotation
/// that opens in it (or, after a colon, in the next paragraph).
pub(super) fn cover(doc: &Document, quoted: &SpanSet, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let mut covers = vec![a.sentence];
        let Some(sent) = doc.sentences.get(a.sentence) else {
            a.covers = covers;
            continue;
        };
        let ends_colon = doc.slice(sent.span).trim_end().ends_with(':');
        // Only a quotation opening in this sentence, or at the very start of the next
        // paragraph after a colon, can be covered.
        let reach = match doc.paragraphs.get(sent.paragraph + 1) {
            Some(p) if ends_colon => p.span.start + 4,
            _ => sent.span.end,
        };
        for q in quoted.starting_within(sent.span.start, reach.max(sent.span.end)) {
            let opens_here =
                sent.span.contains(q.start.saturating_sub(1)) || sent.span.contains(q.start);
            let next_para = ends_colon
                && doc.paragraph_at(q.start) == Some(sent.paragraph + 1)
                && doc
                    .paragraphs
                    .get(sent.paragraph + 1)
                    .is_some_and(|p| p.span.start + 4 > q.start);
            if opens_here || next_para {
                let first = doc.sentences.partition_point(|s| s.span.end <= q.start);
                for (k, s) in doc.sentences.iter().enumerate().skip(first) {
                    if s.span.start >= q.end {
                        break;
                    }
                    if k > a.sentence && s.span.overlaps(*q) && !covers.contains(&k) {
                        covers.push(k);
                    }
                }
            }
        }
        if ends_colon && introduces_a_block(a.kind) {
            if let Some(p) = doc.paragraphs.get(sent.paragraph + 1) {
                for k in p.sentences.clone() {
                    if !covers.contains(&k) {
                        covers.push(k);
                    }
                }
            }
        }
        // A statistics release covers the rest of its paragraph: "Figures showed ...
        // The number waiting also fell ...".
        let data = match a.kind {
            CueKind::Verb => a.source.as_ref().is_some_and(|s| {
                let last = s.text[..head_len(&s.text)].to_lowercase();
                let last = last.split_whitespace().last().unwrap_or("");
                DATA_HEADS.contains(&last)
            }),
            // "According to a Texas Tribune poll out Thursday, ...", "In the survey, ...":
            // a paragraph that opens on its poll goes on with the poll's figures. A poll
            // named mid-paragraph ("his worst showing in the survey") covers its sentence.
            CueKind::AccordingTo => {
                let opens = doc
                    .slice(Span::new(sent.span.start, a.cue.start.max(sent.span.start)))
                    .trim()
                    .is_empty();
                let first_in_paragraph = doc
                    .paragraphs
                    .get(sent.paragraph)
                    .is_some_and(|p| p.sentences.start == a.sentence);
                let poll = names_a_poll(object_of_cue(doc, a.cue, sent.span));
                let according = doc.slice(a.cue).eq_ignore_ascii_case("according to");
                first_in_paragraph && poll && (opens || according)
            }
            _ => false,
        };
        if data {
            if let Some(p) = doc.paragraphs.get(sent.paragraph) {
                for k in p.sentences.clone() {
                    if k > a.sentence && !covers.contains(&k) {
                        covers.push(k);
                    }
                }
            }
        }
        a.covers = covers;
    }
}

/// "Wallnau wrote:", "In a speech last July, he said:", "The group also points out
/// some figures:": a reporting clause that ends its sentence on a colon introduces the
/// next paragraph as what it reports, quoted or not (a block quotation set off as its
/// own paragraph). A stance or a vague phrase before a colon introduces no text.
fn introduces_a_block(kind: CueKind) -> bool {
    matches!(kind, CueKind::Verb | CueKind::AccordingTo)
}

/// The words after a cue up to the next comma or the sentence's end: the object of
/// "according to" or "in" as written ("an online University of Texas/Texas Tribune poll
/// out Thursday"), whose head the source's noun phrase may stop short of.
pub(super) fn object_of_cue(doc: &Document, cue: Span, sentence: Span) -> &str {
    let rest = doc.slice(Span::new(cue.end.min(sentence.end), sentence.end));
    rest.split([',', ';', ':']).next().unwrap_or("")
}

/// Whether a source's words name a poll or survey ("an online University of Texas poll
/// out Thursday", "the latest CNN/ORC survey").
pub(super) fn names_a_poll(source: &str) -> bool {
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| reporting::POLL_HEADS.contains(&w.to_lowercase().as_str()))
}

/// A record or recording that shows what it holds: "FEC reports show", "the footage
/// showed" (`reporting::EVIDENCE_NOUNS`).
pub(super) fn shows_evidence(w: &W) -> bool {
    reporting::EVIDENCE_NOUNS.contains(&w.lower)
}

/// Sources that are published data rather than people.
pub(super) const DATA_HEADS: &[&str] = &[
    "figures",
    "polls",
    "surveys",
    "statistics",
    "data",
    "survey",
    "poll",
    "study",
    "census",
    "numbers",
    "results",
    "papers",
    "documents",
    "records",
    "accounts",
    "filings",
    "research",
];
