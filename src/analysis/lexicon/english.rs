//! English common words and given names, loaded once from vendored data files.
//!
//! - `data/english-words.txt`: every lower-case entry of harper-core 3.0.0's curated
//!   dictionary (Apache-2.0, Automattic and the Harper contributors). Chosen because it is
//!   a maintained, hand-curated spelling dictionary whose entries are marked as proper or
//!   common: taking only the lower-case entries gives exactly "words that are not names"
//!   ("Following", "Later", "Defense" at the start of a sentence), while surnames that are
//!   also words ("Brown", "Moon") are still allowed where the context calls them names.
//!   Inflected forms are found by stripping regular suffixes (`is_common_word`).
//! - `data/given-names.txt`: Moby Word II first names (public domain) as packaged by the
//!   stdlib project (Apache-2.0). A given name followed by a capitalised word is a person cue.

use std::collections::HashSet;
use std::sync::LazyLock;

static ENGLISH: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/english-words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

static GIVEN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/given-names.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

fn in_dict(w: &str) -> bool {
    ENGLISH.contains(w)
}

/// Is `word` (any case) a common English word, counting regular inflections
/// ("Following", "Later", "analysts", "studies")?
pub fn is_common_word(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.replace('’', "'");
    let w = w.strip_suffix("'s").unwrap_or(&w);
    if w.is_empty() {
        return false;
    }
    if in_dict(w) {
        return true;
    }
    let try_base = |base: &str| !base.is_empty() && in_dict(base);
    for (suffix, repl) in [
        ("ies", "y"),
        ("ied", "y"),
        ("ier", "y"),
        ("iest", "y"),
        ("ily", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("er", ""),
        ("r", ""),
        ("est", ""),
        ("st", ""),
        ("ly", ""),
        ("ly", "le"),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() < 2 {
                continue;
            }
            let base = format!("{stem}{repl}");
            if try_base(&base) {
                return true;
            }
            // Doubled consonant: "planned" → "plan", "bigger" → "big".
            if repl.is_empty() {
                if let Some(single) = undoubled(stem) {
                    if try_base(single) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// `stem` without its last letter when it ends in a doubled letter ("plann" → "plan"),
/// compared as characters so a multi-byte letter is never cut in half.
fn undoubled(stem: &str) -> Option<&str> {
    let mut rev = stem.char_indices().rev();
    let (last_at, last) = rev.next()?;
    let (_, before) = rev.next()?;
    (last == before && stem.chars().count() >= 3).then(|| &stem[..last_at])
}

/// Is `word` a given (first) name ("Mark", "Sue")? Case-sensitive: names are capitalised.
pub fn is_given_name(word: &str) -> bool {
    GIVEN.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubled_letters_are_compared_as_characters() {
        assert_eq!(undoubled("plann"), Some("plan"));
        assert_eq!(undoubled("bigg"), Some("big"));
        assert_eq!(undoubled("ѩ𐾾"), None);
        assert_eq!(undoubled("ab𐾾𐾾"), Some("ab𐾾"));
        assert!(!is_common_word("ѩ𐾾er"));
    }

    #[test]
    fn common_words_with_inflections() {
        for w in [
            "Following",
            "Later",
            "Defense",
            "analysts",
            "studies",
            "planned",
            "The",
        ] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Peskov", "Zinoviev", "Ryabykh", "Hong-kyun"] {
            assert!(!is_common_word(w), "{w}");
        }
    }

    #[test]
    fn given_names() {
        assert!(is_given_name("Mark"));
        assert!(is_given_name("Sue"));
        assert!(!is_given_name("Peskov"));
    }
}
