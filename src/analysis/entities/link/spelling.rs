//! Near-miss spellings: could one word be a slip for another ("Peskow" for "Peskov"), and
//! the indexes that keep the search for such slips from comparing every pair of names.

use crate::analysis::segment::Document;

use super::super::candidates::Candidate;
use super::super::EntityKind;
use super::short_forms::cached_short_forms;
use super::Builder;

/// A cheap test `near_miss` needs to pass: the same first letter and lengths within two.
/// Most pairs fail it, so the search skips `near_miss`'s lower-casing for them.
pub(super) fn could_be_near_miss(written: &str, expected: &str) -> bool {
    let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().next());
    first(written) == first(expected) && written.len().abs_diff(expected.len()) <= 2 * 4
}

/// Could `written` be a misspelling of `expected`? Small edit distance relative to the
/// length, same first letter, and not a plural/possessive slip ("Ebber" / "Ebbers").
pub fn near_miss(written: &str, expected: &str) -> bool {
    if written == expected {
        return false;
    }
    let (w, e) = (written.to_lowercase(), expected.to_lowercase());
    if w == e {
        return false;
    }
    let wl = w.chars().count();
    let el = e.chars().count();
    if wl < 4 || el < 4 {
        return false;
    }
    if w.chars().next() != e.chars().next() {
        return false;
    }
    if w.strip_suffix('s') == Some(e.as_str()) || e.strip_suffix('s') == Some(w.as_str()) {
        return false;
    }
    let d = strsim::damerau_levenshtein(&w, &e);
    let max = if el <= 6 { 1 } else { 2 };
    d >= 1 && d <= max
}

/// Names longer than this are not put in `masked` (each costs its length squared); the
/// rare longer candidate is compared with every entity as before.
pub(super) const MASKED_MAX_WORDS: usize = 6;

/// (word count, the left-out word's place, the other words, the left-out word's shape).
pub(super) type MaskedKey = (usize, usize, String, WordShape);

/// What `near_miss` needs two words to share before it compares them: the same first
/// letter, and (lower-cased) lengths at most two apart, since it accepts two edits at
/// most. Keying by it keeps "Maria X" from being compared with every earlier Maria: with
/// the other words alone as key, one common given name put a fixed share of every person
/// in one bucket, and the draft of many names stayed quadratic (x3.0 per doubling from
/// 8,000 to 16,000 people).
pub(super) type WordShape = (char, usize);

/// The shape of `word` (None: shorter than `near_miss` compares, four characters).
pub(super) fn word_shape(word: &str) -> Option<WordShape> {
    let lower = word.to_lowercase();
    let len = lower.chars().count();
    let first = lower.chars().next()?;
    (len >= 4).then_some((first, len))
}

/// The words of a name other than the one at `k`, with the shape of the one at `k`.
pub(super) fn masked_key(words: &[&str], k: usize, shape: WordShape) -> MaskedKey {
    let others: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k)
        .map(|(_, w)| *w)
        .collect();
    (words.len(), k, others.join(" "), shape)
}

/// The shapes a word within `near_miss`'s reach of one shaped `shape` can have.
pub(super) fn near_shapes((first, len): WordShape) -> impl Iterator<Item = WordShape> {
    (len.saturating_sub(2).max(4)..=len + 2).map(move |l| (first, l))
}

/// The short forms `word` could be a near miss of, by entity in order: from the index,
/// brought up to date with the entities added since the last search.
pub(super) fn near_miss_candidates(b: &mut Builder, word: &str) -> Vec<(usize, String)> {
    while b.near.indexed < b.entities.len() {
        let id = b.near.indexed;
        let forms = cached_short_forms(&mut b.short_forms, &b.entities[id].name);
        b.near.add(id, forms);
        b.near.indexed += 1;
    }
    b.near
        .candidates(word)
        .into_iter()
        .filter_map(|(id, k)| {
            let forms = b.short_forms.get(&b.entities[id].name)?;
            Some((id, forms.get(k)?.clone()))
        })
        .collect()
}

/// Does the draft use `word` before it introduces a person whose surname it resembles
/// ("Lewes" before "Tony Lewis")? Then the word names something of its own.
pub(super) fn used_before_lookalike(b: &mut Builder, doc: &Document, word: &str) -> bool {
    near_miss_candidates(b, word).iter().any(|(id, f)| {
        let e = &b.entities[*id];
        let Some(intro) = e.introduction() else {
            return false;
        };
        e.kind == EntityKind::Person
            && could_be_near_miss(word, f)
            && near_miss(word, f)
            && doc
                .tokens
                .iter()
                .take_while(|t| t.span.start < intro.start)
                .any(|t| doc.slice(t.span) == word)
    })
}

/// "Georgiy Zinovyev" after "Georgiy Zinoviev": same given name, surname one slip away.
pub(super) fn full_name_variant(b: &Builder, c: &Candidate) -> Option<(usize, String)> {
    if c.kind != EntityKind::Person || c.words.len() < 2 {
        return None;
    }
    if c.words.len() <= MASKED_MAX_WORDS {
        // The first entity (in order) one word away, as the scan below finds it.
        let words: Vec<&str> = c.words.iter().map(String::as_str).collect();
        return (0..words.len())
            .flat_map(|k| {
                let shapes = word_shape(words[k]).into_iter().flat_map(near_shapes);
                let words = &words;
                shapes
                    .filter_map(move |shape| b.masked.get(&masked_key(words, k, shape)))
                    .flatten()
                    .map(move |&id| (id, k))
            })
            .filter(|&(id, k)| {
                let e = &b.entities[id];
                let ew: Vec<&str> = e.name.split_whitespace().collect();
                e.kind == EntityKind::Person && ew[k] != words[k] && near_miss(words[k], ew[k])
            })
            .min_by_key(|&(id, _)| id)
            .map(|(id, _)| (id, b.entities[id].name.clone()));
    }
    for (id, e) in b.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let ew: Vec<&str> = e.name.split_whitespace().collect();
        if ew.len() != c.words.len() {
            continue;
        }
        let diffs: Vec<usize> = (0..ew.len()).filter(|&k| ew[k] != c.words[k]).collect();
        if diffs.len() == 1 && near_miss(&c.words[diffs[0]], ew[diffs[0]]) {
            return Some((id, e.name.clone()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        assert!(near_miss("Peskow", "Peskov"));
        assert!(near_miss("Zinovyev", "Zinoviev"));
        assert!(!near_miss("Ebber", "Ebbers"), "plural or possessive slip");
        assert!(!near_miss("Mandel", "Mandelbaum"));
        assert!(!near_miss("Kim", "Kin"), "too short to judge");
        assert!(!near_miss("Bolton", "Colton"), "first letter differs");
    }
}
