//! Quick-fixes over stdio: every diagnostic's code actions carry real, versioned edits;
//! applying one (sent back as incremental changes, as an editor does) and re-analysing
//! makes that finding go away, and the new diagnostics equal a fresh analysis.

mod common;

use common::{apply_edits, expected_diagnostics, offset_of, summarize, workspace_edits, Client};
use sayswho::analysis::Format;
use serde_json::{json, Value};

const URI: &str = "file:///drafts/troops.md";

fn actions_for(c: &mut Client, diag: &Value) -> Vec<Value> {
    let actions = c.call(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": diag["range"],
            "context": {"diagnostics": [diag], "only": ["quickfix"]},
        }),
    );
    actions.as_array().cloned().unwrap_or_default()
}

/// Sends `edits` (all against the current text) as one didChange, last edit first so
/// each range is still valid when it is applied, as editors do.
fn send_edits(c: &mut Client, text: &str, version: i64, edits: &[Value]) {
    let mut changes: Vec<Value> = edits
        .iter()
        .map(|e| json!({"range": e["range"], "text": e["newText"]}))
        .collect();
    changes.sort_by_key(|ch| std::cmp::Reverse(offset_of(text, &ch["range"]["start"], c.encoding)));
    c.change(URI, version, Value::Array(changes));
}

/// For each finding, applies the action picked by `choose` and checks the result.
fn apply_each(
    offered: Option<&[&str]>,
    text: &str,
    choose: impl Fn(&[Value]) -> Option<Value>,
) -> usize {
    let (mut c, _) = Client::start_with(&["lsp"], offered, json!({"debounceMs": 10}));
    c.open(URI, "markdown", 1, text);
    let original = c.diagnostics(URI, 1);
    let mut version = 1;
    let mut applied = 0;
    for diag in &original {
        // Every diagnostic starts from the original draft.
        version += 1;
        c.change(URI, version, json!([{"text": text}]));
        let fresh = c.diagnostics(URI, version);
        let diag = fresh
            .iter()
            .find(|d| d["range"] == diag["range"] && d["code"] == diag["code"])
            .cloned()
            .unwrap_or_else(|| panic!("{diag} gone after reset"));
        let diag = &diag;
        assert_eq!(diag["data"]["version"], version);
        let actions = actions_for(&mut c, diag);
        for a in &actions {
            if a.get("edit").is_none() {
                // The desk's server-side commands (knowledge base, project ignores).
                assert!(a["command"]["command"].is_string(), "{a}");
                continue;
            }
            assert_eq!(a["kind"], "quickfix");
            assert_eq!(a["diagnostics"][0]["code"], diag["code"]);
            assert_eq!(
                a["edit"]["documentChanges"][0]["textDocument"]["version"],
                diag["data"]["version"]
            );
        }
        let Some(action) = choose(&actions) else {
            continue;
        };
        let edits = workspace_edits(&action["edit"], URI);
        assert!(!edits.is_empty(), "{action}");
        let fixed = apply_edits(text, &edits, c.encoding);
        send_edits(&mut c, text, version + 1, &edits);
        version += 1;
        let after = c.diagnostics(URI, version);
        assert_eq!(
            summarize(&after),
            expected_diagnostics(&fixed, Format::Markdown, c.encoding),
            "after {}",
            action["title"]
        );
        let still_there = after
            .iter()
            .any(|d| d["code"] == diag["code"] && d["range"]["start"] == diag["range"]["start"]);
        assert!(
            !still_there,
            "{} did not fix {}: {}",
            action["title"], diag["code"], diag["message"]
        );
        applied += 1;
    }
    assert!(c.shutdown_and_exit().success());
    applied
}

fn first_fix(actions: &[Value]) -> Option<Value> {
    actions
        .iter()
        .filter(|a| a.get("edit").is_some())
        .find(|a| !a["title"].as_str().is_some_and(|t| t.starts_with("Ignore")))
        .cloned()
}

fn ignore_this(actions: &[Value]) -> Option<Value> {
    actions
        .iter()
        .find(|a| a["title"] == "Ignore this finding")
        .cloned()
}

#[test]
fn first_fix_of_every_finding_utf16() {
    let text = common::fixture("troops.md");
    assert!(apply_each(None, &text, first_fix) > 0);
    let variant = common::with_hangul_and_emoji(&text);
    assert!(apply_each(None, &variant, first_fix) > 0);
}

#[test]
fn first_fix_of_every_finding_utf8() {
    let text = common::with_hangul_and_emoji(&common::fixture("troops.md"));
    assert!(apply_each(Some(&["utf-8"]), &text, first_fix) > 0);
}

#[test]
fn ignore_this_finding_for_every_finding() {
    let text = common::with_hangul_and_emoji(&common::fixture("troops.md"));
    assert!(apply_each(None, &text, ignore_this) > 0);
}

#[test]
fn diagnostics_without_data_still_get_their_fixes() {
    let text = common::fixture("troops.md");
    let (mut c, _) = Client::start(None);
    c.open(URI, "markdown", 1, &text);
    let diags = c.diagnostics(URI, 1);
    let diag = diags
        .iter()
        .find(|d| d["code"] == "vague-attribution")
        .cloned()
        .unwrap_or_default();
    let with = actions_for(&mut c, &diag);
    let mut bare = diag.clone();
    if let Some(o) = bare.as_object_mut() {
        o.remove("data");
    }
    let without = actions_for(&mut c, &bare);
    let titles = |v: &[Value]| {
        v.iter()
            .filter(|a| a.get("edit").is_some())
            .map(|a| a["title"].clone())
            .collect::<Vec<_>>()
    };
    assert!(!with.is_empty());
    assert_eq!(titles(&with), titles(&without));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn other_servers_diagnostics_get_no_actions() {
    let (mut c, _) = Client::start(None);
    c.open(URI, "markdown", 1, "Officials said so.");
    let _ = c.diagnostics(URI, 1);
    let foreign = json!({
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 9}},
        "message": "spelling", "source": "typos", "data": {"version": 1}
    });
    assert_eq!(actions_for(&mut c, &foreign), Vec::<Value>::new());
    assert!(c.shutdown_and_exit().success());
}
