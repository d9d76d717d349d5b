//! Where a reporting clause's subject starts and ends: listeners, modifiers, linking
//! verbs, prepositional tails and a pronoun after an introductory phrase.

use super::*;

fn one(name: &str) -> Vec<Option<String>> {
    vec![Some(name.to_string())]
}

#[test]
fn the_name_after_a_listener_verb_is_not_an_inverted_subject() {
    // "told" takes the one spoken to: nobody is named as the speaker here.
    assert_eq!(
        speakers(
            "“The ferry will not sail again this winter,” told the Harbour Gazette on Friday."
        ),
        [None]
    );
    assert_eq!(
        speakers("“The ferry will not sail again this winter,” assured Tom Bell."),
        [None]
    );
    // Verbs whose inverted subject is the speaker keep it.
    assert_eq!(
        speakers("“The ferry will not sail again this winter,” said the Harbour Gazette."),
        one("Harbour Gazette")
    );
    assert_eq!(
        speakers("“The ferry will not sail again this winter,” warned Ana Ruiz."),
        one("Ana Ruiz")
    );
}

#[test]
fn the_listener_is_not_the_subject_of_a_later_verb() {
    // "states" after the listener reads as a verb; its subject is not the paper told.
    let got = speakers(
        "“The ferry will not sail again this winter,” Ana Ruiz told the Harbour Gazette in May, when a dozen states held talks. “We have no crew left at all.”",
    );
    assert_eq!(got, [Some("Ana Ruiz".into()), Some("Ana Ruiz".into())]);
    // A name written after the listener is a clause's own subject.
    let got = speakers(
        "Ana Ruiz told reporters Tom Bell had stated that “the ferry is finished for good.”",
    );
    assert_eq!(got, one("Tom Bell"));
}

#[test]
fn a_participle_after_an_article_modifies_the_subject() {
    assert_eq!(
        speakers("“It was a long and very happy evening,” the gambling tycoon told the paper."),
        one("the gambling tycoon")
    );
    assert_eq!(
        speakers("“It was a long and very happy evening,” the retired admiral said."),
        one("the retired admiral")
    );
    // Without an article the participle is still a verb that ends the phrase.
    assert_eq!(
        speakers("Tom Bell, speaking in Leeds, said “it was a long and very happy evening.”"),
        one("Tom Bell")
    );
}

#[test]
fn a_linking_verb_ends_the_subject_it_follows() {
    for verb in ["remains", "seems", "appears", "is"] {
        let text = format!(
            "Ana Ruiz {verb} very upbeat about the plan, and said: “We will rebuild the sea wall by spring.”"
        );
        assert_eq!(speakers(&text), one("Ana Ruiz"), "{verb}");
    }
    // Someone else named as the one who speaks still speaks.
    assert_eq!(
        speakers("Ana Ruiz remains upbeat, but Tom Bell said: “We will not rebuild the sea wall by spring.”"),
        one("Tom Bell")
    );
}

#[test]
fn a_prepositional_tail_does_not_run_over_a_clause() {
    // The verb after "that" has its own subject, not the phrase the sentence opens on.
    let got = speakers(
        "The row between the two councils grew so bitter that Mayor Ana Ruiz said, “We need an interpreter for the minutes.”",
    );
    assert_eq!(got, one("Ana Ruiz"));
    let got = speakers(
        "The committee of Tom Bell's party on Monday signed a letter so blunt that Ana Ruiz said “the sea wall will not hold.”",
    );
    assert_eq!(got, one("Ana Ruiz"));
    // A tail of nouns and names still leads to the verb.
    let got = speakers(
        "The head of the Harbour Board's ferry committee said “the sea wall will not hold this winter.”",
    );
    assert_eq!(got, one("The head"));
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_subject() {
    let text = "Ana Ruiz left the board in May. In a long letter at the time she described the plan as “a betrayal of every family on the coast”.";
    assert_eq!(speakers(text), [Some("Ana Ruiz".into())]);
    // A pronoun after "when" opens a clause of its own, and is not read here.
    let text = "Ana Ruiz left the board in May. The board was upset at the time when she described the plan as “a betrayal of every family on the coast”.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_name_set_into_the_sentence_with_commas_speaks() {
    let text =
        "Ana Ruiz, Tom Bell said, has turned the harbour into “a museum of broken promises.”";
    assert_eq!(speakers(text), one("Tom Bell"));
    // A role after the comma describes the name before it, which speaks.
    let text = "Ana Ruiz, harbour board chair said the harbour was “a museum of broken promises.”";
    assert_eq!(speakers(text), one("Ana Ruiz"));
}

#[test]
fn a_place_after_a_comma_is_not_a_name_set_into_the_sentence() {
    let text =
        "Ana Ruiz of Leeds, West Yorkshire says the harbour is “a museum of broken promises.”";
    assert_eq!(speakers(text), one("Ana Ruiz"));
}

#[test]
fn a_spokesman_shares_a_coordinated_verb() {
    let text = "A spokesman for Harbour Rail declined to discuss the report but said “the line will reopen in May.”";
    assert_eq!(speakers(text), one("Harbour Rail"));
    // A phrase naming no speaker ("the row") does not.
    let text =
        "The row over Harbour Rail dragged on for months and said “the line will reopen in May.”";
    assert_eq!(speakers(text), [None]);
}
