//! The vague-source phrases (the lexicon's and the desk's) indexed by first word, so a
//! sentence is matched against the few phrases that can start at each word rather than
//! against the whole list at every word.

use std::collections::HashMap;

use super::words::W;

pub struct PhraseTable<'a> {
    /// Every phrase, in list order (earlier phrases win ties).
    phrases: Vec<&'a str>,
    /// Word count of each phrase.
    lengths: Vec<usize>,
    /// First word (apostrophes straight) → indices into `phrases`, ascending.
    by_first: HashMap<String, Vec<usize>>,
}

impl<'a> PhraseTable<'a> {
    pub fn new(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let phrases: Vec<&str> = phrases.into_iter().collect();
        let mut lengths = Vec::with_capacity(phrases.len());
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in phrases.iter().enumerate() {
            let mut parts = p.split_whitespace();
            let first = parts.next();
            lengths.push(first.map_or(0, |_| 1 + parts.count()));
            let Some(first) = first else { continue };
            // A possessive first part ("analysts'") also matches its bare word followed
            // by a separate apostrophe token.
            let mut keys = vec![first.to_string()];
            if let Some(stem) = first.strip_suffix('\'') {
                keys.push(stem.to_string());
            }
            for k in keys {
                let list = by_first.entry(k).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        PhraseTable {
            phrases,
            lengths,
            by_first,
        }
    }

    /// The phrases that may start at word `w`, in list order, as (index, phrase, words).
    pub fn starting_at(&self, w: &W) -> impl Iterator<Item = (usize, &'a str, usize)> + '_ {
        let key: std::borrow::Cow<str> = if w.lower.contains('’') {
            w.lower.replace('’', "'").into()
        } else {
            w.lower.into()
        };
        self.by_first
            .get(key.as_ref())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| (i, self.phrases[i], self.lengths[i]))
    }
}
