//! Organisations named by the phrase around them, with no head, suffix or gazetteer entry:
//! the outlet a source spoke to ("told Billboard"), the journal or paper a study appeared
//! in ("published in the journal Nature Astronomy", "Entertainment Weekly magazine"), the
//! body something is "according to" and the employer after a professional's role ("an
//! analyst with Bank Sal Oppenheim"). Each cue names a body, never a person; a run that
//! looks like a person's name (a given name first, a possessive) or a place is left alone.

use super::*;

/// Lower-case nouns that name a publication or an outlet right before or after its name.
const MEDIA_NOUNS: &[&str] = &[
    "journal",
    "magazine",
    "newspaper",
    "tabloid",
    "website",
    "broadcaster",
    "weekly",
];

/// Professional roles whose "with"/"at" names an employer ("analyst with", "economist at").
const EMPLOYED_ROLES: &[&str] = &[
    "analyst",
    "economist",
    "strategist",
    "researcher",
    "consultant",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Does a cue around tokens `[a, b)` say they name an organisation?
pub(super) fn org_named_by_cue(s: &Sent, lex: &Lex, a: usize, b: usize) -> bool {
    if name_goes_on(s, b) || person_follows(s, b) {
        return false;
    }
    // "told Billboard": a capitalised common word a source speaks to mid-sentence is a
    // name; after the other cues it may be a heading's word.
    let told = told_outlet(s, a) && clause_goes_on(s, b);
    let heard = (told || according_to(s, a, b)) && not_a_persons_shape(s, a, b);
    let cue = heard || media_noun_next_to(s, a, b) || employer_after_role(s, a);
    cue && org_shaped(s, lex, a, b, told)
}

/// "told Politico that", "told Fox in", "told the Courier.": after the one spoken to, a
/// function word or punctuation. "told the Biblical story" is an adjective before a noun.
fn clause_goes_on(s: &Sent, b: usize) -> bool {
    b >= s.len() || !s.is_word(b) || is_function_word(s.text(b))
}

/// Told or quoted, a body and a person are both heard; only a name that cannot be a
/// person's is taken: a word in capitals or with an inner capital ("POLITICO",
/// "HuffPost"), three words or more, or two whose first is a common word ("Rolling
/// Stone", "Daily Beast") or whose last is an outlet's head ("Jupiter Research"). A lone
/// surname is often a common word ("told Trump", "told Baker"), so one word alone needs
/// capitals; "Donald Trump" and "Megyn Kelly" stay people's.
fn not_a_persons_shape(s: &Sent, a: usize, b: usize) -> bool {
    let words: Vec<&str> = (a..b)
        .filter(|&i| s.is_word(i))
        .map(|i| s.text(i))
        .collect();
    let capitals = words.iter().any(|w| is_acronym(w) || is_camel_case(w));
    let pair_of_a_body = words.len() == 2
        && (is_common_word(&words[0].to_lowercase())
            || OUTLET_HEADS.contains(&strip_possessive(words[1]).0));
    words.len() >= 3 || capitals || pair_of_a_body
}

/// Last words of outlets' and research firms' names that no head list holds.
const OUTLET_HEADS: &[&str] = &[
    "Research",
    "Citizen",
    "Herald",
    "Gazette",
    "Tribune",
    "Courier",
    "Chronicle",
    "Insider",
    "Edition",
    "Review",
    "Reports",
    "Weekly",
    "Daily",
    "Times",
    "Post",
    "News",
    "Radio",
    "Magazine",
    "Online",
];

/// Could tokens `[a, b)` name a body rather than a person or a place? No given name first,
/// no possessive at the end, not a place, a nationality, a month or (unless `common_ok`)
/// a common word alone.
fn org_shaped(s: &Sent, lex: &Lex, a: usize, b: usize, common_ok: bool) -> bool {
    let first = s.text(a);
    let (name, _) = name_of(s, a, b);
    let last = s.text(b - 1);
    let lone_common = !common_ok && b - a == 1 && is_common_word(&first.to_lowercase());
    // "Bank Sal Oppenheim": an organisation head first is no given name, though the
    // list of given names holds "Bank".
    let given_first = is_given_name(first) && !lex.org_head(first);
    let titled = (a..b).any(|i| lex.title_head(s.text(i)) || is_demonym(s.text(i)));
    !(given_first
        || titled
        || is_initial(first)
        || strip_possessive(last).1
        || possessive_mark_after(s, b - 1)
        || is_place(&name)
        || is_demonym(first)
        || is_calendar(&name)
        || lex.not_name(&name)
        || is_not_org_acronym(&name)
        || lone_common)
}

/// "Monthly Notices of the Royal ...", "Purvin and Gertz": "of", "and" or "&" and a
/// capitalised word after the run may carry the name on; the run alone is then no name.
fn name_goes_on(s: &Sent, b: usize) -> bool {
    b + 1 < s.len() && matches!(s.text(b), "of" | "and" | "&") && is_cap_word(s.text(b + 1))
}

/// "according to Sui-Lee Wee of the New York Times", "told Ann Roe from the council": a
/// run followed by where a person works, or by "who", is a person's name.
fn person_follows(s: &Sent, b: usize) -> bool {
    b < s.len() && matches!(s.text(b), "of" | "from" | "who")
}

/// The lower-case word `back` tokens before `a`, if any.
fn word_before(s: &Sent, a: usize, back: usize) -> Option<String> {
    (a >= back).then(|| s.text(a - back).to_lowercase())
}

/// "told Billboard", "told the Gloucester Citizen": the one a source spoke to, when not a
/// person's name, is an outlet.
fn told_outlet(s: &Sent, a: usize) -> bool {
    match word_before(s, a, 1).as_deref() {
        Some("told") => true,
        Some("the") => word_before(s, a, 2).as_deref() == Some("told"),
        _ => false,
    }
}

/// "the journal JAMA Psychiatry", "published in BMJ Case Reports", "Entertainment Weekly
/// magazine": a publication named next to its noun or after "published in".
fn media_noun_next_to(s: &Sent, a: usize, b: usize) -> bool {
    let before = word_before(s, a, 1);
    let media = |w: &str| MEDIA_NOUNS.contains(&w);
    let noun_before = before
        .as_deref()
        .is_some_and(|w| media(w) && s.text(a - 1) == w);
    // "a Baton Rouge newspaper": after "a", the run only says which paper.
    let indefinite = matches!(before.as_deref(), Some("a" | "an" | "one"));
    let noun_after = b < s.len() && media(s.text(b)) && !indefinite;
    let published_in =
        before.as_deref() == Some("in") && word_before(s, a, 2).as_deref() == Some("published");
    noun_before || noun_after || published_in
}

/// "according to Jupiter Research": two words or more after "according to" that are not
/// a person's name (a lone surname may be a person's, so one word is left out).
fn according_to(s: &Sent, a: usize, b: usize) -> bool {
    b - a >= 2
        && word_before(s, a, 1).as_deref() == Some("to")
        && word_before(s, a, 2).as_deref() == Some("according")
}

/// "an analyst with Bank Sal Oppenheim", "economist at the Acme Bank": a professional's
/// "with"/"at" names the employer.
fn employer_after_role(s: &Sent, a: usize) -> bool {
    let mut k = a;
    if word_before(s, k, 1).as_deref() == Some("the") {
        k -= 1;
    }
    matches!(word_before(s, k, 1).as_deref(), Some("with" | "at"))
        && word_before(s, k, 2).is_some_and(|w| EMPLOYED_ROLES.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::tests::{ents, kind_of};
    use crate::analysis::entities::EntityKind;

    const ORG: Option<EntityKind> = Some(EntityKind::Organization);

    #[test]
    fn the_outlet_a_source_told_is_an_organisation() {
        let es = ents("Her agent told Rolling Gazette the tour was off.");
        assert_eq!(kind_of(&es, "Rolling Gazette"), ORG);
        let es = ents("Her coach told the Dunmore Courier: \"She is ready.\"");
        assert_eq!(kind_of(&es, "Dunmore Courier"), ORG);
    }

    #[test]
    fn a_name_that_may_be_a_persons_after_told_is_no_outlet() {
        // Unknown given names, a lone surname, an adjective before a noun.
        let es = ents("On air, I told Jolena Vark that the plan was wrong.");
        assert_ne!(kind_of(&es, "Jolena Vark"), ORG);
        let es = ents("The senator told Ostrander that the plan was wrong.");
        assert_ne!(kind_of(&es, "Ostrander"), ORG);
        // A surname that is also a common word, alone or after an unknown given name.
        let es = ents("The senator told Baker that the plan was wrong.");
        assert_ne!(kind_of(&es, "Baker"), ORG);
        let es = ents("I told Dorvan Baker that the plan was wrong.");
        assert_ne!(kind_of(&es, "Dorvan Baker"), ORG);
        let es = ents("The priest told the Biblical story of the flood.");
        assert_ne!(kind_of(&es, "Biblical"), ORG);
        // A modifier at the start of the outlet's name stays in it.
        let es = ents("The mayor told the New Harbor Daily News that he would stay.");
        assert_eq!(kind_of(&es, "New Harbor Daily News"), ORG);
    }

    #[test]
    fn a_person_or_a_place_after_told_is_no_outlet() {
        let es = ents("The minister told Helen Marsh the plan was dead.");
        assert_eq!(kind_of(&es, "Helen Marsh"), Some(EntityKind::Person));
        let es = ents("She told Paris she would return.");
        assert_eq!(kind_of(&es, "Paris"), None);
        // A possessive starts a longer phrase: "told Marsh's lawyer".
        let es = ents("The judge told Corvane's mother to sit down.");
        assert_eq!(kind_of(&es, "Corvane"), None);
    }

    #[test]
    fn a_publication_named_next_to_its_noun_is_an_organisation() {
        let es = ents("The trial was published in the journal Brevis Medica last week.");
        assert_eq!(kind_of(&es, "Brevis Medica"), ORG);
        let es = ents("A panel from Screen Notes magazine chose the nominees.");
        assert_eq!(kind_of(&es, "Screen Notes"), ORG);
        // After "a", the words before the noun only say which paper.
        let es = ents("A Corvale newspaper called for calm.");
        assert_ne!(kind_of(&es, "Corvale"), ORG);
        let es = ents("The findings were published in Clinical Cases Today.");
        assert_eq!(kind_of(&es, "Clinical Cases Today"), ORG);
    }

    #[test]
    fn no_publication_without_its_noun() {
        // "in" alone, or a media noun with a person's name, names no publication.
        let es = ents("The findings were shared in Clinical Cases Today.");
        assert_eq!(kind_of(&es, "Clinical Cases Today"), None);
        let es = ents("A profile of the editor was written by Mark Dunne magazine staff.");
        assert_ne!(kind_of(&es, "Mark Dunne"), ORG);
    }

    #[test]
    fn according_to_a_name_of_two_words_that_is_no_persons() {
        let es = ents("According to Meridian Insight 40% of homes have a recorder.");
        assert_eq!(kind_of(&es, "Meridian Insight"), ORG);
        let es = ents("According to Anna Fischer the homes were empty.");
        assert_eq!(kind_of(&es, "Anna Fischer"), Some(EntityKind::Person));
        let es = ents("Staff were tested, according to Tae-Hun Kang of the Daily Ledger.");
        assert_ne!(kind_of(&es, "Tae-Hun Kang"), ORG);
        let es = ents("According to Fischer the homes were empty.");
        assert_ne!(kind_of(&es, "Fischer"), ORG);
        // A lone common word after the other cues is no name ("the journal Plenty").
        let es = ents("Visitors read the journal Plenty.");
        assert_ne!(kind_of(&es, "Plenty"), ORG);
    }

    #[test]
    fn an_analysts_employer_is_an_organisation() {
        let es = ents(
            "\"Prices will fall,\" said Ian Rook, an analyst with Bank Hal Vetter, on Monday.",
        );
        assert_eq!(kind_of(&es, "Bank Hal Vetter"), ORG);
        assert_eq!(kind_of(&es, "Ian Rook"), Some(EntityKind::Person));
        // A place after "at", or a role that is no job ("a meeting with"), names no employer.
        let es = ents("Her friend said Ian Rook, an economist at Paris, was right.");
        assert_eq!(kind_of(&es, "Paris"), None);
        // A name that may go on over "and" or "of" is left alone.
        let es = ents("\"Prices will fall,\" said Ian Rook, an analyst with Tallis and Brook.");
        assert_ne!(kind_of(&es, "Tallis"), ORG);
        let es = ents("She had a long meeting with Carlo Venn on Friday.");
        assert_eq!(kind_of(&es, "Carlo Venn"), Some(EntityKind::Person));
    }
}
