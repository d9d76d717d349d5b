//! Word lists for finding people and organisations: titles, honorifics, role nouns,
//! organisation heads and suffixes, news organisations, parties, "the X" institutions,
//! places and nationality adjectives, and East Asian family names.
//!
//! Source: our own compilation (shared/research/domain-notes.md §7.c titles and §7.d
//! organisation cues), drawn from the AP Stylebook's guidance on titles, GATE ANNIE's
//! gazetteer design and ISO 3166-1 country short names. Released under this crate's
//! licence. Lists of places are deliberately limited to countries, their nationality
//! adjectives, major regions and world capitals: a place that is not listed and has no
//! person or organisation cue is still left alone, because names need a cue to count.
//!
//! The two large lists — English common words and given names — are vendored data files
//! in `data/` with their own headers (see `english.rs`).
//!
//! One file per kind of cue: `titles` (titles, honorifics, role nouns), `organisations`
//! (organisation heads, suffixes, known bodies, parties), `places` (places, nationality
//! adjectives, calendar words) and `name_parts` (what is and is not part of a person's name).

use std::collections::HashSet;

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

macro_rules! lookup {
    ($name:ident, $list:ident) => {
        pub fn $name(word: &str) -> bool {
            static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set($list));
            SET.contains(word)
        }
    };
}

mod name_parts;
mod nationalities;
mod organisations;
mod places;
mod titles;

pub use name_parts::*;
pub use nationalities::*;
pub use organisations::*;
pub use places::*;
pub use titles::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert!(is_honorific("Mr."));
        assert!(is_title_head("Secretary-General"));
        assert!(is_org_head("Institute"));
        assert!(is_place("Seoul"));
        assert!(is_demonym("Korean"));
        assert!(is_known_org("Kremlin"));
        assert!(is_east_asian_family_name("Kim"));
        assert!(is_function_word("The"));
        assert!(!is_place("Peskov"));
    }
}
