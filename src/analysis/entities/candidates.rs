//! Name runs in each sentence and what they are: a person, an organisation, or nothing
//! (a place, a nationality, a month, a capitalised common word).

use std::collections::HashSet;

use crate::analysis::context::Context;
use crate::analysis::lexicon::english::{is_common_word, is_given_name};
use crate::analysis::lexicon::names::*;
use crate::analysis::lexicon::reporting::reporting_verb;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

use super::{EntityKind, Role};

mod classify;
mod kind;
mod lists;
mod neither;
mod org;
mod org_by_cue;
mod org_cues;
mod person_roles;
mod roles;
mod runs;
mod team_by_match;
mod words;

use classify::*;
use kind::*;
use lists::*;
use neither::*;
use org::*;
use person_roles::*;
use roles::*;
use runs::*;
pub use words::*;

/// Built-in lexicons plus the desk's extensions.
pub struct Lex {
    titles: HashSet<String>,
    org_cues: HashSet<String>,
    not_names: HashSet<String>,
}

impl Lex {
    pub fn new(ctx: &Context) -> Self {
        let lower = |v: &[String]| v.iter().map(|s| s.trim().to_lowercase()).collect();
        Lex {
            titles: lower(&ctx.lexicon.titles),
            org_cues: lower(&ctx.lexicon.organization_cues),
            not_names: lower(&ctx.lexicon.not_names),
        }
    }

    fn title_head(&self, w: &str) -> bool {
        let w = w
            .strip_prefix("ex-")
            .or_else(|| w.strip_prefix("Ex-"))
            .unwrap_or(w);
        is_title_head(w) || self.titles.contains(&w.to_lowercase())
    }

    fn org_head(&self, w: &str) -> bool {
        is_org_head(w) || is_org_suffix(w) || self.org_cues.contains(&w.to_lowercase())
    }

    pub fn not_name(&self, w: &str) -> bool {
        self.not_names.contains(&w.to_lowercase())
    }
}

/// A name found in one sentence, before linking.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The name only (no honorific, title or possessive).
    pub span: Span,
    pub name: String,
    /// The words of the name.
    pub words: Vec<String>,
    pub kind: EntityKind,
    /// Classified by a clear cue (title, honorific, role, organisation head, gazetteer)
    /// rather than by shape alone.
    pub strong: bool,
    pub honorific: bool,
    pub roles: Vec<Role>,
    /// An acronym defined right after the name: "Welsh Local Government Association (WLGA)".
    pub acronym: Option<(String, Span)>,
}

/// Words of a sentence with what the recognizer needs to know about each.
struct Sent<'d> {
    doc: &'d Document,
    /// Global token indices of this sentence.
    toks: Vec<usize>,
}

impl<'d> Sent<'d> {
    /// Token `i`'s text; past the sentence's end, no text. The recognizer looks ahead
    /// ("the Joint Chiefs of …") and a sentence may stop at any word, so a look past the
    /// end reads as "no word there" instead of indexing out of the sentence.
    fn text(&self, i: usize) -> &'d str {
        self.toks
            .get(i)
            .map_or("", |&t| self.doc.slice(self.doc.tokens[t].span))
    }
    fn span(&self, i: usize) -> Span {
        self.doc.tokens[self.toks[i]].span
    }
    /// Whether token `i` is a word (never past the sentence's end).
    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|&t| self.doc.tokens[t].kind == TokenKind::Word)
    }
    fn len(&self) -> usize {
        self.toks.len()
    }
    /// No white space between token `i` and the next.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.len() && self.span(i).end == self.span(i + 1).start
    }
}

/// Finds the candidates of every sentence.
pub fn find(doc: &Document, lex: &Lex) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let s = Sent {
            doc,
            toks: sentence.tokens.clone().collect(),
        };
        let _ = si;
        if s.len() == 0 || all_caps_sentence(&s) {
            continue;
        }
        let start = first_word(&s);
        let mut classified = Vec::new();
        for mut run in runs(&s, lex) {
            // "Tory MPs", "Labour MEPs": a plural abbreviation after a name is a common
            // noun the name qualifies.
            if run.b - run.a >= 2 && plural_acronym(s.text(run.b - 1)) {
                run.b -= 1;
            }
            if ticker(&s, run)
                || dateline(&s, run, start)
                || quoted_alone(&s, run)
                || shouted(&s, run)
                || plural_acronym(s.text(run.a))
            {
                continue;
            }
            let from = out.len();
            classify(&s, lex, run, run.a == start, &mut out);
            push_parties_in_roles(&s, from, &mut out);
            classified.push(Classified {
                run,
                from,
                to: out.len(),
            });
        }
        kinds_from_lists(&s, start, &classified, &mut out);
    }
    out
}
