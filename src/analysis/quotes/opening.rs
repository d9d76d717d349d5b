//! The sentence's own subject: `Ruiz also warned the council that the cuts would “hurt
//! every school in the county.”` / `She went on: “…”`. A quotation inside a sentence with
//! no reporting clause of its own is the words of the person the sentence opens on,
//! when nobody else could have said them: no other person, title or quotation between
//! that subject and the quotation, and no passive ("is being called", "was asked by").

use super::*;

impl<'a> Analyzer<'a> {
    /// The person the quotation's sentence opens on (a name, or "he"/"she" resolved to
    /// one), when the quotation runs to four words or more and stands after the subject's
    /// verb with no one else named in between. Shorter quotations are left to the clauses
    /// that name their speaker: a scare quote is no one's words.
    pub(super) fn opening_subject(&self, raw: &RawQuote, s0: usize) -> Option<Subj> {
        if raw.inner.slice(self.text).split_whitespace().count() < 4 {
            return None;
        }
        self.opening_person(raw, s0)
    }

    /// The named person who opens the quotation's sentence `s0` as the subject of its
    /// clause, with no one else between them and the quotation, whatever its length.
    pub(super) fn opening_person(&self, raw: &RawQuote, s0: usize) -> Option<Subj> {
        let range = self.doc.sentences[s0].tokens.clone();
        let ss = range.start;
        let open = self.first_token_after(&range, raw.span.start)?;
        if open <= ss || self.in_quote[ss..open].iter().any(|&q| q) {
            return None;
        }
        let first = self.skip_intro(ss, open);
        // `As Ann Lee put it, Tom Bell ... “…”`: the opening clause names the speaker.
        if first > ss && self.lw(ss) == "as" {
            return None;
        }
        let np = self.parse_np(first, open, ss)?;
        if !matches!(np.kind, NpKind::Name(..) | NpKind::Pronoun(_)) {
            return None;
        }
        let subj = self.resolve(&np, ss)?;
        if !(subj.named && subj.kind == Kind::Person && self.verb_follows(np.end, open)) {
            return None;
        }
        (!self.someone_else_between(np.end, open, &subj)).then_some(subj)
    }

    /// Does a verb (a lower-case word that is not a conjunction or preposition) or an
    /// appositive (a comma) follow the subject ending at `k`, before the quote at `open`?
    /// `Tom and Ann argued` / `Tom of the council` are not the pattern.
    fn verb_follows(&self, k: usize, open: usize) -> bool {
        if k >= open {
            return false;
        }
        let w = self.w(k);
        if w == "," {
            return true;
        }
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        lower
            && self.is_word(k)
            && !matches!(self.lw(k), "and" | "or" | "nor" | "&")
            && !PREPOSITIONS.contains(&self.lw(k))
    }

    /// Between the subject and the quotation: someone else who could have said the
    /// words? Another person, a title or a two-word name may stand there only as the
    /// object of the subject's own clause, with the quotation straight after it (`Ruiz
    /// called Tom Bell “…”`); a comma, colon, dash or relative word after them starts a
    /// clause that may be theirs (`… with Tom Bell, who said he wanted “…”`). A passive
    /// agent ("by Tom Bell") always is.
    fn someone_else_between(&self, from: usize, open: usize, subj: &Subj) -> bool {
        if from >= open {
            return false;
        }
        let ss = self.sentence_start(from);
        let by_name = |k: usize| {
            self.lw(k) == "by"
                && k + 1 < open
                && (self.name_token(k + 1, ss) || is_title(self.w(k + 1)))
        };
        // `Tom Reyes is being called “…”`: a passive reports someone else's words.
        let passive = |k: usize| {
            BE_FORMS.contains(&self.lw(k))
                && (k + 1..open.min(k + 3)).any(|x| {
                    let lw = self.lw(x);
                    (self.is_participle(x) && lw.ends_with("ed")) || IRREGULAR_PAST.contains(&lw)
                })
        };
        if (from..open).any(|k| by_name(k) || passive(k)) {
            return true;
        }
        let named_here = |k: usize| {
            is_title(self.w(k))
                || (k + 1 < open && self.name_token(k, ss) && self.name_token(k + 1, ss))
        };
        let span = Span::new(
            self.doc.tokens[from].span.start,
            self.doc.tokens[open].span.start,
        );
        let at = self
            .mention_index
            .partition_point(|(m, _)| m.start < span.start);
        let other_person = self.mention_index[at..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .find(|(_, id)| {
                Some(*id) != subj.entity && self.entities[*id].kind == EntityKind::Person
            })
            .map(|(m, _)| m.start);
        let first_other = (from..open)
            .find(|&k| named_here(k))
            .map(|k| self.doc.tokens[k].span.start)
            .into_iter()
            .chain(other_person)
            .min();
        let Some(pos) = first_other else {
            return false;
        };
        let k0 = self.doc.tokens.partition_point(|t| t.span.start < pos);
        (k0..open).any(|k| {
            matches!(self.w(k), "," | ";" | ":" | "-" | "—" | "–" | "(")
                || matches!(
                    self.lw(k),
                    "who"
                        | "whom"
                        | "whose"
                        | "which"
                        | "where"
                        | "when"
                        | "while"
                        | "that"
                        | "because"
                        | "after"
                        | "before"
                        | "if"
                )
        })
    }
}
