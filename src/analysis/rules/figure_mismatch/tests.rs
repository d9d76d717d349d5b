use crate::analysis::{analyze, Context, Format, RuleCode, Severity};

fn mismatches(text: &str) -> Vec<crate::analysis::Finding> {
    analyze(text, Format::PlainText, &Context::default())
        .findings
        .into_iter()
        .filter(|f| f.code == RuleCode::FigureMismatch)
        .collect()
}

#[test]
fn fires_on_two_estimates_of_one_quantity() {
    let text = "Approximately 1,500 North Korean soldiers have arrived in the east.\n\n\
                As many as 12,000 North Korean soldiers may be deployed, outlets said.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(
        f[0].span.slice(text),
        "As many as 12,000 North Korean soldiers"
    );
    assert!(f[0].message.contains("up to 12,000"), "{}", f[0].message);
    assert!(f[0].message.contains("≈ 1,500"), "{}", f[0].message);
    assert!(f[0].message.contains("paragraph 1"), "{}", f[0].message);
    assert_eq!(f[0].related.len(), 1);
    assert_eq!(
        f[0].related[0].span.slice(text),
        "Approximately 1,500 North Korean soldiers"
    );
    assert_eq!(
        f[0].fixes[0].title,
        "Use Approximately 1,500 (as in paragraph 1)"
    );
}

/// The seed draft: two estimates of one deployment, each reported with its source.
#[test]
fn seed_draft_names_both_sources() {
    let text = include_str!("../../../../tests/fixtures/troops.md");
    let report = analyze(text, Format::Markdown, &Context::default());
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::FigureMismatch)
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].span.slice(text),
        "as many as 12,000 North Korean soldiers"
    );
    assert!(
        f[0].message.contains("Some South Korean media outlets"),
        "{}",
        f[0].message
    );
    assert!(
        f[0].message.contains("South Korea’s intelligence agency"),
        "{}",
        f[0].message
    );
    assert_eq!(
        f[0].related[0].span.slice(text),
        "approximately 1,500 North Korean soldiers"
    );
    assert!(f[0].related[0]
        .message
        .starts_with("South Korea’s intelligence agency gives"));
}

#[test]
fn bounds_that_fit_do_not_fire() {
    assert!(mismatches(
        "About 1,500 North Korean soldiers arrived.\n\n1,520 North Korean soldiers were counted."
    )
    .is_empty());
    assert!(mismatches(
        "More than 3,000 state businesses were sold.\n\nMore than 90,000 state businesses were sold."
    )
    .is_empty());
}

#[test]
fn different_place_or_time_is_a_different_quantity() {
    assert!(mismatches(
        "The plant employs 1,500 skilled workers in Leeds.\n\nIt employs 12,000 skilled workers in Ohio."
    )
    .is_empty());
    assert!(mismatches(
        "Group pre-tax profit was £5m last year.\n\nGroup pre-tax profit was £4m this year."
    )
    .is_empty());
    assert!(mismatches(
        "Group pre-tax profit was £5m last year.\n\nGroup pre-tax profit is £4m, the firm said."
    )
    .is_empty());
    // Before and after values of one change are not a mismatch.
    assert!(mismatches(
        "Group pre-tax profit rose from £4m to £5m.\n\nGroup pre-tax profit of £5m beat forecasts."
    )
    .is_empty());
}

#[test]
fn different_subjects_are_different_quantities() {
    let text = "Samsung Electronics shipped 50 million Android phones, the firm said.\n\n\
                Huawei Technologies shipped 40 million Android phones, analysts said.";
    assert!(mismatches(text).is_empty(), "{:?}", mismatches(text));
}

#[test]
fn one_noun_is_too_little_to_compare() {
    assert!(
        mismatches("About 1,500 soldiers arrived.\n\nAs many as 12,000 soldiers left.").is_empty()
    );
}

#[test]
fn generic_quantities_are_not_compared() {
    assert!(mismatches("Five people died.\n\nTwelve people were injured.").is_empty());
}

#[test]
fn tenure_stated_twice_differently() {
    let text = "Ms Clark left after her six-and-a-half years as the city’s mayor.\n\n\
                “She has been doing the job for six years and two months,” Ms Clark’s deputy said.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("Clark"), "{}", f[0].message);
}

#[test]
fn tenure_and_another_duration_are_different() {
    let text = "Ms Clark left after her six years as the city’s mayor.\n\n\
                The scheme ran for two years.";
    assert!(mismatches(text).is_empty());
}

#[test]
fn two_death_tolls_that_disagree() {
    let text = "Storms have killed at least 41 people across the region, the fire service \
                said.\n\nBy the evening the police said the death toll had reached 36.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("at least 41"), "{}", f[0].message);
    assert!(f[0].message.contains("36"), "{}", f[0].message);
    assert!(f[0].message.contains("death toll"), "{}", f[0].message);
    // A toll that fits the bound, a subgroup, a revision and another time do not fire.
    for ok in [
        "Storms have killed at least 41 people.\n\nThe death toll had reached 44.",
        "Storms have killed at least 41 people.\n\nOf those, 12 people were killed in the capital.",
        "Storms have killed at least 41 people.\n\nThe toll had earlier been put at 36 people killed.",
        "Storms have killed at least 41 people.\n\nStorms killed 36 people last year.",
        "Storms have killed at least 41 people.\n\nAt least 12 soldiers were killed.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

#[test]
fn one_noun_counts_under_the_same_condition_and_time() {
    let text = "Figures show 3,310 passengers waited more than two hours at the border in \
                August.\n\nIn all, 2,870 passengers waited more than two hours in August.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("3,310"), "{}", f[0].message);
    // Another condition, another time, or no shared condition: not compared.
    for ok in [
        "Figures show 3,310 passengers waited more than two hours in August.\n\n\
         In all, 2,870 passengers waited more than four hours in August.",
        "Figures show 3,310 passengers waited more than two hours in August.\n\n\
         In all, 2,870 passengers waited more than two hours in July.",
        "Figures show 3,310 passengers crossed in August.\n\n\
         In all, 2,870 passengers complained in August.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

#[test]
fn a_count_restated_for_the_same_year_with_transposed_digits() {
    let text = "The maternity unit delivered 1,140 births in 2025.\n\n\
                The trust’s annual report lists 1,410 births in 2025.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("transposed"), "{}", f[0].message);
    assert!(f[0].message.contains("1,140 / 1,410"), "{}", f[0].message);
    // Neither is sourced: the first is the statement of record.
    assert_eq!(f[0].fixes[0].title, "Use 1,140 (as in paragraph 1)");
    // Two events in one year are two quantities.
    let ok = "The maternity unit delivered 1,140 births in 2025.\n\n\
              Midwives at home attended 1,410 births in 2025.";
    assert!(mismatches(ok).is_empty(), "{:?}", mismatches(ok));
    // One quantity under two nouns a desk treats as one.
    let text = "The maternity unit delivered 1,140 babies in 2025.\n\n\
                The trust’s annual report lists 1,410 births in 2025.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
    let text = "The maternity unit delivered 1,140 births in 2025.\n\n\
                Its annual report says 1,410 babies were delivered in 2025.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
    // Babies that something else happened to are another count.
    let ok = "The maternity unit delivered 1,140 births in 2025.\n\n\
              Its annual report says 1,410 babies were stillborn in 2025.";
    assert!(mismatches(ok).is_empty(), "{:?}", mismatches(ok));
}

#[test]
fn a_sentence_restated_with_only_its_number_changed() {
    let text = "About 300 supporters gathered outside the stadium before kick-off.\n\n\
                The club later apologised.\n\n\
                About 450 supporters gathered outside the stadium before kick-off.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("≈ 300"), "{}", f[0].message);
    // A near-miss: one digit differs.
    let text = "The charity housed 2,350 families over the winter months.\n\n\
                The charity housed 2,850 families over the winter months.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("one digit"), "{}", f[0].message);
    // Two values that differ in their first digit, or in length, are not called a
    // slip: "300" / "450" is another number, not a typing error.
    let text = "About 300 supporters gathered outside the stadium before kick-off.\n\n\
                About 400 supporters gathered outside the stadium before kick-off.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(!f[0].message.contains("transposed"), "{}", f[0].message);
    assert!(!f[0].message.contains("one digit"), "{}", f[0].message);
    // Another subject, or another measured condition, is another quantity.
    for ok in [
        "Leeds fans filled 300 coaches for the final.\n\nHull fans filled 450 coaches for the final.",
        "The charity housed 2,350 families for two weeks.\n\nThe charity housed 2,850 families for six weeks.",
        "The charity housed 2,350 families over the winter.\n\nOf those, 850 families were housed over the winter.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

#[test]
fn scope_words_keep_figures_apart() {
    for ok in [
        "Home sales reached 4.1 million nationally in 2024.\n\nIn Leeds, home sales reached 31,200 in 2024.",
        "Home sales reached 31,200 in Leeds in 2024.\n\nHome sales reached 29,800 in York in 2024.",
        "The club sold 40,000 season tickets in the first half.\n\nThe club sold 52,000 season tickets last year.",
        // A place for one only, an order of magnitude apart: a part and its whole.
        "Home sales reached 4.1 million in 2024.\n\nHome sales reached 31,200 in Houston in 2024.",
        "Home sales reached 4.1 million across the country in 2024.\n\nHome sales reached 31,200 in 2024.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
    // A place for one only, close in value, that scopes what it counts: right after
    // the figure's words, or opening the sentence. A part against the whole.
    for ok in [
        "The builder sold 4,100 homes in Houston in 2024.\n\nThe builder sold 4,600 homes in 2024.",
        "In Houston, the builder sold 4,100 homes in 2024.\n\nThe builder sold 4,600 homes in 2024.",
        "The builder sold 4,100 homes in 2024.\n\nThe builder sold 4,600 homes nationally in 2024.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
    // Without the place the two are one count restated.
    let text = "The builder sold 4,100 homes in 2024.\n\nThe builder sold 4,600 homes in 2024.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
    // A place for one only, close in value, after a verb: where the counted things
    // went, not a scope, so the two are still compared.
    let text = "Approximately 1,500 North Korean soldiers have arrived in Russia.\n\n\
                As many as 12,000 North Korean soldiers may be deployed, outlets said.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
}

#[test]
fn jobs_and_posts_are_one_quantity() {
    let text = "The firm created 300 posts in 2024.\n\nThe firm created 380 jobs in 2024.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
}

/// "people" says too little to compare on its own; a sentence restated word for word
/// but for the number and "residents" for "people" is the context that says so.
#[test]
fn people_and_residents_are_one_quantity_in_a_restated_sentence() {
    let text = "The council housed 300 people in temporary flats last winter.\n\n\
                The council housed 450 residents in temporary flats last winter.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].fixes[0].title, "Use 300 (as in paragraph 1)");
    for ok in [
        // Another place they were housed: another statement.
        "The council housed 300 people in temporary flats last winter.\n\n\
         The council housed 450 residents in hostels last winter.",
        // The same words in another order: not recognised as a restatement.
        "The council housed 300 people in temporary flats last winter.\n\n\
         Last winter 450 residents were housed by the council in temporary flats.",
        // Without the restatement, two counts of people are never compared.
        "About 300 people lost power.\n\nAbout 450 residents complained.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

/// The fix's number takes the case of the words it replaces.
#[test]
fn the_fix_reads_as_part_of_its_sentence() {
    let text = "Officials counted about 1,500 North Korean soldiers in the east.\n\n\
                As many as 12,000 North Korean soldiers may be deployed, outlets said.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].fixes[0].edits[0].replacement, "About 1,500");
    let text = "Approximately 1,500 North Korean soldiers have arrived in the east.\n\n\
                Outlets said as many as 12,000 North Korean soldiers may be deployed.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].fixes[0].edits[0].replacement, "approximately 1,500");
    assert_eq!(
        f[0].fixes[0].title,
        "Use approximately 1,500 (as in paragraph 1)"
    );
}

/// Two ranges overlap, so their values could both hold, but a sentence restated with
/// one end changed states the range twice differently.
#[test]
fn a_range_restated_with_another_end() {
    let text = "Members get between two and 30 free hours of parking a month.\n\n\
                The club runs a bar.\n\n\
                Members get between two and 45 free hours of parking a month.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("2–30"), "{}", f[0].message);
    for ok in [
        // The same range again.
        "Members get between two and 30 free hours of parking a month.\n\n\
         Members get between two and 30 free hours of parking a month.",
        // One value inside the range.
        "Members get between two and 30 free hours of parking a month.\n\n\
         Members get 12 free hours of parking a month.",
        // Another range in other words: another statement, and the two overlap.
        "Members get between two and 30 free hours of parking a month.\n\n\
         Guests get between two and 45 free hours of parking a month.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

/// A range's "between" goes with it, whichever side of the fix it is on.
#[test]
fn the_fix_keeps_a_range_whole() {
    let text = "Between 300 and 400 North Korean soldiers have arrived in the east.\n\n\
                As many as 12,000 North Korean soldiers may be deployed.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].fixes[0].title,
        "Use Between 300 and 400 (as in paragraph 1)"
    );
    assert_eq!(f[0].fixes[0].edits[0].span.slice(text), "As many as 12,000");
    let text = "About 1,500 North Korean soldiers have arrived in the east.\n\n\
                Officials said between 300 and 400 North Korean soldiers had come.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].fixes[0].edits[0].span.slice(text),
        "between 300 and 400"
    );
    assert_eq!(f[0].fixes[0].edits[0].replacement, "about 1,500");
}

#[test]
fn no_edit_when_two_named_sources_disagree() {
    let text = "The Home Office said 3,400 asylum seekers were housed in hotels.\n\n\
                The Refugee Council said 4,300 asylum seekers were housed in hotels.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].fixes.iter().all(|x| !x.title.starts_with("Use ")),
        "{:?}",
        f[0].fixes
    );
    assert!(f[0].message.contains("paragraph 1"), "{}", f[0].message);
    assert!(
        f[0].message.contains("transposed (3,400 / 4,300)"),
        "{}",
        f[0].message
    );
    // Only the second is sourced: it is the record, and the fix edits the first.
    let text = "Some 3,400 asylum seekers were housed in hotels.\n\n\
                The Home Office said 4,300 asylum seekers were housed in hotels.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].fixes[0].title, "Use 4,300 (as in paragraph 2)");
    assert_eq!(f[0].fixes[0].edits[0].span.slice(text), "Some 3,400");
}

/// Two named people, one playing the other's count down with "only": the draft
/// reports a dispute, which the copy should say, and no number is offered.
#[test]
fn a_count_played_down_by_another_source() {
    for text in [
        "Treasurer Ann Pryce said the council would close 1,200 libraries.\n\n\
         A day earlier, Mayor Tom Hale said only 12 rural libraries would be closed.",
        // A generic noun of things a desk counts (firms) is one count here.
        "Treasurer Ann Pryce said the state would buy back 2,000 firms.\n\n\
         Mayor Tom Hale said only 20 large firms would be bought back.",
    ] {
        let f = mismatches(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].severity, Severity::Information);
        assert!(
            f[0].fixes.iter().all(|x| !x.title.starts_with("Use ")),
            "{:?}",
            f[0].fixes
        );
        assert!(f[0].message.contains("paragraph 1"), "{}", f[0].message);
        assert!(f[0].message.contains("Ann Pryce"), "{}", f[0].message);
    }
    for ok in [
        // No "only": two counts of libraries may be of different libraries.
        "Treasurer Ann Pryce said the council would close 1,200 libraries.\n\n\
         Mayor Tom Hale said 12 rural libraries would be closed.",
        // One source only.
        "Treasurer Ann Pryce said the council would close 1,200 libraries.\n\n\
         Ms Pryce said only 12 rural libraries would be closed.",
        // The bigger count narrows the things counted, the "only" one does not.
        "Treasurer Ann Pryce said the council would close 1,200 rural libraries.\n\n\
         Mayor Tom Hale said only 12 libraries would be closed.",
        // People in general say too little of who is counted.
        "Treasurer Ann Pryce said 1,200 people would lose their homes.\n\n\
         Mayor Tom Hale said only 12 people would lose their homes.",
        // The "only" count is under a condition of its own.
        "Treasurer Ann Pryce said the council would close 1,200 libraries.\n\n\
         Mayor Tom Hale said only 12 libraries had more than 500 members.",
        // "Only" the larger number: not a playing down.
        "Treasurer Ann Pryce said the council would close 12 libraries.\n\n\
         Mayor Tom Hale said only 1,200 libraries would stay open.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

#[test]
fn a_restatement_needs_no_noun() {
    // A price with no noun after it, and a share of a whole, restated later.
    let text = "Cold weather pushed heating oil past $125 a barrel on Monday.\n\n\
                Traders expect little change.\n\n\
                Cold weather pushed heating oil past $152 a barrel on Monday.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("transposed"), "{}", f[0].message);
    let text = "Joblessness rose to 8.4% of the labour force in March.\n\n\
                Joblessness rose to 9.4% of the labour force in March.";
    assert_eq!(mismatches(text).len(), 1, "{:?}", mismatches(text));
    // Another number beside it, or other words either side, is another statement.
    for ok in [
        "Cold weather pushed heating oil past $95 a barrel on Monday.\n\n\
         Cold weather pushed diesel past $59 a tonne on Monday.",
        "At stake in those three states are 213 delegates.\n\n\
         In all, 865 delegates are at stake in 11 states.",
        "Among men, her rating is minus 40.\n\nAmong women, her rating is minus nine.",
        "Among women, her rating is minus nine.\n\nAmong white women, her rating is minus 25.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}

#[test]
fn a_count_against_the_list_of_the_things_counted() {
    let text = "Police made arrests in seven countries: Spain, France, Italy, Germany, \
                Belgium, the Netherlands, Poland and Austria.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("names 8"), "{}", f[0].message);
    // No edit of the figure (either may be short); only the silencing comment.
    assert!(
        f[0].fixes.iter().all(|x| !x.title.starts_with("Use")),
        "{:?}",
        f[0].fixes
    );
    assert_eq!(f[0].related.len(), 1);
    let text = "Officers arrested suspects in Spain, France, Italy, Germany, Belgium, \
                Poland, Portugal and Austria.\n\n\
                The arrests in seven nations followed a two-year inquiry.";
    let f = mismatches(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains("paragraph 1 names 8"),
        "{}",
        f[0].message
    );
    // The examples of the rule's documentation.
    let doc_fires = "Talks involved three nations: Chile, Peru, Bolivia and Ecuador.";
    assert_eq!(mismatches(doc_fires).len(), 1);
    // A count its list spells out, and a list of only some, are silent.
    for ok in [
        "Talks involved four nations, including Chile and Peru.",
        "Talks involved three nations: Chile, Peru and Bolivia.",
        "Arrests were made in eight countries, including Spain, France and Italy.",
    ] {
        assert!(mismatches(ok).is_empty(), "{ok}: {:?}", mismatches(ok));
    }
}
