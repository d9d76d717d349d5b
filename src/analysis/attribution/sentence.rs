//! The sentence cue finder: walks a sentence's words and collects its reporting clauses
//! ("according to", "citing", occasions, adverbs, agentless passives, verbs, vague
//! phrases, a headline's colon). Verbs are read in `verb.rs`, noun phrases in `subject.rs`.

use super::phrases::PhraseTable;
use super::words::{CLAUSE_BOUNDARIES, DETERMINERS, W};
use super::{Attribution, CueKind};
use crate::analysis::lexicon::calendar::is_calendar_word;
use crate::analysis::lexicon::reporting;
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;

pub(super) struct SentenceFinder<'a, 't> {
    pub(super) ws: &'a [W<'t>],
    pub(super) sentence: usize,
    pub(super) ext_verbs: &'a [String],
    pub(super) vague_phrases: &'a PhraseTable<'a>,
    /// The sentence is set in title case (`words::title_case`).
    pub(super) title_case: bool,
}

pub(super) fn span_of(ws: &[W], a: usize, b: usize) -> Span {
    Span::new(ws[a].span.start, ws[b].span.end)
}

/// Does `phrase` (space-separated words) match the words at `i`? Returns the last index.
pub(super) fn match_phrase(ws: &[W], i: usize, phrase: &str) -> Option<usize> {
    let mut j = i;
    let mut last = None;
    for part in phrase.split_whitespace() {
        // Possessive parts ("analysts'") may be split into word + apostrophe.
        let w = ws.get(j)?;
        if w.quoted {
            return None;
        }
        let lw = w.lower;
        if same_word(lw, part) {
            last = Some(j);
            j += 1;
        } else if let Some(stem) = part.strip_suffix('\'') {
            if same_word(lw, stem)
                && ws
                    .get(j + 1)
                    .is_some_and(|n| n.text == "'" || n.text == "’")
            {
                last = Some(j + 1);
                j += 2;
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    last
}

/// "In a statement, the senator said ...": the occasion belongs to the reporting verb
/// after it, whose subject is the source; the occasion stands as a clause of its own
/// only when no such verb follows ("In a poll released Monday, 40 percent ...").
fn drop_occasions_of_a_verb(ws: &[W], out: &mut Vec<Attribution>) {
    let verb_starts: Vec<usize> = out
        .iter()
        .filter(|a| a.kind == CueKind::Verb && a.source.is_some())
        .map(|a| a.cue.start)
        .collect();
    out.retain(|a| {
        let occasion =
            a.kind == CueKind::AccordingTo && ws.iter().any(|w| w.span == a.cue && w.is("in"));
        !(occasion && verb_starts.iter().any(|&v| v > a.cue.start))
    });
}

/// `lower` equals `part` once its curly apostrophes are read as straight ones.
pub(super) fn same_word(lower: &str, part: &str) -> bool {
    lower
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .eq(part.chars())
}

impl SentenceFinder<'_, '_> {
    pub(super) fn find(&self) -> Vec<Attribution> {
        let ws = self.ws;
        let mut out: Vec<Attribution> = Vec::new();
        let mut used = vec![false; ws.len()];
        let mut i = 0;
        while i < ws.len() {
            if ws[i].quoted || !ws[i].is_word() || used[i] {
                i += 1;
                continue;
            }
            if let Some(a) = self
                .according_to(i, &mut used)
                .or_else(|| self.citing(i, &mut used))
                .or_else(|| self.occasion(i, &mut used))
                .or_else(|| self.adverb(i, &mut used))
                .or_else(|| self.agentless(i, &mut used))
                .or_else(|| self.mood(i, &mut used))
                .or_else(|| self.reported_figure(i, &mut used))
                .or_else(|| self.widely(i, &mut used))
            {
                out.push(a);
            }
            i += 1;
        }
        for i in 0..ws.len() {
            if ws[i].quoted || !ws[i].is_word() || used[i] {
                continue;
            }
            if let Some(a) = self.verb(i, &out, &mut used) {
                out.push(a);
            }
        }
        self.standalone_phrases(&mut out, &mut used);
        drop_occasions_of_a_verb(ws, &mut out);
        out.sort_by_key(|a| a.cue.start);
        out
    }

    pub(super) fn text(&self, a: usize, b: usize) -> String {
        let ws = self.ws;
        // Rebuild from token texts with the original spacing between them.
        let mut s = String::new();
        for k in a..=b {
            if k > a && ws[k].span.start > ws[k - 1].span.end {
                s.push(' ');
            }
            s.push_str(ws[k].text);
        }
        s
    }

    pub(super) fn according_to(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !(ws[i].is("according") && ws.get(i + 1).is_some_and(|w| w.is("to"))) {
            return None;
        }
        used[i] = true;
        used[i + 1] = true;
        let source = self.forward_np(i + 2).map(|(a, b)| {
            for u in used.iter_mut().take(b + 1).skip(a) {
                *u = true;
            }
            self.classify(a, b, true)
        });
        Some(Attribution {
            cue: span_of(ws, i, i + 1),
            judgement: false,
            source,
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::AccordingTo,
        })
    }

    pub(super) fn citing(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("citing") {
            return None;
        }
        used[i] = true;
        let source = self.forward_np(i + 1).map(|(a, b)| {
            for u in used.iter_mut().take(b + 1).skip(a) {
                *u = true;
            }
            self.classify(a, b, true)
        });
        Some(Attribution {
            cue: ws[i].span,
            judgement: false,
            source,
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Citing,
        })
    }

    /// "In a poll released on Monday, ...", "in an interview with the BBC, ...": the
    /// document or occasion is the source of what the sentence goes on to say.
    pub(super) fn occasion(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("in") {
            return None;
        }
        let first = ws.get(i + 1)?;
        if !(matches!(
            first.lower,
            "a" | "an" | "the" | "its" | "his" | "her" | "their"
        ) || first.lower.ends_with("'s")
            || first.lower.ends_with("’s"))
        {
            return None;
        }
        // The head within a few words, with no verb or clause boundary before it.
        let head = (i + 2..(i + 9).min(ws.len()))
            .take_while(|&k| {
                let w = &ws[k];
                !w.quoted
                    && (w.is_word()
                        || w.text == "/"
                        || w.text == "-"
                        || w.kind == TokenKind::Number)
                    && !CLAUSE_BOUNDARIES.contains(&w.lower)
                    && self
                        .verb_info(k)
                        .is_none_or(|_| reporting::SOURCE_OCCASIONS.contains(&w.lower))
            })
            .find(|&k| reporting::SOURCE_OCCASIONS.contains(&ws[k].lower))?;
        // A figure or a fact follows: "in a poll, 50 percent ..." — not "in the report's
        // third chapter" (a possessive head) nor "the flaw in the report" (mid-phrase).
        let after = ws.get(head + 1);
        if after.is_some_and(|n| n.lower.ends_with("'s") || n.lower.ends_with("’s")) {
            return None;
        }
        // Mid-sentence only a poll's or survey's figures ("had 38 percent in a Fox
        // poll"): "the flaw in the report" is a phrase about the report, not from it.
        let poll = reporting::POLL_HEADS.contains(&ws[head].lower);
        if i > 0 && !ws[i - 1].is_punct(&[',', ';', '—', '–', '-']) && !poll {
            return None;
        }
        for u in used.iter_mut().take(head + 1).skip(i) {
            *u = true;
        }
        Some(Attribution {
            cue: ws[i].span,
            judgement: false,
            source: Some(self.classify(i + 1, head, true)),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::AccordingTo,
        })
    }

    /// An interview transcript's speaker label opening a paragraph: `LEE: We will
    /// rebuild the pier.` or `Ann Lee: We will ...`. The label is the source, the colon
    /// the cue, the words after it the content. A label in capitals may be one word; a
    /// label in mixed case needs two capitalised words (a name), so "Update: ..." and
    /// "Note: ..." are no speaker, nor are kickers such as "EXCLUSIVE:".
    pub(super) fn transcript_label(&self) -> Option<Attribution> {
        let ws = self.ws;
        let colon = (1..ws.len().min(5)).find(|&k| ws[k].text == ":")?;
        let label = &ws[..colon];
        let name_like = label.iter().all(|w| {
            !w.quoted && ((w.is_word() && w.capitalised()) || matches!(w.text, "." | "-"))
        });
        let names: Vec<&W> = label.iter().filter(|w| w.is_word()).collect();
        let shouted = names.iter().all(|w| {
            w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !w.text.chars().any(char::is_lowercase)
        });
        let kicker = names.iter().any(|w| {
            reporting::HEADLINE_KICKERS.contains(&w.lower)
                || is_calendar_word(w.lower)
                || CLAUSE_BOUNDARIES.contains(&w.lower)
                || DETERMINERS.contains(&w.lower)
        }) || (0..colon).any(|k| self.cue_info(k).is_some());
        let said = ws[colon + 1..].iter().filter(|w| w.is_word()).count();
        if !name_like || kicker || said < 3 || !(shouted || names.len() >= 2) {
            return None;
        }
        Some(self.colon_label(colon))
    }

    /// A headline's `Name: what they said` ("Harbour Board: Tolls Will End in June"): a
    /// short run of capitalised words before the colon is the speaker, the words after
    /// it the content. Only in headlines, where the colon stands for "says".
    pub(super) fn headline_colon(&self) -> Option<Attribution> {
        let ws = self.ws;
        let colon = (1..ws.len().min(8)).find(|&k| ws[k].text == ":")?;
        let name = (0..colon).all(|k| {
            let w = &ws[k];
            !w.quoted
                && (w.capitalised()
                    || (k > 0 && matches!(w.text, "." | "-" | "&"))
                    || (k > 0 && k + 1 < colon && w.is("of")))
        });
        // Not a label ("The Latest", "EXCLUSIVE", "Just Leaked"), nor a headline of its
        // own ("Clinton Wades In", "Fiorina Endorses Cruz", "Monday's Morning Email").
        let label = (0..colon).any(|k| {
            let w = &ws[k];
            let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
            reporting::HEADLINE_KICKERS.contains(&w.lower)
                || (letters >= 4 && !w.text.chars().any(|c| c.is_lowercase()))
                || (w.lower.ends_with("ed") && letters > 4)
                || CLAUSE_BOUNDARIES.contains(&w.lower)
                || w.is("for")
                || is_calendar_word(w.lower)
                || self.cue_info(k).is_some()
        });
        let said = ws[colon + 1..].iter().filter(|w| w.is_word()).count();
        if !name || label || said < 3 || DETERMINERS.contains(&ws[0].lower) {
            return None;
        }
        Some(self.colon_label(colon))
    }

    /// The words before the colon at `colon` speak the words after it: the colon is the
    /// cue (a transcript label or a headline's "Name: what they said").
    fn colon_label(&self, colon: usize) -> Attribution {
        Attribution {
            cue: self.ws[colon].span,
            judgement: false,
            source: Some(self.classify(0, colon - 1, true)),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Verb,
        }
    }
}
