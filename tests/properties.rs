//! Properties that must hold for any input, checked on random texts and edit sequences:
//! analysis spans lie on character boundaries inside the text and nest properly, and a
//! document edited incrementally (UTF-8 or UTF-16 positions) holds exactly the text that
//! the same edits give when applied by an independent model, so its analysis equals a
//! fresh analysis of that text; and an analysis that reuses the memo of the analyses
//! before it (as the server does after every edit) equals a fresh one.

mod common;

use common::Enc;
use proptest::prelude::*;
use sayswho::analysis::{analyze, analyze_with, Context, Format, Memo, Report, Span};
use sayswho::server::document::Document;
use sayswho::server::position::Encoding;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

/// Pieces of news prose (written for these tests), including the characters that break
/// naive offset arithmetic: Hangul, curly quotes, emoji, CRLF, lone CR, Markdown syntax.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Officials said".to_string()),
        Just(" the minister, Kim Hong-kyun, ".to_string()),
        Just("“We will respond,” he said.".to_string()),
        Just("\"It is over,\" a spokesperson said. ".to_string()),
        Just(" 1,500 troops".to_string()),
        Just(" rose 12% to £3.2bn".to_string()),
        Just("Mr. Smith".to_string()),
        Just(" according to the U.S. agency".to_string()),
        Just(" 김정은 ".to_string()),
        Just("’".to_string()),
        Just("😀".to_string()),
        Just("🇰🇷".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("`code`".to_string()),
        Just("```\nfenced\n```\n".to_string()),
        Just("[link](https://example.com/a)".to_string()),
        Just("<b>".to_string()),
        Just("---\n".to_string()),
        Just("On Tuesday, 3 March 2026".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<char>().prop_map(String::from),
    ]
}

fn draft() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

fn assert_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{} span {:?} outside a text of {} bytes",
        what,
        span,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{} span {:?} splits a character",
        what,
        span
    );
    Ok(())
}

fn check_report(text: &str, report: &Report) -> Result<(), TestCaseError> {
    let doc = &report.document;
    prop_assert_eq!(doc.text.len(), text.len());
    let mut last_end = 0;
    for p in &doc.paragraphs {
        assert_span(text, p.span, "paragraph")?;
        prop_assert!(p.span.start >= last_end, "paragraphs overlap");
        last_end = p.span.end;
        for s in &doc.sentences[p.sentences.clone()] {
            prop_assert!(
                p.span.contains_span(s.span),
                "sentence outside its paragraph"
            );
        }
    }
    let mut last_end = 0;
    for s in &doc.sentences {
        assert_span(text, s.span, "sentence")?;
        prop_assert!(s.span.start >= last_end, "sentences overlap");
        last_end = s.span.end;
        for t in &doc.tokens[s.tokens.clone()] {
            assert_span(text, t.span, "token")?;
            prop_assert!(s.span.contains_span(t.span), "token outside its sentence");
        }
    }
    for f in &report.findings {
        assert_span(text, f.span, "finding")?;
        for r in &f.related {
            assert_span(text, r.span, "related")?;
        }
        for fix in &f.fixes {
            let mut edits: Vec<Span> = fix.edits.iter().map(|e| e.span).collect();
            for e in &edits {
                assert_span(text, *e, "fix edit")?;
            }
            edits.sort_by_key(|s| (s.start, s.end));
            for w in edits.windows(2) {
                prop_assert!(w[0].end <= w[1].start, "a fix's edits overlap: {:?}", w);
            }
        }
    }
    for e in &report.entities {
        for m in &e.mentions {
            assert_span(text, m.span, "entity mention")?;
        }
    }
    for q in &report.quotes {
        assert_span(text, q.span, "quote")?;
    }
    for f in &report.figures {
        assert_span(text, f.span, "figure")?;
    }
    Ok(())
}

/// A random edit: where (as fractions of the text, mapped to boundaries) and what.
#[derive(Debug, Clone)]
struct Edit {
    a: f64,
    b: f64,
    text: String,
}

fn edit() -> impl Strategy<Value = Edit> {
    (
        0.0..=1.0f64,
        0.0..=1.0f64,
        proptest::collection::vec(fragment(), 0..3),
    )
        .prop_map(|(a, b, t)| Edit {
            a,
            b,
            text: t.concat(),
        })
}

/// Places a client can name: character boundaries except between \r and \n.
fn boundaries(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .filter(|&i| !(i > 0 && b[i - 1] == b'\r' && b.get(i) == Some(&b'\n')))
        .collect()
}

fn pick(bounds: &[usize], f: f64) -> usize {
    bounds[((bounds.len() - 1) as f64 * f).round() as usize]
}

fn lsp(text: &str, offset: usize, enc: Enc) -> Position {
    let (line, character) = common::position(text, offset, enc);
    Position::new(line, character)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn analysis_spans_are_well_formed(text in draft()) {
        for format in [Format::Markdown, Format::PlainText] {
            let report = analyze(&text, format, &Context::default());
            check_report(&text, &report)?;
        }
    }

    #[test]
    fn analysis_of_arbitrary_unicode_is_well_formed(text in any::<String>()) {
        for format in [Format::Markdown, Format::PlainText] {
            let report = analyze(&text, format, &Context::default());
            check_report(&text, &report)?;
        }
    }

    #[test]
    fn incremental_edits_equal_full_replacement(
        initial in draft(),
        edits in proptest::collection::vec(edit(), 1..12),
        utf8 in any::<bool>(),
    ) {
        let (enc, server_enc) = if utf8 {
            (Enc::Utf8, Encoding::Utf8)
        } else {
            (Enc::Utf16, Encoding::Utf16)
        };
        let mut doc = Document::new(&initial, 1, "markdown");
        let mut model = initial.clone();
        for e in &edits {
            let bounds = boundaries(&model);
            let (mut s, mut t) = (pick(&bounds, e.a), pick(&bounds, e.b));
            if s > t {
                std::mem::swap(&mut s, &mut t);
            }
            let change = TextDocumentContentChangeEvent {
                range: Some(Range::new(lsp(&model, s, enc), lsp(&model, t, enc))),
                range_length: None,
                text: e.text.clone(),
            };
            prop_assert_eq!(doc.apply(&change, server_enc), None, "a valid edit was adjusted");
            model.replace_range(s..t, &e.text);
            prop_assert_eq!(doc.rope.to_string(), model.clone());
        }
        let full = Document::new(&model, 2, "markdown");
        prop_assert_eq!(doc.rope.to_string(), full.rope.to_string());
        let ctx = Context::default();
        let incremental = analyze(&doc.rope.to_string(), doc.format, &ctx);
        let fresh = analyze(&model, full.format, &ctx);
        prop_assert_eq!(incremental.findings, fresh.findings);
    }

    #[test]
    fn analysis_with_a_warm_memo_equals_a_fresh_one(
        initial in prop_oneof![
            draft(),
            Just(common::fixture("troops.md")),
            Just(common::with_hangul_and_emoji(&common::fixture("troops.md"))),
        ],
        edits in proptest::collection::vec(edit(), 1..8),
        markdown in any::<bool>(),
    ) {
        let format = if markdown { Format::Markdown } else { Format::PlainText };
        let ctx = Context::default();
        let mut memo = Memo::default();
        let mut text = initial;
        analyze_with(&text, format, &ctx, &mut memo);
        for e in &edits {
            let bounds = boundaries(&text);
            let (mut s, mut t) = (pick(&bounds, e.a), pick(&bounds, e.b));
            if s > t {
                std::mem::swap(&mut s, &mut t);
            }
            text.replace_range(s..t, &e.text);
            let warm = analyze_with(&text, format, &ctx, &mut memo);
            let fresh = analyze(&text, format, &ctx);
            prop_assert_eq!(format!("{warm:?}"), format!("{fresh:?}"), "after {:?}", e);
        }
    }

    #[test]
    fn hostile_edits_never_panic_and_keep_valid_text(
        initial in draft(),
        edits in proptest::collection::vec(
            (0u32..8, 0u32..200, 0u32..8, 0u32..200, "[a😀\r\n김]{0,4}", any::<bool>()), 1..20),
        utf8 in any::<bool>(),
    ) {
        let enc = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
        let mut doc = Document::new(&initial, 1, "markdown");
        for (l1, c1, l2, c2, text, full) in edits {
            let change = TextDocumentContentChangeEvent {
                range: (!full).then(|| Range::new(Position::new(l1, c1), Position::new(l2, c2))),
                range_length: None,
                text,
            };
            let _ = doc.apply(&change, enc);
        }
        // ropey keeps valid UTF-8 by construction; prove the analysis agrees with a copy.
        let text = doc.rope.to_string();
        let report = analyze(&text, Format::Markdown, &Context::default());
        check_report(&text, &report)?;
    }
}

/// Found by `analysis_spans_are_well_formed`: a one-word run read a second word.
#[test]
fn regression_glued_honorific_does_not_panic() {
    for text in ["AMr. Smith", "AMr. Smith said it.", "xDr. Kim"] {
        for format in [Format::Markdown, Format::PlainText] {
            analyze(text, format, &Context::default());
        }
    }
}

/// Found by the `analyze` fuzz target: a name run after "the" ending in "of" at the very
/// end of the text looked one word past the sentence for a common word.
#[test]
fn regression_of_at_the_end_of_the_text_does_not_panic() {
    for text in [
        "They thanked the Joint Chiefs of",
        "They thanked the Joint Chiefs of the",
        "the Hall of",
        "Court of Arbitration for",
    ] {
        for format in [Format::Markdown, Format::PlainText] {
            let report = analyze(text, format, &Context::default());
            check_report(text, &report).expect("well-formed report");
        }
    }
}
