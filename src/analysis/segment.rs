//! Paragraphs, sentences and word tokens with byte spans into the original text.
//!
//! Sentence ends are decided on the prose view from `markup`, so code and URLs never end
//! a sentence, and a sentence never crosses a paragraph break.

use std::ops::Range;

use super::markup::{self, BlockKind, Format};
use super::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and full stops ("Hong-kyun", "Korea’s", "U.S.").
    Word,
    /// Digits with inner separators ("1,500", "3.5", "12 000" is two tokens).
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: BlockKind,
    pub sentences: Range<usize>,
}

/// The segmented draft. `text` is the prose view (same byte length as the original).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub text: String,
    pub format: Format,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The lower-case forms of the tokens that have capitals, worked out once here so
    /// the stages do not each lowercase (and allocate) every word again: `lowered[i]`
    /// is the range in `lower_text` of token `i`'s form, or `NOT_LOWERED` when the
    /// token is its own lower case.
    lowered: Vec<(u32, u32)>,
    lower_text: String,
}

/// Marks a token that is its own lower case.
const NOT_LOWERED: (u32, u32) = (u32::MAX, u32::MAX);

impl Document {
    /// The lower-case form of token `i` (as `str::to_lowercase` gives it).
    pub fn lower(&self, i: usize) -> &str {
        match self.lowered.get(i) {
            Some(&(a, b)) if (a, b) != NOT_LOWERED => &self.lower_text[a as usize..b as usize],
            _ => self.tokens.get(i).map_or("", |t| self.slice(t.span)),
        }
    }

    /// Fills `lowered` once the tokens are final.
    fn lower_tokens(&mut self) {
        let mut lowered = Vec::with_capacity(self.tokens.len());
        let mut lower_text = String::new();
        for t in &self.tokens {
            let word = t.span.slice(&self.text);
            if word
                .chars()
                .any(|c| c.to_lowercase().ne(std::iter::once(c)))
            {
                let start = lower_text.len() as u32;
                lower_text.push_str(&word.to_lowercase());
                lowered.push((start, lower_text.len() as u32));
            } else {
                lowered.push(NOT_LOWERED);
            }
        }
        lower_text.shrink_to_fit();
        self.lowered = lowered;
        self.lower_text = lower_text;
    }

    /// The prose text of a span.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        &self.tokens[self.sentences[sentence].tokens.clone()]
    }

    /// Index of the sentence that contains `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// Index of the paragraph that contains `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].span.start <= offset).then_some(i)
    }
}

/// Abbreviations whose full stop does not end a sentence (compared case-sensitively,
/// without the stop). Titles, months, and common news abbreviations.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Sen", "Rep", "Gov", "Gen", "Col",
    "Lt", "Maj", "Capt", "Cpt", "Sgt", "Cmdr", "Adm", "Supt", "Insp", "Rev", "Fr", "Hon", "Pres",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Nr", "Vol",
    "vs", "v", "etc", "approx", "est", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn",
    "Ave", "Rd", "Blvd", "Mt", "ft", "oz", "lb", "lbs", "pp", "cf", "al", "eg", "ie", "Ph",
];

/// Capitalised words that usually open a sentence rather than continue a name; after an
/// initialism ("U.S.") they decide whether the full stop ends the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "As",
    "After",
    "Before",
    "During",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "However",
    "Meanwhile",
    "Later",
    "Earlier",
    "Now",
    "Then",
    "Still",
    "Some",
    "Many",
    "Most",
    "If",
    "When",
    "While",
    "Although",
    "Since",
    "Despite",
    "Officials",
    "Analysts",
    "What",
    "Why",
    "How",
    "Who",
    "Last",
    "Next",
    "Asked",
    "According",
    "Under",
    "Over",
    "Such",
    "Both",
];

/// Splits `text` in `format` into paragraphs, sentences and tokens.
pub fn segment(text: &str, format: Format) -> Document {
    let prose = markup::prose(text, format);
    let mut doc = Document {
        text: String::new(),
        format,
        paragraphs: Vec::with_capacity(prose.blocks.len()),
        sentences: Vec::new(),
        tokens: Vec::new(),
        lowered: Vec::new(),
        lower_text: String::new(),
    };
    for block in &prose.blocks {
        let first_sentence = doc.sentences.len();
        let tokens = tokenize(&prose.text, block.span);
        let mut sentence_start_tok = 0;
        for i in 0..tokens.len() {
            if ends_sentence(&prose.text, &tokens, i) {
                push_sentence(&mut doc, &tokens, sentence_start_tok..i + 1);
                sentence_start_tok = i + 1;
            }
        }
        if sentence_start_tok < tokens.len() {
            push_sentence(&mut doc, &tokens, sentence_start_tok..tokens.len());
        }
        let paragraph = doc.paragraphs.len();
        for s in &mut doc.sentences[first_sentence..] {
            s.paragraph = paragraph;
        }
        doc.paragraphs.push(Paragraph {
            span: block.span,
            kind: block.kind,
            sentences: first_sentence..doc.sentences.len(),
        });
    }
    doc.text = prose.text;
    // The report keeps these for the draft's life (the server holds one or two per open
    // document): no spare capacity from growing them.
    doc.tokens.shrink_to_fit();
    doc.sentences.shrink_to_fit();
    doc.lower_tokens();
    doc
}

fn push_sentence(doc: &mut Document, tokens: &[Token], range: Range<usize>) {
    let start = doc.tokens.len();
    let span = Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    );
    doc.tokens.extend_from_slice(&tokens[range]);
    doc.sentences.push(Sentence {
        span,
        paragraph: 0,
        tokens: start..doc.tokens.len(),
    });
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True for characters that join two word parts: apostrophes, hyphens, and a full stop
/// between letters ("U.S").
fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.')
}

/// Word, number and punctuation tokens of one block.
pub fn tokenize(text: &str, block: Span) -> Vec<Token> {
    let slice = block.slice(text);
    let base = block.start;
    let mut tokens = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let next_is_digit = slice[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_is_digit) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: Span::new(base + i, base + end),
                kind: TokenKind::Number,
            });
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if joins_word(d) {
                    let after = slice[j + d.len_utf8()..].chars().next();
                    // "U.S." keeps its last stop when it is an initialism.
                    let initialism_end = d == '.' && is_initialism(&slice[i..j]);
                    if after.is_some_and(is_word_char)
                        && !(d == '.'
                            && after.is_some_and(|a| a.is_lowercase())
                            && !is_initialism(&slice[i..j]))
                    {
                        end = j + d.len_utf8();
                        chars.next();
                    } else if initialism_end {
                        end = j + d.len_utf8();
                        chars.next();
                        break;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: Span::new(base + i, base + end),
                kind: TokenKind::Word,
            });
        } else {
            tokens.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind: TokenKind::Punct,
            });
        }
    }
    tokens
}

/// "U.S", "U.K", "e.g" — single letters joined by full stops.
fn is_initialism(word: &str) -> bool {
    let parts: Vec<_> = word.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Does the sentence end after token `i`?
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let tok = tokens[i];
    let s = tok.span.slice(text);
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let ends_with_stop = s == "."
        || s == "!"
        || s == "?"
        || s == "…"
        || (tok.kind == TokenKind::Word && s.ends_with('.'));
    if ends_with_stop {
        // Closing quotes and brackets after the stop belong to this sentence.
        let next_s = next.span.slice(text);
        if next.kind == TokenKind::Punct
            && next_s.chars().next().is_some_and(is_closing)
            && next.span.start == tok.span.end
        {
            return false;
        }
        return starts_new_sentence(text, tokens, i, i + 1);
    }
    // A closing mark right after a stop: `...law.”` / `?"`.
    if tok.kind == TokenKind::Punct && s.chars().next().is_some_and(is_closing) && i > 0 {
        let mut j = i;
        while j > 0
            && tokens[j].kind == TokenKind::Punct
            && tokens[j]
                .span
                .slice(text)
                .chars()
                .next()
                .is_some_and(is_closing)
            && tokens[j - 1].span.end == tokens[j].span.start
        {
            j -= 1;
        }
        let stop = tokens[j].span.slice(text);
        if j < i && matches!(stop, "." | "!" | "?" | "…") {
            return starts_new_sentence(text, tokens, j, i + 1);
        }
    }
    false
}

/// Whether the token at `next` opens a new sentence after the stop at `stop`.
fn starts_new_sentence(text: &str, tokens: &[Token], stop: usize, next: usize) -> bool {
    let stop_tok = tokens[stop];
    let stop_s = stop_tok.span.slice(text);
    let Some(next_tok) = tokens.get(next) else {
        return false;
    };
    // There must be white space between the stop (or its closing marks) and the next token.
    if tokens[next - 1].span.end == next_tok.span.start {
        return false;
    }
    let next_s = next_tok.span.slice(text);
    let first = next_s.chars().next().unwrap_or(' ');
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[');
    if !opens {
        return false;
    }
    // Abbreviations and initials: "Mr. Kim", "J. K. Rowling", "U.S. officials".
    let word = if stop_s == "." && stop > 0 && tokens[stop - 1].span.end == stop_tok.span.start {
        tokens[stop - 1].span.slice(text)
    } else {
        stop_s.trim_end_matches('.')
    };
    if stop_s == "." || stop_tok.kind == TokenKind::Word {
        let bare = word.trim_end_matches('.');
        if ABBREVIATIONS.contains(&bare) {
            return false;
        }
        if bare.chars().count() == 1 && bare.chars().all(|c| c.is_uppercase()) {
            return false;
        }
        // "U.S. officials" and "C.J. Lawrence" continue; "in the U.S. The" ends: after an
        // initialism, only a word that typically opens a sentence starts a new one.
        if is_initialism(bare) && !SENTENCE_OPENERS.contains(&next_s) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = segment(text, Format::PlainText);
        doc.sentences
            .iter()
            .map(|s| s.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Kim met Dr. Lee on Jan. 5 in the U.S. capital. Growth was 3.5 per cent. J. K. Rowling agreed."),
            [
                "Mr. Kim met Dr. Lee on Jan. 5 in the U.S. capital.",
                "Growth was 3.5 per cent.",
                "J. K. Rowling agreed."
            ]
        );
    }

    #[test]
    fn full_stop_inside_closing_quote() {
        assert_eq!(
            sentences(
                "He said it was “within the law.” Then he left. “We won,” he said. She agreed."
            ),
            [
                "He said it was “within the law.”",
                "Then he left.",
                "“We won,” he said.",
                "She agreed."
            ]
        );
    }

    #[test]
    fn question_inside_quote_followed_by_lowercase_continues() {
        assert_eq!(
            sentences("\"Why now?\" he asked. Nobody knew."),
            ["\"Why now?\" he asked.", "Nobody knew."]
        );
    }

    #[test]
    fn initials_before_a_name_continue_but_a_sentence_opener_ends() {
        assert_eq!(
            sentences("Analyst Ann Poe of C.J. Lawrence said so. He moved to the U.S. The move paid. U.S. Army units left."),
            [
                "Analyst Ann Poe of C.J. Lawrence said so.",
                "He moved to the U.S.",
                "The move paid.",
                "U.S. Army units left."
            ]
        );
    }

    #[test]
    fn quotes_apostrophes_and_nested_marks_stay_in_one_sentence() {
        assert_eq!(
            sentences(
                "She said: \"'We are hoping to win.\" Then she left. \"Why?\" asked Opec's chief."
            ),
            [
                "She said: \"'We are hoping to win.\"",
                "Then she left.",
                "\"Why?\" asked Opec's chief."
            ]
        );
    }

    #[test]
    fn ellipsis_before_lowercase_continues() {
        assert_eq!(
            sentences("It was... fine. Next."),
            ["It was... fine.", "Next."]
        );
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        let doc = segment("First para with no stop\n\nSecond para.", Format::PlainText);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[1].paragraph, 1);
        assert_eq!(doc.paragraphs[1].sentences, 1..2);
    }

    #[test]
    fn tokens_keep_names_possessives_and_numbers_whole() {
        let text = "Kim Hong-kyun said Korea’s 1,500 troops and the U.S. agreed.";
        let doc = segment(text, Format::PlainText);
        let words: Vec<_> = doc.tokens.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "Kim",
                "Hong-kyun",
                "said",
                "Korea’s",
                "1,500",
                "troops",
                "and",
                "the",
                "U.S.",
                "agreed",
                "."
            ]
        );
    }
}
