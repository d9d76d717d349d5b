//! Noun phrases around a cue: the subject before a verb, the object after "according
//! to", a name opening the sentence.

use super::cover::{shows_evidence, DATA_HEADS};
use super::sentence::SentenceFinder;
use super::words::{AUXILIARIES, BE, CLAUSE_BOUNDARIES, CLOSE_QUOTES, DETERMINERS, PRONOUNS};
use crate::analysis::lexicon::calendar::is_calendar_word;
use crate::analysis::lexicon::vague as vague_lexicon;
use crate::analysis::segment::TokenKind;

pub(super) const NP_PREPS: &[&str] = &["of", "for", "from", "at"];

impl SentenceFinder<'_, '_> {
    /// The "(" that opens the parenthesis closed at `close`, a few words back.
    pub(super) fn paren_open(&self, close: usize) -> Option<usize> {
        let ws = self.ws;
        (close.saturating_sub(8)..close)
            .rev()
            .take_while(|&k| !ws[k].quoted && ws[k].text != ")")
            .find(|&k| ws[k].text == "(")
            .filter(|&k| k > 0 && ws[k - 1].is_word())
    }

    /// `forward_np` carried across a short title's full stop: "Sen. Maria Lopez",
    /// "Rep. Hank Lee", "Mr. Brennan".
    pub(super) fn name_np(&self, k: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, mut b) = self.forward_np(k)?;
        while ws.get(b + 1).is_some_and(|d| d.text == ".")
            && ws[b].capitalised()
            && ws[b].text.chars().count() <= 4
            && ws.get(b + 2).is_some_and(|n| n.capitalised() && !n.quoted)
        {
            match self.forward_np(b + 2) {
                Some((_, e)) => b = e,
                None => break,
            }
        }
        Some((a, b))
    }

    /// A name opening the sentence (capitalised, possibly titled, possibly followed by a
    /// party label), if the words from it up to `end` hold no other verb: the subject of
    /// a verb further on.
    pub(super) fn opening_subject_of_verb(&self, end: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, b) = self.name_np(0)?;
        let first = &ws[a];
        if !first.capitalised()
            || CLAUSE_BOUNDARIES.contains(&first.lower)
            || is_calendar_word(first.lower)
            || PRONOUNS.contains(&first.lower) && first.lower != "he" && first.lower != "she"
            || b >= end
        {
            return None;
        }
        // The name is its run of capitalised words (a phrase may run on into a verb:
        // "Ines Barlow toured"), so "The plan" is no one.
        let b = (a..=b)
            .take_while(|&k| ws[k].capitalised() || matches!(ws[k].text, "." | "-"))
            .last()?;
        (!DETERMINERS.contains(&first.lower) && ws[b].capitalised()).then_some((a, b))
    }

    /// `Name, apposition, apposition, <verb>`: the name opening the sentence, when the
    /// stretch up to the comma at `comma` (just before the verb) is appositions only —
    /// no quotation and no reporting verb of its own.
    pub(super) fn opening_subject(&self, comma: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, b) = self.opening_subject_of_verb(comma)?;
        let mut next = b + 1;
        if ws.get(next).is_some_and(|n| n.text == "(") {
            next = (next..comma).find(|&k| ws[k].text == ")")? + 1;
        }
        if ws.get(next).is_none_or(|n| n.text != ",") || next >= comma {
            return None;
        }
        let clean = (next..comma)
            .all(|k| !ws[k].quoted && !ws[k].is_punct(CLOSE_QUOTES) && self.verb_info(k).is_none());
        clean.then_some((a, b))
    }

    /// Can the word at `k` be the subject of a verb that is also a noun?
    pub(super) fn subject_like(&self, k: usize) -> bool {
        let w = &self.ws[k];
        let l = w.lower;
        PRONOUNS.contains(&l)
            || DATA_HEADS.contains(&l)
            || shows_evidence(w)
            || vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l)
            || vague_lexicon::is_plural_head(l)
            || (w.capitalised() && k > 0)
            || (w.capitalised() && k == 0 && !DETERMINERS.contains(&l))
            || (l.ends_with('s')
                && !l.ends_with("ss")
                && !w.capitalised()
                && k > 0
                && !self.ws[k - 1].is_punct(&[',', ':', ';']))
    }

    /// Leftmost token of the subject noun phrase ending at `head`.
    pub(super) fn left_extent(&self, head: usize) -> usize {
        let ws = self.ws;
        let mut k = head;
        // A name is the object of any verb before it ("the board hired Tom Reid, who
        // said"); a common noun may be the object that speaks for the subject ("Trump
        // issued a statement saying"), whose source runs on to the subject.
        let named = ws[head].capitalised();
        while k > 0 && head - k < 10 {
            let p = &ws[k - 1];
            if p.quoted || !(p.is_word() || p.kind == TokenKind::Number || p.text == "&") {
                break;
            }
            let l = p.lower;
            if CLAUSE_BOUNDARIES.contains(&l) && !NP_PREPS.contains(&l) {
                // "and" joins two sources only between capitalised words or vague heads.
                if l == "and"
                    && (ws[k].capitalised() || vague_lexicon::is_head_modifier(ws[k].lower))
                    && k >= 2
                    && (ws[k - 2].capitalised() || vague_lexicon::is_plural_head(ws[k - 2].lower))
                {
                    k -= 1;
                    continue;
                }
                break;
            }
            if PRONOUNS.contains(&l)
                || AUXILIARIES.contains(&l)
                || BE.contains(&l)
                || self.verb_info(k - 1).is_some() && !p.capitalised()
                || (named
                    && !p.capitalised()
                    && (self.cue_info(k - 1).is_some() || self.past_verb(k - 1)))
            {
                break;
            }
            k -= 1;
        }
        // Drop leading sentence connectives ("But", "Yet", "Later").
        while k < head
            && (matches!(
                ws[k].lower,
                "but"
                    | "yet"
                    | "and"
                    | "so"
                    | "however"
                    | "meanwhile"
                    | "still"
                    | "later"
                    | "earlier"
                    | "separately"
            ) || is_calendar_word(ws[k].lower)
                || ws[k].lower == "the")
        {
            k += 1;
        }
        k
    }

    /// Whether the lower-case "-ed" word at `k` is a verb in the past tense, not a
    /// modifier: it follows a noun or name ("the board hired Tom Reid"), not a
    /// determiner, number, possessive or adverb ("a retired teacher", "the newly
    /// elected mayor"). A subject stops there: it ends the clause before.
    pub(super) fn past_verb(&self, k: usize) -> bool {
        let ws = self.ws;
        let w = &ws[k];
        if !(w.is_word() && w.lower.ends_with("ed") && w.lower.len() > 4) || w.capitalised() {
            return false;
        }
        let Some(p) = k.checked_sub(1).map(|j| &ws[j]) else {
            return false;
        };
        p.is_word()
            && !p.quoted
            && !DETERMINERS.contains(&p.lower)
            && !p.lower.ends_with("'s")
            && !p.lower.ends_with("’s")
            && !p.lower.ends_with("ly")
            && !matches!(p.lower, "former" | "recently" | "newly" | "democratically")
            && !NP_PREPS.contains(&p.lower)
    }

    /// A noun phrase starting at `k`: determiners, modifiers, capitalised words,
    /// possessives, one lower-case head, and "of/for/from/at" + a capitalised name.
    pub(super) fn forward_np(&self, k: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let mut end: Option<usize> = None;
        let mut head_taken = false;
        let mut j = k;
        while j < ws.len() && j - k < 14 {
            let w = &ws[j];
            if w.quoted || !(w.is_word() || w.kind == TokenKind::Number) {
                if w.text == "&" && end.is_some() {
                    j += 1;
                    continue;
                }
                break;
            }
            let l = w.lower;
            let possessive = l.ends_with("'s") || l.ends_with("’s");
            if w.capitalised()
                || DETERMINERS.contains(&l)
                || possessive
                || (vague_lexicon::is_head_modifier(l) && l != "and")
                || w.kind == TokenKind::Number
            {
                if (PRONOUNS.contains(&l) && l != "it") || CLAUSE_BOUNDARIES.contains(&l) {
                    if end.is_none() && PRONOUNS.contains(&l) {
                        return Some((k, j));
                    }
                    break;
                }
                if head_taken && !w.capitalised() {
                    break;
                }
                end = Some(j);
                j += 1;
                continue;
            }
            if NP_PREPS.contains(&l) && end.is_some() {
                let n = ws.get(j + 1);
                if n.is_some_and(|n| n.capitalised() || n.is("the")) {
                    j += 1;
                    continue;
                }
                break;
            }
            if PRONOUNS.contains(&l) && end.is_none() {
                return Some((j, j));
            }
            if end.is_none()
                && (vague_lexicon::is_plural_head(l)
                    || vague_lexicon::ACCORDING_TO_VAGUE.contains(&l))
            {
                end = Some(j);
                head_taken = true;
                j += 1;
                continue;
            }
            let plain_word = !CLAUSE_BOUNDARIES.contains(&l)
                && !l.ends_with("ing")
                && !l.ends_with("ly")
                && self.verb_info(j).is_none()
                && !BE.contains(&l)
                && !AUXILIARIES.contains(&l);
            // A compound role before a name: "ministry spokesperson Lin Jian".
            let name_follows = (j + 1..(j + 3).min(ws.len())).any(|k| ws[k].capitalised())
                && (j + 1..(j + 3).min(ws.len()))
                    .take_while(|&k| !ws[k].capitalised())
                    .all(|k| ws[k].is_word() && !ws[k].quoted);
            // A compound whose last word is a vague head: "exit polls", "campaign
            // officials".
            if head_taken
                && end == Some(j - 1)
                && vague_lexicon::is_plural_head(l)
                && (k..j).all(|d| !ws[d].capitalised())
            {
                end = Some(j);
                j += 1;
                continue;
            }
            if head_taken && plain_word && end == Some(j - 1) && name_follows {
                end = Some(j);
                j += 1;
                continue;
            }
            if !head_taken && plain_word && (end.is_none() || end == Some(j - 1)) {
                end = Some(j);
                head_taken = true;
                j += 1;
                continue;
            }
            break;
        }
        end.map(|e| (k, e))
    }
}
