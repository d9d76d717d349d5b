//! Readings of a cue word that make it no verb of saying or stance: "helped found the
//! party" founds it, "advertising plans" are a noun. Each guard is one shape, checked
//! before the clause is read.

use super::super::sentence::SentenceFinder;

impl SentenceFinder<'_, '_> {
    /// Whether the cue word at `i` is read in one of the shapes below, none of which
    /// attributes anything.
    pub(super) fn not_a_cue(&self, i: usize) -> bool {
        self.founds(i) || self.plan_without_infinitive(i)
    }

    /// "helped found the group", "to found a party", "found itself at the centre":
    /// founding something, or finding oneself somewhere, reports no finding.
    fn founds(&self, i: usize) -> bool {
        let ws = self.ws;
        if !ws[i].is("found") {
            return false;
        }
        let establishes = i > 0
            && matches!(
                ws[i - 1].lower,
                "help" | "helps" | "helped" | "helping" | "to"
            );
        let reflexive = ws.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower,
                "itself"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "myself"
                    | "ourselves"
                    | "yourself"
            )
        });
        establishes || reflexive
    }

    /// "She plans to vote", "he planned on running": an intention takes an infinitive
    /// or "on". Without one, "plans" and "planned" are a noun or an adjective ("bold
    /// plans", "a planned launch", "the advertising planned for May").
    fn plan_without_infinitive(&self, i: usize) -> bool {
        let ws = self.ws;
        matches!(ws[i].lower, "plans" | "planned")
            && !ws
                .get(i + 1)
                .is_some_and(|n| !n.quoted && matches!(n.lower, "to" | "on"))
    }
}
