//! Reading tokens: the analyser's per-draft set-up (which tokens are inside quotations,
//! which words the draft capitalises mid-sentence, genders learned from honorifics) and the
//! small word tests the other steps share.

use super::*;

impl<'a> Analyzer<'a> {
    pub(super) fn new(doc: &'a Document, entities: &'a [Entity], raws: &'a [RawQuote]) -> Self {
        let text = doc.text.as_str();
        let mut in_quote = vec![false; doc.tokens.len()];
        let mut quote_close = vec![false; doc.tokens.len()];
        for (i, t) in doc.tokens.iter().enumerate() {
            let q = raws.partition_point(|q| q.span.end <= t.span.start);
            if let Some(q) = raws.get(q) {
                if q.span.start <= t.span.start && t.span.end <= q.span.end {
                    in_quote[i] = true;
                    quote_close[i] = t.kind == TokenKind::Punct
                        && t.span.end == q.span.end
                        && q.inner.end < q.span.end;
                }
            }
        }
        let mut mention_index: Vec<(Span, EntityId)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (m.span, id)))
            .collect();
        mention_index.sort_by_key(|(m, _)| m.start);
        let longest_mention = mention_index
            .iter()
            .map(|(m, _)| m.len())
            .max()
            .unwrap_or(0);
        let mut a = Analyzer {
            doc,
            text,
            entities,
            mention_index,
            longest_mention,
            raws,
            in_quote,
            quote_close,
            mid_caps: HashSet::new(),
            lower_words: HashSet::new(),
            genders: HashMap::new(),
            person_words: HashSet::new(),
            recent: Vec::new(),
            recent_person_surnames: HashSet::new(),
            mentions: Vec::new(),
            according_at: Vec::new(),
            speech_nouns_at: Vec::new(),
        };
        a.index_sentence_cues();
        a.learn_words();
        a
    }

    /// Each sentence's "according to" and speech nouns outside quotation marks, found
    /// once so the sieve's per-quotation steps do not rescan the sentence.
    fn index_sentence_cues(&mut self) {
        let sentences = &self.doc.sentences;
        self.speech_nouns_at = sentences
            .iter()
            .map(|s| {
                let ss = s.tokens.start;
                s.tokens
                    .clone()
                    .filter(|&k| k != ss && !self.in_quote[k] && SPEECH_NOUNS.contains(&self.lw(k)))
                    .collect()
            })
            .collect();
        self.according_at = sentences
            .iter()
            .map(|s| {
                (s.tokens.start..s.tokens.end.saturating_sub(1)).find(|&k| {
                    self.lw(k) == "according" && self.lw(k + 1) == "to" && !self.in_quote[k]
                })
            })
            .collect();
    }

    pub(super) fn learn_words(&mut self) {
        for s in &self.doc.sentences {
            if self.doc.paragraphs[s.paragraph].kind == BlockKind::Heading {
                continue;
            }
            let range = s.tokens.clone();
            for i in range.clone() {
                let t = self.doc.tokens[i];
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = self.w(i);
                let first = w.chars().next().unwrap_or(' ');
                if first.is_lowercase() {
                    self.lower_words.insert(w.to_string());
                } else if first.is_uppercase() && !self.sentence_initial(i, range.start) {
                    self.mid_caps.insert(strip_possessive(w).to_string());
                }
                if let Some(g) = honorific(w) {
                    // "Mr. Barrett": the name starts after the abbreviation's stop.
                    let after = if self.name_stop(i + 1) { i + 2 } else { i + 1 };
                    if let Some(next) = (after < range.end).then_some(after) {
                        if self.is_cap(next) {
                            let mut j = next;
                            while j + 1 < range.end && self.is_cap(j + 1) {
                                j += 1;
                            }
                            let last = strip_possessive(self.w(j)).to_string();
                            if g != Gender::Unknown {
                                self.genders.insert(last.clone(), g);
                            }
                            self.person_words.insert(last);
                        }
                    }
                }
            }
        }
    }

    pub(super) fn w(&self, i: usize) -> &'a str {
        self.doc.tokens[i].span.slice(self.text)
    }

    pub(super) fn lw(&self, i: usize) -> &'a str {
        self.doc.lower(i)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// First word of its sentence, or first after an opening quotation mark or bracket.
    pub(super) fn sentence_initial(&self, i: usize, sent_start: usize) -> bool {
        let mut j = i;
        while j > sent_start {
            let t = self.doc.tokens[j - 1];
            let s = self.w(j - 1);
            if t.kind == TokenKind::Punct && (s.chars().all(is_quote_char) || s == "(") {
                j -= 1;
            } else {
                break;
            }
        }
        j == sent_start
    }

    pub(super) fn is_possessive(&self, i: usize) -> bool {
        let w = self.w(i);
        if w.ends_with("'s") || w.ends_with("’s") {
            return true;
        }
        // "Gibbons' baby": a bare apostrophe glued to a word ending in s.
        w.ends_with('s')
            && self.doc.tokens.get(i + 1).is_some_and(|n| {
                n.span.start == self.doc.tokens[i].span.end
                    && matches!(n.span.slice(self.text), "'" | "’")
            })
    }

    /// Is token `i` the full stop of an abbreviation or initial inside a name ("Mr.",
    /// "Sen.", "E."), written against it and followed by another capitalised word?
    pub(super) fn name_stop(&self, i: usize) -> bool {
        if i == 0 || i + 1 >= self.doc.tokens.len() || self.w(i) != "." || self.in_quote[i] {
            return false;
        }
        let prev = self.doc.tokens[i - 1];
        let glued = prev.span.end == self.doc.tokens[i].span.start;
        let before = self.w(i - 1);
        let initial = before.chars().count() == 1 && before.chars().all(char::is_uppercase);
        glued
            && prev.kind == TokenKind::Word
            && (initial || NAME_ABBREVIATIONS.contains(&before))
            && self.is_cap(i + 1)
            && !self.in_quote[i + 1]
    }

    /// Can token `i` be part of a name?
    pub(super) fn name_token(&self, i: usize, sent_start: usize) -> bool {
        if !self.is_cap(i) || self.in_quote[i] {
            return false;
        }
        let w = strip_possessive(self.w(i));
        if STOP_CAPS.contains(&w) {
            return false;
        }
        if !self.sentence_initial(i, sent_start) {
            return true;
        }
        if honorific(w).is_some()
            || self.name_stop(i + 1)
            || self.entity_at(self.doc.tokens[i].span).is_some()
        {
            return true;
        }
        let next_cap = i + 1 < self.doc.tokens.len()
            && self.is_cap(i + 1)
            && !STOP_CAPS.contains(&self.w(i + 1))
            && !self.is_possessive(i);
        next_cap || (self.mid_caps.contains(w) && !self.lower_words.contains(&w.to_lowercase()))
    }

    pub(super) fn is_particle(&self, i: usize, sent_start: usize, end: usize) -> bool {
        PARTICLES.contains(&self.w(i))
            && i > sent_start
            && i + 1 < end
            && self.is_cap(i - 1)
            && self.is_cap(i + 1)
    }

    /// The first entity (in `entities` order) with a mention overlapping `span`.
    pub(super) fn entity_at(&self, span: Span) -> Option<EntityId> {
        // Mentions are short; any overlapping one starts after `span.start - longest`.
        let from = self
            .mention_index
            .partition_point(|(m, _)| m.start + self.longest_mention <= span.start);
        self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.overlaps(span))
            .map(|&(_, id)| id)
            .min()
    }

    pub(super) fn span_of(&self, start: usize, end: usize) -> Span {
        Span::new(
            self.doc.tokens[start].span.start,
            self.doc.tokens[end - 1].span.end,
        )
    }

    /// The text of tokens `[start, end)` with white space runs folded.
    pub(super) fn phrase(&self, start: usize, end: usize) -> String {
        let raw = self.span_of(start, end).slice(self.text);
        let folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        strip_possessive(&folded).to_string()
    }
}
