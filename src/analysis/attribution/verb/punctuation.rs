//! A verb right after punctuation or a quotation: an inverted subject after it, or an
//! apposition or a sentence-opening name before it.

use super::*;

impl SentenceFinder<'_, '_> {
    /// The word before the verb is punctuation or quoted: an inverted subject after it
    /// (`"...," said X.`), else an apposition or a sentence-opening name before it.
    pub(super) fn after_punctuation(
        &self,
        c: &VerbCue,
        ju: usize,
        used: &mut [bool],
    ) -> Option<Attribution> {
        if let Some(a) = self.inverted_subject(c, ju, used) {
            return Some(a);
        }
        if let Some(a) = self.appositive_subject(c, ju, used) {
            return Some(a);
        }
        // A name opening the sentence with several appositions: "Ann Lee, 21, a
        // student from Reno, said ...".
        if self.ws[ju].text == "," {
            if let Some((a, b)) = self.opening_subject(ju) {
                c.mark(used);
                return Some(c.with_source(Some(self.classify(a, b, false))));
            }
        }
        None
    }

    /// Inverted: `"...," said X.` / `..., said Mr Brown.`
    pub(super) fn inverted_subject(
        &self,
        c: &VerbCue,
        ju: usize,
        used: &mut [bool],
    ) -> Option<Attribution> {
        let ws = self.ws;
        let (w, p) = (&ws[c.i], &ws[ju]);
        // "..., a senator from Ohio, told CNN.": whom one tells is the hearer.
        if reporting::is_listener_lemma(c.lemma) {
            return None;
        }
        let (a, mut b) = self.name_np(c.last + 1)?;
        // `..., said a report.`: after a lone article the next word is its noun, even a
        // word that can be a reporting verb ("report", "survey"), when the clause ends
        // on it. Not `..., tweeted a warning to`: only "said" inverts.
        let noun_ends_clause = ws
            .get(b + 2)
            .is_none_or(|n| matches!(n.text, "," | "." | ";" | "!" | "?"));
        if a == b
            && (w.is("said") || w.is("says"))
            && matches!(ws[a].lower, "a" | "an" | "another")
            && ws
                .get(b + 1)
                .is_some_and(|n| n.is_word() && !n.quoted && !n.capitalised())
            && noun_ends_clause
        {
            b += 1;
        }
        let after = ws.get(b + 1);
        let ends = after.is_none_or(|n| {
            matches!(n.text, "," | "." | ";" | ":" | "!" | "?") || n.is_punct(CLOSE_QUOTES)
        });
        if !ends {
            // `..., said a source close to the talks.`
            if let Some((src, e)) = self.inverted_post_modified(a) {
                c.mark(used);
                mark(used, a, e);
                return Some(c.with_source(Some(src)));
            }
        }
        // Right after a quotation, "said" + a noun phrase is the speaker however
        // the phrase goes on: `"...," said a neighbour of the mayor who ...`.
        let after_quote = p.quoted
            || p.is_punct(CLOSE_QUOTES)
            || (p.text == "," && ju > 0 && ws[ju - 1].is_punct(CLOSE_QUOTES));
        let named_start = ws[a].capitalised() || ws[a].is("the") || PRONOUNS.contains(&ws[a].lower);
        // `"...," said former Gov. Ann Lee`: right after a quotation the words after
        // "said" name the speaker, whatever word opens them.
        let speaker_slot = after_quote
            && (w.is("said") || w.is("says"))
            && ws[a].is_word()
            && !CLAUSE_BOUNDARIES.contains(&ws[a].lower)
            && !matches!(ws[a].lower, "to" | "it" | "that")
            && self.verb_info(a).is_none();
        let opens =
            named_start || speaker_slot || matches!(ws[a].lower, "a" | "an" | "another" | "one");
        let src = self.classify(a, b, true);
        // `..., said several observers.`: a lower-case subject only when vague.
        if (ends && (named_start || src.class == SourceClass::Vague))
            || ((ends || speaker_slot || (after_quote && w.is("said"))) && opens)
        {
            c.mark(used);
            mark(used, a, b);
            return Some(c.with_source(Some(src)));
        }
        None
    }

    /// Apposition: "X, currently visiting Seoul, characterised ..." / "X - keen to
    /// reassure investors - had said".
    pub(super) fn appositive_subject(
        &self,
        c: &VerbCue,
        ju: usize,
        used: &mut [bool],
    ) -> Option<Attribution> {
        let ws = self.ws;
        let p = &ws[ju];
        let dash = |t: &str| matches!(t, "-" | "—" | "–");
        if !((p.text == "," || dash(p.text)) && !p.quoted) {
            return None;
        }
        let closer = p.text;
        let pc = (0..ju)
            .rev()
            .find(|&k| ws[k].text == closer || (dash(closer) && dash(ws[k].text)) || ws[k].quoted)
            .filter(|&pc| !ws[pc].quoted && pc > 0 && ws[pc - 1].is_word() && !ws[pc - 1].quoted)?;
        let head = pc - 1;
        let start = self.left_extent(head);
        c.mark(used);
        Some(c.with_source(Some(self.classify(start, head, false))))
    }
}
