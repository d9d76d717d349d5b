//! Descriptions: a common-noun subject ("the 22-year-old", "a spokesman for X", "the
//! chancellor", "a letter from the board") to the person or body it stands for, or the
//! description itself.

use super::*;

impl<'a> Analyzer<'a> {
    /// A common-noun subject ("the 22-year-old", "a spokesman for X", "the chancellor")
    /// to what it stands for, or the description itself; `None` for no speaker.
    pub(super) fn resolve_common(&self, np: &Np, head: &str, ss: usize) -> Option<Subj> {
        if self.names_no_speaker(np, head) {
            return None;
        }
        let span = self.span_of(np.start, np.end);
        let pos = span.start;
        // "the 22-year-old told reporters": the speaker is the description, not
        // the number; a bare number ("the 22") is never a speaker.
        if self.doc.tokens[np.end - 1].kind == TokenKind::Number {
            if let Some(end) = self.age_description_end(np.end) {
                return Some(Subj {
                    name: self.phrase(np.start, end),
                    span: self.span_of(np.start, end),
                    entity: None,
                    kind: Kind::Person,
                    gender: Gender::Unknown,
                    named: false,
                });
            }
            let only_number = np.end - np.start >= 2
                && (np.start..np.end - 1).all(|k| DETERMINERS.contains(&self.lw(k)));
            if only_number {
                return None;
            }
        }
        let org_like = |s: &Subj| s.kind == Kind::Org && s.named;
        let bare = np.end - np.start <= 2;
        if SPOKES.contains(&head) {
            if let Some(s) = self.spokesperson_for(np, span, ss) {
                return Some(s);
            }
        }
        if DOCUMENT_HEADS.contains(&head) {
            if let Some(s) = self.document_issuer(np, ss) {
                return Some(Subj { span, ..s });
            }
        }
        let definite = matches!(self.lw(np.start), "the" | "its");
        if BUSINESS_HEADS.contains(&head) && definite && bare {
            if let Some(s) = self.latest(&self.recent, pos, org_like) {
                return Some(Subj { span, ..s });
            }
        }
        if let Some(s) = self.role_entity(np) {
            return Some(s);
        }
        let person_role = is_title(&capitalise(head)) || PERSON_HEADS.contains(&head);
        if person_role && !definite {
            if let Some(s) = self.role_of_named_person(np, ss) {
                return Some(Subj { span, ..s });
            }
        }
        // "Gordon Brown ... The chancellor said": a definite role right after a
        // named person stands for that person.
        if person_role && definite && np.end - np.start <= 3 {
            if let Some(s) = self.previous_sentence_person(pos, head) {
                return Some(Subj { span, ..s });
            }
        }
        Some(Subj {
            name: self.phrase(np.start, np.end),
            span,
            entity: None,
            kind: if person_role {
                Kind::Person
            } else if ORG_HEADS.contains(&head) {
                Kind::Org
            } else {
                Kind::Unknown
            },
            gender: Gender::Unknown,
            named: false,
        })
    }

    /// "A study by Acme", "a letter from the Acme board", "An Acme statement": the body
    /// named after "by" or "from", or straight before the document noun, issued the
    /// words. "The statement", "a 2013 study" and "the Florida senator's letter" (a name
    /// that modifies someone else) name no issuer.
    pub(super) fn document_issuer(&self, np: &Np, ss: usize) -> Option<Subj> {
        let n = self.doc.tokens.len();
        let after = np.end;
        if after + 1 < n && !self.in_quote[after] && matches!(self.lw(after), "by" | "from") {
            let mut k = after + 1;
            if k + 1 < n && DETERMINERS.contains(&self.lw(k)) {
                k += 1;
            }
            let end = self.sentence_end(k);
            if let Some(Np {
                kind: NpKind::Name(a, b),
                ..
            }) = self.parse_np(k, end, ss)
            {
                return Some(self.name_subject(a, b));
            }
        }
        let head = np.end - 1;
        let (a, b) = self.first_name_run(np.start, head, ss)?;
        let apostrophe = b + 1 == head && matches!(self.w(b), "'" | "’");
        if b != head && !apostrophe {
            return None;
        }
        // "the Trump release": only a body issues a document under its name; a person's
        // name before the noun is often what the document is about.
        let s = self.name_subject(a, b);
        (s.kind == Kind::Org).then_some(s)
    }

    /// "a spokeswoman for the Transport Ministry", "a council spokesman", a bare "a
    /// spokesman": the body a spokesperson speaks for, when the text says which.
    pub(super) fn spokesperson_for(&self, np: &Np, span: Span, ss: usize) -> Option<Subj> {
        let pos = span.start;
        let org_like = |s: &Subj| s.kind == Kind::Org && s.named;
        let bare = np.end - np.start <= 2;
        // "a spokeswoman for the Transport Ministry".
        let tail = (np.end < self.doc.tokens.len()
            && matches!(self.lw(np.end), "for" | "of" | "at" | "from"))
        .then(|| {
            let mut k = np.end + 1;
            if k < self.doc.tokens.len() && DETERMINERS.contains(&self.lw(k)) {
                k += 1;
            }
            let end = self.sentence_end(k);
            self.parse_np(k, end, ss)
        })
        .flatten();
        if let Some(Np {
            kind: NpKind::Name(a, b),
            ..
        }) = tail
        {
            let mut s = self.name_subject(a, b);
            s.span = span;
            return Some(s);
        }
        if let Some((a, b)) = self.first_name_run(np.start, np.end, ss) {
            let mut s = self.name_subject(a, b);
            if s.kind == Kind::Unknown {
                s.kind = Kind::Org;
            }
            return Some(s);
        }
        // Only a bare "a spokesman" stands for the last organisation named;
        // "a council spokesman" says whose.
        if bare {
            if let Some(s) = self.latest(&self.recent, pos, org_like) {
                return Some(Subj { span, ..s });
            }
        }
        None
    }

    /// `director of rugby Nigel Melville told ...`: a bare role with a prepositional
    /// tail of common words ending in a person's full name is that person. A tail that
    /// is itself a name ("director of Sale Sharks") names where, not who.
    pub(super) fn role_of_named_person(&self, np: &Np, ss: usize) -> Option<Subj> {
        let n = self.doc.tokens.len();
        if np.end + 2 >= n || !matches!(self.lw(np.end), "of" | "at" | "for") {
            return None;
        }
        let se = self.sentence_end(np.end);
        let lower =
            |k: usize| self.is_word(k) && self.w(k).chars().next().is_some_and(char::is_lowercase);
        let mut k = np.end + 1;
        while k < se && k < np.end + 4 && lower(k) && !self.in_quote[k] {
            k += 1;
        }
        if k == np.end + 1 || k >= se || !self.name_token(k, ss) {
            return None;
        }
        let mut b = k;
        while b < se && self.name_token(b, ss) && !self.is_possessive(b) {
            b += 1;
        }
        let s = (b - k >= 2).then(|| self.name_subject(k, b))?;
        (s.kind == Kind::Person).then_some(s)
    }

    /// Where "-year-old" after "the 22" ends, if the tokens from `k` read so.
    pub(super) fn age_description_end(&self, k: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        let mut t = k;
        let mut words = Vec::new();
        while t < n && t < k + 4 && words.len() < 2 {
            match self.lw(t) {
                "-" => {}
                w => words.push(w),
            }
            t += 1;
            if words.first() == Some(&"year-old") {
                return Some(t);
            }
        }
        (words == ["year", "old"]).then_some(t)
    }

    /// "Last week said", "This shows", "clearly": a phrase naming a time, pointing at
    /// something or an adverb is no speaker.
    pub(super) fn names_no_speaker(&self, np: &Np, head: &str) -> bool {
        let one_word = np.end == np.start + 1;
        // "the next day", "a few hours", "Two days": only words that count or point
        // come before the time word ("a study last year" is a study).
        let counted = (np.start..np.end.saturating_sub(1)).all(|k| {
            let lw = self.lw(k);
            self.doc.tokens[k].kind == TokenKind::Number
                || DETERMINERS.contains(&lw)
                || TIME_OPENERS.contains(&lw)
                || matches!(lw, "few" | "several" | "same" | "following")
        });
        (counted && is_time_head(head))
            || (one_word && POINTING_WORDS.contains(&head))
            || (one_word && head.ends_with("ly") && head.len() > 4 && !NOT_ADVERBS.contains(&head))
    }

    /// The named person a definite role stands for: the one who opens the role's own
    /// sentence before it (`Cruz defends the plan: "...," the senator says`), else the
    /// subject of the sentence before (before the quotation, when the sentences in
    /// between are the quotation's own: `Tony Blair is urging ... / "America has spoken.
    /// The rest should listen," the prime minister said`), if the roles the draft gives
    /// that person do not contradict `head`.
    pub(super) fn previous_sentence_person(&self, pos: usize, head: &str) -> Option<Subj> {
        let cur = self.doc.sentence_at(pos)?;
        let own = Span::new(self.doc.sentences[cur].span.start, pos);
        let mut p = cur.checked_sub(1)?;
        let para = self.doc.sentences[cur].paragraph;
        let mut skipped = false;
        while p > 0 && self.doc.sentences[p].paragraph == para && self.quoted_sentence(p) {
            p -= 1;
            skipped = true;
        }
        // Past the quotation, a paragraph that is itself a quoted line and its clause is a
        // turn of dialogue: the role names the other party (`"That would be you?" Ann
        // Lee asked. / "That would be me," the senator said.`).
        if skipped && self.opens_with_quote(p) {
            return None;
        }
        let prev = self.doc.sentences.get(p)?.span;
        let person_in = |span: Span| {
            self.recent
                .iter()
                .chain(self.mentions.iter())
                .filter(|(p, _)| span.contains(*p))
                .map(|(_, s)| s)
                .find(|s| s.kind == Kind::Person && s.named)
        };
        let candidate = person_in(own).or_else(|| person_in(prev))?;
        if let Some(id) = candidate.entity {
            let titles: Vec<String> = self.entities[id]
                .roles
                .iter()
                .map(|r| r.text.to_lowercase())
                .filter(|r| {
                    !r.starts_with("for ") && !r.starts_with("of ") && !r.starts_with("from ")
                })
                .collect();
            if !titles.is_empty() && !titles.iter().any(|r| r.contains(head)) {
                return None;
            }
        }
        Some(candidate.clone())
    }

    /// Does the paragraph of sentence `si` open with a quotation mark?
    pub(super) fn opens_with_quote(&self, si: usize) -> bool {
        let para = &self.doc.paragraphs[self.doc.sentences[si].paragraph];
        let Some(first) = self.doc.sentences.get(para.sentences.start) else {
            return false;
        };
        let range = first.tokens.clone();
        range
            .clone()
            .find(|&t| self.is_word(t) || self.in_quote[t])
            .is_some_and(|t| self.in_quote[t])
    }

    /// Is every word of sentence `si` inside quotation marks?
    pub(super) fn quoted_sentence(&self, si: usize) -> bool {
        let range = self.doc.sentences[si].tokens.clone();
        !range.is_empty() && range.clone().all(|t| self.in_quote[t] || !self.is_word(t))
    }

    /// "the chancellor" when a recognised person has that role in the draft.
    pub(super) fn role_entity(&self, np: &Np) -> Option<Subj> {
        if self.entities.is_empty() || np.end < np.start + 2 || !matches!(self.lw(np.start), "the")
        {
            return None;
        }
        let role = self.phrase(np.start + 1, np.end).to_lowercase();
        if role.is_empty() {
            return None;
        }
        let span = self.span_of(np.start, np.end);
        // "The Archbishop of Canterbury said": the office runs on past the phrase.
        let from = self.doc.tokens[np.start + 1].span.start;
        let written: String = self.text[from..]
            .chars()
            .take(80)
            .collect::<String>()
            .to_lowercase();
        let office = format!("{role} of ");
        let id = self.entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && e.roles.iter().any(|r| {
                    let r = r.text.to_lowercase();
                    r == role
                        || r.ends_with(&format!(" {role}"))
                        || (r.starts_with(&office) && written.starts_with(&r))
                })
        })?;
        Some(Subj {
            name: self.entities[id].name.clone(),
            span,
            entity: Some(id),
            kind: Kind::Person,
            gender: Gender::Unknown,
            named: true,
        })
    }
}
