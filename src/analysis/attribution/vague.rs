//! Vague sources: the anonymous or generic phrases that stand behind a claim
//! ("officials said", "it is understood", "reportedly", "people familiar with the
//! matter"), and the classing of every source noun phrase as named, resolved or vague.
//!
//! These are the vague-source steps of the sentence finder in `mod.rs`; the cue and
//! clause machinery stays there. This file holds the cues that need no verb (phrases,
//! adverbs, agentless passives, moods, opinions); `subjects.rs` the post-modified vague
//! subjects ("people close to the talks said"); `classify.rs` the classing of a source
//! noun phrase as named, resolved or vague; `refine.rs` and `maker.rs` the draft-level
//! passes (back-references to an anonymous source, documents whose maker is named).

mod classify;
mod maker;
mod refine;
mod subjects;
#[cfg(test)]
mod tests;

use super::*;
use crate::analysis::lexicon::vague as vague_lexicon;
pub(super) use refine::head_lemma as vague_head;
pub(super) use refine::{refine, refine_resolved};

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

    /// An agentless passive: after a form of "be" ("it is understood", "is expected to",
    /// "are tipped to", "is said to") or set off as a reduced relative ("The toll,
    /// thought to be the highest, ...").
    pub(super) fn agentless(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        self.agentless_after_be(i, used)
            .or_else(|| self.reduced_relative(i, used))
    }

    /// "The toll, thought to be the highest in the state, starts in May": a participle
    /// of belief set off by a comma, dash or bracket and followed by "to" hides who
    /// holds the view. Not "He paused, thought to himself": a reflexive is no view, and
    /// without the mark before it the participle may be a verb with its own subject.
    fn reduced_relative(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if i == 0 || !vague_lexicon::REDUCED_RELATIVE_PARTICIPLES.contains(&ws[i].lower) {
            return None;
        }
        if !matches!(ws[i - 1].text, "," | "(" | "—" | "–") || ws[i].quoted {
            return None;
        }
        let to = ws.get(i + 1).is_some_and(|n| n.is("to"));
        let object = ws.get(i + 2)?;
        if !to || object.lower.ends_with("self") || object.lower.ends_with("selves") {
            return None;
        }
        used[i] = true;
        Some(self.vague_cue(i, i, CueKind::Agentless))
    }

    fn agentless_after_be(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !BE.contains(&ws[i].lower) {
            return None;
        }
        let mut j = i + 1;
        // "is widely seen": `widely` flags the consensus words themselves.
        if ws.get(j).is_some_and(|w| w.is("widely")) {
            return None;
        }
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
        // "are thought likely to", "is considered unlikely": as good as "to".
        let with_to = next.is_some_and(|n| n.is("to") || n.is("likely") || n.is("unlikely"));
        // "is seen as the favourite", "is regarded as": a view nobody holds by name; "he
        // was seen leaving" is no view.
        let with_as = next.is_some_and(|n| n.is("as"));
        // Only a finite "is seen as": "wants to be seen as" and "on being viewed as" are
        // a wish or a poll's wording, "can be seen as" the writer's own reading.
        let finite = !matches!(ws[i].lower, "be" | "being");
        if vague_lexicon::AGENTLESS_NEED_AS.contains(&part.lower)
            && (!(with_as || with_to) || !finite)
        {
            return None;
        }
        if vague_lexicon::AGENTLESS_NEED_IT_OR_TO.contains(&part.lower) && !with_it && !with_to {
            return None;
        }
        // "is credited with reviving sales": a deed, after a finite "be".
        let with_deed = next.is_some_and(|n| n.is("with"))
            && ws
                .get(j + 2)
                .is_some_and(|d| d.lower.ends_with("ing") && !d.quoted);
        if vague_lexicon::AGENTLESS_NEED_WITH_DEED.contains(&part.lower) && !(with_deed && finite) {
            return None;
        }
        // "it is expected" needs "it" or something after: "expected to", "expected in".
        let start = if with_it { i - 1 } else { i };
        for u in used.iter_mut().take(j + 1).skip(start) {
            *u = true;
        }
        Some(self.vague_cue(start, j, CueKind::Agentless))
    }

    /// "widely expected in May", "widely seen as the favourite": a consensus with no
    /// holder, even without a form of "be".
    pub(super) fn widely(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("widely") {
            return None;
        }
        let part = ws.get(i + 1)?;
        if part.quoted || !vague_lexicon::WIDELY_PARTICIPLES.contains(&part.lower) {
            return None;
        }
        if ws.get(i + 2).is_some_and(|n| n.is("by")) {
            return None;
        }
        used[i] = true;
        used[i + 1] = true;
        Some(self.vague_cue(i, i + 1, CueKind::Agentless))
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

    /// A view with no holder ("there are fears that") or with a vague one ("fears from
    /// some Tories that").
    pub(super) fn mood(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        self.mood_with_no_holder(i, used)
            .or_else(|| self.view_of_a_vague_group(i, used))
    }

    /// "fears from some Tories that the cuts are too small", "complaints from some of
    /// the party's MPs that ...": a noun of view, "from" or "among", a vague group and
    /// the "that" clause it holds. Not "fears from Ann Lee that" (named), nor
    /// "complaints from passengers rose" (a count, with no clause held).
    fn view_of_a_vague_group(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if ws[i].quoted || !vague_lexicon::VIEW_NOUNS.contains(&ws[i].lower) {
            return None;
        }
        if !ws.get(i + 1).is_some_and(|p| p.is("from") || p.is("among")) {
            return None;
        }
        let (a, b) = self.forward_np(i + 2)?;
        if !ws.get(b + 1).is_some_and(|w| w.is("that")) || (a..=b).any(|k| used[k]) {
            return None;
        }
        let src = self.classify(a, b, true);
        if src.class != SourceClass::Vague {
            return None;
        }
        for u in used.iter_mut().take(b + 1).skip(i) {
            *u = true;
        }
        Some(Attribution {
            cue: span_of(ws, i, i + 1),
            judgement: false,
            source: Some(src),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Agent,
        })
    }

    /// "there are fears that", "there worries about".
    fn mood_with_no_holder(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
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

    /// "Ann Lee and leading Democrats hope": a name coordinated before the group leads
    /// it, and who holds the view is named. Not "Republicans and Democrats hope", whose
    /// first conjunct is a group itself.
    fn led_by_a_name(&self, a: usize, h: usize) -> bool {
        let ws = self.ws;
        (a + 1..h).any(|k| {
            let n = &ws[k - 1];
            ws[k].is("and")
                && n.capitalised()
                && !n.quoted
                && !vague_lexicon::is_plural_head(n.lower)
                && !vague_lexicon::CAPITALISED_GROUPS.contains(&n.lower)
        })
    }

    /// "what some have called", "some question whether": a vague quantifier or head as
    /// the subject of a verb of opinion outside the reporting lexicon.
    pub(super) fn opinion(&self, i: usize) -> Option<Attribution> {
        let ws = self.ws;
        if !vague_lexicon::OPINION_VERBS.contains(&ws[i].lower) {
            return None;
        }
        // "officials hope to reopen", "fans hoped for a win": a wish, not a view.
        let wish = ws
            .get(i + 1)
            .is_none_or(|n| n.is("to") || n.is("for") || !n.is_word() || n.quoted);
        if vague_lexicon::OPINION_VERBS_NEED_CLAUSE.contains(&ws[i].lower) && wish {
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
        let a = self.left_extent(h);
        if self.led_by_a_name(a, h) {
            return None;
        }
        let src = self.classify(a, h, false);
        (src.class == SourceClass::Vague).then(|| Attribution {
            cue: ws[i].span,
            judgement: false,
            source: Some(src),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Verb,
        })
    }
}
