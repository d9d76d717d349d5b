//! What the claim finder leaves alone and what it still flags, in sentences written for
//! these tests. Each test gives the pattern and its near misses.

use crate::analysis::rules::unattributed_claim::tests::flagged;

/// The first sentence of a draft states its own event and is never flagged.
const LEAD: &str = "The harbour board met on Thursday.\n\n";

fn quiet(sentences: &[&str]) {
    for s in sentences {
        let f = flagged(&format!("{LEAD}{s}"));
        assert!(f.is_empty(), "{s}: {f:?}");
    }
}

fn fires(sentences: &[&str]) {
    for s in sentences {
        let f = flagged(&format!("{LEAD}{s}"));
        assert_eq!(f.len(), 1, "{s}: {f:?}");
    }
}

#[test]
fn the_figure_reader_decides_which_numbers_are_figures() {
    quiet(&[
        "The ferry left the quay at 10:30 on 12 March.",
        "The pier reopened in 1998 after the storm repairs.",
        "The tide table for 2003/4 was printed by the port office.",
    ]);
    fires(&["The ferry carried 1,030 passengers on 12 March."]);
}

#[test]
fn a_duration_as_the_figure_reader_measures_it_is_no_claim() {
    quiet(&[
        "Okafor crossed the line in 8:41.43 to take the heat.",
        "Okafor finished in two minutes, 35.39 seconds on the indoor track.",
    ]);
    fires(&["The indoor meeting drew 8,400 paying spectators."]);
}

#[test]
fn sporting_events_and_results_are_on_the_record() {
    quiet(&[
        "Okafor won the women's 400m at the indoor meeting.",
        "The Olympic 10,000m champion pulled out with a calf strain.",
        "Brandt cleared 4.91m at her second attempt.",
        "Brandt ran a personal best of 20.71 in the final.",
        "Mensah scored 31 points and had 12 rebounds in the win over the Hawks.",
    ]);
    // BBC style writes millions with "m" too; a round distance can still state a record;
    // a career tally is a record someone keeps.
    fires(&[
        "The airline flew 5m customers across the region last year.",
        "The region lost 4.5m hectares of forest over the decade.",
        "Mensah has 412 career assists for the club.",
    ]);
}

#[test]
fn results_and_awards_are_not_rankings() {
    quiet(&[
        "The drama won in the best documentary category on Sunday.",
        "The drama was named Scotland's best new series by the panel.",
        "Her best known novel is set in the old dock quarter.",
        "Brandt ran a season's best in the heat on Saturday.",
        "Brandt won the heat in the fastest time in the world this season.",
    ]);
    fires(&[
        "The mill is the largest employer in the county.",
        // A speed the writer judges, not one the clock ranks.
        "The island has the fastest broadband in the county.",
    ]);
}

#[test]
fn names_list_headings_and_identifiers_count_nothing() {
    quiet(&[
        "The rapper 20 Cent played a short set after midnight.",
        "14 Dockers Who Changed The Way The Port Works.",
        "The clip carried the stamp 1467800000 in its page code.",
    ]);
    fires(&[
        "300 dockers walked out of the port on Monday morning.",
        "The clip was watched 1,467,800 times in its first week.",
    ]);
}

#[test]
fn ages_in_their_usual_forms_are_no_claim() {
    quiet(&[
        "Okafor, then 47, took over the boatyard from his uncle.",
        "Okafor, who retired at age 61, still visits the yard.",
        "Okafor died at the age of 88 in his home town.",
        "Voters age 18-24 turned out in larger numbers than before.",
    ]);
    fires(&["Okafor, 47, sold 120 boats from the yard."]);
}

#[test]
fn an_ordinal_with_since_counts_a_record() {
    let f = flagged(&format!(
        "{LEAD}It was the yard's 12th launch since the spring of 2001."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("makes a ranking: yard's 12th"), "{f:?}");
    fires(&["It was the first strike at the yard since the war."]);
    // An ordinal with no "since" or "ever" is a place in a sequence.
    quiet(&["The 12th launch is planned for the spring."]);
}

#[test]
fn a_share_in_words_claims_a_proportion() {
    let f = flagged(&format!(
        "{LEAD}About two thirds of the yard's workers live in the town."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("About two thirds"), "{f:?}");
    // Part of a stretch of time dates something.
    quiet(&[
        "In the first half of 2003 the yard built a new slipway.",
        "The yard has stood on the quay for a quarter of a century.",
    ]);
}

#[test]
fn a_record_that_puts_or_projects_a_figure_sources_it() {
    quiet(&[
        "A council estimate puts the repair bill at £4.2m.",
        "The port's own forecast projects 2,300 sailings next year.",
    ]);
    fires(&["The repair bill came to £4.2m by the end of the year."]);
}

#[test]
fn the_noun_causes_claims_no_cause() {
    quiet(&[
        "The inspectors looked for any potential causes for the leak.",
        "The root causes of the strike go back a decade.",
    ]);
    // The verb still claims one.
    let f = flagged(&format!(
        "{LEAD}The leak causes delays on the quay every winter."
    ));
    assert!(
        f.iter().any(|m| m.contains("causal claim: causes")),
        "{f:?}"
    );
}

#[test]
fn a_possessive_name_after_a_number_is_a_name() {
    quiet(&["Police searched the studio of 20 Cent's record label."]);
    // A count before an ordinary noun is still a count.
    fires(&["Police searched 20 homes near the record label's studio."]);
}

#[test]
fn turning_an_age_is_no_claim() {
    quiet(&[
        "The skipper turned 60 on the day the yard closed.",
        "Pupils who will turn 16 before the summer may enrol.",
    ]);
    fires(&["The skipper turned 60 boats away from the quay that winter."]);
}

#[test]
fn a_poll_that_was_conducted_among_its_sample_sources_the_sample() {
    quiet(&["The poll was conducted by phone among 1,204 likely voters."]);
    fires(&["The mayor phoned 1,204 likely voters in the last week."]);
}

#[test]
fn a_forecast_goes_on_from_the_reported_one_before_it() {
    // The second sentence carries on the commission's forecast, in the same paragraph.
    quiet(&[
        "The new members will see 4.6% growth, the trade commission said. In contrast, the older members will manage only 1.8%.",
        "The trade commission is forecasting growth of 2.2% across the region. The new members would see 4.6%.",
        "The board said it would keep 90% of the pilots. The cuts will affect about 9% of the 5,500 dock staff.",
    ]);
    // A statement of fact after the forecast is the writer's again; so is a forecast
    // after a reported fact, or one that opens a new paragraph.
    fires(&[
        "The new members will see 4.6% growth, the trade commission said. The older members grew 1.8% last year.",
        "The board said it had kept the pilots. The cuts will affect about 9% of the 5,500 dock staff.",
        "The new members will see strong growth, the trade commission said.\n\nThe older members will manage only 1.8%.",
    ]);
}

#[test]
fn a_market_quote_is_public_record() {
    quiet(&[
        "A barrel of Brent closed up $1.40 at $63.15 in London on Monday.",
        "Copper was trading at $9,120.50 a tonne in early Asian trade.",
        "The harbour index ended lower at 4,212.37 after a quiet session.",
    ]);
    // A move with no price after it, and a count, are no quote.
    fires(&[
        "The port closed down 140 berths after the storm.",
        "The ferry company traded 2,300 tonnes of grain last year.",
    ]);
}

#[test]
fn a_final_score_and_a_box_score_line_are_results() {
    quiet(&[
        "The Harriers won 104-98 over the Gulls on Friday night.",
        "It was their fifth straight victory, 112-107 over the Gulls.",
        "Okafor finished with 25 points, 11 rebounds and 13 assists on Friday night.",
    ]);
    // A range that counts something, and a career tally, stay claims.
    fires(&[
        "Between 300-400 dock workers joined the strike on Friday.",
        "Okafor has 86 triple-doubles in his career with the Harriers.",
    ]);
}

#[test]
fn agreeing_to_a_deal_is_the_writers_report_of_the_deal() {
    fires(&[
        "The ferry line agreed to a takeover by a rival in a deal valued at $640m.",
        "The port agreed to pay 2,300 pounds to each of the pilots.",
    ]);
    // Agreeing with a statement still reports what was said.
    quiet(&["The port agreed that the repairs had cost 2,300 pounds."]);
}

#[test]
fn an_agentless_forecast_is_no_claim_of_the_writer() {
    quiet(&[
        "Traffic through the harbour is forecast to fall from 4.1% to 3.8% this year.",
        "The deficit is projected to reach $540 billion by the autumn.",
    ]);
    // The noun "forecast" and a forecast with no "to" are no such passive.
    fires(&[
        "The forecast of 4.1% growth for the harbour proved too high.",
        "Traffic fell 4.1% last year, less than was forecast.",
    ]);
}

#[test]
fn a_hoped_for_outcome_is_the_holders_wish() {
    quiet(&[
        "The ferry line, which owns three ports, hopes this will lead to a formal offer.",
        "The council wants the new toll to result in fewer lorries on the coast road.",
    ]);
    // A figure in the wish is still the writer's to source, and a cause told as fact
    // beside a wish is the writer's claim.
    fires(&[
        "The ferry line hopes to open 1,200 new berths by the spring.",
        "The storm led to the closure of the port, and the ferry line hopes to reopen soon.",
    ]);
}

#[test]
fn the_crowd_the_copy_takes_as_given_is_no_new_magnitude() {
    quiet(&["Meanwhile the thousands of commuters are proving a headache for the port."]);
    // A magnitude the sentence itself claims still wants a source.
    fires(&["The storm has stranded thousands of commuters at the port."]);
}

#[test]
fn the_figures_of_a_results_story_are_its_own_announcement() {
    let story = |lead: &str, s: &str| {
        flagged(&format!(
            "Ferry operator's profits sink\n\n{lead}\n\nThe harbour board met on Thursday. {s}"
        ))
    };
    let lead = "The island ferry operator has posted a 30% fall in profits.";
    for s in [
        "Operating profits fell to 4.2m pounds from 6.1m pounds a year earlier.",
        "Turnover for the half year was up 2.5% to 88m pounds.",
        "Sales of season tickets fell 7% as the summer stayed wet.",
        "The operator took a 3.1m pound one-time charge on its old vessels.",
        "It booked a 900,000 pound write-down on the harbour cafe.",
        "The operator took a 2.4m pound hit from the strike.",
    ] {
        assert!(story(lead, s).is_empty(), "{s}");
    }
    // Other figures in a results story, and a tax, are still the writer's.
    for s in [
        "The operator has cut 340 jobs since the strike.",
        "The operator paid 1.2m pounds in income tax on the crossings.",
        "The strike hit 3,000 passengers over the holiday.",
    ] {
        assert_eq!(story(lead, s).len(), 1, "{s}");
    }
    // Results in a story that is not about results still need a source.
    let f = flagged(&format!(
        "{LEAD}Operating profits fell to 4.2m pounds from 6.1m pounds a year earlier."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn a_record_named_with_its_complement_or_a_tally_is_the_source() {
    quiet(&[
        "A survey of 310 ports by the shipping institute said fees rose 12%.",
        "A harbour poll of boat owners in May put support for the levy at 41 percent.",
        "As a port study from 2019 noted, the average berth fee was 310 pounds.",
        "The current harbour count gives the marina 1,280 moorings in all.",
        "As reported by the Tidewater Courier, the board spent 2.3m pounds on dredging.",
        "By the board's own tally, 740 boats used the slipway in June.",
    ]);
    fires(&[
        // A complement with no verb of finding after it, and a verb past a comma.
        "The report on the 1,400 berth closures will be published in the spring.",
        "A survey of 310 ports, which the board paid for, cost 12,000 pounds.",
        // "as" and "by" that cite nobody.
        "As boats arrived, the board spent 2.3m pounds on dredging.",
        "Fees rose by 12% across the 310 ports by the spring.",
    ]);
}

#[test]
fn what_a_law_a_rule_or_a_plan_lays_down_is_its_text() {
    quiet(&[
        "Under harbour law, owners who owe more than 900 pounds lose their mooring.",
        "Under the new pilotage agreement, fees rise to 310 pounds a visit.",
        "A new port rule will require boats carrying more than 120 passengers to take a pilot.",
        "The island constitution reserves 25 percent of board seats for fishermen.",
        "Her plan includes a fund of 2.3m pounds for the slipway.",
        "The treaty calls for a 40% cut in ballast discharges.",
    ]);
    fires(&[
        // "Under" that names no provision, and a plan's effect told as a forecast.
        "Under pressure from owners, the board cut fees by 12%.",
        "The plan would close 40 of the harbour's berths by the autumn.",
        // "calls" without "for" lays nothing down.
        "The plan calls 40 owners to a hearing each spring.",
    ]);
}

#[test]
fn the_figures_of_a_statistics_release_are_its_own() {
    let story = |lead: &str, s: &str| {
        flagged(&format!(
            "Island jobs market weakens\n\n{lead}\n\nThe harbour board met on Thursday. {s}"
        ))
    };
    let lead = "Island unemployment rose for a fifth month in March.";
    for s in [
        "Unemployment rose 310 to 4,120 people in the month.",
        "In the northern parishes, where the rate is 9.4%, the rise was sharpest.",
    ] {
        assert!(story(lead, s).is_empty(), "{s}");
    }
    // A rate far from the figure measures something else, and other figures stay
    // the writer's.
    for s in [
        "The board pushed through two rate rises since June, taking its fees to 310 pounds.",
        "The ferry carried 1,030 passengers in the month.",
    ] {
        assert_eq!(story(lead, s).len(), 1, "{s}");
    }
    // The same sentence in a story that opens on something else still needs a source.
    let f = flagged(&format!(
        "{LEAD}Unemployment rose 310 to 4,120 people in the month."
    ));
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn rankings_without_a_superlative() {
    let f = flagged(&format!(
        "{LEAD}The crew is testing the world's first floating harbour crane."
    ));
    assert!(f[0].contains("makes a ranking: world's first"), "{f:?}");
    fires(&[
        "The shanty album topped the charts in the spring.",
        "The dredger has held on to the top spot since June 2002.",
        "The port is second only in size to Rotterdam among the region's harbours.",
    ]);
    quiet(&[
        // A first within its owner, a top-up, and a top spot with no record kept.
        "The board opened the harbour's first cafe in the spring.",
        "The board hired the country's first female harbour master.",
        "The crew topped up the tanks before the crossing.",
        "Dredging took the top spot on the board's agenda.",
        // "second" and "only" with no leader after them rank nothing.
        "The ferry sailed for the second time only after the repairs.",
    ]);
}

#[test]
fn causes_told_with_words_between() {
    let f = flagged(&format!(
        "{LEAD}Bookings have been hit in recent years by the rise of budget airlines."
    ));
    assert!(
        f[0].contains("makes a causal claim: hit in recent years by"),
        "{f:?}"
    );
    fires(&["The dredging was stepped up, resulting in a sharp fall in groundings."]);
    quiet(&[
        // No "by" after the verb, and an active "hit" whose "by" is a place.
        "The ferry hit the quay wall in the fog.",
        "The ferry hit the quay wall by the lighthouse.",
    ]);
}

#[test]
fn a_record_holder_and_a_stolen_place_are_no_claims() {
    quiet(&[
        "The world 800m record holder pulled out of the harbour race with a calf strain.",
        "Okafor stole top spot from Brandt with the last jump of the meeting.",
        "The harbour choir stole the show at the regatta.",
    ]);
    fires(&[
        "Okafor broke the world 800m record at the harbour meeting.",
        "The crew stole 40 crates from the harbour store.",
    ]);
    let f = flagged(&format!(
        "{LEAD}The clerk stole the takings from the harbour office."
    ));
    assert!(f[0].contains("makes an allegation: stole"), "{f:?}");
}

mod held_elsewhere;
