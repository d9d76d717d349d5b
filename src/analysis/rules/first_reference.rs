//! `first-reference` — not yet implemented.

use super::RuleInput;
use crate::analysis::report::Finding;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let _ = input;
    Vec::new()
}
