//! Vague subjects with a post-modifier: "people close to the governor said", "a source
//! with knowledge of the talks said", `"...," said a source close to the talks.`

use super::*;

/// Words between a subject and its verb that belong to the verb: "don't", "almost
/// universally", "also".
fn verb_side(lower: &str) -> bool {
    AUXILIARIES.contains(&lower)
        || ADVERBS.contains(&lower)
        || lower.ends_with("n't")
        || lower.ends_with("n’t")
        || matches!(lower, "almost" | "always")
        || (lower.ends_with("ly") && lower.len() > 4)
}

impl SentenceFinder<'_, '_> {
    /// A vague head with a post-modifier before the reporting verb: "people close to
    /// the governor said", "a source with knowledge of the talks said", "officials who
    /// spoke to reporters said", "some of his supporters said". `last` is the word
    /// before the verb; the head must open the subject, with no punctuation between.
    pub(in crate::analysis::attribution) fn post_modified_subject(
        &self,
        last: usize,
    ) -> Option<Source> {
        let ws = self.ws;
        let floor = last.saturating_sub(16);
        let mut head = None;
        let mut k = last;
        while k > floor {
            let w = &ws[k - 1];
            if w.quoted || !(w.is_word() || w.kind == TokenKind::Number) {
                break;
            }
            if self.opens_post_modifier(k - 1, last) {
                head = Some(k - 1);
            }
            k -= 1;
        }
        let h = head?;
        let start = self.left_extent(h);
        // The subject must open its clause: not "He met officials close to the talks".
        if start > 0 {
            let p = &ws[start - 1];
            let opens = !p.is_word()
                || CLAUSE_BOUNDARIES.contains(&p.lower) && !matches!(p.lower, "with" | "to" | "by")
                || matches!(p.lower, "the" | "even");
            if p.quoted && p.is_word() || !opens {
                return None;
            }
        }
        let src = self.classify(start, h, false);
        if src.class != SourceClass::Vague {
            return None;
        }
        // The vague words must be the whole subject up to the head: not "a survey of
        // voters in ten states showed", whose head is the survey.
        let from = (start..=h).find(|&k| ws[k].span.start == src.span.start)?;
        // "the diehard supporters who ...": a definite article before the words left
        // out points to a group the copy has described.
        let after_the = start > 0 && ws[start - 1].is("the");
        // At most two such words: "many diehard", not a clause run on before them.
        let leads_ok = from - start <= 2 && (start..from).all(|k| self.plain_lead(k));
        if from > start && after_the || !leads_ok {
            return None;
        }
        let from = start;
        // "people close to the talks don't expect": the auxiliary belongs to the verb.
        let mut end = last;
        while end > h && verb_side(ws[end].lower) {
            end -= 1;
        }
        Some(Source {
            span: span_of(ws, from, end),
            text: self.text(from, end),
            class: SourceClass::Vague,
            entity: None,
        })
    }

    /// A word the vague reading may leave out before its head and still be the whole
    /// subject: a quantifier or a plain adjective ("many diehard supporters who ...").
    /// Not a determiner or possessive ("the", "his"), a preposition ("a survey of
    /// voters in ten states"), a name, or a document ("poll").
    fn plain_lead(&self, k: usize) -> bool {
        let w = &self.ws[k];
        let l = w.lower;
        if matches!(l, "many" | "some" | "several" | "most" | "few") {
            return true;
        }
        w.is_word()
            && !w.quoted
            && !w.capitalised()
            && !DETERMINERS.contains(&l)
            && !CLAUSE_BOUNDARIES.contains(&l)
            && !PRONOUNS.contains(&l)
            && !vague_lexicon::POST_MODIFIER_OPENERS.contains(&l)
            && !vague_lexicon::DOCUMENT_HEADS.contains(&l)
            && !l.ends_with("'s")
            && !l.ends_with("’s")
            && !matches!(l, "to" | "by" | "among")
            && !l.ends_with("ly")
            && self.cue_info(k).is_none()
    }

    /// An inverted vague subject with a post-modifier, up to the end of the clause:
    /// `"...," said a source close to the talks.` Returns the source and its last word.
    pub(in crate::analysis::attribution) fn inverted_post_modified(
        &self,
        a: usize,
    ) -> Option<(Source, usize)> {
        let ws = self.ws;
        let limit = (a + 18).min(ws.len());
        let e = (a..limit)
            .take_while(|&k| !ws[k].quoted && (ws[k].is_word() || ws[k].kind == TokenKind::Number))
            .last()?;
        // The clause must end there, not run on into more words.
        if ws.get(e + 1).is_some_and(|n| {
            !(matches!(n.text, "," | "." | ";" | ":" | "!" | "?") || n.is_punct(CLOSE_QUOTES))
        }) {
            return None;
        }
        // Only the phrases that mark anonymity: after a verb, "for" or "of" is as likely
        // the verb's own complement ("blasted critics for ...").
        let h = (a..e).find(|&k| {
            self.opens_post_modifier(k, e)
                && ws
                    .get(k + 1)
                    .is_some_and(|n| vague_lexicon::ANONYMITY_OPENERS.contains(&n.lower))
        })?;
        let src = self.classify(a, h, true);
        if src.class != SourceClass::Vague || src.span.start != ws[a].span.start {
            return None;
        }
        let src = Source {
            span: span_of(ws, a, e),
            text: self.text(a, e),
            class: SourceClass::Vague,
            entity: None,
        };
        Some((src, e))
    }

    /// Is `h` a vague head whose next word opens a post-modifier? A quantifier ("some
    /// of", "many in") only counts when the phrase ends on a vague head itself: "some
    /// of his aides", not "some of the emails".
    fn opens_post_modifier(&self, h: usize, last: usize) -> bool {
        let ws = self.ws;
        let Some(next) = ws.get(h + 1).filter(|n| !n.quoted && h < last) else {
            return false;
        };
        if !vague_lexicon::POST_MODIFIER_OPENERS.contains(&next.lower) {
            return false;
        }
        let l = ws[h].lower;
        if vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l) {
            // "many in the industry", "some at the rally": people, wherever they are.
            return matches!(next.lower, "in" | "on" | "at" | "within" | "across")
                || next.is("of")
                    && (vague_lexicon::is_plural_head(ws[last].lower)
                        || matches!(ws[last].lower, "them" | "those" | "us"));
        }
        // "aides to the senator", like "the senator's aides": an entourage stays
        // unnamed whoever it serves; "to" after any other head is the verb's business.
        if next.is("to") {
            return vague_lexicon::ENTOURAGE_HEADS.contains(&l);
        }
        // A preposition before a name makes the group identifiable: "analysts at
        // Barclays", "officials at the Treasury"; "residents in the valley" stay vague,
        // and so do people placed only by where they are ("a woman in Leeds").
        if !vague_lexicon::ANONYMITY_OPENERS.contains(&next.lower)
            && !matches!(
                next.lower,
                "in" | "inside" | "within" | "across" | "outside"
            )
        {
            let object = ws
                .get(h + 2)
                .filter(|w| !(w.is("the") || w.is("a")))
                .or_else(|| ws.get(h + 3));
            if object.is_some_and(|w| w.capitalised()) {
                return false;
            }
        }
        // "attorneys for the department", like "a spokesman for the ministry": the
        // body they act for is one the reader knows.
        if next.is("for") && ws.get(h + 2).is_some_and(|w| w.is("the")) {
            return false;
        }
        // "with" only as "with knowledge of" / "with ties to" / "with direct ...".
        if next.is("with")
            && !ws.get(h + 2).is_some_and(|w| {
                matches!(
                    w.lower,
                    "knowledge" | "ties" | "direct" | "close" | "access"
                )
            })
        {
            return false;
        }
        vague_lexicon::is_plural_head(l) || vague_lexicon::is_singular_head(l)
    }
}
