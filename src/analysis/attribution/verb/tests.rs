//! Reporting clauses as the sentence finder reads them, in sentences written for these tests.

use crate::analysis::{analyze, Context, Format};

/// `(cue, source)` of every attribution in `text`, as written.
fn clauses(text: &str) -> Vec<(String, Option<String>)> {
    let r = analyze(text, Format::PlainText, &Context::default());
    r.attributions
        .iter()
        .map(|a| {
            (
                text[a.cue.start..a.cue.end].to_string(),
                a.source.as_ref().map(|s| s.text.clone()),
            )
        })
        .collect()
}

fn source_of(text: &str, cue: &str) -> Option<String> {
    clauses(text)
        .into_iter()
        .find(|(c, _)| c == cue)
        .and_then(|(_, s)| s)
}

#[test]
fn a_usual_noun_is_a_verb_only_with_a_pronoun_subject_or_a_complement() {
    let lead = "Ferry poll.\n\n";
    for sentence in [
        "The ferry now calls at a few states along the coast.",
        "The Badger state voted early this year.",
        "Only the AP report mentioned the toll.",
        "Several states have yet to decide.",
    ] {
        let text = format!("{lead}{sentence}");
        let cues: Vec<String> = clauses(&text).into_iter().map(|(c, _)| c).collect();
        assert!(
            !cues
                .iter()
                .any(|c| matches!(c.as_str(), "state" | "states" | "report")),
            "{sentence}: {cues:?}"
        );
    }
    // Near misses: the same forms with a pronoun subject or a "that" after them.
    let text = format!("{lead}It states that the toll will end in June.");
    assert_eq!(source_of(&text, "states").as_deref(), Some("It"));
    let text = format!("{lead}They report that the pier is unsafe.");
    assert_eq!(source_of(&text, "report").as_deref(), Some("They"));
}

#[test]
fn saying_takes_no_dateline_time_or_participle_for_its_subject() {
    let lead = "Pier news.\n\n";
    for sentence in [
        "PORTLAND (AP) — The ferry stopped on Monday, saying nothing of the pier.",
        "Speaking at the quay, the ferry stopped, saying nothing of the pier.",
        "For months the pier stood empty, saying nothing to anyone.",
    ] {
        let text = format!("{lead}{sentence}");
        assert_eq!(source_of(&text, "saying"), None, "{sentence}");
    }
    // Near miss: a noun phrase opening the sentence is the subject.
    let text = format!("{lead}Dredgeco closed the pier on Monday, saying the deck was unsafe.");
    let src = source_of(&text, "saying").expect("the opening subject");
    assert!(src.starts_with("Dredgeco"), "{src}");
}

#[test]
fn thanks_to_is_a_preposition() {
    let text = "Ferry poll.\n\nThe lead grew thanks to a late surge in the north.";
    assert!(clauses(text).is_empty(), "{:?}", clauses(text));
    // Near miss: "thanks" with an object is the verb.
    let text = "Ferry poll.\n\nThe mayor thanks the crews for their long nights.";
    assert_eq!(source_of(text, "thanks").as_deref(), Some("mayor"));
}

#[test]
fn an_occasion_belongs_to_the_reporting_verb_after_it() {
    let text = "Ferry poll.\n\nIn a statement, the harbour board said the tolls would end.";
    let cues: Vec<String> = clauses(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(cues, ["said"], "{cues:?}");
    // Near miss: with no reporting verb after it the occasion is the clause.
    let text = "Ferry poll.\n\nIn a poll released Monday, 40 percent favoured a second bridge.";
    let cues: Vec<String> = clauses(text).into_iter().map(|(c, _)| c).collect();
    assert_eq!(cues, ["In"], "{cues:?}");
}

#[test]
fn regarding_something_as_something_is_a_view() {
    let lead = "Ferry poll.\n\n";
    for (sentence, cue, source) in [
        (
            "Most residents see the bridge as a lifeline.",
            "see",
            "Most residents",
        ),
        (
            "The council views the ferry as a luxury.",
            "views",
            "council",
        ),
        (
            "Fishermen regarded the new quay as too small.",
            "regarded",
            "Fishermen",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        assert_eq!(source_of(&text, cue).as_deref(), Some(source), "{sentence}");
    }
    // Near misses: seeing without "as", and "as they see it".
    for sentence in [
        "Residents saw the fireworks from the pier.",
        "As they see it, the bridge is safe enough.",
        "Drivers will see the new signs next week.",
    ] {
        let text = format!("{lead}{sentence}");
        let cues: Vec<String> = clauses(&text).into_iter().map(|(c, _)| c).collect();
        assert!(
            !cues.iter().any(|c| matches!(c.as_str(), "see" | "saw")),
            "{sentence}: {cues:?}"
        );
    }
}

#[test]
fn a_share_of_those_polled_is_the_subject() {
    let lead = "Ferry poll.\n\n";
    for (sentence, cue, share) in [
        (
            "Nearly six in 10 said the crossing should stay open.",
            "said",
            "six in 10",
        ),
        (
            "One out of five say they never take the bus.",
            "say",
            "One out of five",
        ),
        ("Only 9% say they walk to work.", "say", "9%"),
        (
            "About 30 per cent said the fares were too high.",
            "said",
            "30 per cent",
        ),
        (
            "Some 41 percent want a second bridge.",
            "want",
            "41 percent",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        assert_eq!(source_of(&text, cue).as_deref(), Some(share), "{sentence}");
    }
}

#[test]
fn numbers_that_are_not_a_share_make_no_clause() {
    let lead = "Ferry poll.\n\n";
    for sentence in [
        "The party swept seven out of 11 states on Tuesday.",
        "Fares rose 4 percent in May.",
        "The ferry carried 9% more cars in 2019 than in 2018.",
    ] {
        let text = format!("{lead}{sentence}");
        assert!(
            clauses(&text).is_empty(),
            "{sentence}: {:?}",
            clauses(&text)
        );
    }
}

#[test]
fn after_a_quotation_said_names_the_speaker_whatever_opens_the_phrase() {
    let text = "Pier plan.\n\n\u{201c}We will rebuild the pier,\u{201d} said former harbour master Tom Reid, who ran the port for years.";
    let src = source_of(text, "said").expect("the speaker after the quotation");
    assert!(src.contains("Tom Reid"), "{src}");
    let text =
        "Pier plan.\n\n\u{201c}It will open in June,\u{201d} says retired engineer Ada Moss.";
    let src = source_of(text, "says").expect("the speaker after the quotation");
    assert!(src.contains("Ada Moss"), "{src}");
}

#[test]
fn said_to_after_a_quotation_is_no_speaker() {
    let text = "Pier plan.\n\nThe notice, \u{201c}Closed for repairs,\u{201d} said to have gone up in May, was torn down.";
    assert!(
        clauses(text)
            .iter()
            .all(|(_, s)| s.as_deref().is_none_or(|s| !s.starts_with("to"))),
        "{:?}",
        clauses(text)
    );
}

#[test]
fn a_time_phrase_between_subject_and_verb_is_skipped() {
    let lead = "Pier news.\n\n";
    for (sentence, cue) in [
        (
            "Mayor Ines Barlow on Tuesday said the pier would reopen.",
            "said",
        ),
        (
            "Mayor Ines Barlow on Tuesday evening said the pier would reopen.",
            "said",
        ),
        (
            "Mayor Ines Barlow last week said the pier would reopen.",
            "said",
        ),
        (
            "Mayor Ines Barlow earlier this month said the pier would reopen.",
            "said",
        ),
        (
            "Mayor Ines Barlow in June warned the pier would close.",
            "warned",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        let src = source_of(&text, cue).unwrap_or_default();
        assert!(src.ends_with("Ines Barlow"), "{sentence}: {src:?}");
    }
    // Near misses: "may" is a verb, not the month; a time phrase opening the sentence
    // leaves the subject after it.
    let text = format!("{lead}The harbour board may announce that the pier is unsafe.");
    assert_eq!(
        source_of(&text, "announce").as_deref(),
        Some("harbour board")
    );
    let text = format!("{lead}On Tuesday the harbour master said the pier was unsafe.");
    let src = source_of(&text, "said").unwrap_or_default();
    assert!(!src.contains("Tuesday"), "{src:?}");
}

#[test]
fn an_adverbial_between_subject_and_verb_is_skipped() {
    let lead = "Pier news.\n\n";
    for (sentence, cue) in [
        ("The ferry company has always denied the leak.", "denied"),
        (
            "The ferry company has twice complained to the council.",
            "complained",
        ),
        (
            "The ferry company has in the past described the toll as unfair.",
            "described",
        ),
        (
            "The ferry company for the first time conceded the pier was unsafe.",
            "conceded",
        ),
        (
            "The ferry company didn’t announce when the pier would reopen.",
            "announce",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        let src = source_of(&text, cue).unwrap_or_default();
        assert!(src.ends_with("ferry company"), "{sentence}: {src:?}");
    }
    // Near miss: an adverbial opening the sentence is no gap before the verb.
    let text = format!("{lead}At first glance the figures suggest a rise.");
    assert!(
        clauses(&text)
            .iter()
            .all(|(_, s)| s.as_deref() != Some("first")),
        "{:?}",
        clauses(&text)
    );
}

#[test]
fn whom_one_tells_is_the_hearer_not_the_speaker() {
    let text = "Pier news.\n\nOwen Pryce, a ferry pilot from Oban, told the Herald.";
    let src = source_of(text, "told").unwrap_or_default();
    assert!(src.contains("Owen Pryce"), "{src:?}");
    // Near miss: after a quotation, "said" + a name is still the inverted speaker.
    let text = "Pier news.\n\n\u{201c}We are ready,\u{201d} said Owen Pryce.";
    assert_eq!(source_of(text, "said").as_deref(), Some("Owen Pryce"));
}

#[test]
fn said_by_telephone_is_no_passive() {
    let text = "Pier news.\n\n\u{201c}The pier is closed,\u{201d} Owen Pryce said by telephone.";
    assert_eq!(source_of(text, "said").as_deref(), Some("Owen Pryce"));
    // Near misses: real passives keep their agent.
    let text = "Pier news.\n\nThe closure was announced by Ines Barlow.";
    assert_eq!(source_of(text, "announced").as_deref(), Some("Ines Barlow"));
    let text = "Pier news.\n\nThe pier is unsafe, as was said by Ines Barlow.";
    assert_eq!(source_of(text, "said").as_deref(), Some("Ines Barlow"));
}

#[test]
fn who_stands_for_the_noun_before_it() {
    // After a comma, the noun the clause follows, not the subject of the sentence.
    let text = "Pier news.\n\nThe mayor praised Ines Barlow, who has pledged to rebuild the pier.";
    let src = source_of(text, "pledged").unwrap_or_default();
    assert!(src.starts_with("Ines Barlow"), "{src:?}");
    // Restrictive: "the 23 percent who said".
    let text = "Pier news.\n\nThe council said the 23 percent who said the tolls were fair had been ignored.";
    let whos: Vec<String> = clauses(text)
        .into_iter()
        .filter_map(|(c, s)| (c == "said").then_some(s).flatten())
        .collect();
    assert!(whos.iter().any(|s| s == "23 percent"), "{whos:?}");
    // Near miss: an apposition of the earlier speaker keeps the speaker.
    let text = "Pier news.\n\n\u{201c}We are ready,\u{201d} said Owen Pryce, a pilot from Oban, who said the crossing was safe.";
    let srcs: Vec<String> = clauses(text).into_iter().filter_map(|(_, s)| s).collect();
    assert!(srcs.iter().all(|s| s.contains("Owen Pryce")), "{srcs:?}");
}

#[test]
fn and_announced_takes_the_name_opening_the_sentence() {
    let text = "Pier news.\n\nGov. Ines Barlow toured the harbour and announced the dredging would start soon.";
    assert_eq!(
        source_of(text, "announced").as_deref(),
        Some("Gov. Ines Barlow")
    );
    // Near miss: a stance verb after "and" takes no subject from the first clause.
    let text = "Pier news.\n\nThe harbour is busy and wants a new quay.";
    assert!(source_of(text, "wants").is_none(), "{:?}", clauses(text));
}

#[test]
fn an_infinitive_after_a_voicing_verb_takes_its_subject() {
    let lead = "Pier news.\n\n";
    for (sentence, cue, subject) in [
        (
            "The harbour master went on to say that the pier would reopen.",
            "say",
            "harbour master",
        ),
        (
            "Ferry users are slightly more likely to say the fares are too high.",
            "say",
            "Ferry users",
        ),
        ("The mayor went on to praise the divers.", "praise", "mayor"),
        (
            "The pilots continue to insist the channel is safe.",
            "insist",
            "pilots",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        assert_eq!(
            source_of(&text, cue).as_deref(),
            Some(subject),
            "{sentence}: {:?}",
            clauses(&text)
        );
    }
    // Near misses: trying and allowing say nothing yet, an object stands between, and a
    // governing verb that is a cue of its own keeps the clause.
    for (sentence, cue) in [
        ("The council tried to explain the delay.", "explain"),
        (
            "The ferry firm allowed passengers to tell the crew.",
            "tell",
        ),
        ("The union used its newsletter to urge a boycott.", "urge"),
        ("The union refused to comment on the tolls.", "comment"),
    ] {
        let text = format!("{lead}{sentence}");
        assert!(
            clauses(&text).iter().all(|(c, _)| c != cue),
            "{sentence}: {:?}",
            clauses(&text)
        );
    }
}

#[test]
fn a_title_case_headline_reads_its_capitalised_verb() {
    let text = "Harbour Master Says Pier Will Reopen.\n\nThe pier has been shut since May.";
    assert_eq!(source_of(text, "Says").as_deref(), Some("Harbour Master"));
    // Near misses: a group as the subject is left to the body, whose words say who
    // they are; and outside title case a capital mid-sentence is still a name.
    let text = "Critics Slam Pier Closure Plan.\n\nThe pier has been shut since May.";
    assert!(source_of(text, "Slam").is_none(), "{:?}", clauses(text));
    let text = "Critics slam pier closure plan.\n\nThe pier has been shut since May.";
    assert!(source_of(text, "slam").is_some(), "{:?}", clauses(text));
    let text = "Pier news.\n\nThe quiz show Says Who drew a crowd at the pier.";
    assert!(
        clauses(text).iter().all(|(c, _)| c != "Says"),
        "{:?}",
        clauses(text)
    );
}

#[test]
fn verbs_of_ordering_offering_and_railing_attribute_a_stance() {
    let lead = "Pier news.\n\n";
    for (sentence, cue, subject) in [
        (
            "A federal judge ordered the harbour board to publish the survey.",
            "ordered",
            "federal judge",
        ),
        (
            "Ines Barlow offered a gloomier reading of the tolls.",
            "offered",
            "Ines Barlow",
        ),
        (
            "Owen Pryce railed against the new timetable.",
            "railed",
            "Owen Pryce",
        ),
        (
            "The ferry union refuses to accept the new rota.",
            "refuses",
            "ferry union",
        ),
        (
            "Lena Holt wondered aloud whether the pier could be saved.",
            "wondered",
            "Lena Holt",
        ),
    ] {
        let text = format!("{lead}{sentence}");
        let src = source_of(&text, cue).unwrap_or_default();
        assert!(src.ends_with(subject), "{sentence}: {:?}", clauses(&text));
    }
    // Near misses: the same words as nouns, or after a determiner, are no cue.
    for (sentence, cue) in [
        ("The order was read out at the pier.", "order"),
        ("Their hope is a dry summer.", "hope"),
        (
            "The pier remains the town's best hope for visitors.",
            "hope",
        ),
        ("The new timetable echoes the old one.", "echoes"),
    ] {
        let text = format!("{lead}{sentence}");
        assert!(
            clauses(&text).iter().all(|(c, _)| c != cue),
            "{sentence}: {:?}",
            clauses(&text)
        );
    }
}

/// The cue words of every clause in `text`.
fn cues(text: &str) -> Vec<String> {
    clauses(text).into_iter().map(|(c, _)| c).collect()
}

#[test]
fn founding_a_thing_or_finding_oneself_is_no_finding() {
    let lead = "Ferry news.\n\n";
    for sentence in [
        "Moss, who helped found the ferry trust, spoke first.",
        "The harbour board found itself short of money.",
    ] {
        let text = format!("{lead}{sentence}");
        assert!(!cues(&text).iter().any(|c| c == "found"), "{sentence}");
    }
    // Near miss: a finding with its clause.
    let text = format!("{lead}The harbour board found that the pier was unsafe.");
    assert!(
        cues(&text).iter().any(|c| c == "found"),
        "{:?}",
        clauses(&text)
    );
}

#[test]
fn plans_without_an_infinitive_are_a_noun() {
    let lead = "Ferry news.\n\n";
    for sentence in [
        "The council shelved its bold plans for the quay.",
        "A planned strike by the crews was called off.",
        "Crews backed the tax plans drawn up in May.",
    ] {
        let text = format!("{lead}{sentence}");
        assert!(
            !cues(&text).iter().any(|c| c == "plans" || c == "planned"),
            "{sentence}: {:?}",
            clauses(&text)
        );
    }
    // Near miss: an intention takes its infinitive.
    let text = format!("{lead}The ferry company plans to raise the fares.");
    assert!(
        cues(&text).iter().any(|c| c == "plans"),
        "{:?}",
        clauses(&text)
    );
}

#[test]
fn reporting_as_a_byline_or_a_count_is_no_cue() {
    let lead = "Ferry news.\n\n";
    for sentence in [
        "Additional reporting by Ada Moss in Oban.",
        "The mayor led by ten points with 90 percent of precincts reporting.",
    ] {
        let text = format!("{lead}{sentence}");
        assert!(!cues(&text).iter().any(|c| c == "reporting"), "{sentence}");
    }
    // Near miss: reporting with its clause.
    let text = format!("{lead}The Herald ran a story, reporting that the pier would close.");
    assert!(
        cues(&text).iter().any(|c| c == "reporting"),
        "{:?}",
        clauses(&text)
    );
}
