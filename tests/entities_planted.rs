//! Planted errors in the sample draft: a misspelt later surname and a changed title are
//! each found, with the right fix and the right related location.

use sayswho::analysis::{analyze, Context, Format, RuleCode};

const TROOPS: &str = include_str!("fixtures/troops.md");

fn plant() -> String {
    let text = TROOPS
        .replacen("In his response, Zinoviev", "In his response, Zinovyev", 1)
        .replacen(
            "In a conversation with Rutte,",
            "In a conversation with NATO Deputy Secretary-General Mark Rutte,",
            1,
        );
    assert_ne!(text, TROOPS, "the fixture changed: plant sites not found");
    text
}

#[test]
fn clean_sample_has_no_name_or_title_mismatch() {
    let report = analyze(TROOPS, Format::Markdown, &Context::default());
    let bad: Vec<_> = report
        .findings
        .iter()
        .filter(|f| matches!(f.code, RuleCode::NameMismatch | RuleCode::TitleMismatch))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn misspelt_surname_is_found_with_fix_and_introduction() {
    let text = plant();
    let report = analyze(&text, Format::Markdown, &Context::default());
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::NameMismatch)
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].span.slice(&text), "Zinovyev");
    assert_eq!(f[0].fixes[0].edits[0].replacement, "Zinoviev");
    assert_eq!(f[0].fixes[0].edits[0].span, f[0].span);
    let intro = text.find("Georgiy Zinoviev").expect("introduction");
    assert_eq!(f[0].related[0].span.start, intro);
    assert_eq!(f[0].related[0].span.slice(&text), "Georgiy Zinoviev");
}

#[test]
fn changed_title_is_found_with_both_places() {
    let text = plant();
    let report = analyze(&text, Format::Markdown, &Context::default());
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::TitleMismatch)
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].span.slice(&text).contains("Deputy Secretary-General"));
    assert!(f[0].related[0]
        .span
        .slice(&text)
        .contains("NATO Secretary-General"));
    assert!(f[0].related[0].span.start < f[0].span.start);
}
