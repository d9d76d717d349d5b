//! A cause told with words between its verb and its agent: "Sales have been hit in
//! recent years by the popularity of the diet". The contiguous "hit by" is in the
//! causal phrases; this reads the same claim with a time phrase or adverb between.

use super::super::words::{BE, W};
use crate::analysis::lexicon::claims::HARMED_BY;

/// How many words may stand between the verb and "by" ("hit in recent years by").
const GAP: usize = 4;

/// The index of "by" when word `i` is a passive verb of harm ("have been hit", "was
/// badly hurt") whose agent follows a few words on, with no punctuation between. "hit
/// a record in June" has no "by"; the active "hit the wall by the pier" has its "by"
/// for a place.
pub(super) fn harmed_by(ws: &[W], i: usize) -> Option<usize> {
    if ws[i].quoted || !HARMED_BY.contains(&ws[i].lower) {
        return None;
    }
    let passive = (i.saturating_sub(2)..i).any(|k| BE.contains(&ws[k].lower));
    if !passive {
        return None;
    }
    (i + 2..(i + 2 + GAP).min(ws.len()))
        .take_while(|&k| ws[k - 1].is_word() && !ws[k - 1].quoted)
        .find(|&k| ws[k].is("by") && !ws[k].quoted)
}
