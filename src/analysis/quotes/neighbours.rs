//! The sieve's steps that read a quotation's neighbours rather than its own clause: the
//! paragraph before ("Mr Kim added:", a run of quoted paragraphs), and the earlier
//! sentences of its own paragraph (`“...,” Woolson said. “That’s a tough area.”`).

use super::super::lexicon::stance::{
    STANCE_ADJECTIVES, STANCE_COPULAS, STANCE_DEGREE, STANCE_LINKERS,
};
use super::*;
use crate::analysis::segment::Paragraph;

impl<'a> Analyzer<'a> {
    /// "Mr Kim added:" closing the previous paragraph introduces a paragraph that
    /// opens with this quotation: the subject of that clause, else its sentence's
    /// opening name.
    pub(super) fn colon_closing_previous_paragraph(
        &self,
        raw: &RawQuote,
        s0: usize,
        verbs: &[Vec<Verb>],
    ) -> Option<Subj> {
        let para = &self.doc.paragraphs[raw.paragraph];
        // "Mr Kim added:" closing the previous paragraph introduces this one.
        if s0 == para.sentences.start && raw.paragraph > 0 {
            let prev = &self.doc.paragraphs[raw.paragraph - 1];
            if prev.span.slice(self.text).trim_end().ends_with(':') && !prev.sentences.is_empty() {
                let last = prev.sentences.end - 1;
                if let Some(s) = verbs
                    .get(last)
                    .and_then(|vs| vs.iter().rev().find_map(|v| v.subject.clone()))
                {
                    return Some(s);
                }
                // "Ana Ruiz released the following statement:": the colon hands the
                // words to the sentence's opening name even without a reporting verb.
                let span = self.doc.sentences[last].span;
                if let Some((_, s)) = self
                    .mentions
                    .iter()
                    .rev()
                    .find(|(p, s)| span.contains(*p) && s.named && s.kind != Kind::Unknown)
                {
                    return Some(s.clone());
                }
            }
        }
        None
    }

    /// The nearest earlier sentence of the quotation's paragraph that gives a speaker,
    /// unless a sentence in between brings in someone else.
    pub(super) fn earlier_sentence_speaker(
        &self,
        raw: &RawQuote,
        s0: usize,
        starts_sentence: bool,
        verbs: &[Vec<Verb>],
        done: &[Option<Quote>],
    ) -> Option<Speaker> {
        let found = self.reach_back(raw, s0, starts_sentence, verbs, done)?;
        // A partial quote inside a sentence that another named person opens is framed by
        // that person's clause, not by the earlier speaker (`Tom Bell said the tour went
        // well. Ana Ruiz is touring the north, set on showing voters hers is the "real
        // choice".`). A one-word quote ("the word “We”") is nobody's words.
        let words = raw.inner.slice(self.text).split_whitespace().count();
        if !starts_sentence {
            let opening = self.opening_person(raw, s0);
            if let Some(s) = opening.filter(|_| words >= 2) {
                let last = |n: &str| n.rsplit(' ').next().map(str::to_string);
                if last(&s.name) != last(&found.name) {
                    return Some(s.speaker());
                }
                return Some(found);
            }
            // Nor is it the earlier speaker's when its own sentence opens on someone else's
            // account (`As Ana Ruiz has pointed out, that is the "textbook case".`).
            if self.as_clause_names_other(raw, s0, &found) {
                return None;
            }
        }
        Some(found)
    }

    /// Does the quotation's sentence `s0` open with "As" and name, before the quotation,
    /// a person the recogniser found other than `speaker` ("As Ana Ruiz noted, ...")?
    fn as_clause_names_other(&self, raw: &RawQuote, s0: usize, speaker: &Speaker) -> bool {
        let sentence = &self.doc.sentences[s0];
        if sentence.tokens.is_empty() || self.lw(sentence.tokens.start) != "as" {
            return false;
        }
        let start = sentence.span.start;
        let last = speaker.name.rsplit(' ').next().unwrap_or(&speaker.name);
        let from = self.mention_index.partition_point(|(m, _)| m.start < start);
        self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < raw.span.start)
            .any(|(_, id)| {
                let e = &self.entities[*id];
                e.kind == EntityKind::Person
                    && speaker.entity != Some(*id)
                    && e.name.rsplit(' ').next() != Some(last)
            })
    }

    /// The speaker of the nearest earlier sentence of the paragraph, as
    /// `earlier_sentence_speaker` reads it.
    fn reach_back(
        &self,
        raw: &RawQuote,
        s0: usize,
        starts_sentence: bool,
        verbs: &[Vec<Verb>],
        done: &[Option<Quote>],
    ) -> Option<Speaker> {
        let para = &self.doc.paragraphs[raw.paragraph];
        // Otherwise the nearest earlier sentence of the paragraph that carries the words
        // (`“...,” Woolson said. They lie far out. “That’s a tough area.”`), unless a
        // sentence in between brings in someone else.
        // Only a quoted sentence reaches back past the nearest sentence: a partial quote
        // inside the writer's sentence ("coined the term “...”") is framed by it.
        let mut prev = s0;
        while prev > para.sentences.start {
            prev -= 1;
            let nearest = prev + 1 == s0;
            if !nearest && !starts_sentence {
                return None;
            }
            if let Some(best) = self.sentence_speaker(prev, verbs, done, nearest) {
                return Some(best);
            }
            // Only for a paragraph's first quotation: after another speaker's quote a
            // newly named person may be answered or described, not quoted.
            let first_in_paragraph = done
                .iter()
                .flatten()
                .next_back()
                .is_none_or(|q| q.span.end <= para.span.start);
            if nearest && starts_sentence {
                let opener = first_in_paragraph
                    .then(|| self.sole_opening_person(prev))
                    .flatten();
                if let Some(best) = opener.or_else(|| self.stance_holder(prev)) {
                    return Some(best);
                }
            }
            if self.introduces_someone(self.doc.sentences[prev].span) {
                return None;
            }
        }
        None
    }

    /// The speaker a sentence gives: its last attributed quotation or (with `clauses`)
    /// reporting clause.
    pub(super) fn sentence_speaker(
        &self,
        si: usize,
        verbs: &[Vec<Verb>],
        done: &[Option<Quote>],
        clauses: bool,
    ) -> Option<Speaker> {
        let span = self.doc.sentences[si].span;
        let quote_speaker = done
            .iter()
            .flatten()
            .rev()
            .find(|q| span.contains(q.span.end.saturating_sub(1)) && q.speaker.is_some())
            .and_then(|q| q.speaker.clone().map(|s| (q.span.end, s)));
        let verb_speaker = verbs.get(si).filter(|_| clauses).and_then(|vs| {
            vs.iter().rev().filter(|v| !v.weak).find_map(|v| {
                v.subject
                    .as_ref()
                    .map(|s| (self.doc.tokens[v.tok].span.start, s.speaker()))
            })
        });
        match (quote_speaker, verb_speaker) {
            (Some(q), Some(v)) => Some(if q.0 >= v.0 { q.1 } else { v.1 }),
            (q, v) => q.or(v).map(|x| x.1),
        }
    }

    /// `Mr Ruiz has taken the idea to Peru. “We gave out 40 books.”`: a sentence without
    /// quotation marks that opens on a named person, and names nobody else, introduces
    /// the quotation sentence straight after it.
    pub(super) fn sole_opening_person(&self, si: usize) -> Option<Speaker> {
        let sentence = &self.doc.sentences[si];
        if sentence.tokens.clone().any(|t| self.in_quote[t]) {
            return None;
        }
        let span = sentence.span;
        let (_, subj) = self
            .mentions
            .iter()
            .find(|(p, s)| span.contains(*p) && s.named && s.kind == Kind::Person)?;
        if self.introduces_other(span, Some(&subj.name)) {
            return None;
        }
        let from = self
            .mention_index
            .partition_point(|(m, _)| m.start < span.start);
        let others = self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .any(|(m, id)| subj.entity != Some(*id) && !subj.span.overlaps(*m));
        (!others).then(|| subj.speaker())
    }

    /// `“…,” said Tom Bell. Ms Ruiz, though, is confident it will last. “We gave out forty
    /// bikes.”`: a sentence without quotation marks that opens on a named person and
    /// states their stance (a linking verb and a stance adjective: keen, adamant, upbeat)
    /// introduces the quotation after it, even after another speaker's quotation: the
    /// quotation voices that stance. Nobody else may be named before the adjective; a
    /// sentence that only places or describes the person ("Ms Ruiz was away") introduces
    /// nothing.
    pub(super) fn stance_holder(&self, si: usize) -> Option<Speaker> {
        let sentence = &self.doc.sentences[si];
        let range = sentence.tokens.clone();
        if range.clone().any(|t| self.in_quote[t]) {
            return None;
        }
        // The opening name run, read here rather than taken from the sentence's parsed
        // subject: the phrase parser runs on through "remains very upbeat about ...".
        let ss = range.start;
        let a = self.skip_intro(ss, range.end);
        let mut b = a;
        while b < range.end && (self.name_token(b, ss) || self.name_stop(b)) {
            b += 1;
        }
        let start = self.strip_titles(a, b)?;
        if start >= b || self.is_possessive(b - 1) {
            return None;
        }
        let subj = self.name_subject(start, b);
        if subj.kind != Kind::Person {
            return None;
        }
        let mut k = b;
        let linker = |k: usize| self.w(k) == "," || STANCE_LINKERS.contains(&self.lw(k));
        while k < range.end && linker(k) {
            k += 1;
        }
        if k >= range.end || !STANCE_COPULAS.contains(&self.lw(k)) {
            return None;
        }
        k += 1;
        while k < range.end && STANCE_DEGREE.contains(&self.lw(k)) {
            k += 1;
        }
        if k >= range.end || !STANCE_ADJECTIVES.contains(&self.lw(k)) {
            return None;
        }
        let before = Span::new(subj.span.end, self.doc.tokens[k].span.start);
        let from = self
            .mention_index
            .partition_point(|(m, _)| m.start < before.start);
        let other = self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < before.end)
            .any(|(m, id)| subj.entity != Some(*id) && !subj.span.overlaps(*m));
        (!other && !self.introduces_other(before, Some(&subj.name))).then(|| subj.speaker())
    }

    /// Does the text in `span` name a person or body as a sentence subject, other than
    /// `except`? Such a mention ends a run of quotations by the previous speaker.
    pub(super) fn introduces_other(&self, span: Span, except: Option<&str>) -> bool {
        self.mentions
            .iter()
            .chain(self.recent.iter())
            .filter(|(p, _)| span.contains(*p))
            .any(|(_, s)| s.named && except.is_none_or(|e| e != s.name))
    }

    pub(super) fn introduces_someone(&self, span: Span) -> bool {
        self.introduces_other(span, None)
    }

    /// The body paragraph before a body paragraph that opens with this quotation
    /// (starting at sentence `s0`): where a neighbour's speaker may carry over.
    fn body_paragraph_before_opening_quote(&self, raw: &RawQuote, s0: usize) -> Option<&Paragraph> {
        let para = &self.doc.paragraphs[raw.paragraph];
        let prev = self.doc.paragraphs.get(raw.paragraph.checked_sub(1)?)?;
        let text = para.span.slice(self.text);
        let lead = text.len() - text.trim_start().len();
        let opens = s0 == para.sentences.start && para.span.start + lead == raw.span.start;
        let body = prev.kind != BlockKind::Heading
            && para.kind != BlockKind::Heading
            && !prev.sentences.is_empty();
        (opens && body).then_some(prev)
    }

    /// The speaker of the quotation ending the previous paragraph, when this quotation
    /// is its paragraph's only text and that paragraph is body text.
    pub(super) fn quote_run_on(
        &self,
        raw: &RawQuote,
        s0: usize,
        done: &[Option<Quote>],
    ) -> Option<Speaker> {
        let prev = self.body_paragraph_before_opening_quote(raw, s0)?;
        let para = &self.doc.paragraphs[raw.paragraph];
        let after = self.text.get(raw.span.end..para.span.end).unwrap_or("");
        if !after.trim().chars().all(|c| matches!(c, '.' | ',')) {
            return None;
        }
        let ending = done.iter().flatten().next_back()?;
        // The previous quotation must be in the previous paragraph, and nobody else may
        // come in after it.
        if !prev.span.contains(ending.span.end.saturating_sub(1)) {
            return None;
        }
        let speaker = ending.speaker.clone()?;
        let rest = Span::new(ending.span.end, prev.span.end);
        (!self.introduces_other(rest, Some(&speaker.name))).then_some(speaker)
    }

    /// `Carter said the critics were wrong.` / `“That is because ...”`: a paragraph that
    /// opens with a quotation of its own, right after a body paragraph whose last
    /// sentence reports a named speaker, carries on that speaker's words.
    pub(super) fn introduced_by_previous_paragraph(
        &self,
        raw: &RawQuote,
        s0: usize,
        verbs: &[Vec<Verb>],
    ) -> Option<Speaker> {
        let prev = self.body_paragraph_before_opening_quote(raw, s0)?;
        // `“...,” the statement read.`: a quotation that hands over to a clause of its
        // own, even one not understood, is not the previous speaker's.
        if raw.inner.slice(self.text).trim_end().ends_with(',') {
            return None;
        }
        let last = prev.sentences.end - 1;
        verbs
            .get(last)?
            .iter()
            .rev()
            .find_map(|v| v.subject.clone())
            .filter(|s| s.named && s.kind != Kind::Unknown)
            .map(|s| s.speaker())
            .or_else(|| self.stance_holder(last))
    }
}
