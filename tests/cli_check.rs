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
