//! The analysis on arbitrary UTF-8: it must not panic, and every span it reports must lie
//! on character boundaries inside the text. One analysis per input, so a run reaches
//! millions of inputs: the low bit of the first byte picks the format (Markdown or plain
//! text), so both are fuzzed without analysing every input twice.
//!
//! One input in `MEMO_SAMPLE` also checks that an analysis reusing the memo of an
//! analysis of the text's first half equals a fresh one (two more analyses, so only a
//! sample; `tests/properties.rs` checks the same over random edits on every `cargo test`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sayswho::analysis::{analyze, analyze_with, Context, Format, Memo, Report, Span};

/// One input in this many also gets the warm-memo check.
const MEMO_SAMPLE: u64 = 16;

fn check(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} splits a character"
    );
}

fn check_spans(text: &str, report: &Report) {
    assert_eq!(
        report.document.text.len(),
        text.len(),
        "prose view changed length"
    );
    for p in &report.document.paragraphs {
        check(text, p.span, "paragraph");
    }
    for s in &report.document.sentences {
        check(text, s.span, "sentence");
    }
    for t in &report.document.tokens {
        check(text, t.span, "token");
    }
    for f in &report.findings {
        check(text, f.span, "finding");
        for r in &f.related {
            check(text, r.span, "related");
        }
        for fix in &f.fixes {
            for e in &fix.edits {
                check(text, e.span, "fix edit");
            }
        }
    }
}

/// FNV-1a: spreads the sample over inputs, so it does not follow one byte the fuzzer
/// would learn to steer.
fn sampled(data: &[u8]) -> bool {
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    hash % MEMO_SAMPLE == 0
}

fn check_warm_memo(text: &str, format: Format, ctx: &Context, fresh: &Report) {
    let mut memo = Memo::default();
    let half = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    analyze_with(&text[..half], format, ctx, &mut memo);
    let warm = analyze_with(text, format, ctx, &mut memo);
    // `==` first (fast); the printed forms decide, so a NaN figure is not a finding.
    if warm != *fresh {
        assert_eq!(
            format!("{warm:?}"),
            format!("{fresh:?}"),
            "a warm memo changed the report"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let format = match data.first() {
        Some(b) if b & 1 == 1 => Format::PlainText,
        _ => Format::Markdown,
    };
    let ctx = Context::default();
    let report = analyze(text, format, &ctx);
    check_spans(text, &report);
    if sampled(data) {
        check_warm_memo(text, format, &ctx, &report);
    }
});
