//! Organisations that carry no head or suffix, recognised from what the sentence says
//! about them: a team's people after its name ("Liverpool captain Ann Reed", even though
//! Liverpool is also a city), what only a company has after its possessive ("Oracle's
//! chief executive"), and a one-word name after "the" that reports ("the Bundesbank
//! said"). A person never takes "the", and a place has no captain or chief executive.

use super::*;

/// Does the sentence around tokens `[a, b)` show they name an organisation?
pub(super) fn org_from_context(s: &Sent, lex: &Lex, a: usize, b: usize) -> bool {
    if (a..b).any(|i| lex.title_head(s.text(i)) || is_demonym(s.text(i))) {
        return false;
    }
    team_before_role(s, a, b)
        || company_possessive(s, a, b)
        || the_name_reports(s, lex, a, b)
        || numbered_station(s, a, b)
        || listed_after_org_noun(s, a, b)
}

/// "companies such as Adam Opel", "networks like Zapster, Kazoo and Grobster", "lenders
/// including Hallam": names listed after a plural organisation noun and "such as",
/// "like" or "including" are organisations, even when one looks like a person's name.
/// The list is walked back over names, commas and "and" only. A possessive with a name
/// after it ("groups such as Emily's List") is the start of a longer name, left alone.
fn listed_after_org_noun(s: &Sent, a: usize, b: usize) -> bool {
    if is_possessive(s, b) && cap_at(s, after_possessive(s, b)) {
        return false;
    }
    let mut i = a;
    while i > 0 && matches!(s.text(i - 1), "," | "and" | "or" | "&" | "-" | "/") {
        i -= 1;
        while i > 0 && s.is_word(i - 1) && is_cap_word(s.text(i - 1)) {
            i -= 1;
        }
    }
    let cue = if i >= 2 && s.text(i - 1) == "as" && s.text(i - 2) == "such" {
        i - 2
    } else if i >= 1 && matches!(s.text(i - 1), "like" | "including") {
        i - 1
    } else {
        return false;
    };
    cue >= 1 && s.is_word(cue - 1) && plural_org_noun(s.text(cue - 1))
}

/// "companies", "firms", "networks": the plural of an organisation noun, in lower case,
/// that never names people ("producers such as Ann Roe" may be film producers).
fn plural_org_noun(w: &str) -> bool {
    if w.chars().any(char::is_uppercase) {
        return false;
    }
    let singular = match w.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => match w.strip_suffix('s') {
            Some(stem) => stem.to_string(),
            None => return false,
        },
    };
    is_org_descriptor(&singular) && !is_person_or_org_noun(&singular)
}

/// "Radio 4", "Channel 4": a broadcasting head with its number is a station.
fn numbered_station(s: &Sent, a: usize, b: usize) -> bool {
    b - a >= 2 && is_numbered_station_head(s.text(b - 2)) && station_number(s, b - 1)
}

/// The run without a leading modifier that qualifies the role after it or a common word
/// opening the sentence: "Former France centre" names "France".
pub(super) fn org_start(s: &Sent, a: usize, b: usize) -> usize {
    let mut a = a;
    while a + 1 < b {
        let w = s.text(a).to_lowercase();
        let opener = a == first_word(s) && is_common_word(&w);
        if !(is_role_modifier(&w) || opener) {
            break;
        }
        a += 1;
    }
    a
}

/// The index just past a possessive mark written as its own token ("Democrats’ ").
fn after_possessive(s: &Sent, b: usize) -> usize {
    if b < s.len() && matches!(s.text(b), "'" | "’") {
        b + 1
    } else {
        b
    }
}

fn is_possessive(s: &Sent, b: usize) -> bool {
    strip_possessive(s.text(b - 1)).1 || possessive_mark_after(s, b - 1)
}

/// A capitalised word (a following name) at `i`.
fn cap_at(s: &Sent, i: usize) -> bool {
    i < s.len() && s.is_word(i) && is_cap_word(s.text(i))
}

/// "Liverpool captain", "Oklahoma City coach Bill Dean", "France centre Tom Price": a
/// team's role written right after its name. Roles that are also common nouns ("centre",
/// "wing", "forward") and a first word that is also a given name ("Chelsea striker") need
/// the player's name after them.
fn team_before_role(s: &Sent, a: usize, b: usize) -> bool {
    let r = after_possessive(s, b);
    if r >= s.len() || !s.is_word(r) || !is_team_role(s.text(r)) {
        return false;
    }
    let a = org_start(s, a, b);
    let role = s.text(r);
    let common_role = matches!(
        role,
        "centre" | "center" | "wing" | "forward" | "international" | "prospect" | "keeper"
    );
    let first = s.text(a);
    let needs_name = common_role || (b - a == 1 && is_given_name(strip_possessive(first).0));
    if needs_name && !cap_at(s, r + 1) {
        return false;
    }
    !(is_calendar(strip_possessive(first).0) || is_function_word(first))
}

/// "Oracle's chief executive", "Acme's new chairman", "Zeta's shares": a lone name whose
/// possessive holds what only a company has. Not a place ("Britain's board"), a given name
/// or a common word ("Apple" is read only mid-sentence, where its capital means a name).
fn company_possessive(s: &Sent, a: usize, b: usize) -> bool {
    if b - a != 1 || !is_possessive(s, b) {
        return false;
    }
    let w = strip_possessive(s.text(a)).0;
    let sentence_start = a == first_word(s);
    if is_place(w)
        || is_given_name(w)
        || is_calendar(w)
        || (is_common_word(&w.to_lowercase()) && sentence_start)
    {
        return false;
    }
    let r = after_possessive(s, b);
    // One modifier may stand between: "new", "former", "acting".
    let modified = r < s.len() && is_role_modifier(&s.text(r).to_lowercase());
    company_possession_at(s, r) || (modified && company_possession_at(s, r + 1))
}

/// One of `COMPANY_POSSESSIONS` starts at token `r`.
fn company_possession_at(s: &Sent, r: usize) -> bool {
    COMPANY_POSSESSIONS.iter().any(|p| {
        let words: Vec<&str> = p.split(' ').collect();
        words.len() + r <= s.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, pw)| s.is_word(r + k) && s.text(r + k).eq_ignore_ascii_case(pw))
    })
}

/// "the Bundesbank said", "said the Bundesbank.": one uncommon capitalised word after a
/// lower-case "the", next to a reporting verb. Plurals ("the Clintons said") may be a
/// family, so they are left out.
fn the_name_reports(s: &Sent, lex: &Lex, a: usize, b: usize) -> bool {
    if b - a != 1 || a == 0 || s.text(a - 1) != "the" {
        return false;
    }
    let w = s.text(a);
    if is_common_word(&w.to_lowercase())
        || is_place(w)
        || is_given_name(w)
        || is_calendar(w)
        || lex.not_name(w)
        || is_not_org_acronym(w)
        || is_role_noun(&w.to_lowercase())
        || (w.ends_with('s') && !w.ends_with("ss"))
        || strip_possessive(w).1
    {
        return false;
    }
    let inflected =
        |i: usize| s.is_word(i) && reporting_verb(s.text(i)).is_some_and(|v| v.lemma != s.text(i));
    let verb_after = b < s.len() && inflected(b);
    let verb_before = a >= 2 && inflected(a - 2) && (b >= s.len() || !s.is_word(b));
    verb_after || verb_before
}

/// Pushes tokens `[a, b)` as an organisation found by its context (a place name may be a
/// team here, so places are kept).
pub(super) fn push_context_org(s: &Sent, a: usize, b: usize, out: &mut Vec<Candidate>) {
    let words = words_of(s, a, b);
    if words.is_empty() {
        return;
    }
    let (name, span) = name_of(s, a, b);
    out.push(Candidate {
        span,
        name,
        words,
        kind: EntityKind::Organization,
        strong: true,
        honorific: false,
        roles: Vec::new(),
        acronym: acronym_after(s, b),
    });
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::{ents, kind_of};
    use crate::analysis::entities::EntityKind;

    #[test]
    fn a_place_before_a_teams_role_is_the_team() {
        let es = ents("Fans booed as Leeds captain Owen Marsh limped off in the rain.");
        assert_eq!(kind_of(&es, "Leeds"), Some(EntityKind::Organization));
        assert_eq!(kind_of(&es, "Owen Marsh"), Some(EntityKind::Person));
        let es = ents("Former Italy centre Marco Bellini thinks the side will win.");
        assert_eq!(kind_of(&es, "Italy"), Some(EntityKind::Organization));
        assert_eq!(kind_of(&es, "Former Italy"), None);
    }

    #[test]
    fn no_team_without_a_teams_role_or_a_name_after_a_common_one() {
        // A place with a civic role, a city centre and a nationality stay what they are.
        let es = ents("Aid reached Leeds mayor Owen Marsh and the Leeds centre of town.");
        assert_eq!(kind_of(&es, "Leeds"), None);
        let es = ents("The Welsh captain Owen Marsh limped off.");
        assert_eq!(kind_of(&es, "Welsh"), None);
    }

    #[test]
    fn a_possessive_holding_a_companys_things_is_a_company() {
        let es = ents("Profits fell, and Zorvex's chief executive Ann Hale left.");
        assert_eq!(kind_of(&es, "Zorvex"), Some(EntityKind::Organization));
        let es = ents("Investors sold Quillon's shares on Monday.");
        assert_eq!(kind_of(&es, "Quillon"), Some(EntityKind::Organization));
    }

    #[test]
    fn a_possessive_of_a_place_or_a_person_is_no_company() {
        let es = ents("The talks ended, and Britain's chief executive officers met.");
        assert_eq!(kind_of(&es, "Britain"), None);
        let es = ents("They read Zorvex's letter and met Peter's chairman friend.");
        assert_eq!(kind_of(&es, "Zorvex"), None);
        assert_eq!(kind_of(&es, "Peter"), None);
    }

    #[test]
    fn names_listed_after_a_plural_organisation_noun_are_organisations() {
        let es = ents("Orders fell at companies such as Harold Brink and Velloway last year.");
        assert_eq!(kind_of(&es, "Harold Brink"), Some(EntityKind::Organization));
        assert_eq!(kind_of(&es, "Velloway"), Some(EntityKind::Organization));
        let es = ents("Shares in broadcasters like Zentavision rose on Monday.");
        assert_eq!(kind_of(&es, "Zentavision"), Some(EntityKind::Organization));
        // The first word of a longer name is not one.
        let es = ents("Money came from groups such as Harriet's Fund last year.");
        assert_eq!(kind_of(&es, "Harriet"), None);
    }

    #[test]
    fn names_after_other_plurals_or_without_the_cue_stay_what_they_are() {
        // People listed after a plural of people, and a name after a lone "like".
        let es = ents("Orders came from rivals' staff and from singers such as Harold Brink.");
        assert_eq!(kind_of(&es, "Harold Brink"), Some(EntityKind::Person));
        let es = ents("The film drew praise from producers such as Harold Brink.");
        assert_eq!(kind_of(&es, "Harold Brink"), Some(EntityKind::Person));
        let es = ents("He sang like Harold Brink did in his youth.");
        assert_ne!(kind_of(&es, "Harold Brink"), Some(EntityKind::Organization));
    }

    #[test]
    fn a_station_number_is_part_of_the_name() {
        let es = ents("She told Radio 7 on Monday that the show began on BBC Radio 9's late slot.");
        assert_eq!(kind_of(&es, "Radio 7"), Some(EntityKind::Organization));
        assert_eq!(kind_of(&es, "BBC Radio 9"), Some(EntityKind::Organization));
        assert_eq!(kind_of(&es, "BBC Radio"), None);
    }

    #[test]
    fn a_number_after_another_name_stays_out() {
        let es = ents("They flew on an Airbus 380 and met Mayor Ann Dale 12 times.");
        assert!(!es.iter().any(|e| e.name.contains(char::is_numeric)));
    }

    #[test]
    fn one_word_after_the_that_reports_is_an_organisation() {
        let es = ents("Prices rose again, the Zentralbank said on Friday.");
        assert_eq!(kind_of(&es, "Zentralbank"), Some(EntityKind::Organization));
        let es = ents("Prices will rise, said the Zentralbank.");
        assert_eq!(kind_of(&es, "Zentralbank"), Some(EntityKind::Organization));
    }

    #[test]
    fn the_with_a_role_a_family_or_no_verb_is_not_enough() {
        let es = ents("It will end soon, says the DJ.");
        assert_eq!(kind_of(&es, "DJ"), None);
        let es = ents("Prices rose again, the Morrows said on Friday.");
        assert_eq!(kind_of(&es, "Morrows"), None);
        let es = ents("Prices rose after the Zentralbank meeting.");
        assert_eq!(kind_of(&es, "Zentralbank"), None);
    }
}
