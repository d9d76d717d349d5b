use super::*;
use crate::analysis::{analyze, Context, Format, RuleCode};

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
fn vague_phrases_open_the_subject_and_plain_plurals_are_subjects() {
    assert_eq!(
        vague_sources("People familiar with the talks said a deal was close."),
        vec!["People familiar with the talks"]
    );
    let r = analyze(
        "Lead here.\n\nLocal traders say the closures cost them thousands of pounds.",
        Format::PlainText,
        &Context::default(),
    );
    assert_eq!(r.attributions.len(), 1);
    assert!(r.claims.iter().all(|c| c.attribution.is_some()));
}

#[test]
fn a_statistics_office_is_not_a_statistics_release() {
    let text = "Lead here.\n\nPrices rose 3.1% in the year to March, the Office for National Statistics said. Inflation is the highest for a decade.";
    let r = analyze(text, Format::PlainText, &Context::default());
    let last = r.claims.last().expect("the ranking is a claim");
    assert!(last.attribution.is_none(), "{:?}", r.claims);
    let text = "Lead here.\n\nFigures showed a fall from 785 to 708. The number waiting also fell to 6,630.";
    let r = analyze(text, Format::PlainText, &Context::default());
    assert!(
        r.claims.iter().all(|c| c.attribution.is_some()),
        "{:?}",
        r.claims
    );
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

use crate::analysis::report::apply_edits as apply;

/// Where an original offset lands after the edits.
fn shift(offset: usize, edits: &[crate::analysis::Edit]) -> usize {
    let mut d: isize = 0;
    for e in edits {
        if e.span.end <= offset && !(e.span.is_empty() && e.span.start == offset) {
            d += e.replacement.len() as isize - e.span.len() as isize;
        }
    }
    (offset as isize + d) as usize
}

/// Applies every fix of every finding and re-analyses: the finding is gone and every
/// other finding is still there, unchanged.
fn check_fixes(text: &str, format: Format, codes: &[RuleCode]) -> usize {
    let ctx = Context::default();
    let before = analyze(text, format, &ctx);
    let mut tried = 0;
    for f in before.findings.iter().filter(|f| codes.contains(&f.code)) {
        assert!(f.fixes.len() >= 2, "{:?} has no fixes", f.message);
        for fix in &f.fixes {
            tried += 1;
            let fixed = apply(text, &fix.edits);
            let after = analyze(&fixed, format, &ctx);
            let moved = crate::analysis::Span::new(
                shift(f.span.start, &fix.edits),
                shift(f.span.end, &fix.edits).max(shift(f.span.start, &fix.edits)),
            );
            let edited: Vec<crate::analysis::Span> = fix
                .edits
                .iter()
                .map(|e| {
                    let s = shift(e.span.start, &fix.edits);
                    crate::analysis::Span::new(s, s + e.replacement.len())
                })
                .collect();
            assert!(
                !after
                    .findings
                    .iter()
                    .any(|g| g.code == f.code && (g.span.overlaps(moved) || g.span == moved)),
                "fix {:?} left the finding {:?} in:\n{}",
                fix.title,
                f.message,
                fixed
            );
            // Everything else: the same findings on the same words.
            let key = |r: &crate::analysis::Report,
                       t: &str,
                       skip: &dyn Fn(&crate::analysis::Finding) -> bool| {
                // Messages may quote the source a fix just named (figure-mismatch
                // gives each figure's source), so compare codes and flagged words.
                let mut v: Vec<(RuleCode, String)> = r
                    .findings
                    .iter()
                    .filter(|g| !skip(g))
                    .map(|g| (g.code, g.span.slice(t).to_string()))
                    .collect();
                v.sort();
                v
            };
            // "Ignore <code> in this document" silences the whole code, by design.
            let whole = fix.title.ends_with("in this document");
            let others_before = key(&before, text, &|g| g == f || (whole && g.code == f.code));
            // A placeholder the fix inserts is a finding of its own until it is filled.
            let inserted_placeholder = |g: &crate::analysis::Finding| {
                g.code == RuleCode::UnfilledPlaceholder
                    && edited
                        .iter()
                        .any(|e| e.start <= g.span.start && g.span.end <= e.end)
            };
            let inserts_placeholder = fix
                .edits
                .iter()
                .any(|e| e.replacement.contains("[SOURCE]") || e.replacement.contains("[SPEAKER]"));
            assert_eq!(
                after.findings.iter().any(inserted_placeholder),
                inserts_placeholder,
                "fix {:?}: the placeholder it inserts must be flagged:\n{}",
                fix.title,
                fixed
            );
            let others_after = key(&after, &fixed, &|g| {
                (g.code == f.code && (whole || g.span.overlaps(moved))) || inserted_placeholder(g)
            });
            assert_eq!(
                others_before, others_after,
                "fix {:?} changed other findings:\n{}",
                fix.title, fixed
            );
        }
    }
    tried
}

#[test]
fn every_fix_on_the_seed_draft_resolves_its_finding_and_nothing_else() {
    let text = include_str!("../../../tests/fixtures/troops.md");
    let n = check_fixes(text, Format::Markdown, &RuleCode::ALL);
    assert!(n >= 20, "only {n} fixes tried");
}

#[test]
fn every_fix_on_a_plain_text_draft_resolves_its_finding() {
    let text = "Council approves budget\n\nThe council approved its budget on Tuesday. Jane Smith, the council leader, said the plan was fair. Officials say the cuts will hit libraries hardest.\n\nThe town has lost 1,200 jobs since 2019. \"We will protect services,\" said Tom Brown, the finance chief. The library is reportedly set to close. The new road is expected to cost more than planned.\n";
    let n = check_fixes(
        text,
        Format::PlainText,
        &[RuleCode::VagueAttribution, RuleCode::UnattributedClaim],
    );
    assert!(n >= 8, "only {n} fixes tried");
    let r = analyze(text, Format::PlainText, &Context::default());
    let claim = r
        .findings
        .iter()
        .find(|f| f.code == RuleCode::UnattributedClaim)
        .expect("the jobs figure is flagged");
    let titles: Vec<&str> = claim.fixes.iter().map(|f| f.title.as_str()).collect();
    assert!(
        titles.contains(&"Attribute to Jane Smith (the council leader)")
            || titles
                .iter()
                .any(|t| t.starts_with("Attribute to Jane Smith")),
        "{titles:?}"
    );
    assert!(titles.contains(&"Add attribution…"));
    assert!(titles.contains(&"Ignore this finding"));
    assert!(titles.contains(&"Ignore unattributed-claim in this document"));
}

#[test]
fn ignore_markers_silence_one_finding_or_the_document() {
    let text = "Lead sentence here.\n\nOfficials said the plant would close. Experts say it will reopen.\n";
    let ctx = Context::default();
    let vague = |t: &str| {
        analyze(t, Format::PlainText, &ctx)
            .findings
            .iter()
            .filter(|f| f.code == RuleCode::VagueAttribution)
            .count()
    };
    assert_eq!(vague(text), 2);
    let one = text.replace("close.", "close. [sayswho-ignore vague-attribution]");
    assert_eq!(vague(&one), 1);
    let all = format!("{text}\n[sayswho-ignore-file vague-attribution]\n");
    assert_eq!(vague(&all), 0);
    let md = text.replace("close.", "close. <!-- sayswho-ignore vague-attribution -->");
    let r = analyze(&md, Format::Markdown, &ctx);
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::VagueAttribution)
            .count(),
        1
    );
}

#[test]
fn project_ignores_silence_by_text() {
    let mut ctx = Context::default();
    ctx.ignores.push(crate::analysis::context::ProjectIgnore {
        code: RuleCode::VagueAttribution,
        text: "officials".into(),
    });
    let r = analyze(
        "Lead here.\n\nOfficials said the plant would close.",
        Format::PlainText,
        &ctx,
    );
    assert!(r
        .findings
        .iter()
        .all(|f| f.code != RuleCode::VagueAttribution));
}

/// (figure text, source shown) of every figure, read by the whole analysis.
fn figure_sources(text: &str) -> Vec<(String, Option<String>)> {
    let r = analyze(text, Format::PlainText, &Context::default());
    r.figures
        .iter()
        .map(|f| (f.span.slice(text).to_string(), f.source.clone()))
        .collect()
}

#[test]
fn a_role_that_resolves_to_no_one_is_shown_as_written() {
    let text = "The depot manager said 300 drivers walked out on Friday.";
    let figs = figure_sources(text);
    assert!(
        figs.iter()
            .any(|(_, s)| s.as_deref() == Some("depot manager")),
        "{figs:?}"
    );
    assert!(
        figs.iter().all(|(_, s)| s.as_deref() != Some("")),
        "{figs:?}"
    );
    // The relation names no entity: the draft gives none.
    let r = analyze(text, Format::PlainText, &Context::default());
    let rels = relations(&r.document, &r.entities, &r.quotes, &r.attributions);
    assert!(rels.iter().all(|x| x.source_entity.is_none()), "{rels:?}");
}

#[test]
fn a_role_the_draft_names_is_shown_by_the_name() {
    let figs = figure_sources(
        "Ann Lee runs the depot. The depot manager said 300 drivers walked out on Friday.",
    );
    assert!(
        figs.iter().any(|(_, s)| s.as_deref() == Some("Ann Lee")),
        "{figs:?}"
    );
}

#[test]
fn a_vague_source_keeps_its_words_and_a_lone_pronoun_shows_none() {
    let figs = figure_sources("Officials said 300 drivers walked out on Friday.");
    assert!(
        figs.iter().any(|(_, s)| s.as_deref() == Some("Officials")),
        "{figs:?}"
    );
    // "She" with no one before it names no one: no source, never an empty one.
    let figs = figure_sources("She said 300 drivers walked out on Friday.");
    assert!(
        figs.iter().all(|(_, s)| s.as_deref() != Some("")),
        "{figs:?}"
    );
    assert!(
        figs.iter().all(|(_, s)| s.as_deref() != Some("She")),
        "{figs:?}"
    );
}

#[test]
fn only_a_short_phrase_ending_in_a_role_is_shown_as_written() {
    use super::resolve::as_written;
    assert_eq!(
        as_written("The depot manager").as_deref(),
        Some("the depot manager")
    );
    assert_eq!(
        as_written("a spokeswoman").as_deref(),
        Some("a spokeswoman")
    );
    assert_eq!(as_written("the company").as_deref(), Some("the company"));
    // Odd clause extents and pronouns are no name to show.
    for odd in [
        "a",
        "a recent",
        "aren't",
        "47%",
        "an interview",
        "she",
        "it",
        "An average of 10 percent of registered voters",
        "the long-serving and much-liked regional depot manager",
        "he and the manager",
    ] {
        assert_eq!(as_written(odd), None, "{odd}");
    }
}
