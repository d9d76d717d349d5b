//! The finding for one quantity given two values: message, related figures, severity
//! and the fix.

use super::describe::{paragraph_no, slip_note, source_of, what, with_source};
use super::fix::{as_replaced, in_case_of, record};
use crate::analysis::figures::one_line;
use crate::analysis::report::{Edit, Finding, Fix, Related, Severity};
use crate::analysis::rules::{RuleCode, RuleInput};

pub(super) fn finding(input: &RuleInput, members: &[usize], a: usize, b: usize) -> Finding {
    let figs = &input.report.figures;
    let (fa, fb) = (&figs[a], &figs[b]);
    let record = record(fa, fb);
    let advice = match record {
        Some(_) => "Check which is right, or say whose figure each is.",
        None => {
            "Each comes with its own source, so check both, and say in the copy that they \
             disagree."
        }
    };
    let message = if fa.quantity.is_none() && fb.quantity.is_none() && fb.tenure_of.is_none() {
        format!(
            "This sentence restates one in paragraph {} with another number: {} here, {} \
             there.{} {advice}",
            paragraph_no(fa),
            with_source(fb),
            with_source(fa),
            slip_note(input, fa, fb),
        )
    } else {
        format!(
            "“{}” is given as {} here, but as {} in paragraph {}.{} {advice}",
            what(fb),
            with_source(fb),
            with_source(fa),
            paragraph_no(fa),
            slip_note(input, fa, fb),
        )
    };
    let related = members
        .iter()
        .filter(|&&k| k != b)
        .map(|&k| {
            let f = &figs[k];
            Related {
                span: f.span,
                message: format!(
                    "{} gives {} as {} (paragraph {})",
                    source_of(f).unwrap_or("The draft"),
                    what(f),
                    f.describe(),
                    paragraph_no(f)
                ),
            }
        })
        .collect();
    let both_named = fa.named_source
        && fb.named_source
        && fa.source.is_some()
        && fb.source.is_some()
        && fa.source != fb.source;
    let severity = if both_named {
        Severity::Information
    } else {
        Severity::Warning
    };
    // The fix puts the statement of record's number in place of the other one.
    let fixes = match record {
        Some(keep) => {
            let other = if std::ptr::eq(keep, fa) { fb } else { fa };
            let (from, to) = (
                as_replaced(keep, input.text),
                as_replaced(other, input.text),
            );
            let replacement = in_case_of(&one_line(from.slice(input.text)), to.slice(input.text));
            if replacement.is_empty() {
                Vec::new()
            } else {
                vec![Fix {
                    title: format!("Use {replacement} (as in paragraph {})", paragraph_no(keep)),
                    edits: vec![Edit {
                        span: to,
                        replacement,
                    }],
                    preferred: false,
                }]
            }
        }
        None => Vec::new(),
    };
    Finding {
        code: RuleCode::FigureMismatch,
        severity,
        message,
        span: fb.span,
        focus: None,
        related,
        fixes,
    }
}
