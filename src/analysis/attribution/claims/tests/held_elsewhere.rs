//! Claims someone other than the writer stands behind: a view or a proposal held in the
//! sentence, a block a colon introduces, a poll's shares where the poll is named. Each
//! test gives the pattern and its near misses.

use super::{fires, quiet, LEAD};
use crate::analysis::rules::unattributed_claim::tests::flagged;

#[test]
fn a_view_someone_holds_is_theirs_not_the_writers() {
    quiet(&[
        "The ferry company projects that the new levy would raise $75m a year.",
        "The harbour master recognizes that thousands of berths still stand empty.",
        "The union is worried that the closure could cost 400 jobs.",
        "The owners expressed concern that 2,000 passengers would switch to the bridge.",
        "The operator claims its fleet carried more than 9m passengers last year.",
        "Ms Okafor knew it could cost the port 3,000 jobs.",
        "The local paper is reporting that 45 boats were damaged in the storm.",
        "Port officials are expecting a record 40,000 passengers this summer.",
        "The operator is forecasting growth of 5% as a result of the new berth.",
    ]);
    // The same figures stated by the writer, or after a "that" of fact or purpose, fire.
    fires(&[
        "The new levy would raise $75m a year for the ferry company.",
        "The fact that 2,000 passengers switched to the bridge hurt the ferry company.",
        "The pier was rebuilt so that 400 boats could moor at once.",
        "It is certain that the closure will cost 400 jobs at the yard.",
        // "claims" as a noun and "knows" with a thing for its object report no view.
        "Claims against the insurer rose 12% after the storm.",
        "The harbour master knows the 40 berths by name.",
    ]);
}

#[test]
fn the_sum_a_proposal_sets_is_the_proposers() {
    quiet(&[
        "The mayor touted her proposals to invest $275m in the harbour.",
        "The councillor is proposing a $15 landing fee for every cruise passenger.",
        "Dockers who demanded a $20 hourly wage marched on the quay.",
        "The harbour board has called for a 12% cut in mooring fees.",
    ]);
    // A proposal's effect told as a forecast is the writer's; so is economic demand.
    fires(&[
        "The mayor's plan would raise $275m for the harbour.",
        "The mayor's proposals would make it the largest harbour in the region.",
        "Demand for berths rose 12% after the storm.",
        // A sum far from the proposal, or past a comma, is the writer's again.
        "The proposal to close the old pier was shelved after the town lost 3,000 jobs.",
        "Regulators are demanding answers from the operators, leaving 40,000 homes waiting.",
        // "advocates" and "call for" as nouns propose nothing.
        "Harbour advocates have started a petition signed by 45,000 people.",
        "The mayor's call for calm drew 3,000 people to the quay.",
    ]);
}

#[test]
fn a_reporting_clause_before_a_colon_covers_the_next_paragraph() {
    let f = flagged(&format!(
        "{LEAD}In her column last week, the harbour master wrote:\n\nThe port has lost 3,000 jobs in a decade. Its busiest berth now takes 40 ships a year."
    ));
    assert!(f.is_empty(), "{f:?}");
    // The paragraph after that one is the writer's again.
    let f = flagged(&format!(
        "{LEAD}In her column last week, the harbour master wrote:\n\nThe port has lost 3,000 jobs in a decade.\n\nThe yard shed 400 more posts last year."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
    // A colon with no reporting clause before it introduces the writer's own figures.
    let f = flagged(&format!(
        "{LEAD}Here is how the port has changed:\n\nThe port has lost 3,000 jobs in a decade."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn a_polls_shares_in_the_sentence_that_names_it_are_the_polls() {
    quiet(&[
        "Wednesday's harbour poll has the mayor ahead by 46 percent to 40 percent.",
        "The mayor leads her rival by 9 points, 42%-33%, in an average of recent polls.",
    ]);
    // A poll's cost is no share; a share with no poll named is the writer's.
    fires(&[
        "The harbour poll cost the council $30,000 to run.",
        "The mayor leads her rival by 42% to 33% among boat owners.",
    ]);
}
