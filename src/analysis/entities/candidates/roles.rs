//! Roles before and after a name: titles, lower-case role nouns, appositives, "X, the Y
//! of Z", "Z's Y, X", owners' possessives and "Its Y".

use super::*;

mod after;
mod before;
mod cues;
mod its;

pub(super) use after::*;
pub(super) use before::*;
pub(super) use cues::*;
pub(super) use its::*;

/// A role whose text is the words at `span` as the draft writes them (line breaks
/// folded), with no formal title: the shape every role reader produces.
fn role_as_written(s: &Sent, span: Span) -> Role {
    Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    }
}
