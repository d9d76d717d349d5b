//! Quotations and speakers over a whole draft (our own fixture, written for these tests):
//! multi-paragraph curly quotes, pronouns, inverted and sentence-final clauses,
//! spokespeople, partial quotes, scare quotes and one speakerless quote.

use sayswho::analysis::{analyze, Context, Format, RuleCode};

const DRAFT: &str = include_str!("fixtures/harbour-quotes.md");

fn speaker_of(report: &sayswho::analysis::Report, opening: &str) -> Option<String> {
    let q = report
        .quotes
        .iter()
        .find(|q| q.inner.slice(DRAFT).starts_with(opening))
        .unwrap_or_else(|| panic!("no quotation starts with {opening:?}"));
    q.speaker.as_ref().map(|s| s.name.clone())
}

#[test]
fn every_quotation_gets_the_right_speaker() {
    let report = analyze(DRAFT, Format::Markdown, &Context::default());
    let cases = [
        ("essential to stay", Some("Marta Svensson")),
        ("We cannot stand still", Some("Marta Svensson")),
        ("The cranes will pay", Some("Marta Svensson")),
        ("Nobody will be forced out", Some("Marta Svensson")),
        ("They told us the same thing", Some("Declan Murphy")),
        ("sit down and talk", Some("Ahmed Khalil")),
        ("a betrayal of the town", Some("Jane Whitby")),
        ("It's a sad day", Some("one crane driver")),
        ("The minister is following", Some("Transport Ministry")),
    ];
    for (opening, want) in cases {
        assert_eq!(
            speaker_of(&report, opening).as_deref(),
            want,
            "speaker of {opening:?}"
        );
    }
}

#[test]
fn multi_paragraph_quote_ends_at_its_paragraph_and_continues() {
    let report = analyze(DRAFT, Format::Markdown, &Context::default());
    let q = report
        .quotes
        .iter()
        .find(|q| q.inner.slice(DRAFT).starts_with("The cranes will pay"))
        .expect("the unclosed quotation is found");
    assert!(q.span.slice(DRAFT).ends_with("within a decade."));
}

#[test]
fn negated_scare_quote_is_not_a_quotation_and_nothing_is_flagged() {
    let report = analyze(DRAFT, Format::Markdown, &Context::default());
    assert!(report
        .quotes
        .iter()
        .all(|q| q.inner.slice(DRAFT) != "no redundancies"));
    let flagged: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::UnattributedQuote)
        .collect();
    assert!(flagged.is_empty(), "{flagged:?}");
}

#[test]
fn a_speakerless_quote_paragraph_is_flagged() {
    let text =
        format!("{DRAFT}\n\n“The harbour will never be the same again, whatever happens.”\n");
    let report = analyze(&text, Format::Markdown, &Context::default());
    let flagged: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::UnattributedQuote)
        .map(|f| f.span.slice(&text))
        .collect();
    assert_eq!(
        flagged,
        ["“The harbour will never be the same again, whatever happens.”"]
    );
}
