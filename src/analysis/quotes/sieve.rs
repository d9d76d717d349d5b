//! The attribution sieve: for each quotation, the ways copy attributes it, tried in
//! order, most specific first (own clause, speech noun, "according to", continued paragraph,
//! colon introduction, run-on paragraph, the previous sentence). The steps that read the
//! quotation's neighbours are in `neighbours.rs`.

use super::*;

impl<'a> Analyzer<'a> {
    // --- quotes -------------------------------------------------------------------------

    pub(super) fn run(mut self) -> Vec<Quote> {
        let n = self.doc.sentences.len();
        let mut verbs: Vec<Vec<Verb>> = Vec::with_capacity(n);
        let mut out: Vec<Option<Quote>> = Vec::with_capacity(self.raws.len());
        let mut next_quote = 0;
        for si in 0..=n {
            if si < n {
                verbs.push(self.sentence_verbs(si));
            }
            // Quotes whose last sentence came before this one can now be attributed: a
            // quotation ending in "?" or "!" ends its sentence, and its clause ("Trump
            // asked.") is the next one.
            while next_quote < self.raws.len() {
                let raw = &self.raws[next_quote];
                let last = self.doc.sentence_at(raw.span.end.saturating_sub(1));
                if last.is_some_and(|last| last + 1 > si) && si < n {
                    break;
                }
                let speaker = self.speaker_for(next_quote, &verbs, &out);
                out.push(Some(Quote {
                    span: raw.span,
                    inner: raw.inner,
                    speaker,
                }));
                next_quote += 1;
            }
        }
        // Headlines are attributed by the lead, which comes after them.
        for (k, raw) in self.raws.iter().enumerate() {
            let heading = self.doc.paragraphs[raw.paragraph].kind == BlockKind::Heading;
            if heading && out[k].as_ref().is_some_and(|q| q.speaker.is_none()) {
                let lead = self.lead_subject(raw.paragraph, &verbs);
                if let Some(Some(q)) = out.get_mut(k) {
                    q.speaker = lead.map(|s| s.speaker());
                }
            }
        }
        for (k, raw) in self.raws.iter().enumerate() {
            if !self.is_quotation(raw, out[k].as_ref(), &verbs) {
                out[k] = None;
            }
        }
        out.into_iter().flatten().collect()
    }

    /// The attribution of the first body sentence after a headline.
    pub(super) fn lead_subject(&self, heading: usize, verbs: &[Vec<Verb>]) -> Option<Subj> {
        let para = self
            .doc
            .paragraphs
            .iter()
            .skip(heading + 1)
            .find(|p| p.kind != BlockKind::Heading)?;
        let first = para.sentences.start;
        verbs
            .get(first)?
            .iter()
            .rev()
            .find_map(|v| v.subject.clone())
    }

    pub(super) fn speaker_for(
        &self,
        k: usize,
        verbs: &[Vec<Verb>],
        done: &[Option<Quote>],
    ) -> Option<Speaker> {
        let raw = &self.raws[k];
        let s0 = self.doc.sentence_at(raw.span.start)?;
        let s1 = self
            .doc
            .sentence_at(raw.span.end.saturating_sub(1))
            .unwrap_or(s0);
        let first_tok = self.doc.sentences[s0].tokens.start;
        let starts_sentence = (first_tok..self.doc.sentences[s0].tokens.end)
            .take_while(|&t| self.doc.tokens[t].span.start < raw.span.start)
            .all(|t| !self.is_word(t));

        if let Some(s) = self.own_sentence_speaker(raw, s0, s1, starts_sentence, verbs) {
            return Some(s.speaker());
        }
        // A paragraph that continues the previous paragraph's quotation.
        if raw.continues {
            return done
                .iter()
                .rev()
                .flatten()
                .next()
                .and_then(|q| q.speaker.clone());
        }
        if let Some(s) = self.colon_closing_previous_paragraph(raw, s0, verbs) {
            return Some(s.speaker());
        }
        // A paragraph that is this quotation alone, right after a paragraph that ends
        // with an attributed quotation, is more from the same speaker: wire copy runs a
        // speaker's quotes on in paragraphs of their own ("“…,” she said." / "“…”").
        if let Some(s) = self.quote_run_on(raw, s0, done) {
            return Some(s);
        }
        if let Some(s) = self.introduced_by_previous_paragraph(raw, s0, verbs) {
            return Some(s);
        }
        self.earlier_sentence_speaker(raw, s0, starts_sentence, verbs, done)
    }

    /// The speaker the quotation's own sentences give: "quoted as saying", a reporting
    /// clause before or after it, a speech noun ("his statement read"), "according to",
    /// a colon introduction or the sentence's opening subject.
    fn own_sentence_speaker(
        &self,
        raw: &RawQuote,
        s0: usize,
        s1: usize,
        starts_sentence: bool,
        verbs: &[Vec<Verb>],
    ) -> Option<Subj> {
        if let Some(s) = self.quoted_as_saying(raw, s1) {
            return Some(s);
        }
        let pre = || self.pre_speaker(raw, s0, verbs);
        let post = || self.post_speaker(raw, s1, verbs);
        let found = if starts_sentence {
            post().or_else(pre)
        } else {
            pre().or_else(post)
        };
        if let Some(s) = found {
            return Some(s);
        }
        if let Some(s) = self.speech_noun(raw, s0) {
            return Some(s);
        }
        if let Some(s) = self.according_to(s0).or_else(|| self.according_to(s1)) {
            return Some(s);
        }
        if let Some(s) = self.colon_introduction(raw, s0) {
            return Some(s);
        }
        if let Some(s) = self.opening_subject(raw, s0) {
            return Some(s);
        }
        None
    }

    /// The nearest reporting clause before the quote in its first sentence.
    pub(super) fn pre_speaker(
        &self,
        raw: &RawQuote,
        s0: usize,
        verbs: &[Vec<Verb>],
    ) -> Option<Subj> {
        verbs
            .get(s0)?
            .iter()
            .rev()
            .filter(|v| self.doc.tokens[v.tok].span.end <= raw.span.start)
            .find_map(|v| v.subject.clone())
    }

    /// A reporting clause after the quote in its last sentence: `"...," X said.`,
    /// `"...," said X.`, or one closing the sentence after a comma.
    pub(super) fn post_speaker(
        &self,
        raw: &RawQuote,
        s1: usize,
        verbs: &[Vec<Verb>],
    ) -> Option<Subj> {
        let mut s1 = s1;
        let mut crossed = false;
        let mut range = self.doc.sentences[s1].tokens.clone();
        let mut after = self.first_token_after(&range, raw.span.end);
        // `“We will win.” Trump said.`: after a quotation closed by a full stop, only a
        // bare clause that is the whole next sentence ("Trump said.") is its own.
        let bare_only = after.is_none() && !self.asks_or_exclaims(raw);
        if after.is_none() {
            // `“Who are they?” Trump said.`: the clause is a sentence of its own.
            let next = s1 + 1;
            let same_para = self
                .doc
                .sentences
                .get(next)
                .is_some_and(|s| s.paragraph == raw.paragraph);
            if same_para {
                s1 = next;
                crossed = true;
                range = self.doc.sentences[next].tokens.clone();
                after = Some(range.start);
            }
        }
        let after = after?;
        let next_quote = (after..range.end)
            .find(|&t| self.in_quote[t])
            .unwrap_or(range.end);
        // Clause starts: right after the quote, and after each later comma.
        let mut starts = vec![after];
        if !crossed {
            starts.extend(
                (after..next_quote)
                    .filter(|&t| self.w(t) == ",")
                    .map(|t| t + 1),
            );
        }
        // A clause in a sentence of its own is short: "Trump said", "asked Ms. Lutz".
        let reach = if crossed { after + 8 } else { next_quote };
        let next_quote = next_quote.min(reach);
        for start in starts {
            let mut k = start;
            while k < next_quote && self.w(k) == "," {
                k += 1;
            }
            let verb = verbs.get(s1)?.iter().find(|v| {
                let bare = v.tok + 2 == range.end && self.w(v.tok + 1) == ".";
                v.tok >= k && v.tok < next_quote && v.subject.is_some() && (bare || !bare_only) && {
                    // Only the clause's own subject may sit between its start and the verb.
                    let np_end = self
                        .parse_np(k, v.tok, range.start)
                        .map(|np| np.end)
                        .unwrap_or(k);
                    v.tok == k || self.reaches(np_end, v.tok)
                }
            });
            if let Some(v) = verb {
                return v.subject.clone();
            }
        }
        if bare_only {
            return None;
        }
        self.quote_name_verb(raw, after, range.start, range.end)
            .or_else(|| {
                let own = verbs.get(s1).map(Vec::as_slice).unwrap_or(&[]);
                self.name_appositive_verb(raw, after, next_quote, own, range.start)
            })
            .or_else(|| self.text_reads(raw, after, range.start, range.end))
            .or_else(|| {
                (!crossed)
                    .then(|| self.bare_name_credit(raw, after, range.start, range.end))
                    .flatten()
            })
    }

    /// `“…,” AG Edwards' Thayer.`: a quotation handed over with a comma to nothing but
    /// a name and the sentence's full stop is credited to that name, though the copy
    /// dropped the verb (the name after a possessive is the speaker: "AG Edwards'"
    /// says where they work). Anything else after the name ("“…,” Ms Cole's report
    /// found") is a clause to read, not a bare credit.
    fn bare_name_credit(&self, raw: &RawQuote, after: usize, ss: usize, se: usize) -> Option<Subj> {
        let stop = se.checked_sub(1)?;
        if !self.hands_over(raw) || stop <= after || stop - after > 6 || self.w(stop) != "." {
            return None;
        }
        let mut start = after;
        let mut k = after;
        while k < stop {
            let possessive = self.is_possessive(k) && self.name_token(k, ss);
            let apostrophe =
                matches!(self.w(k), "'" | "’") && k > after && self.is_possessive(k - 1);
            if possessive || apostrophe {
                start = k + 1;
            } else if !self.name_token(k, ss) && !self.name_stop(k) {
                return None;
            }
            k += 1;
        }
        let first = self.strip_titles(start, stop)?;
        (first < stop).then(|| self.name_subject(first, stop))
    }

    /// `“…,” the agency quoted Peoplesoft worker Dan Ott as saying.`: the person quoted
    /// "as saying" is the speaker, not the outlet that quotes them.
    pub(super) fn quoted_as_saying(&self, raw: &RawQuote, s1: usize) -> Option<Subj> {
        let range = self.doc.sentences[s1].tokens.clone();
        let ss = range.start;
        let after = self.first_token_after(&range, raw.span.end)?;
        let quoted = (after..range.end.min(after + 5))
            .find(|&k| !self.in_quote[k] && self.lw(k) == "quoted")?;
        let as_at = (quoted + 2..range.end.min(quoted + 12))
            .find(|&k| self.lw(k) == "as" && k + 1 < range.end && self.lw(k + 1) == "saying")?;
        let np = self.parse_np(quoted + 1, as_at, ss)?;
        if np.end != as_at {
            return None;
        }
        self.resolve(&np, ss)
    }

    /// Does the quotation hand over to a clause after it (ends in a comma, question or
    /// exclamation mark) and run to four words or more? Two or three words are a scare
    /// quote or a title, not a quotation handed over.
    pub(super) fn hands_over(&self, raw: &RawQuote) -> bool {
        let inner = raw.inner.slice(self.text);
        inner.trim_end().ends_with([',', '?', '!']) && inner.split_whitespace().count() >= 4
    }

    /// `“Vote no on Friday,” the sign read.` / `“...,” reads the letter.`: a written
    /// text's words are "read"; right after a quotation handed over, "read" with the text
    /// as subject (or inverted after it) is the reporting clause. Elsewhere ("Ms Cole read
    /// the report") "read" reports nothing.
    fn text_reads(&self, raw: &RawQuote, after: usize, ss: usize, se: usize) -> Option<Subj> {
        if !self.hands_over(raw) || after >= se {
            return None;
        }
        let reads = |k: usize| {
            k < se
                && !self.in_quote[k]
                && self.w(k).chars().next().is_some_and(char::is_lowercase)
                && TEXT_VERBS.contains(&self.lw(k))
        };
        let clause_ends = |k: usize| k >= se || !self.is_word(k) || self.lw(k) == "in";
        if reads(after) {
            let np = self.parse_np(after + 1, se, ss)?;
            return clause_ends(np.end).then(|| self.resolve(&np, ss)).flatten();
        }
        // The subject runs up to "read" (the phrase parser alone would take "read" for
        // one more word of it).
        let v = (after + 1..se.min(after + 8)).find(|&k| reads(k))?;
        let np = self.parse_np(after, v, ss)?;
        (np.end == v && clause_ends(v + 1))
            .then(|| self.resolve(&np, ss))
            .flatten()
    }

    /// `“Go back,” Trump barked.`: a name or pronoun and a past-tense verb straight
    /// after a quotation that hands over with a comma, question or exclamation mark is
    /// its speaker whatever the verb (the quote-mention-verb pattern).
    pub(super) fn quote_name_verb(
        &self,
        raw: &RawQuote,
        after: usize,
        ss: usize,
        se: usize,
    ) -> Option<Subj> {
        if !self.hands_over(raw) || after >= se {
            return None;
        }
        let np = self.parse_np(after, se, ss)?;
        if matches!(np.kind, NpKind::Common { .. }) || np.end >= se {
            return None;
        }
        let v = np.end;
        let lw = self.lw(v);
        let lower = self.w(v).chars().next().is_some_and(char::is_lowercase);
        let past = (lw.ends_with("ed") && lw.len() > 4) || IRREGULAR_PAST.contains(&lw);
        (self.is_word(v) && lower && past && !self.in_quote[v])
            .then(|| self.resolve(&np, ss))
            .flatten()
    }

    /// `Tom Rubin fired back: “…”` / `- Ann Lee: “…”`: a quotation introduced by a
    /// colon belongs to the person the sentence opens on when nobody else is named
    /// before the colon, or to a name standing alone before it as a label.
    pub(super) fn colon_introduction(&self, raw: &RawQuote, s0: usize) -> Option<Subj> {
        let range = self.doc.sentences[s0].tokens.clone();
        let ss = range.start;
        let open = self.first_token_after(&range, raw.span.start)?;
        if open <= ss || self.w(open - 1) != ":" || self.in_quote[open - 1] {
            return None;
        }
        let colon = open - 1;
        self.colon_label(colon, ss)
            .or_else(|| self.colon_subject(colon, ss))
    }

    /// `RED STATES GAIN - Ann Lee: “…”`: a known name alone between a dash (or the
    /// sentence start) and the colon.
    fn colon_label(&self, colon: usize, ss: usize) -> Option<Subj> {
        let mut a = colon;
        while a > ss && (self.name_token(a - 1, ss) || self.name_stop(a - 1)) {
            a -= 1;
        }
        let alone = a == ss || matches!(self.w(a - 1), "-" | "—" | "–");
        if a == colon || !alone {
            return None;
        }
        let start = self.strip_titles(a, colon)?;
        let s = self.name_subject(start, colon);
        let known = s.entity.is_some() || honorific(self.w(a)).is_some();
        (known && s.kind != Kind::Unknown).then_some(s)
    }

    /// `Rubin delivered a sharp retort: “…”`: the sentence's opening name, a person,
    /// with no other full name, title or quotation between it and the colon.
    fn colon_subject(&self, colon: usize, ss: usize) -> Option<Subj> {
        let first = self.skip_intro(ss, colon);
        let np = self.parse_np(first, colon, ss)?;
        let NpKind::Name(a, b) = np.kind else {
            return None;
        };
        let s = self.name_subject(a, b);
        if s.kind != Kind::Person {
            return None;
        }
        let between = b..colon;
        let crowded = between.clone().any(|k| {
            self.in_quote[k]
                || is_title(self.w(k))
                || (k + 1 < colon && self.name_token(k, ss) && self.name_token(k + 1, ss))
        });
        let other_person = {
            let span = Span::new(
                self.doc.tokens[b.min(colon)].span.start,
                self.doc.tokens[colon].span.start,
            );
            let from = self
                .mention_index
                .partition_point(|(m, _)| m.start < span.start);
            self.mention_index[from..]
                .iter()
                .take_while(|(m, _)| m.start < span.end)
                .any(|(_, id)| {
                    Some(*id) != s.entity && self.entities[*id].kind == EntityKind::Person
                })
        };
        (!crowded && !other_person).then_some(s)
    }

    /// Does the quotation end on a question or exclamation mark?
    pub(super) fn asks_or_exclaims(&self, raw: &RawQuote) -> bool {
        raw.inner.slice(self.text).trim_end().ends_with(['?', '!'])
    }

    /// `Mr Brown's insistence he was not "gloating"`.
    pub(super) fn speech_noun(&self, raw: &RawQuote, s0: usize) -> Option<Subj> {
        let ss = self.doc.sentences[s0].tokens.start;
        for &k in self.speech_nouns_at.get(s0)?.iter().rev() {
            if self.doc.tokens[k].span.end > raw.span.start {
                continue;
            }
            let mut p = k - 1;
            if matches!(self.w(p), "'" | "’") && p > ss {
                p -= 1;
            }
            if self.is_possessive(p) && self.name_token(p, ss) {
                let mut a = p;
                while a > ss && self.name_token(a - 1, ss) && !self.is_possessive(a - 1) {
                    a -= 1;
                }
                let start = self.strip_titles(a, p + 1).unwrap_or(a);
                return Some(self.name_subject(start, p + 1));
            }
        }
        None
    }

    /// `according to X`.
    pub(super) fn according_to(&self, si: usize) -> Option<Subj> {
        let range = self.doc.sentences[si].tokens.clone();
        let ss = range.start;
        let k = self.according_at.get(si).copied().flatten()?;
        let np = self.parse_np(k + 2, range.end, ss)?;
        self.resolve(&np, ss)
    }

    /// The first token of `range` that starts at or after `at`. Tokens are in text
    /// order: a search, not a scan from the sentence's start at every quotation
    /// (quadratic in a long sentence of many quotation marks).
    pub(super) fn first_token_after(
        &self,
        range: &std::ops::Range<usize>,
        at: usize,
    ) -> Option<usize> {
        let after =
            range.start + self.doc.tokens[range.clone()].partition_point(|t| t.span.start < at);
        (after < range.end).then_some(after)
    }
}
