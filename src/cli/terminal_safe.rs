//! Draft text made safe to print on a terminal. A draft (or a file name) can hold escape
//! sequences that recolour the terminal, move the cursor, rewrite the title or hide text,
//! and bidirectional controls that reorder what is shown: printed as they are, the
//! finding a writer reads is not the text that is there. Each control character becomes
//! one visible mark of the same UTF-8 length (`?` for a one-byte control, `¿` for a
//! two-byte one, `�` for a bidirectional control), so columns, carets and the byte
//! offsets of every finding stay where they were.

use std::borrow::Cow;

/// Whether `c` would act on the terminal or reorder the text instead of showing.
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The visible stand-in for a control character: one of the same byte length.
fn stand_in(c: char) -> char {
    match c.len_utf8() {
        1 => '?',
        2 => '\u{bf}',
        _ => '\u{fffd}',
    }
}

/// `text` with every control character (but tab and line endings) replaced by a visible
/// mark of the same length, one for one. A carriage return counts as a line ending only
/// before a line feed: alone, it would send the cursor back over the line.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let acts = acts_on_terminal(c, chars.peek().map(|&(_, n)| n));
        match (&mut out, acts) {
            (Some(out), _) => out.push(if acts { stand_in(c) } else { c }),
            (None, true) => {
                let mut safe = String::with_capacity(text.len());
                safe.push_str(&text[..at]);
                safe.push(stand_in(c));
                out = Some(safe);
            }
            (None, false) => {}
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// A control character that is not a tab, a line feed or the CR of a CRLF.
fn acts_on_terminal(c: char, next: Option<char>) -> bool {
    is_control(c) && c != '\n' && !(c == '\r' && next == Some('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_controls_are_shown_not_obeyed() {
        let hostile = "Officials \u{1b}[8msaid\u{1b}[0m it\u{7}\u{9b}2J \u{202e}won";
        let safe = terminal_safe(hostile);
        assert!(!safe.chars().any(is_control), "{safe:?}");
        assert_eq!(safe.chars().count(), hostile.chars().count());
        assert_eq!(safe.len(), hostile.len(), "byte offsets must not move");
        assert!(safe.contains("[8msaid"));
    }

    #[test]
    fn line_endings_stay_but_a_lone_carriage_return_does_not() {
        assert!(matches!(
            terminal_safe("one\r\ntwo\nthree"),
            Cow::Borrowed(_)
        ));
        assert_eq!(terminal_safe("over\rwrite"), "over?write");
    }

    #[test]
    fn ordinary_text_and_tabs_are_untouched() {
        let text = "“We will act,” said Kim\tHong-kyun — 김 😀";
        assert!(matches!(terminal_safe(text), Cow::Borrowed(t) if t == text));
    }
}
