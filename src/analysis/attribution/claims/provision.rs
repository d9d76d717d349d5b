//! What a law, a rule or a plan lays down: "Under state law, candidates trailing by less
//! than 0.5 percent may ask for a recount", "A new rule will require workers earning up
//! to $47,476 to be paid overtime", "Her plan includes free tuition". The provision is a
//! published text, and its thresholds and sums are what it says, not the writer's
//! claims (AP style sources them to the law or the plan named). A plan's effect told
//! as a forecast ("the plan would close 40 depots") is still the writer's claim.

use super::super::words::W;
use crate::analysis::lexicon::claims::{PROVISIONS, PROVISION_VERBS};
use crate::analysis::segment::TokenKind;

/// How many words after "Under" may come before the provision noun ("Under the new
/// federal overtime regulation").
const UNDER_REACH: usize = 7;

/// How many words may stand between the provision and its verb ("the law now also
/// requires", "a new rule will require").
const VERB_GAP: usize = 3;

/// Whether the sentence, outside its quotations, tells what a provision lays down.
pub(super) fn lays_down(ws: &[W]) -> bool {
    under_a_provision(ws) || ws.iter().enumerate().any(|(i, w)| provision_sets(ws, i, w))
}

/// "Under Missouri law, ...", "Under the agreement, ...": the sentence opens on "Under"
/// and names the provision before its first comma. "Under pressure, ..." and "under
/// the bridge" name none.
fn under_a_provision(ws: &[W]) -> bool {
    let Some(first) = ws.iter().position(|w| w.kind == TokenKind::Word) else {
        return false;
    };
    ws[first].is("under")
        && !ws[first].quoted
        && ws[first + 1..(first + 1 + UNDER_REACH).min(ws.len())]
            .iter()
            .take_while(|n| n.text != ",")
            .any(|n| !n.quoted && PROVISIONS.contains(&n.lower))
}

/// "the law requires", "a new rule will require", "Her plan includes", "the treaty
/// calls for": a provision noun with a verb of laying down a few words after it, with
/// no comma between. "calls" and "provides" lay down only with "for" after them.
fn provision_sets(ws: &[W], i: usize, w: &W) -> bool {
    if w.quoted || !PROVISIONS.contains(&w.lower) {
        return false;
    }
    ws[i + 1..(i + 2 + VERB_GAP).min(ws.len())]
        .iter()
        .enumerate()
        .take_while(|(_, n)| n.is_word() && !n.quoted)
        .any(|(k, n)| {
            let needs_for = matches!(n.lower, "calls" | "call" | "provides" | "provide");
            let for_after = ws.get(i + 2 + k).is_some_and(|f| f.is("for"));
            PROVISION_VERBS.contains(&n.lower) && (!needs_for || for_after)
        })
}
