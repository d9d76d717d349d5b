//! Subjects: who a reporting verb's clause says is speaking when the subject is written
//! before the verb (`X said`, `X, who ..., told`, `..., with Ann Lee saying`), and the
//! relative, coordinated and pronoun subjects that stand in for one.

use super::*;

impl<'a> Analyzer<'a> {
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

    /// `The crowd laughed when she urged ...`: "he" or "she" straight before the verb at
    /// `v` (auxiliaries and adverbs aside), from the clause at `i`, after a subordinator
    /// that follows no time and does not open the sentence at `ss` (a sentence opening
    /// "When he told ..." may name its subject only later), in a sentence whose own
    /// subject is no name the pronoun could stand for (`Bell cut taxes when he took
    /// office` is Bell's).
    pub(super) fn subordinate_pronoun(&self, v: usize, i: usize, ss: usize) -> Option<usize> {
        let mut e = v;
        while e > i && (AUX_ADVERBS.contains(&self.lw(e - 1)) || self.trailing_adverb(e - 1)) {
            e -= 1;
        }
        let p = e.checked_sub(1).filter(|&p| p > i && p - 1 > ss)?;
        // "at the time when she", "in 2009 when he": a clause tied to a time is not read.
        let after_time = self.doc.tokens[p - 2].kind == TokenKind::Number
            || is_time_head(self.lw(p - 2))
            || WHEN_NOUNS.contains(&self.lw(p - 2));
        let subordinated =
            !after_time && SUBORDINATORS.contains(&self.lw(p - 1)) && !self.in_quote[p - 1];
        if !subordinated || self.in_quote[p] || !matches!(self.lw(p), "he" | "she") {
            return None;
        }
        let first = self.skip_intro(ss, p);
        let named_subject =
            first < p && (PRONOUNS.contains(&self.lw(first)) || self.name_token(first, ss));
        (!named_subject).then_some(p)
    }

    /// Is a person other than `s` named in the sentence from token `ss` before token
    /// `p`? `... came from student Ann Lee, who made me laugh when she called him ...`:
    /// the pronoun may stand for either, and is left unresolved.
    fn other_person_before(&self, ss: usize, p: usize, s: &Subj) -> bool {
        let (a, b) = (
            self.doc.tokens[ss].span.start,
            self.doc.tokens[p].span.start,
        );
        let from = self.mention_index.partition_point(|(m, _)| m.start < a);
        self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < b)
            .any(|(_, id)| Some(*id) != s.entity && self.entities[*id].kind == EntityKind::Person)
    }

    /// The pronoun at `p` as written, resolved to no one.
    fn bare_pronoun(&self, p: usize) -> Subj {
        Subj {
            name: self.phrase(p, p + 1),
            span: self.span_of(p, p + 1),
            entity: None,
            kind: Kind::Unknown,
            gender: Gender::Unknown,
            named: false,
        }
    }

    /// Is the participle at `v` one that tells someone ("telling", "assuring"), after a
    /// "that" clause from token `k` that opens on a name or a pronoun? `Lee said that Bell
    /// ordered cuts, telling him ...`: the telling is Bell's. Other participles go back
    /// to the main clause (`Lee admitted that Bell was right, noting ...`: Lee's).
    fn tells_on(&self, k: usize, v: usize) -> bool {
        let ss = self.sentence_start(k);
        self.is_listener_verb(v)
            && self
                .parse_np(k, v, ss)
                .is_some_and(|np| !matches!(np.kind, NpKind::Common { .. }))
    }

    /// Is the verb at `v` set off from what comes before it by a comma, a dash or "and"
    /// (adverbs aside): `..., noting`, `- and arguing`?
    fn set_off(&self, v: usize, ss: usize) -> bool {
        let mut k = v;
        while k > ss && self.trailing_adverb(k - 1) {
            k -= 1;
        }
        k > ss && matches!(self.w(k - 1), "," | "and" | "-" | "—" | "–")
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
            // `Ann Lee said the plan was "a mess" on Monday before adding ...`: after the
            // quotation, a clause that opens on a preposition has no subject of its own.
            let shared = prev.and_then(|p| p.subject.clone());
            let after_quote = cs > ss && cs < v && self.quote_close[cs - 1];
            if after_quote && PREPOSITIONS.contains(&self.lw(cs)) && shared.is_some() {
                return shared;
            }
        }
        if let Some(p) = prev {
            if p.tok + 1 > cs {
                // After a previous reporting verb a "that" clause has its own subject; a
                // participle without one shares the previous verb's, and so does one set
                // off after the clause ("Lee admitted that the plan failed, noting ...").
                let that = (p.tok + 1..v)
                    .take(4)
                    .find(|&k| self.lw(k) == "that" && !self.in_quote[k]);
                match that {
                    Some(t) if participle && self.set_off(v, ss) && !self.tells_on(t + 1, v) => {
                        return p.subject.clone()
                    }
                    Some(t) => cs = t + 1,
                    None if participle => return p.subject.clone(),
                    None => cs = p.tok + 1,
                }
            }
        }
        let i = self.skip_intro(cs, v);
        // "The crowd laughed when he urged voters": the pronoun after a subordinator is
        // the subject of the verb's own clause, never the main clause's subject.
        if let Some(p) = self.subordinate_pronoun(v, i, ss) {
            let np = Np {
                start: p,
                end: p + 1,
                kind: NpKind::Pronoun(p),
            };
            let s = self.resolve(&np, ss)?;
            return Some(if self.other_person_before(ss, p, &s) {
                self.bare_pronoun(p)
            } else {
                s
            });
        }
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
