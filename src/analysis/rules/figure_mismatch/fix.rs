//! Choosing the statement of record and the words its quick fix takes and replaces.

use super::describe::source_of;
use crate::analysis::figures::{Bound, Figure};
use crate::analysis::span::Span;

/// The draft's evident statement of record between the two, if one is: the one stated
/// with a named source when only one is, else the first, unless both are given with
/// different named sources (then the draft reports two claims and only the writer can
/// say which stands).
pub(super) fn record<'f>(fa: &'f Figure, fb: &'f Figure) -> Option<&'f Figure> {
    let sourced = |f: &Figure| f.named_source && source_of(f).is_some();
    match (sourced(fa), sourced(fb)) {
        (true, true) if source_of(fa) != source_of(fb) => None,
        (false, true) => Some(fb),
        _ => Some(fa),
    }
}

/// The words a fix takes or replaces for a figure: its number as written, with the
/// "between" of a range ("between 300 and 400"), which is not one of its bound words but
/// reads wrong without it or left before another number.
pub(super) fn as_replaced(f: &Figure, text: &str) -> Span {
    let before = text.get(..f.number.start).unwrap_or("");
    let word = before.trim_end();
    let spaced = word.len() < before.len();
    match word.len().checked_sub("between".len()) {
        Some(at)
            if f.bound == Bound::Range
                && spaced
                && word
                    .get(at..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("between"))
                && !word[..at].ends_with(char::is_alphanumeric) =>
        {
            Span::new(at, f.number.end)
        }
        _ => f.number,
    }
}

/// The replacement with its first letter in the case of the words it replaces: "about
/// 1,500" put where "As many as 12,000" opens a sentence reads "About 1,500", and
/// "Approximately 1,500" put mid-sentence reads "approximately 1,500". A word in capitals
/// ("US$") is left as it is.
pub(super) fn in_case_of(replacement: &str, replaced: &str) -> String {
    let mut chars = replacement.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return replacement.to_string();
    };
    let rest = &replacement[first.len_utf8()..];
    match replaced.chars().next() {
        Some(c) if c.is_uppercase() && first.is_lowercase() => {
            format!("{}{rest}", first.to_uppercase())
        }
        Some(c) if c.is_lowercase() && first.is_uppercase() && second.is_lowercase() => {
            format!("{}{rest}", first.to_lowercase())
        }
        _ => replacement.to_string(),
    }
}
