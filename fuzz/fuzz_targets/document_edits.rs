//! The server's document store under arbitrary incremental edits: UTF-8 and UTF-16
//! positions, ranges out of the document, reversed, or splitting a surrogate pair. It must
//! never panic, the text must stay valid, and every position the server reports for a
//! character boundary must resolve back to it.
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

fuzz_target!(|input: Input| {
    let enc = if input.utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
    let mut doc = Document::new(&input.initial, 1, "markdown");
    for e in input.edits.iter().take(64) {
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
    for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        // Between \r and \n is no place a client can name.
        if b > 0 && text.as_bytes()[b - 1] == b'\r' && text.as_bytes().get(b) == Some(&b'\n') {
            continue;
        }
        let pos = position::position(&doc.rope, b, enc);
        let back = position::offset(&doc.rope, pos, enc);
        assert_eq!(back.offset, b, "position {pos:?} of byte {b} resolves elsewhere");
    }
});
