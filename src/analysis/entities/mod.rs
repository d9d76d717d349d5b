//! People and organisations: recognition, aliases and roles as the draft states them.
//!
//! - `candidates`: capitalised name runs in each sentence, classified as person or
//!   organisation by their cues (titles, honorifics, role nouns, organisation heads and
//!   suffixes, gazetteers, given names), with the roles the sentence states.
//! - `link`: joins later references (surname, "Mr Kim", family name first, acronyms,
//!   possessives) to the entity they refer to, keeps ambiguous short forms apart and
//!   records near-miss spellings for `name-mismatch`.
//! - `descriptions`: roles a later definite description gives ("The Tory leader said").

use serde::Serialize;

use super::context::Context;
use super::lexicon::names::is_demonym;
use super::segment::Document;
use super::span::Span;

mod candidates;
mod descriptions;
mod link;
mod near_index;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        }
    }
}

/// Index into `Report::entities`.
pub type EntityId = usize;

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MentionForm {
    /// The full name, as introduced.
    Full,
    /// A shorter form: surname, family name, acronym, "Mr Kim".
    Short,
}

/// One place the draft names the entity. `span` covers the name only: an honorific
/// before it ("Mr") and a possessive after it ("’s") are outside the span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub form: MentionForm,
}

/// A role as the draft states it, where it states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub text: String,
    pub span: Span,
    /// The capitalised formal title standing before the name ("Finance Minister"), when
    /// the role is one; `title-mismatch` compares these.
    pub title: Option<String>,
}

/// What a misspelt reference should have matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VariantOf {
    /// The spelling the draft introduced, at this span.
    Introduction(Span),
    /// The spelling of the desk's knowledge-base entry with this index.
    Knowledge(usize),
}

/// A reference spelled slightly differently from the entity's name ("Peskow" for
/// "Peskov"): it is joined to the entity and reported by `name-mismatch`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingVariant {
    pub span: Span,
    pub written: String,
    pub expected: String,
    pub of: VariantOf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The fullest form the draft uses.
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct role given, in order.
    pub roles: Vec<Role>,
    /// Every mention, in order; the first full-form mention is the introduction.
    pub mentions: Vec<Mention>,
    /// Index into `Context::knowledge` when the desk has verified this entity.
    pub knowledge: Option<usize>,
    /// Short forms that could be this entity or another one of the same name ("Kim"
    /// when the draft names two Kims): they join no one.
    pub ambiguous: Vec<Span>,
    /// References spelled slightly differently from the name.
    pub variants: Vec<SpellingVariant>,
    /// The role a later definite description gives a person the draft gives no role
    /// ("The Tory leader argued" after "Michael Howard unveiled ..."). Inferred, so kept
    /// out of `roles`: `role()` falls back on it, title comparisons do not read it.
    pub described: Option<Role>,
}

impl Entity {
    pub fn new(name: impl Into<String>, kind: EntityKind) -> Self {
        Entity {
            name: name.into(),
            kind,
            roles: Vec::new(),
            mentions: Vec::new(),
            knowledge: None,
            ambiguous: Vec::new(),
            variants: Vec::new(),
            described: None,
        }
    }

    /// Where the draft introduces the entity (its first full-name mention, else its first).
    pub fn introduction(&self) -> Option<Span> {
        self.mentions
            .iter()
            .find(|m| m.form == MentionForm::Full)
            .or(self.mentions.first())
            .map(|m| m.span)
    }

    /// The first role the draft gives, else the role a later description gives. A first
    /// role of one word yields to a later one that states more (see `states_more`).
    pub fn role(&self) -> Option<&str> {
        let first = self.roles.first().or(self.described.as_ref())?;
        let fuller = self.roles.iter().skip(1).find(|r| states_more(first, r));
        Some(fuller.unwrap_or(first).text.as_str())
    }

    /// The mention that covers `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.span.contains(offset))
    }
}

/// Whether `later` says more than a one-word `first` role: the same role with its
/// qualifiers ("leader", then "Liberal Democrat leader"), a nationality followed by any
/// role ("Belgian", then "a former champion"), or a bare title followed by the role the
/// same introduction states after the name ("General Ann Roe, chairman of the Joint
/// Chiefs" is the chairman). A role of two words or more is never replaced.
fn states_more(first: &Role, later: &Role) -> bool {
    let one_word = !first.text.contains(char::is_whitespace);
    if !one_word || !later.text.contains(char::is_whitespace) {
        return false;
    }
    let head = later.text.rsplit(char::is_whitespace).next().unwrap_or("");
    let same_role = head.eq_ignore_ascii_case(&first.text);
    let nationality = is_demonym(&first.text);
    // The title stands right before the name, the appositive right after it.
    let same_introduction = first.title.is_some()
        && later.span.start >= first.span.end
        && later.span.start - first.span.end <= INTRODUCTION_GAP;
    same_role || nationality || same_introduction
}

/// How far after a title the role that follows the same name may start (in bytes): the
/// name and a comma between them ("General Ann Marie Roe-Smith, chairman ...").
const INTRODUCTION_GAP: usize = 48;

/// The entity and mention at a byte offset (for hover, references, rename).
pub fn entity_at(entities: &[Entity], offset: usize) -> Option<(EntityId, &Mention)> {
    entities
        .iter()
        .enumerate()
        .find_map(|(i, e)| e.mention_at(offset).map(|m| (i, m)))
}

/// The entities an ambiguous short form at `offset` could refer to (empty if none).
pub fn ambiguous_at(entities: &[Entity], offset: usize) -> Vec<EntityId> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.ambiguous.iter().any(|s| s.contains(offset)))
        .map(|(i, _)| i)
        .collect()
}

/// Finds the people and organisations of a draft.
pub fn recognize(doc: &Document, ctx: &Context) -> Vec<Entity> {
    let lex = candidates::Lex::new(ctx);
    let cands = candidates::find(doc, &lex);
    let mut entities = link::link(doc, ctx, &lex, cands);
    descriptions::carry_described_roles(doc, &mut entities);
    entities
}

#[cfg(test)]
mod tests;
