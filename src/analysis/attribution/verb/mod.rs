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
        let a = self.verb_clause(i, earlier, used)?;
        // A title-case headline's capitals hide whether its subject is a name or a
        // group ("Republicans Tweet Prayers"): its verbs are read for named sources only.
        if self.title_case && self.ws[i].capitalised() && a.is_vague() {
            return None;
        }
        Some(a)
    }

    /// `verb`'s reading, before a title-case headline's vague subjects are set aside.
    fn verb_clause(
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
        let mut c = VerbCue {
            i,
            last,
            finite: i,
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
        // "Lee went on to say", "voters are more likely to say": the subject of the
        // verb that governs the infinitive.
        let governing = self.governing_verb(j);
        let j = governing.map_or(j, |k| self.walk_to_subject(k).0);
        c.finite = governing.unwrap_or(i);
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
        // "United States", "Says Who": capitalised mid-sentence is a name, not a verb,
        // except in a title-case headline ("Senator Says Vote Will Pass").
        if w.capitalised() && i > 0 && !self.title_case {
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
        if self.not_a_cue(i) {
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
}

/// One step of reading a verb's clause: `Break` with the answer (a clause, or none at
/// all), or `Continue` to try the next shape.
type Step = ControlFlow<Option<Attribution>>;

/// A reporting or stance verb at `i..=last` and its clause so far.
struct VerbCue {
    i: usize,
    last: usize,
    /// The verb that agrees with the subject: the cue itself, or the word governing
    /// its infinitive ("went" in "went on to say").
    finite: usize,
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

mod guards;
mod plain;
mod punctuation;
mod shapes;
#[cfg(test)]
mod tests;
mod walk;
