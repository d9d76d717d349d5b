//! The checker as a reporter or a CI job meets it: exit statuses, unfilled placeholders,
//! standard input, and the human output.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn sayswho() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sayswho"));
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd
}

fn run(dir: &Path, args: &[&str]) -> Output {
    sayswho()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, text).expect("write draft");
    }
    dir
}

fn diagnostics(json: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("json output");
    v["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().cloned().unwrap_or_default())
        .collect()
}

#[test]
fn an_unfilled_source_placeholder_is_an_error_and_fails_check() {
    let dir = folder_with(&[(
        "pier.md",
        "The pier will reopen in June, according to [SOURCE].\n",
    )]);
    let json = run(dir.path(), &["check", "--format", "json", "pier.md"]);
    assert_eq!(json.status.code(), Some(1), "{}", stderr(&json));
    let found = diagnostics(&stdout(&json));
    let placeholder: Vec<_> = found
        .iter()
        .filter(|d| d["code"] == "unfilled-placeholder")
        .collect();
    assert_eq!(placeholder.len(), 1, "{found:?}");
    assert_eq!(placeholder[0]["severity"], "error");
    // Even a desk that fails only on errors fails this draft.
    let strict = run(dir.path(), &["check", "--fail-on", "error", "pier.md"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stdout(&strict));
    assert!(
        stdout(&strict).contains("error[unfilled-placeholder]"),
        "{}",
        stdout(&strict)
    );
}

#[test]
fn a_filled_placeholder_passes_an_error_only_check() {
    let dir = folder_with(&[(
        "pier.md",
        "The pier will reopen in June, according to the harbour board.\n",
    )]);
    let out = run(dir.path(), &["check", "--fail-on", "error", "pier.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// The human output a reporter sees at 80 columns for a paragraph of about 900
/// characters on one line: a window of the line around each finding, carets under the
/// flagged words, the related place as a note, the first fix; nothing wider than 80.
#[test]
fn human_output_of_a_long_paragraph_at_80_columns() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = sayswho()
        .current_dir(root)
        .env("COLUMNS", "80")
        .args(["check", "tests/fixtures/long-paragraph.md"])
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
    assert!(!text.contains('\u{1b}'), "no colour into a pipe");
    insta::assert_snapshot!(text);
}

#[test]
fn quiet_prints_one_line_per_finding() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(
        root,
        &["check", "--quiet", "tests/fixtures/long-paragraph.md"],
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[1].starts_with(
        "tests/fixtures/long-paragraph.md:3:609: error[unfilled-placeholder] “[SOURCE]”"
    ));
}

#[test]
fn colour_on_request_and_never_with_no_color() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let always = run(
        root,
        &[
            "check",
            "--color",
            "always",
            "tests/fixtures/long-paragraph.md",
        ],
    );
    assert!(stdout(&always).contains('\u{1b}'));
    let never = sayswho()
        .current_dir(root)
        .env("NO_COLOR", "1")
        .args(["check", "tests/fixtures/long-paragraph.md"])
        .output()
        .expect("the binary runs");
    assert!(!stdout(&never).contains('\u{1b}'));
}
