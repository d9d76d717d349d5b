//! Documents whose maker the copy names: "a report said ... The report, by the Harbour
//! Trust, found" is the Trust's report, a named source, not a vague one. Decided here,
//! on the attribution, so that the relation's `vague` flag, the rule and the hover agree.

use super::*;
use crate::analysis::lexicon::calendar::is_calendar_word;

/// "a report said ... The report, by the Harbour Trust, found": every vague document
/// source whose maker the copy names nearby is named. Runs after sources are resolved
/// to entities (a crediting back-reference must be resolved to a named body).
pub(in crate::analysis::attribution) fn named_makers(doc: &Document, atts: &mut [Attribution]) {
    let named: Vec<usize> = (0..atts.len())
        .filter(|&at| {
            atts[at].source.as_ref().is_some_and(|s| {
                s.class == SourceClass::Vague && document_maker_named(doc, atts, at, &s.text)
            })
        })
        .collect();
    for at in named {
        if let Some(s) = atts[at].source.as_mut() {
            s.class = SourceClass::Named;
        }
    }
}

/// Participles that tie a document to its maker: "a report published by the Institute".
const MAKER_PARTICIPLES: &[&str] = &[
    "published",
    "released",
    "commissioned",
    "conducted",
    "issued",
    "compiled",
    "prepared",
    "produced",
    "written",
    "funded",
    "sponsored",
    "carried",
];

/// Most sentences, the clause's own included, read for the maker of "a report": the
/// copy names it in the same sentence or the next ("The report, by the Harbour Trust,
/// ..."), or not at all. The bound keeps the search linear in the draft.
const MAKER_SENTENCES: usize = 2;

/// "a report said ... The report, by the Harbour Trust, found", "the Harbour Trust's
/// report", "a survey published by Norland Polling": a vague document whose maker the
/// copy names in the clause's sentence or the next is a named source. Not "a report
/// said ... Ann Lee said": a name nearby is not the report's author unless the copy
/// ties them; nor "Polls show ... A Gallup poll found": a later sentence must refer
/// back to the same document ("the report", "the Trust's report").
fn document_maker_named(doc: &Document, atts: &[Attribution], at: usize, source: &str) -> bool {
    let Some(head) = document_head(source) else {
        return false;
    };
    let sentence = atts[at].sentence;
    let last = (sentence + MAKER_SENTENCES).min(doc.sentences.len());
    let in_copy = (sentence..last).any(|s| {
        let toks = doc.sentences[s].tokens.clone();
        toks.clone()
            .filter(|&k| doc.lower(k) == head)
            .filter(|&k| s == sentence || refers_back(doc, k, toks.start))
            .any(|k| maker_after(doc, k, toks.end) || maker_before(doc, k, toks.start))
    });
    in_copy || credited_back_reference(doc, atts, at, &head)
}

/// The document head word of a source phrase: "report" in "a new report".
fn document_head(source: &str) -> Option<String> {
    source
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .find(|w| vague_lexicon::DOCUMENT_HEADS.contains(&w.as_str()))
}

/// Paragraphs after the vague clause's own in which a back-reference may credit the
/// document: the next one ("...says a report." / "The report says ...").
const BACK_REFERENCE_PARAGRAPHS: usize = 1;

/// "..., says a report. [...] Market analysts Panlogic predicts ... The report says":
/// a definite back-reference to the same document, in the same or the next paragraph,
/// that the copy credits to a named body is the document's maker.
fn credited_back_reference(doc: &Document, atts: &[Attribution], at: usize, head: &str) -> bool {
    let para_of = |s: usize| doc.sentences.get(s).map_or(usize::MAX, |x| x.paragraph);
    let reach = para_of(atts[at].sentence).saturating_add(BACK_REFERENCE_PARAGRAPHS);
    atts[at + 1..]
        .iter()
        .take_while(|o| para_of(o.sentence) <= reach)
        .filter_map(|o| o.source.as_ref())
        .any(|s| {
            s.class != SourceClass::Vague && s.entity.is_some() && is_definite_mention(doc, s, head)
        })
}

/// "the report", "The report" (the span may leave the article out), "this study".
fn is_definite_mention(doc: &Document, s: &Source, head: &str) -> bool {
    let words: Vec<String> = s.text.split_whitespace().map(str::to_lowercase).collect();
    let before = doc.text.get(..s.span.start).unwrap_or("").trim_end();
    let word_before = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let definite = |w: &str| matches!(w, "the" | "this" | "that");
    let opens = words.first().is_some_and(|w| definite(w)) || definite(&word_before);
    opens && words.len() <= 2 && words.last().is_some_and(|w| w == head)
}

/// Is the mention at `k` definite, the copy's way of pointing back at a document it
/// has named: "the report", "that survey", "the Trust's new report"?
fn refers_back(doc: &Document, k: usize, start: usize) -> bool {
    let opener = (start..k).rev().take(4).find_map(|j| {
        let w = doc.lower(j);
        if matches!(w, "the" | "this" | "that") || w.ends_with("'s") || w.ends_with("’s") {
            Some(true)
        } else if matches!(w, "a" | "an" | "one" | "another")
            || doc.tokens[j].kind != TokenKind::Word
        {
            Some(false)
        } else {
            None
        }
    });
    opener == Some(true)
}

fn is_name_word(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.kind == TokenKind::Word
        && doc.slice(t.span).starts_with(char::is_uppercase)
        && !is_calendar_word(doc.lower(k))
}

/// "report, by the Harbour Trust", "report from Norland Polling", "survey published
/// on Monday by the Trust": within a few words after the head, "by" or "from" and a name.
fn maker_after(doc: &Document, k: usize, end: usize) -> bool {
    let mut j = k + 1;
    let mut maker_word = false;
    while j < end && j <= k + 5 {
        let w = doc.lower(j);
        if w == "by" || w == "from" && j == k + 1 {
            let mut n = j + 1;
            if n < end && doc.lower(n) == "the" {
                n += 1;
            }
            return n < end && is_name_word(doc, n);
        }
        let comma = w == "," && j == k + 1;
        // "The survey was published by": the passive's auxiliary leads to the maker.
        let auxiliary =
            !maker_word && matches!(w, "is" | "was" | "were" | "are" | "has" | "had" | "been");
        maker_word |= MAKER_PARTICIPLES.contains(&w);
        let on_the_way = comma || auxiliary || maker_word && doc.tokens[j].kind == TokenKind::Word;
        if !on_the_way {
            return false;
        }
        j += 1;
    }
    false
}

/// "the Harbour Trust's report", "the Trust's latest survey", "the Gallup poll": a
/// name (not the sentence's first word) or a name's possessive just before the head,
/// over at most two plain modifiers.
fn maker_before(doc: &Document, k: usize, start: usize) -> bool {
    let mut j = k;
    while j > start && k - j < 3 {
        j -= 1;
        let w = doc.lower(j);
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        if is_name_word(doc, j) {
            return possessive || j > start && j + 1 == k;
        }
        if possessive || doc.tokens[j].kind != TokenKind::Word {
            return false;
        }
    }
    false
}
