//! When two figures measure the same quantity, and whether their values agree.
//!
//! Conservative by design: two figures are the same quantity only when their quantity
//! phrases match after normalisation (and are specific, not "people" or "years"), their
//! units match, they play the same role (two levels, or two changes), they are in
//! different sentences, and no stated time or place tells them apart. A duration that
//! measures one person's time in a role ("her five years as minister") is compared with
//! the other statements of that person's tenure.

use super::lexicon::{
    years_per, GENERIC_QUANTITIES, IRREGULAR_PAST, PLACEHOLDER_COUNTS, QUANTITY_SYNONYMS,
    RESTATEMENT_SYNONYMS, SAYING_VERBS, TOLL_NOUNS,
};
use super::{Bound, Figure, Role};
use crate::analysis::FastMap;

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
        let w = singular(&w);
        let w = QUANTITY_SYNONYMS
            .iter()
            .find(|(from, _)| *from == w)
            .map_or(w, |(_, to)| to.to_string());
        words.push(w);
    }
    words.join(" ")
}

/// A plural folded to its singular: "babies" → "baby", "posts" → "post"; "class" and
/// "news" stay.
fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
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
    if restated_pair(a, b) {
        return true;
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
    let disputed = disputed_count(a, ka, b, kb);
    if ka != kb && !disputed {
        return false;
    }
    // A sentence restated with only its number changed states one quantity twice,
    // whatever its noun ("About 300 people protested outside the ground" … "About 450
    // people protested outside the ground").
    let restated = restated(a, b);
    // One noun ("soldiers", "phones") says too little of what is counted to be sure two
    // figures count the same thing, unless both counts are stated for the same explicit
    // time ("1,140 births in 2025" … "1,410 births in 2025"), under the same condition
    // ("1,942 patients waited more than 12 hours in October"), or restated.
    let one_noun = !ka.contains(' ');
    if !restated
        && !disputed
        && (generic(ka) || (one_noun && !same_condition(a, b) && !same_time_stated(a, b)))
    {
        return false;
    }
    // A part of a group ("of those, 300 patients") is not the group.
    if a.subgroup || b.subgroup {
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
    // Figures scoped to different places ("in Houston", "nationally") are kept apart.
    // A place stated for one only keeps them apart when it scopes what that one counts
    // ("4,100 homes in Houston", "In Houston, …", "nationally"): a part against the
    // whole. One after a verb is often where the counted things went ("arrived in
    // Russia"), not a scope, so it does not, unless the two are an order of magnitude
    // apart ("4.1 million home sales" … "31,200 sold in Houston"), not a slip or a rival
    // estimate.
    match (&a.place, &b.place) {
        (Some(pa), Some(pb)) if pa != pb => return false,
        (Some(_), None) | (None, Some(_))
            if tenfold_apart(a, b) || a.place_scopes || b.place_scopes =>
        {
            return false
        }
        _ => {}
    }
    true
}

/// One value is at least ten times the other.
fn tenfold_apart(a: &Figure, b: &Figure) -> bool {
    let (lo, hi) = if a.value < b.value {
        (a.value, b.value)
    } else {
        (b.value, a.value)
    };
    lo > 0.0 && hi >= 10.0 * lo
}

/// The things a count counts: the last word of its quantity key ("firm" for "top firm").
fn head_noun(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

/// A count one named source gives and another named source plays down with "only":
/// "the minister said 3,000 firms would be reviewed" … "the president said only 30 to
/// 40 top firms would be targeted". Two people disputing one count, which the copy
/// should say; the same things counted (one noun, not a placeholder like "people"),
/// with no unit, as plain levels, and only one of the two marked "only" (two "only"
/// counts each play down something else). A count beside another figure of its
/// sentence ("only 12 had more than 500 members") is stated under a condition.
fn disputed_count(a: &Figure, ka: &str, b: &Figure, kb: &str) -> bool {
    let named = |f: &Figure| f.named_source && f.source.as_deref().is_some_and(|s| !s.is_empty());
    let counts = |f: &Figure| f.role == Role::Level && f.unit.is_none() && f.tenure_of.is_none();
    let (head_a, head_b) = (head_noun(ka), head_noun(kb));
    // The "only" count may narrow the things it counts ("top firms"); the count it
    // plays down may not ("Tuesday's primary" is not what "only two primaries" counts).
    let (claim, only) = if a.minimised { (kb, ka) } else { (ka, kb) };
    let (small, large) = if a.minimised { (a, b) } else { (b, a) };
    named(a)
        && named(b)
        && a.source != b.source
        && counts(a)
        && counts(b)
        && a.minimised != b.minimised
        && !head_a.is_empty()
        && head_a == head_b
        && !PLACEHOLDER_COUNTS.contains(&head_a)
        && (only == claim || only.ends_with(&format!(" {claim}")))
        && small.upper.unwrap_or(small.value) < large.value
        && small.siblings.is_empty()
        && large.siblings.is_empty()
}

/// A figure restated in a sentence that says the same thing around it, with the same
/// words either side of the number: the same quantity even when no noun names it
/// ("prices passed $75 a barrel", "spans 15 years") or it is a share ("10.8% of the
/// workforce"), as long as unit, role, time, place and subgroup agree.
fn restated_pair(a: &Figure, b: &Figure) -> bool {
    let roles = comparable_roles(a.role, b.role)
        || (a.role == Role::Conversion && b.role == Role::Conversion);
    let times = match (&a.time, &b.time) {
        (Some(x), Some(y)) => x.to_lowercase() == y.to_lowercase(),
        (None, None) => true,
        _ => false,
    };
    roles
        && a.unit == b.unit
        && local_key(&a.local) == local_key(&b.local)
        && a.local != "|"
        && times
        && a.place == b.place
        && a.subgroup == b.subgroup
        && a.tenure_of.is_none()
        && restated(a, b)
}

/// Two sentences that say the same thing around their numbers: most of their words
/// shared (at least three in five, of four or more each; all of them when either has
/// fewer than ten), the same names and the same other figures.
pub fn restated(a: &Figure, b: &Figure) -> bool {
    if a.sentence == b.sentence || a.frame.len() < 4 || b.frame.len() < 4 {
        return false;
    }
    // A short sentence says less around its number, so one changed word there is more
    // often a change of scope ("Among men, she is at minus 40" … "Among white women, she
    // is at minus 25"): it must keep every word.
    let short = a.frame.len().min(b.frame.len()) < 10;
    let enough = |shared: usize| {
        let union = a.frame.len() + b.frame.len() - shared;
        if short {
            shared == union
        } else {
            shared * 5 >= union * 3
        }
    };
    // Counted word by word, stopping once even sharing every word left could not be
    // enough (most pairs of figures are of sentences that share little). `enough` is
    // shared == union (2 × shared == both lengths) for a short sentence and 8 × shared
    // >= 3 × both lengths otherwise, so no count below `most` reaches it when this fails.
    let lengths = a.frame.len() + b.frame.len();
    let within_reach = |most: usize| {
        if short {
            2 * most >= lengths
        } else {
            8 * most >= 3 * lengths
        }
    };
    let mut shared = 0;
    for (k, w) in a.frame.iter().enumerate() {
        if in_frame(w, &b.frame) {
            shared += 1;
        } else if !within_reach(shared + a.frame.len() - k - 1) {
            return false;
        }
    }
    // A name of one sentence must be in the other, as a name or (a sentence's first
    // word) as a word.
    let has = |f: &Figure, n: &String| f.names.contains(n) || f.frame.contains(&n.to_lowercase());
    let names_match = a.names.iter().all(|n| has(b, n)) && b.names.iter().all(|n| has(a, n));
    enough(shared) && names_match && same_members(&a.siblings, &b.siblings)
}

/// The word is in the frame, itself or as a noun a desk treats as the same ("posts" for
/// "jobs", "babies" for "births", "residents" for "people" in a restated sentence).
fn in_frame(w: &str, frame: &[String]) -> bool {
    frame.iter().any(|x| x == w)
        || synonym_of(w).is_some_and(|k| frame.iter().any(|x| synonym_of(x) == Some(k)))
}

/// The noun a word folds to when it is one of `QUANTITY_SYNONYMS` or
/// `RESTATEMENT_SYNONYMS` (either side).
fn synonym_of(w: &str) -> Option<&'static str> {
    let s = singular(w);
    QUANTITY_SYNONYMS
        .iter()
        .chain(RESTATEMENT_SYNONYMS)
        .find(|(from, to)| *from == s || *to == s)
        .map(|(_, to)| *to)
}

/// The words either side of a number (`Figure::local`) with the word after it folded
/// to the noun a desk treats as the same: "about|residents" and "about|people" restate
/// each other.
fn local_key(local: &str) -> String {
    match local.split_once('|') {
        Some((before, after)) => match synonym_of(after) {
            Some(k) => format!("{before}|{k}"),
            None => local.to_string(),
        },
        None => local.to_string(),
    }
}

/// The two sentences tell of different events: each has a past-tense verb, not one
/// of saying, that the other lacks ("3,310 passengers crossed" … "2,870 passengers
/// complained").
fn different_events(a: &Figure, b: &Figure) -> bool {
    fn events(f: &Figure) -> Vec<&String> {
        f.frame
            .iter()
            .filter(|w| {
                (w.ends_with("ed") || IRREGULAR_PAST.contains(&w.as_str()))
                    && !SAYING_VERBS.contains(&w.as_str())
            })
            .collect()
    }
    let (ea, eb) = (events(a), events(b));
    !ea.is_empty() && !eb.is_empty() && !ea.iter().any(|w| eb.contains(w))
}

/// The other measured figures of the two sentences are the same: they are the
/// conditions the counts are stated under ("waited more than two hours").
fn same_conditions(a: &Figure, b: &Figure) -> bool {
    same_members(&a.context, &b.context)
}

/// Each list holds every member of the other (order and repeats aside).
fn same_members(a: &[String], b: &[String]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// Both figures are levels stated for the same explicit time ("in October").
fn levels_at_one_time(a: &Figure, b: &Figure) -> bool {
    let levels = matches!(a.role, Role::Level) && matches!(b.role, Role::Level);
    let timed = match (&a.time, &b.time) {
        (Some(ta), Some(tb)) => ta.to_lowercase() == tb.to_lowercase(),
        _ => false,
    };
    levels && timed
}

/// Two levels stated for one explicit time, with nothing telling them apart.
fn same_time_stated(a: &Figure, b: &Figure) -> bool {
    levels_at_one_time(a, b)
        && same_conditions(a, b)
        && !different_events(a, b)
        && !(a.revised || b.revised)
        && a.upper.is_none()
        && b.upper.is_none()
}

/// How two written numbers differ when one looks like a slip for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigitSlip {
    /// Two neighbouring digits swapped: "1,140" and "1,410".
    Transposed,
    /// One digit different: "3,400" and "3,900".
    OneDigit,
}

/// Whether the digits `a` and `b` are written with look like a typing slip: the same
/// digits with two neighbours swapped ("1,140" / "1,410", "3,400" / "4,300"), or one
/// digit different ("2,350" / "2,850"). Only for numbers of three or more digits written
/// alike around them; "12" and "21" are too short to tell a slip from a real difference.
pub fn digit_slip(a: &Figure, b: &Figure, text: &str) -> Option<DigitSlip> {
    let (da, db) = (a.written_digits(text)?, b.written_digits(text)?);
    // The rest of the number as written must match ("£", "m", "two minutes, "): the slip
    // is in the digits alone.
    let rest = |f: &Figure, run: &str| f.number.slice(text).replacen(run, "#", 1);
    if rest(a, &da.run) != rest(b, &db.run) {
        return None;
    }
    let digits = |r: &str| -> Vec<char> { r.chars().filter(|c| c.is_ascii_digit()).collect() };
    let (x, y) = (digits(&da.run), digits(&db.run));
    if x.len() != y.len() || x.len() < 3 || x == y || da.decimals != db.decimals {
        return None;
    }
    let diff: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
    match diff.as_slice() {
        // A different first digit ("300" / "400") is another round number, not a slip.
        [k] if *k > 0 => Some(DigitSlip::OneDigit),
        [i, j] if *j == i + 1 && x[*i] == y[*j] && x[*j] == y[*i] => Some(DigitSlip::Transposed),
        _ => None,
    }
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
    let mut per_sentence: FastMap<usize, usize> = FastMap::default();
    for f in figures {
        *per_sentence.entry(f.sentence).or_default() += 1;
    }
    let mut buckets: FastMap<String, Vec<usize>> = FastMap::default();
    for (i, f) in figures.iter().enumerate() {
        // A sentence of that many figures is a table pasted as prose: its figures are
        // listed, but comparing them all with each other would be quadratic.
        if per_sentence[&f.sentence] > super::MAX_RESTATABLE_FIGURES {
            continue;
        }
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
        Role::Conversion => "",
        Role::Before => return Vec::new(),
    };
    let mut keys = Vec::new();
    // A restatement keeps the words either side of the number.
    if f.local != "|" && !f.local.is_empty() {
        let class = if f.role == Role::Conversion {
            "conversion"
        } else {
            class
        };
        keys.push(format!(
            "restate\0{class}\0{:?}\0{}",
            f.unit,
            local_key(&f.local)
        ));
    }
    if f.predicate == Some("killed") && f.unit.is_none() && toll_word(f) {
        keys.push(format!("toll\0{class}"));
    }
    if let Some(q) = quantity_key.filter(|_| f.role != Role::Conversion) {
        keys.push(format!("{class}\0{:?}\0{q}", f.unit));
        // A disputed count may name its things with more words ("only 30 top firms").
        if f.named_source && f.role == Role::Level && f.unit.is_none() {
            keys.push(format!("dispute\0{}", head_noun(q)));
        }
    }
    keys
}

/// Two single-noun counts stated for the same explicit time and under a same measured
/// condition of their sentences: "1,942 patients spent more than 12 hours in A&E in
/// October" and "2,140 patients waited more than 12 hours in October".
fn same_condition(a: &Figure, b: &Figure) -> bool {
    levels_at_one_time(a, b)
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

/// Whether two figures of the same quantity contradict each other: their values cannot
/// both be true, or a range restated in the same words has other ends ("between one and
/// 30 gigabytes a month" … "between one and 45 gigabytes a month"), which overlap but
/// state the range twice differently.
pub fn contradict(a: &Figure, b: &Figure) -> bool {
    !agree(a, b) || restated_range_differs(a, b)
}

fn restated_range_differs(a: &Figure, b: &Figure) -> bool {
    let ends = |f: &Figure| (f.value, f.upper.unwrap_or(f.value));
    let ((a_low, a_high), (b_low, b_high)) = (ends(a), ends(b));
    a.bound == Bound::Range
        && b.bound == Bound::Range
        && (values_differ(a_low, b_low) || values_differ(a_high, b_high))
        && restated(a, b)
}

/// Beyond floating-point noise.
fn values_differ(x: f64, y: f64) -> bool {
    (x - y).abs() > 1e-9 * x.abs().max(1.0)
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
