//! One open document: its text as a rope, the version the client gave it, and how to read
//! it. Edits are applied here, synchronously, so the server never sees a half-edited text.

use ropey::Rope;
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;

use super::position::{self, Adjustment, Encoding};
use crate::analysis::Format;

#[derive(Debug, Clone)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
}

/// A change that could not be applied exactly as sent (the document is still whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeWarning(pub String);

impl Document {
    pub fn new(text: &str, version: i32, language_id: &str) -> Self {
        Document {
            rope: Rope::from_str(text),
            version,
            format: Format::from_language_id(language_id),
        }
    }

    /// Applies one change event. A range that falls outside the document is clamped to it,
    /// and one that splits a character (half a surrogate pair) is moved back to the
    /// character's start; both are reported so the caller can log them. Never panics.
    pub fn apply(
        &mut self,
        change: &TextDocumentContentChangeEvent,
        enc: Encoding,
    ) -> Option<ChangeWarning> {
        let Some(range) = change.range else {
            self.rope = Rope::from_str(&change.text);
            return None;
        };
        let (span, adjusted) = position::span(&self.rope, range, enc);
        let warning = match adjusted {
            None | Some(Adjustment::PastLineEnd) => None,
            Some(a) => Some(ChangeWarning(format!(
                "edit range {}:{}-{}:{} does not fit the document ({a:?}); applied at the nearest valid place",
                range.start.line, range.start.character, range.end.line, range.end.character
            ))),
        };
        let start = self.rope.byte_to_char(span.start);
        let end = self.rope.byte_to_char(span.end);
        if let Err(e) = self.rope.try_remove(start..end) {
            return Some(ChangeWarning(format!("edit not applied: {e}")));
        }
        if let Err(e) = self.rope.try_insert(start, &change.text) {
            return Some(ChangeWarning(format!("edit not applied: {e}")));
        }
        warning
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn edit(l1: u32, c1: u32, l2: u32, c2: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn applies_utf16_edits_after_emoji_and_korean() {
        let mut doc = Document::new("😀 김 said\r\nend", 1, "markdown");
        // replace "said" (UTF-16 columns 5..9: the emoji counts two) on line 0
        assert_eq!(
            doc.apply(&edit(0, 5, 0, 9, "stated"), Encoding::Utf16),
            None
        );
        assert_eq!(doc.rope.to_string(), "😀 김 stated\r\nend");
        // insert across the CRLF
        assert_eq!(doc.apply(&edit(0, 11, 1, 0, " "), Encoding::Utf16), None);
        assert_eq!(doc.rope.to_string(), "😀 김 stated end");
    }

    #[test]
    fn applies_utf8_edits() {
        let mut doc = Document::new("김 said", 1, "plaintext");
        assert_eq!(doc.apply(&edit(0, 0, 0, 3, "Kim"), Encoding::Utf8), None);
        assert_eq!(doc.rope.to_string(), "Kim said");
    }

    #[test]
    fn full_replacement() {
        let mut doc = Document::new("old", 1, "x");
        doc.apply(
            &TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "new".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(doc.rope.to_string(), "new");
        assert_eq!(doc.format, Format::PlainText);
    }

    #[test]
    fn out_of_range_and_split_pairs_warn_but_keep_the_document_whole() {
        let mut doc = Document::new("a😀b", 1, "plaintext");
        let w = doc.apply(&edit(0, 2, 0, 2, "x"), Encoding::Utf16);
        assert!(w.is_some());
        assert_eq!(doc.rope.to_string(), "ax😀b");
        let w = doc.apply(&edit(40, 0, 99, 3, "!"), Encoding::Utf16);
        assert!(w.is_some());
        assert_eq!(doc.rope.to_string(), "ax😀b!");
        // reversed range
        assert_eq!(doc.apply(&edit(0, 1, 0, 0, ""), Encoding::Utf16), None);
        assert_eq!(doc.rope.to_string(), "x😀b!");
    }
}
