//! `unattributed-claim` — a checkable claim with no source.
//!
//! Flags a sentence that states a figure (not a date), a ranking ("the lowest"), a
//! causal or predictive claim ("led to", "could face") or an allegation ("illegally")
//! when no reporting clause covers it: none in the sentence, and it is not part of a
//! quotation whose speaker is given. Headlines, questions, quoted words and the lead's
//! statement of the story's own event are left alone. Which numbers are figures at all
//! is the figure reader's decision (no dates, years, clock times, codes or scores); of
//! those, durations, ages, small bare counts, numbers in names and list headings, and
//! sporting results ("the men's 200m", "scored 34 points", "a personal best") are no
//! claims, nor are award names ("the best comedy category"). The finding underlines the
//! words that make the claim (the figure, the ranking, the causal phrase) and its message
//! quotes the start of the sentence and says what made it a claim.
//!
//! Why: AP and Reuters attribute every disputable fact the reporter did not witness;
//! the reader should know who says so.
//!
//! Fires: `The firm has cut 13,000 jobs since 2001.`
//! Does not fire: `The firm has cut 13,000 jobs since 2001, its chief executive said.`

use super::{RuleCode, RuleInput};
use crate::analysis::attribution::fixes;
use crate::analysis::excerpt::excerpt;
use crate::analysis::report::Finding;

/// How much of the sentence the message quotes: enough to find it, the underline shows
/// the words that make the claim.
const SENTENCE_CHARS: usize = 60;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let report = input.report;
    let sources = fixes::Sources::of(report);
    report
        .claims
        .iter()
        .filter(|c| c.attribution.is_none())
        .map(|c| Finding {
            code: RuleCode::UnattributedClaim,
            severity: RuleCode::UnattributedClaim.default_severity(),
            message: format!(
                "Says who? The sentence “{}” {} but gives no source. Attribute it, or confirm it is established fact.",
                excerpt(c.span.slice(input.text), SENTENCE_CHARS),
                c.reason
            ),
            span: c.span,
            focus: Some(c.focus),
            related: Vec::new(),
            fixes: fixes::for_claim(&sources, input.text, c.span),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    /// The messages of the claim findings on `text`, read as the whole analysis reads it.
    pub(crate) fn flagged(text: &str) -> Vec<String> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedClaim)
            .map(|f| f.message.clone())
            .collect()
    }

    const LEAD: &str = "The airline reported its results on Friday.\n\n";

    /// The words each claim finding on `text` underlines, and the sentence it is about.
    fn underlined(text: &str) -> Vec<(&str, &str)> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedClaim)
            .map(|f| (f.underline().slice(text), f.span.slice(text)))
            .collect()
    }

    #[test]
    fn the_underline_is_the_words_that_make_the_claim() {
        for (sentence, words) in [
            ("The carrier has cut 13,000 jobs since 2001.", "13,000"),
            ("The carrier lost $2.5bn in the last year alone.", "$2.5bn"),
            (
                "The mill is one of the world's most profitable steel makers.",
                "the world's most profitable",
            ),
            ("Her warnings led to the collapse of the firm.", "led to"),
            (
                "The new levy could cost the carrier dearly next year.",
                "could cost",
            ),
            (
                "The manager illegally moved cash out of the pension fund.",
                "illegally",
            ),
        ] {
            let text = format!("{LEAD}{sentence}");
            assert_eq!(underlined(&text), vec![(words, sentence)], "{sentence}");
        }
    }

    #[test]
    fn the_message_names_the_sentence_and_cuts_a_long_one() {
        let f = flagged(&format!(
            "{LEAD}The carrier has cut 13,000 jobs since 2001."
        ));
        assert!(
            f[0].starts_with("Says who? The sentence “The carrier has cut 13,000 jobs since 2001.” states a figure: 13,000"),
            "{}",
            f[0]
        );
        let long = "The carrier, which flies to more than forty cities across three continents, has cut 13,000 jobs since 2001.";
        let f = flagged(&format!("{LEAD}{long}"));
        assert!(
            f[0].contains("“The carrier, which flies to more than forty cities across…”"),
            "{}",
            f[0]
        );
    }

    #[test]
    fn a_quoted_figure_before_the_claim_does_not_move_the_underline() {
        // The first "13,000" is inside a quotation; the claim is the writer's own.
        let text =
            format!("{LEAD}Its slogan, “13,000 smiles”, ran as the airline cut 13,000 jobs.");
        let r = analyze(&text, Format::PlainText, &Context::default());
        let f: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedClaim)
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].underline().start, text.rfind("13,000").unwrap());
    }

    #[test]
    fn figure_without_source() {
        let f = flagged(&format!(
            "{LEAD}The carrier has cut 13,000 jobs since 2001."
        ));
        assert_eq!(f.len(), 1);
        assert!(f[0].contains("states a figure: 13,000"), "{}", f[0]);
    }

    #[test]
    fn attributed_dated_quoted_and_questions_are_not_flagged() {
        assert!(flagged(&format!(
            "{LEAD}The carrier has cut 13,000 jobs, its chief executive said."
        ))
        .is_empty());
        assert!(flagged(&format!(
            "{LEAD}The results came out on 12 March 2004 in London."
        ))
        .is_empty());
        assert!(flagged(&format!(
            "{LEAD}\"We have cut 13,000 jobs,\" said Jane Smith."
        ))
        .is_empty());
        assert!(flagged(&format!("{LEAD}Will the carrier cut 13,000 jobs?")).is_empty());
    }

    #[test]
    fn rankings_and_causes() {
        let f = flagged(&format!(
            "{LEAD}The mill is one of the world's most profitable steel makers."
        ));
        assert!(f[0].contains("makes a ranking"), "{f:?}");
        let f = flagged(&format!(
            "{LEAD}Her warnings led to the collapse of the firm."
        ));
        assert!(f[0].contains("causal claim: led to"), "{f:?}");
    }

    #[test]
    fn clock_times_and_schedules_are_not_claims() {
        assert!(flagged(&format!(
            "{LEAD}The trains were running again by 16:30 BST on the same day."
        ))
        .is_empty());
        assert!(flagged(&format!(
            "{LEAD}The depot will shut at 21:45 on Sunday for repairs."
        ))
        .is_empty());
        // The same sentence with a count in it is still a claim.
        assert_eq!(
            flagged(&format!(
                "{LEAD}The depot will shut 2,145 of its lockers on Sunday for repairs."
            ))
            .len(),
            1
        );
        assert!(flagged(&format!(
            "{LEAD}The new timetable is due to start in the spring."
        ))
        .is_empty());
        // A real cause still needs a source.
        let f = flagged(&format!(
            "{LEAD}The cancellations were due to a shortage of drivers."
        ));
        assert!(f[0].contains("causal claim: due to"), "{f:?}");
    }

    #[test]
    fn sources_inside_the_sentence() {
        for s in [
            "The jury heard that the driver sent 42 messages while at the wheel.",
            "About 2,300 households were affected, the council's own incident records show.",
            "Survey data from the Federation of Small Businesses released in May showed that 41% of owners cut staff.",
            "The list includes the bus operator Greenline, which said 120 of its services were cancelled.",
            "The study, published in a medical journal, tracked 8,400 adults for a decade.",
            "Shares in the retailer fell 12% in early trading.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
        // The same figures with no source still fire.
        let f = flagged(&format!(
            "{LEAD}The driver sent 42 messages while at the wheel."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
        let f = flagged(&format!(
            "{LEAD}The operator cancelled 120 of its services."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_poll_an_evaluation_and_a_wish() {
        // The poll is the source of its figures.
        assert!(flagged(&format!(
            "{LEAD}In a survey published on Monday, 41% of drivers backed the toll."
        ))
        .is_empty());
        // An evaluation attributes what it says to its holder.
        assert!(flagged(&format!(
            "{LEAD}The advert slams the mayor for a toll that cost 5,000 jobs."
        ))
        .is_empty());
        // A wish does not: the figure is still the writer's.
        assert_eq!(
            flagged(&format!(
                "{LEAD}The firm hopes to open 1,200 new depots by the spring."
            ))
            .len(),
            1
        );
        // "in the report" mid-sentence is no source.
        assert_eq!(
            flagged(&format!(
                "{LEAD}The flaw in the report cost the depot 3,400 pounds."
            ))
            .len(),
            1
        );
    }

    #[test]
    fn a_body_that_calculates_is_the_source_of_its_figure() {
        for s in [
            "The statistics office calculates that 3,200 homes stand empty.",
            "The treasury calculated the shortfall at 4.5 billion pounds.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
        // "calculated" as an adjective reports nothing: the figure is still the writer's.
        let f = flagged(&format!(
            "{LEAD}It was a calculated gamble that cost 5,000 jobs."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_reported_figure_is_vague_not_unattributed() {
        let text =
            format!("{LEAD}The owner, who bought the club for a reported £25m, plans to sell.");
        let r = analyze(&text, Format::PlainText, &Context::default());
        let codes: Vec<RuleCode> = r.findings.iter().map(|f| f.code).collect();
        assert!(codes.contains(&RuleCode::VagueAttribution), "{codes:?}");
        assert!(!codes.contains(&RuleCode::UnattributedClaim), "{codes:?}");
    }

    #[test]
    fn a_record_or_recording_shows_what_it_holds() {
        for s in [
            "The dashcam footage shows the van striking 14 parked cars.",
            "An analysis of the tender files showed 2,400 invoices were paid twice.",
            "Shipping logs show the tanker unloaded 31,000 barrels at night.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
        // "show" with no record for a subject is no source: the count is the writer's.
        let f = flagged(&format!(
            "{LEAD}The cinema showed 140 films in its first year."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_poll_named_mid_sentence_is_the_source_of_its_figures() {
        let f = flagged(&format!(
            "{LEAD}The mayor had 38 percent support in a Courier poll."
        ));
        assert!(f.is_empty(), "{f:?}");
        // Not every "in a ..." is a poll: a place is no source.
        let f = flagged(&format!(
            "{LEAD}The mayor had 38 percent support in the northern wards."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_paragraph_that_opens_on_its_poll_goes_on_with_its_figures() {
        for para in [
            "According to a Courier poll released on Monday, the mayor leads with 41 percent. Her rival trails at 29 percent.",
            "The mayor leads with 41 percent, according to a Courier survey. Her rival trails at 29 percent.",
            "In the Courier poll, the mayor leads with 41 percent. Her rival trails at 29 percent.",
        ] {
            let f = flagged(&format!("{LEAD}{para}"));
            assert!(f.is_empty(), "{para}: {f:?}");
        }
        // A person's word covers its own sentence only, and a poll named in passing
        // mid-paragraph does not speak for what follows it.
        for para in [
            "According to the mayor, turnout rose to 41 percent. Her rival's campaign spent 2,300 pounds on leaflets.",
            "The mayor spoke first. She took 12 percent in the survey, her worst showing. Her campaign spent 2,300 pounds on leaflets.",
        ] {
            let f = flagged(&format!("{LEAD}{para}"));
            assert_eq!(f.len(), 1, "{para}: {f:?}");
            assert!(f[0].contains("2,300"), "{f:?}");
        }
    }

    #[test]
    fn an_age_after_a_name_is_no_claim() {
        for s in [
            "Rhona Ellis, 52, a retired teacher, queued for two hours to vote.",
            "Tom Baird, 67, who farms near the depot, opposes the toll.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
        // A tally of names and counts is still a figure, and so is a count that no
        // comma sets off after a name.
        for s in [
            "In the ward vote it was Ellis, 52, Baird, 47, and the rest far behind.",
            "Ellis took 52, a record for the ward, in the recount.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert_eq!(f.len(), 1, "{s}: {f:?}");
        }
    }
}

#[cfg(test)]
mod counts_and_records {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn flagged(text: &str) -> Vec<String> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedClaim)
            .map(|f| f.message.clone())
            .collect()
    }

    const LEAD: &str = "The council met on Tuesday night.\n\n";

    #[test]
    fn names_labels_and_dates_with_numbers_count_nothing() {
        for s in [
            "The bus operator filed for Chapter 11 protection after the winter.",
            "The depot sits on Route 66 outside the old mill town.",
            "The hearing was moved to Dec. 14 at the request of the defence.",
            "The club signed the world number 12 for the spring season.",
            "The appeal, listed as No. 17-2204, was sent back to the lower court.",
            "The post went up at 2019-11-23 and was taken down the same evening.",
            "The lessons are aimed at pupils aged 15 or older in the district.",
            "The scheme is open to 12 to 16-year-olds in the borough.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
    }

    #[test]
    fn counts_beside_names_still_count() {
        for s in [
            // A possessive owns what the number counts.
            "The plan would close Ohio's 40 rural depots by the autumn.",
            // The sentence's first word is capitalised only by position.
            "Some 400 drivers walked out of the depot in the dispute.",
            // A month written out in full still leaves a count after the day.
            "The council cut 1,200 posts between March and June of that year.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert_eq!(f.len(), 1, "{s}: {f:?}");
        }
    }

    #[test]
    fn a_sentence_that_names_its_record_is_sourced() {
        for s in [
            "Exit polling showed that the mayor won 61 percent of first-time voters.",
            "More than 30 percent of the money came in March, new filing reports show.",
            "The mayor leads her rival by 14 points in the statewide poll.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
        // A record that shows nothing is no source for the figure beside it.
        for s in [
            "The report on the 1,400 closures will be published in the spring.",
            "The mayor won 61 percent of first-time voters, and a report is due.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert_eq!(f.len(), 1, "{s}: {f:?}");
        }
    }

    #[test]
    fn an_age_is_no_claim_but_a_stated_wish_still_is() {
        let f = flagged(&format!(
            "{LEAD}Halloran, 31, has already expressed a desire to join the northern club."
        ));
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("reports an intention"), "{f:?}");
        // An age alone, and a desire that is not told as someone's stated wish.
        for s in [
            "Halloran, 31, trained with the northern club on Monday morning.",
            "Halloran expressed surprise at the size of the crowd at the ground.",
        ] {
            let f = flagged(&format!("{LEAD}{s}"));
            assert!(f.is_empty(), "{s}: {f:?}");
        }
    }
}
