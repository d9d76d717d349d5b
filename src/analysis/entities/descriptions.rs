//! Roles from a definite description that refers back: "Michael Howard unveiled the plan.
//! The Tory leader argued ..." gives Michael Howard the role "Tory leader". Copy names a
//! principal once and then calls them by their job; the job is the role the draft gives
//! them, though it never stands next to the name.
//!
//! Only the safe case is read: a sentence that opens on "The", a role phrase ending in a
//! lower-case role noun, then its verb; the sentence before introduces the person and names
//! no one else, and neither sentence names that role noun for anyone else. The role goes to a person the
//! draft gives no role, as `Entity::described`, never into `roles`: it is inferred, so
//! `title-mismatch` and speaker resolution do not build on it. Anything less clear (two
//! people before, "The chancellor, Ann Lee, said", "the president" also in the sentence
//! before) gives nothing.

use crate::analysis::lexicon::names::{is_function_word, is_role_noun};
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

use super::candidates::strip_possessive;
use super::{Entity, EntityKind, Role};

/// Most words a description may have after "The" ("The Manchester United winger").
const MAX_WORDS: usize = 4;

/// Words that, right after the role noun, show it is not the sentence's subject or that
/// the phrase goes on ("The leader of the party", "The minister and her aide").
const CONTINUES: &[&str] = &[
    "of", "for", "at", "in", "on", "and", "or", "from", "with", "to", "by", "as",
];

/// Gives each role-less person the role a following definite description states.
pub(super) fn carry_described_roles(doc: &Document, entities: &mut [Entity]) {
    for si in 1..doc.sentences.len() {
        let Some((role, head)) = description(doc, si) else {
            continue;
        };
        let prev = doc.sentences[si - 1].span;
        let this = doc.sentences[si].span;
        let before: Vec<usize> = people_in(entities, prev);
        let [id] = before.as_slice() else {
            continue;
        };
        // "The chancellor said Mr Brown ...": the description is someone else.
        let named_here = entities[*id]
            .mentions
            .iter()
            .any(|m| this.contains(m.span.start));
        // A person inside the phrase ("The Smith family"), a name on the role noun, or the
        // role noun already naming someone in the sentence before ("... met the
        // president. The president said").
        let head_span = Span::new(role.span.end - head.len(), role.span.end);
        let covered = entities.iter().any(|e| {
            e.mentions.iter().any(|m| {
                m.span.overlaps(head_span)
                    || (e.kind == EntityKind::Person && m.span.overlaps(role.span))
            })
        });
        let e = &entities[*id];
        // Only right after the introduction: a writer who names someone and then calls
        // them by their job is giving the job; once the person is established ("Mr Roe
        // said ... The home secretary said"), a job alone more often brings in someone new.
        let introduced_before = e
            .introduction()
            .is_some_and(|i| prev.contains(i.start) && not_a_modifier(doc, i));
        if named_here
            || covered
            || !introduced_before
            || said_before(doc, si - 1, &head)
            || !e.roles.is_empty()
            || e.described.is_some()
        {
            continue;
        }
        entities[*id].described = Some(role);
    }
}

/// Prepositions that put a name inside a phrase about something else ("staffers of Ann
/// Roe", "an opinion on Tom Bell").
const PREPOSITIONS: &[&str] = &[
    "of", "with", "to", "on", "for", "from", "by", "at", "about", "against", "in", "over",
];

/// Is the name at `span` its clause's own actor, not a possessive ("Ann Roe's plan") or a
/// preposition's object ("staffers of Ann Roe")? Those name someone the sentence is not
/// about, and the description after them may be anyone.
fn not_a_modifier(doc: &Document, span: Span) -> bool {
    let after = &doc.text[span.end..];
    let possessive = after.starts_with(['\'', '’']);
    let before = doc.text[..span.start].split_whitespace().next_back();
    let object = before.is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()));
    !possessive && !object
}

/// The distinct people with a mention inside `span`.
fn people_in(entities: &[Entity], span: Span) -> Vec<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .filter(|(_, e)| e.mentions.iter().any(|m| span.contains(m.span.start)))
        .map(|(i, _)| i)
        .collect()
}

/// Does sentence `si` use the role noun `head` (any case)?
fn said_before(doc: &Document, si: usize, head: &str) -> bool {
    doc.tokens[doc.sentences[si].tokens.clone()]
        .iter()
        .any(|t| {
            strip_possessive(doc.slice(t.span))
                .0
                .eq_ignore_ascii_case(head)
        })
}

/// "The Tory leader argued": the role phrase after a sentence-opening "The" and its head
/// noun, when a verb (or ", who") follows it.
fn description(doc: &Document, si: usize) -> Option<(Role, String)> {
    let toks = &doc.tokens[doc.sentences[si].tokens.clone()];
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| doc.slice(t.span))
    };
    if word(0)? != "The" {
        return None;
    }
    // The phrase: qualifiers ("Tory", "health", "former"), up to a role noun written in
    // lower case; a second role noun may follow the first ("party leader").
    let mut end = None;
    for i in 1..=MAX_WORDS {
        let Some(w) = word(i) else { break };
        let (stem, possessive) = strip_possessive(w);
        let lower = stem.starts_with(|c: char| c.is_lowercase());
        // ("US" is a name here, not the pronoun.)
        if lower && is_function_word(stem) {
            break;
        }
        if lower && is_role_noun(stem) {
            end = Some(i);
            if possessive {
                break;
            }
            continue;
        }
        if possessive || end.is_some() {
            break;
        }
    }
    let end = end?;
    let head = strip_possessive(word(end)?).0.to_string();
    if !head.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let after = toks.get(end + 1)?;
    let text_after = doc.slice(after.span);
    let verb_follows = match after.kind {
        TokenKind::Word => {
            text_after.starts_with(|c: char| c.is_lowercase()) && !CONTINUES.contains(&text_after)
        }
        TokenKind::Punct => text_after == "," && word(end + 2) == Some("who"),
        TokenKind::Number => false,
    };
    let possessive = strip_possessive(word(end)?).1;
    if !(verb_follows || possessive) {
        return None;
    }
    let span = Span::new(toks[1].span.start, toks[end].span.start + head.len());
    let text = doc
        .slice(span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        Role {
            text,
            span,
            title: None,
        },
        head,
    ))
}
