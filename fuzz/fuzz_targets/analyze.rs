//! The analysis on arbitrary UTF-8, in both formats: it must not panic, every span it
//! reports must lie on character boundaries inside the text, and an analysis that reuses
//! the memo of an analysis of the text's first half equals a fresh one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sayswho::analysis::{analyze, analyze_with, Context, Format, Memo, Span};

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

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ctx = Context::default();
    for format in [Format::Markdown, Format::PlainText] {
        let report = analyze(text, format, &ctx);
        let mut memo = Memo::default();
        let half = (0..=text.len() / 2)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        analyze_with(&text[..half], format, &ctx, &mut memo);
        let warm = analyze_with(text, format, &ctx, &mut memo);
        // `==` first (fast); the printed forms decide, so a NaN figure is not a finding.
        if warm != report {
            assert_eq!(format!("{warm:?}"), format!("{report:?}"), "a warm memo changed the report");
        }
        assert_eq!(report.document.text.len(), text.len(), "prose view changed length");
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
});
