//! Benchmark documents built at run time from real drafts.
//!
//! The corpus drafts are read from `../shared/corpus/drafts` (or `$SAYSWHO_BENCH_DRAFTS`)
//! when present and never copied into the repository; without them the sample draft
//! `tests/fixtures/troops.md` is used. Documents of a target word count are built by
//! concatenating the drafts (sorted by file name, cycling) until the count is reached.
//! The "ko" variants turn straight quotes curly and add, after every draft, a paragraph
//! (written for this benchmark) with Korean names in Hangul and an emoji, so that
//! multi-byte and astral characters are spread through the whole text.
//!
//! `benches/lsp_latency.py --make-docs DIR` builds the same documents for the LSP
//! harness with the same recipe.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Written for these benchmarks (not corpus text): Korean names, curly quotes, an emoji.
pub const KOREAN_PARAGRAPH: &str = "Seoul’s unification minister, Kim Yeon-chul (김연철), told \
reporters on Thursday that “dialogue remains the only path”. Park Ji-won (박지원), a former \
intelligence chief, said the estimate was “far too low” 🇰🇷. Officials said the talks would \
resume next week.";

/// Where the corpus drafts are, if they are here.
pub fn drafts_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SAYSWHO_BENCH_DRAFTS") {
        return Some(PathBuf::from(dir));
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("../shared/corpus/drafts"),
        manifest.join("../../shared/corpus/drafts"),
    ]
    .into_iter()
    .find(|d| d.is_dir())
}

/// The drafts' texts, sorted by file name; the sample draft when the corpus is absent.
pub fn drafts() -> Vec<String> {
    let mut texts = Vec::new();
    if let Some(dir) = drafts_dir() {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
                .collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
    }
    if texts.is_empty() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/troops.md");
        texts.push(std::fs::read_to_string(sample).unwrap_or_else(|_| KOREAN_PARAGRAPH.into()));
    }
    texts
}

/// Straight quotes made curly (double quotes alternate open/close; apostrophes become ’),
/// followed by the Korean paragraph.
pub fn koreanize(draft: &str) -> String {
    let mut out = String::with_capacity(draft.len() + KOREAN_PARAGRAPH.len() + 8);
    let mut open = true;
    for c in draft.chars() {
        match c {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' => out.push('’'),
            c => out.push(c),
        }
    }
    out.truncate(out.trim_end().len());
    out.push_str("\n\n");
    out.push_str(KOREAN_PARAGRAPH);
    out.push('\n');
    out
}

/// Whitespace-separated words.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Drafts concatenated (blank line between them) until `words` words are reached.
pub fn build(words: usize, korean: bool) -> String {
    let drafts = drafts();
    let mut out = String::new();
    let mut count = 0;
    for draft in drafts.iter().cycle() {
        if count >= words {
            break;
        }
        let piece = if korean {
            koreanize(draft)
        } else {
            draft.clone()
        };
        count += word_count(&piece);
        out.push_str(piece.trim_end());
        out.push_str("\n\n");
    }
    out
}

/// Byte offset of a char boundary near the middle of `text`, just after a letter.
pub fn middle(text: &str) -> usize {
    let mut at = text.len() / 2;
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    // Move forward to just after an alphabetic char so the edit lands inside a word.
    let rest = &text[at..];
    for (i, c) in rest.char_indices() {
        if c.is_alphabetic() {
            return at + i + c.len_utf8();
        }
    }
    at
}

/// `text` with one character typed in the middle (inside a word).
pub fn one_char_edit(text: &str) -> String {
    let at = middle(text);
    let mut edited = String::with_capacity(text.len() + 1);
    edited.push_str(&text[..at]);
    edited.push('x');
    edited.push_str(&text[at..]);
    edited
}
