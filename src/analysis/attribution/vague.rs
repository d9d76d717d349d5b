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

/// Prepositions that tie a complement to the noun before them: "an average of polls",
/// "a spokesman for committee Democrats", "research by four economists".
const NP_OR_AGENT_PREPS: &[&str] = &["of", "for", "to", "by", "from", "among", "with"];

/// Words between a subject and its verb that belong to the verb: "don't", "almost
/// universally", "also".
fn verb_side(lower: &str) -> bool {
    AUXILIARIES.contains(&lower)
        || ADVERBS.contains(&lower)
        || lower.ends_with("n't")
        || lower.ends_with("n’t")
        || matches!(lower, "almost" | "always")
        || (lower.ends_with("ly") && lower.len() > 4)
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

    /// A vague head with a post-modifier before the reporting verb: "people close to
    /// the governor said", "a source with knowledge of the talks said", "officials who
    /// spoke to reporters said", "some of his supporters said". `last` is the word
    /// before the verb; the head must open the subject, with no punctuation between.
    pub(super) fn post_modified_subject(&self, last: usize) -> Option<Source> {
        let ws = self.ws;
        let floor = last.saturating_sub(16);
        let mut head = None;
        let mut k = last;
        while k > floor {
            let w = &ws[k - 1];
            if w.quoted || !(w.is_word() || w.kind == TokenKind::Number) {
                break;
            }
            if self.opens_post_modifier(k - 1, last) {
                head = Some(k - 1);
            }
            k -= 1;
        }
        let h = head?;
        let start = self.left_extent(h);
        // The subject must open its clause: not "He met officials close to the talks".
        if start > 0 {
            let p = &ws[start - 1];
            let opens = !p.is_word()
                || CLAUSE_BOUNDARIES.contains(&p.lower) && !matches!(p.lower, "with" | "to" | "by")
                || matches!(p.lower, "the" | "even");
            if p.quoted && p.is_word() || !opens {
                return None;
            }
        }
        let src = self.classify(start, h, false);
        if src.class != SourceClass::Vague {
            return None;
        }
        // The vague words must be the whole subject up to the head: not "a survey of
        // voters in ten states showed", whose head is the survey.
        let from = (start..=h).find(|&k| ws[k].span.start == src.span.start)?;
        if from != start {
            return None;
        }
        // "people close to the talks don't expect": the auxiliary belongs to the verb.
        let mut end = last;
        while end > h && verb_side(ws[end].lower) {
            end -= 1;
        }
        Some(Source {
            span: span_of(ws, from, end),
            text: self.text(from, end),
            class: SourceClass::Vague,
            entity: None,
        })
    }

    /// An inverted vague subject with a post-modifier, up to the end of the clause:
    /// `"...," said a source close to the talks.` Returns the source and its last word.
    pub(super) fn inverted_post_modified(&self, a: usize) -> Option<(Source, usize)> {
        let ws = self.ws;
        let limit = (a + 18).min(ws.len());
        let e = (a..limit)
            .take_while(|&k| !ws[k].quoted && (ws[k].is_word() || ws[k].kind == TokenKind::Number))
            .last()?;
        // The clause must end there, not run on into more words.
        if ws.get(e + 1).is_some_and(|n| {
            !(matches!(n.text, "," | "." | ";" | ":" | "!" | "?") || n.is_punct(CLOSE_QUOTES))
        }) {
            return None;
        }
        // Only the phrases that mark anonymity: after a verb, "for" or "of" is as likely
        // the verb's own complement ("blasted critics for ...").
        let h = (a..e).find(|&k| {
            self.opens_post_modifier(k, e)
                && ws
                    .get(k + 1)
                    .is_some_and(|n| vague_lexicon::ANONYMITY_OPENERS.contains(&n.lower))
        })?;
        let src = self.classify(a, h, true);
        if src.class != SourceClass::Vague || src.span.start != ws[a].span.start {
            return None;
        }
        let src = Source {
            span: span_of(ws, a, e),
            text: self.text(a, e),
            class: SourceClass::Vague,
            entity: None,
        };
        Some((src, e))
    }

    /// Is `h` a vague head whose next word opens a post-modifier? A quantifier ("some
    /// of", "many in") only counts when the phrase ends on a vague head itself: "some
    /// of his aides", not "some of the emails".
    fn opens_post_modifier(&self, h: usize, last: usize) -> bool {
        let ws = self.ws;
        let Some(next) = ws.get(h + 1).filter(|n| !n.quoted && h < last) else {
            return false;
        };
        if !vague_lexicon::POST_MODIFIER_OPENERS.contains(&next.lower) {
            return false;
        }
        let l = ws[h].lower;
        if vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l) {
            // "many in the industry", "some at the rally": people, wherever they are.
            return matches!(next.lower, "in" | "on" | "at" | "within" | "across")
                || next.is("of")
                    && (vague_lexicon::is_plural_head(ws[last].lower)
                        || matches!(ws[last].lower, "them" | "those" | "us"));
        }
        // A preposition before a name makes the group identifiable: "analysts at
        // Barclays", "officials at the Treasury"; "residents in the valley" stay vague.
        if !vague_lexicon::ANONYMITY_OPENERS.contains(&next.lower) {
            let object = ws
                .get(h + 2)
                .filter(|w| !(w.is("the") || w.is("a")))
                .or_else(|| ws.get(h + 3));
            if object.is_some_and(|w| w.capitalised()) {
                return false;
            }
        }
        // "with" only as "with knowledge of" / "with ties to" / "with direct ...".
        if next.is("with")
            && !ws.get(h + 2).is_some_and(|w| {
                matches!(
                    w.lower,
                    "knowledge" | "ties" | "direct" | "close" | "access"
                )
            })
        {
            return false;
        }
        vague_lexicon::is_plural_head(l) || vague_lexicon::is_singular_head(l)
    }

    /// A generic head that the text ties to a named person: an apposition naming them
    /// ("a top strategist, Jane Okafor, said") or a name it is grouped with ("Okafor
    /// and other aides said").
    fn named_alongside(&self, m: usize, h: usize) -> bool {
        let ws = self.ws;
        // A comma or a dash opens the apposition: "three scholars - Mr. Lee, ...".
        let opens = ws
            .get(h + 1)
            .is_some_and(|c| matches!(c.text, "," | "-" | "—" | "–"));
        let named_apposition = opens
            && ws.get(h + 2).is_some_and(|w| w.capitalised() && !w.quoted)
            && ws
                .get(h + 3)
                .is_some_and(|w| w.capitalised() && !w.quoted || w.text == ".");
        // "Okafor and other senators", "Okafor and others", "Lee, Ruiz and other
        // prominent donors in both parties": a name leads the group.
        let named_conjunct = (m.saturating_sub(8)..=h).any(|k| {
            matches!(ws[k].lower, "other" | "others")
                && k >= 2
                && ws[k - 1].is("and")
                && ws[k - 2].capitalised()
                && !ws[k - 2].quoted
                && (k..h).all(|d| ws[d].is_word())
        });
        // "officials, including Jane Okafor, said" / "officials — including ...".
        // Not "economists — including a minority of the board —": no one is named.
        let named_example = opens
            && ws.get(h + 2).is_some_and(|w| w.is("including"))
            && ws
                .get(h + 3)
                .is_some_and(|w| !DETERMINERS.contains(&w.lower));
        named_apposition || named_conjunct || named_example
    }

    /// A determiner or possessive before the head that still names no one: "the
    /// source said" (an anonymous head), "her advisers said" (an entourage after a
    /// possessive) — but not "Okafor and her advisers said", where a name leads.
    fn unnamed_after_determiner(&self, m: usize, h: usize) -> bool {
        let ws = self.ws;
        let l = ws[h].lower;
        if vague_lexicon::ANONYMOUS_HEADS.contains(&l) {
            return true;
        }
        if !vague_lexicon::ENTOURAGE_HEADS.contains(&l) || m == 0 {
            return false;
        }
        let owner = ws[m - 1].lower;
        let possessive = matches!(owner, "his" | "her" | "their" | "its")
            || owner.ends_with("'s")
            || owner.ends_with("’s");
        // Walk back over the owner's own name ("Mrs. Clinton's") to what joins it.
        let mut k = m - 1;
        while k > 0 && ws[k - 1].capitalised() && !ws[k - 1].quoted {
            k -= 1;
        }
        let joined = k > 0
            && matches!(
                ws[k - 1].text.to_lowercase().as_str(),
                "and" | "&" | "with" | "," | "or"
            );
        possessive && !joined
    }

    /// "an average of polls shows", "a letter to committee members calls", "a
    /// spokesman for committee Democrats said": the vague words are the complement of
    /// another noun, which heads the subject. ("some of his aides" is the post-modified
    /// reading, where the noun before the preposition is itself vague.)
    fn complement_of_another_noun(&self, a: usize, m: usize, forward: bool) -> bool {
        let ws = self.ws;
        // Over the plain words of the subject before the head: "to [committee] members".
        let mut k = m;
        while k > a && {
            let p = &ws[k - 1];
            p.is_word() && !p.capitalised() && !p.quoted && !NP_OR_AGENT_PREPS.contains(&p.lower)
        } {
            k -= 1;
        }
        // A quantifier or article opening the words says the phrase starts there: "the
        // kind of jurist many Republicans fear".
        let opens_itself = matches!(
            ws[m].lower,
            "a" | "an" | "some" | "many" | "most" | "several" | "few" | "other" | "one" | "another"
        );
        if forward || k < 2 || opens_itself {
            return false;
        }
        let prep = &ws[k - 1];
        let noun = &ws[k - 2];
        NP_OR_AGENT_PREPS.contains(&prep.lower)
            && noun.is_word()
            && !noun.quoted
            && !vague_lexicon::QUANTIFIER_SUBJECTS.contains(&noun.lower)
            && !vague_lexicon::is_plural_head(noun.lower)
            && !vague_lexicon::is_singular_head(noun.lower)
            && !matches!(
                noun.lower,
                "according" | "one" | "all" | "none" | "each" | "out"
            )
            && !vague_lexicon::QUANTITY_NOUNS.contains(&noun.lower)
            && !["thirds", "quarters", "fifths", "tenths"]
                .iter()
                .any(|f| noun.lower.ends_with(f))
    }

    /// "Business Insider", "the Center for Nonproliferation Studies": a vague head
    /// written with a capital inside a sentence is part of a name. Party groups and
    /// "MPs" are always capitalised, and a title-case headline capitalises everything.
    fn part_of_a_name(&self, h: usize) -> bool {
        let ws = self.ws;
        let w = &ws[h];
        // A name's other words stand before the head: "Business Insider".
        if h == 0 || !w.capitalised() || w.quoted || !ws[h - 1].capitalised() {
            return false;
        }
        if vague_lexicon::CAPITALISED_GROUPS.contains(&w.lower) {
            return false;
        }
        let words = ws.iter().filter(|t| t.is_word());
        let capitals = words.clone().filter(|t| t.capitalised()).count();
        capitals * 2 < words.count()
    }

    /// "a 2014 Labor Department study", "a Gallup poll", "a study by economists at
    /// Duke University": a study or poll whose maker the phrase names.
    fn made_by_a_named_body(&self, m: usize, h: usize, b: usize) -> bool {
        let ws = self.ws;
        if !vague_lexicon::DOCUMENT_HEADS.contains(&ws[h].lower) {
            return false;
        }
        // A capital opening the sentence is the sentence's: "Early polls show".
        let named_maker = (m..h).any(|k| {
            ws[k].capitalised()
                && k > 0
                && !ws[k - 1].is_punct(&['.', '!', '?', '"', '“', '('])
                && !DETERMINERS.contains(&ws[k].lower)
        });
        let by_name = ws.get(h + 1..).is_some_and(|rest| {
            rest.iter()
                .take(8)
                .take_while(|t| t.is_word() || t.kind == TokenKind::Number)
                .skip_while(|t| !t.is("by"))
                .any(|t| t.capitalised())
        });
        named_maker || by_name && b >= m
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
        // "several observers": the quantifier leads to the head after it.
        let heads: Vec<usize> = heads
            .iter()
            .copied()
            .filter(|&k| {
                !(forward
                    && vague_lexicon::QUANTIFIER_SUBJECTS.contains(&ws[k].lower)
                    && heads.contains(&(k + 1)))
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
            let unnamed = self.unnamed_after_determiner(m, h);
            let definite = definite && !unnamed;
            let singular = vague_lexicon::is_singular_head(l);
            let indefinite =
                unnamed || (m..h).any(|k| matches!(ws[k].lower, "a" | "an" | "one" | "another"));
            let quantifier = vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l);
            if !definite
                && !self.complement_of_another_noun(a, m, forward)
                && !self.part_of_a_name(h)
                && !self.made_by_a_named_body(m, h, b)
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

    /// A vague head whose post-modifier runs up to the verb: the whole subject is the
    /// vague source, before or after the verb.
    #[test]
    fn post_modified_subjects_are_vague() {
        let ctx = Context::default();
        for (text, want) in [
            (
                "People close to the mayor said the budget would be cut.",
                "people close to the mayor",
            ),
            (
                "A source with knowledge of the bids said the port sale had stalled.",
                "a source with knowledge of the bids",
            ),
            (
                "Officials who attended the briefing said the bridge would stay shut.",
                "officials who attended the briefing",
            ),
            (
                "Some of her supporters said the vote had been rigged.",
                "some of her supporters",
            ),
            (
                "“The bridge stays shut,” said one official involved in the survey.",
                "one official involved in the survey",
            ),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
    }

    /// Near misses: the vague words are the object or a complement, not the subject, or
    /// the head of the subject is a document or a named person.
    #[test]
    fn post_modifier_near_misses() {
        let ctx = Context::default();
        for text in [
            "The mayor met officials close to the union and said the budget would hold.",
            "A survey of residents in the valley showed support for the bridge.",
            "Some of the letters said the bridge was unsafe.",
            "“The bridge stays shut,” said Jane Okafor, a source of pride for the town.",
            "The council, meanwhile, blasted critics for delaying the vote.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    /// "the source said" and "her advisers said" name nobody, although a determiner or a
    /// possessive stands before the head.
    #[test]
    fn anonymous_and_entourage_heads_after_a_determiner() {
        let ctx = Context::default();
        for (text, want) in [
            ("The port deal is dead, the source said.", "source"),
            ("Her advisers said the tour would go ahead.", "advisers"),
            ("The mayor's aides say the budget is safe.", "aides"),
            (
                "Another insider said the board had split.",
                "another insider",
            ),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
        for text in [
            "Okafor and her advisers said the tour would go ahead.",
            "The mayor's wife said the budget is safe.",
            "The company's chairman said the budget is safe.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    /// Inverted tags with a lower-case or party-member subject, and compounds after
    /// "according to".
    #[test]
    fn inverted_and_compound_vague_sources() {
        let ctx = Context::default();
        for (text, want) in [
            (
                "“It is close,” said a Texas Republican.",
                "a texas republican",
            ),
            (
                "The count is close, said several observers.",
                "several observers",
            ),
            ("Turnout rose, according to exit polls.", "polls"),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
        for text in [
            "“It is close,” said Jane Okafor, a Republican.",
            "Turnout rose, according to three polls, including one by Gallup.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    /// "widely expected", "widely seen as": a consensus nobody is named for, with or
    /// without "is"; with a "by" agent it is sourced.
    #[test]
    fn widely_held_views_are_vague() {
        let ctx = Context::default();
        for text in [
            "The vote, widely expected in March, could slip.",
            "The bridge is widely seen as a triumph.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(
                found.iter().any(|s| s.starts_with("widely")),
                "{text}: {found:?}"
            );
        }
        for text in [
            "The bridge is widely seen by engineers at Arup as a triumph.",
            "The bridge was widely used.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(
                !found.iter().any(|s| s.starts_with("widely")),
                "{text}: {found:?}"
            );
        }
    }
    /// "is seen as", "are regarded as", "is considered to be": a view held by nobody
    /// named. Near misses: an agent, a sighting, a wish to be seen, the writer's "can be
    /// seen as".
    #[test]
    fn agentless_views_with_as_are_vague() {
        let ctx = Context::default();
        for (text, want) in [
            ("The mayor is seen as the favourite to win.", "is seen"),
            ("The two towns are regarded as safe seats.", "are regarded"),
            (
                "The plan was considered to be too costly.",
                "was considered",
            ),
            ("The Greens are thought likely to gain.", "are thought"),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
        for text in [
            "The mayor is seen by her aides as the favourite.",
            "The mayor was seen leaving the hall.",
            "The bid was considered on Monday.",
            "The mayor wants to be seen as a reformer.",
            "The vote can be seen as a warning.",
            "Okafor leads on being viewed as honest.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    /// A quantifier with "in", "at", "within" or "across" is a group of unnamed people
    /// ("many in the industry fear"); the auxiliary after the subject stays with the verb.
    #[test]
    fn located_quantifier_subjects_are_vague() {
        let ctx = Context::default();
        for (text, want) in [
            (
                "Many in the industry fear the tariff will stick.",
                "many in the industry",
            ),
            (
                "Few within the party believe the leader will stay.",
                "few within the party",
            ),
            (
                "People close to the talks don't expect a deal.",
                "people close to the talks",
            ),
            (
                "Executives who run the mills almost always say prices will rise.",
                "executives who run the mills",
            ),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
        for text in [
            "Many in the industry lost their jobs.",
            "Some of the letters said the bridge was unsafe.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
    /// A named source nearby keeps the generic words silent: the head is the
    /// complement of another noun, part of a name, a study with a named maker, or a
    /// group a name leads or an apposition names.
    #[test]
    fn named_sources_around_generic_words_stay_silent() {
        let ctx = Context::default();
        for text in [
            "A rolling average of polls shows Okafor ahead.",
            "A letter to committee members calls for a recount.",
            "The plan is wasteful, a spokesman for committee Democrats said.",
            "A spokesman for Acme said the plant would close.",
            "Pier Weekly Insider also commented on the plan.",
            "Costs rose, according to a 2019 Transport Department study.",
            "Costs rose, according to a study by economists at Leeds University.",
            "Okafor and others said the plan would fail.",
            "Ward and other harbour safety experts acknowledge the risk.",
            "Lee, Ruiz and other prominent donors in both parties said the race was open.",
            "Harbour officials — including port chief Ann Lee — said the pier was safe.",
            "The three engineers - Mr. Lee, Ms. Ruiz and Mr. Amar - agreed the pier was safe.",
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        for (text, want) in [
            ("Costs rose, according to a study.", "a study"),
            ("Labour MPs said the plan would fail.", "labour mps"),
            ("Some harbour experts acknowledge the risk.", "experts"),
            (
                "Harbour officials said the pier was safe.",
                "harbour officials",
            ),
            ("Some critics fear the pier is unsafe.", "some critics"),
            ("Many critics argued the pier was unsafe.", "many critics"),
            ("A number of attendees said the pier was safe.", "attendees"),
            (
                "Two-thirds of harbour insiders said the pier was safe.",
                "insiders",
            ),
            ("Early polls show Okafor ahead.", "early polls"),
            ("The pier is the kind of closure which many fear.", "many"),
            (
                "It is the kind of closure many traders fear.",
                "many traders",
            ),
            (
                "About four out of 10 traders said the pier was safe.",
                "10 traders",
            ),
        ] {
            let found = vague_texts(text, &ctx);
            assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
        }
    }
}
