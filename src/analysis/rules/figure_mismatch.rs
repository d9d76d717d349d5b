//! `figure-mismatch` — the same quantity given different values in one draft.
//!
//! **What it flags.** A figure whose value cannot be true together with another figure the
//! draft gives for the same quantity, taking bound words into account: "approximately
//! 1,500 North Korean soldiers" and "as many as 12,000 North Korean soldiers" disagree;
//! "about 1,500 soldiers" and "1,520 soldiers" do not, nor do "more than 3,000
//! businesses" and "more than 90,000 businesses". The finding sits on the first figure
//! that disagrees with an earlier one; related information points at every other figure
//! for that quantity, with its source. It is a warning, or information when both
//! figures come from different named sources (then the draft may rightly report two
//! claims, but should say so). The message says when the digits look transposed
//! ("1,140" / "1,410") or differ by one digit. Quick-fix: "Use <value> (as in paragraph
//! N)", only when one value is the draft's evident statement of record (the one with a
//! named source when only one has one, else the first); with two different named sources
//! there is no edit and the finding names both places.
//!
//! **Why an editor cares.** A number restated differently is the commonest factual slip
//! a desk catches: one of the two is wrong, or the copy needs to say whose figure each is.
//!
//! **Conservative.** Figures are the same quantity only when their quantity phrases
//! match and are specific, their units and roles match (a level is not a change, a
//! "from" value is not a "to" value), they are in different sentences, and no stated time
//! or place tells them apart. Two statements of one person's time in a role ("her five
//! years as minister", "has been doing the job for six years") are compared too.
//! A one-noun count is compared only when both are stated for the same explicit time
//! and under the same measured condition ("1,942 patients waited more than 12 hours in
//! October" … "In total, 2,140 patients waited more than 12 hours in October"). Two
//! counts of people killed (a "death toll", "at least 34 people were killed") are one
//! toll unless a time, place, subject, subgroup ("of those") or revision ("earlier put
//! at") tells them apart; "soldiers killed" and "people killed" are not compared.
//! A one-noun count stated for the same explicit time with no other event verb is
//! compared ("1,140 births in 2025" … "1,410 births in 2025"), and so is a sentence
//! restated with only its number changed (same words either side of the number, same
//! names, same other figures), whatever its noun; a range restated so disagrees when an
//! end changed, though the two overlap. Births / babies and jobs / posts are
//! one quantity, and so are people / residents in such a restated sentence; "nationally", "in Houston", "of those", "in the first half" keep
//! figures apart. A count one named source plays down with "only" ("only 20 large
//! firms") against another named source's larger count of the same things is one
//! disputed count (see `compare::disputed_count`).
//!
//! **Counts against the things counted** (see `figures::listed`). A plain count ("seven
//! countries", an exact whole number of a plural noun) and the list the draft gives of
//! the same things disagree when the list names another number of them: a list set off
//! beside the count by a colon, dash or bracket ("arrests in seven countries: Spain,
//! France, … and Austria" naming eight), or a longer list of places elsewhere for the
//! same event ("arrested suspects in Spain, France, … and Austria" … "the arrests in
//! seven nations"). A list opened by "including" or "such as", closed by "and others",
//! or that a comma or a word like "as well as" or "plus" may continue is never counted, and a list elsewhere that names fewer
//! than the count may name only some, so it is silent. There is no edit: only the writer
//! knows whether the count or the list is short.
//!
//! Fires: "Approximately 1,500 North Korean soldiers have arrived. … As many as 12,000
//! North Korean soldiers may be deployed."
//! Does not fire: "The plant employs 1,500 workers in Leeds. … It employs 12,000 workers
//! in Ohio." (different places), nor "Profit rose to £5m this year. … Profit was £4m last
//! year." (different times). Fires: "Talks involved three nations: Chile, Peru, Bolivia
//! and Ecuador." Does not fire: "Talks involved four nations, including Chile and Peru."

mod describe;
mod finding;
mod fix;
mod listed_count;
#[cfg(test)]
mod tests;

use super::RuleInput;
use crate::analysis::figures::compare::{contradict, same_quantity_pairs};
use crate::analysis::figures::listed::listed_counts;
use crate::analysis::report::Finding;
use finding::finding;
use listed_count::count_finding;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let figs = &input.report.figures;
    let n = figs.len();
    // Group figures of one quantity (union of same-quantity pairs).
    let mut group: Vec<usize> = (0..n).collect();
    fn root(g: &mut [usize], mut i: usize) -> usize {
        while g[i] != i {
            g[i] = g[g[i]];
            i = g[i];
        }
        i
    }
    let pairs = same_quantity_pairs(figs);
    for &(i, j) in &pairs {
        let (a, b) = (root(&mut group, i), root(&mut group, j));
        if a != b {
            group[b] = a;
        }
    }
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    for k in 0..n {
        let r = root(&mut group, k);
        members_of[r].push(k);
    }
    // The first figure that disagrees with an earlier one of its group, per group.
    let mut flagged: Vec<Option<(usize, usize)>> = vec![None; n];
    for &(a, b) in &pairs {
        if contradict(&figs[a], &figs[b]) {
            let slot = &mut flagged[root(&mut group, a)];
            if slot.is_none_or(|(fa, fb)| (b, a) < (fb, fa)) {
                *slot = Some((a, b));
            }
        }
    }
    let mut findings = Vec::new();
    let mut done = vec![false; n];
    for i in 0..n {
        let r = root(&mut group, i);
        if done[r] {
            continue;
        }
        done[r] = true;
        if let Some((a, b)) = flagged[r] {
            findings.push(finding(input, &members_of[r], a, b));
        }
    }
    let counts = listed_counts(&input.report.document, figs);
    findings.extend(counts.iter().map(|l| count_finding(input, l)));
    findings
}
