//! Whether the copy credits a quotation to someone, for the speakerless-quote rule.

use super::*;

/// The quoted words of each quotation, and whether the copy credits it to someone.
fn credited(text: &str) -> Vec<(String, bool)> {
    let doc = segment(text, Format::PlainText);
    let found = find(&doc, &[]);
    let credit = credited_in_copy(&doc, &found);
    found
        .iter()
        .zip(credit)
        .map(|(q, c)| (q.inner.slice(text).to_string(), c))
        .collect()
}

fn credit_flags(text: &str) -> Vec<bool> {
    credited(text).into_iter().map(|(_, c)| c).collect()
}

#[test]
fn a_comma_before_the_closing_mark_hands_the_sentence_to_its_speaker() {
    // However the clause is phrased, the sentence goes on to say who spoke.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The river has never been this low,” the ferryman who has crossed it for forty years shot back."),
        [true]
    );
    // A question going on in lower case: the sentence has not ended.
    assert_eq!(
        credit_flags(
            "Nothing moved.\n\n“Who pays for the new bridge?” wondered the oldest of the ferrymen."
        ),
        [true]
    );
    // A long description before the verb.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The river has never been this low,” Ana Ruiz, 30, of the lower valley, who has farmed there since she was a girl, said on Monday."),
        [true]
    );
    // Near misses: no verb of saying in the words that finish the sentence;
    // a full stop ends the sentence; a capital after a question starts a
    // new one; a comma with nothing after it in the paragraph hands over to nobody.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The river has never been this low,” the protest banner."),
        [false]
    );
    assert_eq!(
        credit_flags(
            "Nothing moved.\n\n“The river has never been this low.” The ferry was cancelled."
        ),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Who pays for the new bridge?” The council met on Monday."),
        [false]
    );
    assert_eq!(
        credit_flags(
            "Nothing moved.\n\n“The river has never been this low,”\n\nThe ferry was cancelled."
        ),
        [false]
    );
}

#[test]
fn a_second_quotation_runs_on_from_a_credited_one() {
    // Same paragraph: the next sentence opens with a quotation.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The ferry will run again in spring,” the harbour master, a former navy pilot, told the local radio station. “We have ordered the parts.”"),
        [true, true]
    );
    // Next paragraph: it opens with a quotation straight after the credited one.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The ferry will run again in spring,” the harbour master recalled.\n\n“We have ordered the parts and hired two crews.”"),
        [true, true]
    );
    // Near misses: the next quotation has words of its own after it that name nobody
    // (it is not standing alone as a run-on), or a paragraph of the writer's own in between.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The ferry will run again in spring,” the harbour master recalled.\n\n“We have ordered the parts and hired two crews,” the protest banner."),
        [true, false]
    );
    assert_eq!(
        credit_flags("Nothing moved.\n\n“The ferry will run again in spring,” the harbour master recalled.\n\nThe town was not convinced.\n\n“We have heard this every year.”"),
        [true, false]
    );
}

#[test]
fn a_repeated_opening_mark_on_one_line_carries_the_credit_back() {
    // Paragraphs run together on one line: the first part is left open and the opening
    // mark repeats for the part that carries the clause.
    assert_eq!(
        credit_flags("Nothing moved.\n\n\"We have one session before the match. \"It is the same for every side in the league,\" the coach, who took over in May, admitted."),
        [true, true]
    );
    // Near miss: a closed quotation is its own, however close the next one is.
    assert_eq!(
        credit_flags("Nothing moved.\n\n\"We have one session before the match.\" \"It is the same for every side in the league,\" the coach admitted."),
        [false, true]
    );
}

#[test]
fn credit_lines_transcript_labels_and_colon_introductions_name_the_speaker() {
    // A credit line after a dash, in the next paragraph or the same one.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Nobody here has seen a winter this dry in decades.”\n\n― Dana Reyes, a farmer in the valley."),
        [true]
    );
    assert_eq!(
        credit_flags(
            "Nothing moved.\n\n“Nobody here has seen a winter this dry in decades.” — Dana Reyes"
        ),
        [true]
    );
    // A transcript label in capitals before a colon.
    assert_eq!(
        credit_flags("Nothing moved.\n\n\"MAYOR: We will rebuild the whole harbour wall.\"\n\n\"Q: When does the work start?\""),
        [true, true]
    );
    // A paragraph ending on a colon introduces the quotation that opens the next one.
    assert_eq!(
        credit_flags("Nothing moved.\n\nThe oldest ferryman on the river put it this way:\n\n“Nobody here has seen a winter this dry in decades.”"),
        [true]
    );
    // Near misses: a dash line that is a long sentence of the writer's own, a label in
    // ordinary case, a colon ending a heading-like line two paragraphs back.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Nobody here has seen a winter this dry in decades.”\n\n- The council has met four times since the harbour wall first cracked in the storms last spring and has still not agreed on a plan."),
        [false]
    );
    assert_eq!(
        credit_flags(
            "Nothing moved.\n\n\"Note: nobody here has seen a winter this dry in decades.\""
        ),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved. One thing was clear:\n\nThe river fell again.\n\n“Nobody here has seen a winter this dry in decades.”"),
        [false]
    );
}

#[test]
fn a_quotation_closing_on_a_comma_before_a_bare_name_credits_the_name() {
    // The verb was dropped (or house style leaves it out): the name is the credit, and
    // the quotation after it runs on from it.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Rates will hold until the spring,” Harbour Bank's Ines Vale. “We see no reason to move them.”"),
        [true, true]
    );
    // Near misses: a common noun phrase names nobody, a full stop ends the sentence
    // before the name, and a name that goes on into the writer's words is no credit.
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Rates will hold until the spring,” the harbour bank."),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Rates will hold until the spring.” Harbour Bank."),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved.\n\n“Rates will hold until the spring,” Harbour Bank's office in the old town."),
        [false]
    );
}

#[test]
fn an_unclosed_quotation_before_its_clause_is_credited() {
    assert_eq!(
        credit_flags("Nothing moved.\n\n\"Demand is weak, so the bank will 'wait and see', the board said in a statement."),
        [true]
    );
}

#[test]
fn a_transcript_label_before_the_quotation_names_the_speaker() {
    assert_eq!(
        credit_flags("Nothing moved.\n\nMAYOR IDA LUND: \"We will rebuild the whole harbour wall.\"\n\nQ: \"When does the work start?\""),
        [true, true]
    );
    // Near misses: a label in ordinary case, a label that is not at the paragraph's
    // start, and a mark with no label before it.
    assert_eq!(
        credit_flags("Nothing moved.\n\nUpdate: \"We will rebuild the whole harbour wall.\""),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved. MAYOR: \"We will rebuild the whole harbour wall.\""),
        [false]
    );
    assert_eq!(
        credit_flags("Nothing moved.\n\n\"We will rebuild the whole harbour wall.\""),
        [false]
    );
}
