//! Reporting verbs and their subjects: is this word a cue, and who is its source?

use super::cover::{shows_evidence, DATA_HEADS};
use super::sentence::{match_phrase, span_of, SentenceFinder};
use super::subject::NP_PREPS;
use super::words::{
    ADVERBS, AUXILIARIES, BE, CLAUSE_BOUNDARIES, CLOSE_QUOTES, DETERMINERS, PRONOUNS, W,
};
use super::{Attribution, CueKind, Source, SourceClass};
use crate::analysis::figures::numbers::cardinal_value;
use crate::analysis::lexicon::calendar::{is_calendar_word, WEEKDAYS};
use crate::analysis::lexicon::reporting;
use crate::analysis::lexicon::reporting::NOUNY;
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;
use std::ops::ControlFlow;

impl SentenceFinder<'_, '_> {
    pub(super) fn verb_info(&self, i: usize) -> Option<(reporting::VerbInfo, usize)> {
        let ws = self.ws;
        if let Some(next) = ws.get(i + 1) {
            if next.is_word() {
                let two = format!("{} {}", ws[i].lower, next.lower);
                if let Some(v) = reporting::reporting_verb(&two) {
                    return Some((v, i + 1));
                }
            }
        }
        if let Some(v) = reporting::reporting_verb(ws[i].lower) {
            return Some((v, i));
        }
        // "The court heard that ...": evidence given in court, sourced to the hearing.
        if ws[i].is("heard")
            && i > 0
            && matches!(
                ws[i - 1].lower,
                "court" | "jury" | "jurors" | "tribunal" | "inquiry" | "inquest" | "hearing"
            )
        {
            return Some((
                reporting::VerbInfo {
                    lemma: "hear",
                    judgement: false,
                },
                i,
            ));
        }
        // "Figures showed ...": data report, people say. Only with a data subject, so
        // "the network showed a film" is no source. "The study ... followed 11,000
        // pupils" describes the study's own method.
        if matches!(
            ws[i].lower,
            "show"
                | "shows"
                | "showed"
                | "followed"
                | "tracked"
                | "surveyed"
                | "analysed"
                | "analyzed"
                | "examined"
        ) && ws[i.saturating_sub(12)..i]
            .iter()
            .any(|w| !w.quoted && (DATA_HEADS.contains(&w.lower) || shows_evidence(w)))
        {
            return Some((
                reporting::VerbInfo {
                    lemma: "show",
                    judgement: false,
                },
                i,
            ));
        }
        if self.ext_verbs.iter().any(|v| *v == ws[i].lower) {
            return Some((
                reporting::VerbInfo {
                    lemma: "",
                    judgement: false,
                },
                i,
            ));
        }
        None
    }

    /// A reporting verb, or else a stance verb ("called", "wants", "opposed"). Only the
    /// clause's own verb is read this way: as a noun-phrase boundary, "plans" and
    /// "hopes" are nouns as often as verbs.
    pub(super) fn cue_info(&self, i: usize) -> Option<(reporting::VerbInfo, usize)> {
        if let Some(found) = self.verb_info(i) {
            return Some(found);
        }
        let ws = self.ws;
        let stance = |lemma| reporting::VerbInfo {
            lemma,
            judgement: false,
        };
        if let Some(next) = ws.get(i + 1).filter(|n| n.is_word() && !n.quoted) {
            let two = format!("{} {}", ws[i].lower, next.lower);
            if let Some(lemma) = reporting::stance_verb(&two) {
                return Some((stance(lemma), i + 1));
            }
        }
        if let Some(lemma) = reporting::stance_verb(ws[i].lower) {
            return Some((stance(lemma), i));
        }
        self.regards_as(i)
            .then(|| (stance(reporting::REGARD_AS), i))
    }

    /// "Experts see the vote as a test": a verb of regarding whose object is followed
    /// by "as" within a few words, with no punctuation, clause boundary or other verb
    /// between. "Voters saw the ad" and "as they see it" are no view.
    fn regards_as(&self, i: usize) -> bool {
        let ws = self.ws;
        if !reporting::REGARD_VERBS.contains(&ws[i].lower)
            || !ws
                .get(i + 1)
                .is_some_and(|o| o.is_word() && !o.quoted && !o.is("as"))
        {
            return false;
        }
        for (k, w) in ws.iter().enumerate().take(i + 9).skip(i + 2) {
            if w.quoted || !w.is_word() || (CLAUSE_BOUNDARIES.contains(&w.lower) && !w.is("as")) {
                return false;
            }
            if w.is("as") {
                return true;
            }
            if self.verb_info(k).is_some() {
                return false;
            }
        }
        false
    }

    /// Reads the word at `i` as a reporting or stance verb and finds its source, trying
    /// the clause shapes in turn: an opinion frame, a passive with an agent, a
    /// sentence-initial participle, then (walking left to the subject) ", saying", an
    /// inverted start, "and said", "which said", a share of those polled, an inverted
    /// or appositive subject after punctuation, and last the plain subject before it.
    pub(super) fn verb(
        &self,
        i: usize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Option<Attribution> {
        if let Some(a) = self.opinion(i) {
            used[i] = true;
            return Some(a);
        }
        let (info, last) = self.cue_info(i)?;
        if !self.reads_as_verb(i, last) {
            return None;
        }
        let c = VerbCue {
            i,
            last,
            lemma: info.lemma,
            base: self.bare_clause(i, last, info),
        };
        if let ControlFlow::Break(a) = self.agent_passive(&c, used) {
            return a;
        }
        if let ControlFlow::Break(a) = self.initial_participle(&c, used) {
            return a;
        }
        let (j, passive) = self.walk_to_subject(i);
        if passive {
            return None;
        }
        if let ControlFlow::Break(a) = self.saying_clause(&c, j, earlier, used) {
            return a;
        }
        if j < 0 {
            return self.inverted_at_start(&c, used);
        }
        let ju = j as usize;
        if let ControlFlow::Break(a) = self.coordinated(&c, ju, earlier, used) {
            return a;
        }
        if let ControlFlow::Break(a) = self.which_clause(&c, ju, used) {
            return a;
        }
        if let ControlFlow::Break(a) = self.share_clause(&c, ju, used) {
            return a;
        }
        let p = &self.ws[ju];
        if matches!(p.lower, "which" | "that")
            || p.kind == TokenKind::Number
            || (p.is_word()
                && (DETERMINERS.contains(&p.lower) || CLAUSE_BOUNDARIES.contains(&p.lower)))
        {
            return None;
        }
        if !p.is_word() || p.quoted {
            return self.after_punctuation(&c, ju, used);
        }
        self.subject_before(&c, ju, earlier, used)
    }

    /// Whether the cue word at `i..=last` stands where a verb can: not a capitalised
    /// name mid-sentence, not after a determiner or possessive, and not a noun that is
    /// the subject of a reporting verb right after it.
    fn reads_as_verb(&self, i: usize, last: usize) -> bool {
        let ws = self.ws;
        let w = &ws[i];
        // "United States", "Says Who": capitalised mid-sentence is a name, not a verb.
        if w.capitalised() && i > 0 {
            return false;
        }
        if i > 0 {
            let prev = &ws[i - 1];
            if DETERMINERS.contains(&prev.lower)
                || prev.lower.ends_with("'s")
                || prev.lower.ends_with("’s")
                || matches!(prev.lower, "than" | "as" | "of")
            {
                return false;
            }
        }
        // "thanks to the rain": a preposition, not a verb of thanking.
        if w.is("thanks") && ws.get(last + 1).is_some_and(|n| n.is("to")) {
            return false;
        }
        if reporting::NOUN_FIRST_FORMS.contains(&w.lower) && !self.verb_evidence(i, last) {
            return false;
        }
        // A noun followed by a reporting verb is the subject ("media reports said").
        !ws.get(last + 1).is_some_and(|n| {
            !n.quoted && self.verb_info(last + 1).is_some() && NOUNY.contains(&w.lower)
        })
    }

    /// For a form that is usually a noun ("states", "report"): a pronoun subject right
    /// before it ("it states"), or a complement right after it ("states that", a colon,
    /// an opening quotation mark).
    fn verb_evidence(&self, i: usize, last: usize) -> bool {
        let ws = self.ws;
        let pronoun_before = i > 0 && PRONOUNS.contains(&ws[i - 1].lower);
        let complement_after = ws.get(last + 1).is_some_and(|n| {
            n.quoted || n.is("that") || n.text == ":" || n.is_punct(&['“', '"', '‘'])
        });
        pronoun_before || complement_after
    }

    /// The clause at `i..=last` before its source is known.
    fn bare_clause(&self, i: usize, last: usize, info: reporting::VerbInfo) -> Attribution {
        let kind = if reporting::is_stance_lemma(info.lemma) {
            CueKind::Stance
        } else {
            CueKind::Verb
        };
        Attribution {
            cue: span_of(self.ws, i, last),
            judgement: info.judgement,
            source: None,
            sentence: self.sentence,
            covers: Vec::new(),
            kind,
        }
    }

    /// Passive with an agent: "as reported by X", "was announced by X".
    fn agent_passive(&self, c: &VerbCue, used: &mut [bool]) -> Step {
        let ws = self.ws;
        let w = &ws[c.i];
        let next = ws.get(c.last + 1);
        if !(next.is_some_and(|n| n.is("by"))
            && (w.lower.ends_with("ed") || w.lower.ends_with('n') || w.is("told") || w.is("said")))
        {
            return ControlFlow::Continue(());
        }
        // "Lee said by telephone": "said" and "told" are passive only after a form of
        // "be" or "as" ("as was said by", "as told by").
        let passive_before = c.i > 0 && (BE.contains(&ws[c.i - 1].lower) || ws[c.i - 1].is("as"));
        if (w.is("said") || w.is("told")) && !passive_before {
            return ControlFlow::Continue(());
        }
        let Some(np) = self.forward_np(c.last + 2) else {
            return ControlFlow::Break(None);
        };
        c.mark(used);
        mark(used, np.0, np.1);
        ControlFlow::Break(Some(Attribution {
            kind: CueKind::Agent,
            ..c.with_source(Some(self.classify(np.0, np.1, true)))
        }))
    }

    /// Sentence-initial participle: "Asked whether ..., Kellner said" / "Responding to
    /// ..., X expressed": the source is the subject after the first comma.
    fn initial_participle(&self, c: &VerbCue, used: &mut [bool]) -> Step {
        let ws = self.ws;
        let (i, w) = (c.i, &ws[c.i]);
        if !(i == 0 && (w.lower.ends_with("ing") || w.is("asked"))) {
            return ControlFlow::Continue(());
        }
        let Some(comma) = (i + 1..ws.len()).find(|&k| ws[k].text == "," && !ws[k].quoted) else {
            return ControlFlow::Break(None);
        };
        let Some(np) = self.forward_np(comma + 1) else {
            return ControlFlow::Break(None);
        };
        if !ws.get(np.1 + 1).is_some_and(|n| n.is_word()) {
            return ControlFlow::Break(None);
        }
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(self.classify(np.0, np.1, true)))))
    }

    /// Walks left from the verb at `i` over auxiliaries, adverbs, a parenthesised label
    /// and ", however," to the word before them: its index (-1 at the sentence start),
    /// and whether the verb is passive ("is expected", not "is saying").
    fn walk_to_subject(&self, i: usize) -> (isize, bool) {
        let ws = self.ws;
        let w = &ws[i];
        let mut j = i as isize - 1;
        let mut passive = false;
        let mut saw_be = false;
        while j >= 0 {
            let p = &ws[j as usize];
            let l = p.lower;
            if BE.contains(&l) {
                saw_be = true;
                j -= 1;
                continue;
            }
            // "released in May showed": a capitalised "May" mid-sentence is the month.
            if (AUXILIARIES.contains(&l) && !(p.capitalised() && j > 0))
                || ADVERBS.contains(&l)
                || (l.ends_with("ly") && l.len() > 4 && !p.capitalised())
            {
                j -= 1;
                continue;
            }
            // "Sen. Maria Lopez (D-Ore.) said": a party-and-state label after the name.
            if p.text == ")" {
                if let Some(open) = self.paren_open(j as usize) {
                    j = open as isize - 1;
                    continue;
                }
            }
            // ", however," between subject and verb.
            if p.text == ","
                && j >= 2
                && ADVERBS.contains(&ws[j as usize - 1].lower)
                && ws[j as usize - 2].text == ","
            {
                j -= 3;
                continue;
            }
            // "Clinton on Tuesday said", "Trump has in the past described": a time
            // phrase or an adverbial between subject and verb.
            if let Some(start) = self
                .time_phrase_ending_at(j as usize)
                .or_else(|| self.adverbial_ending_at(j as usize))
            {
                j = start as isize - 1;
                continue;
            }
            break;
        }
        if saw_be && !w.lower.ends_with("ing") {
            passive = true;
        }
        (j, passive)
    }

    /// The first word of a time phrase ending at `k` that stands between a subject and
    /// its verb: "on Tuesday", "Wednesday morning", "last week", "earlier this month",
    /// "in June". A weekday or month must be capitalised ("may" is a verb), and a
    /// word must stand before the phrase (a phrase opening the sentence is no gap).
    fn time_phrase_ending_at(&self, k: usize) -> Option<usize> {
        let ws = self.ws;
        let at = |k: usize| ws.get(k).filter(|w| !w.quoted && w.is_word());
        let calendar =
            |k: usize| at(k).is_some_and(|w| w.capitalised() && is_calendar_word(w.lower));
        let w = at(k)?;
        let day_part = reporting::PARTS_OF_DAY.contains(&w.lower) && k > 0 && calendar(k - 1);
        let relative = matches!(w.lower, "week" | "month" | "year" | "weekend")
            && k > 0
            && at(k - 1).is_some_and(|p| matches!(p.lower, "last" | "this" | "next"));
        let mut start = if calendar(k) {
            k
        } else if day_part || relative {
            k - 1
        } else {
            return None;
        };
        let lead_in = |p: &W| matches!(p.lower, "earlier" | "late" | "on" | "in");
        if start > 0 && at(start - 1).is_some_and(lead_in) {
            start -= 1;
        }
        // "in June" needs its preposition: a bare month mid-sentence may be a name.
        let month_alone = start == k && !WEEKDAYS.contains(&ws[k].lower);
        (start > 0 && !month_alone && at(start - 1).is_some()).then_some(start)
    }

    /// The first word of an adverbial ending at `k` between a subject and its verb:
    /// "always", "twice", "in particular", "for the first time", "didn't". A word must
    /// stand before it.
    fn adverbial_ending_at(&self, k: usize) -> Option<usize> {
        let ws = self.ws;
        let w = ws.get(k).filter(|w| !w.quoted && w.is_word())?;
        let negated = w.lower.ends_with("n't") || w.lower.ends_with("n’t");
        let start = if negated || reporting::PREVERBAL_ADVERBS.contains(&w.lower) {
            Some(k)
        } else {
            reporting::PREVERBAL_PHRASES.iter().find_map(|ph| {
                let n = ph.split_whitespace().count();
                let first = (k + 1).checked_sub(n)?;
                (match_phrase(ws, first, ph) == Some(k)).then_some(first)
            })
        }?;
        (start > 0 && ws[start - 1].is_word() && !ws[start - 1].quoted).then_some(start)
    }

    /// ", saying ...": the source is the subject of the clause before.
    fn saying_clause(
        &self,
        c: &VerbCue,
        j: isize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Step {
        let ws = self.ws;
        let w = &ws[c.i];
        if !(w.lower.ends_with("ing") && j >= 0 && ws[j as usize].text == ",") {
            return ControlFlow::Continue(());
        }
        c.mark(used);
        let source = source_of_clause_before(earlier, w.span.start).or_else(|| {
            self.forward_np(0).and_then(|(a, b)| {
                (a == 0 && ws[a].capitalised() && self.may_open_a_subject(a))
                    .then(|| self.classify(a, b, true))
            })
        });
        ControlFlow::Break(Some(c.with_source(source)))
    }

    /// Whether the sentence's first word may open its subject: not a clause boundary, a
    /// weekday or month ("Saturday, ..."), a participle ("Speaking to ..."), a
    /// preposition ("At a rally", "For months"), nor a dateline in capitals ("PARIS
    /// (AP) —"). "The billionaire, ..., saying" keeps its subject.
    fn may_open_a_subject(&self, a: usize) -> bool {
        let ws = self.ws;
        let w = &ws[a];
        let dateline = w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.text.chars().any(char::is_lowercase)
            && ws
                .get(a + 1)
                .is_some_and(|n| matches!(n.text, "(" | "—" | "–" | "-" | ","));
        !(CLAUSE_BOUNDARIES.contains(&w.lower)
            || is_calendar_word(w.lower)
            || (w.lower.ends_with("ing") && w.lower.len() > 5)
            || NP_PREPS.contains(&w.lower)
            || matches!(
                w.lower,
                "in" | "on" | "at" | "after" | "before" | "during" | "with"
            )
            || dateline)
    }

    /// `Said Ruth Ellis, who lives nearby, "..."`: inverted at the sentence start.
    fn inverted_at_start(&self, c: &VerbCue, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        let (a, b) = self
            .name_np(c.last + 1)
            .filter(|_| c.i == 0 && ws[c.i].is("said"))?;
        if !(ws[a].capitalised() || matches!(ws[a].lower, "the" | "a" | "an" | "another")) {
            return None;
        }
        c.mark(used);
        Some(c.with_source(Some(self.classify(a, b, true))))
    }

    /// "X acknowledged the concerns but asserted ...": after "and", "but" or "or" the
    /// verb shares the subject of the clause before.
    fn coordinated(
        &self,
        c: &VerbCue,
        ju: usize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Step {
        let ws = self.ws;
        if !matches!(ws[ju].lower, "and" | "but" | "or") {
            return ControlFlow::Continue(());
        }
        let source = source_of_clause_before(earlier, ws[c.i].span.start).or_else(|| {
            // "Sen. Lee toured the plant and said ...": the sentence's subject. Only
            // for plain reporting verbs (say, announce, explain), no stance or judgement: in "Hanoi is a critic and has accused Beijing" the
            // first clause is the writer's own claim, which "accused" must not vouch.
            if c.base.judgement || c.base.kind != CueKind::Verb {
                return None;
            }
            self.opening_subject_of_verb(ju)
                .map(|(a, b)| self.classify(a, b, true))
        });
        let Some(source) = source else {
            return ControlFlow::Break(None);
        };
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(source))))
    }

    /// "the provider PayPoint, which said ...": the source is the head before the comma,
    /// through the pronoun ("PayPoint, which").
    fn which_clause(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Step {
        let ws = self.ws;
        if !(ws[ju].is("which") && ju >= 2 && ws[ju - 1].text == "," && ws[ju - 2].is_word()) {
            return ControlFlow::Continue(());
        }
        let head = ju - 2;
        c.mark(used);
        let source = self.classify(self.left_extent(head), head, false);
        ControlFlow::Break(Some(c.with_source(Some(self.through_relative(source, ju)))))
    }

    /// "4 in 10 said", "six out of 10 say", "47% say": a share of those polled is the
    /// subject of the verb; "seven out of 11 states" is a count of a plural noun.
    fn share_clause(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Step {
        let w = &self.ws[c.i];
        let plural_noun = |l: &str| NOUNY.contains(&l) && l.ends_with('s') && l != "says";
        let Some(first) = self.share_subject(ju).filter(|_| !plural_noun(w.lower)) else {
            return ControlFlow::Continue(());
        };
        c.mark(used);
        ControlFlow::Break(Some(c.with_source(Some(self.classify(first, ju, false)))))
    }

    /// The word before the verb is punctuation or quoted: an inverted subject after it
    /// (`"...," said X.`), else an apposition or a sentence-opening name before it.
    fn after_punctuation(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Option<Attribution> {
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
    fn inverted_subject(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Option<Attribution> {
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
    fn appositive_subject(&self, c: &VerbCue, ju: usize, used: &mut [bool]) -> Option<Attribution> {
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

    /// The plain case: the subject is the noun phrase ending right before the verb
    /// ("officials said", "Ms Lee, who chairs the board, said", "people familiar with
    /// the talks said").
    fn subject_before(
        &self,
        c: &VerbCue,
        ju: usize,
        earlier: &[Attribution],
        used: &mut [bool],
    ) -> Option<Attribution> {
        let ws = self.ws;
        let (w, p) = (&ws[c.i], &ws[ju]);
        // "Officials in the town say": a plural post-modified subject takes the bare
        // form; "delegates from states" keeps "states" a noun.
        let bare_after_post_modified =
            !w.lower.ends_with('s') && self.post_modified_subject(ju).is_some();
        if NOUNY.contains(&w.lower) && !self.subject_like(ju) && !bare_after_post_modified {
            return None;
        }
        if self.verb_info(ju).is_some() && !PRONOUNS.contains(&p.lower) {
            // "X said Y told" — the word before is itself a verb; not a subject.
            if p.lower.ends_with("ed") || p.is("said") || p.is("told") {
                return None;
            }
        }
        c.mark(used);
        let start = self.left_extent(ju);
        if p.is("who") {
            let source = self.antecedent_of_who(ju, earlier)?;
            return Some(c.with_source(Some(self.through_relative(source, ju))));
        }
        // "People familiar with the talks said": the vague phrase opens the subject.
        let start = (start.saturating_sub(6)..start)
            .find(|&k| {
                self.vague_phrases.starting_at(&ws[k]).any(|(_, ph, _)| {
                    match_phrase(ws, k, ph).is_some_and(|e| {
                        e < start && (e + 1..start).all(|d| DETERMINERS.contains(&ws[d].lower))
                    })
                })
            })
            .unwrap_or(start);
        let start = if PRONOUNS.contains(&p.lower) {
            ju
        } else {
            start
        };
        let source = self
            .post_modified_subject(ju)
            .unwrap_or_else(|| self.classify(start, ju, false));
        Some(c.with_source(Some(source)))
    }

    /// Who "who" at `who` stands for. Right after a noun ("the 23 percent who said")
    /// that noun, when an earlier clause of the sentence has a source; after a comma, the source of an earlier clause in the sentence whose
    /// apposition the comma closes (`said Ann Lee, a nurse from Leeds, who said`), else
    /// the noun before the comma ("praised Ann Lee, who has vowed"); else the nearest
    /// earlier source.
    fn antecedent_of_who(&self, who: usize, earlier: &[Attribution]) -> Option<Source> {
        let ws = self.ws;
        let noun_at = |k: usize| {
            ws.get(k)
                .is_some_and(|w| w.is_word() && !w.quoted && self.verb_info(k).is_none())
        };
        let head_source = |head: usize| self.classify(self.left_extent(head), head, false);
        let last = earlier.iter().rev().find_map(|a| a.source.clone());
        // A restrictive clause ("voters who say") is read only where the sentence has
        // an earlier source: a bare "those who say" is a description of a group, which
        // the vague-source reading weighs on its own.
        if who >= 1 && noun_at(who - 1) && !PRONOUNS.contains(&ws[who - 1].lower) {
            return last.map(|_| head_source(who - 1));
        }
        let comma = who >= 2 && ws[who - 1].text == "," && noun_at(who - 2);
        if comma {
            let appositive = last.as_ref().is_some_and(|s| {
                ws.iter()
                    .position(|w| w.span.start >= s.span.end)
                    .is_some_and(|k| {
                        k < who - 1
                            && ws[k].text == ","
                            && (k..who).all(|d| !ws[d].quoted && self.verb_info(d).is_none())
                    })
            });
            if !appositive {
                return Some(head_source(who - 2));
            }
        }
        last
    }

    /// The source of a relative clause as written runs to its pronoun: "Ann Lee, who
    /// said ..." is sourced to "Ann Lee, who". An antecedent further back (an earlier
    /// clause's subject) keeps its own span, where its entity is found.
    fn through_relative(&self, source: Source, pronoun: usize) -> Source {
        let ws = self.ws;
        let who = ws[pronoun].span;
        let adjacent = source.span.end <= who.start
            && ws
                .iter()
                .filter(|w| w.span.start >= source.span.end && w.span.end <= who.start)
                .all(|w| w.text == ",");
        if !adjacent {
            return source;
        }
        Source {
            span: Span::new(source.span.start, who.end),
            ..source
        }
    }

    /// A share of those polled ending at `end`: "4 in 10", "one out of five", "47%",
    /// "9 percent", "9 per cent". Returns the share's first word.
    fn share_subject(&self, end: usize) -> Option<usize> {
        let ws = self.ws;
        let count = |k: usize| {
            ws.get(k).is_some_and(|w| {
                !w.quoted && (w.kind == TokenKind::Number || cardinal_value(w.lower).is_some())
            })
        };
        let at = |k: usize, word: &str| ws.get(k).is_some_and(|w| !w.quoted && w.is(word));
        let p = &ws[end];
        if p.text == "%" || at(end, "percent") {
            return (end >= 1 && count(end - 1)).then(|| end - 1);
        }
        if at(end, "cent") && end >= 2 && at(end - 1, "per") && count(end - 2) {
            return Some(end - 2);
        }
        if !count(end) {
            return None;
        }
        if end >= 2 && at(end - 1, "in") && count(end - 2) {
            return Some(end - 2);
        }
        if end >= 3 && at(end - 1, "of") && at(end - 2, "out") && count(end - 3) {
            return Some(end - 3);
        }
        None
    }
}

/// One step of reading a verb's clause: `Break` with the answer (a clause, or none at
/// all), or `Continue` to try the next shape.
type Step = ControlFlow<Option<Attribution>>;

/// A reporting or stance verb at `i..=last` and its clause so far.
struct VerbCue {
    i: usize,
    last: usize,
    lemma: &'static str,
    base: Attribution,
}

impl VerbCue {
    /// Marks the cue words used.
    fn mark(&self, used: &mut [bool]) {
        mark(used, self.i, self.last);
    }

    /// The clause with its source.
    fn with_source(&self, source: Option<Source>) -> Attribution {
        Attribution {
            source,
            ..self.base.clone()
        }
    }
}

/// Marks the words `from..=to` used.
fn mark(used: &mut [bool], from: usize, to: usize) {
    for u in used.iter_mut().take(to + 1).skip(from) {
        *u = true;
    }
}

/// The source of the nearest reporting or stance clause before `at`: the subject a
/// following ", saying …" or "… and said" shares.
fn source_of_clause_before(earlier: &[Attribution], at: usize) -> Option<Source> {
    earlier
        .iter()
        .rev()
        .filter(|a| matches!(a.kind, CueKind::Verb | CueKind::Stance) && a.cue.start < at)
        .find_map(|a| a.source.clone())
}

#[cfg(test)]
mod tests;
