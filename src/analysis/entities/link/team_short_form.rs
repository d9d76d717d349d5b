//! A team's short name: "Manchester United" is "United" and "Los Angeles Lakers" the
//! "Lakers" once the full name is given, though the short form is a common word. A
//! nationality before the name ("British Airways") is not a place, so "Airways" is never
//! read alone.

use crate::analysis::lexicon::names::{is_org_head, is_org_suffix, is_place, is_title_head};

/// The one word left of `words` after a place of one or two words ("Manchester",
/// "Los Angeles"), when it is capitalised and no title or organisation head.
pub(super) fn after_place_prefix(words: &[String]) -> Option<&str> {
    let n = words.len();
    let place_len = (1..=2).find(|&k| k + 1 == n && is_place(&words[..k].join(" ")))?;
    let last = words[place_len].as_str();
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    (capitalised && !is_org_head(last) && !is_org_suffix(last) && !is_title_head(last))
        .then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn last_word_after_a_place_stands_alone() {
        assert_eq!(after_place_prefix(&w("Manchester United")), Some("United"));
        assert_eq!(after_place_prefix(&w("Los Angeles Lakers")), Some("Lakers"));
    }

    #[test]
    fn no_short_form_without_a_place_or_with_a_head() {
        assert_eq!(after_place_prefix(&w("British Airways")), None);
        assert_eq!(after_place_prefix(&w("Tony Blair")), None);
        assert_eq!(after_place_prefix(&w("London Council")), None);
        assert_eq!(after_place_prefix(&w("Manchester")), None);
    }
}
