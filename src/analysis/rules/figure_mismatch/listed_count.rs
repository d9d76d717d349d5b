//! A count against the list of the things it counts (see `figures::listed`).

use crate::analysis::figures::listed::ListedCount;
use crate::analysis::figures::one_line;
use crate::analysis::report::{Finding, Related, Severity};
use crate::analysis::rules::{RuleCode, RuleInput};

/// A count against the list of the things it counts ("seven countries: Spain, France,
/// … and Austria" naming eight). No edit: only the writer knows whether the count or
/// the list is short.
pub(super) fn count_finding(input: &RuleInput, l: &ListedCount) -> Finding {
    let f = &input.report.figures[l.figure];
    let names: Vec<String> = l
        .items
        .iter()
        .map(|s| one_line(s.slice(input.text)))
        .collect();
    let shown = match names.as_slice() {
        [a, b, c, _, ..] => format!("{a}, {b}, {c}, …"),
        _ => names.join(", "),
    };
    let (n, count) = (names.len(), one_line(f.span.slice(input.text)));
    let message = if l.beside {
        format!(
            "“{count}”, but the list beside it names {n} ({shown}). Correct the count or \
             the list."
        )
    } else {
        let para = input
            .report
            .document
            .paragraph_at(l.list.start)
            .map_or(0, |p| p + 1);
        format!(
            "“{count}”, but paragraph {para} names {n} places for the same event ({shown}). \
             Correct the count, or say which of them it leaves out."
        )
    };
    Finding {
        code: RuleCode::FigureMismatch,
        severity: Severity::Warning,
        message,
        span: f.span,
        focus: None,
        related: vec![Related {
            span: l.list,
            message: format!("The draft lists {n} here"),
        }],
        fixes: Vec::new(),
    }
}
