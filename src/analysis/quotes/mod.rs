//! Quotations and who speaks them.
//!
//! Finding quotations: straight (") and curly (“ ”) double quotes are paired within a
//! paragraph by which side of the mark the words are on. A quote left open at the end of a
//! paragraph continues when the next paragraph opens with a quotation mark again (the
//! newspaper convention for long quotes); left open otherwise, it ends at the last sentence
//! before the next reporting clause. Single quotes count as quotation marks only in
//! headlines (British style: Guantanamo man 'suing government') and in drafts that use no
//! double quotes at all; apostrophes (Korea’s, '90s, rock 'n' roll) never do. Titles of
//! works ("The Late Show") and short scare-quoted words that nobody is said to have said
//! are not quotations.
//!
//! Finding speakers, most specific first: a reporting clause around the quotation in its
//! own sentence (`"...," X said.` / `"...," said X.` / `X said: "..."` / `X told the BBC:
//! "..."` / `X ... asserted that ... "..."` / `X called it "..."`), a speech noun (`X's
//! insistence that ... "..."`), `according to X`; then the previous sentence of the same
//! paragraph when the quotation has no clause of its own, the previous paragraph's quote
//! when this one continues it, and, for a headline, the lead sentence's attribution.
//! Pronouns ("he said") go to the most recent person who was the subject of a reporting
//! clause; "the company"/"a spokesman" to the most recent organisation. When a recognised
//! entity overlaps the speaker phrase, the speaker is that entity.
//!
//! The method, one file per step: `marks` pairs quotation marks into quotations;
//! `tokens` and `phrases` read words and subject noun phrases; `cues` finds the
//! reporting clauses of each sentence, `subjects` the subject written before each verb;
//! `resolve` turns a subject phrase into a speaker (names, pronouns), `descriptions` a
//! common-noun one (stand-ins, roles, documents); `sieve` tries the ways a quotation can
//! be attributed in order, most specific first; `filter` drops titles of works and scare
//! quotes.

mod appositive;
mod cues;
mod descriptions;
mod filter;
mod marks;
mod neighbours;
mod opening;
mod phrases;
mod resolve;
mod sieve;
mod subjects;
#[cfg(test)]
mod tests;
mod tokens;

use std::collections::{HashMap, HashSet};

use super::entities::{Entity, EntityId, EntityKind};
use super::lexicon::reporting::{is_listener_lemma, reporting_verb};
use super::markup::BlockKind;
use super::segment::{Document, TokenKind};
use super::span::Span;

use super::lexicon::quotes::*;
use marks::{is_quote_char, pair_quotes, RawQuote};

pub use filter::credited_in_copy;

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The entity's canonical name where known, else the source phrase as written.
    pub name: String,
    pub entity: Option<EntityId>,
    /// Where the draft names the speaker for this quotation (the pronoun, if resolved).
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quotation including its marks.
    pub span: Span,
    /// The quoted words only.
    pub inner: Span,
    pub speaker: Option<Speaker>,
}

/// Finds every quotation in the draft and its speaker.
pub fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let raws = pair_quotes(doc);
    if raws.is_empty() {
        return Vec::new();
    }
    Analyzer::new(doc, entities, &raws).run()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Unknown,
}

/// A resolved subject of a reporting clause.
#[derive(Debug, Clone)]
struct Subj {
    name: String,
    span: Span,
    entity: Option<EntityId>,
    kind: Kind,
    gender: Gender,
    /// A name, not a common phrase standing in for one.
    named: bool,
}

impl Subj {
    /// The same person under another form of the name ("Ms Ruiz", "Ana Ruiz")?
    fn same_person(&self, other: &Subj) -> bool {
        let last = |s: &Subj| s.name.rsplit(' ').next().map(str::to_string);
        (self.entity.is_some() && self.entity == other.entity) || last(self) == last(other)
    }

    fn speaker(&self) -> Speaker {
        Speaker {
            name: self.name.clone(),
            entity: self.entity,
            span: Some(self.span),
        }
    }
}

/// A subject noun phrase as parsed, before resolution.
#[derive(Debug, Clone)]
enum NpKind {
    /// Tokens `[start, end)` of the name (titles stripped).
    Name(usize, usize),
    Pronoun(usize),
    /// A common noun phrase; `head` is its last word, lower-cased.
    Common {
        head: String,
    },
}

#[derive(Debug, Clone)]
struct Np {
    start: usize,
    /// One past the last token of the phrase's head part.
    end: usize,
    kind: NpKind,
}

/// A reporting verb in a sentence, with the subject it was given.
#[derive(Debug, Clone)]
struct Verb {
    tok: usize,
    subject: Option<Subj>,
    /// In a relative clause ("Mr Kim, who insists ..., said"): not a clause of its own.
    relative: bool,
    /// The subject came from a fallback (the name just before the verb, the sentence's
    /// opening name), not from the clause's own structure: enough for a quotation, not
    /// to make a two-word scare quote a quotation.
    weak: bool,
}

struct Analyzer<'a> {
    doc: &'a Document,
    text: &'a str,
    entities: &'a [Entity],
    /// Every entity mention, sorted by start, for overlap look-ups.
    mention_index: Vec<(Span, EntityId)>,
    longest_mention: usize,
    raws: &'a [RawQuote],
    /// Per document token: inside a quotation (marks included).
    in_quote: Vec<bool>,
    /// Per document token: is it a closing quotation mark.
    quote_close: Vec<bool>,
    /// Capitalised words seen away from the start of a sentence.
    mid_caps: HashSet<String>,
    /// Words seen in lower case.
    lower_words: HashSet<String>,
    /// Surname → gender learned from "Mr"/"Ms" forms.
    genders: HashMap<String, Gender>,
    /// Last words of names already known to be people.
    person_words: HashSet<String>,
    /// Subjects of reporting clauses so far, in order.
    recent: Vec<(usize, Subj)>,
    /// Last words of the names of the people in `recent` (kept with it, so asking
    /// "was this name a speaker already?" does not rescan the draft so far).
    recent_person_surnames: HashSet<String>,
    /// Sentence-initial names so far (fallback antecedents for pronouns).
    mentions: Vec<(usize, Subj)>,
    /// Per sentence: the token of its first "according to" outside quotation marks,
    /// found once (looking for it at every quotation made a long sentence quadratic).
    according_at: Vec<Option<usize>>,
    /// Per sentence: its speech nouns ("statement") outside quotation marks, in order,
    /// so `speech_noun` looks at these instead of every token before each quotation.
    speech_nouns_at: Vec<Vec<usize>>,
}

fn honorific(w: &str) -> Option<Gender> {
    let bare = w.trim_end_matches('.');
    HONORIFICS.iter().find(|(h, _)| *h == bare).map(|&(_, g)| g)
}

fn is_title(w: &str) -> bool {
    let w = strip_possessive(w);
    if w.chars().next().is_some_and(char::is_uppercase)
        && PERSON_HEADS.contains(&w.to_lowercase().as_str())
    {
        return true;
    }
    TITLES.contains(&w)
        || (w.contains('-') && w.split('-').all(|p| TITLES.contains(&p) || p == "General"))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// "The Late Show", "Married ... with Children": every longer word capitalised.
fn is_title_case(words: &[&str]) -> bool {
    let alpha: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if alpha.len() < 2 {
        return false;
    }
    let first_cap = alpha[0].chars().next().is_some_and(char::is_uppercase);
    first_cap
        && alpha
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && alpha
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= 2
}
