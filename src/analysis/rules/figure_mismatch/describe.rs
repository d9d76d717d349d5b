//! How a figure is named in a finding: its paragraph, its source, the quantity it gives,
//! and what its digits suggest about a slip.

use crate::analysis::figures::compare::{digit_slip, DigitSlip};
use crate::analysis::figures::lexicon::TOLL_NOUNS;
use crate::analysis::figures::{one_line, Figure};
use crate::analysis::rules::RuleInput;

pub(super) fn paragraph_no(f: &Figure) -> usize {
    f.paragraph + 1
}

pub(super) fn source_of(f: &Figure) -> Option<&str> {
    f.source.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub(super) fn with_source(f: &Figure) -> String {
    match source_of(f) {
        Some(s) => format!("{} (source: {s})", f.describe()),
        None => format!("{} (no source given)", f.describe()),
    }
}

pub(super) fn what(f: &Figure) -> String {
    let toll = f.predicate == Some("killed")
        && f.quantity
            .as_deref()
            .is_none_or(|q| TOLL_NOUNS.contains(&q.to_lowercase().as_str()));
    match (&f.tenure_of, &f.quantity) {
        (Some(who), _) => format!("{who}’s time in the role"),
        (None, _) if toll => "the death toll".into(),
        (None, Some(q)) => q.clone(),
        (None, None) => "this quantity".into(),
    }
}

/// What the two numbers as written suggest about how they came apart.
pub(super) fn slip_note(input: &RuleInput, fa: &Figure, fb: &Figure) -> String {
    let (wa, wb) = (
        one_line(fa.number.slice(input.text)),
        one_line(fb.number.slice(input.text)),
    );
    match digit_slip(fa, fb, input.text) {
        Some(DigitSlip::Transposed) => {
            format!(" The digits look transposed ({wa} / {wb}).")
        }
        Some(DigitSlip::OneDigit) => {
            format!(" The two differ by one digit ({wa} / {wb}), which looks like a typing slip.")
        }
        None => String::new(),
    }
}
