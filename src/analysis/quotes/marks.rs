//! Quotation marks and pairing: which marks open and close a quotation, apostrophes
//! that are not marks, and quotations that run on past their paragraph.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    pos: usize,
    len: usize,
    role: Role,
}

/// A quotation before speakers are known.
#[derive(Debug, Clone)]
pub(super) struct RawQuote {
    pub(super) span: Span,
    pub(super) inner: Span,
    pub(super) paragraph: usize,
    /// Opens a paragraph that continues the previous paragraph's unclosed quotation.
    pub(super) continues: bool,
}

pub(super) fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

pub(super) fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

pub(super) fn is_quote_char(c: char) -> bool {
    is_double_mark(c) || is_single_mark(c)
}

/// Space (or the paragraph edge) or opening punctuation on the left of a mark.
pub(super) fn open_side(c: Option<char>) -> bool {
    c.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p) || is_quote_char(p))
}

/// Space (or the paragraph edge) or closing punctuation on the right of a mark.
pub(super) fn close_side(c: Option<char>) -> bool {
    c.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–-…".contains(n) || is_quote_char(n))
}

pub(super) fn role_from_flanks(prev: Option<char>, next: Option<char>) -> Role {
    match (open_side(prev), close_side(next)) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Double quotation marks of one paragraph, in order.
pub(super) fn double_marks(text: &str, para: Span) -> Vec<Mark> {
    let slice = para.slice(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut marks = Vec::new();
    let mut skip_next = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        if doubled_single(&chars, k) {
            // `’’` / `''` / `‘‘`: two apostrophes typed as one double mark (the New York
            // Times archive, and copy pasted from it).
            skip_next = true;
            let next = chars.get(k + 2).map(|n| n.1);
            let flanks = role_from_flanks(prev, next);
            let role = match c {
                '‘' if flanks != Role::Close => Role::Open,
                '’' if flanks != Role::Open => Role::Close,
                _ => flanks,
            };
            marks.push(Mark {
                pos: para.start + i,
                len: 2 * c.len_utf8(),
                role,
            });
            continue;
        }
        if !is_double_mark(c) || inch_mark(&chars, k) {
            continue;
        }
        let next = chars.get(k + 1).map(|n| n.1);
        // A curly mark typed the wrong way round (`unusual,“ said`) goes by its flanks
        // when they say plainly which side the words are on.
        let flanks = role_from_flanks(prev, next);
        let role = match c {
            '“' | '„' | '«' if flanks == Role::Close => Role::Close,
            '”' | '»' if flanks == Role::Open => Role::Open,
            '“' | '„' | '«' => Role::Open,
            '”' | '»' => Role::Close,
            _ => flanks,
        };
        marks.push(Mark {
            pos: para.start + i,
            len: c.len_utf8(),
            role,
        });
    }
    marks
}

/// Is the straight mark at `k` the inches of a height in feet and inches (`6'2"`,
/// `5′11"`)? Then it is a prime, not a closing quotation mark: `"The 6'2" lock was
/// superb," she said.` A mark after a bare number (`by 2030," he said`) still closes.
pub(super) fn inch_mark(chars: &[(usize, char)], k: usize) -> bool {
    if chars[k].1 != '"' {
        return false;
    }
    let before: Vec<char> = chars[..k].iter().rev().take(4).map(|c| c.1).collect();
    let inches = before.iter().take_while(|c| c.is_ascii_digit()).count();
    let feet_at = inches + 1;
    (1..=2).contains(&inches)
        && before.get(inches).is_some_and(|&c| c == '\'' || c == '′')
        && before.get(feet_at).is_some_and(char::is_ascii_digit)
}

/// Is the char at `k` the first of two identical single marks (`’’`, `''`, `‘‘`)?
pub(super) fn doubled_single(chars: &[(usize, char)], k: usize) -> bool {
    let c = chars[k].1;
    is_single_mark(c) && chars.get(k + 1).is_some_and(|n| n.1 == c)
}

/// Words that start with an apostrophe and are not quotations: 'n', 'em, 'til, 'tis.
pub(super) fn is_elision(after: &str) -> bool {
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "n" | "em" | "til" | "tis" | "twas" | "cause" | "bout" | "round" | "s" | "d" | "ll"
    )
}

/// Single quotation marks of one paragraph; apostrophes are left out.
pub(super) fn single_marks(text: &str, para: Span) -> Vec<Mark> {
    let slice = para.slice(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut marks = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_single_mark(c) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        // Half of a doubled mark, which counts as a double quotation mark.
        if doubled_single(&chars, k) || (k > 0 && doubled_single(&chars, k - 1)) {
            continue;
        }
        // Korea’s, don't, rock'n'roll.
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // '90s, ’em, 'n'.
        if next.is_some_and(|n| n.is_ascii_digit()) || is_elision(&slice[i + c.len_utf8()..]) {
            continue;
        }
        let role = match (open_side(prev), close_side(next)) {
            (true, false) if c != '’' => Role::Open,
            (false, true) if c != '‘' => Role::Close,
            _ => continue,
        };
        marks.push(Mark {
            pos: para.start + i,
            len: c.len_utf8(),
            role,
        });
    }
    marks
}

/// Does the paragraph open with a quotation mark of the same family?
pub(super) fn opens_with_mark(text: &str, para: Span, single: bool) -> Option<usize> {
    let slice = para.slice(text);
    let mut chars = slice.chars();
    let c = chars.next()?;
    let doubled = chars.next() == Some(c) && matches!(c, '\'' | '‘');
    let ok = if single {
        matches!(c, '\'' | '‘') && !doubled
    } else {
        matches!(c, '"' | '“' | '„' | '«') || doubled
    };
    ok.then_some(para.start)
}

pub(super) fn pair_quotes(doc: &Document) -> Vec<RawQuote> {
    let text = doc.text.as_str();
    let any_double = doc
        .paragraphs
        .iter()
        .any(|p| p.kind != BlockKind::Heading && p.span.slice(text).chars().any(is_double_mark));
    let mut quotes: Vec<RawQuote> = Vec::new();
    for single in [false, true] {
        // Position of the opening mark that continues the previous paragraph's quote.
        let mut continuation: Option<usize> = None;
        for (pi, para) in doc.paragraphs.iter().enumerate() {
            if single && para.kind != BlockKind::Heading && any_double {
                continuation = None;
                continue;
            }
            let mut marks = if single {
                single_marks(text, para.span)
            } else {
                double_marks(text, para.span)
            };
            if single {
                // Apostrophes and quotes inside a double-quoted passage are not quotes.
                marks.retain(|m| !quotes.iter().any(|q| q.span.contains(m.pos)));
            }
            let mut open: Option<Mark> = None;
            let mut found: Vec<(Mark, Option<Mark>, usize)> = Vec::new();
            for m in marks {
                match (m.role, open) {
                    (Role::Open, Some(o)) => {
                        found.push((o, None, m.pos));
                        open = Some(m);
                    }
                    (Role::Open, None) | (Role::Either, None) => open = Some(m),
                    (Role::Close, Some(o)) | (Role::Either, Some(o)) => {
                        found.push((o, Some(m), m.pos));
                        open = None;
                    }
                    (Role::Close, None) => {}
                }
            }
            let mut next_continuation = None;
            if let Some(o) = open {
                let next_opens = doc
                    .paragraphs
                    .get(pi + 1)
                    .and_then(|next| opens_with_mark(text, next.span, single));
                if let Some(at) = next_opens {
                    // Runs on into the next paragraph: ends with this one.
                    quotes.push(RawQuote {
                        span: Span::new(o.pos, para.span.end),
                        inner: Span::new(o.pos + o.len, para.span.end),
                        paragraph: pi,
                        continues: continuation == Some(o.pos),
                    });
                    next_continuation = Some(at);
                } else {
                    found.push((o, None, para.span.end));
                }
            }
            for (o, close, limit) in found {
                let (span, inner) = match close {
                    Some(c) => (
                        Span::new(o.pos, c.pos + c.len),
                        Span::new(o.pos + o.len, c.pos),
                    ),
                    None => {
                        let end = unclosed_end(doc, pi, o.pos, limit);
                        (Span::new(o.pos, end), Span::new(o.pos + o.len, end))
                    }
                };
                let words = inner.slice(text);
                let letters = words.chars().filter(|c| c.is_alphanumeric()).count();
                if letters == 0 || (single && letters < 2) {
                    continue;
                }
                quotes.push(RawQuote {
                    span,
                    inner,
                    paragraph: pi,
                    continues: continuation == Some(o.pos),
                });
            }
            continuation = next_continuation;
        }
    }
    quotes.sort_by_key(|q| q.span.start);
    quotes.dedup_by(|b, a| a.span.overlaps(b.span));
    quotes
}

/// Where a quotation that is never closed ends: at the end of its sentence, running on
/// through following sentences until one carries a reporting verb (that sentence is the
/// writer's again) or the limit (the next opening mark or the paragraph end) is reached.
pub(super) fn unclosed_end(doc: &Document, paragraph: usize, open: usize, limit: usize) -> usize {
    let text = doc.text.as_str();
    let para = &doc.paragraphs[paragraph];
    let mut end = limit;
    if let Some(first) = doc.sentence_at(open) {
        end = doc.sentences[first].span.end.min(limit);
        // Only a quotation that opens its sentence can have its clause after it: one led
        // in by `X said: "...` has had its clause already.
        let sentence_start = doc.sentences[first].span.start.min(open);
        let opens_sentence = !text[sentence_start..open]
            .chars()
            .any(char::is_alphanumeric);
        if let Some(cut) = clause_after_comma(text, open, end).filter(|_| opens_sentence) {
            return cut;
        }
        for s in first + 1..para.sentences.end {
            let sentence = &doc.sentences[s];
            if sentence.span.start >= limit {
                break;
            }
            let reports = doc
                .sentence_tokens(s)
                .iter()
                .any(|t| t.kind == TokenKind::Word && reporting_verb(t.span.slice(text)).is_some());
            if reports {
                break;
            }
            end = sentence.span.end.min(limit);
        }
    }
    let trimmed = text[open..end.max(open)].trim_end().len();
    open + trimmed
}

/// Words a reporting clause may put before its verb: `, Ana Ruiz, head of the panel, said`.
const CLAUSE_LEAD_WORDS: usize = 6;

/// Words a reporting clause may put after its verb: `said in its report on Monday.`
const CLAUSE_TAIL_WORDS: usize = 6;

/// Where an unclosed quotation that opens its sentence hands over to a reporting clause: the
/// closing mark was dropped or typed as a single one (`"We will wait and 'see', the
/// board said.`), and the sentence ends `, <who> said ...`. The quotation ends at that
/// comma (returned as the position after it); the clause is the writer's. Only a short
/// clause that runs to the end of the sentence counts, so a comma inside the quoted
/// words (`"When we came, they told us to leave the hall by the north door at once and
/// never come back.`) does not cut it.
fn clause_after_comma(text: &str, open: usize, end: usize) -> Option<usize> {
    let body = text.get(open..end)?;
    body.match_indices(',').find_map(|(i, _)| {
        let rest = &body[i + 1..];
        if rest.contains(is_double_mark) {
            return None;
        }
        let words: Vec<&str> = rest.split_whitespace().collect();
        let bare = |w: &&str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let first = bare(words.first()?);
        // `, and they said nothing` / `, I said to myself`: the speaker's own words go on.
        if CLAUSE_NOT_OPENERS.contains(&first.as_str()) {
            return None;
        }
        let verb = words
            .iter()
            .position(|w| reporting_verb(&bare(w)).is_some())?;
        let short = verb <= CLAUSE_LEAD_WORDS && words.len() - verb - 1 <= CLAUSE_TAIL_WORDS;
        (words.len() >= 2 && short).then_some(open + i + 1)
    })
}
