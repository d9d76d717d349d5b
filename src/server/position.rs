//! Byte offsets <-> LSP positions, in the encoding negotiated at `initialize`.
//!
//! Lines end at `\n`, `\r\n` or `\r` (what LSP counts; ropey is built without its
//! Unicode line breaks so U+2028 is not a line end here either). A position's character
//! counts UTF-8 bytes or UTF-16 code units from the line start, as negotiated.
//!
//! Both directions live here and are tested against each other: `offset(position(b)) == b`
//! for every character boundary `b`, whatever the text.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

use crate::analysis::Span;

/// How a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it, else UTF-16 (the protocol's mandatory default).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Self {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// A client position resolved to a byte offset. `adjusted` says why the position did not
/// name a valid place as given (so the caller can log it); the offset is always valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub offset: usize,
    pub adjusted: Option<Adjustment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjustment {
    /// The line is past the end of the document: moved to the document's end.
    PastLastLine,
    /// The character is past the end of its line: moved to the line's end (the protocol
    /// allows this; it is not an error).
    PastLineEnd,
    /// The character falls inside a character (a UTF-16 surrogate pair or a UTF-8
    /// sequence): moved back to that character's start.
    InsideCharacter,
}

/// Byte range of line `line`'s content (without its line ending).
fn line_content(rope: &Rope, line: usize) -> (usize, usize) {
    let start = rope.line_to_byte(line);
    let slice = rope.line(line);
    let mut len = slice.len_bytes();
    let mut chars = slice.chars_at(slice.len_chars());
    // Strip at most one terminator: "\r\n", "\n" or "\r".
    if let Some(last) = chars.prev() {
        if last == '\n' {
            len -= 1;
            if chars.prev() == Some('\r') {
                len -= 1;
            }
        } else if last == '\r' {
            len -= 1;
        }
    }
    (start, start + len)
}

/// Resolves a client position to a byte offset in `rope`. Never panics; positions that
/// do not name a valid place are moved to the nearest valid one and say so.
pub fn offset(rope: &Rope, pos: Position, enc: Encoding) -> Resolved {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return Resolved {
            offset: rope.len_bytes(),
            adjusted: Some(Adjustment::PastLastLine),
        };
    }
    let (start, end) = line_content(rope, line);
    let col = pos.character as usize;
    match enc {
        Encoding::Utf8 => {
            if col > end - start {
                return Resolved {
                    offset: end,
                    adjusted: Some(Adjustment::PastLineEnd),
                };
            }
            let target = start + col;
            let ch = rope.byte_to_char(target);
            let boundary = rope.char_to_byte(ch);
            Resolved {
                offset: boundary,
                adjusted: (boundary != target).then_some(Adjustment::InsideCharacter),
            }
        }
        Encoding::Utf16 => {
            let start_cu = rope.char_to_utf16_cu(rope.byte_to_char(start));
            let end_cu = rope.char_to_utf16_cu(rope.byte_to_char(end));
            if start_cu + col > end_cu {
                return Resolved {
                    offset: end,
                    adjusted: Some(Adjustment::PastLineEnd),
                };
            }
            let target = start_cu + col;
            let ch = rope.utf16_cu_to_char(target);
            let inside = rope.char_to_utf16_cu(ch) != target;
            Resolved {
                offset: rope.char_to_byte(ch),
                adjusted: inside.then_some(Adjustment::InsideCharacter),
            }
        }
    }
}

/// The position of a byte offset. Offsets past the end move to the end; offsets inside a
/// character move back to its start.
pub fn position(rope: &Rope, offset: usize, enc: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let ch = rope.byte_to_char(offset);
    let line = rope.char_to_line(ch);
    let line_char = rope.line_to_char(line);
    let character = match enc {
        Encoding::Utf8 => rope.char_to_byte(ch) - rope.char_to_byte(line_char),
        Encoding::Utf16 => rope.char_to_utf16_cu(ch) - rope.char_to_utf16_cu(line_char),
    };
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(character).unwrap_or(u32::MAX),
    )
}

/// The LSP range of a byte span.
pub fn range(rope: &Rope, span: Span, enc: Encoding) -> Range {
    Range::new(
        position(rope, span.start, enc),
        position(rope, span.end, enc),
    )
}

/// A client range resolved to a byte span (start and end swapped back into order if the
/// client sent them reversed), with the first adjustment made, if any.
pub fn span(rope: &Rope, range: Range, enc: Encoding) -> (Span, Option<Adjustment>) {
    let a = offset(rope, range.start, enc);
    let b = offset(rope, range.end, enc);
    let (start, end) = if a.offset <= b.offset {
        (a.offset, b.offset)
    } else {
        (b.offset, a.offset)
    };
    (Span { start, end }, a.adjusted.or(b.adjusted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An independent, obviously-correct model: split lines by hand, count units by hand.
    fn model_position(text: &str, offset: usize, enc: Encoding) -> Position {
        let before = &text[..offset];
        let mut line = 0;
        let mut line_start = 0;
        let bytes = text.as_bytes();
        for i in 0..offset {
            let is_break = match bytes[i] {
                b'\n' => true,
                b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if is_break {
                line += 1;
                line_start = i + 1;
            }
        }
        let col_text = &before[line_start..];
        let character = match enc {
            Encoding::Utf8 => col_text.len(),
            Encoding::Utf16 => col_text.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    /// Every place a client can name: character boundaries, except between \r and \n.
    fn boundaries(text: &str) -> Vec<usize> {
        let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        v.push(text.len());
        let b = text.as_bytes();
        v.retain(|&i| !(i > 0 && b[i - 1] == b'\r' && b.get(i) == Some(&b'\n')));
        v
    }

    const SAMPLE: &str =
        "# 제목\r\nKim Hong-kyun 김홍균 said “yes” 👍🏽.\r\nYoon’s office\rsaid\n\n😀x";

    #[test]
    fn round_trips_every_boundary_both_encodings() {
        let rope = Rope::from_str(SAMPLE);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for b in boundaries(SAMPLE) {
                let p = position(&rope, b, enc);
                assert_eq!(p, model_position(SAMPLE, b, enc), "offset {b} {enc:?}");
                let r = offset(&rope, p, enc);
                assert_eq!(
                    r,
                    Resolved {
                        offset: b,
                        adjusted: None
                    },
                    "{p:?} {enc:?}"
                );
            }
        }
    }

    #[test]
    fn utf16_counts_surrogate_pairs_as_two() {
        let rope = Rope::from_str("a😀b");
        let b = "a😀".len();
        assert_eq!(position(&rope, b, Encoding::Utf16), Position::new(0, 3));
        assert_eq!(position(&rope, b, Encoding::Utf8), Position::new(0, 5));
    }

    #[test]
    fn position_inside_surrogate_pair_moves_back_and_says_so() {
        let rope = Rope::from_str("a😀b");
        let r = offset(&rope, Position::new(0, 2), Encoding::Utf16);
        assert_eq!(r.offset, 1);
        assert_eq!(r.adjusted, Some(Adjustment::InsideCharacter));
        let r = offset(&rope, Position::new(0, 3), Encoding::Utf8);
        assert_eq!(r.offset, 1);
        assert_eq!(r.adjusted, Some(Adjustment::InsideCharacter));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let rope = Rope::from_str("ab\r\ncd");
        let r = offset(&rope, Position::new(0, 10), Encoding::Utf16);
        assert_eq!((r.offset, r.adjusted), (2, Some(Adjustment::PastLineEnd)));
        let r = offset(&rope, Position::new(7, 0), Encoding::Utf8);
        assert_eq!((r.offset, r.adjusted), (6, Some(Adjustment::PastLastLine)));
        let r = offset(&rope, Position::new(u32::MAX, u32::MAX), Encoding::Utf16);
        assert_eq!(r.offset, 6);
        assert_eq!(position(&rope, 999, Encoding::Utf16), Position::new(1, 2));
    }

    #[test]
    fn unicode_line_separators_are_not_line_ends() {
        let rope = Rope::from_str("a\u{2028}b\u{85}c\nd");
        assert_eq!(rope.len_lines(), 2);
        let end = "a\u{2028}b\u{85}c".len();
        assert_eq!(position(&rope, end, Encoding::Utf16), Position::new(0, 5));
    }

    #[test]
    fn offsets_inside_a_character_move_back() {
        let rope = Rope::from_str("김a");
        assert_eq!(position(&rope, 1, Encoding::Utf8), Position::new(0, 0));
    }

    #[test]
    fn negotiation_prefers_utf8() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF16])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("a"),
                Just(" "),
                Just("\n"),
                Just("\r\n"),
                Just("\r"),
                Just("김"),
                Just("’"),
                Just("😀"),
                Just("é"),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn symmetric_on_any_text(text in text_strategy()) {
            let rope = Rope::from_str(&text);
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                for b in boundaries(&text) {
                    let p = position(&rope, b, enc);
                    prop_assert_eq!(p, model_position(&text, b, enc));
                    prop_assert_eq!(offset(&rope, p, enc), Resolved { offset: b, adjusted: None });
                }
            }
        }

        #[test]
        fn any_position_resolves_to_a_boundary(text in text_strategy(), line in 0u32..50, ch in 0u32..50) {
            let rope = Rope::from_str(&text);
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                let r = offset(&rope, Position::new(line, ch), enc);
                prop_assert!(text.is_char_boundary(r.offset));
            }
        }
    }
}
