//! Cues: the reporting clauses of a sentence ("X said", "said X", "X, who ..., told")
//! and the subject each verb was given.

use super::*;
use crate::analysis::lexicon::reporting::NOUNY;

impl<'a> Analyzer<'a> {
    /// Is token `i` a reporting verb used as one (not a noun, not negated, not a modal
    /// or infinitive, not a plain passive)? `Some(true)` for an impersonal passive
    /// ("it is reported").
    pub(super) fn eligible_verb(&self, i: usize, sent_start: usize) -> Option<bool> {
        if self.in_quote[i] || !self.is_word(i) || !self.is_reporting_word(i) {
            return None;
        }
        if self.w(i).chars().next().is_some_and(char::is_uppercase)
            && !self.sentence_initial(i, sent_start)
        {
            return None;
        }
        // Walk back over adverbs.
        let mut p = i;
        let mut prevs: Vec<String> = Vec::new();
        while p > sent_start && prevs.len() < 3 {
            p -= 1;
            if self.in_quote[p] {
                break;
            }
            let lw = self.lw(p);
            let adverb = (lw.ends_with("ly") && lw.len() > 4)
                || matches!(lw, "also" | "then" | "later" | "again" | "once");
            prevs.push(lw.to_string());
            if !adverb {
                break;
            }
        }
        let prev = prevs.last().cloned().unwrap_or_default();
        if DETERMINERS.contains(&prev.as_str()) || MODALS.contains(&prev.as_str()) {
            return None;
        }
        // "the first four states", "two reports": straight after a word that counts, a
        // word that is as often a noun as a verb is the noun ("the four said" still speaks).
        if self.counted_noun(i, sent_start) {
            return None;
        }
        // "Dr Gibbons' comments", "the minister's claims".
        if p < i && (self.is_possessive(p) || matches!(self.w(p), "'" | "’")) {
            return None;
        }
        // "Asked whether ..., Kellner said": an introductory participle, not a clause.
        if i == sent_start
            && self.w(i).chars().next().is_some_and(char::is_uppercase)
            && self.is_participle_lower(self.lw(i))
        {
            return None;
        }
        let negated = (sent_start.max(i.saturating_sub(3))..i).any(|k| {
            let lw = self.lw(k);
            !self.in_quote[k]
                && (NEGATIONS.contains(&lw) || lw.ends_with("n't") || lw.ends_with("n’t"))
        });
        if negated {
            return None;
        }
        // "a pre-Budget report, he ...", "comments on": words that are nouns as often as
        // verbs are nouns before punctuation or a preposition.
        // `“...,” Bozell notes.`: right after a quotation and its speaker's name, a word
        // that is often a noun is the reporting verb.
        let after_quote_name = {
            let mut k = i;
            while k > sent_start && self.name_token(k - 1, sent_start) {
                k -= 1;
            }
            k < i && k > 0 && self.quote_close[k - 1]
        };
        if NOUNISH.contains(&self.lw(i)) && !after_quote_name {
            let next = self.doc.tokens.get(i + 1).map(|_| self.lw(i + 1));
            if next.is_none_or(|n| {
                matches!(
                    n,
                    "," | "."
                        | ";"
                        | ":"
                        | ")"
                        | "of"
                        | "on"
                        | "into"
                        | "by"
                        | "from"
                        | "for"
                        | "about"
                        | "in"
                        | "at"
                        | "over"
                        | "to"
                        | "and"
                        | "or"
                        | "was"
                        | "is"
                )
            }) {
                return None;
            }
        }
        // "the media reports were", "the claims are": a noun before a verb. A capitalised
        // word there is a name ("said Will Doyle").
        let next_lower = self.doc.tokens.get(i + 1).is_some()
            && self.w(i + 1).chars().next().is_some_and(char::is_lowercase);
        if let Some(next) = next_lower.then(|| self.lw(i + 1)) {
            if matches!(
                next,
                "is" | "are" | "was" | "were" | "will" | "would" | "have" | "has" | "had"
            ) && !self.w(i).ends_with("ed")
            {
                return None;
            }
        }
        // "Kasich is telling voters that ...": be + "-ing" is the active progressive, the
        // clause's own subject speaking; be + a past form is a passive ("is reported").
        if progressive_aux(&prev) && self.lw(i).ends_with("ing") {
            return self.takes_an_object(i).then_some(false);
        }
        if BE_FORMS.contains(&prev.as_str()) {
            // ", it is reported." closes a sentence set off by a comma; "ever since it was
            // proposed." is the thing proposed.
            let set_off = p > sent_start + 1 && self.w(p - 2) == ",";
            let impersonal = p > sent_start
                && self.lw(p - 1) == "it"
                && (set_off || self.passive_carries_words(i));
            return impersonal.then_some(true);
        }
        Some(false)
    }

    /// Is the word at `i`, a plural as often a noun as a reporting verb ("states",
    /// "reports"), written straight after a number or a counting word ("the first four
    /// states")? A verb after a counted subject takes no "-s" ("the two write").
    fn counted_noun(&self, i: usize, sent_start: usize) -> bool {
        let lw = self.lw(i);
        let nounish = NOUNISH.contains(&lw) || NOUNY.contains(&lw);
        nounish
            && lw.ends_with('s')
            && i > sent_start
            && !self.in_quote[i - 1]
            && (COUNT_WORDS.contains(&self.lw(i - 1))
                || self.doc.tokens[i - 1].kind == TokenKind::Number)
    }

    /// Does the passive at `i` go on to the words it reports (`it was reported that`,
    /// `it is said the plan`)? `ever since it was proposed.` and `it was proposed by Ann
    /// Lee` report nothing: "it" there is the thing proposed, no impersonal subject.
    fn passive_carries_words(&self, i: usize) -> bool {
        let Some(next) = self.doc.tokens.get(i + 1) else {
            return false;
        };
        let ends =
            next.kind == TokenKind::Punct && matches!(self.w(i + 1), "." | ";" | "?" | "!" | ")");
        !ends && !matches!(self.lw(i + 1), "by" | "and" | "but" | "or")
    }

    /// Is the "-ing" verb at `v` the head of a progressive ("Kasich is telling")?
    pub(super) fn is_progressive(&self, v: usize, ss: usize) -> bool {
        let mut p = v;
        while p > ss {
            p -= 1;
            let lw = self.lw(p);
            let adverb = (lw.ends_with("ly") && lw.len() > 4) || matches!(lw, "also" | "now");
            if !adverb {
                return progressive_aux(lw) && !self.in_quote[p];
            }
        }
        false
    }

    /// "is telling voters", "is praising Bush", "is promising to act": a verb used as one
    /// goes on to its object; "is telling in itself", "are responding, saying" read as an
    /// adjective or an intransitive use that carries no words.
    fn takes_an_object(&self, i: usize) -> bool {
        let Some(next) = self.doc.tokens.get(i + 1).map(|_| self.lw(i + 1)) else {
            return false;
        };
        self.is_word(i + 1) && (next == "to" || !PREPOSITIONS.contains(&next))
    }

    /// The subject of an inverted clause: `"...," said Mr Kim.`
    pub(super) fn inverted_subject(&self, v: usize, se: usize, ss: usize) -> Option<Np> {
        let lw = self.lw(v);
        // `“Who?” said Ms. Lutz.` opens a sentence of its own after the quotation.
        let opens_after_quote = v == ss && v > 0 && self.quote_close[v - 1];
        if (v == ss && !opens_after_quote)
            || lw.ends_with("ing")
            || CUE_VERBS.contains(&lw)
            || self.is_listener_verb(v)
        {
            return None;
        }
        let before = v - 1;
        let after_quote_or_comma = self.quote_close[before] || self.w(before) == ",";
        if !after_quote_or_comma {
            return None;
        }
        let np = self
            .parse_np(v + 1, se, ss)
            .filter(|np| self.ends_inverted_clause(np.end, se))
            .or_else(|| self.modified_subject(v + 1, se, ss))?;
        if matches!(np.kind, NpKind::Pronoun(_)) {
            return None;
        }
        self.ends_inverted_clause(np.end, se).then_some(np)
    }

    /// Does the reporting verb at `v` take the one spoken to as its object ("told",
    /// "assured")? The name after it is the listener, never the speaker.
    pub(super) fn is_listener_verb(&self, v: usize) -> bool {
        reporting_verb(self.lw(v)).is_some_and(|info| is_listener_lemma(info.lemma))
    }

    /// `said retired Army Lt. Gen. Mick Ransom`, `said one undecided Ohio voter`: lower-
    /// case modifiers (which the subject parser reads as verbs) before the name or role.
    pub(super) fn modified_subject(&self, i: usize, se: usize, ss: usize) -> Option<Np> {
        let mut m = i;
        while m < se && m < i + 4 && !self.in_quote[m] && !self.name_token(m, ss) {
            let w = self.w(m);
            let lower = w.chars().next().is_some_and(char::is_lowercase);
            let lw = self.lw(m);
            if !self.is_word(m)
                || !lower
                || BREAK_WORDS.contains(&lw)
                || PRONOUNS.contains(&lw)
                || self.is_reporting_word(m)
            {
                return None;
            }
            m += 1;
        }
        if m == i || m >= se || !self.name_token(m, ss) {
            return None;
        }
        let np = self.parse_np(m, se, ss)?;
        Some(match np.kind {
            NpKind::Common { head } => Np {
                start: i,
                end: np.end,
                kind: NpKind::Common { head },
            },
            kind => Np { kind, ..np },
        })
    }

    /// Does an inverted clause's subject, ending before token `k`, end the clause
    /// there (allowing "of the fans' group", "to the mayor" and a trailing adverb)?
    pub(super) fn ends_inverted_clause(&self, mut k: usize, se: usize) -> bool {
        while k < se && self.trailing_adverb(k) {
            k += 1;
        }
        if k < se && matches!(self.lw(k), "of" | "from" | "at" | "for" | "to") {
            // "of the fans' group": a possessive apostrophe stays inside the phrase.
            while k < se
                && !self.in_quote[k]
                && (self.doc.tokens[k].kind != TokenKind::Punct
                    || (matches!(self.w(k), "'" | "’") && self.is_possessive(k - 1)))
            {
                k += 1;
            }
        }
        let boundary = k >= se
            || self.in_quote[k]
            || matches!(
                self.w(k),
                "," | "." | ";" | ":" | "!" | "?" | "(" | "-" | "—" | "–"
            )
            || matches!(self.lw(k), "who" | "which")
            // `said House Speaker Ann Ruiz in a statement`, `said Tom Bell as he left`:
            // a preposition or conjunction after the name ends the subject too.
            || (PREPOSITIONS.contains(&self.lw(k))
                || matches!(self.lw(k), "as" | "while" | "when" | "after" | "before"));
        boundary
    }

    /// Finds the reporting verbs of sentence `si` and their subjects, in order, and
    /// records the subjects as antecedents.
    pub(super) fn sentence_verbs(&mut self, si: usize) -> Vec<Verb> {
        let range = self.doc.sentences[si].tokens.clone();
        let (ss, se) = (range.start, range.end);
        let mut verbs: Vec<Verb> = Vec::new();
        // A fallback antecedent: the sentence's opening name.
        let first = self.skip_intro(ss, se);
        // The sentence's opening name also speaks for a reporting verb that no nearer
        // subject claims ("Ana Ruiz compared the plan to a tax, and urged ...").
        let mut opening: Option<Subj> = None;
        let mut opening_pronoun: Option<Subj> = None;
        if let Some(np) = self.parse_np(first, se, ss) {
            // "He looked at the camera, frowned and said": the opening pronoun.
            if let NpKind::Pronoun(_) = np.kind {
                opening_pronoun = self
                    .resolve(&np, ss)
                    .filter(|s| s.named && s.kind == Kind::Person);
            }
            if let NpKind::Name(a, b) = np.kind {
                let subj = self.name_subject(a, b);
                let pos = self.doc.tokens[a].span.start;
                if subj.kind != Kind::Unknown {
                    opening = Some(subj.clone());
                }
                self.mentions.push((pos, subj));
            }
            // "Leeds director of football Ana Ruiz has ...": a role whose tail ends in a
            // person's full name opens the sentence on that person.
            if let NpKind::Common { ref head } = np.kind {
                if is_title(&capitalise(head)) || PERSON_HEADS.contains(&head.as_str()) {
                    if let Some(subj) = self.role_of_named_person(&np, ss) {
                        self.mentions.push((subj.span.start, subj));
                    }
                }
            }
        }
        if let Some(subj) = self.according_to(si) {
            self.remember(subj.span.start, subj);
        }
        for v in ss..se {
            let Some(impersonal) = self.eligible_verb(v, ss) else {
                continue;
            };
            let relative = self.relative_pronoun_before(v, ss);
            let mut weak = false;
            let subject = if let Some(r) = relative {
                self.relative_antecedent(r, ss)
            } else if impersonal {
                let it = (ss..v).rev().find(|&k| self.lw(k) == "it").unwrap_or(v);
                Some(Subj {
                    name: self.phrase(it, v + 1),
                    span: self.span_of(it, v + 1),
                    entity: None,
                    kind: Kind::Unknown,
                    gender: Gender::Unknown,
                    named: false,
                })
            } else {
                let own = self.normal_subject(v, ss, &verbs).or_else(|| {
                    self.inverted_subject(v, se, ss)
                        .and_then(|np| self.resolve(&np, ss))
                });
                weak = own.is_none();
                own.or_else(|| self.adjacent_name(v, ss))
                    .or_else(|| {
                        opening
                            .clone()
                            .filter(|o| o.span.end <= self.doc.tokens[v].span.start)
                    })
                    .or_else(|| {
                        opening_pronoun.clone().filter(|o| {
                            o.span.end <= self.doc.tokens[v].span.start
                                && self.coordinated_verb(v, ss)
                        })
                    })
            };
            if let Some(s) = &subject {
                self.remember(self.doc.tokens[v].span.start, s.clone());
            }
            verbs.push(Verb {
                tok: v,
                weak: weak && subject.is_some(),
                subject,
                relative: relative.is_some(),
            });
        }
        verbs
    }
}

/// Finite forms of "be" that make a progressive with an "-ing" verb ("is telling",
/// "were urging"); "being" and "been" do not ("being told").
fn progressive_aux(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "am")
}
