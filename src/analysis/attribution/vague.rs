//! Vague sources: the anonymous or generic phrases that stand behind a claim
//! ("officials said", "it is understood", "reportedly", "people familiar with the
//! matter"), and the classing of every source noun phrase as named, resolved or vague.
//!
//! These are the vague-source steps of the sentence finder in `mod.rs`; the cue and
//! clause machinery stays there.

use super::*;
use crate::analysis::lexicon::vague as vague_lexicon;

/// The desk's own vague-source phrases (`sayswho.toml` `vague-sources`), lower-cased.
pub(super) fn desk_phrases(ctx: &Context) -> Vec<String> {
    ctx.lexicon
        .vague_sources
        .iter()
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

/// The built-in vague-source phrases followed by the desk's own.
pub(super) fn phrase_table(desk: &[String]) -> PhraseTable<'_> {
    PhraseTable::new(
        vague_lexicon::PHRASES
            .iter()
            .copied()
            .chain(desk.iter().map(|s| s.as_str())),
    )
}

impl SentenceFinder<'_, '_> {
    /// Vague phrases that stand alone ("better than market expectations").
    pub(super) fn standalone_phrases(&self, out: &mut Vec<Attribution>, used: &mut [bool]) {
        let ws = self.ws;
        for i in 0..ws.len() {
            if used[i] || ws[i].quoted {
                continue;
            }
            for (_, phrase, words) in self.vague_phrases.starting_at(&ws[i]) {
                if words < 2 {
                    continue;
                }
                if let Some(end) = match_phrase(ws, i, phrase) {
                    if (i..=end).any(|k| used[k]) {
                        continue;
                    }
                    // "market expectations" needs no verb; the others stand as sources.
                    let inside = out.iter().any(|a| {
                        a.source
                            .as_ref()
                            .is_some_and(|s| s.span.overlaps(span_of(ws, i, end)))
                    });
                    if inside {
                        continue;
                    }
                    for u in used.iter_mut().take(end + 1).skip(i) {
                        *u = true;
                    }
                    out.push(self.vague_cue(i, end, CueKind::Phrase));
                    break;
                }
            }
        }
    }

    pub(super) fn vague_cue(&self, a: usize, b: usize, kind: CueKind) -> Attribution {
        let span = span_of(self.ws, a, b);
        Attribution {
            cue: span,
            judgement: false,
            source: Some(Source {
                span,
                text: self.text(a, b),
                class: SourceClass::Vague,
                entity: None,
            }),
            sentence: self.sentence,
            covers: Vec::new(),
            kind,
        }
    }

    pub(super) fn adverb(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        if !vague_lexicon::is_hedging_adverb(self.ws[i].lower) {
            return None;
        }
        used[i] = true;
        Some(self.vague_cue(i, i, CueKind::Adverb))
    }

    /// "it is understood", "is expected to", "are tipped to", "is said to".
    pub(super) fn agentless(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !BE.contains(&ws[i].lower) {
            return None;
        }
        let mut j = i + 1;
        if ws.get(j).is_some_and(|w| {
            matches!(
                w.lower,
                "widely" | "generally" | "now" | "also" | "still" | "often" | "commonly"
            )
        }) {
            j += 1;
        }
        let part = ws.get(j)?;
        if part.quoted || !vague_lexicon::AGENTLESS_PARTICIPLES.contains(&part.lower) {
            return None;
        }
        let next = ws.get(j + 1);
        if next.is_some_and(|n| n.is("by")) {
            return None;
        }
        let with_it = i > 0 && ws[i - 1].is("it");
        let with_to = next.is_some_and(|n| n.is("to"));
        if vague_lexicon::AGENTLESS_NEED_IT_OR_TO.contains(&part.lower) && !with_it && !with_to {
            return None;
        }
        // "it is expected" needs "it" or something after: "expected to", "expected in".
        let start = if with_it { i - 1 } else { i };
        for u in used.iter_mut().take(j + 1).skip(start) {
            *u = true;
        }
        Some(self.vague_cue(start, j, CueKind::Agentless))
    }

    /// "for a reported £40m", "an estimated 3,000": the figure is someone's report,
    /// and the text does not say whose.
    pub(super) fn reported_figure(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !matches!(ws[i].lower, "reported" | "rumoured" | "rumored") || i == 0 {
            return None;
        }
        if !matches!(ws[i - 1].lower, "a" | "an" | "the") {
            return None;
        }
        let next = ws.get(i + 1)?;
        if next.quoted || !(next.kind == TokenKind::Number || next.is_punct(&['£', '$', '€', '¥']))
        {
            return None;
        }
        used[i] = true;
        Some(self.vague_cue(i, i, CueKind::Adverb))
    }

    /// "there are fears that", "there worries about".
    pub(super) fn mood(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("there") {
            return None;
        }
        let mut j = i + 1;
        if ws
            .get(j)
            .is_some_and(|w| BE.contains(&w.lower) || w.is("remain") || w.is("remains"))
        {
            j += 1;
        }
        if ws.get(j).is_some_and(|w| {
            matches!(
                w.lower,
                "growing" | "some" | "widespread" | "also" | "renewed"
            )
        }) {
            j += 1;
        }
        let noun = ws.get(j)?;
        if noun.quoted || !vague_lexicon::MOOD_NOUNS.contains(&noun.lower) {
            return None;
        }
        for u in used.iter_mut().take(j + 1).skip(i) {
            *u = true;
        }
        Some(self.vague_cue(i, j, CueKind::Phrase))
    }

    /// "what some have called", "some question whether": a vague quantifier or head as
    /// the subject of a verb of opinion outside the reporting lexicon.
    pub(super) fn opinion(&self, i: usize) -> Option<Attribution> {
        let ws = self.ws;
        if !vague_lexicon::OPINION_VERBS.contains(&ws[i].lower) {
            return None;
        }
        let mut j = i;
        while j > 0 && AUXILIARIES.contains(&ws[j - 1].lower) {
            j -= 1;
        }
        let h = j.checked_sub(1)?;
        let l = ws[h].lower;
        if ws[h].quoted
            || !(vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l)
                || vague_lexicon::is_plural_head(l))
        {
            return None;
        }
        let src = self.classify(self.left_extent(h), h, false);
        (src.class == SourceClass::Vague).then(|| Attribution {
            cue: ws[i].span,
            judgement: false,
            source: Some(src),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Verb,
        })
    }

    /// A generic head that the text ties to a named person: an apposition naming them
    /// ("a top strategist, Jane Okafor, said") or a name it is grouped with ("Okafor
    /// and other aides said").
    fn named_alongside(&self, m: usize, h: usize) -> bool {
        let ws = self.ws;
        let named_apposition = ws.get(h + 1).is_some_and(|c| c.text == ",")
            && ws.get(h + 2).is_some_and(|w| w.capitalised() && !w.quoted)
            && ws.get(h + 3).is_some_and(|w| w.capitalised() && !w.quoted);
        let named_conjunct = (m..h).any(|k| {
            ws[k].capitalised()
                && ws.get(k + 1).is_some_and(|w| w.is("and"))
                && ws.get(k + 2).is_some_and(|w| w.is("other"))
        });
        named_apposition || named_conjunct
    }

    /// Classes the noun phrase `a..=b` as a source.
    pub(super) fn classify(&self, a: usize, b: usize, forward: bool) -> Source {
        let ws = self.ws;
        let text = self.text(a, b);
        let lower = text.to_lowercase().replace('’', "'");
        let vague_src = |s: usize, e: usize| Source {
            span: span_of(ws, s, e),
            text: self.text(s, e),
            class: SourceClass::Vague,
            entity: None,
        };
        // Fixed vague phrases and the desk's own list.
        // The earliest phrase of the list that matches anywhere in the phrase, at its
        // first place.
        let mut first: Option<(usize, usize, usize)> = None;
        for k in a..=b.min(ws.len().saturating_sub(1)) {
            for (pi, phrase, _) in self.vague_phrases.starting_at(&ws[k]) {
                if first.is_some_and(|(best, _, _)| best <= pi) {
                    break;
                }
                if let Some(e) = match_phrase(ws, k, phrase) {
                    // After "according to" a phrase that opens the object is the
                    // whole source, however far the noun-phrase reading got.
                    let opens_object = forward && k == a;
                    if e <= b
                        || opens_object
                        || phrase.ends_with(" to")
                        || phrase.ends_with(" with")
                        || phrase.ends_with(" of")
                        || phrase.ends_with(" on")
                    {
                        first = Some((pi, k, e));
                        break;
                    }
                }
            }
        }
        if let Some((_, k, e)) = first {
            return vague_src(a.min(k), b.max(e));
        }
        if forward && vague_lexicon::ACCORDING_TO_VAGUE.contains(&lower.as_str()) {
            return vague_src(a, b);
        }
        let pronoun = a == b && PRONOUNS.contains(&ws[b].lower);
        if pronoun {
            return Source {
                span: span_of(ws, a, b),
                text,
                class: SourceClass::Resolved { to: String::new() },
                entity: None,
            };
        }
        // Find the vague head: the last word for a subject; for a forward phrase, the
        // first vague head not followed by a named "of/at/from" complement.
        let heads: Vec<usize> = (a..=b)
            .filter(|&k| {
                let l = ws[k].lower;
                vague_lexicon::is_plural_head(l)
                    || vague_lexicon::is_singular_head(l)
                    || (vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l) && (k == b || forward))
            })
            .collect();
        let head = if forward {
            heads
                .first()
                .copied()
                .filter(|&h| (h + 1..=b).all(|k| !ws[k].capitalised()))
        } else {
            heads.last().copied().filter(|&h| h == b)
        };
        // "Liberal Democrats said": a party's name, not a generic group.
        let head =
            head.filter(|&h| !(h > a && vague_lexicon::is_party_name(ws[h - 1].text, ws[h].text)));
        if let Some(h) = head {
            let l = ws[h].lower;
            // Modifiers before the head that keep it anonymous.
            let mut m = h;
            while m > a {
                let p = &ws[m - 1];
                let pl = p.lower;
                if pl.ends_with("'s")
                    || pl.ends_with("’s")
                    || DETERMINERS.contains(&pl) && !matches!(pl, "a" | "an")
                {
                    break;
                }
                if p.capitalised()
                    || vague_lexicon::is_head_modifier(pl)
                    || vague_lexicon::is_plural_head(pl)
                    || vague_lexicon::is_singular_head(pl)
                    || p.kind == TokenKind::Number
                {
                    m -= 1;
                    continue;
                }
                break;
            }
            let before = (m > 0).then(|| &ws[m - 1]);
            let definite = before.is_some_and(|p| {
                let pl = p.lower;
                (DETERMINERS.contains(&pl) && !matches!(pl, "a" | "an" | "any" | "no" | "such"))
                    || pl.ends_with("'s")
                    || pl.ends_with("’s")
            });
            let singular = vague_lexicon::is_singular_head(l);
            let indefinite = (m..h).any(|k| matches!(ws[k].lower, "a" | "an" | "one"));
            let quantifier = vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l);
            if !definite
                && (!singular || indefinite)
                && (!quantifier || m == h || forward)
                && !self.named_alongside(m, h)
            {
                // Drop a leading connective from the span.
                let mut s = m;
                while s < h && matches!(ws[s].lower, "but" | "and" | "yet") {
                    s += 1;
                }
                return vague_src(s, h);
            }
        }
        let proper = (a..=b).any(|k| {
            ws[k].capitalised()
                && !(k == 0
                    && (DETERMINERS.contains(&ws[k].lower)
                        || CLAUSE_BOUNDARIES.contains(&ws[k].lower)))
        });
        let class = if proper {
            SourceClass::Named
        } else {
            SourceClass::Resolved { to: String::new() }
        };
        Source {
            span: span_of(ws, a, b),
            text,
            class,
            entity: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format};

    fn desk(phrase: &str) -> Context {
        let mut ctx = Context::default();
        ctx.lexicon.vague_sources.push(phrase.into());
        ctx
    }

    fn vague_texts(text: &str, ctx: &Context) -> Vec<String> {
        analyze(text, Format::PlainText, ctx)
            .attributions
            .iter()
            .filter(|a| a.is_vague())
            .filter_map(|a| a.source.as_ref().map(|s| s.text.to_lowercase()))
            .collect()
    }

    /// A desk phrase is a vague source as subject, after "according to", after the
    /// clause it reports and in an inverted quotation tag, as the built-in ones are.
    #[test]
    fn desk_phrase_in_every_position() {
        let ctx = desk("a little bird");
        for text in [
            "A little bird told the newsroom the merger was off.",
            "The merger was off, according to a little bird.",
            "The merger was off, a little bird said on Monday.",
            "“The merger is off,” said a little bird.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(
                found.iter().any(|s| s.contains("a little bird")),
                "{text}: {found:?}"
            );
        }
    }

    /// Without the desk entry the same words are nobody's finding, and a named source
    /// next to the desk phrase stays named.
    #[test]
    fn desk_phrase_near_misses() {
        assert!(vague_texts(
            "A little bird told the newsroom the merger was off.",
            &Context::default()
        )
        .is_empty());
        let ctx = desk("a little bird");
        assert!(vague_texts("Jane Okafor said the merger was off.", &ctx).is_empty());
    }

    /// Generic roles and groups as the subject of a reporting verb are vague sources.
    #[test]
    fn generic_role_subjects_are_vague() {
        let ctx = Context::default();
        for (text, want) in [
            (
                "A Democratic strategist said the race was tightening.",
                "strategist",
            ),
            ("One staffer said the office was chaotic.", "staffer"),
            ("Several senators said the bill would pass.", "senators"),
            (
                "Campaign operatives say the turnout looked thin.",
                "operatives",
            ),
            (
                "Protest organizers said the march would go ahead.",
                "organizers",
            ),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s.contains(want)), "{text}: {found:?}");
        }
    }

    /// Near misses: the role is tied to a named person, or grouped with one.
    #[test]
    fn generic_role_tied_to_a_name_is_not_vague() {
        let ctx = Context::default();
        for text in [
            "A senior strategist, Jane Okafor, said the race was tightening.",
            "Okafor and other senators said the bill would pass.",
            "The monthly waiting figures showed a drop.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}
