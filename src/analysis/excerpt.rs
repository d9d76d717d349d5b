//! Short excerpts of the draft for messages and menu titles: the words folded onto one
//! line and cut at a word, so a message names the sentence without reprinting it.

/// `words` folded onto one line and, when longer than `max_chars`, cut at a word
/// (never before half of `max_chars`) with an ellipsis.
pub fn excerpt(words: &str, max_chars: usize) -> String {
    let folded = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max_chars {
        return folded;
    }
    let cut: String = folded.chars().take(max_chars).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max_chars / 2);
    format!("{}…", at_word.map_or(cut.as_str(), |i| &cut[..i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_and_cut_at_a_word() {
        assert_eq!(excerpt("officials\n  said", 32), "officials said");
        let long = excerpt(
            "The council has cut 1,200 jobs since the start of 2019.",
            32,
        );
        assert!(long.ends_with('…') && long.chars().count() <= 33, "{long}");
        assert_eq!(long, "The council has cut 1,200 jobs…");
    }

    #[test]
    fn a_word_longer_than_the_excerpt_is_cut_inside_it() {
        assert_eq!(excerpt("Supercalifragilistic words", 8), "Supercal…");
        assert_eq!(excerpt("ünïcödé ünïcödé", 9), "ünïcödé…");
    }
}
