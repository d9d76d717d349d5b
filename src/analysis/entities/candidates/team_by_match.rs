//! A country or city playing as a team: in a sentence about a match, the side a team
//! drew with, won over, lost to or played against ("a friendly against Hungary", "an away
//! loss to Germany", "the quarter-final at home to Bristol"). Only places are read this
//! way (and plural names after "the" that are no common word: "a win over the Yankees"):
//! a lone other name after "against" or "beat" is as often a player ("beat Federer").

use super::*;

/// Words that say a sentence is about a game.
const MATCH_WORDS: &[&str] = &[
    "match",
    "matches",
    "game",
    "games",
    "friendly",
    "cup",
    "league",
    "club",
    "squad",
    "cap",
    "tournament",
    "quarter-final",
    "semi-final",
    "replay",
    "fixture",
    "coach",
    "rugby",
    "football",
    "striker",
    "championship",
];

/// Does the run `[a, b)` name the side a team plays in a sentence about a game?
pub(super) fn team_by_match(s: &Sent, a: usize, b: usize) -> bool {
    let (name, _) = name_of(s, a, b);
    let plural_after_the = b - a == 1
        && a > 0
        && s.text(a - 1) == "the"
        && name.ends_with('s')
        && !name.ends_with("ss")
        && !is_common_word(&name.to_lowercase());
    if !(is_place(&name) || plural_after_the) || strip_possessive(s.text(b - 1)).1 {
        return false;
    }
    let k = if plural_after_the { a - 1 } else { a };
    match_cue_before(s, k) && about_a_game(s)
}

/// "against X", "draw with X", "win over X", "loss to X", "at home to X", "beating X".
fn match_cue_before(s: &Sent, k: usize) -> bool {
    let w = |back: usize| (k >= back).then(|| s.text(k - back).to_lowercase());
    let (one, two) = (w(1), w(2));
    let (one, two) = (one.as_deref(), two.as_deref());
    match one {
        Some("against" | "beating") => true,
        Some("with") => matches!(two, Some("draw" | "game" | "match" | "tie")),
        Some("over") => matches!(two, Some("win" | "wins" | "victory" | "victories")),
        Some("to") => matches!(two, Some("defeat" | "loss" | "home" | "away")),
        _ => false,
    }
}

/// A word about a game anywhere in the sentence.
fn about_a_game(s: &Sent) -> bool {
    (0..s.len()).any(|i| s.is_word(i) && MATCH_WORDS.contains(&s.text(i).to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::{ents, kind_of};
    use crate::analysis::entities::EntityKind;

    const ORG: Option<EntityKind> = Some(EntityKind::Organization);

    #[test]
    fn a_place_a_side_plays_in_a_game_is_a_team() {
        let es = ents("He earns his first cap in the friendly against Portugal on Sunday.");
        assert_eq!(kind_of(&es, "Portugal"), ORG);
        let es = ents("The rugby side slumped to a defeat to Italy in Rome.");
        assert_eq!(kind_of(&es, "Italy"), ORG);
        let es = ents("They fell in the cup replay after a win over the Yarvicks.");
        assert_eq!(kind_of(&es, "Yarvicks"), ORG);
    }

    #[test]
    fn no_team_outside_a_game_or_without_a_match_cue() {
        // Politics: a place after "against" with no game in the sentence.
        let es = ents("The senators voted for sanctions against Portugal on Sunday.");
        assert_eq!(kind_of(&es, "Portugal"), None);
        // A game, but the place is where it is played.
        let es = ents("The friendly will be played in Portugal on Sunday.");
        assert_eq!(kind_of(&es, "Portugal"), None);
        // A lone name that is no place may be a player.
        let es = ents("He won the cup match against Brevik in straight sets.");
        assert_ne!(kind_of(&es, "Brevik"), ORG);
    }
}
