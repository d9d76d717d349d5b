//! Byte spans into the original text, and the line/column view of them that people read.

use serde::Serialize;

/// A half-open UTF-8 byte range `[start, end)` into the text handed to `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn contains_span(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers; empty when the span does not fit the text.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Spans sorted by start, answering "does any of them contain this span?" in log time,
/// so per-token questions about quotations stay linear over a book-length draft.
#[derive(Debug, Clone, Default)]
pub struct SpanSet {
    spans: Vec<Span>,
    /// `max_end[i]`: the furthest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl SpanSet {
    pub fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_unstable();
        let mut furthest = 0;
        let max_end = spans
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end);
                furthest
            })
            .collect();
        SpanSet { spans, max_end }
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Whether some span of the set contains `span` (as `Span::contains_span`).
    pub fn contains_span(&self, span: Span) -> bool {
        // Every span starting at or before `span.start` is a candidate; one of them
        // contains it exactly when the furthest of their ends reaches `span.end`.
        let n = self.spans.partition_point(|s| s.start <= span.start);
        n > 0 && self.max_end[n - 1] >= span.end
    }

    /// The spans whose start lies in `[from, to]`, in order.
    pub fn starting_within(&self, from: usize, to: usize) -> &[Span] {
        let a = self.spans.partition_point(|s| s.start < from);
        let b = self.spans.partition_point(|s| s.start <= to);
        &self.spans[a..b.max(a)]
    }
}

/// 1-based line and column (column counted in Unicode scalar values), as DESIGN.md's
/// JSON `range` and the human output use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Maps byte offsets to lines and columns. Built once per text; lookups are a binary
/// search, so converting every finding of a long draft stays cheap.
pub struct LineIndex<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    /// Line and column of a byte offset. Offsets past the end, or inside a multi-byte
    /// character, are moved back to the nearest character boundary.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &'t str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map(|&next| next - 1)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_not_bytes() {
        let text = "ab\n“Kim” said\r\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), LineCol { line: 1, column: 1 });
        let said = text.find("said").unwrap();
        assert_eq!(idx.line_col(said), LineCol { line: 2, column: 7 });
        assert_eq!(idx.line_text(2), "“Kim” said");
        assert_eq!(idx.line_col(text.len()), LineCol { line: 3, column: 2 });
    }

    #[test]
    fn offsets_inside_a_character_move_back() {
        let text = "“a";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(99), LineCol { line: 1, column: 3 });
    }

    #[test]
    fn span_set_agrees_with_a_linear_scan() {
        // Nested, overlapping and disjoint spans, tested against every small span.
        let spans = vec![
            Span::new(10, 20),
            Span::new(2, 5),
            Span::new(12, 14),
            Span::new(30, 31),
            Span::new(18, 40),
        ];
        let set = SpanSet::new(spans.clone());
        for start in 0..45 {
            for end in start..46 {
                let probe = Span::new(start, end);
                let expected = spans.iter().any(|s| s.contains_span(probe));
                assert_eq!(set.contains_span(probe), expected, "{probe:?}");
            }
        }
        assert!(!SpanSet::default().contains_span(Span::new(0, 0)));
        assert_eq!(
            set.starting_within(10, 18),
            &[Span::new(10, 20), Span::new(12, 14), Span::new(18, 40)]
        );
        assert!(set.starting_within(41, 50).is_empty());
    }
}
