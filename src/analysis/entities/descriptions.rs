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
use crate::analysis::segment::{Document, Token, TokenKind};
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

/// Most sentences naming no one that may stand between the person and the description
/// ("Ann Lee unveiled the plan. In a speech, she said ... The mayor added").
const MAX_GAP: usize = 2;

/// Gives each role-less person the role a following definite description states.
pub(super) fn carry_described_roles(doc: &Document, entities: &mut [Entity]) {
    let unexplained = RolelessPeople::of(entities);
    let quoted = opens_inside_a_quote(doc);
    for (si, &quoted) in quoted.iter().enumerate().skip(1) {
        let Some((role, head)) = description(doc, si, quoted) else {
            continue;
        };
        let Some(pi) = antecedent_sentence(doc, entities, si) else {
            continue;
        };
        let prev = doc.sentences[pi].span;
        let this = doc.sentences[si].span;
        let before: Vec<usize> = actors_in(doc, entities, prev);
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
        // said ... The home secretary said"), a job alone more often brings in someone new,
        // unless sentences in between kept them as the subject by pronoun ("Mr Roe said
        // ... He argued ... The home secretary added").
        let introduced_before = e
            .introduction()
            .is_some_and(|i| prev.contains(i.start) && not_a_modifier(doc, i));
        // ... and no one else named earlier is left without a role the job could be theirs
        // ("Blair met Brown ... Mr Blair said ... he said. The chancellor is in Africa").
        let kept_by_pronoun = pi + 1 < si
            && (pi + 1..si).all(|s| has_personal_pronoun(doc, s))
            && !unexplained.other_before(*id, this.start);
        if named_here
            || covered
            || !(introduced_before || kept_by_pronoun)
            || (pi..si).any(|s| said_before(doc, s, &head))
            || !e.roles.is_empty()
            || e.described.is_some()
        {
            continue;
        }
        entities[*id].described = Some(role);
    }
}

/// The nearest sentence before `si` that names a person, when at most `MAX_GAP` sentences
/// naming no one stand between (they go on about the same person: "he", a quote).
fn antecedent_sentence(doc: &Document, entities: &[Entity], si: usize) -> Option<usize> {
    (si.saturating_sub(MAX_GAP + 1)..si)
        .rev()
        .find(|&s| !people_in(entities, doc.sentences[s].span).is_empty())
}

/// The people the draft gives no role, by where they are first named: a job said of
/// someone established may be theirs.
struct RolelessPeople {
    /// First-mention starts, sorted.
    starts: Vec<usize>,
    /// Each entity's first-mention start, when it is one of them.
    first_of: Vec<Option<usize>>,
}

impl RolelessPeople {
    fn of(entities: &[Entity]) -> Self {
        let first_of: Vec<Option<usize>> = entities
            .iter()
            .map(|e| {
                let roleless = e.kind == EntityKind::Person && e.roles.is_empty();
                roleless
                    .then(|| e.mentions.iter().map(|m| m.span.start).min())
                    .flatten()
            })
            .collect();
        let mut starts: Vec<usize> = first_of.iter().flatten().copied().collect();
        starts.sort_unstable();
        RolelessPeople { starts, first_of }
    }

    /// Is someone other than `id` among them named before `at`?
    fn other_before(&self, id: usize, at: usize) -> bool {
        let before = self.starts.partition_point(|&start| start < at);
        let own = self.first_of[id].is_some_and(|start| start < at);
        before > usize::from(own)
    }
}

/// For each sentence, does it open inside a quotation its paragraph opened before it?
/// One pass over the text: straight quotes by parity, curly ones by opening and closing.
fn opens_inside_a_quote(doc: &Document) -> Vec<bool> {
    let mut quoted = Vec::with_capacity(doc.sentences.len());
    let mut paragraph = usize::MAX;
    let (mut open, mut at) = (false, 0);
    for sentence in &doc.sentences {
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            open = false;
            at = sentence.span.start;
        }
        let start = sentence.span.start.max(at);
        for c in doc.text[at..start].chars() {
            match c {
                '"' => open = !open,
                '“' => open = true,
                '”' => open = false,
                _ => {}
            }
        }
        at = start;
        quoted.push(open);
    }
    quoted
}

/// Does sentence `si` carry "he" or "she" (any case)?
fn has_personal_pronoun(doc: &Document, si: usize) -> bool {
    doc.tokens[doc.sentences[si].tokens.clone()]
        .iter()
        .any(|t| matches!(doc.slice(t.span), "he" | "He" | "she" | "She"))
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
    // Only on the name's own line: a headline or caption above is no phrase it is in.
    let line = doc.text[..span.start].rsplit('\n').next().unwrap_or("");
    let before = line.split_whitespace().next_back();
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

/// The distinct people named inside `span` as a clause's actor: one named only in a
/// possessive or after a preposition ("over President Roe's plan") is not who a later
/// description is about, so does not make the sentence ambiguous.
fn actors_in(doc: &Document, entities: &[Entity], span: Span) -> Vec<usize> {
    people_in(entities, span)
        .into_iter()
        .filter(|&i| {
            entities[i]
                .mentions
                .iter()
                .any(|m| span.contains(m.span.start) && not_a_modifier(doc, m.span))
        })
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

/// "The Tory leader argued": the role phrase after a sentence-opening "The" outside a
/// quotation (or a "the"
/// right after a quote: "... listen," the prime minister said) and its head noun, when a
/// verb (or ", who") follows it.
fn description(doc: &Document, si: usize, quoted: bool) -> Option<(Role, String)> {
    let toks = &doc.tokens[doc.sentences[si].tokens.clone()];
    // Inside a quotation the job is the speaker's word for someone, often not the person
    // the writer named last ("[Lee] must act. The president has given her ..."); the
    // attribution after the quote is the writer's again.
    let opening = toks
        .first()
        .filter(|t| !quoted && doc.slice(t.span) == "The");
    opening
        .and_then(|_| phrase_at(doc, toks, 0))
        .or_else(|| phrase_at(doc, toks, after_a_quote(doc, toks)?))
}

/// The role phrase after the "the" at `the` and its head noun, when a verb follows.
fn phrase_at(doc: &Document, toks: &[Token], the: usize) -> Option<(Role, String)> {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| doc.slice(t.span))
    };
    // The phrase: qualifiers ("Tory", "health", "former"), up to a role noun written in
    // lower case; a second role noun may follow the first ("party leader").
    let mut end = None;
    for i in the + 1..=the + MAX_WORDS {
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
    let span = Span::new(toks[the + 1].span.start, toks[end].span.start + head.len());
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

/// Closing quote marks.
const CLOSING_QUOTES: &[&str] = &["\"", "”", "'", "’"];

/// The index of a "the" that opens the attribution right after a quote ("... listen,"
/// the prime minister said): a comma and a closing quote just before it, in either order.
fn after_a_quote(doc: &Document, toks: &[Token]) -> Option<usize> {
    let text = |i: usize| doc.slice(toks[i].span);
    (2..toks.len()).find(|&i| {
        let pair = (text(i - 2), text(i - 1));
        text(i) == "the"
            && ((pair.0 == "," && CLOSING_QUOTES.contains(&pair.1))
                || (CLOSING_QUOTES.contains(&pair.0) && pair.1 == ","))
    })
}
