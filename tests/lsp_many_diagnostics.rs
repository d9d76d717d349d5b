//! A code-action request carrying 2,000 diagnostics (an editor's "fix all in file", or a
//! selection over a long draft) is answered quickly, and a hover sent right after it is
//! answered without waiting for it: the actions come from an index of findings by range,
//! computed on the blocking pool, not a scan per diagnostic on the async runtime.

mod common;

use std::time::{Duration, Instant};

use common::Client;
use serde_json::{json, Value};

const URI: &str = "file:///drafts/long.md";

/// Paragraphs of three vague sources each, no figures (those compare across paragraphs).
fn long_draft(paragraphs: usize) -> String {
    let sources = [
        "Officials",
        "Some experts",
        "Critics",
        "Analysts",
        "Observers",
    ];
    let verbs = ["closed", "failed", "stalled", "ended", "resumed"];
    (0..paragraphs)
        .map(|i| {
            format!(
                "{} said the port {}. {} say the talks {}. {} claimed the deal {}.\n\n",
                sources[i % 5],
                verbs[i % 5],
                sources[(i + 1) % 5],
                verbs[(i + 2) % 5],
                sources[(i + 3) % 5],
                verbs[(i + 4) % 5],
            )
        })
        .collect()
}

/// Opens a draft of `paragraphs` paragraphs, asks for the actions of `count` of its
/// diagnostics in one request with a hover right behind it, and returns how long the
/// actions took, how long the hover took, and how many actions came back.
fn ask(
    c: &mut Client,
    version: i64,
    paragraphs: usize,
    count: usize,
) -> (Duration, Duration, usize) {
    let text = long_draft(paragraphs);
    if version == 1 {
        c.open(URI, "markdown", 1, &text);
    } else {
        c.change(URI, version, json!([{"text": text}]));
    }
    let diags = c.diagnostics(URI, version);
    assert!(diags.len() >= count, "only {} diagnostics", diags.len());
    let diags: Vec<Value> = diags.into_iter().take(count).collect();
    let end = c.pos(&text, text.len());
    let sent = Instant::now();
    let actions_id = c.send_request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": {"start": {"line": 0, "character": 0}, "end": end},
            "context": {"diagnostics": diags},
        }),
    );
    let hover_id = c.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 2}}),
    );
    assert!(
        c.response(hover_id, Duration::from_secs(10)).is_some(),
        "no hover answer"
    );
    let hover_took = sent.elapsed();
    let actions = c
        .response(actions_id, Duration::from_secs(60))
        .expect("a code-action answer");
    let actions_took = sent.elapsed();
    let n = actions["result"].as_array().map_or(0, Vec::len);
    (actions_took, hover_took, n)
}

#[test]
fn two_thousand_diagnostics_are_answered_in_linear_time_and_block_no_other_request() {
    let (mut c, _) = Client::start_with(&["lsp"], None, json!({"debounceMs": 10}));
    // A tenth of the draft and of the request, three times (the quickest counts).
    let mut small = Duration::MAX;
    for version in 1..=3 {
        let (took, _, n) = ask(&mut c, version, 70, 200);
        assert!(n >= 200, "only {n} actions for 200 diagnostics");
        small = small.min(took);
    }
    let (took, hover_took, n) = ask(&mut c, 4, 700, 2000);
    // Each diagnostic gets its actions: at least one fix or "Ignore" per finding.
    assert!(n >= 2000, "only {n} actions for 2,000 diagnostics");
    // Ten times the findings and the diagnostics: a scan of the findings per diagnostic
    // costs a hundred times as much; an index, about ten (2.5 per doubling at most).
    assert!(
        took < small * 25 + Duration::from_millis(200),
        "200 diagnostics took {small:?}, 2,000 took {took:?}"
    );
    assert!(
        took < Duration::from_secs(20),
        "2,000 diagnostics took {took:?}"
    );
    // The hover behind it did not wait for it.
    assert!(
        hover_took < Duration::from_secs(2) && hover_took < took,
        "a hover behind the code-action request took {hover_took:?} (the request {took:?})"
    );
    assert!(c.shutdown_and_exit().success());
}
