//! An index of people's short forms for the near-miss surname search: a deletion index
//! (the SymSpell idea). Two words within Damerau–Levenshtein distance `d` share a string
//! reached by deleting at most `d` characters from each, so looking up a word's deletions
//! finds every form `near_miss` could accept, and only those few are compared. Scanning
//! every person at every unknown one-word mention made a draft of many names quadratic.
//! The index only narrows the search: `near_miss` still decides, so results are unchanged.

use std::collections::{HashMap, HashSet};

/// Forms and words longer than this (in characters) are not expanded into deletions
/// (their count grows with the square of the length); the rare long form is compared
/// with every word, and a long word with every form, as before.
const LONGEST_INDEXED: usize = 40;

/// Where a short form comes from: the entity and the form's place in its list.
pub type FormRef = (usize, usize);

#[derive(Default)]
pub struct NearIndex {
    by_deletion: HashMap<String, Vec<FormRef>>,
    /// Forms too long to expand, compared with every word.
    long_forms: Vec<FormRef>,
    /// Every indexed form, for the long words that skip the deletion lookup.
    all: Vec<FormRef>,
    /// Entities indexed so far (entities are only ever appended while linking).
    pub indexed: usize,
}

/// Deletions `near_miss` needs on a form of `chars` characters: it accepts one edit up to
/// six characters and two beyond.
fn form_budget(chars: usize) -> usize {
    if chars <= 6 {
        1
    } else {
        2
    }
}

/// `s` and every string made by deleting up to `budget` of its characters.
fn deletions(s: &str, budget: usize) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(s.to_string());
    let mut frontier = vec![s.to_string()];
    for _ in 0..budget {
        let mut next = Vec::new();
        for w in &frontier {
            for (i, c) in w.char_indices() {
                let mut d = String::with_capacity(w.len());
                d.push_str(&w[..i]);
                d.push_str(&w[i + c.len_utf8()..]);
                if out.insert(d.clone()) {
                    next.push(d);
                }
            }
        }
        frontier = next;
    }
    out
}

impl NearIndex {
    /// Adds entity `id`'s short forms.
    pub fn add(&mut self, id: usize, forms: &[String]) {
        for (k, f) in forms.iter().enumerate() {
            let lower = f.to_lowercase();
            let chars = lower.chars().count();
            // `near_miss` refuses anything shorter than four characters.
            if chars < 4 {
                continue;
            }
            self.all.push((id, k));
            if chars > LONGEST_INDEXED {
                self.long_forms.push((id, k));
                continue;
            }
            for d in deletions(&lower, form_budget(chars)) {
                self.by_deletion.entry(d).or_default().push((id, k));
            }
        }
    }

    /// The forms `word` could be a near miss of, in (entity, form) order: a superset of
    /// those `near_miss` accepts.
    pub fn candidates(&self, word: &str) -> Vec<FormRef> {
        let lower = word.to_lowercase();
        let chars = lower.chars().count();
        if chars < 4 {
            return Vec::new();
        }
        let mut out: Vec<FormRef> = if chars > LONGEST_INDEXED {
            self.all.clone()
        } else {
            let mut found = self.long_forms.clone();
            for d in deletions(&lower, 2) {
                if let Some(refs) = self.by_deletion.get(&d) {
                    found.extend_from_slice(refs);
                }
            }
            found
        };
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::link::spelling::near_miss;

    fn forms(s: &[&str]) -> Vec<String> {
        s.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn finds_every_form_near_miss_accepts_and_few_others() {
        let names = [
            "Peskov",
            "Zinoviev",
            "Johnson",
            "Ebbers",
            "Mandelbaum",
            "Okonkwo",
        ];
        let mut index = NearIndex::default();
        for (id, n) in names.iter().enumerate() {
            index.add(id, &forms(&[n]));
        }
        for word in [
            "Peskow", "Zinovyev", "Johsnon", "Jonhson", "Ebber", "Mandel", "Okonkow", "Pskov",
        ] {
            let found = index.candidates(word);
            for (id, n) in names.iter().enumerate() {
                if near_miss(word, n) {
                    assert!(found.contains(&(id, 0)), "{word} should find {n}");
                }
            }
        }
        // Unrelated words find nothing to compare.
        assert!(index.candidates("Quartermain").is_empty());
        assert!(
            index.candidates("Kim").is_empty(),
            "too short for near_miss"
        );
    }

    #[test]
    fn two_edits_on_a_long_name_are_found() {
        let mut index = NearIndex::default();
        index.add(3, &forms(&["Alexandrov"]));
        // A transposition and a substitution.
        assert!(near_miss("Alexnadrof", "Alexandrov"));
        assert_eq!(index.candidates("Alexnadrof"), vec![(3, 0)]);
    }

    #[test]
    fn long_forms_and_words_fall_back_to_comparing_all() {
        let long = "A".repeat(LONGEST_INDEXED + 5);
        let mut index = NearIndex::default();
        index.add(0, &forms(&["Peskov"]));
        index.add(1, &forms(&[&long]));
        assert_eq!(index.candidates("Peskow"), vec![(0, 0), (1, 0)]);
        assert_eq!(index.candidates(&long), vec![(0, 0), (1, 0)]);
    }
}
