use super::RelationKind;
use crate::analysis::{analyze, Context, Format};

/// (cue, source, source entity, content, kind, vague) of every relation.
type Row = (
    String,
    Option<String>,
    Option<String>,
    String,
    RelationKind,
    bool,
);

fn rows(text: &str) -> Vec<Row> {
    let r = analyze(text, Format::PlainText, &Context::default());
    r.relations
        .iter()
        .map(|x| {
            (
                x.cue.slice(text).to_string(),
                x.source.map(|s| s.slice(text).to_string()),
                x.source_entity.clone(),
                x.content.slice(text).to_string(),
                x.kind,
                x.vague,
            )
        })
        .collect()
}

#[test]
fn a_relative_clause_is_sourced_through_its_pronoun() {
    let r = rows("The first speaker was Tom Reid, who said the pier would reopen in May.");
    let said = r
        .iter()
        .find(|x| x.0 == "said")
        .expect("the relative clause");
    assert_eq!(said.1.as_deref(), Some("Tom Reid, who"));
    assert_eq!(said.3, "the pier would reopen in May");
    let r = rows("The work went to the firm Dredgeco, which said the quay would be ready by May.");
    let said = r
        .iter()
        .find(|x| x.0 == "said")
        .expect("the relative clause");
    assert_eq!(said.1.as_deref(), Some("firm Dredgeco, which"));
    // Near miss: a plain subject ends at its last word.
    let r = rows("Tom Reid said the pier would reopen in May.");
    assert_eq!(r[0].1.as_deref(), Some("Tom Reid"));
}

#[test]
fn a_transcript_label_opening_a_paragraph_is_the_speaker() {
    let text = "Pier hearing.\n\nREID: The pier will reopen in May if the weather holds.\n\nAda Moss: And the tolls will stay as they are?\n\nAnother paragraph follows here.";
    let r = rows(text);
    let labels: Vec<(Option<&str>, &str)> = r
        .iter()
        .filter(|x| x.0 == ":")
        .map(|x| (x.1.as_deref(), x.3.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            (
                Some("REID"),
                "The pier will reopen in May if the weather holds"
            ),
            (Some("Ada Moss"), "And the tolls will stay as they are"),
        ]
    );
    // Near misses: a kicker, a one-word label in mixed case, a colon mid-paragraph.
    for text in [
        "Pier hearing.\n\nUPDATE: The pier will reopen in May after all.",
        "Pier hearing.\n\nNote: The pier will reopen in May after all.",
        "Pier hearing.\n\nThe board met twice. REID: The pier will reopen in May.",
    ] {
        assert!(
            rows(text).iter().all(|x| x.0 != ":"),
            "{text}: {:?}",
            rows(text)
        );
    }
}

#[test]
fn a_time_phrase_after_the_verb_is_not_what_was_said() {
    let r = rows("The pier will reopen in May, the harbour master said on Thursday.");
    assert_eq!(r[0].3, "The pier will reopen in May");
    let r = rows("The pier will reopen in May, the harbour master said last week.");
    assert_eq!(r[0].3, "The pier will reopen in May");
    // Near miss: words after the time phrase are what was said.
    let r = rows("The harbour master said on Thursday that the pier would reopen.");
    assert!(r[0].3.ends_with("the pier would reopen"), "{r:?}");
}

#[test]
fn asked_reports_the_question_not_the_answer() {
    let r = rows(
        "Asked whether the pier would reopen before summer, the harbour master said work would start in May.",
    );
    let asked = r
        .iter()
        .find(|x| x.0 == "Asked")
        .expect("the question's clause");
    assert_eq!(asked.3, "whether the pier would reopen before summer");
    let r = rows("The councillor asked why the tolls had risen, and the board gave no answer.");
    let asked = r
        .iter()
        .find(|x| x.0 == "asked")
        .expect("the question's clause");
    assert_eq!(asked.3, "why the tolls had risen");
    // Near miss: "asked for" opens a request, not a question; the question rule
    // leaves its content to the usual reading of the sentence.
    let r = rows("The ferry company asked for a delay, and the council agreed to wait.");
    assert!(
        r.iter().all(|x| x.3 != "for a delay"),
        "a request is no question: {r:?}"
    );
}

#[test]
fn a_subject_before_its_verb_reports_the_words_after_it() {
    // A long opening phrase before the subject is not what the subject said.
    let r =
        rows("Among drivers who use the ferry every day, only 40 percent say the fares are fair.");
    let say = r.iter().find(|x| x.0 == "say").expect("the share's clause");
    assert_eq!(say.3, "the fares are fair");
    // Near miss: an inverted clause at the end still reports the words before it.
    let r = rows("The ferry will run on Sundays from June onwards, the harbour board said.");
    assert_eq!(r[0].3, "The ferry will run on Sundays from June onwards");
}

#[test]
fn a_quotation_set_apart_before_the_clause_is_not_its_content() {
    let r = rows(
        "The fares are \u{201c}about right,\u{201d} though ferry users say the timetable is too thin.",
    );
    let say = r.iter().find(|x| x.0 == "say").expect("the users' clause");
    assert_eq!(say.3, "the timetable is too thin");
    // Near miss: a quotation right before its speaker is still what they said.
    let r = rows("\u{201c}The fares are fair,\u{201d} Lena Holt said, citing the survey.");
    let said = r.iter().find(|x| x.0 == "said").expect("Holt's clause");
    assert_eq!(said.3, "The fares are fair,");
    let r = rows("\u{201c}The fares are fair,\u{201d} the ferry pilot said in part.");
    let said = r
        .iter()
        .find(|x| x.0 == "said")
        .expect("the pilot's clause");
    assert_eq!(said.3, "The fares are fair,");
}

#[test]
fn reported_speech_after_and_before_the_clause() {
    let r = rows("Harriet Vane said that the bridge would reopen in May.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "said");
    assert_eq!(r[0].1.as_deref(), Some("Harriet Vane"));
    assert_eq!(r[0].3, "the bridge would reopen in May");
    assert_eq!(r[0].4, RelationKind::Indirect);
    assert!(!r[0].5);
    let r = rows("The bridge will reopen in May, the council said.");
    assert_eq!(r[0].3, "The bridge will reopen in May");
    assert_eq!(r[0].1.as_deref(), Some("council"));
}

#[test]
fn a_quotation_is_direct_and_a_quoted_phrase_inside_reported_words_is_mixed() {
    let r = rows("Harriet Vane spoke first.\n\n“The bridge is safe,” Vane said.");
    let said = r
        .iter()
        .find(|x| x.0 == "said")
        .expect("a relation on said");
    assert_eq!(said.3, "The bridge is safe,");
    assert_eq!(said.4, RelationKind::Direct);
    assert_eq!(said.2.as_deref(), Some("Harriet Vane"));
    let r =
        rows("Harriet Vane said the repairs were “long overdue and badly planned” by the council.");
    assert_eq!(r[0].4, RelationKind::Mixed, "{r:?}");
    assert!(r[0].3.starts_with("the repairs were"), "{r:?}");
}

#[test]
fn agentless_passives_and_adverbs_have_no_source_but_are_vague() {
    let r = rows("The bridge is expected to reopen in May.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, None);
    assert!(r[0].5);
    assert_eq!(r[0].3, "to reopen in May");
    let r = rows("Officials said the bridge would reopen.");
    assert_eq!(r[0].1.as_deref(), Some("Officials"));
    assert!(r[0].5);
}

#[test]
fn stance_verbs_attribute_a_view() {
    let r = rows("Harriet Vane opposed the toll on the new bridge.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "opposed");
    assert_eq!(r[0].3, "the toll on the new bridge");
    let r = rows("The ferry company wants a subsidy from the council.");
    assert_eq!(r[0].0, "wants");
    // As nouns they are no cue.
    assert!(rows("Her plans for the bridge were shelved in the spring.").is_empty());
}

#[test]
fn a_source_stops_at_the_verb_of_the_clause_before() {
    for text in [
        "Pier news.\n\nThe harbour board hired Tom Reid, who said the pier would reopen.",
        "Pier news.\n\nThe mayor praised Tom Reid, who said the pier would reopen.",
    ] {
        let r = rows(text);
        let said = r
            .iter()
            .find(|x| x.0 == "said")
            .expect("the relative clause");
        assert_eq!(said.1.as_deref(), Some("Tom Reid, who"), "{text}");
    }
    // Near miss: a participle after a determiner is a modifier of the source.
    let r = rows("Pier news.\n\nThe retired pilot Tom Reid, who sailed for years, said the pier would reopen.");
    let said = r.iter().find(|x| x.0 == "said").expect("the clause");
    assert!(
        said.1
            .as_deref()
            .is_some_and(|s| s.contains("retired pilot Tom Reid")),
        "{r:?}"
    );
}

#[test]
fn who_cites_is_the_source_of_citing() {
    let r = rows("Pier news.\n\nThe Herald reported the closure, citing two harbour officials.");
    let citing = r
        .iter()
        .find(|x| x.0 == "citing")
        .expect("the citing relation");
    assert_eq!(citing.1.as_deref(), Some("Herald"));
    let r =
        rows("Pier news.\n\nThe pier will close, the Herald said, citing two harbour officials.");
    let citing = r
        .iter()
        .find(|x| x.0 == "citing")
        .expect("the citing relation");
    assert_eq!(citing.1.as_deref(), Some("Herald"));
    // Near miss: with no speaker in the sentence, the cited stay the source.
    let r = rows("Pier news.\n\nCiting two harbour officials, the pier will close in May.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("Herald")), "{r:?}");
}

#[test]
fn a_sentence_without_a_clause_has_no_relation() {
    assert!(rows("The bridge reopened in May after repairs.").is_empty());
}

/// The (cue, source) of every relation whose cue is "said" or "Said".
fn said(text: &str) -> Vec<(String, Option<String>)> {
    rows(text)
        .into_iter()
        .filter(|r| r.0.eq_ignore_ascii_case("said"))
        .map(|r| (r.3.clone(), r.1))
        .collect()
}

#[test]
fn a_name_with_several_appositions_is_the_subject() {
    let r =
        said("Lead here.\n\nOwen Pryce, 48, a ferry pilot from Oban, said the crossing was safe.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Owen Pryce"));
    // Near miss: a place opening the sentence with a time phrase before the subject
    // is no apposition chain; the subject is the word before the verb.
    let r = said("Lead here.\n\nIn Oban, on Tuesday, the pilots said the crossing was safe.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("Oban")), "{r:?}");
}

#[test]
fn a_party_label_between_name_and_verb_is_skipped() {
    let r = said("Lead here.\n\nSen. Dana Whitlock (D-Ore.) said the tolls would end.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Dana Whitlock"));
    assert_eq!(r[0].0, "the tolls would end");
}

#[test]
fn the_clause_after_a_closed_quotation_takes_the_quotation() {
    let r = said("Lead here.\n\n“The tolls end in June.” Whitlock said.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The tolls end in June.");
    assert_eq!(r[0].1.as_deref(), Some("Whitlock"));
}

#[test]
fn inverted_after_a_quotation_takes_a_long_speaker() {
    let r = said("Lead here.\n\n“Nobody warned us,” said a longtime tenant of the block, who asked not to be named.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        r[0].1
            .as_deref()
            .is_some_and(|s| s.starts_with("a longtime")),
        "{r:?}"
    );
    // Near miss: after a plain comma, "said" + noun phrase that runs on is reported
    // speech of the earlier subject, not an inverted speaker.
    let r = said("Lead here.\n\nThe tenants, in a letter, said the landlord had ignored them.");
    assert!(
        r.iter().all(|x| x.1.as_deref() != Some("the landlord")),
        "{r:?}"
    );
}

#[test]
fn said_opening_the_sentence_is_inverted() {
    let r =
        said("Lead here.\n\nSaid Maeve Doran, who runs the ferry café, “We were all relieved.”");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Maeve Doran"));
}

#[test]
fn and_said_takes_the_name_opening_the_sentence() {
    let r = said(
        "Lead here.\n\nGov. Ines Barlow toured the harbour and said the dredging would start soon.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Gov. Ines Barlow"));
    // Near miss: a judgement verb after "and" does not vouch for the first clause.
    let r = rows("Lead here.\n\nPortugal is the harbour's biggest customer and has accused the board of delays.");
    assert!(r.iter().all(|x| x.0 != "accused"), "{r:?}");
}

#[test]
fn a_poll_share_says() {
    let r = said("Lead here.\n\nNearly 3 in 10 said the tolls were too high.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("3 in 10"));
    // Near miss: a bare number before "said" is not a share of voters.
    let r = said("Lead here.\n\nThe tolls rose in 2019 said nobody.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("2019")), "{r:?}");
}

#[test]
fn a_headline_colon_stands_for_says() {
    let r = rows("Harbour Board: Tolls Will End in June\n\nThe board met on Tuesday.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, ":");
    assert_eq!(r[0].1.as_deref(), Some("Harbour Board"));
    assert_eq!(r[0].3, "Tolls Will End in June");
    // A title line closed by a full stop is still a title.
    let r = rows("Whitlock: The Tolls Were a Mistake.\n\nThe board met on Tuesday.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Whitlock"));
}

#[test]
fn a_headline_label_or_a_body_colon_is_no_speaker() {
    for title in [
        "Update: Ferry Crossings Resume in June",
        "The Latest: Ferry Crossings Resume in June",
        "EXCLUSIVE: Ferry Crossings Resume in June",
        "Whitlock Wades In: Ferry Crossings Must Resume",
        "Big Day For Oban: Ferry Crossings Resume",
    ] {
        let r = rows(&format!("{title}\n\nThe board met on Tuesday."));
        assert!(r.is_empty(), "{title}: {r:?}");
    }
    let r =
        rows("Lead paragraph here.\n\nThe board had three options: sell, lease or close the pier.");
    assert!(r.iter().all(|x| x.0 != ":"), "{r:?}");
}

#[test]
fn a_belief_restated_inside_a_report_is_part_of_it() {
    let r = rows("Pier news.\n\nThe harbour master said she wants the pier rebuilt by May.");
    assert!(r.iter().any(|x| x.0 == "said"), "{r:?}");
    assert!(r.iter().all(|x| x.0 != "wants"), "{r:?}");
    let r = rows("Pier news.\n\nMost residents said they believe the repairs are overdue.");
    assert!(r.iter().all(|x| x.0 != "believe"), "{r:?}");
    // Near misses: a belief of its own, and a named believer inside a report.
    let r = rows("Pier news.\n\nThe harbour master wants the pier rebuilt by May.");
    assert!(r.iter().any(|x| x.0 == "wants"), "{r:?}");
    let r =
        rows("Pier news.\n\nThe harbour master said Tom Reid believes the repairs are overdue.");
    assert!(r.iter().any(|x| x.0 == "believes"), "{r:?}");
}

#[test]
fn the_occasion_of_a_named_speakers_words_is_no_relation() {
    let r =
        rows("Pier news.\n\nIn an interview with the Herald, Tom Reid said the pier would reopen.");
    assert!(r.iter().any(|x| x.0 == "said"), "{r:?}");
    assert!(r.iter().all(|x| x.0 != "In"), "{r:?}");
    // Near miss: an occasion with no named speaker beside it keeps its relation.
    let r = rows("Pier news.\n\nIn a poll released Monday, 40 percent favoured a second pier.");
    assert!(r.iter().any(|x| x.0 == "In"), "{r:?}");
}

#[test]
fn called_after_a_thing_or_a_naming_adverb_is_a_name_not_a_view() {
    for text in [
        "Pier news.\n\nThe money went to a charity called Harbour Lights last spring.",
        "Pier news.\n\nShe runs a small ferry company called Tidewater.",
        "Pier news.\n\nThe crossing, sometimes called the Narrows, is short.",
    ] {
        let r = rows(text);
        assert!(r.iter().all(|x| x.0 != "called"), "{text}: {r:?}");
    }
    // Near misses: a person, a pronoun, a name or an auxiliary before "called" make it
    // the speaker's view.
    for text in [
        "Pier news.\n\nLater she called the fares unfair.",
        "Pier news.\n\nMayor Ines Barlow called the toll a mistake.",
        "Pier news.\n\nThe union has called the plan reckless.",
    ] {
        let r = rows(text);
        assert!(r.iter().any(|x| x.0 == "called"), "{text}: {r:?}");
    }
}
