//! The server's document store under arbitrary incremental edits: UTF-8 and UTF-16
//! positions, ranges out of the document, reversed, or splitting a surrogate pair. It must
//! never panic, the text must stay valid, and every position the server reports for a
//! character boundary must resolve back to it.
//!
//! The round trip is checked on a sample of boundaries, not on all of them: each
//! conversion walks a ropey chunk, so checking every character made an input cost
//! (characters × chunk) and the target ran at ~150 inputs a second (an instrumented chunk
//! walk is the cost of every conversion, and of every edit applied). The sample keeps the
//! places where positions go wrong — both sides of every line break and of every
//! character outside the Basic Multilingual Plane (a UTF-16 surrogate pair), and the ends
//! — up to `SPECIAL_CAP`, plus `EVEN_SAMPLES` boundaries spread evenly over the rest.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sayswho::server::document::Document;
use sayswho::server::position::{self, Encoding};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

#[derive(Debug, Arbitrary)]
struct Edit {
    full: bool,
    l1: u8,
    c1: u16,
    l2: u8,
    c2: u16,
    text: String,
}

#[derive(Debug, Arbitrary)]
struct Input {
    utf8: bool,
    initial: String,
    edits: Vec<Edit>,
}

/// Edits applied per input: each resolves two positions through ropey, and a bug in how
/// one edit lands shows in a short sequence as well as in a long one.
const MAX_EDITS: usize = 16;

fuzz_target!(|input: Input| {
    let enc = if input.utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let mut doc = Document::new(&input.initial, 1, "markdown");
    for e in input.edits.iter().take(MAX_EDITS) {
        let change = TextDocumentContentChangeEvent {
            range: (!e.full).then(|| {
                Range::new(
                    Position::new(e.l1.into(), e.c1.into()),
                    Position::new(e.l2.into(), e.c2.into()),
                )
            }),
            range_length: None,
            text: e.text.clone(),
        };
        let before = doc.rope.len_bytes();
        let _ = doc.apply(&change, enc);
        assert!(doc.rope.len_bytes() <= before + e.text.len());
    }
    let text = doc.rope.to_string();
    for b in sample_boundaries(&text) {
        // Between \r and \n is no place a client can name.
        if b > 0 && text.as_bytes()[b - 1] == b'\r' && text.as_bytes().get(b) == Some(&b'\n') {
            continue;
        }
        let pos = position::position(&doc.rope, b, enc);
        let back = position::offset(&doc.rope, pos, enc);
        assert_eq!(
            back.offset, b,
            "position {pos:?} of byte {b} resolves elsewhere"
        );
    }
});

/// How many line breaks and surrogate pairs have both their sides checked, at most.
const SPECIAL_CAP: usize = 16;
/// How many boundaries spread over the whole text are checked besides.
const EVEN_SAMPLES: usize = 16;

/// The character boundaries to check (with the text's end), in one pass over the text.
fn sample_boundaries(text: &str) -> Vec<usize> {
    let chars = text.chars().count();
    let stride = (chars / EVEN_SAMPLES).max(1);
    let mut out = Vec::with_capacity(SPECIAL_CAP + EVEN_SAMPLES + 2);
    let mut special = 0;
    for (i, (b, c)) in text.char_indices().enumerate() {
        let tricky = matches!(c, '\r' | '\n') || c.len_utf16() == 2;
        if tricky && special < SPECIAL_CAP {
            special += 1;
            out.push(b);
            out.push(b + c.len_utf8());
        } else if i % stride == 0 {
            out.push(b);
        }
    }
    out.push(text.len());
    out
}
