//! People and organisations: recognition, aliases and roles as the draft states them.

use serde::Serialize;

use super::context::Context;
use super::segment::Document;
use super::span::Span;

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
}

impl Entity {
    /// Where the draft introduces the entity (its first full-name mention, else its first).
    pub fn introduction(&self) -> Option<Span> {
        self.mentions
            .iter()
            .find(|m| m.form == MentionForm::Full)
            .or(self.mentions.first())
            .map(|m| m.span)
    }

    pub fn role(&self) -> Option<&str> {
        self.roles.first().map(|r| r.text.as_str())
    }
}

/// Finds the people and organisations of a draft.
pub fn recognize(doc: &Document, ctx: &Context) -> Vec<Entity> {
    let _ = (doc, ctx);
    Vec::new()
}
