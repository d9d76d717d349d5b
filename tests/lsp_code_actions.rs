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

/// Two findings of one rule on one line, asked about as Neovim asks: the cursor's
/// position as the range, every diagnostic on the line in the context.
fn line_actions(c: &mut Client, uri: &str, diags: &[Value], at: Value) -> Vec<Value> {
    let actions = c.call(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": {"start": at, "end": at},
            "context": {"diagnostics": diags},
        }),
    );
    actions.as_array().cloned().unwrap_or_default()
}

#[test]
fn two_findings_on_a_line_give_each_action_once() {
    let uri = "file:///drafts/pier.md";
    let text = "Harbour board chair Maria Ostrowska opened the meeting on Tuesday.\n\nOfficials say the pier is unsafe, and analysts suggest it may close for good.\n";
    let (mut c, _) = Client::start(None);
    c.open(uri, "markdown", 1, text);
    let diags: Vec<Value> = c
        .diagnostics(uri, 1)
        .into_iter()
        .filter(|d| d["range"]["start"]["line"] == 2)
        .collect();
    assert_eq!(diags.len(), 2, "{diags:?}");
    let per_finding: Vec<usize> = diags
        .iter()
        .map(|d| {
            line_actions(
                &mut c,
                uri,
                std::slice::from_ref(d),
                d["range"]["start"].clone(),
            )
            .len()
        })
        .collect();

    // The cursor on neither finding ("the pier"): both findings' actions.
    let both = line_actions(&mut c, uri, &diags, json!({"line": 2, "character": 16}));
    let titles: Vec<&str> = both.iter().filter_map(|a| a["title"].as_str()).collect();
    let mut distinct = titles.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        titles.len(),
        "a title offered twice: {titles:#?}"
    );
    let edits: Vec<String> = both
        .iter()
        .filter_map(|a| {
            a.get("edit")
                .map(|e| e["documentChanges"][0]["edits"].to_string())
        })
        .collect();
    let mut distinct_edits = edits.clone();
    distinct_edits.sort_unstable();
    distinct_edits.dedup();
    assert_eq!(distinct_edits.len(), edits.len(), "an edit offered twice");
    // Everything either finding offers, less the one document-wide ignore they share.
    assert_eq!(
        both.len(),
        per_finding[0] + per_finding[1] - 1,
        "{titles:#?}"
    );
    assert!(
        titles.iter().any(|t| t.ends_with("“Officials”"))
            && titles.iter().any(|t| t.ends_with("“analysts”")),
        "titles shared by the two findings say which words they fix: {titles:#?}"
    );

    // The cursor on the second finding: only its actions.
    let second = diags[1]["range"]["start"].clone();
    let one = line_actions(&mut c, uri, &diags, second);
    assert_eq!(one.len(), per_finding[1]);
    assert!(one
        .iter()
        .filter(|a| a.get("edit").is_some())
        .all(|a| a["diagnostics"][0]["range"] == diags[1]["range"]));

    // No diagnostics in the context: the findings under the range.
    let bare = line_actions(&mut c, uri, &[], diags[0]["range"]["start"].clone());
    assert_eq!(bare.len(), per_finding[0]);
    assert!(c.shutdown_and_exit().success());
}
