//! The checker as CI runs it: settings discovery, broken files, exclude globs, and the
//! SARIF and GitHub outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn sayswho() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sayswho"))
}

fn run(dir: &Path, args: &[&str]) -> Output {
    sayswho()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/troops.md")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A newsroom folder: a copy of the sample draft under drafts/, and the given settings.
fn desk(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("drafts")).expect("mkdir");
    std::fs::copy(fixture(), dir.path().join("drafts/troops.md")).expect("copy fixture");
    if let Some(config) = config {
        std::fs::write(dir.path().join("sayswho.toml"), config).expect("write config");
    }
    dir
}

fn json_diagnostics(dir: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["check", "--format", "json", "--fail-on", "never"];
    all.extend_from_slice(args);
    let out = run(dir, &all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json output");
    v["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().cloned().unwrap_or_default())
        .collect()
}

fn sarif_validator() -> jsonschema::Validator {
    // See tests/schemas/README.md for the one pattern corrected in memory.
    const BROKEN: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    let text = include_str!("schemas/sarif-schema-2.1.0.json")
        .replace(BROKEN, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn sarif_output_validates_and_has_one_result_per_finding() {
    let dir = desk(None);
    let out = run(
        dir.path(),
        &["check", "--format", "sarif", "drafts/troops.md"],
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let log: Value = serde_json::from_slice(&out.stdout).expect("sarif is JSON");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().expect("results");
    let diagnostics = json_diagnostics(dir.path(), &["drafts/troops.md"]);
    assert!(!diagnostics.is_empty(), "the sample draft has findings");
    assert_eq!(results.len(), diagnostics.len());
    // A figure-mismatch points at the other figure: relatedLocations carry it.
    assert!(results.iter().any(|r| r["relatedLocations"]
        .as_array()
        .is_some_and(|a| !a.is_empty())));
    for (r, d) in results.iter().zip(&diagnostics) {
        assert_eq!(r["ruleId"], d["code"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], d["range"]["start"]["line"]);
        assert_eq!(region["startColumn"], d["range"]["start"]["column"]);
    }
    assert_eq!(
        log["runs"][0]["artifacts"][0]["location"]["uri"],
        "drafts/troops.md"
    );

    // Absolute paths become file:// URIs, and still validate.
    let absolute = dir.path().join("drafts/troops.md");
    let out = run(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            absolute.to_str().expect("utf8"),
        ],
    );
    let log: Value = serde_json::from_slice(&out.stdout).expect("sarif is JSON");
    assert!(sarif_validator().is_valid(&log));
    let uri = log["runs"][0]["artifacts"][0]["location"]["uri"]
        .as_str()
        .expect("uri");
    assert!(uri.starts_with("file:///"), "{uri}");
}

#[test]
fn github_lines_follow_the_annotation_syntax() {
    let dir = desk(None);
    let out = run(
        dir.path(),
        &["check", "--format", "github", "drafts/troops.md"],
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let syntax = regex::Regex::new(
        r"^::(error|warning|notice) file=[^,:]+,line=[1-9]\d*,col=[1-9]\d*,endLine=[1-9]\d*,endColumn=[1-9]\d*,title=[^,:]+::[^\r\n]+$",
    )
    .expect("regex");
    let text = stdout(&out);
    for line in text.lines() {
        assert!(syntax.is_match(line), "not an annotation: {line}");
    }
    let diagnostics = json_diagnostics(dir.path(), &["drafts/troops.md"]);
    assert!(!diagnostics.is_empty(), "the sample draft has findings");
    assert_eq!(text.lines().count(), diagnostics.len());
    for (line, d) in text.lines().zip(&diagnostics) {
        let code = d["code"].as_str().expect("code");
        assert!(
            line.contains(&format!("title={code} (sayswho)::")),
            "{line}"
        );
        let at = format!(
            "line={},col={}",
            d["range"]["start"]["line"], d["range"]["start"]["column"]
        );
        assert!(line.contains(&at), "{line} should be at {at}");
    }
}

#[test]
fn a_broken_config_is_reported_with_path_and_line_and_exits_2() {
    let dir = desk(Some(
        "# desk settings\nexclude = []\n[rules.vague-attribution\nenabled = false\n",
    ));
    let out = run(dir.path(), &["check", "drafts/troops.md"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("sayswho.toml:3:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_broken_knowledge_base_is_reported_with_its_path_and_line() {
    let dir = desk(Some("knowledge = [\"kb/people.toml\"]\n"));
    std::fs::create_dir_all(dir.path().join("kb")).expect("mkdir");
    std::fs::write(
        dir.path().join("kb/people.toml"),
        "[[person]]\nname = \"Ann Lee\"\n\n[[person]]\nname = \"Bo\nrole = \"x\"\n",
    )
    .expect("write kb");
    let out = run(dir.path(), &["check", "drafts/troops.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("people.toml:5:"), "{err}");
}

#[test]
fn a_missing_knowledge_file_is_an_error_naming_it() {
    let dir = desk(Some("knowledge = [\"kb/none.toml\"]\n"));
    let out = run(dir.path(), &["check", "drafts/troops.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("none.toml"), "{}", stderr(&out));
}

#[test]
fn unknown_keys_warn_but_do_not_stop_the_check() {
    let dir = desk(Some("exclude = []\nfavourite-colour = \"blue\"\n"));
    let out = run(dir.path(), &["check", "drafts/troops.md"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("sayswho.toml:2:1"), "{err}");
    assert!(err.contains("favourite-colour"), "{err}");
    let quiet = run(dir.path(), &["check", "--quiet", "drafts/troops.md"]);
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}

#[test]
fn disabled_rules_stay_silent_and_discovery_finds_the_parent_config() {
    let mut config = String::new();
    for code in [
        "unattributed-quote",
        "vague-attribution",
        "unattributed-claim",
        "figure-mismatch",
        "name-mismatch",
        "title-mismatch",
        "first-reference",
        "figure-arithmetic",
        "date-mismatch",
        "unfilled-placeholder",
    ] {
        config.push_str(&format!("[rules.{code}]\nenabled = false\n"));
    }
    assert!(
        !json_diagnostics(desk(None).path(), &["drafts/troops.md"]).is_empty(),
        "the sample draft has findings"
    );
    let dir = desk(Some(&config));
    // Run from inside drafts/: the config sits in the parent.
    let none = json_diagnostics(&dir.path().join("drafts"), &["troops.md"]);
    assert!(none.is_empty(), "{none:?}");
    // The same file named explicitly with --config from elsewhere.
    let elsewhere = desk(None);
    let cfg = dir.path().join("sayswho.toml");
    let none = json_diagnostics(
        elsewhere.path(),
        &["--config", cfg.to_str().expect("utf8"), "drafts/troops.md"],
    );
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn severities_from_the_config_are_applied() {
    let before = json_diagnostics(desk(None).path(), &["drafts/troops.md"]);
    let mut config = String::new();
    for code in [
        "unattributed-quote",
        "vague-attribution",
        "unattributed-claim",
        "figure-mismatch",
        "name-mismatch",
        "title-mismatch",
        "first-reference",
        "figure-arithmetic",
        "date-mismatch",
        "unfilled-placeholder",
    ] {
        config.push_str(&format!("[rules.{code}]\nseverity = \"error\"\n"));
    }
    let dir = desk(Some(&config));
    let after = json_diagnostics(dir.path(), &["drafts/troops.md"]);
    assert!(!before.is_empty(), "the sample draft has findings");
    assert_eq!(before.len(), after.len());
    assert!(after.iter().all(|d| d["severity"] == "error"), "{after:?}");
    let fail = run(
        dir.path(),
        &["check", "--fail-on", "error", "drafts/troops.md"],
    );
    assert_eq!(fail.status.code(), Some(i32::from(!after.is_empty())));
}

#[test]
fn project_ignores_silence_exactly_their_finding() {
    let text = std::fs::read_to_string(fixture()).expect("fixture");
    let before = json_diagnostics(desk(None).path(), &["drafts/troops.md"]);
    let first = before.first().expect("the sample draft has findings");
    let (start, end) = (
        first["span"]["start"].as_u64().expect("start") as usize,
        first["span"]["end"].as_u64().expect("end") as usize,
    );
    let flagged = &text[start..end];
    let config = sayswho::config::add_ignore(
        "",
        sayswho::analysis::RuleCode::parse(first["code"].as_str().expect("code")).expect("code"),
        flagged,
    )
    .expect("edit");
    let dir = desk(Some(&config));
    let after = json_diagnostics(dir.path(), &["drafts/troops.md"]);
    let same = |d: &Value| d["code"] == first["code"] && d["span"] == first["span"];
    assert!(!after.iter().any(same));
    assert!(after.len() < before.len());
}

#[test]
fn exclude_globs_skip_drafts() {
    let dir = desk(Some("exclude = [\"drafts/**\"]\n"));
    std::fs::write(dir.path().join("kept.md"), "A short, clean note.\n").expect("write");
    let out = run(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("in 1 file"), "{}", stdout(&out));
}

#[test]
fn many_files_check_in_parallel_in_order_with_no_progress_bar_when_piped() {
    let dir = desk(None);
    let sample = std::fs::read_to_string(fixture()).expect("fixture");
    for i in 0..12 {
        std::fs::write(dir.path().join(format!("drafts/copy-{i:02}.md")), &sample).expect("w");
    }
    let out = run(
        dir.path(),
        &["check", "--format", "json", "--fail-on", "never", "drafts"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths.len(), 13);
    assert_eq!(paths, sorted);
    let first = &v["files"][0]["diagnostics"];
    assert!(v["files"]
        .as_array()
        .expect("files")
        .iter()
        .all(|f| &f["diagnostics"] == first));
}

#[test]
fn quiet_prints_findings_only() {
    let dir = desk(None);
    let out = run(dir.path(), &["check", "--quiet", "drafts/troops.md"]);
    assert!(!stdout(&out).contains("finding"), "{}", stdout(&out));
    let loud = run(dir.path(), &["check", "drafts/troops.md"]);
    assert!(stdout(&loud)
        .lines()
        .last()
        .is_some_and(|l| l.contains("in 1 file")));
}
