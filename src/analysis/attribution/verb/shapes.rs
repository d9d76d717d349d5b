//! The clause shapes tried before the plain subject: a passive with an agent, a
//! sentence-initial participle, ", saying", an inverted start, "and said", "which said"
//! and a share of those polled.

use super::*;

impl SentenceFinder<'_, '_> {
    /// Passive with an agent: "as reported by X", "was announced by X".
    pub(super) fn agent_passive(&self, c: &VerbCue, used: &mut [bool]) -> Step {
        let ws = self.ws;
        let w = &ws[c.i];
        let next = ws.get(c.last + 1);
        if !(next.is_some_and(|n| n.is("by"))
            && (w.lower.ends_with("ed") || w.lower.ends_with('n') || w.is("told") || w.is("said")))
        {
            return ControlFlow::Continue(());
        }
        // "Lee said by telephone": "said" and "told" are passive only after a form of
        // "be" or "as" ("as was said by", "as told by").
        let passive_before = c.i > 0 && (BE.contains(&ws[c.i - 1].lower) || ws[c.i - 1].is("as"));
        if (w.is("said") || w.is("told")) && !passive_before {
            return ControlFlow::Continue(());
        }
        let Some(np) = self.forward_np(c.last + 2) else {
            return ControlFlow::Break(None);
        };
        c.mark(used);
        mark(used, np.0, np.1);
        ControlFlow::Break(Some(Attribution {
            kind: CueKind::Agent,
            ..c.with_source(Some(self.classify(np.0, np.1, true)))
        }))
    }

    /// Sentence-initial participle: "Asked whether ..., Kellner said" / "Responding to
    /// ..., X expressed": the source is the subject after the first comma.
    pub(super) fn initial_participle(&self, c: &VerbCue, used: &mut [bool]) -> Step {
        let ws = self.ws;
        let (i, w) = (c.i, &ws[c.i]);
        if !(i == 0 && (w.lower.ends_with("ing") || w.is("asked"))) {
            return ControlFlow::Continue(());
        }
        let Some(comma) = (i + 1..ws.len()).find(|&k| ws[k].text == "," && !ws[k].quoted) else {
            return ControlFlow::Break(None);
        };
        let Some(np) = self.forward_np(comma + 1) else {
            return ControlFlow::Break(None);
        };
        if !ws.get(np.1 + 1).is_some_and(|n| n.is_word()) {
            return ControlFlow::Break(None);
        }
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(self.classify(np.0, np.1, true)))))
    }

    /// ", saying ...": the source is the subject of the clause before.
    pub(super) fn saying_clause(
        &self,
        c: &VerbCue,
        j: isize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Step {
        let ws = self.ws;
        let w = &ws[c.i];
        if !(w.lower.ends_with("ing") && j >= 0 && ws[j as usize].text == ",") {
            return ControlFlow::Continue(());
        }
        c.mark(used);
        let source = source_of_clause_before(earlier, w.span.start).or_else(|| {
            self.forward_np(0).and_then(|(a, b)| {
                (a == 0 && ws[a].capitalised() && self.may_open_a_subject(a))
                    .then(|| self.classify(a, b, true))
            })
        });
        ControlFlow::Break(Some(c.with_source(source)))
    }

    /// Whether the sentence's first word may open its subject: not a clause boundary, a
    /// weekday or month ("Saturday, ..."), a participle ("Speaking to ..."), a
    /// preposition ("At a rally", "For months"), nor a dateline in capitals ("PARIS
    /// (AP) —"). "The billionaire, ..., saying" keeps its subject.
    pub(super) fn may_open_a_subject(&self, a: usize) -> bool {
        let ws = self.ws;
        let w = &ws[a];
        let dateline = w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.text.chars().any(char::is_lowercase)
            && ws
                .get(a + 1)
                .is_some_and(|n| matches!(n.text, "(" | "—" | "–" | "-" | ","));
        !(CLAUSE_BOUNDARIES.contains(&w.lower)
            || is_calendar_word(w.lower)
            || (w.lower.ends_with("ing") && w.lower.len() > 5)
            || NP_PREPS.contains(&w.lower)
            || matches!(
                w.lower,
                "in" | "on" | "at" | "after" | "before" | "during" | "with"
            )
            || dateline)
    }

    /// `Said Ruth Ellis, who lives nearby, "..."`: inverted at the sentence start.
    pub(super) fn inverted_at_start(&self, c: &VerbCue, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        let (a, b) = self
            .name_np(c.last + 1)
            .filter(|_| c.i == 0 && ws[c.i].is("said"))?;
        if !(ws[a].capitalised() || matches!(ws[a].lower, "the" | "a" | "an" | "another")) {
            return None;
        }
        c.mark(used);
        Some(c.with_source(Some(self.classify(a, b, true))))
    }

    /// "X acknowledged the concerns but asserted ...": after "and", "but" or "or" the
    /// verb shares the subject of the clause before.
    pub(super) fn coordinated(
        &self,
        c: &VerbCue,
        ju: usize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Step {
        let ws = self.ws;
        if !matches!(ws[ju].lower, "and" | "but" | "or") {
            return ControlFlow::Continue(());
        }
        let source = source_of_clause_before(earlier, ws[c.i].span.start).or_else(|| {
            // "Sen. Lee toured the plant and said ...": the sentence's subject. Only
            // for plain reporting verbs (say, announce, explain), no stance or judgement: in "Hanoi is a critic and has accused Beijing" the
            // first clause is the writer's own claim, which "accused" must not vouch.
            if c.base.judgement || c.base.kind != CueKind::Verb {
                return None;
            }
            self.opening_subject_of_verb(ju)
                .map(|(a, b)| self.classify(a, b, true))
        });
        let Some(source) = source else {
            return ControlFlow::Break(None);
        };
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(source))))
    }

    /// "the provider PayPoint, which said ...": the source is the head before the comma,
    /// through the pronoun ("PayPoint, which").
    pub(super) fn which_clause(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Step {
        let ws = self.ws;
        if !(ws[ju].is("which") && ju >= 2 && ws[ju - 1].text == "," && ws[ju - 2].is_word()) {
            return ControlFlow::Continue(());
        }
        let head = ju - 2;
        c.mark(used);
        let source = self.classify(self.left_extent(head), head, false);
        ControlFlow::Break(Some(c.with_source(Some(self.through_relative(source, ju)))))
    }

    /// "4 in 10 said", "six out of 10 say", "47% say": a share of those polled is the
    /// subject of the verb; "seven out of 11 states" is a count of a plural noun.
    pub(super) fn share_clause(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Step {
        let w = &self.ws[c.i];
        let plural_noun = |l: &str| NOUNY.contains(&l) && l.ends_with('s') && l != "says";
        let Some(first) = self.share_subject(ju).filter(|_| !plural_noun(w.lower)) else {
            return ControlFlow::Continue(());
        };
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(self.classify(first, ju, false)))))
    }

    /// A share of those polled ending at `end`: "4 in 10", "one out of five", "47%",
    /// "9 percent", "9 per cent". Returns the share's first word.
    pub(super) fn share_subject(&self, end: usize) -> Option<usize> {
        let ws = self.ws;
        let count = |k: usize| {
            ws.get(k).is_some_and(|w| {
                !w.quoted && (w.kind == TokenKind::Number || cardinal_value(w.lower).is_some())
            })
        };
        let at = |k: usize, word: &str| ws.get(k).is_some_and(|w| !w.quoted && w.is(word));
        let p = &ws[end];
        if p.text == "%" || at(end, "percent") {
            return (end >= 1 && count(end - 1)).then(|| end - 1);
        }
        if at(end, "cent") && end >= 2 && at(end - 1, "per") && count(end - 2) {
            return Some(end - 2);
        }
        if !count(end) {
            return None;
        }
        if end >= 2 && at(end - 1, "in") && count(end - 2) {
            return Some(end - 2);
        }
        if end >= 3 && at(end - 1, "of") && at(end - 2, "out") && count(end - 3) {
            return Some(end - 3);
        }
        None
    }
}
