//! What one analysis of a draft found: its structure, cast, quotes, sources, figures and
//! the findings the rules raised. The server and the CLI only read this.

use serde::Serialize;

use super::attribution::{Attribution, Claim, Relation};
use super::entities::Entity;
use super::figures::Figure;
use super::quotes::Quote;
use super::rules::RuleCode;
use super::segment::Document;
use super::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Information,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Information => "information",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "hint" => Some(Severity::Hint),
            "information" | "info" => Some(Severity::Information),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Another place in the draft that a finding involves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// One replacement of `span` in the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// `text` with `edits` applied, last first so earlier spans stay valid: how the tests
/// see a fix's result.
#[cfg(test)]
pub(crate) fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut edits = edits.to_vec();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut out = text.to_string();
    for e in edits {
        out.replace_range(e.span.start..e.span.end, &e.replacement);
    }
    out
}

/// A quick-fix: a titled set of edits that, applied together, resolve the finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    /// The one fix an editor may apply without asking ("fix all").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub preferred: bool,
}

/// A diagnostic raised by a rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: RuleCode,
    pub severity: Severity,
    pub message: String,
    /// Everything the finding is about (a claim's whole sentence).
    pub span: Span,
    /// The words to underline when narrower than `span` (the claim's figure), as the
    /// LSP's `selectionRange` is to a symbol's `range`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Span>,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

impl Finding {
    /// Where editors and the terminal underline the finding.
    pub fn underline(&self) -> Span {
        self.focus.unwrap_or(self.span)
    }
}

/// Everything `analyze` learned about one draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub document: Document,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    /// Every attributed statement: cue, source and content (`attribution::relations`).
    pub relations: Vec<Relation>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub findings: Vec<Finding>,
}
