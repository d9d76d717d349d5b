//! Which quoted passages are quotations: titles of works and scare quotes are not.

use super::*;

impl<'a> Analyzer<'a> {
    /// Titles of works and scare quotes are not quotations.
    pub(super) fn is_quotation(
        &self,
        raw: &RawQuote,
        quote: Option<&Quote>,
        verbs: &[Vec<Verb>],
    ) -> bool {
        let Some(quote) = quote else {
            return false;
        };
        let inner = raw.inner.slice(self.text);
        let words: Vec<&str> = inner
            .split(|c: char| c.is_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        // The so-called "peace plan".
        let before = self.words_before(raw.span.start, 2);
        let so_called = before.first().is_some_and(|w| *w == "so-called")
            || (before.first().is_some_and(|w| *w == "called")
                && before.get(1).is_some_and(|w| *w == "so"));
        if so_called {
            return false;
        }
        // A title ("The Late Show") unless its own sentence has someone say it.
        if is_title_case(&words) && !self.named_by_verb(raw) {
            let own = self.doc.sentence_at(raw.span.start).is_some_and(|s0| {
                let s1 = self
                    .doc
                    .sentence_at(raw.span.end.saturating_sub(1))
                    .unwrap_or(s0);
                self.pre_speaker(raw, s0, verbs).is_some()
                    || self.post_speaker(raw, s1, verbs).is_some()
            });
            if !own || self.only_weak_clauses(raw, verbs) {
                return false;
            }
        }
        // A short scare-quoted phrase nobody is said to have said; a fallback subject
        // elsewhere in the sentence does not make it a quotation.
        !(words.len() <= 3 && (quote.speaker.is_none() || self.only_weak_clauses(raw, verbs)))
    }

    /// Do the quotation's sentences carry reporting verbs whose subjects all came from a
    /// fallback?
    pub(super) fn only_weak_clauses(&self, raw: &RawQuote, verbs: &[Vec<Verb>]) -> bool {
        let Some(s0) = self.doc.sentence_at(raw.span.start) else {
            return false;
        };
        let s1 = self
            .doc
            .sentence_at(raw.span.end.saturating_sub(1))
            .unwrap_or(s0);
        let attributed: Vec<&Verb> = verbs
            .get(s0..=s1)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|v| v.subject.is_some())
            .collect();
        attributed.iter().any(|v| v.weak) && attributed.iter().all(|v| v.weak)
    }

    /// Lower-cased words just before `pos`, nearest first.
    pub(super) fn words_before(&self, pos: usize, n: usize) -> Vec<&'a str> {
        let i = self.doc.tokens.partition_point(|t| t.span.end <= pos);
        (i.saturating_sub(n)..i).rev().map(|k| self.lw(k)).collect()
    }

    /// `dubbing Mr Brown "Sir Wastealot"`: a naming verb just before the quote.
    pub(super) fn named_by_verb(&self, raw: &RawQuote) -> bool {
        let i = self
            .doc
            .tokens
            .partition_point(|t| t.span.end <= raw.span.start);
        (i.saturating_sub(4)..i).any(|k| {
            matches!(
                self.lw(k),
                "dub"
                    | "dubs"
                    | "dubbed"
                    | "dubbing"
                    | "call"
                    | "calls"
                    | "called"
                    | "calling"
                    | "nicknamed"
                    | "branded"
                    | "branding"
                    | "labelled"
                    | "labeled"
            )
        })
    }
}
