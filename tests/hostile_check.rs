//! `check` on a hostile desk folder, run as a CI job or a reporter would run it: one
//! unreadable draft (not UTF-8, a dangling symlink, a FIFO) must not hide the findings
//! of the others; a settings file that is missing, too large or a symlink out of the
//! folder is named and refused; a byte-order mark moves no column in any output format;
//! and the human output shows the draft's terminal escape sequences instead of obeying
//! them.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A draft with a vague source on line 1 (column 1) and a named, attributed claim.
const DRAFT: &str = "Officials said the bridge would close for a month.\n\n\
                     The mayor, Ann Lee, said 300 people came to the meeting.\n";

fn sayswho(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sayswho"));
    cmd.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `check`, killing it if it has not ended within `limit` (a hang is a failure).
fn run_within(dir: &Path, args: &[&str], limit: Duration) -> Output {
    let mut child = sayswho(dir, args).spawn().expect("the binary runs");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "sayswho {args:?} still running after {limit:?}; stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().expect("output")
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_within(dir, args, Duration::from_secs(60))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Each file of the JSON output: its path and its diagnostics' codes.
fn files_and_codes(json: &str) -> Vec<(String, Vec<String>)> {
    let v: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    v["files"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|f| {
            let codes = f["diagnostics"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|d| d["code"].as_str().map(str::to_string))
                .collect();
            (f["path"].as_str().unwrap_or("").to_string(), codes)
        })
        .collect()
}

fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, bytes).expect("write");
    }
    dir
}

/// The unreadable drafts beside `good.md`: not UTF-8, a dangling symlink, a FIFO.
fn hostile_folder() -> tempfile::TempDir {
    let dir = folder(&[
        ("good.md", DRAFT.as_bytes()),
        ("latin1.md", b"Officials said the caf\xe9 would close.\n"),
    ]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            dir.path().join("gone/away.md"),
            dir.path().join("dangling.md"),
        )
        .expect("symlink");
        let made = Command::new("mkfifo")
            .arg(dir.path().join("pipe.md"))
            .status()
            .expect("mkfifo");
        assert!(made.success());
    }
    dir
}

fn assert_bad_ones_named_good_one_reported(out: &Output) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for bad in ["latin1.md", "not UTF-8"] {
        assert!(err.contains(bad), "{bad} not named: {err}");
    }
    #[cfg(unix)]
    for bad in ["dangling.md", "pipe.md"] {
        assert!(err.contains(bad), "{bad} not named: {err}");
    }
    let files = files_and_codes(&stdout(out));
    assert_eq!(
        files.len(),
        1,
        "only the readable draft is reported: {files:?}"
    );
    assert!(files[0].0.ends_with("good.md"), "{files:?}");
    assert!(
        files[0].1.contains(&"vague-attribution".to_string()),
        "{files:?}"
    );
}

#[test]
fn unreadable_drafts_in_a_folder_are_named_and_the_rest_reported() {
    let dir = hostile_folder();
    let out = run_within(
        dir.path(),
        &["check", "--format", "json", "."],
        Duration::from_secs(20),
    );
    assert_bad_ones_named_good_one_reported(&out);
}

#[test]
fn unreadable_drafts_named_on_the_command_line_are_named_and_the_rest_reported() {
    let dir = hostile_folder();
    let mut args = vec!["check", "--format", "json", "latin1.md", "good.md"];
    if cfg!(unix) {
        args.extend(["dangling.md", "pipe.md"]);
    }
    let out = run_within(dir.path(), &args, Duration::from_secs(20));
    assert_bad_ones_named_good_one_reported(&out);
}

#[test]
fn a_missing_knowledge_file_keeps_the_rest_of_the_settings() {
    let dir = folder(&[
        ("draft.md", DRAFT.as_bytes()),
        (
            "sayswho.toml",
            b"knowledge = [\"kb/people.toml\"]\n[rules.vague-attribution]\nenabled = false\n",
        ),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "draft.md"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("people.toml"), "{err}");
    assert!(
        err.contains("sayswho.toml:1:"),
        "names the setting's line: {err}"
    );
    let files = files_and_codes(&stdout(&out));
    assert_eq!(files.len(), 1, "the draft is still checked: {files:?}");
    assert!(
        !files[0].1.contains(&"vague-attribution".to_string()),
        "the desk turned vague-attribution off: {files:?}"
    );
}

#[test]
fn a_knowledge_file_past_the_size_limit_is_refused_unread() {
    let dir = folder(&[
        ("draft.md", DRAFT.as_bytes()),
        ("sayswho.toml", b"knowledge = [\"people.toml\"]\n"),
    ]);
    // Sparse: nine megabytes of nothing, made without writing them.
    let big = std::fs::File::create(dir.path().join("people.toml")).expect("create");
    big.set_len(9 << 20).expect("set_len");
    let out = run_within(
        dir.path(),
        &["check", "--format", "json", "draft.md"],
        Duration::from_secs(20),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("`knowledge[0]`"), "{err}");
    assert!(err.contains("larger than"), "{err}");
    assert_eq!(files_and_codes(&stdout(&out)).len(), 1, "{}", stdout(&out));
}

#[cfg(unix)]
#[test]
fn a_symlinked_config_leading_out_of_its_folder_is_refused() {
    let scene = tempfile::tempdir().expect("temp dir");
    let desk = scene.path().join("desk");
    let outside = scene.path().join("outside");
    std::fs::create_dir_all(&desk).expect("mkdir");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::write(desk.join("draft.md"), DRAFT).expect("write");
    let theirs = b"[rules.vague-attribution]\nenabled = false\n";
    std::fs::write(outside.join("sayswho.toml"), theirs).expect("write");
    std::os::unix::fs::symlink(outside.join("sayswho.toml"), desk.join("sayswho.toml"))
        .expect("symlink");
    let out = run(&desk, &["check", "--format", "json", "draft.md"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("`config`"), "names the setting: {err}");
    assert!(err.contains("sayswho.toml"), "names the path: {err}");
    assert!(err.contains("outside"), "{err}");
    // Refused like a broken config (nothing checked under settings it cannot trust), or
    // checked without them: never checked under the outside file's settings.
    let shown = stdout(&out);
    assert!(
        shown.is_empty() || shown.contains("vague-attribution"),
        "the outside settings were applied: {shown}"
    );
    assert_eq!(
        std::fs::read(outside.join("sayswho.toml")).expect("read"),
        theirs
    );
}

/// The output of `check --format FORMAT draft.md` in a folder holding `text` as draft.md.
fn output_for(text: &[u8], format: &str) -> (Option<i32>, String) {
    let dir = folder(&[("draft.md", text)]);
    let out = run(dir.path(), &["check", "--format", format, "draft.md"]);
    let shown = stdout(&out).replace(&dir.path().display().to_string(), "DIR");
    (out.status.code(), shown)
}

#[test]
fn a_byte_order_mark_moves_no_column_in_any_output_format() {
    let marked = [b"\xef\xbb\xbf".as_slice(), DRAFT.as_bytes()].concat();
    for format in ["human", "json", "sarif", "github"] {
        let plain = output_for(DRAFT.as_bytes(), format);
        let with_mark = output_for(&marked, format);
        assert!(
            plain.1.contains("vague-attribution"),
            "{format}: {}",
            plain.1
        );
        assert_eq!(
            with_mark, plain,
            "{format}: the byte-order mark changed the output"
        );
    }
}

/// Terminal controls a hostile draft might carry: a title-setting OSC, a colour CSI, a
/// bell, an 8-bit CSI, and a bidi override that reorders what the reader sees.
const ESCAPES: &str =
    "Officials said \u{1b}]0;owned\u{7} the bridge \u{1b}[31mwould\u{1b}[0m \u{9b}2J close \u{202e}soon.\n";

#[test]
fn human_output_shows_terminal_escapes_instead_of_obeying_them() {
    let dir = folder(&[("draft.md", ESCAPES.as_bytes())]);
    for args in [
        vec!["check", "draft.md"],
        vec!["check", "--quiet", "draft.md"],
        vec!["check", "--color", "never", "draft.md"],
    ] {
        let out = run(dir.path(), &args);
        let shown = stdout(&out);
        assert!(shown.contains("vague-attribution"), "{args:?}: {shown}");
        for control in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(
                !shown.contains(control),
                "{args:?} echoed {control:?}: {shown:?}"
            );
        }
    }
    // With colour on, sayswho's own colour codes are the only escapes: none of the
    // draft's survives.
    let out = run(dir.path(), &["check", "--color", "always", "draft.md"]);
    let shown = stdout(&out);
    assert!(shown.contains('\u{1b}'), "colour asked for: {shown:?}");
    for theirs in [
        "\u{1b}]0;",
        "\u{1b}[31mwould",
        "\u{7}",
        "\u{9b}",
        "\u{202e}",
    ] {
        assert!(!shown.contains(theirs), "echoed {theirs:?}: {shown:?}");
    }
}
