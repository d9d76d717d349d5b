//! Reporting clauses, their sources, the sentences they cover, and the claims that need one.
//!
//! Everything here is rule-based and explainable: a cue (a reporting verb, "according
//! to", an agentless passive, a hedging adverb, a vague-source phrase) anchors a clause;
//! its source is the subject of the verb, the inverted subject (`"...," said X`), the
//! object of "according to"/"citing"/"by", or the cue words themselves when the clause
//! names no one. Sources are classed named, resolved (a pronoun or short reference
//! resolved to a named source nearby) or vague.

pub mod claims;
pub mod fixes;
pub mod index;
mod phrases;
pub mod relations;
mod vague;
mod words;

use super::context::Context;
use super::entities::{Entity, EntityId, EntityKind};
use super::lexicon::reporting;
use super::lexicon::vague as vague_lexicon;
use super::markup::BlockKind;
use super::memo::Memo;
use super::quotes::Quote;
use super::segment::{Document, TokenKind};
use super::span::{Span, SpanSet};
use crate::analysis::lexicon::calendar::is_calendar_word;
use phrases::PhraseTable;
use words::{
    sentence_words, ADVERBS, AUXILIARIES, BE, CLAUSE_BOUNDARIES, CLOSE_QUOTES, DETERMINERS,
    PRONOUNS, W,
};

pub use claims::claims;
pub use relations::{relations, Relation, RelationKind};

#[derive(Debug, Clone, PartialEq)]
pub enum SourceClass {
    /// A named person or organisation, or a specific identifiable body.
    Named,
    /// A pronoun or short reference resolved to a named source.
    Resolved { to: String },
    /// Anonymous or generic.
    Vague,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub span: Span,
    pub text: String,
    pub class: SourceClass,
    pub entity: Option<EntityId>,
}

/// What kind of words make the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: "said", "told reporters", "have suggested".
    Verb,
    /// "according to X".
    AccordingTo,
    /// "citing X".
    Citing,
    /// A reporting participle with an agent: "as reported by X".
    Agent,
    /// A hedging adverb: "reportedly", "allegedly".
    Adverb,
    /// An agentless passive: "it is understood", "is expected to".
    Agentless,
    /// A vague-source phrase standing alone: "market expectations", "there are fears".
    Phrase,
    /// A verb of stance or intention: "critics called it reckless", "the union wants a
    /// vote". It attributes a view, but is no sourcing of a fact.
    Stance,
}

/// A reporting clause: "officials said", "according to Tass", "reportedly".
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The reporting cue (verb, phrase or adverb).
    pub cue: Span,
    /// The cue carries a judgement ("claimed", "admitted", "insisted").
    pub judgement: bool,
    pub source: Option<Source>,
    /// The sentence the clause is in.
    pub sentence: usize,
    /// Every sentence the clause covers, its own included.
    pub covers: Vec<usize>,
    pub kind: CueKind,
}

/// A sentence that makes a checkable claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub sentence: usize,
    pub span: Span,
    /// What made it a claim, in words an editor reads ("states a figure: 12,000").
    pub reason: String,
    /// Index into `Report::attributions` of a clause covering it.
    pub attribution: Option<usize>,
}

impl Attribution {
    pub fn is_vague(&self) -> bool {
        self.source
            .as_ref()
            .is_some_and(|s| s.class == SourceClass::Vague)
    }
}

/// True for headlines and title lines: Markdown headings, and in plain text a one-line
/// first paragraph or any short paragraph without closing punctuation.
pub fn is_headline(doc: &Document, sentence: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence) else {
        return false;
    };
    let Some(p) = doc.paragraphs.get(s.paragraph) else {
        return false;
    };
    if p.kind == BlockKind::Heading {
        return true;
    }
    if p.sentences.len() != 1 {
        return false;
    }
    let text = doc.slice(p.span).trim_end();
    let last = text.chars().next_back();
    let closed = last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | ':'));
    let words = doc.sentence_tokens(sentence).len();
    (!closed && words <= 20) || (s.paragraph == 0 && !text.contains(". ") && words <= 14 && !closed)
}

/// The draft's first paragraph as a single sentence: a title, even when it ends in a
/// full stop ("Harbour Board: Tolls Will End in June.").
fn is_title_line(doc: &Document, sentence: usize) -> bool {
    doc.sentences.get(sentence).is_some_and(|s| {
        s.paragraph == 0
            && doc
                .paragraphs
                .first()
                .is_some_and(|p| p.sentences.len() == 1)
    })
}

/// The quotation interiors attribution should treat as quoted.
pub fn quoted_spans(doc: &Document, quotes: &[Quote]) -> SpanSet {
    SpanSet::new(if quotes.is_empty() {
        words::fallback_quotes(doc)
    } else {
        quotes.iter().map(|q| q.inner).collect()
    })
}

/// Finds reporting clauses and their sources. `quoted`: the quotation interiors
/// (`quoted_spans`).
pub fn find(
    doc: &Document,
    entities: &[Entity],
    quoted: &SpanSet,
    ctx: &Context,
    memo: &mut Memo,
) -> Vec<Attribution> {
    let ext_verbs: Vec<String> = ctx
        .lexicon
        .reporting_verbs
        .iter()
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect();
    let ext_vague = vague::desk_phrases(ctx);
    let vague_phrases = vague::phrase_table(&ext_vague);
    let mut out: Vec<Attribution> = Vec::new();
    for s in 0..doc.sentences.len() {
        let headline = is_headline(doc, s);
        if headline || is_title_line(doc, s) {
            let ws = sentence_words(doc, s, quoted);
            let finder = SentenceFinder {
                ws: &ws,
                sentence: s,
                ext_verbs: &ext_verbs,
                vague_phrases: &vague_phrases,
            };
            if let Some(a) = finder.headline_colon() {
                out.push(a);
                continue;
            }
            if headline {
                continue;
            }
        }
        out.extend(memo.clauses(s, || {
            let ws = sentence_words(doc, s, quoted);
            SentenceFinder {
                ws: &ws,
                sentence: s,
                ext_verbs: &ext_verbs,
                vague_phrases: &vague_phrases,
            }
            .find()
        }));
    }
    resolve(doc, entities, &mut out);
    cover(doc, quoted, &mut out);
    out
}

struct SentenceFinder<'a, 't> {
    ws: &'a [W<'t>],
    sentence: usize,
    ext_verbs: &'a [String],
    vague_phrases: &'a PhraseTable<'a>,
}

fn span_of(ws: &[W], a: usize, b: usize) -> Span {
    Span::new(ws[a].span.start, ws[b].span.end)
}

/// Does `phrase` (space-separated words) match the words at `i`? Returns the last index.
fn match_phrase(ws: &[W], i: usize, phrase: &str) -> Option<usize> {
    let mut j = i;
    let mut last = None;
    for part in phrase.split_whitespace() {
        // Possessive parts ("analysts'") may be split into word + apostrophe.
        let w = ws.get(j)?;
        if w.quoted {
            return None;
        }
        let lw = w.lower;
        if same_word(lw, part) {
            last = Some(j);
            j += 1;
        } else if let Some(stem) = part.strip_suffix('\'') {
            if same_word(lw, stem)
                && ws
                    .get(j + 1)
                    .is_some_and(|n| n.text == "'" || n.text == "’")
            {
                last = Some(j + 1);
                j += 2;
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    last
}

/// `lower` equals `part` once its curly apostrophes are read as straight ones.
fn same_word(lower: &str, part: &str) -> bool {
    lower
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .eq(part.chars())
}

/// Reporting-verb forms that are also common nouns or adjectives ("the report", "a
/// claim", "state media"): these need a subject-like word right before them.
const NOUNY: &[&str] = &[
    "report",
    "reports",
    "state",
    "states",
    "comment",
    "comments",
    "answer",
    "answers",
    "post",
    "posts",
    "claim",
    "claims",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "reply",
    "replies",
    "remark",
    "remarks",
    "tweet",
    "tweets",
    "note",
    "notes",
    "demand",
    "demands",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "protest",
    "protests",
    "counter",
    "vow",
    "vows",
    "fear",
    "fears",
    "hint",
    "hints",
    "call",
    "calls",
    "question",
    "questions",
    "dispute",
    "disputes",
    "find",
    "finds",
    "brief",
    "briefs",
    "joke",
    "jokes",
    "lament",
    "boast",
    "boasts",
    "mention",
    "mentions",
    "recall",
    "recalls",
    "caution",
    "cite",
    "warning",
    "complaint",
    "concern",
    "respond",
    "reject",
    "dismiss",
    "deny",
    "confirm",
    "admit",
    "agree",
    "add",
    "say",
    "tell",
    "write",
    "ask",
    "reveal",
    "explain",
    "urge",
    "expect",
    "believe",
    "think",
    "warn",
    "predict",
    "suggest",
    "insist",
    "argue",
    "accept",
    "feel",
    "see",
    "view",
    "regard",
    "worry",
    "wonder",
    "show",
    "shows",
    "hails",
];

const NP_PREPS: &[&str] = &["of", "for", "from", "at"];

impl SentenceFinder<'_, '_> {
    fn find(&self) -> Vec<Attribution> {
        let ws = self.ws;
        let mut out: Vec<Attribution> = Vec::new();
        let mut used = vec![false; ws.len()];
        let mut i = 0;
        while i < ws.len() {
            if ws[i].quoted || !ws[i].is_word() || used[i] {
                i += 1;
                continue;
            }
            if let Some(a) = self
                .according_to(i, &mut used)
                .or_else(|| self.citing(i, &mut used))
                .or_else(|| self.occasion(i, &mut used))
                .or_else(|| self.adverb(i, &mut used))
                .or_else(|| self.agentless(i, &mut used))
                .or_else(|| self.mood(i, &mut used))
                .or_else(|| self.reported_figure(i, &mut used))
                .or_else(|| self.widely(i, &mut used))
            {
                out.push(a);
            }
            i += 1;
        }
        for i in 0..ws.len() {
            if ws[i].quoted || !ws[i].is_word() || used[i] {
                continue;
            }
            if let Some(a) = self.verb(i, &out, &mut used) {
                out.push(a);
            }
        }
        self.standalone_phrases(&mut out, &mut used);
        out.sort_by_key(|a| a.cue.start);
        out
    }

    fn text(&self, a: usize, b: usize) -> String {
        let ws = self.ws;
        // Rebuild from token texts with the original spacing between them.
        let mut s = String::new();
        for k in a..=b {
            if k > a && ws[k].span.start > ws[k - 1].span.end {
                s.push(' ');
            }
            s.push_str(ws[k].text);
        }
        s
    }

    fn according_to(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !(ws[i].is("according") && ws.get(i + 1).is_some_and(|w| w.is("to"))) {
            return None;
        }
        used[i] = true;
        used[i + 1] = true;
        let source = self.forward_np(i + 2).map(|(a, b)| {
            for u in used.iter_mut().take(b + 1).skip(a) {
                *u = true;
            }
            self.classify(a, b, true)
        });
        Some(Attribution {
            cue: span_of(ws, i, i + 1),
            judgement: false,
            source,
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::AccordingTo,
        })
    }

    fn citing(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("citing") {
            return None;
        }
        used[i] = true;
        let source = self.forward_np(i + 1).map(|(a, b)| {
            for u in used.iter_mut().take(b + 1).skip(a) {
                *u = true;
            }
            self.classify(a, b, true)
        });
        Some(Attribution {
            cue: ws[i].span,
            judgement: false,
            source,
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Citing,
        })
    }

    /// "In a poll released on Monday, ...", "in an interview with the BBC, ...": the
    /// document or occasion is the source of what the sentence goes on to say.
    fn occasion(&self, i: usize, used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if !ws[i].is("in") {
            return None;
        }
        let first = ws.get(i + 1)?;
        if !(matches!(
            first.lower,
            "a" | "an" | "the" | "its" | "his" | "her" | "their"
        ) || first.lower.ends_with("'s")
            || first.lower.ends_with("’s"))
        {
            return None;
        }
        // The head within a few words, with no verb or clause boundary before it.
        let head = (i + 2..(i + 9).min(ws.len()))
            .take_while(|&k| {
                let w = &ws[k];
                !w.quoted
                    && (w.is_word()
                        || w.text == "/"
                        || w.text == "-"
                        || w.kind == TokenKind::Number)
                    && !CLAUSE_BOUNDARIES.contains(&w.lower)
                    && self
                        .verb_info(k)
                        .is_none_or(|_| reporting::SOURCE_OCCASIONS.contains(&w.lower))
            })
            .find(|&k| reporting::SOURCE_OCCASIONS.contains(&ws[k].lower))?;
        // A figure or a fact follows: "in a poll, 50 percent ..." — not "in the report's
        // third chapter" (a possessive head) nor "the flaw in the report" (mid-phrase).
        let after = ws.get(head + 1);
        if after.is_some_and(|n| n.lower.ends_with("'s") || n.lower.ends_with("’s")) {
            return None;
        }
        // Mid-sentence only a poll's or survey's figures ("had 38 percent in a Fox
        // poll"): "the flaw in the report" is a phrase about the report, not from it.
        let poll = reporting::POLL_HEADS.contains(&ws[head].lower);
        if i > 0 && !ws[i - 1].is_punct(&[',', ';', '—', '–', '-']) && !poll {
            return None;
        }
        for u in used.iter_mut().take(head + 1).skip(i) {
            *u = true;
        }
        Some(Attribution {
            cue: ws[i].span,
            judgement: false,
            source: Some(self.classify(i + 1, head, true)),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::AccordingTo,
        })
    }

    fn verb_info(&self, i: usize) -> Option<(reporting::VerbInfo, usize)> {
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
    fn cue_info(&self, i: usize) -> Option<(reporting::VerbInfo, usize)> {
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
        reporting::stance_verb(ws[i].lower).map(|lemma| (stance(lemma), i))
    }

    fn verb(&self, i: usize, earlier: &[Attribution], used: &mut [bool]) -> Option<Attribution> {
        let ws = self.ws;
        if let Some(a) = self.opinion(i) {
            used[i] = true;
            return Some(a);
        }
        let (info, last) = self.cue_info(i)?;
        let w = &ws[i];
        // "United States", "Says Who": capitalised mid-sentence is a name, not a verb.
        if w.capitalised() && i > 0 {
            return None;
        }
        if i > 0 {
            let prev = &ws[i - 1];
            if DETERMINERS.contains(&prev.lower)
                || prev.lower.ends_with("'s")
                || prev.lower.ends_with("’s")
                || matches!(prev.lower, "than" | "as" | "of")
            {
                return None;
            }
        }
        let next = ws.get(last + 1);
        // A noun followed by a reporting verb is the subject ("media reports said").
        if next.is_some_and(|n| {
            !n.quoted && self.verb_info(last + 1).is_some() && NOUNY.contains(&w.lower)
        }) {
            return None;
        }
        let cue = span_of(ws, i, last);
        let kind = if reporting::is_stance_lemma(info.lemma) {
            CueKind::Stance
        } else {
            CueKind::Verb
        };
        let base = Attribution {
            cue,
            judgement: info.judgement,
            source: None,
            sentence: self.sentence,
            covers: Vec::new(),
            kind,
        };
        let mark = |used: &mut [bool]| {
            for u in used.iter_mut().take(last + 1).skip(i) {
                *u = true;
            }
        };
        // Passive with an agent: "as reported by X", "was announced by X".
        if next.is_some_and(|n| n.is("by"))
            && (w.lower.ends_with("ed") || w.lower.ends_with('n') || w.is("told") || w.is("said"))
        {
            let np = self.forward_np(last + 2)?;
            mark(used);
            for u in used.iter_mut().take(np.1 + 1).skip(np.0) {
                *u = true;
            }
            return Some(Attribution {
                source: Some(self.classify(np.0, np.1, true)),
                kind: CueKind::Agent,
                ..base
            });
        }
        // Sentence-initial participle: "Asked whether ..., Kellner said" / "Responding to
        // ..., X expressed": the source is the subject after the first comma.
        if i == 0 && (w.lower.ends_with("ing") || w.is("asked")) {
            let comma = (i + 1..ws.len()).find(|&k| ws[k].text == "," && !ws[k].quoted)?;
            let np = self.forward_np(comma + 1)?;
            if !ws.get(np.1 + 1).is_some_and(|n| n.is_word()) {
                return None;
            }
            mark(used);
            return Some(Attribution {
                source: Some(self.classify(np.0, np.1, true)),
                ..base
            });
        }
        // Walk left over auxiliaries and adverbs to the subject.
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
            break;
        }
        if saw_be && !w.lower.ends_with("ing") {
            passive = true;
        }
        if passive {
            return None;
        }
        if w.lower.ends_with("ing") && j >= 0 && ws[j as usize].text == "," {
            // ", saying ...": the source is the subject of the clause before.
            mark(used);
            let source = earlier
                .iter()
                .rev()
                .filter(|a| {
                    matches!(a.kind, CueKind::Verb | CueKind::Stance) && a.cue.start < w.span.start
                })
                .find_map(|a| a.source.clone())
                .or_else(|| {
                    self.forward_np(0).and_then(|(a, b)| {
                        (a == 0 && ws[a].capitalised() && !CLAUSE_BOUNDARIES.contains(&ws[a].lower))
                            .then(|| self.classify(a, b, true))
                    })
                });
            return Some(Attribution { source, ..base });
        }
        if j < 0 {
            // `Said Ruth Ellis, who lives nearby, "..."`: inverted at the sentence start.
            let (a, b) = self.name_np(last + 1).filter(|_| i == 0 && w.is("said"))?;
            if !(ws[a].capitalised() || matches!(ws[a].lower, "the" | "a" | "an" | "another")) {
                return None;
            }
            mark(used);
            return Some(Attribution {
                source: Some(self.classify(a, b, true)),
                ..base
            });
        }
        let ju = j as usize;
        let p = &ws[ju];
        if matches!(p.lower, "and" | "but" | "or") {
            // "X acknowledged the concerns but asserted ...": the same subject.
            let source = earlier
                .iter()
                .rev()
                .filter(|a| {
                    matches!(a.kind, CueKind::Verb | CueKind::Stance) && a.cue.start < w.span.start
                })
                .find_map(|a| a.source.clone())
                .or_else(|| {
                    // "Sen. Lee toured the plant and said ...": the sentence's subject. Only
                    // for plain speech: in "Hanoi is a critic and has accused Beijing" the
                    // first clause is the writer's own claim, which "accused" must not vouch.
                    if !matches!(info.lemma, "say" | "tell" | "add") {
                        return None;
                    }
                    self.opening_subject_of_verb(ju)
                        .map(|(a, b)| self.classify(a, b, true))
                })?;
            mark(used);
            return Some(Attribution {
                source: Some(source),
                ..base
            });
        }
        // "the provider PayPoint, which said ...": the source is the head before the comma.
        if p.is("which") && ju >= 2 && ws[ju - 1].text == "," && ws[ju - 2].is_word() {
            let head = ju - 2;
            mark(used);
            return Some(Attribution {
                source: Some(self.classify(self.left_extent(head), head, false)),
                ..base
            });
        }
        // "4 in 10 said": a share of those polled is the subject of "said".
        let poll_share = p.kind == TokenKind::Number
            && info.lemma == "say"
            && ju >= 2
            && ws[ju - 1].is("in")
            && ws[ju - 2].kind == TokenKind::Number;
        if poll_share {
            mark(used);
            return Some(Attribution {
                source: Some(self.classify(ju - 2, ju, false)),
                ..base
            });
        }
        if matches!(p.lower, "which" | "that")
            || p.kind == TokenKind::Number
            || (p.is_word()
                && (DETERMINERS.contains(&p.lower) || CLAUSE_BOUNDARIES.contains(&p.lower)))
        {
            return None;
        }
        if !p.is_word() || p.quoted {
            // Inverted: `"...," said X.` / `..., said Mr Brown.`
            if let Some((a, b)) = self.name_np(last + 1) {
                let after = ws.get(b + 1);
                let ends = after.is_none_or(|n| {
                    matches!(n.text, "," | "." | ";" | ":" | "!" | "?") || n.is_punct(CLOSE_QUOTES)
                });
                if !ends {
                    // `..., said a source close to the talks.`
                    if let Some((src, e)) = self.inverted_post_modified(a) {
                        mark(used);
                        for u in used.iter_mut().take(e + 1).skip(a) {
                            *u = true;
                        }
                        return Some(Attribution {
                            source: Some(src),
                            ..base
                        });
                    }
                }
                // Right after a quotation, "said" + a noun phrase is the speaker however
                // the phrase goes on: `"...," said a neighbour of the mayor who ...`.
                let after_quote = p.quoted
                    || p.is_punct(CLOSE_QUOTES)
                    || (p.text == "," && ju > 0 && ws[ju - 1].is_punct(CLOSE_QUOTES));
                let named_start =
                    ws[a].capitalised() || ws[a].is("the") || PRONOUNS.contains(&ws[a].lower);
                let opens = named_start || matches!(ws[a].lower, "a" | "an" | "another" | "one");
                let src = self.classify(a, b, true);
                // `..., said several observers.`: a lower-case subject only when vague.
                if (ends && (named_start || src.class == SourceClass::Vague))
                    || ((ends || (after_quote && w.is("said"))) && opens)
                {
                    mark(used);
                    for u in used.iter_mut().take(b + 1).skip(a) {
                        *u = true;
                    }
                    return Some(Attribution {
                        source: Some(src),
                        ..base
                    });
                }
            }
            // Apposition: "X, currently visiting Seoul, characterised ..." / "X - keen to
            // reassure investors - had said".
            let dash = |t: &str| matches!(t, "-" | "—" | "–");
            if (p.text == "," || dash(p.text)) && !p.quoted {
                let closer = p.text;
                let prev_comma = (0..ju).rev().find(|&k| {
                    ws[k].text == closer || (dash(closer) && dash(ws[k].text)) || ws[k].quoted
                });
                if let Some(pc) = prev_comma {
                    if !ws[pc].quoted && pc > 0 && ws[pc - 1].is_word() && !ws[pc - 1].quoted {
                        let head = pc - 1;
                        let start = self.left_extent(head);
                        mark(used);
                        return Some(Attribution {
                            source: Some(self.classify(start, head, false)),
                            ..base
                        });
                    }
                }
            }
            // A name opening the sentence with several appositions: "Ann Lee, 21, a
            // student from Reno, said ...".
            if p.text == "," {
                if let Some((a, b)) = self.opening_subject(ju) {
                    mark(used);
                    return Some(Attribution {
                        source: Some(self.classify(a, b, false)),
                        ..base
                    });
                }
            }
            return None;
        }
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
        mark(used);
        let start = self.left_extent(ju);
        if p.is("who") {
            let source = earlier
                .iter()
                .rev()
                .find_map(|a| a.source.clone())
                .or_else(|| {
                    (ju >= 2 && ws[ju - 1].text == "," && ws[ju - 2].is_word()).then(|| {
                        let head = ju - 2;
                        self.classify(self.left_extent(head), head, false)
                    })
                })?;
            return Some(Attribution {
                source: Some(source),
                ..base
            });
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
        Some(Attribution {
            source: Some(source),
            ..base
        })
    }

    /// A headline's `Name: what they said` ("Harbour Board: Tolls Will End in June"): a
    /// short run of capitalised words before the colon is the speaker, the words after
    /// it the content. Only in headlines, where the colon stands for "says".
    fn headline_colon(&self) -> Option<Attribution> {
        let ws = self.ws;
        let colon = (1..ws.len().min(8)).find(|&k| ws[k].text == ":")?;
        let name = (0..colon).all(|k| {
            let w = &ws[k];
            !w.quoted
                && (w.capitalised()
                    || (k > 0 && matches!(w.text, "." | "-" | "&"))
                    || (k > 0 && k + 1 < colon && w.is("of")))
        });
        // Not a label ("The Latest", "EXCLUSIVE", "Just Leaked"), nor a headline of its
        // own ("Clinton Wades In", "Fiorina Endorses Cruz", "Monday's Morning Email").
        let label = (0..colon).any(|k| {
            let w = &ws[k];
            let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
            reporting::HEADLINE_KICKERS.contains(&w.lower)
                || (letters >= 4 && !w.text.chars().any(|c| c.is_lowercase()))
                || (w.lower.ends_with("ed") && letters > 4)
                || CLAUSE_BOUNDARIES.contains(&w.lower)
                || w.is("for")
                || is_calendar_word(w.lower)
                || self.cue_info(k).is_some()
        });
        let said = ws[colon + 1..].iter().filter(|w| w.is_word()).count();
        if !name || label || said < 3 || DETERMINERS.contains(&ws[0].lower) {
            return None;
        }
        Some(Attribution {
            cue: ws[colon].span,
            judgement: false,
            source: Some(self.classify(0, colon - 1, true)),
            sentence: self.sentence,
            covers: Vec::new(),
            kind: CueKind::Verb,
        })
    }

    /// The "(" that opens the parenthesis closed at `close`, a few words back.
    fn paren_open(&self, close: usize) -> Option<usize> {
        let ws = self.ws;
        (close.saturating_sub(8)..close)
            .rev()
            .take_while(|&k| !ws[k].quoted && ws[k].text != ")")
            .find(|&k| ws[k].text == "(")
            .filter(|&k| k > 0 && ws[k - 1].is_word())
    }

    /// `forward_np` carried across a short title's full stop: "Sen. Maria Lopez",
    /// "Rep. Hank Lee", "Mr. Brennan".
    fn name_np(&self, k: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, mut b) = self.forward_np(k)?;
        while ws.get(b + 1).is_some_and(|d| d.text == ".")
            && ws[b].capitalised()
            && ws[b].text.chars().count() <= 4
            && ws.get(b + 2).is_some_and(|n| n.capitalised() && !n.quoted)
        {
            match self.forward_np(b + 2) {
                Some((_, e)) => b = e,
                None => break,
            }
        }
        Some((a, b))
    }

    /// A name opening the sentence (capitalised, possibly titled, possibly followed by a
    /// party label), if the words from it up to `end` hold no other verb: the subject of
    /// a verb further on.
    fn opening_subject_of_verb(&self, end: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, b) = self.name_np(0)?;
        let first = &ws[a];
        if !first.capitalised()
            || CLAUSE_BOUNDARIES.contains(&first.lower)
            || is_calendar_word(first.lower)
            || PRONOUNS.contains(&first.lower) && first.lower != "he" && first.lower != "she"
            || b >= end
        {
            return None;
        }
        // The name is its run of capitalised words (a phrase may run on into a verb:
        // "Ines Barlow toured"), so "The plan" is no one.
        let b = (a..=b)
            .take_while(|&k| ws[k].capitalised() || matches!(ws[k].text, "." | "-"))
            .last()?;
        (!DETERMINERS.contains(&first.lower) && ws[b].capitalised()).then_some((a, b))
    }

    /// `Name, apposition, apposition, <verb>`: the name opening the sentence, when the
    /// stretch up to the comma at `comma` (just before the verb) is appositions only —
    /// no quotation and no reporting verb of its own.
    fn opening_subject(&self, comma: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let (a, b) = self.opening_subject_of_verb(comma)?;
        let mut next = b + 1;
        if ws.get(next).is_some_and(|n| n.text == "(") {
            next = (next..comma).find(|&k| ws[k].text == ")")? + 1;
        }
        if ws.get(next).is_none_or(|n| n.text != ",") || next >= comma {
            return None;
        }
        let clean = (next..comma)
            .all(|k| !ws[k].quoted && !ws[k].is_punct(CLOSE_QUOTES) && self.verb_info(k).is_none());
        clean.then_some((a, b))
    }

    /// Can the word at `k` be the subject of a verb that is also a noun?
    fn subject_like(&self, k: usize) -> bool {
        let w = &self.ws[k];
        let l = w.lower;
        PRONOUNS.contains(&l)
            || DATA_HEADS.contains(&l)
            || shows_evidence(w)
            || vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l)
            || vague_lexicon::is_plural_head(l)
            || (w.capitalised() && k > 0)
            || (w.capitalised() && k == 0 && !DETERMINERS.contains(&l))
            || (l.ends_with('s')
                && !l.ends_with("ss")
                && !w.capitalised()
                && k > 0
                && !self.ws[k - 1].is_punct(&[',', ':', ';']))
    }

    /// Leftmost token of the subject noun phrase ending at `head`.
    fn left_extent(&self, head: usize) -> usize {
        let ws = self.ws;
        let mut k = head;
        while k > 0 && head - k < 10 {
            let p = &ws[k - 1];
            if p.quoted || !(p.is_word() || p.kind == TokenKind::Number || p.text == "&") {
                break;
            }
            let l = p.lower;
            if CLAUSE_BOUNDARIES.contains(&l) && !NP_PREPS.contains(&l) {
                // "and" joins two sources only between capitalised words or vague heads.
                if l == "and"
                    && (ws[k].capitalised() || vague_lexicon::is_head_modifier(ws[k].lower))
                    && k >= 2
                    && (ws[k - 2].capitalised() || vague_lexicon::is_plural_head(ws[k - 2].lower))
                {
                    k -= 1;
                    continue;
                }
                break;
            }
            if PRONOUNS.contains(&l)
                || AUXILIARIES.contains(&l)
                || BE.contains(&l)
                || self.verb_info(k - 1).is_some() && !p.capitalised()
            {
                break;
            }
            k -= 1;
        }
        // Drop leading sentence connectives ("But", "Yet", "Later").
        while k < head
            && (matches!(
                ws[k].lower,
                "but"
                    | "yet"
                    | "and"
                    | "so"
                    | "however"
                    | "meanwhile"
                    | "still"
                    | "later"
                    | "earlier"
                    | "separately"
            ) || is_calendar_word(ws[k].lower)
                || ws[k].lower == "the")
        {
            k += 1;
        }
        k
    }

    /// A noun phrase starting at `k`: determiners, modifiers, capitalised words,
    /// possessives, one lower-case head, and "of/for/from/at" + a capitalised name.
    fn forward_np(&self, k: usize) -> Option<(usize, usize)> {
        let ws = self.ws;
        let mut end: Option<usize> = None;
        let mut head_taken = false;
        let mut j = k;
        while j < ws.len() && j - k < 14 {
            let w = &ws[j];
            if w.quoted || !(w.is_word() || w.kind == TokenKind::Number) {
                if w.text == "&" && end.is_some() {
                    j += 1;
                    continue;
                }
                break;
            }
            let l = w.lower;
            let possessive = l.ends_with("'s") || l.ends_with("’s");
            if w.capitalised()
                || DETERMINERS.contains(&l)
                || possessive
                || (vague_lexicon::is_head_modifier(l) && l != "and")
                || w.kind == TokenKind::Number
            {
                if (PRONOUNS.contains(&l) && l != "it") || CLAUSE_BOUNDARIES.contains(&l) {
                    if end.is_none() && PRONOUNS.contains(&l) {
                        return Some((k, j));
                    }
                    break;
                }
                if head_taken && !w.capitalised() {
                    break;
                }
                end = Some(j);
                j += 1;
                continue;
            }
            if NP_PREPS.contains(&l) && end.is_some() {
                let n = ws.get(j + 1);
                if n.is_some_and(|n| n.capitalised() || n.is("the")) {
                    j += 1;
                    continue;
                }
                break;
            }
            if PRONOUNS.contains(&l) && end.is_none() {
                return Some((j, j));
            }
            if end.is_none()
                && (vague_lexicon::is_plural_head(l)
                    || vague_lexicon::ACCORDING_TO_VAGUE.contains(&l))
            {
                end = Some(j);
                head_taken = true;
                j += 1;
                continue;
            }
            let plain_word = !CLAUSE_BOUNDARIES.contains(&l)
                && !l.ends_with("ing")
                && !l.ends_with("ly")
                && self.verb_info(j).is_none()
                && !BE.contains(&l)
                && !AUXILIARIES.contains(&l);
            // A compound role before a name: "ministry spokesperson Lin Jian".
            let name_follows = (j + 1..(j + 3).min(ws.len())).any(|k| ws[k].capitalised())
                && (j + 1..(j + 3).min(ws.len()))
                    .take_while(|&k| !ws[k].capitalised())
                    .all(|k| ws[k].is_word() && !ws[k].quoted);
            // A compound whose last word is a vague head: "exit polls", "campaign
            // officials".
            if head_taken
                && end == Some(j - 1)
                && vague_lexicon::is_plural_head(l)
                && (k..j).all(|d| !ws[d].capitalised())
            {
                end = Some(j);
                j += 1;
                continue;
            }
            if head_taken && plain_word && end == Some(j - 1) && name_follows {
                end = Some(j);
                j += 1;
                continue;
            }
            if !head_taken && plain_word && (end.is_none() || end == Some(j - 1)) {
                end = Some(j);
                head_taken = true;
                j += 1;
                continue;
            }
            break;
        }
        end.map(|e| (k, e))
    }
}

/// Byte length of a source's head, before any "from/of/at/for" complement.
fn head_len(text: &str) -> usize {
    [" from ", " of ", " at ", " for ", ", "]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
        .unwrap_or(text.len())
}

/// Words that refer back to a person or to an organisation.
const PERSON_REFS: &[&str] = &[
    "he",
    "she",
    "minister",
    "chancellor",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chief",
    "secretary",
    "official",
    "executive",
    "director",
    "leader",
    "governor",
    "mayor",
    "judge",
];
const ORG_REFS: &[&str] = &[
    "it",
    "company",
    "firm",
    "airline",
    "group",
    "bank",
    "government",
    "ministry",
    "agency",
    "department",
    "office",
    "party",
    "council",
    "union",
    "carrier",
    "business",
    "network",
    "court",
    "board",
    "committee",
    "club",
    "which",
];

/// Every entity mention sorted by position, so that looking up the mentions near a
/// source does not scan the whole cast: a scan per source made long drafts quadratic.
struct MentionIndex {
    /// `(span, entity)`, ordered by start, then entity, then mention order.
    mentions: Vec<(Span, EntityId)>,
    longest: usize,
}

impl MentionIndex {
    fn new(entities: &[Entity]) -> Self {
        let mut mentions: Vec<(Span, EntityId)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (m.span, id)))
            .collect();
        // Stable: equal starts keep entity order, then mention order.
        mentions.sort_by_key(|&(span, id)| (span.start, id));
        let longest = mentions.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
        MentionIndex { mentions, longest }
    }

    /// The entity mentioned last inside (or around) `src` and ending by `head_end`; a
    /// person wins a tie with an organisation ("Kremlin spokesperson Dmitry Peskov").
    fn last_inside<'e>(
        &self,
        entities: &'e [Entity],
        src: Span,
        head_end: usize,
    ) -> Option<(EntityId, &'e Entity)> {
        // A mention inside `src` or containing it starts within `longest` bytes of it.
        let from = self
            .mentions
            .partition_point(|(s, _)| s.start < src.start.saturating_sub(self.longest));
        let mut last_end: Vec<(EntityId, usize)> = Vec::new();
        for &(m, id) in self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start <= src.end)
        {
            if (src.contains_span(m) || m.contains_span(src)) && m.end <= head_end {
                match last_end.iter_mut().find(|(e, _)| *e == id) {
                    Some((_, end)) => *end = (*end).max(m.end),
                    None => last_end.push((id, m.end)),
                }
            }
        }
        // In entity order, the last of the best wins, as `max_by_key` over the cast did.
        last_end.sort_by_key(|&(id, _)| id);
        last_end
            .into_iter()
            .filter_map(|(id, end)| entities.get(id).map(|e| (end, id, e)))
            .max_by_key(|(end, _, e)| (*end, e.kind == EntityKind::Person))
            .map(|(_, id, e)| (id, e))
    }

    /// The latest mention (of an entity of kind `want`, if given) that ends before
    /// `offset`, in paragraph `para` or the one before; on a tie, the first entity.
    fn nearest_before(
        &self,
        doc: &Document,
        entities: &[Entity],
        offset: usize,
        para: usize,
        want: Option<EntityKind>,
    ) -> Option<(usize, EntityId)> {
        // Mentions before the paragraph before this one are out of reach.
        let reach = if para >= 2 {
            doc.paragraphs.get(para - 1).map_or(0, |p| p.span.start)
        } else {
            0
        };
        let fits = |&(m, id): &(Span, EntityId)| {
            m.end <= offset
                && entities
                    .get(id)
                    .is_some_and(|e| want.is_none_or(|k| k == e.kind))
                && doc.paragraph_at(m.start).unwrap_or(0) + 1 >= para
        };
        let upto = self.mentions.partition_point(|(m, _)| m.start < offset);
        let candidates = &self.mentions[..upto];
        let (last, _) = candidates
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, (m, _))| m.start >= reach)
            .find(|(_, c)| fits(c))?;
        let start = candidates[last].0.start;
        // Among mentions at that same start, the first entity in cast order.
        candidates[..=last]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start == start)
            .filter(|c| fits(c))
            .last()
            .map(|&(m, id)| (m.start, id))
    }
}

/// Links sources to entities and resolves pronouns and short references.
fn resolve(doc: &Document, entities: &[Entity], atts: &mut [Attribution]) {
    let index = MentionIndex::new(entities);
    for i in 0..atts.len() {
        let Some(src) = atts[i].source.clone() else {
            continue;
        };
        // Only the head counts: "Moon Seong-mok from the Korea National Strategy
        // Institute" is Moon, not the institute.
        let head = &src.text[..head_len(&src.text)];
        let head_is_name = head
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= 2;
        let head_end = if head_is_name {
            src.span.start + head.len()
        } else {
            src.span.end
        };
        // The entity mentioned last inside the source span: the head of "Kremlin
        // spokesperson Dmitry Peskov" is Peskov, not the Kremlin.
        let hit = index.last_inside(entities, src.span, head_end);
        if let Some((id, e)) = hit {
            if let Some(s) = atts[i].source.as_mut() {
                s.entity = Some(id);
                if let SourceClass::Resolved { to } = &mut s.class {
                    *to = e.name.clone();
                }
            }
            if !matches!(src.class, SourceClass::Resolved { .. }) {
                continue;
            }
        }
        let SourceClass::Resolved { to } = &src.class else {
            continue;
        };
        if !to.is_empty() {
            continue;
        }
        let lower = src.text.to_lowercase();
        let last = lower.split_whitespace().last().unwrap_or("").to_string();
        let want = if PERSON_REFS.contains(&last.as_str()) {
            Some(EntityKind::Person)
        } else if ORG_REFS.contains(&last.as_str()) {
            Some(EntityKind::Organization)
        } else {
            None
        };
        let para = doc
            .sentences
            .get(atts[i].sentence)
            .map(|s| s.paragraph)
            .unwrap_or(0);
        // Nearest entity mention before the source, in this paragraph or the one before.
        let best = index.nearest_before(doc, entities, src.span.start, para, want);
        // The nearest earlier source in reach that fits (a speaker is the likeliest
        // antecedent of "he said"), else the nearest fitting entity mention.
        let from_sources = atts[..i].iter().rev().find_map(|a| {
            let s = a.source.as_ref()?;
            let ap = doc
                .sentences
                .get(a.sentence)
                .map(|s| s.paragraph)
                .unwrap_or(0);
            if ap + 1 < para {
                return None;
            }
            let kind_ok = |e: Option<EntityId>| {
                want.is_none_or(|k| e.and_then(|e| entities.get(e)).is_none_or(|e| e.kind == k))
            };
            let named = |e: Option<EntityId>, text: &str| {
                e.and_then(|e| entities.get(e))
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| text[..head_len(text)].to_string())
            };
            match &s.class {
                SourceClass::Named if kind_ok(s.entity) => {
                    Some((named(s.entity, &s.text), s.entity))
                }
                SourceClass::Resolved { to } if !to.is_empty() && kind_ok(s.entity) => {
                    Some((named(s.entity, to), s.entity))
                }
                SourceClass::Vague if lower == "they" => Some((s.text.clone(), None)),
                _ => None,
            }
        });
        let resolved =
            from_sources.or_else(|| best.map(|(_, id)| (entities[id].name.clone(), Some(id))));
        if let Some((name, entity)) = resolved {
            if let Some(s) = atts[i].source.as_mut() {
                s.class = SourceClass::Resolved { to: name };
                s.entity = entity;
            }
        }
    }
}

/// Fills `covers`: the clause's own sentence, and the later sentences of a quotation
/// that opens in it (or, after a colon, in the next paragraph).
fn cover(doc: &Document, quoted: &SpanSet, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let mut covers = vec![a.sentence];
        let Some(sent) = doc.sentences.get(a.sentence) else {
            a.covers = covers;
            continue;
        };
        let ends_colon = doc.slice(sent.span).trim_end().ends_with(':');
        // Only a quotation opening in this sentence, or at the very start of the next
        // paragraph after a colon, can be covered.
        let reach = match doc.paragraphs.get(sent.paragraph + 1) {
            Some(p) if ends_colon => p.span.start + 4,
            _ => sent.span.end,
        };
        for q in quoted.starting_within(sent.span.start, reach.max(sent.span.end)) {
            let opens_here =
                sent.span.contains(q.start.saturating_sub(1)) || sent.span.contains(q.start);
            let next_para = ends_colon
                && doc.paragraph_at(q.start) == Some(sent.paragraph + 1)
                && doc
                    .paragraphs
                    .get(sent.paragraph + 1)
                    .is_some_and(|p| p.span.start + 4 > q.start);
            if opens_here || next_para {
                let first = doc.sentences.partition_point(|s| s.span.end <= q.start);
                for (k, s) in doc.sentences.iter().enumerate().skip(first) {
                    if s.span.start >= q.end {
                        break;
                    }
                    if k > a.sentence && s.span.overlaps(*q) && !covers.contains(&k) {
                        covers.push(k);
                    }
                }
            }
        }
        // A statistics release covers the rest of its paragraph: "Figures showed ...
        // The number waiting also fell ...".
        let data = match a.kind {
            CueKind::Verb => a.source.as_ref().is_some_and(|s| {
                let last = s.text[..head_len(&s.text)].to_lowercase();
                let last = last.split_whitespace().last().unwrap_or("");
                DATA_HEADS.contains(&last)
            }),
            // "According to a Texas Tribune poll out Thursday, ...", "In the survey, ...":
            // a paragraph that opens on its poll goes on with the poll's figures. A poll
            // named mid-paragraph ("his worst showing in the survey") covers its sentence.
            CueKind::AccordingTo => {
                let opens = doc
                    .slice(Span::new(sent.span.start, a.cue.start.max(sent.span.start)))
                    .trim()
                    .is_empty();
                let first_in_paragraph = doc
                    .paragraphs
                    .get(sent.paragraph)
                    .is_some_and(|p| p.sentences.start == a.sentence);
                let poll = names_a_poll(object_of_cue(doc, a.cue, sent.span));
                let according = doc.slice(a.cue).eq_ignore_ascii_case("according to");
                first_in_paragraph && poll && (opens || according)
            }
            _ => false,
        };
        if data {
            if let Some(p) = doc.paragraphs.get(sent.paragraph) {
                for k in p.sentences.clone() {
                    if k > a.sentence && !covers.contains(&k) {
                        covers.push(k);
                    }
                }
            }
        }
        a.covers = covers;
    }
}

/// The words after a cue up to the next comma or the sentence's end: the object of
/// "according to" or "in" as written ("an online University of Texas/Texas Tribune poll
/// out Thursday"), whose head the source's noun phrase may stop short of.
fn object_of_cue(doc: &Document, cue: Span, sentence: Span) -> &str {
    let rest = doc.slice(Span::new(cue.end.min(sentence.end), sentence.end));
    rest.split([',', ';', ':']).next().unwrap_or("")
}

/// Whether a source's words name a poll or survey ("an online University of Texas poll
/// out Thursday", "the latest CNN/ORC survey").
fn names_a_poll(source: &str) -> bool {
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| reporting::POLL_HEADS.contains(&w.to_lowercase().as_str()))
}

/// A record or recording that shows what it holds: "FEC reports show", "the footage
/// showed" (`reporting::EVIDENCE_NOUNS`).
fn shows_evidence(w: &W) -> bool {
    reporting::EVIDENCE_NOUNS.contains(&w.lower)
}

/// Sources that are published data rather than people.
const DATA_HEADS: &[&str] = &[
    "figures",
    "polls",
    "surveys",
    "statistics",
    "data",
    "survey",
    "poll",
    "study",
    "census",
    "numbers",
    "results",
    "papers",
    "documents",
    "records",
    "accounts",
    "filings",
    "research",
];

#[cfg(test)]
mod tests;
