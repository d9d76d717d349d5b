//! A word-level view of one sentence: the token text, its lower-case form, and whether
//! it sits inside a quotation. Shared by cue finding and claim finding.

use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::{Span, SpanSet};

#[derive(Debug, Clone)]
pub struct W<'t> {
    pub text: &'t str,
    pub lower: &'t str,
    pub span: Span,
    pub kind: TokenKind,
    pub quoted: bool,
}

impl W<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is(&self, s: &str) -> bool {
        self.lower == s
    }

    pub fn capitalised(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    pub fn is_punct(&self, chars: &[char]) -> bool {
        self.kind == TokenKind::Punct
            && self.text.chars().next().is_some_and(|c| chars.contains(&c))
    }
}

pub const CLOSE_QUOTES: &[char] = &['”', '"', '’', '»'];

/// The words of sentence `s`, each marked when inside one of `quoted` (inner spans).
pub fn sentence_words<'t>(doc: &'t Document, s: usize, quoted: &SpanSet) -> Vec<W<'t>> {
    let first = doc.sentences[s].tokens.start;
    doc.sentence_tokens(s)
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let text = doc.slice(t.span);
            W {
                text,
                lower: doc.lower(first + k),
                span: t.span,
                kind: t.kind,
                quoted: quoted.contains_span(t.span),
            }
        })
        .collect()
}

/// Whether a sentence is set in title case ("Senator Says Vote Will Pass"): three or more
/// unquoted words of four letters or more, every one capitalised. There a capital
/// marks no name, so a capitalised word can be the verb.
pub fn title_case(ws: &[W]) -> bool {
    let mut long = ws.iter().filter(|w| {
        w.is_word() && !w.quoted && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 4
    });
    let mut n = 0;
    let all = long.all(|w| {
        n += 1;
        w.capitalised()
    });
    all && n >= 3
}

/// Quotation interiors found by pairing marks within each paragraph. Used when the
/// quotes stage has found nothing, so attribution still knows what is quoted.
pub fn fallback_quotes(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let text = doc.slice(p.span);
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            let at = p.span.start + i;
            match open {
                None => {
                    if c == '“' || (c == '"' && straight_opens(text, i)) {
                        open = Some((at + c.len_utf8(), c));
                    }
                }
                Some((start, o)) => {
                    if o == '"' && c == '"' && straight_opens(text, i) && !straight_closes(text, i)
                    {
                        // A new quotation opens before the last one closed (a
                        // multi-paragraph quote run together): restart here.
                        open = Some((at + 1, c));
                    } else if (o == '“' && c == '”') || (o == '"' && c == '"') {
                        out.push(Span::new(start, at));
                        open = None;
                    }
                }
            }
        }
        // An unclosed quotation runs to the end of its paragraph (a quote paragraph
        // continued in the next one, or a draft being typed).
        if let Some((start, _)) = open {
            out.push(Span::new(start, p.span.end));
        }
    }
    out
}

/// A straight quote opens when it follows a space (or starts the text) and a
/// non-space follows it.
fn straight_opens(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '-' | '—' | '–'))
        && after.is_some_and(|a| !a.is_whitespace())
}

/// A straight quote closes when a space, punctuation or the end follows it.
fn straight_closes(text: &str, i: usize) -> bool {
    let after = text[i + 1..].chars().next();
    after.is_none_or(|a| a.is_whitespace() || a.is_ascii_punctuation())
}

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who", "which"];

pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "its", "his", "her", "their", "our", "my", "your", "any", "no",
    "every", "each", "these", "those", "whose", "such",
];

pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "may", "might", "should", "can", "must", "did",
    "does", "do", "shall", "not", "n't",
];

pub const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

pub const ADVERBS: &[&str] = &[
    "also",
    "however",
    "long",
    "previously",
    "now",
    "still",
    "already",
    "later",
    "then",
    "never",
    "further",
    "again",
    "recently",
    "earlier",
    "today",
    "yesterday",
    "once",
    "often",
    "repeatedly",
    "publicly",
    "privately",
    "reportedly",
    "allegedly",
    "separately",
    "too",
    "first",
    "last",
    "even",
    "just",
    "only",
    "both",
    "all",
];

pub const CLAUSE_BOUNDARIES: &[&str] = &[
    "that", "but", "while", "when", "because", "as", "if", "though", "although", "where", "since",
    "so", "then", "however", "or", "nor", "yet", "whether", "after", "before", "until", "unless",
    "whereas", "and", "in", "on", "with", "to", "by", "during", "into", "than", "about", "over",
    "under", "against", "between", "through", "what", "how", "why",
];
