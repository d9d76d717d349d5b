//! Markdown and plain text → prose. The result keeps every byte offset of the original:
//! non-prose bytes (code, HTML, front matter, link targets, URLs, Markdown syntax) are
//! blanked to spaces, so later stages read prose and report spans into the real file.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::LazyLock;

use super::span::Span;

/// How the draft is written. Unknown kinds are read as plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    Markdown,
    #[default]
    PlainText,
}

impl Format {
    /// Chooses by file extension: `.md`/`.markdown` are Markdown, anything else plain text.
    pub fn from_path(path: &std::path::Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") => {
                Format::Markdown
            }
            _ => Format::PlainText,
        }
    }

    /// Chooses by LSP language id; unknown ids are plain text.
    pub fn from_language_id(id: &str) -> Self {
        match id {
            "markdown" | "mdx" | "quarto" | "rmd" => Format::Markdown,
            _ => Format::PlainText,
        }
    }
}

/// What kind of block a paragraph came from; headlines and list items read differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}

/// One run of prose: a paragraph, heading, list item or table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// The prose view of a draft: `text` has the same byte length as the original.
#[derive(Debug, Clone)]
pub struct Prose {
    pub text: String,
    pub blocks: Vec<Block>,
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:https?://|ftp://|www\.)[^\s<>"“”]+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b"#)
        .expect("URL pattern compiles")
});

/// Reads `text` in the given format and returns its prose.
pub fn prose(text: &str, format: Format) -> Prose {
    let mut prose = match format {
        Format::Markdown => markdown(text),
        Format::PlainText => plain(text),
    };
    blank_urls(&mut prose.text);
    prose
}

/// Blank lines separate paragraphs; single line breaks are hard wraps inside one.
/// Newswire copy that marks paragraphs by indenting their first line (and leaves no blank
/// line) is split there too. A short first line standing alone, with no closing full stop,
/// is the headline.
fn plain(text: &str) -> Prose {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut offset = 0;
    // Indentation of the previous non-blank line of the current block.
    let mut prev_indent = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(trimmed_block(text, s, last_end));
            }
        } else {
            let indent = indentation(content);
            if let Some(s) = start {
                if indent >= 2 && indent > prev_indent {
                    blocks.push(trimmed_block(text, s, last_end));
                    start = None;
                }
            }
            start.get_or_insert(offset);
            last_end = offset + content.len();
            prev_indent = indent;
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(trimmed_block(text, s, last_end));
    }
    if blocks.len() > 1 && looks_like_headline(blocks[0].span.slice(text)) {
        blocks[0].kind = BlockKind::Heading;
    }
    Prose {
        text: text.to_string(),
        blocks,
    }
}

/// Leading spaces (a tab counts as four).
fn indentation(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// One line, at most 20 words, not ending like a sentence.
fn looks_like_headline(block: &str) -> bool {
    let trimmed = block
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')']);
    !block.contains('\n')
        && block.split_whitespace().count() <= 20
        && !trimmed.ends_with(['.', '!', '?', ':', ';', ','])
}

fn trimmed_block(text: &str, start: usize, end: usize) -> Block {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Block {
        span: Span::new(start + lead, end - trail),
        kind: BlockKind::Paragraph,
    }
}

/// Markdown: only text events are prose; everything else stays blank.
fn markdown(text: &str) -> Prose {
    let mut masked = blank_copy(text);
    let mut blocks: Vec<Block> = Vec::new();
    // Open containers that can hold prose, with the span of the prose seen so far.
    let mut open: Vec<(BlockKind, Option<Span>)> = Vec::new();
    // Text inside front matter and fenced or indented code is not prose.
    let mut in_verbatim = false;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_) | Tag::CodeBlock(_)) => in_verbatim = true,
            Event::End(TagEnd::MetadataBlock(_) | TagEnd::CodeBlock) => in_verbatim = false,
            Event::Start(tag) => {
                if let Some(kind) = prose_container(&tag) {
                    open.push((kind, None));
                }
            }
            Event::End(end) if is_prose_container_end(&end) => {
                if let Some((kind, Some(span))) = open.pop() {
                    blocks.push(Block { span, kind });
                }
            }
            Event::Text(_) if !in_verbatim => {
                let (start, end) = (range.start, range.end.min(text.len()));
                copy_range(&mut masked, text, start, end);
                if let Some((_, span)) = open.last_mut() {
                    *span = Some(match *span {
                        Some(s) => Span::new(s.start.min(start), s.end.max(end)),
                        None => Span::new(start, end),
                    });
                }
            }
            _ => {}
        }
    }
    blocks.sort_by_key(|b| b.span.start);
    Prose {
        text: masked,
        blocks,
    }
}

fn prose_container(tag: &Tag) -> Option<BlockKind> {
    match tag {
        Tag::Paragraph => Some(BlockKind::Paragraph),
        Tag::Heading { .. } => Some(BlockKind::Heading),
        Tag::Item => Some(BlockKind::ListItem),
        Tag::TableCell => Some(BlockKind::TableCell),
        _ => None,
    }
}

fn is_prose_container_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell
    )
}

/// Same length as `text`: newlines kept (so lines still line up), every other byte a space.
fn blank_copy(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b == b'\n' || b == b'\r' {
                b as char
            } else {
                ' '
            }
        })
        .collect()
}

fn copy_range(masked: &mut String, text: &str, start: usize, end: usize) {
    if start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
        masked.replace_range(start..end, &text[start..end]);
    }
}

fn blank_urls(text: &mut String) {
    // A URL or address never spans a line, and a line start is a word boundary as a
    // newline is, so only lines holding "://", "www." or "@" need the (slow, Unicode)
    // pattern: the same matches at a fraction of the cost.
    let mut ranges = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let maybe = line.contains("://")
            || line.contains('@')
            || bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."));
        if maybe {
            ranges.extend(URL.find_iter(line).map(|m| m.start() + at..m.end() + at));
        }
        at += line.len();
    }
    for r in ranges {
        let spaces = " ".repeat(r.len());
        text.replace_range(r, &spaces);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_paragraphs_split_on_blank_lines_not_wraps() {
        let text = "Headline here\n\nFirst line\nwraps here.\n\n  \nSecond.\n";
        let p = prose(text, Format::PlainText);
        let got: Vec<_> = p.blocks.iter().map(|b| b.span.slice(text)).collect();
        assert_eq!(got, ["Headline here", "First line\nwraps here.", "Second."]);
        assert_eq!(p.text.len(), text.len());
        assert_eq!(p.blocks[0].kind, BlockKind::Heading);
        assert_eq!(p.blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn newswire_indented_first_lines_start_paragraphs() {
        let text = "WIRE HEADLINE\n    LONDON, May 2 - First para\nwraps here.\n    \"Second para,\" he\nsaid.\n";
        let p = prose(text, Format::PlainText);
        let got: Vec<_> = p.blocks.iter().map(|b| b.span.slice(text)).collect();
        assert_eq!(
            got,
            [
                "WIRE HEADLINE",
                "LONDON, May 2 - First para\nwraps here.",
                "\"Second para,\" he\nsaid."
            ]
        );
        assert_eq!(p.blocks[0].kind, BlockKind::Heading);
    }

    #[test]
    fn uniformly_indented_text_is_not_split_and_sentences_are_not_headlines() {
        let text = "  One line\n  two line.\n\nA full sentence.\n\nAnother.";
        let p = prose(text, Format::PlainText);
        assert_eq!(p.blocks.len(), 3);
        assert!(p.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
    }

    #[test]
    fn markdown_code_html_front_matter_and_link_targets_are_not_prose() {
        let text = "---\ntitle: \"x\"\n---\n\n# Head\n\nSee [the report](http://x.org/a) and `\"code\"`.\n\n```\n\"quoted\"\n```\n\n<div>\"html\"</div>\n";
        let p = prose(text, Format::Markdown);
        assert_eq!(p.text.len(), text.len());
        assert!(!p.text.contains("title"));
        assert!(!p.text.contains("http"));
        assert!(!p.text.contains("\"code\""));
        assert!(!p.text.contains("\"quoted\""));
        assert!(!p.text.contains("\"html\""));
        assert!(p.text.contains("the report"));
        let kinds: Vec<_> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph]);
    }

    #[test]
    fn urls_in_plain_text_are_blanked() {
        let text = "Read https://example.com/a?b=1 today.";
        let p = prose(text, Format::PlainText);
        assert_eq!(p.text, format!("Read {} today.", " ".repeat(25)));
    }

    #[test]
    fn tight_list_items_are_blocks() {
        let text = "- one item\n- two item\n";
        let p = prose(text, Format::Markdown);
        assert_eq!(p.blocks.len(), 2);
        assert_eq!(p.blocks[0].span.slice(text), "one item");
    }
}
