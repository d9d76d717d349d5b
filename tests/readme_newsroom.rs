//! The README's "Set up a newsroom" example is loaded as written, so it cannot drift from
//! what sayswho reads: every ```toml block there starts with `# <path>`, is written to that
//! path in a fresh folder, and the settings and knowledge base must load without a single
//! warning and do what the README says they do.

use std::path::Path;

use sayswho::analysis::entities::EntityKind;
use sayswho::analysis::{analyze, Format, RuleCode, Severity};
use sayswho::config::Config;

/// The `(path, contents)` of each TOML block in the README's newsroom section.
fn blocks() -> Vec<(String, String)> {
    let readme = include_str!("../README.md");
    let start = readme
        .find("## Set up a newsroom")
        .expect("README has a 'Set up a newsroom' section");
    let rest = &readme[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    let section = &rest[..end];
    let mut out = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "```toml" {
            continue;
        }
        let body: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
        let path = body
            .first()
            .and_then(|l| l.strip_prefix("# "))
            .expect("each toml block starts with `# <path>`")
            .trim()
            .to_string();
        out.push((path, body.join("\n") + "\n"));
    }
    out
}

fn newsroom() -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in blocks() {
        let file = dir.path().join(&path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&file, text).expect("write block");
    }
    let config = Config::load(&dir.path().join("sayswho.toml"))
        .unwrap_or_else(|e| panic!("the README's sayswho.toml must load: {e}"));
    (dir, config)
}

#[test]
fn the_example_has_a_config_and_every_knowledge_file_it_names() {
    let paths: Vec<String> = blocks().into_iter().map(|(p, _)| p).collect();
    assert_eq!(paths.first().map(String::as_str), Some("sayswho.toml"));
    let (dir, config) = newsroom();
    assert!(!config.knowledge_files.is_empty());
    for k in &config.knowledge_files {
        let rel = k.strip_prefix(dir.path()).expect("relative to the config");
        assert!(
            paths.iter().any(|p| Path::new(p) == rel),
            "{} is named in sayswho.toml but not shown",
            rel.display()
        );
    }
}

#[test]
fn the_example_loads_without_warnings() {
    let (_dir, config) = newsroom();
    assert!(config.warnings.is_empty(), "{:#?}", config.warnings);
}

#[test]
fn the_example_settings_take_effect() {
    let (dir, config) = newsroom();
    let rules = &config.context.rules;
    assert!(!rules.enabled(RuleCode::FirstReference));
    assert_eq!(
        rules.severity(RuleCode::UnattributedClaim),
        Severity::Warning
    );
    assert_eq!(config.debounce_ms, Some(300));
    assert!(config.is_excluded(&dir.path().join("archive/2019/old.md")));
    assert!(config.is_excluded(&dir.path().join("drafts/budget.notes.md")));
    assert!(!config.is_excluded(&dir.path().join("drafts/budget.md")));
    assert_eq!(config.context.ignores.len(), 1);
    assert!(config
        .context
        .lexicon
        .reporting_verbs
        .contains(&"relayed".to_string()));

    let kb = &config.context.knowledge;
    let peskov = kb
        .iter()
        .find(|k| k.name == "Dmitry Peskov")
        .expect("Peskov");
    assert_eq!(peskov.kind, Some(EntityKind::Person));
    assert_eq!(peskov.since.as_deref(), Some("2012-05-22"));
    let nis = kb
        .iter()
        .find(|k| k.name == "National Intelligence Service")
        .expect("NIS");
    assert_eq!(nis.kind, Some(EntityKind::Organization));
}

#[test]
fn the_example_knowledge_base_drives_the_rules_the_readme_names() {
    let (_dir, config) = newsroom();
    let draft = "Deputy Prime Minister Dmitry Peskov said the talks had stalled.\n\nLater, Dmitri Peskov said they would resume.\n";
    let report = analyze(draft, Format::Markdown, &config.context);
    let codes: Vec<RuleCode> = report.findings.iter().map(|f| f.code).collect();
    assert!(
        codes.contains(&RuleCode::TitleMismatch),
        "{:#?}",
        report.findings
    );
    assert!(
        codes.contains(&RuleCode::NameMismatch),
        "{:#?}",
        report.findings
    );
    let title = report
        .findings
        .iter()
        .find(|f| f.code == RuleCode::TitleMismatch)
        .expect("title-mismatch");
    assert!(
        title.message.contains("Kremlin spokesperson"),
        "{}",
        title.message
    );
}
