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
