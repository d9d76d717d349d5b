use super::*;
use crate::analysis::{analyze, Context, Format};

fn vague_sources(text: &str) -> Vec<String> {
    let r = analyze(text, Format::PlainText, &Context::default());
    r.attributions
        .iter()
        .filter(|a| a.is_vague())
        .filter_map(|a| a.source.as_ref().map(|s| s.text.clone()))
        .collect()
}

#[test]
fn plain_sentences() {
    assert_eq!(
        vague_sources("Some economists say the forecasts are wishful thinking."),
        vec!["Some economists"]
    );
    assert_eq!(
        vague_sources("Revenues declined, analysts noted."),
        vec!["analysts"]
    );
    assert_eq!(
        vague_sources("Only 36% of homes have telephones, according to reports."),
        vec!["reports"]
    );
    assert!(
        vague_sources("Jane Smith, a spokeswoman for the council, said the road would close.")
            .is_empty()
    );
    assert!(vague_sources("The company said profits rose, and it expects more growth.").is_empty());
}

#[test]
fn sources_are_classed_and_pronouns_resolved() {
    let text =
        "Jane Smith, the mayor, said the road would close. She added that it would reopen in May.";
    let r = analyze(text, Format::PlainText, &Context::default());
    let classes: Vec<SourceClass> = r
        .attributions
        .iter()
        .filter_map(|a| a.source.as_ref().map(|s| s.class.clone()))
        .collect();
    assert_eq!(classes[0], SourceClass::Named);
    assert!(
        matches!(&classes[1], SourceClass::Resolved { to } if to.contains("Jane Smith")),
        "{classes:?}"
    );
}

#[test]
fn coverage_extends_over_a_quote_that_runs_on() {
    let text = "He said: \"We will win. The others have lost 300 seats.\" The weather was fine.";
    let r = analyze(text, Format::PlainText, &Context::default());
    let a = &r.attributions[0];
    assert_eq!(a.covers, vec![0, 1]);
}

#[test]
fn judgement_verbs_are_marked() {
    let r = analyze(
        "Jane Smith claimed the vote was rigged.",
        Format::PlainText,
        &Context::default(),
    );
    assert!(r.attributions[0].judgement);
}

#[test]
fn desk_lexicon_extensions_are_used() {
    let mut ctx = Context::default();
    ctx.lexicon.vague_sources.push("party insiders".into());
    ctx.lexicon.reporting_verbs.push("opined".into());
    let r = analyze(
        "Jane Smith opined that it was over.",
        Format::PlainText,
        &ctx,
    );
    assert_eq!(r.attributions.len(), 1);
    let r = analyze(
        "Party insiders said the leader would quit.",
        Format::PlainText,
        &ctx,
    );
    assert!(r.attributions[0].is_vague());
}

#[test]
fn seed_draft_vague_sources() {
    let text = include_str!("../../../tests/fixtures/troops.md");
    let r = analyze(text, Format::Markdown, &Context::default());
    let v: Vec<String> = r
        .attributions
        .iter()
        .filter(|a| a.is_vague())
        .filter_map(|a| a.source.as_ref().map(|s| s.text.clone()))
        .collect();
    assert_eq!(
        v,
        vec![
            "reportedly",
            "officials",
            "Some South Korean media outlets",
            "Defense analysts",
            "Other experts"
        ]
    );
    let agency = r
        .attributions
        .iter()
        .find_map(|a| {
            a.source
                .as_ref()
                .filter(|s| s.text.contains("intelligence agency"))
        })
        .expect("the agency is a source");
    assert_eq!(agency.class, SourceClass::Named);
}

/// Prints every clause of the files in SAYSWHO_DUMP (debugging aid; always passes).
#[test]
fn dump_attributions() {
    let Ok(paths) = std::env::var("SAYSWHO_DUMP") else {
        return;
    };
    for path in paths.split(':') {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let format = Format::from_path(std::path::Path::new(path));
        let r = analyze(&text, format, &Context::default());
        println!("== {path}");
        for a in &r.attributions {
            let src = a
                .source
                .as_ref()
                .map(|s| format!("{:?} [{}]", s.class, s.text));
            println!(
                "  s{} {:?} cue={:?} src={:?}",
                a.sentence,
                a.kind,
                a.cue.slice(&text),
                src
            );
        }
        for c in &r.claims {
            println!(
                "  CLAIM s{} {} :: {}",
                c.sentence,
                c.reason,
                &c.span.slice(&text)[..c.span.len().min(80)]
            );
        }
    }
}
