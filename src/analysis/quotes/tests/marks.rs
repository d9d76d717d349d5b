//! What counts as a quotation: the marks that open and close one, and what is not one.

use super::*;

#[test]
fn straight_and_curly_quotes_with_trailing_attribution() {
    assert_eq!(
        quotes("“We will win the vote,” Tom Hardy said. \"It is done,\" said Mr Hardy."),
        [
            (
                "We will win the vote,".to_string(),
                Some("Tom Hardy".to_string())
            ),
            ("It is done,".to_string(), Some("Mr Hardy".to_string())),
        ]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "Korea’s exports and Opec's output rose in the '90s, like rock 'n' roll.";
    assert!(quotes(text).is_empty());
}

#[test]
fn single_quotes_in_headline() {
    let text = "Minister 'will quit by May'\n\nThe minister will step down, it is reported.";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "will quit by May");
    assert_eq!(q[0].1.as_deref(), Some("it is reported"));
}

#[test]
fn titles_and_scare_quotes_are_not_quotations() {
    let text = "The network showed \"The Late Show,\" a talk programme. The \"reform\" passed anyway. Its so-called \"peace plan\" failed.";
    assert!(quotes(text).is_empty());
}

#[test]
fn title_case_quote_with_its_own_speaker_is_kept() {
    let text = "\"Happy New Year,\" Mayor Eva Lind said to the crowd.";
    assert_eq!(speakers(text), [Some("Eva Lind".to_string())]);
    let text = "Its new comedy, \"Married With Children,\" airs on Sunday.";
    assert!(quotes(text).is_empty());
}

#[test]
fn short_quote_with_reporting_verb_is_kept() {
    let text = "Analyst Jo Bright called the results \"respectable\".";
    assert_eq!(speakers(text), [Some("Jo Bright".to_string())]);
}

#[test]
fn unclosed_quote_stops_before_the_next_reporting_clause() {
    let text = "She said it was \"only a small part of the work. Dr Amin, a GP, said staff wanted rest after \"years of change\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "only a small part of the work.");
    assert_eq!(q[1].1.as_deref(), Some("Dr Amin"));
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "\"",
        "“",
        "”",
        "\"\"",
        "'",
        "a \" b",
        "“”“",
        "He said: \"",
        "\n\n\"\n\n\"x",
    ] {
        let _ = quotes(text);
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_are_sound(parts in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::strategy::Just("\""), proptest::strategy::Just("“"),
            proptest::strategy::Just("”"), proptest::strategy::Just("'"),
            proptest::strategy::Just("’"), proptest::strategy::Just("‘"),
            proptest::strategy::Just(" "), proptest::strategy::Just("\n\n"),
            proptest::strategy::Just("\n    "), proptest::strategy::Just(". "),
            proptest::strategy::Just(", "), proptest::strategy::Just("said"),
            proptest::strategy::Just("he"), proptest::strategy::Just("Mr"),
            proptest::strategy::Just("Kim"), proptest::strategy::Just("the company"),
            proptest::strategy::Just("a spokesman"), proptest::strategy::Just("who"),
            proptest::strategy::Just("according to"), proptest::strategy::Just("한국"),
            proptest::strategy::Just("U.S."), proptest::strategy::Just(":"),
            proptest::strategy::Just("insisted that"), proptest::strategy::Just("Ann Lee"),
        ],
        0..60,
    )) {
        let text: String = parts.concat();
        let doc = segment(&text, Format::PlainText);
        for q in find(&doc, &[]) {
            proptest::prop_assert!(q.span.start <= q.inner.start);
            proptest::prop_assert!(q.inner.end <= q.span.end);
            proptest::prop_assert!(text.get(q.span.start..q.span.end).is_some());
            proptest::prop_assert!(text.get(q.inner.start..q.inner.end).is_some());
        }
        let _ = segment(&text, Format::Markdown);
    }
}

#[test]
fn a_curly_mark_typed_the_wrong_way_round_still_closes() {
    assert_eq!(
        quotes("“It is unusual,“ said Ann Webb. “Very unusual indeed.”")[0],
        ("It is unusual,".to_string(), Some("Ann Webb".to_string()))
    );
}

#[test]
fn doubled_apostrophes_close_a_curly_quotation() {
    // `’’` typed for `”` is one closing mark: the clause after it is the writer's.
    assert_eq!(
        quotes("“The count was wrong,’’ Ana Ruiz, head of the panel, told the BBC."),
        [(
            "The count was wrong,".to_string(),
            Some("Ana Ruiz".to_string())
        )]
    );
    // `''…''` of the archive style is a quotation too.
    assert_eq!(
        speakers("''We will not sign it,'' Tom Bell said."),
        [Some("Tom Bell".to_string())]
    );
    // Near miss: a lone apostrophe after a plural is no closing mark.
    assert_eq!(
        quotes("“The players’ union is angry,” Tom Bell said."),
        [(
            "The players’ union is angry,".to_string(),
            Some("Tom Bell".to_string())
        )]
    );
}

#[test]
fn a_double_mark_closed_by_a_single_one_ends_before_its_clause() {
    // The closing double mark was dropped after a nested single quote: the sentence's
    // reporting clause is the writer's, not part of the quotation.
    let q = quotes("The board met on Monday. \"Demand is weak, so the bank will 'wait and see', the board said in a statement.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Demand is weak, so the bank will 'wait and see',");
    // Near misses: a comma inside the quoted words followed by a long run of them, or
    // by a conjunction or a first person, does not cut the quotation.
    let q = quotes("The board met on Monday. \"When we came, they told us to leave the hall by the north door at once and never come back.");
    assert_eq!(
        q[0].0,
        "When we came, they told us to leave the hall by the north door at once and never come back."
    );
    let q = quotes("The board met on Monday. \"We came early, and they said nothing at all.");
    assert_eq!(q[0].0, "We came early, and they said nothing at all.");
    let q = quotes("The board met on Monday. \"It hurt, I told myself.");
    assert_eq!(q[0].0, "It hurt, I told myself.");
    // A quotation led in by its clause (`X said: "...`) has had it already.
    let q = quotes("Dr Amin said: \"On arrival, they found the ward had been closed.");
    assert_eq!(q[0].0, "On arrival, they found the ward had been closed.");
}

#[test]
fn a_height_in_feet_and_inches_is_no_closing_mark() {
    assert_eq!(
        quotes("\"The 6'2\" lock was superb in the rain,\" Tom Bell said."),
        [(
            "The 6'2\" lock was superb in the rain,".to_string(),
            Some("Tom Bell".to_string())
        )]
    );
    // Near miss: a mark after a bare number closes the quotation.
    assert_eq!(
        quotes("\"We will finish the bridge by 2030,\" Tom Bell said."),
        [(
            "We will finish the bridge by 2030,".to_string(),
            Some("Tom Bell".to_string())
        )]
    );
}

#[test]
fn a_quoted_slogan_naming_its_campaign_is_not_a_quotation() {
    let text = "Mayor Ida Lund said the \"Shop on the High Street\" campaign would run all winter.";
    assert!(quotes(text).is_empty());
    let text =
        "Mayor Ida Lund launched the “Fix it before it breaks.” awareness campaign on Monday.";
    assert!(quotes(text).is_empty());
    let text = "Mayor Ida Lund said shops would carry the slogan \"Buy it here and buy it now\" all winter.";
    assert!(quotes(text).is_empty());
    // Near misses: a quotation handing over to `campaign manager X said`, and one whose
    // sentence ends before the next opens on the word.
    assert_eq!(
        speakers(
            "\"We will not stop until every vote is counted,\" campaign manager Ida Lund said."
        ),
        [Some("Ida Lund".to_string())]
    );
    assert_eq!(
        speakers("\"This is the fight of our lives,\" Ida Lund said. Campaign staff cheered."),
        [Some("Ida Lund".to_string())]
    );
    // The campaign's name straight after the word.
    let text =
        "Mayor Ida Lund launched the Safe Roads campaign \u{201c}Slow down, it can wait.\u{201d}";
    assert!(quotes(text).is_empty());
    // Near miss: a lower-case quotation after the word reports what the campaign said.
    assert_eq!(
        quotes("Ida Lund said her campaign \"will not stop until every vote is counted.\"").len(),
        1
    );
    // Nor a word in lower case: someone's word about the thing, not its name.
    assert_eq!(
        quotes("Ida Lund said she would fix the \"badly broken\" campaign finance system.").len(),
        1
    );
}

#[test]
fn a_quotation_runs_on_only_where_the_next_paragraph_repeats_the_mark() {
    // The opening mark repeats: the quotation goes on, one part per paragraph.
    let q = quotes(
        "Coach Lee Park said: \"We trained hard all year.\n\n\"Nobody saw this win coming.\"",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "We trained hard all year.");
    assert_eq!(q[1].0, "Nobody saw this win coming.");
    // Near miss: no mark opens the next paragraph, so the writer speaks again there and
    // the unclosed quotation ends with its own paragraph.
    let q =
        quotes("Coach Lee Park said: \"We trained hard all year.\n\nThe club was promoted in May.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "We trained hard all year.");
}

#[test]
fn a_capitalised_word_quoted_after_a_determiner_or_preposition_is_a_name() {
    let text = "Ida Lund said the firm would stop the use of \u{201c}Rise.\u{201d}";
    assert!(quotes(text).is_empty());
    let text = "Ida Lund said the \"Stay\" side had lost the vote.";
    assert!(quotes(text).is_empty());
    // Near misses: a one-word answer after its verb, and a one-word partial quote in
    // lower case after a determiner.
    assert_eq!(
        speakers("Asked if she would stand again, Ida Lund replied, \"Never.\""),
        [Some("Ida Lund".to_string())]
    );
    assert_eq!(
        speakers("Ida Lund said the \"reckless\" plan had lost the vote."),
        [Some("Ida Lund".to_string())]
    );
    assert_eq!(
        speakers("Ida Lund branded her rival a \"Stalinist\" on Monday."),
        [Some("Ida Lund".to_string())]
    );
}
