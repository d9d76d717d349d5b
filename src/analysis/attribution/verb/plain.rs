//! The plain subject before the verb, and the antecedent of a relative "who".

use super::*;

impl SentenceFinder<'_, '_> {
    /// The plain case: the subject is the noun phrase ending right before the verb
    /// ("officials said", "Ms Lee, who chairs the board, said", "people familiar with
    /// the talks said").
    pub(super) fn subject_before(
        &self,
        c: &VerbCue,
        ju: usize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Option<Attribution> {
        let ws = self.ws;
        let (w, p) = (&ws[c.finite], &ws[ju]);
        // "Officials in the town say": a plural post-modified subject takes the bare
        // form; "delegates from states" keeps "states" a noun.
        let bare_after_post_modified =
            !w.lower.ends_with('s') && self.post_modified_subject(ju).is_some();
        if NOUNY.contains(&w.lower) && !self.subject_like(ju) && !bare_after_post_modified {
            return None;
        }
        if self.verb_info(ju).is_some() && !PRONOUNS.contains(&p.lower) {
            // "X said Y told" — the word before is itself a verb; not a subject.
            if p.lower.ends_with("ed") || p.is("said") || p.is("told") {
                return None;
            }
        }
        c.mark(used);
        let start = self.left_extent(ju);
        if p.is("who") {
            let source = self.antecedent_of_who(ju, earlier)?;
            return Some(c.with_source(Some(self.through_relative(source, ju))));
        }
        // "People familiar with the talks said": the vague phrase opens the subject.
        let start = (start.saturating_sub(6)..start)
            .find(|&k| {
                self.vague_phrases.starting_at(&ws[k]).any(|(_, ph, _)| {
                    match_phrase(ws, k, ph).is_some_and(|e| {
                        e < start && (e + 1..start).all(|d| DETERMINERS.contains(&ws[d].lower))
                    })
                })
            })
            .unwrap_or(start);
        let start = if PRONOUNS.contains(&p.lower) {
            ju
        } else {
            start
        };
        let source = self
            .post_modified_subject(ju)
            .unwrap_or_else(|| self.classify(start, ju, false));
        Some(c.with_source(Some(source)))
    }

    /// Who "who" at `who` stands for. Right after a noun ("the 23 percent who said")
    /// that noun, when an earlier clause of the sentence has a source; after a comma, the source of an earlier clause in the sentence whose
    /// apposition the comma closes (`said Ann Lee, a nurse from Leeds, who said`), else
    /// the noun before the comma ("praised Ann Lee, who has vowed"); else the nearest
    /// earlier source.
    pub(super) fn antecedent_of_who(&self, who: usize, earlier: &[Attribution]) -> Option<Source> {
        let ws = self.ws;
        let noun_at = |k: usize| {
            ws.get(k)
                .is_some_and(|w| w.is_word() && !w.quoted && self.verb_info(k).is_none())
        };
        let head_source = |head: usize| self.classify(self.left_extent(head), head, false);
        let last = earlier.iter().rev().find_map(|a| a.source.clone());
        // A restrictive clause ("voters who say") is read only where the sentence has
        // an earlier source: a bare "those who say" is a description of a group, which
        // the vague-source reading weighs on its own.
        if who >= 1 && noun_at(who - 1) && !PRONOUNS.contains(&ws[who - 1].lower) {
            return last.map(|_| head_source(who - 1));
        }
        let comma = who >= 2 && ws[who - 1].text == "," && noun_at(who - 2);
        if comma {
            let appositive = last.as_ref().is_some_and(|s| {
                ws.iter()
                    .position(|w| w.span.start >= s.span.end)
                    .is_some_and(|k| {
                        k < who - 1
                            && ws[k].text == ","
                            && (k..who).all(|d| !ws[d].quoted && self.verb_info(d).is_none())
                    })
            });
            if !appositive {
                return Some(head_source(who - 2));
            }
        }
        last
    }

    /// The source of a relative clause as written runs to its pronoun: "Ann Lee, who
    /// said ..." is sourced to "Ann Lee, who". An antecedent further back (an earlier
    /// clause's subject) keeps its own span, where its entity is found.
    pub(super) fn through_relative(&self, source: Source, pronoun: usize) -> Source {
        let ws = self.ws;
        let who = ws[pronoun].span;
        let adjacent = source.span.end <= who.start
            && ws
                .iter()
                .filter(|w| w.span.start >= source.span.end && w.span.end <= who.start)
                .all(|w| w.text == ",");
        if !adjacent {
            return source;
        }
        Source {
            span: Span::new(source.span.start, who.end),
            ..source
        }
    }
}
