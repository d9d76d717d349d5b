//! The server driven over stdio as an editor drives it: initialize, open, a burst of
//! incremental edits, diagnostics at exact positions, bad edits, close, shutdown, exit.

mod common;

use common::{expected_diagnostics, fixture, summarize, Client, Enc};
use sayswho::analysis::Format;
use serde_json::{json, Value};

const URI: &str = "file:///drafts/troops.md";

#[test]
fn negotiates_utf8_when_offered_and_declares_incremental_sync() {
    let (c, init) = Client::start(Some(&["utf-16", "utf-8"]));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(c.encoding, Enc::Utf8);
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);
    assert_eq!(init["capabilities"]["textDocumentSync"]["openClose"], true);
    assert_eq!(init["serverInfo"]["name"], "sayswho");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn falls_back_to_utf16() {
    for offered in [None, Some(&["utf-16"][..]), Some(&["utf-32", "utf-16"][..])] {
        let (c, init) = Client::start(offered);
        assert_eq!(
            init["capabilities"]["positionEncoding"], "utf-16",
            "{offered:?}"
        );
        assert_eq!(c.encoding, Enc::Utf16);
        assert!(c.shutdown_and_exit().success());
    }
}

#[test]
fn lsp_stdio_and_bare_stdio_both_serve() {
    for args in [&["lsp", "--stdio"][..], &["--stdio"][..], &["lsp"][..]] {
        let (c, init) = Client::start_with(args, None, json!({}));
        assert_eq!(
            init["capabilities"]["textDocumentSync"]["change"], 2,
            "{args:?}"
        );
        assert!(c.shutdown_and_exit().success(), "{args:?}");
    }
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let (mut c, _) = Client::start(None);
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit().code(), Some(1));
}

#[test]
fn open_publishes_versioned_diagnostics_equal_to_a_fresh_analysis() {
    for offered in [None, Some(&["utf-8"][..])] {
        let (mut c, _) = Client::start(offered);
        let text = fixture("troops.md");
        c.open(URI, "markdown", 1, &text);
        let diags = c.diagnostics(URI, 1);
        // The fixture ends with a speakerless quote: at least that is flagged.
        assert!(
            diags.iter().any(|d| d["code"] == "unattributed-quote"),
            "{diags:?}"
        );
        assert_eq!(
            summarize(&diags),
            expected_diagnostics(&text, Format::Markdown, c.encoding)
        );
        for d in &diags {
            assert_eq!(d["source"], "sayswho");
            let code = d["code"].as_str().unwrap_or_default();
            // No link to a repository address that does not exist; the rule's text ships
            // with the tool (`sayswho explain`).
            assert!(d.get("codeDescription").is_none(), "{code}: {d}");
            assert_eq!(d["data"]["version"], 1);
        }
        assert!(c.shutdown_and_exit().success());
    }
}

/// One edit as an editor sends it: the range in the current text, and the new text.
fn edit(c: &Client, text: &mut String, start: usize, end: usize, new: &str) -> Value {
    let change = json!({"range": c.range(text, start, end), "text": new});
    text.replace_range(start..end, new);
    change
}

fn find(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the draft"))
}

/// Sends a burst of edits with Korean text, emoji (surrogate pairs in UTF-16) and CRLF,
/// one notification per edit and one with several changes, without waiting in between.
/// Returns the final text and version.
fn burst(c: &mut Client, text: &mut String) -> i64 {
    let mut version = 1;
    let mut send = |c: &mut Client, changes: Vec<Value>| {
        version += 1;
        c.change(URI, version, Value::Array(changes));
    };
    // Korean before a name.
    let at = find(text, "Kim Hong-kyun");
    let e = edit(c, text, at, at, "김홍균 ");
    send(c, vec![e]);
    // An emoji after the Korean, then typing after it one character at a time.
    let at = find(text, "김홍균 ") + "김홍균".len();
    let e = edit(c, text, at, at, " 👍🏽");
    send(c, vec![e]);
    for ch in ["(", "V", "F", "M", ")"] {
        let at = find(text, "👍🏽") + "👍🏽".len();
        let at = at + text[at..].find(' ').unwrap_or(0);
        let e = edit(c, text, at, at, ch);
        send(c, vec![e]);
    }
    // A CRLF paragraph with a speakerless quote, emoji and curly quotes.
    let at = find(text, "Pyongyang has not issued");
    let e = edit(
        c,
        text,
        at,
        at,
        "\r\n\r\n“We will not stand by 🔥 while the border burns,” the 성명 banner.\r\n\r\n",
    );
    send(c, vec![e]);
    // Several changes in one notification, applied in order: delete across lines, then
    // replace a word that ends right after an emoji, then insert at the very end.
    let mut changes = Vec::new();
    let a = find(text, "any comments on the allegations.");
    let b = find(text, "For years,");
    changes.push(edit(c, text, a, b, ""));
    let at = find(text, "🔥");
    changes.push(edit(c, text, at, at + "🔥".len(), "😀😀"));
    let end = text.len();
    changes.push(edit(c, text, end, end, "\r\n“한국어 인용,” 🎉"));
    send(c, changes);
    // Delete one emoji of two, by the exact range of the second.
    let at = find(text, "😀😀") + "😀".len();
    let e = edit(c, text, at, at + "😀".len(), "");
    send(c, vec![e]);
    version
}

fn burst_then_check(offered: Option<&[&str]>, crlf: bool) {
    let (mut c, _) = Client::start(offered);
    let mut text = fixture("troops.md");
    if crlf {
        text = text.replace('\n', "\r\n");
    }
    c.open(URI, "markdown", 1, &text);
    let _ = c.diagnostics(URI, 1);
    let version = burst(&mut c, &mut text);
    let diags = c.diagnostics(URI, version);
    // Findings after the edits (the inserted lines put quotes on lines with emoji and
    // Hangul), so the positions compared below are not vacuous.
    let quote_lines: Vec<u64> = diags
        .iter()
        .filter(|d| d["code"] == "unattributed-quote")
        .filter_map(|d| d["range"]["start"]["line"].as_u64())
        .collect();
    assert!(quote_lines.len() >= 2, "{diags:?}");
    assert_eq!(
        summarize(&diags),
        expected_diagnostics(&text, Format::Markdown, c.encoding),
        "after the burst ({:?})",
        c.encoding
    );
    // Never published out of order.
    let versions: Vec<i64> = c
        .published_versions(URI)
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn burst_of_edits_utf16_client() {
    burst_then_check(None, false);
}

#[test]
fn burst_of_edits_utf8_client_on_crlf_draft() {
    burst_then_check(Some(&["utf-8"]), true);
}

#[test]
fn bad_edits_are_survived_and_logged() {
    let (mut c, _) = Client::start(None);
    let text = "a😀b\nsecond line";
    c.open(URI, "plaintext", 1, text);
    let _ = c.diagnostics(URI, 1);
    // Far past the end of the document.
    c.change(
        URI,
        2,
        json!([{"range": {"start": {"line": 999, "character": 0}, "end": {"line": 1200, "character": 7}}, "text": "x"}]),
    );
    // Splitting the surrogate pair of the emoji.
    c.change(
        URI,
        3,
        json!([{"range": {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 2}}, "text": "y"}]),
    );
    // Reversed range, huge character.
    c.change(
        URI,
        4,
        json!([{"range": {"start": {"line": 1, "character": 4000000000u64}, "end": {"line": 0, "character": 0}}, "text": ""}]),
    );
    let warning = c.wait(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 2);
    assert!(warning.is_some(), "no warning logged");
    // Still serving: diagnostics for the last version, and requests answered.
    let _ = c.diagnostics(URI, 4);
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(symbols.get("error").is_none(), "{symbols}");
    assert!(c.alive());
    // Full-text sync still works after all that.
    c.change(URI, 5, json!([{"text": "“Fine,” she said."}]));
    let _ = c.diagnostics(URI, 5);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn unknown_language_is_plain_text_and_close_clears() {
    let (mut c, _) = Client::start(None);
    let uri = "file:///drafts/note.weird";
    let text = fixture("troops.md");
    c.open(uri, "x-newsroom-draft", 1, &text);
    let diags = c.diagnostics(uri, 1);
    assert_eq!(
        summarize(&diags),
        expected_diagnostics(&text, Format::PlainText, c.encoding)
    );
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let cleared = c
        .wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"] == json!([])
                && m["params"].get("version").is_none_or(Value::is_null)
        })
        .is_some();
    assert!(cleared, "didClose did not clear diagnostics");
    // Requests on a closed document answer with nothing, not an error.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r["result"], Value::Null);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn debounce_is_configurable() {
    let (mut c, _) = Client::start_with(&["lsp"], None, json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, "Hello.");
    let _ = c.diagnostics(URI, 1);
    c.change(URI, 2, json!([{"text": "Hello again."}]));
    let _ = c.diagnostics(URI, 2);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn reopened_document_starts_its_versions_again() {
    let (mut c, _) = Client::start(None);
    c.open(URI, "markdown", 7, "First text.");
    let _ = c.diagnostics(URI, 7);
    // Opened again without a close (some clients do), at a lower version.
    c.open(URI, "markdown", 1, "Second text.");
    let _ = c.diagnostics(URI, 1);
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    c.open(URI, "markdown", 1, "Third text.");
    let _ = c.diagnostics(URI, 1);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn fast_typing_on_a_long_draft_ends_with_the_final_text_analysed() {
    // No debounce, so analyses overlap the typing; the server keeps at most one running
    // per document and re-runs it on the latest text.
    let (mut c, _) = Client::start_with(&["lsp"], None, json!({"debounceMs": 0}));
    let mut text = fixture("troops.md").repeat(6);
    c.open(URI, "markdown", 1, &text);
    let mut version = 1;
    for ch in "“Officials said 김 😀 wins,”\r\n".chars() {
        let end = text.len();
        let change = edit(&c, &mut text, end, end, &ch.to_string());
        version += 1;
        c.change(URI, version, json!([change]));
    }
    let diags = c.diagnostics(URI, version);
    assert_eq!(
        summarize(&diags),
        expected_diagnostics(&text, Format::Markdown, c.encoding)
    );
    let versions: Vec<i64> = c
        .published_versions(URI)
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    assert!(c.shutdown_and_exit().success());
}
