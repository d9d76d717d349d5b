//! A draft that starts with a UTF-8 byte-order mark, opened and replaced over stdio.
//!
//! Positions are the editor's: LSP counts them in the text the editor sent, so when that
//! text starts with U+FEFF the mark is column 0 of line 0 and the first word starts at
//! column 1. The analysis ignores the mark (as `check` does), so every finding, hover and
//! fix is the one the same draft without it gets, its range covering the same text.

mod common;

use common::{apply_edits, offset_of, workspace_edits, Client};
use serde_json::{json, Value};

const BOM: &str = "\u{feff}";
const PLAIN: &str = "file:///drafts/plain.md";
const MARKED: &str = "file:///drafts/marked.md";

/// Line 0 holds a vague source and a named person, so line 0's columns matter.
fn draft() -> String {
    "Officials said Kim Hong-kyun would resign. Kim declined to comment.\n\n\
     “We will not leave,” one resident wrote in a letter.\n"
        .to_string()
}

/// Each diagnostic as (the text its range covers, code, message).
fn covered(c: &Client, text: &str, diags: &[Value]) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = diags
        .iter()
        .map(|d| {
            let s = offset_of(text, &d["range"]["start"], c.encoding);
            let e = offset_of(text, &d["range"]["end"], c.encoding);
            (
                text[s..e].to_string(),
                d["code"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

fn hover_at(c: &mut Client, uri: &str, text: &str, offset: usize) -> Value {
    let pos = c.pos(text, offset);
    c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos}),
    )
}

fn first_fix(c: &mut Client, uri: &str, diag: &Value) -> Option<Vec<Value>> {
    let actions = c.call(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": diag["range"],
            "context": {"diagnostics": [diag], "only": ["quickfix"]},
        }),
    );
    actions
        .as_array()?
        .iter()
        .find(|a| a.get("edit").is_some())
        .map(|a| workspace_edits(&a["edit"], uri))
}

fn check_same_as_without_mark(offered: Option<&[&str]>) {
    let (mut c, _) = Client::start_with(&["lsp"], offered, json!({"debounceMs": 10}));
    let plain = draft();
    let marked = format!("{BOM}{plain}");
    c.open(PLAIN, "markdown", 1, &plain);
    c.open(MARKED, "markdown", 1, &marked);
    let pd = c.diagnostics(PLAIN, 1);
    let md = c.diagnostics(MARKED, 1);
    assert!(
        pd.iter().any(|d| d["range"]["start"]["line"] == 0),
        "the draft should have a finding on line 0: {pd:?}"
    );
    assert_eq!(covered(&c, &plain, &pd), covered(&c, &marked, &md));
    // Nothing covers the mark itself.
    for d in &md {
        assert!(
            offset_of(&marked, &d["range"]["start"], c.encoding) >= BOM.len(),
            "{d}"
        );
    }

    // Hover on the name on line 0 says the same, over the same text.
    let kim = plain.find("Kim Hong-kyun").expect("name") + 1;
    let hp = hover_at(&mut c, PLAIN, &plain, kim);
    let hm = hover_at(&mut c, MARKED, &marked, kim + BOM.len());
    assert!(!hp.is_null(), "no hover on the name");
    assert_eq!(hp["contents"], hm["contents"]);
    if let (Some(rp), Some(rm)) = (hp.get("range"), hm.get("range")) {
        let s = |t: &str, r: &Value| {
            t[offset_of(t, &r["start"], c.encoding)..offset_of(t, &r["end"], c.encoding)]
                .to_string()
        };
        assert_eq!(s(&plain, rp), s(&marked, rm));
    }

    // Each line-0 finding's first fix edits the same place: applied, the marked draft is
    // the plain one's result with the mark in front.
    let line0 = |d: &&Value| d["range"]["start"]["line"] == 0;
    let mut fixed = 0;
    for (p, m) in pd.iter().filter(line0).zip(md.iter().filter(line0)) {
        let (Some(ep), Some(em)) = (first_fix(&mut c, PLAIN, p), first_fix(&mut c, MARKED, m))
        else {
            continue;
        };
        let after_plain = apply_edits(&plain, &ep, c.encoding);
        let after_marked = apply_edits(&marked, &em, c.encoding);
        assert_eq!(format!("{BOM}{after_plain}"), after_marked, "{p}");
        fixed += 1;
    }
    assert!(fixed > 0, "no line-0 finding had a fix: {pd:?}");

    // A full-text replacement that starts with the mark is analysed the same way.
    let replaced = format!("{BOM}Sources said the deal was off.\n");
    c.change(MARKED, 2, json!([{"text": replaced}]));
    c.change(PLAIN, 2, json!([{"text": replaced[BOM.len()..]}]));
    let pd = c.diagnostics(PLAIN, 2);
    let md = c.diagnostics(MARKED, 2);
    assert!(!pd.is_empty(), "the replacement should have a finding");
    assert_eq!(
        covered(&c, &replaced[BOM.len()..], &pd),
        covered(&c, &replaced, &md)
    );

    // An incremental edit after the mark lands where the editor put it.
    let at = replaced.find("Sources").expect("word");
    let range = c.range(&replaced, at, at + "Sources".len());
    c.change(MARKED, 3, json!([{"range": range, "text": "Two sources"}]));
    let md = c.diagnostics(MARKED, 3);
    let now = replaced.replacen("Sources", "Two sources", 1);
    let plain_now = &now[BOM.len()..];
    c.change(PLAIN, 3, json!([{"text": plain_now}]));
    let pd = c.diagnostics(PLAIN, 3);
    assert_eq!(covered(&c, plain_now, &pd), covered(&c, &now, &md));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_byte_order_mark_changes_nothing_but_the_columns_it_occupies_utf16() {
    check_same_as_without_mark(None);
}

#[test]
fn a_byte_order_mark_changes_nothing_but_the_columns_it_occupies_utf8() {
    check_same_as_without_mark(Some(&["utf-8"]));
}
