//! Figures: numbers that count or measure, with what they measure and who gives them.

use serde::Serialize;

use super::attribution::Attribution;
use super::entities::Entity;
use super::segment::Document;
use super::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub span: Span,
    /// Plain number: 40 for "40%", 3200000000 for "£3.2bn"; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    pub upper: Option<f64>,
    /// Currency or unit: "GBP", "%", "percentage points", "km".
    pub unit: Option<String>,
    pub bound: Bound,
    /// The head noun phrase it measures ("North Korean soldiers").
    pub quantity: Option<String>,
    /// When it applies, if stated ("last year", "in 2004").
    pub time: Option<String>,
    /// Who gives it: an entity's canonical name or the source phrase as written.
    pub source: Option<String>,
    pub sentence: usize,
}

/// Extracts every figure of the draft.
pub fn extract(doc: &Document, entities: &[Entity], attributions: &[Attribution]) -> Vec<Figure> {
    let _ = (doc, entities, attributions);
    Vec::new()
}
