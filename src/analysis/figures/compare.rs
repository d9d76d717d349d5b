//! When two figures measure the same quantity, and whether their values agree.
//!
//! Conservative by design: two figures are the same quantity only when their quantity
//! phrases match after normalisation (and are specific, not "people" or "years"), their
//! units match, they play the same role (two levels, or two changes), they are in
//! different sentences, and no stated time or place tells them apart. A duration that
//! measures one person's time in a role ("her five years as minister") is compared with
//! the other statements of that person's tenure.

use super::lexicon::{years_per, GENERIC_QUANTITIES, TOLL_NOUNS};
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
    let key = |f: &Figure| f.quantity.as_deref().map(quantity_key);
    same_quantity_keyed(a, key(a).as_deref(), b, key(b).as_deref())
}

/// `same_quantity`, given each figure's `quantity_key` (worked out once per figure
/// when many pairs are compared).
fn same_quantity_keyed(a: &Figure, ka: Option<&str>, b: &Figure, kb: Option<&str>) -> bool {
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
    if same_toll(a, b) {
        return true;
    }
    let (Some(ka), Some(kb)) = (ka, kb) else {
        return false;
    };
    // One noun ("soldiers", "phones") says too little of what is counted to be sure two
    // figures count the same thing, unless both counts are stated for the same time and
    // under the same condition ("1,942 patients waited more than 12 hours in October").
    if ka != kb || generic(ka) || (!ka.contains(' ') && !same_condition(a, b)) {
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

/// Every pair `(i, j)`, `i < j`, of figures that state the same quantity, in order.
/// Figures are first put in buckets that any two same-quantity figures share (one
/// tenure, or one role, unit and quantity phrase, or one death toll), so only figures
/// in a bucket together are compared: linear in the draft, not quadratic.
pub fn same_quantity_pairs(figures: &[Figure]) -> Vec<(usize, usize)> {
    let keys: Vec<Option<String>> = figures
        .iter()
        .map(|f| f.quantity.as_deref().map(quantity_key))
        .collect();
    let mut buckets: std::collections::HashMap<String, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, f) in figures.iter().enumerate() {
        for key in bucket_keys(f, keys[i].as_deref()) {
            buckets.entry(key).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&figures[i], &figures[j]);
                if same_quantity_keyed(a, keys[i].as_deref(), b, keys[j].as_deref()) {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The buckets a figure may find its same-quantity partners in (see `same_quantity`).
fn bucket_keys(f: &Figure, quantity_key: Option<&str>) -> Vec<String> {
    if let Some(person) = &f.tenure_of {
        return vec![format!("tenure\0{person}")];
    }
    let class = match f.role {
        Role::Level | Role::After => "level",
        Role::Change => "change",
        Role::Before | Role::Conversion => return Vec::new(),
    };
    let mut keys = Vec::new();
    if f.predicate == Some("killed") && f.unit.is_none() && toll_word(f) {
        keys.push(format!("toll\0{class}"));
    }
    if let Some(q) = quantity_key {
        keys.push(format!("{class}\0{:?}\0{q}", f.unit));
    }
    keys
}

/// Two single-noun counts stated for the same explicit time and under a same measured
/// condition of their sentences: "1,942 patients spent more than 12 hours in A&E in
/// October" and "2,140 patients waited more than 12 hours in October".
fn same_condition(a: &Figure, b: &Figure) -> bool {
    let levels = matches!(a.role, Role::Level) && matches!(b.role, Role::Level);
    let timed = match (&a.time, &b.time) {
        (Some(ta), Some(tb)) => ta.to_lowercase() == tb.to_lowercase(),
        _ => false,
    };
    levels
        && timed
        && !(a.subgroup || b.subgroup || a.revised || b.revised)
        && a.context.iter().any(|c| b.context.contains(c))
}

fn toll_word(f: &Figure) -> bool {
    let q = f.quantity.as_deref().unwrap_or("").to_lowercase();
    TOLL_NOUNS.contains(&q.as_str())
}

/// Two statements of one death toll: both say people were killed, count people as a
/// whole (not "soldiers" or "children"), are levels of no unit, and no time, place,
/// subject or revision tells them apart ("at least 34 people were killed" … "the
/// death toll had reached 29").
fn same_toll(a: &Figure, b: &Figure) -> bool {
    let killed = a.predicate == Some("killed") && b.predicate == Some("killed");
    let levels =
        matches!(a.role, Role::Level | Role::After) && matches!(b.role, Role::Level | Role::After);
    if !(killed && levels && a.unit.is_none() && b.unit.is_none()) {
        return false;
    }
    if !(toll_word(a) && toll_word(b)) {
        return false;
    }
    // A headline count with no noun ("Floods kill at least 34") counts too, but two
    // figures with no noun at all say too little.
    if a.quantity.is_none() && b.quantity.is_none() {
        return false;
    }
    let times = match (&a.time, &b.time) {
        (Some(ta), Some(tb)) => ta.to_lowercase() == tb.to_lowercase(),
        (None, None) => true,
        _ => false,
    };
    let places = match (&a.place, &b.place) {
        (Some(pa), Some(pb)) => pa == pb,
        _ => true,
    };
    let subjects = match (&a.subject, &b.subject) {
        (Some(sa), Some(sb)) => sa == sb,
        _ => true,
    };
    times
        && places
        && subjects
        && !(a.subgroup || b.subgroup || a.revised || b.revised)
        && a.upper.is_none()
        && b.upper.is_none()
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
    // The tolerance comes from the finite ends only: "at least 34" reaches infinity.
    let eps = 1e-9
        * [alo, ahi, blo, bhi]
            .iter()
            .filter(|x| x.is_finite())
            .fold(1.0f64, |m, x| m.max(x.abs()));
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
