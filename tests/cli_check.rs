//! The checker as a reporter or a CI job meets it: exit statuses, unfilled placeholders,
//! standard input, and the human output.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

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

/// A claim is about its sentence (`span`) and underlines the figure that makes it one
/// (`focus`), in bytes and in lines and columns; findings that are their own words carry
/// no `focus`.
#[test]
fn a_claim_finding_underlines_its_figure_and_spans_its_sentence() {
    let draft =
        "# Mill closes\n\nThe mill closed on Friday.\n\nThe owner has cut 1,200 jobs since 2019.\n";
    let dir = folder_with(&[("mill.md", draft)]);
    let out = run(dir.path(), &["check", "--format", "json", "mill.md"]);
    let found = diagnostics(&stdout(&out));
    let claim: Vec<_> = found
        .iter()
        .filter(|d| d["code"] == "unattributed-claim")
        .collect();
    assert_eq!(claim.len(), 1, "{found:?}");
    let at = |v: &Value| v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize;
    assert_eq!(
        &draft[at(&claim[0]["span"])],
        "The owner has cut 1,200 jobs since 2019."
    );
    assert_eq!(&draft[at(&claim[0]["focus"]["span"])], "1,200");
    assert_eq!(claim[0]["focus"]["range"]["start"]["line"], 5);
    assert_eq!(claim[0]["focus"]["range"]["start"]["column"], 19);
    assert!(found
        .iter()
        .filter(|d| d["code"] != "unattributed-claim")
        .all(|d| d.get("focus").is_none()));
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
    // "Traders on the front say": a generic group with a place, a vague source.
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains("warning[vague-attribution] Which traders on the front?"));
    assert!(lines[2].starts_with(
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

fn check_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = sayswho()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("the binary ends")
}

#[test]
fn a_draft_on_standard_input_is_checked_under_its_given_name() {
    let dir = folder_with(&[]);
    let draft = "The pier will reopen in June, according to [SOURCE].\n\n```\nTK\n```\n";
    let out = check_stdin(dir.path(), &["check", "--quiet", "-"], draft);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Plain text without a name: the fenced TK is copy too.
    let text = stdout(&out);
    assert!(text.starts_with("<stdin>:1:"), "{text}");
    assert_eq!(text.lines().count(), 2, "{text}");
    let named = check_stdin(
        dir.path(),
        &[
            "check",
            "--quiet",
            "--stdin-filename",
            "drafts/pier.md",
            "-",
        ],
        draft,
    );
    let text = stdout(&named);
    assert!(text.starts_with("drafts/pier.md:1:"), "{text}");
    // Markdown by its name: the code block is not copy.
    assert_eq!(text.lines().count(), 1, "{text}");
}

#[test]
fn standard_input_finds_the_settings_of_its_given_name() {
    let dir = folder_with(&[(
        "desk/sayswho.toml",
        "[rules.unfilled-placeholder]\nenabled = false\n",
    )]);
    let draft = "The pier will reopen in June, according to [SOURCE].\n";
    let out = check_stdin(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "desk/pier.md",
            "-",
        ],
        draft,
    );
    assert!(diagnostics(&stdout(&out))
        .iter()
        .all(|d| d["code"] != "unfilled-placeholder"));
}

#[test]
fn no_path_checks_the_current_folder() {
    let dir = folder_with(&[
        ("a.md", "The pier reopens, according to [SOURCE].\n"),
        ("notes/b.txt", "The pier reopens, according to [SOURCE].\n"),
    ]);
    let out = run(dir.path(), &["check", "--quiet"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 2, "{text}");
}

#[test]
fn fail_on_hint_fails_on_any_finding() {
    let dir = folder_with(&[
        (
            "sayswho.toml",
            "[rules.vague-attribution]\nseverity = \"hint\"\n",
        ),
        ("a.md", "Officials said the pier would reopen in June.\n"),
    ]);
    assert_eq!(run(dir.path(), &["check", "a.md"]).status.code(), Some(0));
    let hint = run(dir.path(), &["check", "--fail-on", "hint", "a.md"]);
    assert_eq!(hint.status.code(), Some(1), "{}", stdout(&hint));
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_findings_status() {
    let many: String = (0..400)
        .map(|i| format!("Officials said pier {i} would reopen.\n\n"))
        .collect();
    let dir = folder_with(&[("a.md", &many)]);
    let mut child = sayswho()
        .current_dir(dir.path())
        .args(["check", "a.md"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().expect("stdout"), &mut first)
        .expect("some output");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the binary ends");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_named_file_that_exclude_covers_is_reported_not_skipped_silently() {
    let dir = folder_with(&[
        ("sayswho.toml", "exclude = [\"archive/**\"]\n"),
        ("archive/old.md", "Officials said the pier would reopen.\n"),
        ("new.md", "The pier reopened on Monday.\n"),
    ]);
    let named = run(dir.path(), &["check", "archive/old.md"]);
    assert_eq!(named.status.code(), Some(0));
    let err = stderr(&named);
    assert!(
        err.contains("archive/old.md is excluded by `exclude` in") && err.contains("sayswho.toml"),
        "{err}"
    );
    // Found by walking the folder, it is skipped without a word.
    let walked = run(dir.path(), &["check", "."]);
    assert!(stderr(&walked).is_empty(), "{}", stderr(&walked));
    assert!(
        stdout(&walked).contains("0 findings in 1 file"),
        "{}",
        stdout(&walked)
    );
}

#[test]
fn explain_prints_a_rules_documentation_from_its_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(root, &["explain", "unfilled-placeholder"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("`unfilled-placeholder` (error)"), "{text}");
    assert!(
        text.contains("Fires:") && text.contains("Does not fire:"),
        "{text}"
    );
    // One source of truth: the rule file's doc comment.
    let source = std::fs::read_to_string(root.join("src/analysis/rules/unfilled_placeholder.rs"))
        .expect("rule source");
    assert!(source.contains("//! Fires: \"Turnout rose to 61%, according to [SOURCE].\""));
    assert!(text.contains("Fires: \"Turnout rose to 61%, according to [SOURCE].\""));

    let list = stdout(&run(root, &["explain"]));
    for code in ["vague-attribution", "date-mismatch", "unfilled-placeholder"] {
        assert!(
            list.lines().any(|l| l.starts_with(code)),
            "{code} not listed: {list}"
        );
    }
    let unknown = run(root, &["explain", "no-such-rule"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("vague-attribution"));
}
