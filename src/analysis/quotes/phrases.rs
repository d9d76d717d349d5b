//! Subject noun phrases: where a subject starts and ends, and whether it is a name, a
//! pronoun or a common noun phrase ("Rep. Elijah E. Cummings", "he", "the senator").

use super::*;

impl<'a> Analyzer<'a> {
    // --- noun phrases -------------------------------------------------------------------

    /// Parses the subject noun phrase starting at token `i` (not past `end`).
    pub(super) fn parse_np(&self, i: usize, end: usize, sent_start: usize) -> Option<Np> {
        if i >= end || self.in_quote[i] {
            return None;
        }
        let lw = self.lw(i);
        if PRONOUNS.contains(&lw) {
            return Some(Np {
                start: i,
                end: i + 1,
                kind: NpKind::Pronoun(i),
            });
        }
        // A placeholder the writer will fill in: "[SPEAKER] said".
        if self.w(i) == "[" {
            let close = (i + 1..end.min(i + 8)).find(|&k| self.w(k) == "]")?;
            let placeholder = (i + 1..close).all(|k| {
                self.w(k)
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c == '-')
            });
            return (close > i + 1 && placeholder).then_some(Np {
                start: i,
                end: close + 1,
                kind: NpKind::Name(i, close + 1),
            });
        }
        let mut j = i;
        // The last name run and whether the phrase ends in it.
        let mut run: Option<(usize, usize)> = None;
        let mut ends_in_name = false;
        while j < end && !self.in_quote[j] {
            let t = self.doc.tokens[j];
            let s = self.w(j);
            if t.kind == TokenKind::Punct {
                if s == "&" && ends_in_name && j + 1 < end && self.is_cap(j + 1) {
                    j += 1;
                    continue;
                }
                // "Mr. Barrett", "Lt. Gen. Ruiz", "Elijah E. Cummings": the stop of an
                // abbreviation or initial stays inside the name.
                if ends_in_name && j + 1 < end && self.name_stop(j) {
                    if let Some((a, _)) = run {
                        run = Some((a, j + 1));
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            if self.name_token(j, sent_start) || self.is_particle(j, sent_start, end) {
                match run {
                    Some((a, b)) if b == j && ends_in_name => run = Some((a, j + 1)),
                    _ => run = Some((j, j + 1)),
                }
                ends_in_name = true;
                if self.is_possessive(j) {
                    ends_in_name = false;
                    run = None;
                    j += 1;
                    // Skip the bare apostrophe of "Gibbons'".
                    if j < end && matches!(self.w(j), "'" | "’") {
                        j += 1;
                    }
                    continue;
                }
                j += 1;
                continue;
            }
            if t.kind == TokenKind::Number {
                ends_in_name = false;
                j += 1;
                continue;
            }
            let lw = self.lw(j);
            // "said Gardener afterwards", "the BPI strongly": an adverb after a name
            // ends the phrase.
            if ends_in_name && self.trailing_adverb(j) {
                break;
            }
            if BREAK_WORDS.contains(&lw)
                || IRREGULAR_PAST.contains(&lw)
                || (j > i && PRONOUNS.contains(&lw))
                || LINKING_VERBS.contains(&lw)
                || (self.is_participle(j) && !self.after_article(j, i))
                || (self.is_reporting_word(j) && !(j > i && DETERMINERS.contains(&self.lw(j - 1))))
            {
                break;
            }
            // A determiner, adjective or common noun.
            ends_in_name = false;
            j += 1;
        }
        if j == i {
            return None;
        }
        let kind = match run {
            Some((a, b)) if ends_in_name => match self.strip_titles(a, b) {
                Some(start) => NpKind::Name(start, b),
                None => NpKind::Common {
                    head: self.lw(j - 1).to_string(),
                },
            },
            _ => NpKind::Common {
                head: self.lw(j - 1).to_string(),
            },
        };
        Some(Np {
            start: i,
            end: j,
            kind,
        })
    }

    /// `the gambling tycoon`, `a retired admiral`: a participle straight after an article
    /// (within the phrase from `i`) modifies the noun; no verb follows "the".
    pub(super) fn after_article(&self, j: usize, i: usize) -> bool {
        j > i && matches!(self.lw(j - 1), "the" | "a" | "an")
    }

    /// A lower-case adverb that can follow a speaker's name: "afterwards", "strongly".
    pub(super) fn trailing_adverb(&self, j: usize) -> bool {
        let w = self.w(j);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        lower
            && (TRAILING_ADVERBS.contains(&w)
                || (w.ends_with("ly") && w.chars().count() > 4 && !NOT_ADVERBS.contains(&w)))
    }

    /// First token of the name inside a run, after any titles; `None` if only titles.
    pub(super) fn strip_titles(&self, a: usize, b: usize) -> Option<usize> {
        let mut start = a;
        for k in a..b {
            let w = self.w(k);
            if is_title(w) || (w == "General" && k > a && is_title(self.w(k - 1))) {
                start = k + 1;
            }
        }
        while start < b && self.w(start) == "." {
            start += 1;
        }
        (start < b).then_some(start)
    }

    pub(super) fn is_participle(&self, i: usize) -> bool {
        let w = self.w(i);
        if !self.is_word(i) || w.contains('-') || w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let n = w.chars().count();
        ((w.ends_with("ing") && n > 5) || (w.ends_with("ed") && n > 4))
            && !NOT_PARTICIPLES.contains(&w)
    }

    pub(super) fn is_reporting_word(&self, i: usize) -> bool {
        let lw = self.lw(i);
        reporting_verb(lw).is_some() || CUE_VERBS.contains(&lw)
    }

    /// Name runs inside tokens `[a, b)` (for "An ABC spokesman").
    pub(super) fn first_name_run(
        &self,
        a: usize,
        b: usize,
        sent_start: usize,
    ) -> Option<(usize, usize)> {
        let mut k = a;
        while k < b {
            if self.name_token(k, sent_start) && !self.is_possessive(k) {
                let mut e = k + 1;
                while e < b && self.name_token(e, sent_start) && !self.is_possessive(e - 1) {
                    e += 1;
                }
                let start = self.strip_titles(k, e).unwrap_or(k);
                return Some((start, e));
            }
            k += 1;
        }
        None
    }

    /// Do the tokens from `k` lead to the verb at `v` the way a subject's do: appositives
    /// between commas or dashes, a prepositional tail, auxiliaries and adverbs?
    pub(super) fn reaches(&self, mut k: usize, v: usize) -> bool {
        while k < v {
            if self.in_quote[k] {
                return false;
            }
            let s = self.w(k);
            let lw = self.lw(k);
            if s == "," || s == "-" || s == "–" || s == "—" {
                let closer = (k + 1..v).find(|&x| self.w(x) == s && !self.in_quote[x]);
                match closer {
                    Some(c) if s == "," => k = self.appositive_tail(c, v),
                    Some(c) => k = c + 1,
                    // "Rhodri Thomas, Plaid Cymru health spokesman said": an appositive
                    // with no closing comma, as long as it holds no verb.
                    None => {
                        if self.inserted_speaker(k + 1, v) {
                            return false;
                        }
                        return (k + 1..v).all(|x| {
                            let lw = self.lw(x);
                            !self.in_quote[x]
                                && !BE_FORMS.contains(&lw)
                                && !matches!(
                                    lw,
                                    "has"
                                        | "had"
                                        | "have"
                                        | "and"
                                        | "but"
                                        | "or"
                                        | "who"
                                        | "which"
                                        | "that"
                                        | "he"
                                        | "she"
                                        | "it"
                                        | "they"
                                )
                        });
                    }
                }
                continue;
            }
            if s == "(" {
                match (k + 1..v).find(|&x| self.w(x) == ")") {
                    Some(c) => k = c + 1,
                    None => return false,
                }
                continue;
            }
            if PREPOSITIONS.contains(&lw) {
                k += 1;
                while k < v
                    && self.w(k) != ","
                    && !AUX_ADVERBS.contains(&self.lw(k))
                    && !self.in_quote[k]
                {
                    if self.ends_prepositional_tail(k) {
                        return false;
                    }
                    k += 1;
                }
                continue;
            }
            if AUX_ADVERBS.contains(&lw) || (lw.ends_with("ly") && lw.len() > 4) {
                k += 1;
                continue;
            }
            return false;
        }
        true
    }

    /// `The debate between Cruz and Rubio grew so heated that Ana Ruiz said`, `Tom Bell
    /// on Monday signed an order, while Ana Ruiz said`: a prepositional tail ("of the
    /// fans' group", "on Monday") holds nouns, names and their modifiers; a word that
    /// opens or carries a clause of its own (a relative or "that", a pronoun, a form of
    /// "be", an irregular past, or an "-ed" form straight after a capitalised word) means
    /// the subject ended before it, and the verb has another.
    pub(super) fn ends_prepositional_tail(&self, k: usize) -> bool {
        let lw = self.lw(k);
        let lower = self.w(k).chars().next().is_some_and(char::is_lowercase);
        let past_after_name = k > 0
            && self.is_cap(k - 1)
            && self.is_word(k - 1)
            && lw.ends_with("ed")
            && self.is_participle(k);
        lower
            && (matches!(lw, "that" | "who" | "which" | "whom")
                || PRONOUNS.contains(&lw)
                || BE_FORMS.contains(&lw)
                || IRREGULAR_PAST.contains(&lw)
                || past_after_name)
    }

    /// `Trump, Sexton said, has created ...`: a bare name between a comma and the verb,
    /// with no role or title word, is the subject of a clause set into the sentence, not
    /// an appositive of the name before the comma ("Tom Bell, party spokesman said"),
    /// when the inserted clause closes straight after the verb.
    pub(super) fn inserted_speaker(&self, a: usize, v: usize) -> bool {
        let ss = self.sentence_start(a);
        // The inserted clause closes with a comma or ends the sentence ("Sexton said,");
        // "Columbia, South Carolina says she ..." goes on: a place, then the verb.
        let closed = self.doc.tokens.get(v + 1).is_some() && matches!(self.w(v + 1), "," | ".");
        closed
            && a < v
            && (a..v).all(|x| {
                self.name_token(x, ss)
                    && !self.in_quote[x]
                    && !self.is_possessive(x)
                    && !is_title(self.w(x))
                    && !ORG_WORDS.contains(&self.w(x))
            })
    }

    /// Where an appositive closed by the comma at `c` really ends: it runs on past
    /// a place's second part (`a fellow in Bonn, Germany,`) and a coordinated role (`,
    /// and co-author of the paper,`) to the next comma, when that part holds no verb.
    pub(super) fn appositive_tail(&self, mut c: usize, v: usize) -> usize {
        while let Some(next) = (c + 1..v).find(|&x| self.w(x) == "," && !self.in_quote[x]) {
            let part = c + 1..next;
            let place = part.clone().all(|x| self.is_cap(x) && self.is_word(x));
            let role = self.lw(c + 1) == "and"
                && part.clone().skip(1).all(|x| {
                    let lw = self.lw(x);
                    self.is_word(x)
                        && !BE_FORMS.contains(&lw)
                        && !PRONOUNS.contains(&lw)
                        && !IRREGULAR_PAST.contains(&lw)
                        && !self.is_reporting_word(x)
                        && !matches!(lw, "has" | "had" | "have" | "who" | "which" | "that")
                });
            if part.is_empty() || !(place || role) {
                break;
            }
            c = next;
        }
        c + 1
    }

    /// Skips sentence adverbs, conjunctions and an introductory phrase before a subject.
    pub(super) fn skip_intro(&self, mut i: usize, v: usize) -> usize {
        loop {
            while i < v {
                let lw = self.lw(i);
                let s = self.w(i);
                if s == ","
                    || s == "-"
                    || matches!(
                        lw,
                        "but"
                            | "and"
                            | "however"
                            | "meanwhile"
                            | "later"
                            | "earlier"
                            | "yet"
                            | "so"
                            | "also"
                            | "now"
                            | "then"
                            | "still"
                            | "that"
                            | "instead"
                            | "indeed"
                            | "separately"
                            | "similarly"
                            | "overall"
                            | "already"
                            | "finally"
                            | "nonetheless"
                            | "nevertheless"
                    )
                {
                    i += 1;
                } else {
                    break;
                }
            }
            if i >= v {
                return i;
            }
            if let Some(after) = self
                .time_phrase_end(i, v)
                .or_else(|| self.dateline_end(i, v))
            {
                i = after;
                continue;
            }
            let lw = self.lw(i);
            // "When I asked him, he said": a subordinate clause before the subject.
            let subordinate = SUBORDINATORS.contains(&lw)
                && (i + 1..v).any(|x| self.w(x) == "," && !self.in_quote[x]);
            let intro = PREPOSITIONS.contains(&lw)
                || subordinate
                || (self.is_cap(i) && self.is_participle_lower(lw));
            if !intro {
                return i;
            }
            match (i + 1..v).find(|&x| self.w(x) == "," && !self.in_quote[x]) {
                Some(c) => i = c + 1,
                None => {
                    // "In November the British Medical Association said": skip the phrase
                    // up to the next determiner or name.
                    i += 1;
                    if i < v && DETERMINERS.contains(&self.lw(i)) {
                        i += 1;
                    }
                    let ss = self.sentence_start(i);
                    while i < v
                        && !self.in_quote[i]
                        && !DETERMINERS.contains(&self.lw(i))
                        && !self.name_token(i, ss)
                    {
                        i += 1;
                    }
                    return i;
                }
            }
        }
    }

    /// "Last week the senator said", "Hours later, Tom Bell ...", "Two days later": a
    /// time phrase before the subject.
    pub(super) fn time_phrase_end(&self, i: usize, v: usize) -> Option<usize> {
        let opened = i + 1 < v
            && TIME_OPENERS.contains(&self.lw(i))
            && is_time_head(self.lw(i + 1))
            && !self.in_quote[i + 1];
        if opened {
            return Some(i + 2);
        }
        let counted = self.doc.tokens[i].kind == TokenKind::Number
            || matches!(
                self.lw(i),
                "two" | "three" | "four" | "five" | "several" | "a" | "few"
            );
        let h = if counted && i + 1 < v { i + 1 } else { i };
        let h = if self.lw(h) == "few" && h + 1 < v {
            h + 1
        } else {
            h
        };
        (h + 1 < v
            && is_time_head(self.lw(h))
            && matches!(self.lw(h + 1), "later" | "earlier" | "ago")
            && !self.in_quote[h + 1])
            .then_some(h + 2)
    }

    /// "WASHINGTON —", "NEW YORK (Reuters) -", "PHILADELPHIA, July 25 (UPI) —": a
    /// dateline in capitals before the first sentence's subject.
    pub(super) fn dateline_end(&self, i: usize, v: usize) -> Option<usize> {
        let capitals = |k: usize| {
            let w = self.w(k);
            self.is_word(k)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        let dash = |k: usize| matches!(self.w(k), "-" | "—" | "–");
        let mut k = i;
        while k < v && capitals(k) && !self.in_quote[k] {
            k += 1;
        }
        if k == i {
            return None;
        }
        if k < v && self.w(k) == "," {
            let stop = (k + 1..v.min(k + 5)).find(|&j| self.w(j) == "(" || dash(j))?;
            k = stop;
        }
        if k < v && self.w(k) == "(" {
            k = (k + 1..v.min(k + 6)).find(|&j| self.w(j) == ")")? + 1;
        }
        (k < v && dash(k)).then_some(k + 1)
    }

    pub(super) fn sentence_end(&self, i: usize) -> usize {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .map(|s| self.doc.sentences[s].tokens.end)
            .unwrap_or(i)
    }

    pub(super) fn sentence_start(&self, i: usize) -> usize {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .map(|s| self.doc.sentences[s].tokens.start)
            .unwrap_or(0)
    }

    pub(super) fn is_participle_lower(&self, lw: &str) -> bool {
        let n = lw.chars().count();
        (lw.ends_with("ing") && n > 5) || (lw.ends_with("ed") && n > 4)
    }

    // --- reporting verbs ----------------------------------------------------------------
}
