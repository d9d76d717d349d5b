//! When two figures measure the same quantity, and whether their values agree.
//!
//! Conservative by design: two figures are the same quantity only when their quantity
//! phrases match after normalisation (and are specific, not "people" or "years"), their
//! units match, they play the same role (two levels, or two changes), they are in
//! different sentences, and no stated time or place tells them apart. A duration that
//! measures one person's time in a role ("her five years as minister") is compared with
//! the other statements of that person's tenure.

use super::lexicon::{years_per, GENERIC_QUANTITIES};
use super::{Bound, Figure, Role};

/// The quantity phrase reduced to a comparison key: lower case, no determiners or
/// possessives, plurals folded, "TV" read as "television".
pub fn quantity_key(q: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in q.split_whitespace() {
        let w = w.to_lowercase();
        let w = w.trim_end_matches("’s").trim_end_matches("'s").to_string();
        if matches!(
            w.as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "some"
                | "other"
                | "all"
        ) {
            continue;
        }
        let w = match w.as_str() {
            "tv" => "television".to_string(),
            _ => w,
        };
        let w = if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            w[..w.len() - 1].to_string()
        } else {
            w
        };
        words.push(w);
    }
    words.join(" ")
}

fn generic(key: &str) -> bool {
    key.is_empty()
        || (!key.contains(' ')
            && GENERIC_QUANTITIES
                .iter()
                .any(|g| *g == key || g.trim_end_matches('s') == key))
}

fn comparable_roles(a: Role, b: Role) -> bool {
    use Role::*;
    matches!((a, b), (Level | After, Level | After) | (Change, Change))
}

/// The value of a duration in years, if it is one.
fn in_years(f: &Figure) -> Option<f64> {
    Some(f.value * years_per(f.unit.as_deref()?)?)
}

/// Whether `a` and `b` state the same quantity (not whether they agree).
pub fn same_quantity(a: &Figure, b: &Figure) -> bool {
    if a.sentence == b.sentence {
        return false;
    }
    match (&a.tenure_of, &b.tenure_of) {
        (Some(x), Some(y)) => return x == y && in_years(a).is_some() && in_years(b).is_some(),
        (None, None) => {}
        _ => return false,
    }
    if !comparable_roles(a.role, b.role) || a.unit != b.unit {
        return false;
    }
    let (Some(qa), Some(qb)) = (&a.quantity, &b.quantity) else {
        return false;
    };
    let (ka, kb) = (quantity_key(qa), quantity_key(qb));
    // One noun ("soldiers", "phones") says too little of what is counted to be sure two
    // figures count the same thing.
    if ka != kb || generic(&ka) || !ka.contains(' ') {
        return false;
    }
    if let (Some(sa), Some(sb)) = (&a.subject, &b.subject) {
        if sa != sb {
            return false;
        }
    }
    // Shares and parts ("40% of voters", "two of the networks") are told apart by what
    // the sentence says they did, which is not read here.
    if ka.starts_with("share of ") || ka.starts_with("of ") {
        return false;
    }
    if let (Some(pa), Some(pb)) = (a.predicate, b.predicate) {
        if pa != pb {
            return false;
        }
    }
    // A rise and a fall are not two statements of one change.
    if a.role == Role::Change && a.direction * b.direction < 0 {
        return false;
    }
    // A figure dated ("last year", "in 2004") and one not dated are read as different
    // times: the undated one is usually the current figure.
    match (&a.time, &b.time) {
        (Some(ta), Some(tb)) if ta.to_lowercase() != tb.to_lowercase() => return false,
        (Some(_), None) | (None, Some(_)) => return false,
        _ => {}
    }
    if let (Some(pa), Some(pb)) = (&a.place, &b.place) {
        if pa != pb {
            return false;
        }
    }
    true
}

/// The values a figure allows, as a closed interval.
pub fn interval(f: &Figure) -> (f64, f64) {
    let v = in_years(f)
        .filter(|_| f.tenure_of.is_some())
        .unwrap_or(f.value);
    let scale = if f.tenure_of.is_some() {
        v / f.value.max(f64::MIN_POSITIVE)
    } else {
        1.0
    };
    match f.bound {
        Bound::Exact => (v, v),
        Bound::Approx => (v * 0.9, v * 1.1),
        Bound::AtLeast => (v, f64::INFINITY),
        Bound::AtMost if f.near_below => (v * 0.75, v),
        Bound::AtMost => (0.0, v),
        Bound::Range => (v, f.upper.map_or(v, |u| u * scale)),
    }
}

/// Whether two figures of the same quantity can both be true.
pub fn agree(a: &Figure, b: &Figure) -> bool {
    let (alo, ahi) = interval(a);
    let (blo, bhi) = interval(b);
    let eps = 1e-9 * ahi.abs().max(bhi.abs()).max(1.0);
    alo <= bhi + eps && blo <= ahi + eps
}

/// Indices of the other figures that state the same quantity as `figures[i]`.
pub fn same_as(figures: &[Figure], i: usize) -> Vec<usize> {
    let Some(f) = figures.get(i) else {
        return Vec::new();
    };
    (0..figures.len())
        .filter(|&j| j != i && same_quantity(f, &figures[j]))
        .collect()
}
