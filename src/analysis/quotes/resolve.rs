//! Resolving a subject phrase to a speaker: a name to its entity, a pronoun to the
//! latest compatible person, a stand-in ("the company", "a spokesman") to what it stands for.

use super::*;

impl<'a> Analyzer<'a> {
    /// A subject for the name in tokens `[a, b)`.
    pub(super) fn name_subject(&self, a: usize, b: usize) -> Subj {
        let span = self.span_of(a, b);
        // An entity whose name lacks the written surname ("Elijah E" for "Elijah E.
        // Cummings") is a misreading; the name as written is the speaker.
        let surname = strip_possessive(self.w(b - 1));
        let entity = self
            .entity_at(span)
            .filter(|&id| self.entities[id].name.contains(surname));
        if let Some(id) = entity {
            let e = &self.entities[id];
            // "Mr Murphy" elsewhere in the draft makes Murphy a person whatever the
            // recogniser thought.
            let last = strip_possessive(self.w(b - 1));
            let kind = match e.kind {
                EntityKind::Person => Kind::Person,
                EntityKind::Organization
                    if self.person_words.contains(last) || self.is_person_surname(last) =>
                {
                    Kind::Person
                }
                EntityKind::Organization => Kind::Org,
            };
            let gender = self.gender_of(a, b);
            return Subj {
                name: e.name.clone(),
                span,
                entity: Some(id),
                kind,
                gender,
                named: true,
            };
        }
        let words: Vec<&str> = (a..b).map(|k| strip_possessive(self.w(k))).collect();
        let titled = honorific(words[0]).is_some();
        let org_word = words.iter().any(|w| ORG_WORDS.contains(w));
        let acronyms = words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase())
        });
        let known_person = self.person_words.contains(words[0])
            || self.recent_person_surnames.contains(words[0])
            || self.is_person_surname(words[0]);
        // "Big Machine have denied it": a name taking a plural verb is a body, not a
        // person (British copy makes companies, bands and teams plural).
        let plural_verb =
            b < self.doc.tokens.len() && matches!(self.lw(b), "have" | "are" | "were");
        let kind = if titled {
            Kind::Person
        } else if org_word || acronyms || plural_verb {
            Kind::Org
        } else if words.len() >= 2 || known_person {
            Kind::Person
        } else {
            Kind::Unknown
        };
        Subj {
            name: self.phrase(a, b),
            span,
            entity: None,
            kind,
            gender: self.gender_of(a, b),
            named: true,
        }
    }

    /// Is `word` the surname of a person the draft names in full ("Clinton" after "Hillary
    /// Clinton")? A surname on later reference is that person, whatever the recogniser
    /// made of the bare word.
    pub(super) fn is_person_surname(&self, word: &str) -> bool {
        self.entities.iter().any(|e| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(word)
        })
    }

    /// Records the subject of a reporting clause at `pos`.
    pub(super) fn remember(&mut self, pos: usize, subj: Subj) {
        if subj.kind == Kind::Person {
            if let Some(last) = subj.name.split(' ').next_back() {
                self.recent_person_surnames.insert(last.to_string());
            }
        }
        self.recent.push((pos, subj));
    }

    pub(super) fn gender_of(&self, a: usize, b: usize) -> Gender {
        if let Some(g) = honorific(self.w(a)) {
            if g != Gender::Unknown {
                return g;
            }
        }
        let last = strip_possessive(self.w(b - 1));
        self.genders.get(last).copied().unwrap_or(Gender::Unknown)
    }

    /// Turns a parsed phrase into a subject, resolving pronouns and stand-ins.
    pub(super) fn resolve(&self, np: &Np, ss: usize) -> Option<Subj> {
        match np.kind {
            NpKind::Name(a, b) => Some(self.name_subject(a, b)),
            NpKind::Pronoun(i) => Some(self.resolve_pronoun(i)),
            NpKind::Common { ref head } => self.resolve_common(np, head, ss),
        }
    }

    /// A pronoun subject ("he", "she", "it", "they") to the latest compatible speaker,
    /// else the pronoun itself as an unknown speaker.
    fn resolve_pronoun(&self, i: usize) -> Subj {
        let pos = self.doc.tokens[i].span.start;
        let span = self.doc.tokens[i].span;
        let lw = self.lw(i);
        let found = match lw {
            "he" => self.resolve_he_she(pos, Gender::Male),
            "she" => self.resolve_he_she(pos, Gender::Female),
            "it" => self.latest(&self.recent, pos, |s| s.kind != Kind::Person),
            "they" => self.latest_body(pos),
            _ => None,
        };

        match found {
            Some(s) => Subj { span, ..s },
            None => Subj {
                name: self.phrase(i, i + 1),
                span,
                entity: None,
                kind: Kind::Unknown,
                gender: Gender::Unknown,
                named: false,
            },
        }
    }

    /// "he" or "she" at byte `pos`: the nearest preceding person of gender `want` or
    /// unknown, never past a compatible person named in between.
    fn resolve_he_she(&self, pos: usize, want: Gender) -> Option<Subj> {
        // A spokesperson speaking for a body is a person too: "A party spokesman said ...
        // "...," he said." is the spokesman's, not an earlier person's.
        let ok = |s: &Subj| {
            (s.kind == Kind::Person && (s.gender == want || s.gender == Gender::Unknown))
                || self.is_spokesperson(s)
        };
        // The nearest compatible person, whether the subject of a
        // reporting clause or a sentence's opening name: "he" never
        // skips back past a person named in between.
        let said = self.latest_at(&self.recent, pos, ok);
        let named = self.latest_at(&self.mentions, pos, ok);
        let person = match (said, named) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        // Nor past a person the recogniser found opening a sentence in
        // between ("The Attorney General, Lord Goldsmith, has ...").
        let since = person.as_ref().map_or(0, |p| p.0);
        let person = match self.subject_person_between(since, pos, want) {
            Some(b) if person.as_ref().is_none_or(|p| !p.1.same_person(&b.1)) => Some(b),
            _ => person,
        };
        // A one-word name that spoke after that person ("Saint-Clair
        // believes ...") is nearer: "he" does not skip past it.
        match (person, self.latest_unknown_speaker(pos)) {
            (Some(p), Some(u)) => {
                let same = p.1.name.ends_with(u.1.name.as_str());
                Some(if u.0 > p.0 && !same { u.1 } else { p.1 })
            }
            (p, u) => p.or(u).map(|x| x.1),
        }
    }

    /// Was the body `s` the subject as a spokesperson's ("a party spokesman", "a
    /// spokeswoman for the club")? The spokesperson's word is in its span or straight
    /// after it.
    fn is_spokesperson(&self, s: &Subj) -> bool {
        if s.kind != Kind::Org {
            return false;
        }
        let Some(si) = self.doc.sentence_at(s.span.start) else {
            return false;
        };
        let range = self.doc.sentences[si].tokens.clone();
        let Some(a) = self.first_token_after(&range, s.span.start) else {
            return false;
        };
        let b = (a..range.end)
            .find(|&k| self.doc.tokens[k].span.start >= s.span.end)
            .unwrap_or(range.end);
        (a..(b + 1).min(range.end)).any(|k| SPOKES.contains(&self.lw(k)))
    }

    /// A person entity, of gender `want` or unknown, that opens the pronoun's own
    /// sentence or the one just before it in the same paragraph as its subject, after
    /// byte `after`: after any sentence adverb, with at most a role or a few modifiers
    /// before it ("However, backbench Labour MP Ana Ruiz warned ...", "The minister,
    /// Ana Ruiz, has ..."). A person named later in a sentence ("Tom Bell praised Ana
    /// Ruiz.") is an object, not the one a later "he" or "she" speaks for; one further
    /// back is too far to be sure of without the gender the draft does not give.
    fn subject_person_between(
        &self,
        after: usize,
        pos: usize,
        want: Gender,
    ) -> Option<(usize, Subj)> {
        let cur = self.doc.sentence_at(pos)?;
        let para = self.doc.sentences[cur].paragraph;
        for si in (cur.saturating_sub(1)..=cur).rev() {
            let sentence = &self.doc.sentences[si];
            if sentence.span.end <= after || sentence.paragraph != para {
                break;
            }
            let range = sentence.tokens.clone();
            let first = self.skip_intro(range.start, range.end);
            let Some(start) = self.doc.tokens.get(first).map(|t| t.span.start) else {
                continue;
            };
            let from = self.mention_index.partition_point(|(m, _)| m.start < start);
            let found = self.mention_index[from..]
                .iter()
                .take_while(|(m, _)| m.start < sentence.span.end && m.start < pos)
                .find(|(_, id)| self.entities[*id].kind == EntityKind::Person);
            let Some(&(m, id)) = found else {
                continue;
            };
            let Some(t) = self.first_token_after(&range, m.start) else {
                continue;
            };
            if self.in_quote[t]
                || m.start <= after
                || !self.opens_clause(first, m.start)
                || !self.heads_clause(t, m.end, range.end)
            {
                continue;
            }
            let name = self.entities[id].name.clone();
            let last = name.rsplit(' ').next().unwrap_or(&name);
            let gender = self.genders.get(last).copied().unwrap_or(Gender::Unknown);
            if gender != want && gender != Gender::Unknown {
                continue;
            }
            let subj = Subj {
                name,
                span: m,
                entity: Some(id),
                kind: Kind::Person,
                gender,
                named: true,
            };
            return Some((m.start, subj));
        }
        None
    }

    /// Is the mention from token `t` to byte `end` a clause's subject rather than a
    /// modifier ("the Clinton campaign", "McConnell spokesman Don Stewart", "Bell's
    /// aide")? Nothing that determines it comes straight before it, and after it comes
    /// an appositive comma or a verb form: an auxiliary or modal, or a word ending in
    /// "-s" or "-ed" that is no person noun.
    fn heads_clause(&self, t: usize, end: usize, se: usize) -> bool {
        if t > 0 && DETERMINERS.contains(&self.lw(t - 1)) {
            return false;
        }
        let Some(next) = (t..se).find(|&k| self.doc.tokens[k].span.start >= end) else {
            return false;
        };
        if self.is_possessive(next - 1) {
            return false;
        }
        let lw = self.lw(next);
        let lower = self.w(next).chars().next().is_some_and(char::is_lowercase);
        self.w(next) == ","
            || (lower
                && (MODALS.contains(&lw)
                    || matches!(lw, "has" | "had" | "is" | "was" | "did" | "does")
                    || ((lw.ends_with('s') || lw.ends_with("ed"))
                        && !PERSON_HEADS.contains(&lw)
                        && !SPOKES.contains(&lw))))
    }

    /// Do the tokens from `first` up to byte `at` only lead into a subject: at most five,
    /// none quoted, each capitalised, a comma, or a lower-case modifier ("backbench")
    /// that is no preposition, participle or past form?
    fn opens_clause(&self, first: usize, at: usize) -> bool {
        let mut k = first;
        let mut n = 0;
        while k < self.doc.tokens.len() && self.doc.tokens[k].span.start < at {
            let lw = self.lw(k);
            let ok = !self.in_quote[k]
                && !PREPOSITIONS.contains(&lw)
                && (self.is_cap(k)
                    || self.w(k) == ","
                    || (self.is_word(k)
                        && !PREPOSITIONS.contains(&lw)
                        && !lw.ends_with("ed")
                        && !lw.ends_with("ing")
                        && !self.is_reporting_word(k)));
            if !ok || n >= 5 {
                return false;
            }
            k += 1;
            n += 1;
        }
        true
    }

    /// The paragraph holding byte `pos`.
    fn paragraph_of(&self, pos: usize) -> Option<usize> {
        self.doc
            .sentence_at(pos)
            .map(|s| self.doc.sentences[s].paragraph)
    }

    /// Is the subject at `p` in the paragraph of `pos` or the one before?
    fn near(&self, p: usize, pos: usize) -> bool {
        match (self.paragraph_of(p), self.paragraph_of(pos)) {
            (Some(a), Some(b)) => a + 1 >= b,
            _ => false,
        }
    }

    /// "they said" after `Big Machine have denied it.`: the latest named organisation
    /// that spoke in this or the previous paragraph, when no person spoke after it.
    pub(super) fn latest_body(&self, pos: usize) -> Option<Subj> {
        let (p, s) = self.latest_at(&self.recent, pos, |s| s.named && s.kind != Kind::Unknown)?;
        (s.kind == Kind::Org && self.near(p, pos)).then_some(s)
    }

    /// "he said" after `Saint-Clair believes ...`: a one-word name, not known to be a
    /// person, that was the latest subject of a reporting clause, in this or the
    /// previous paragraph, with its position.
    pub(super) fn latest_unknown_speaker(&self, pos: usize) -> Option<(usize, Subj)> {
        let (p, s) = self.latest_at(&self.recent, pos, |s| s.named)?;
        (s.kind == Kind::Unknown && self.near(p, pos)).then_some((p, s))
    }

    /// The latest entry before `before` that passes `ok`, with its position.
    pub(super) fn latest_at(
        &self,
        list: &[(usize, Subj)],
        before: usize,
        ok: impl Fn(&Subj) -> bool,
    ) -> Option<(usize, Subj)> {
        list.iter()
            .rev()
            .filter(|(p, _)| *p < before)
            .find(|(_, s)| ok(s))
            .cloned()
    }

    pub(super) fn latest(
        &self,
        list: &[(usize, Subj)],
        before: usize,
        ok: impl Fn(&Subj) -> bool,
    ) -> Option<Subj> {
        list.iter()
            .rev()
            .filter(|(p, _)| *p < before)
            .find(|(_, s)| ok(s))
            .map(|(_, s)| s.clone())
    }
}
