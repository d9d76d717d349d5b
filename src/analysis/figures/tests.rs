//! Extraction tests: each form that is a figure, and the ones that are not.

use super::*;
use crate::analysis::markup::Format;
use crate::analysis::segment::segment;

fn figs(text: &str) -> Vec<Figure> {
    let doc = segment(text, Format::PlainText);
    extract(&doc, &[], &[], &[], &mut crate::analysis::Memo::default())
}

/// (text of span, value) of every figure.
fn read(text: &str) -> Vec<(String, f64)> {
    figs(text)
        .iter()
        .map(|f| {
            (
                f.span.slice(text).to_string(),
                (f.value * 1e4).round() / 1e4,
            )
        })
        .collect()
}

fn values(text: &str) -> Vec<f64> {
    read(text).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(values("The army sent 1,500 soldiers."), [1500.0]);
    assert_eq!(values("It weighed 12 000 tonnes."), [12000.0]);
    assert_eq!(values("Growth was 3.5 per cent."), [3.5]);
}

#[test]
fn number_words() {
    assert_eq!(values("Twelve people were hurt."), [12.0]);
    assert_eq!(values("They ordered two dozen buses."), [24.0]);
    assert_eq!(values("She served five-and-a-half years."), [5.5]);
    assert_eq!(
        values("The club paid one hundred and fifty players."),
        [150.0]
    );
    assert_eq!(values("He waited two and a half hours."), [2.5]);
}

#[test]
fn scales_and_money() {
    assert_eq!(values("The deal cost £3.2bn in total."), [3.2e9]);
    assert_eq!(values("It raised $400m from investors."), [4e8]);
    assert_eq!(values("The fund holds 300 million euros."), [3e8]);
    assert_eq!(values("Seoul pledged ₩1.2tn for chips."), [1.2e12]);
    assert_eq!(values("Tickets cost US$5 each."), [5.0]);
    assert_eq!(values("Sales reached 1.5 million units."), [1.5e6]);
    assert_eq!(values("The startup hired 400k contractors."), [4e5]);
    let f = figs("The deal cost £3.2bn in total.");
    assert_eq!(f[0].unit.as_deref(), Some("GBP"));
    let f = figs("The fund holds 300 million euros.");
    assert_eq!(f[0].unit.as_deref(), Some("EUR"));
}

#[test]
fn percentages_and_points() {
    for t in [
        "Turnout was 40%.",
        "Turnout was 40 per cent.",
        "Turnout was 40 percent.",
    ] {
        let f = figs(t);
        assert_eq!(f.len(), 1, "{t}");
        assert_eq!(f[0].value, 40.0);
        assert_eq!(f[0].unit.as_deref(), Some("%"));
    }
    let f = figs("Support fell three percentage points.");
    assert_eq!(f[0].value, 3.0);
    assert_eq!(f[0].unit.as_deref(), Some("percentage points"));
}

#[test]
fn fractions() {
    assert_eq!(values("About a third of voters stayed home."), [0.3333]);
    assert_eq!(values("One in three homes is damp."), [0.3333]);
    assert_eq!(values("Two thirds of staff agreed."), [0.6667]);
    assert_eq!(values("Half the villages flooded."), [0.5]);
    // "a third" as an ordinal is not a fraction.
    assert!(figs("He won a third term.").is_empty());
}

#[test]
fn multipliers() {
    assert_eq!(values("Prices doubled after the storm."), [2.0]);
    assert_eq!(values("The plan will triple the price."), [3.0]);
    assert_eq!(values("It is three times the size."), [3.0]);
}

#[test]
fn ranges() {
    let f = figs("Between 10 and 15 boats sank.");
    assert_eq!(
        (f[0].value, f[0].upper, f[0].bound),
        (10.0, Some(15.0), Bound::Range)
    );
    let f = figs("It will lose 30 to 50 mln dlrs this year.");
    assert_eq!((f[0].value, f[0].upper), (30e6, Some(50e6)));
    assert_eq!(f[0].unit.as_deref(), Some("USD"));
    let f = figs("Four or five ships arrived.");
    assert_eq!((f[0].value, f[0].upper), (4.0, Some(5.0)));
    let f = figs("Crowds of 10-15 people gathered.");
    assert_eq!((f[0].value, f[0].upper), (10.0, Some(15.0)));
    // "from X to Y" is a change, not a range.
    let f = figs("The fee rose from £6 to £10.");
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].role, Role::Before);
    assert_eq!(f[1].role, Role::After);
}

#[test]
fn bounds() {
    let b = |t: &str| figs(t)[0].bound;
    assert_eq!(b("About 200 people came."), Bound::Approx);
    assert_eq!(b("Around 200 people came."), Bound::Approx);
    assert_eq!(b("Approximately 200 people came."), Bound::Approx);
    assert_eq!(b("Some 200 people came."), Bound::Approx);
    assert_eq!(b("Nearly 200 people came."), Bound::AtMost);
    assert_eq!(b("Almost 200 people came."), Bound::AtMost);
    assert_eq!(b("As many as 200 people came."), Bound::AtMost);
    assert_eq!(b("Up to 200 people came."), Bound::AtMost);
    assert_eq!(b("More than 200 people came."), Bound::AtLeast);
    assert_eq!(b("At least 200 people came."), Bound::AtLeast);
    assert_eq!(b("Over 200 people came."), Bound::AtLeast);
    assert_eq!(b("Exactly 200 people came."), Bound::Exact);
}

#[test]
fn quantity_head_noun_phrase() {
    let f =
        figs("According to the agency, approximately 1,500 North Korean soldiers have arrived.");
    assert_eq!(f[0].quantity.as_deref(), Some("North Korean soldiers"));
    assert_eq!(
        f[0].span.slice(
            "According to the agency, approximately 1,500 North Korean soldiers have arrived."
        ),
        "approximately 1,500 North Korean soldiers"
    );
    let f = figs("Annual pre-tax profit fell 36% to 2.9bn euros.");
    assert_eq!(f[0].quantity.as_deref(), Some("Annual pre-tax profit"));
    assert_eq!(f[0].role, Role::Change);
    assert_eq!(f[1].quantity.as_deref(), Some("Annual pre-tax profit"));
    assert_eq!(f[1].role, Role::After);
    let f = figs("There was a 40% drop in profits.");
    assert_eq!(
        (f[0].quantity.as_deref(), f[0].role),
        (Some("profits"), Role::Change)
    );
}

#[test]
fn time_and_place_when_stated() {
    let f = figs("Revenues rose to 8.6 billion dlrs in 1986 from 8.3 billion a year earlier.");
    assert_eq!(f[0].time.as_deref(), Some("1986"));
    assert_eq!(f[1].time.as_deref(), Some("a year earlier"));
    let f = figs("Some 311,000 people were waiting in Wales.");
    assert_eq!(f[0].place.as_deref(), Some("Wales"));
}

#[test]
fn durations_in_mixed_units() {
    let f = figs("She has held the post for five years and eight months.");
    assert_eq!(f.len(), 1);
    assert!((f[0].value - (5.0 + 8.0 / 12.0)).abs() < 1e-9);
    assert_eq!(f[0].unit.as_deref(), Some("years"));
}

#[test]
fn not_figures() {
    for t in [
        "The pact was signed in 2004.",
        "It happened on 31 December last year.",
        "It happened on December 31 last year.",
        "The meeting starts at 10:30 on Friday.",
        "The meeting starts at 3pm.",
        "She finished 21st in the race.",
        "Call 020 7946 0018 for details.",
        "He lives at 42 Acacia Avenue.",
        "One of the bidders withdrew.",
        "Talks were held at No. 10 today.",
        "The budget for 2003/4 was set.",
        "It was the number one target.",
        "The show aired on BBC Two.",
        "He was the one who called.",
        "It happened in the 1990s.",
        "He bought an iPhone 15 online.",
        "She called 999 at once.",
        "One day he will go.",
        "Traffic queued between junctions 12 and 14.",
    ] {
        assert!(figs(t).is_empty(), "{t}: {:?}", read(t));
    }
}

/// A score and an elapsed time count or measure something (the desk's annotation guide
/// marks them), but no other figure restates them: they carry no quantity.
#[test]
fn scores_and_elapsed_times_are_figures_without_a_quantity() {
    for (t, span, v) in [
        ("Arsenal won 3-1 at home.", "3-1", 3.0),
        ("They drew 2–2 on Sunday.", "2–2", 2.0),
        ("Turnout was lower two years earlier.", "two years", 2.0),
        ("The pier burned down six days ago.", "six days", 6.0),
    ] {
        let f = figs(t);
        assert_eq!(f.len(), 1, "{t}: {:?}", read(t));
        assert_eq!(f[0].span.slice(t), span, "{t}");
        assert_eq!(f[0].value, v, "{t}");
        assert_eq!(f[0].quantity, None, "{t}");
    }
    // A range rises: "10-15" is not a score.
    assert_eq!(values("They hired 10-15 staff."), [10.0]);
}

#[test]
fn race_times_and_metres() {
    let f = figs("She won in 8:14.28 after a slow start.");
    assert_eq!(f.len(), 1);
    assert!((f[0].value - 494.28).abs() < 1e-9);
    assert_eq!(f[0].unit.as_deref(), Some("seconds"));
    assert!(figs("The meeting starts at 10:30 on Friday.").is_empty());
    let f = figs("He ran it in three minutes, 12.55 seconds.");
    assert!((f[0].value - 192.55).abs() < 1e-9, "{:?}", read("x"));
    assert_eq!(values("She cleared 4.91m at the first try."), [4.91]);
    assert_eq!(values("He won the 400m title."), [400.0]);
    assert_eq!(figs("He won the 400m title.")[0].unit.as_deref(), Some("m"));
    // Millions: a plural noun, a currency or "of" after it.
    assert_eq!(values("The show drew 4.85m viewers."), [4.85e6]);
    assert_eq!(values("It lost 500m euros."), [5e8]);
    assert_eq!(values("The agency spent £2.25m on it."), [2.25e6]);
}

#[test]
fn hyphenated_scales_centuries_and_twice() {
    assert_eq!(
        values("Stars formed over a 13.8-billion-year span."),
        [13.8e9]
    );
    assert_eq!(
        values("The band toured for nearly a quarter century."),
        [25.0]
    );
    assert_eq!(values("A half century on, it still stands."), [50.0]);
    assert_eq!(values("The striker scored twice on Saturday."), [2.0]);
    assert_eq!(
        figs("The striker scored twice on Saturday.")[0]
            .unit
            .as_deref(),
        Some("times")
    );
    assert_eq!(values("Rates rose from 5% in 2004 to 4.25%."), [5.0, 4.25]);
}

#[test]
fn one_as_a_count() {
    assert_eq!(values("At least one network refused."), [1.0]);
    assert_eq!(values("Users get one gigabyte a month."), [1.0]);
    assert_eq!(values("He was one of four Britons freed."), [4.0]);
}

#[test]
fn ages_and_hyphenated_numbers() {
    assert_eq!(values("Mr Lee, 32, from Leeds, said so."), [32.0]);
    assert_eq!(values("A 10-year strategy was unveiled."), [10.0]);
    assert_eq!(values("Free places for four-year-olds."), [4.0]);
    assert_eq!(values("Payments for the over-70s rose."), [70.0]);
}

#[test]
fn describe_reads_like_an_editor() {
    let f = figs("Approximately 1,500 soldiers arrived.");
    assert_eq!(f[0].describe(), "≈ 1,500");
    let f = figs("The deal cost £3.2bn.");
    assert_eq!(f[0].describe(), "£3,200,000,000");
}

mod no_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn any_mix_of_numbers_and_words(words in proptest::collection::vec(
            prop_oneof![
                Just("1,500"), Just("3.2bn"), Just("£"), Just("$"), Just("US$5"), Just("%"),
                Just("per"), Just("cent"), Just("to"), Just("from"), Just("-"), Just("or"),
                Just("and"), Just("a"), Just("half"), Just("third"), Just("of"), Just("one"),
                Just("in"), Just("three"), Just("years"), Just("months"), Just("between"),
                Just("2004"), Just("/"), Just("4"), Just("Monday"), Just("12"), Just("June"),
                Just("as"), Just("many"), Just("more"), Just("than"), Just("("), Just(")"),
                Just("doubled"), Just("times"), Just("million"), Just("five-and-a-half"),
                Just("over-70s"), Just("12 000"), Just(","), Just("."), Just("fell"),
                Just("soldiers"), Just("her"), Just("as"), Just("Ms"), Just("Hutt"), Just("₩"),
                Just(":"), Just("30"), Just("pm"), Just("No."), Just("dozen"), Just("\n\n"),
            ],
            0..40,
        )) {
            let text = words.join(" ");
            let report = crate::analysis::analyze(
                &text,
                Format::PlainText,
                &crate::analysis::Context::default(),
            );
            for f in &report.figures {
                prop_assert!(f.span.end <= text.len());
                prop_assert!(f.span.start <= f.span.end);
                prop_assert!(f.value.is_finite());
            }
        }
    }
}

#[test]
fn fractions_and_magnitudes_of_a_scale() {
    assert_eq!(
        read("She took more than a quarter of a million pounds."),
        [(
            "more than a quarter of a million pounds".to_string(),
            250000.0
        )]
    );
    assert_eq!(
        values("The house sold for half a million dollars."),
        [500000.0]
    );
    let f = figs("The fire cost the town tens of millions of pounds.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].value, 1e7);
    assert_eq!(f[0].unit.as_deref(), Some("GBP"));
    assert_eq!(f[0].bound, Bound::AtLeast);
    assert_eq!(
        values("Farmers lose millions of dollars every year."),
        [1e6]
    );
    assert_eq!(values("The storm could displace thousands."), [1000.0]);
    // A magnitude that only colours a noun is not a figure.
    assert!(figs("Thousands of shops were shut.").is_empty());
}

#[test]
fn one_unit_amounts_after_a_bound() {
    assert_eq!(
        read("The river rose in less than an hour."),
        [("less than an hour".to_string(), 1.0)]
    );
    let f = figs("The dispute has lasted more than a decade.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].value, 10.0);
    assert_eq!(f[0].unit.as_deref(), Some("years"));
    assert!(figs("The crops were ruined by a week of rain.").is_empty());
    assert!(figs("He trains once a week.").is_empty());
}

#[test]
fn a_fraction_as_a_change_is_a_percentage() {
    let f = figs("Footfall has fallen by roughly a fifth since 2019.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].value, 20.0);
    assert_eq!(f[0].unit.as_deref(), Some("%"));
    assert_eq!(f[0].role, Role::Change);
}

#[test]
fn money_and_a_duration_in_one_clause() {
    assert_eq!(
        read("Visitors will pay £2.50 for up to three hours."),
        [
            ("£2.50".to_string(), 2.5),
            ("up to three hours".to_string(), 3.0)
        ]
    );
    assert_eq!(
        values("He has moved club four times in five years."),
        [4.0, 5.0]
    );
}

#[test]
fn clock_times_index_names_slugs_and_grades_are_not_figures() {
    assert!(figs("Lessons start at half past nine.").is_empty());
    assert!(figs("The shop opens at ten o'clock.").is_empty());
    assert!(figs("It was the worst performer on the FTSE 100.").is_empty());
    assert!(figs("MARKETS-STOCKS/ (UPDATE 3)").is_empty());
    assert!(figs("She moved from a grade 4 to somewhere between a 6 and a 7.").is_empty());
    // Near-misses that are figures.
    assert_eq!(values("The index fell 40 points."), [40.0]);
    assert_eq!(values("The firm hired a 12-strong team."), [12.0]);
}

#[test]
fn the_storys_own_parties_are_not_a_count() {
    assert!(figs("The two sides agreed to meet again.").is_empty());
    assert!(figs("Talks between the two governments resumed.").is_empty());
    assert!(figs("He urged everyone to move to one supplier.").is_empty());
    // Counts that are checkable stay.
    assert_eq!(values("The trust runs two main hospitals."), [2.0]);
    assert_eq!(values("At least one network was hit."), [1.0]);
    assert_eq!(values("The three other freed detainees went home."), [3.0]);
}

#[test]
fn a_verb_ends_the_quantity() {
    let f = figs("Some 410 pupils spent a night in the hall.");
    assert_eq!(f[0].quantity.as_deref(), Some("pupils"));
}

#[test]
fn a_table_pasted_as_one_sentence_is_listed_but_not_compared() {
    let staff = [
        "porters",
        "cleaners",
        "cooks",
        "drivers",
        "clerks",
        "guards",
        "midwives",
        "doctors",
        "surgeons",
        "chemists",
        "typists",
        "gardeners",
        "plumbers",
        "painters",
        "tutors",
        "medics",
        "carers",
        "chaplains",
        "fitters",
    ];
    let rest: Vec<String> = staff
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {s}", 11 + i))
        .collect();
    let table = format!(
        "In 2024 the trust employed 640 nurses, {}.",
        rest.join(", ")
    );
    let short = "In 2024 the trust employed 640 nurses and 12 porters.";
    let later = "In 2024 the trust employed 460 nurses and 12 porters.";
    let pairs_of = |first: &str| {
        let figures = figs(&format!(
            "{first}\n\nThe wards were busy all year.\n\n{later}\n"
        ));
        let nurses: Vec<usize> = (0..figures.len())
            .filter(|&i| {
                figures[i]
                    .quantity
                    .as_deref()
                    .is_some_and(|q| q.contains("nurses"))
            })
            .collect();
        (
            figures.len(),
            compare::same_quantity_pairs(&figures),
            nurses,
        )
    };
    // A sentence of two figures restated with another value: compared.
    let (_, pairs, nurses) = pairs_of(short);
    assert!(
        pairs.contains(&(nurses[0], nurses[1])),
        "{pairs:?} {nurses:?}"
    );
    // The same count inside a sentence of twenty figures: listed, not compared.
    let (count, pairs, nurses) = pairs_of(&table);
    assert!(count >= 22, "{count}");
    assert!(
        !pairs.contains(&(nurses[0], nurses[1])),
        "{pairs:?} {nurses:?}"
    );
}

#[test]
fn only_before_a_count_marks_it_played_down() {
    let f = figs("The treasurer said only 12 rural libraries would close.");
    assert!(f[0].minimised, "{f:?}");
    let f = figs("The treasurer said 12 rural libraries would close.");
    assert!(!f[0].minimised, "{f:?}");
    // "just over" is a bound, not a playing down.
    let f = figs("The treasurer said just over 12 libraries would close.");
    assert!(!f[0].minimised, "{f:?}");
}

#[test]
fn numbers_read_back_rounded_to_what_is_shown() {
    // 4.1 million is 4,099,999.9999999995 in binary.
    assert_eq!(fmt_num(4.1 * 1e6), "4,100,000");
    assert_eq!(fmt_num(2.9999996), "3");
    assert_eq!(fmt_num(5.667), "5.667");
    assert_eq!(fmt_num(-1234.5), "-1,234.5");
    assert_eq!(fmt_num(0.25), "0.25");
}

/// (figure text, source) of every figure, read by the whole analysis.
fn sourced(text: &str) -> Vec<(String, Option<String>)> {
    let report = crate::analysis::analyze(text, Format::PlainText, &Default::default());
    report
        .figures
        .iter()
        .map(|f| (f.span.slice(text).to_string(), f.source.clone()))
        .collect()
}

#[test]
fn a_figure_is_never_its_own_source() {
    // The people counted are who acts or answers, not who vouches for the count.
    let f = sourced("Lead.\n\nAbout 300 people protested outside the depot on Friday.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, None, "{f:?}");
    let f = sourced("Lead.\n\nSome 42 percent of tenants say the rent is too high.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, None, "{f:?}");
    // A source the sentence gives first still stands behind its figure (the manager's
    // clause, not the protesters').
    let f = sourced("Lead.\n\nThe depot manager said 300 people protested on Friday.");
    assert!(f[0].1.is_some(), "{f:?}");
    assert_ne!(f[0].1.as_deref(), Some("300 people"), "{f:?}");
}

#[test]
fn a_named_poll_of_people_still_vouches_for_its_count() {
    let f = sourced("Lead.\n\nA poll of 1,200 people by Ipsos Mori suggests the pier should stay.");
    let count = f
        .iter()
        .find(|(t, _)| t.contains("1,200"))
        .expect("the count");
    assert_eq!(count.1.as_deref(), Some("Ipsos Mori"), "{f:?}");
}

/// `restated` stops counting shared words once the words left could not make enough;
/// at the thresholds its verdicts are those of counting every word.
#[test]
fn restated_sentences_at_the_thresholds() {
    let fig = |sentence: usize, words: &[&str]| Figure {
        sentence,
        frame: words
            .iter()
            .map(|w| w.to_string())
            .collect::<Vec<_>>()
            .into(),
        ..Figure::default()
    };
    // Under ten words each: every word kept.
    let short = fig(0, &["ferry", "sailings", "were", "cancelled", "overnight"]);
    assert!(super::compare::restated(
        &short,
        &fig(1, &["ferry", "sailings", "were", "cancelled", "overnight"])
    ));
    assert!(!super::compare::restated(
        &short,
        &fig(1, &["ferry", "sailings", "were", "cancelled", "today"])
    ));
    // Ten words or more: three in five of all the words. The words the second sentence
    // lacks come first, where the count may stop early.
    let long: Vec<&str> = vec![
        "ferry",
        "sailings",
        "were",
        "cancelled",
        "overnight",
        "across",
        "the",
        "northern",
        "isles",
        "route",
    ];
    let lacking = |n: usize, extra: &[&'static str]| {
        let mut w: Vec<&str> = long[n..].to_vec();
        w.extend_from_slice(extra);
        fig(1, &w)
    };
    let a = fig(0, &long);
    // 8 shared of 12: 8 × 5 >= 12 × 3.
    assert!(super::compare::restated(
        &a,
        &lacking(2, &["harbour", "staff"])
    ));
    // 7 shared of 13: 7 × 5 < 13 × 3.
    assert!(!super::compare::restated(
        &a,
        &lacking(3, &["harbour", "staff", "said"])
    ));
}
