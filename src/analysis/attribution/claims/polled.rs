//! A poll's shares in the sentence that names the poll: "Wednesday's harbour poll has
//! the mayor ahead by 46 percent to 40 percent", "the mayor leads by 9 points, 42%-33%,
//! in an average of recent polls". The poll is the source of the shares it frames,
//! wherever the sentence names it. A poll's cost or a count beside it ("the poll cost
//! $3m") is no share, and stays the writer's claim.

use super::super::words::W;
use crate::analysis::lexicon::reporting::POLL_HEADS;

/// Whether the claim's focus (its words as written) is a share and the sentence names
/// a poll or survey outside its quotations.
pub(super) fn share_of_a_named_poll(ws: &[W], focus: &str) -> bool {
    let lower = focus.to_lowercase();
    let share = lower.contains('%') || lower.contains("percent") || lower.contains("point");
    share
        && ws
            .iter()
            .any(|w| !w.quoted && POLL_HEADS.contains(&w.lower))
}
