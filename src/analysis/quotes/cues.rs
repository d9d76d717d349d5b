//! Cues: the reporting clauses of a sentence ("X said", "said X", "X, who ..., told")
//! and the subject each verb was given.

use super::*;

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
        // "the media reports were", "the claims are": a noun before a verb.
        if let Some(next) = self.doc.tokens.get(i + 1).map(|_| self.lw(i + 1)) {
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
            let impersonal = p > sent_start && self.lw(p - 1) == "it";
            return impersonal.then_some(true);
        }
        Some(false)
    }

    /// `..., with party leader Ana Ruiz saying ...`: an absolute clause after "with" has
    /// its own subject, the name straight before the participle at `v`, not the main
    /// clause's ("The party launched its plan, with ..."). A common noun there ("with the
    /// crowd chanting") or a comma after the name ("with Tom Bell, saying") is not it.
    fn with_clause_subject(&self, v: usize, ss: usize) -> Option<Subj> {
        let with = (ss..v)
            .rev()
            .take(8)
            .find(|&k| self.lw(k) == "with" && !self.in_quote[k])?;
        let np = self.parse_np(with + 1, v, ss)?;
        if np.end != v || !matches!(np.kind, NpKind::Name(..)) {
            return None;
        }
        self.resolve(&np, ss).filter(|s| s.named)
    }

    /// `Tom Bell wants out, but General Ana Ruiz, the army chief, told ...`, `Gov. Tom
    /// Bell cut taxes while Ruiz proposed ...`: "but", "while" or "whereas" opens a
    /// clause with a name of its own for the verb at `v`, not the sentence's opening
    /// subject (from token `i`). A name that does not reach the verb ("but Ana Ruiz's
    /// allies said") is not its subject.
    fn conjoined_clause_subject(&self, i: usize, v: usize, ss: usize) -> Option<Subj> {
        let c = (i + 1..v)
            .rev()
            .find(|&k| !self.in_quote[k] && matches!(self.lw(k), "but" | "while" | "whereas"))?;
        let np = self.parse_np(c + 1, v, ss)?;
        if !matches!(np.kind, NpKind::Name(..)) || !self.reaches(np.end, v) {
            return None;
        }
        self.resolve(&np, ss)
    }

    /// "when asked", "if pressed": a subordinator straight before a past form is a
    /// clause without a subject of its own.
    fn subjectless_clause(&self, v: usize, ss: usize) -> bool {
        let lw = self.lw(v);
        let past = lw.ends_with("ed") || IRREGULAR_PAST.contains(&lw);
        past && v > ss && !self.in_quote[v - 1] && SUBORDINATORS.contains(&self.lw(v - 1))
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

    /// Is the verb at `v` the last of a run of verbs sharing a subject ("frowned and
    /// said", "then added")?
    pub(super) fn coordinated_verb(&self, v: usize, ss: usize) -> bool {
        let mut k = v;
        while k > ss && self.trailing_adverb(k - 1) {
            k -= 1;
        }
        k > ss && matches!(self.lw(k - 1), "and" | "but" | "then")
    }

    /// The name written straight before the verb, auxiliaries and adverbs aside: "days
    /// after Tom Bell told the paper", where the phrase before the name is no subject.
    pub(super) fn adjacent_name(&self, v: usize, ss: usize) -> Option<Subj> {
        let mut e = v;
        while e > ss {
            let lw = self.lw(e - 1);
            if AUX_ADVERBS.contains(&lw) || (lw.ends_with("ly") && lw.len() > 4) {
                e -= 1;
            } else {
                break;
            }
        }
        if e == ss || !self.name_token(e - 1, ss) || self.is_possessive(e - 1) {
            return None;
        }
        let mut a = e - 1;
        while a > ss
            && (self.name_token(a - 1, ss)
                || self.name_stop(a - 1)
                || self.is_particle(a - 1, ss, e))
            && !self.is_possessive(a - 1)
        {
            a -= 1;
        }
        let start = self.strip_titles(a, e)?;
        let subj = self.name_subject(start, e);
        (subj.kind != Kind::Unknown).then_some(subj)
    }

    /// The subject pronoun ("she", "they") written straight before the verb at `v`,
    /// auxiliaries and adverbs aside, not before token `i`, in the sentence's own clause:
    /// one after a verb ("saw it said") is that verb's object.
    pub(super) fn pronoun_before(&self, v: usize, i: usize) -> Option<usize> {
        let mut e = v;
        while e > i && (AUX_ADVERBS.contains(&self.lw(e - 1)) || self.trailing_adverb(e - 1)) {
            e -= 1;
        }
        let p = e.checked_sub(1).filter(|&p| p >= i)?;
        // After "when", "which" or "as" the pronoun opens a clause of its own, whose
        // "he" the draft's last-named person does not reliably stand for.
        let object = p > i && {
            let before = self.lw(p - 1);
            self.is_reporting_word(p - 1)
                || before.ends_with("ed")
                || PREPOSITIONS.contains(&before)
                || SUBORDINATORS.contains(&before)
                || matches!(
                    before,
                    "which" | "where" | "as" | "after" | "before" | "since"
                )
        };
        (PRONOUNS.contains(&self.lw(p)) && !self.in_quote[p] && !object).then_some(p)
    }

    /// "who"/"which" just before the verb (an adverb may sit between).
    pub(super) fn relative_pronoun_before(&self, v: usize, ss: usize) -> Option<usize> {
        let mut k = v;
        for _ in 0..2 {
            if k == ss {
                return None;
            }
            k -= 1;
            let lw = self.lw(k);
            if matches!(lw, "who" | "which") {
                return Some(k);
            }
            if !(lw.ends_with("ly") || AUX_ADVERBS.contains(&lw)) {
                return None;
            }
        }
        None
    }

    /// The name a relative pronoun stands for: "Mr Kim, who ...".
    pub(super) fn relative_antecedent(&self, r: usize, ss: usize) -> Option<Subj> {
        let mut e = r;
        if e > ss && self.w(e - 1) == "," {
            e -= 1;
        }
        if e == ss || !self.name_token(e - 1, ss) || self.is_possessive(e - 1) {
            return None;
        }
        let mut a = e - 1;
        while a > ss
            && (self.name_token(a - 1, ss) || self.is_particle(a - 1, ss, e))
            && !self.is_possessive(a - 1)
        {
            a -= 1;
        }
        let start = self.strip_titles(a, e)?;
        Some(self.name_subject(start, e))
    }

    /// `Bell told the Daily Post in July, after the storms began, ...`: is the phrase at
    /// `i`, straight after the listener verb at `p` ("told"), a name (after at most a
    /// determiner)? That name is the one told, the verb's object: never the subject of
    /// a reporting verb later in the sentence. `told reporters Mr Ruiz had said`, where
    /// the name comes after the listener, still has its subject.
    fn is_listener_object(&self, p: usize, i: usize, np: Option<&Np>) -> bool {
        let Some(Np {
            kind: NpKind::Name(a, _),
            ..
        }) = np
        else {
            return false;
        };
        let direct = i == p + 1 && (*a == i || (*a == i + 1 && DETERMINERS.contains(&self.lw(i))));
        direct && self.is_listener_verb(p)
    }

    /// The subject of a reporting verb written after it: `X said`, `X, who ..., told`.
    pub(super) fn normal_subject(&self, v: usize, ss: usize, verbs: &[Verb]) -> Option<Subj> {
        let prev = verbs.iter().rev().find(|p| !p.relative);
        // "..., the banker told Reuters when asked if ...": a clause with no subject of
        // its own ("when asked") is about the main clause's subject, never the listener
        // named just before it.
        if self.subjectless_clause(v, ss) {
            return prev.and_then(|p| p.subject.clone());
        }
        let mut cs = ss;
        for k in ss..v {
            if self.quote_close[k] || matches!(self.w(k), ":" | ";") && !self.in_quote[k] {
                cs = k + 1;
            }
        }
        // A progressive ("many are calling it") has its subject right before "be", not
        // the participle's borrowed one.
        let participle = self.lw(v).ends_with("ing") && !self.is_progressive(v, ss);
        if participle {
            if let Some(s) = self.with_clause_subject(v, ss) {
                return Some(s);
            }
        }
        if let Some(p) = prev {
            if p.tok + 1 > cs {
                // After a previous reporting verb a "that" clause has its own subject; a
                // participle without one shares the previous verb's.
                let that = (p.tok + 1..v)
                    .take(4)
                    .find(|&k| self.lw(k) == "that" && !self.in_quote[k]);
                match that {
                    Some(t) => cs = t + 1,
                    None if participle => return p.subject.clone(),
                    None => cs = p.tok + 1,
                }
            }
        }
        let i = self.skip_intro(cs, v);
        let np = self.parse_np(i, v, ss);
        if prev.is_some_and(|p| self.is_listener_object(p.tok, i, np.as_ref())) {
            return None;
        }
        let after_verb = prev.is_some_and(|p| p.tok >= cs.saturating_sub(2) && p.tok < cs);
        if after_verb && !participle {
            // A new subject after a previous reporting verb must be a name or pronoun
            // ("Ms Cole said Mr Ruiz told ..."); otherwise the verbs share one.
            let named = np.as_ref().is_some_and(|np| {
                !matches!(np.kind, NpKind::Common { .. }) && self.reaches(np.end, v)
            });
            if !named {
                return prev.and_then(|p| p.subject.clone());
            }
        }
        match np {
            Some(np) if participle => self.resolve(&np, ss),
            Some(np) if self.reaches(np.end, v) => {
                // "The new President, Viktor Yushchenko, has said".
                if let NpKind::Common { .. } = np.kind {
                    if np.end < v && self.w(np.end) == "," {
                        if let Some(app) = self.parse_np(np.end + 1, v, ss) {
                            if let NpKind::Name(..) = app.kind {
                                if self.reaches(app.end, v) {
                                    return self.resolve(&app, ss);
                                }
                            }
                        }
                    }
                    // "One of the jilted bidders, Netherlands-based group LNM, said".
                    if let Some(c) = (np.end..v).find(|&k| self.w(k) == ",") {
                        if let Some(app) = self.parse_np(c + 1, v, ss) {
                            if let NpKind::Name(..) = app.kind {
                                if app.end < v && self.w(app.end) == "," {
                                    return self.resolve(&app, ss);
                                }
                            }
                        }
                    }
                }
                self.resolve(&np, ss)
            }
            _ => self.unreached_subject(np.as_ref(), i, v, ss, prev, participle),
        }
    }

    /// `normal_subject` when the phrase opening the clause does not reach the verb at
    /// `v`: a verb shared with the previous one, a coordinated verb, a pronoun right
    /// before it, a clause after "but"/"while", or the clause after the last comma.
    fn unreached_subject(
        &self,
        np: Option<&Np>,
        i: usize,
        v: usize,
        ss: usize,
        prev: Option<&Verb>,
        participle: bool,
    ) -> Option<Subj> {
        if participle || i >= v {
            return prev.and_then(|p| p.subject.clone());
        }
        // "he raised borrowing but insisted ...": a second verb of the subject's.
        let coordinated = (i..v)
            .rev()
            .find(|&k| !self.lw(k).ends_with("ly"))
            .is_some_and(|k| matches!(self.lw(k), "and" | "but"));
        if let Some(np) = np {
            let named = !matches!(np.kind, NpKind::Common { .. });
            let clean = (np.end..v).all(|k| !self.in_quote[k] && self.w(k) != ",");
            // "A spokesman for Platte River declined to comment but said": a
            // phrase naming who speaks ("spokesman", "the company") shares too.
            let speaking = match &np.kind {
                NpKind::Common { head } => {
                    SPOKES.contains(&head.as_str()) || PERSON_HEADS.contains(&head.as_str())
                }
                _ => true,
            };
            if coordinated && (named || speaking) && clean {
                return self.resolve(np, ss);
            }
        }
        // "In a Tumblr post at the time she described ...": a pronoun straight
        // before the verb is its subject, whatever phrase opens the sentence.
        if let Some(p) = self.pronoun_before(v, i) {
            let np = Np {
                start: p,
                end: p + 1,
                kind: NpKind::Pronoun(p),
            };
            return self.resolve(&np, ss);
        }
        if let Some(s) = self.conjoined_clause_subject(i, v, ss) {
            return Some(s);
        }
        // "Five branches will shut, the bank has confirmed": the clause after the
        // last comma has its own subject.
        let c = (i..v)
            .rev()
            .find(|&k| self.w(k) == "," && !self.in_quote[k])?;
        let j = self.skip_intro(c + 1, v);
        let np = self.parse_np(j, v, ss)?;
        self.reaches(np.end, v)
            .then(|| self.resolve(&np, ss))
            .flatten()
    }
}

/// Finite forms of "be" that make a progressive with an "-ing" verb ("is telling",
/// "were urging"); "being" and "been" do not ("being told").
fn progressive_aux(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "am")
}
