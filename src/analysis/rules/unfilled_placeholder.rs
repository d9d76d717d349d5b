//! `unfilled-placeholder` (error): a placeholder left in copy for the writer to fill:
//! `[SOURCE]`, `[SPEAKER]`, `[insert quote]`, `TK`, `XX`.
//!
//! **Why an editor cares.** A placeholder that reaches print is a correction and an
//! embarrassment, and sayswho's own quick-fixes insert them ("Add attribution…" writes
//! `, according to [SOURCE]`): without this rule the fix would silence the finding it was
//! meant to resolve. It is an error so `sayswho check` fails until the slot is filled.
//!
//! **What counts.** A square-bracketed slot name (`[SOURCE]`, `[name]`, `[TK]`) or
//! instruction (`[insert figure]`, `[need source]`); and the bare marks `TK`/`TKTK` and
//! `XX`/`XXX` as whole tokens. A bare mark is left alone where it is something else:
//! part of a word ("XXL", "TKO"), a roman numeral after a name ("Super Bowl XX", "XX
//! Corps"), a name or code before a capitalised word or number ("TK Maxx", "flight TK
//! 1951"), genetics ("XX chromosomes"), or an all-capitals headline. Bracketed
//! clarifications inside quotations ("[the minister]", "[sic]") are not slots.
//!
//! Fires: "Turnout rose to 61%, according to [SOURCE]." / "The council will spend $XX
//! million on the bridge, the mayor, TK, said."
//! Does not fire: "Shoppers queued outside TK Maxx." / "It was his first Super Bowl XX
//! appearance." / "“They [the council] knew,” she said."

use std::cell::OnceCell;

use super::{RuleCode, RuleInput};
use crate::analysis::lexicon::calendar::MONTHS;
use crate::analysis::lexicon::placeholders::{
    BARE_TK, BARE_XX, BRACKETED_PROMPTS, BRACKETED_SLOTS, XX_GENETICS,
};
use crate::analysis::report::Finding;
use crate::analysis::segment::{Document, Token, TokenKind};
use crate::analysis::span::Span;

/// Longest bracketed text read as a slot; longer brackets are editorial asides.
const MAX_SLOT_CHARS: usize = 60;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let doc = &input.report.document;
    let mut out = Vec::new();
    for s in 0..doc.sentences.len() {
        for span in sentence_placeholders(doc, s) {
            out.push(finding(span, span.slice(input.text)));
        }
    }
    out
}

fn finding(span: Span, written: &str) -> Finding {
    Finding {
        code: RuleCode::UnfilledPlaceholder,
        severity: RuleCode::UnfilledPlaceholder.default_severity(),
        message: format!(
            "“{written}” is a placeholder still in the copy. Fill it in, or take it out, before this is published."
        ),
        span,
        focus: None,
        related: Vec::new(),
        fixes: Vec::new(),
    }
}

/// The placeholders of one sentence, in order.
fn sentence_placeholders(doc: &Document, sentence: usize) -> Vec<Span> {
    let toks = doc.sentence_tokens(sentence);
    // Both read the whole sentence, so they are worked out only for a sentence with a
    // bare placeholder word in it (most have none).
    let (shouting_once, genetics_once) = (OnceCell::new(), OnceCell::new());
    let shouting = || *shouting_once.get_or_init(|| is_shouting(doc, toks));
    let genetics = || {
        *genetics_once
            .get_or_init(|| (0..toks.len()).any(|i| XX_GENETICS.contains(&lower(doc, sentence, i))))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let text = doc.slice(toks[i].span);
        if text == "[" {
            if let Some(close) = bracketed_slot(doc, toks, i) {
                out.push(Span::new(toks[i].span.start, toks[close].span.end));
                i = close + 1;
                continue;
            }
        } else if toks[i].kind == TokenKind::Word
            && (BARE_TK.contains(&text) || is_x_figure(text))
            && !shouting()
        {
            let end = if BARE_TK.contains(&text) && is_bare_tk(doc, toks, i) {
                Some(run_end(doc, toks, i, BARE_TK))
            } else if is_x_figure(text) && !genetics() && is_bare_xx(doc, toks, i) {
                Some(run_end(doc, toks, i, BARE_XX))
            } else {
                None
            };
            if let Some(end) = end {
                out.push(Span::new(toks[i].span.start, toks[end].span.end));
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn lower(doc: &Document, sentence: usize, i: usize) -> &str {
    doc.lower(doc.sentences[sentence].tokens.start + i)
}

/// The closing bracket's index when `toks[open]` opens a slot: a slot name alone
/// ("[SOURCE]") or an instruction of two or more words ("[insert quote]").
fn bracketed_slot(doc: &Document, toks: &[Token], open: usize) -> Option<usize> {
    let close = (open + 1..toks.len()).find(|&j| matches!(doc.slice(toks[j].span), "[" | "]"))?;
    if doc.slice(toks[close].span) != "]" || close == open + 1 {
        return None;
    }
    let inner = &doc.text[toks[open].span.end..toks[close].span.start];
    if inner.chars().count() > MAX_SLOT_CHARS {
        return None;
    }
    let inner = inner.trim().trim_end_matches([':', '.']).to_lowercase();
    let words: Vec<&str> = inner.split_whitespace().collect();
    let folded = words.join(" ");
    let is_slot = BRACKETED_SLOTS.contains(&folded.as_str())
        || (words.len() >= 2 && BRACKETED_PROMPTS.contains(&words[0].trim_end_matches([':', ','])));
    is_slot.then_some(close)
}

/// "TK" as a placeholder, not a name or code: not before a capitalised word
/// ("TK Maxx", "TK Elevator") or a number ("flight TK 1951").
fn is_bare_tk(doc: &Document, toks: &[Token], i: usize) -> bool {
    match toks.get(i + 1) {
        Some(next) if next.kind == TokenKind::Number => false,
        Some(next) if next.kind == TokenKind::Word => {
            let word = doc.slice(next.span);
            BARE_TK.contains(&word) || !starts_upper(word)
        }
        _ => true,
    }
}

/// "XX" as a missing figure, not a roman numeral: not after a capitalised word inside
/// the sentence ("Super Bowl XX", "Pope Pius XX"), and not before a capitalised word
/// other than a month ("XX Corps"; but "on XX March" is a missing date).
fn is_bare_xx(doc: &Document, toks: &[Token], i: usize) -> bool {
    let after_name = i > 0
        && toks[i - 1].kind == TokenKind::Word
        && starts_upper(doc.slice(toks[i - 1].span))
        && i - 1 > 0;
    let before_name = toks.get(i + 1).is_some_and(|next| {
        let word = doc.slice(next.span);
        next.kind == TokenKind::Word
            && starts_upper(word)
            && !BARE_XX.contains(&word)
            && !MONTHS.contains(&word.to_lowercase().as_str())
    });
    !after_name && !before_name
}

/// The last token of a run of placeholder marks written together: "TK TK",
/// "XX,XXX", "XX.X".
fn run_end(doc: &Document, toks: &[Token], i: usize, marks: &[&str]) -> usize {
    let mut end = i;
    loop {
        let Some(next) = toks.get(end + 1) else {
            return end;
        };
        let word = doc.slice(next.span);
        if next.kind == TokenKind::Word && (marks.contains(&word) || is_x_run(word)) {
            end += 1;
            continue;
        }
        let joined = matches!(word, "," | ".") && next.span.start == toks[end].span.end;
        match toks.get(end + 2) {
            Some(after) if joined && after.span.start == next.span.end => {
                if is_x_run(doc.slice(after.span)) {
                    end += 2;
                    continue;
                }
                return end;
            }
            _ => return end,
        }
    }
}

/// "XX", "XXX", "XX.X": letter X standing for the digits of a figure not yet known.
fn is_x_figure(word: &str) -> bool {
    BARE_XX.contains(&word)
        || (word.starts_with("XX")
            && word.len() <= 12
            && !word.ends_with(['.', ','])
            && word.chars().all(|c| matches!(c, 'X' | '.' | ',')))
}

/// "X", "XX", "XXX": the digits of a missing figure after "XX," or "XX.".
fn is_x_run(word: &str) -> bool {
    !word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b == b'X')
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// An all-capitals line ("TK MAXX TO CLOSE 20 STORES"): most of its words are capitals,
/// so a capitalised "TK" or "XX" there is just another word.
fn is_shouting(doc: &Document, toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| doc.slice(t.span))
        .filter(|w| !BARE_TK.contains(w) && !BARE_XX.contains(w))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| !w.chars().any(char::is_lowercase))
        .count();
    words.len() >= 2 && caps * 2 > words.len()
}

#[cfg(test)]
mod tests {
    use crate::analysis::context::Context;
    use crate::analysis::report::Severity;
    use crate::analysis::rules::RuleCode;
    use crate::analysis::{analyze, Format};

    fn flagged_in(text: &str, format: Format) -> Vec<String> {
        analyze(text, format, &Context::default())
            .findings
            .iter()
            .filter(|f| f.code == RuleCode::UnfilledPlaceholder)
            .map(|f| f.span.slice(text).to_string())
            .collect()
    }

    fn flagged(text: &str) -> Vec<String> {
        flagged_in(text, Format::PlainText)
    }

    #[test]
    fn the_fixes_own_placeholders_are_errors() {
        let text = "Turnout rose to 61%, according to [SOURCE].\n\n“We will rebuild the pier,” [SPEAKER] said.";
        let report = analyze(text, Format::PlainText, &Context::default());
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.code == RuleCode::UnfilledPlaceholder)
            .collect();
        assert_eq!(found.len(), 2, "{:?}", report.findings);
        assert!(found.iter().all(|f| f.severity == Severity::Error));
        assert_eq!(found[0].span.slice(text), "[SOURCE]");
        assert!(
            found[0].message.contains("[SOURCE]"),
            "{}",
            found[0].message
        );
        assert_eq!(found[1].span.slice(text), "[SPEAKER]");
    }

    #[test]
    fn bracketed_slots_and_instructions() {
        assert_eq!(flagged("The mayor, [name], opened it."), ["[name]"]);
        assert_eq!(
            flagged("He said the fund was empty [insert quote from treasurer]."),
            ["[insert quote from treasurer]"]
        );
        assert_eq!(flagged("Rents rose by [TK] last year."), ["[TK]"]);
        assert_eq!(
            flagged("The mayor opened it in [need date]."),
            ["[need date]"]
        );
    }

    #[test]
    fn bracketed_clarifications_are_not_slots() {
        assert!(flagged("“They [the council] knew about it,” she said.").is_empty());
        assert!(flagged("“The bridge are [sic] closed,” she said.").is_empty());
        assert!(flagged("The figures [CNN] obtained show a rise.").is_empty());
        assert!(flagged("“I will [add] nothing more,” she said.").is_empty());
    }

    #[test]
    fn bare_tk_is_a_placeholder() {
        assert_eq!(
            flagged("The mayor, TK, said the pier would reopen."),
            ["TK"]
        );
        assert_eq!(
            flagged("The pier will reopen in TK, officials said."),
            ["TK"]
        );
        assert_eq!(flagged("It cost TKTK to build."), ["TKTK"]);
        assert_eq!(
            flagged("The pier was built by TK TK in the 1890s."),
            ["TK TK"]
        );
    }

    #[test]
    fn tk_as_a_name_or_code_is_not() {
        assert!(flagged("Shoppers queued outside TK Maxx on Monday.").is_empty());
        assert!(flagged("TK Elevator cut 400 jobs in May.").is_empty());
        assert!(flagged("She boarded flight TK 1951 to Istanbul.").is_empty());
        assert!(flagged("He won by a TKO in the third round.").is_empty());
        assert!(flagged("The lab of Dr T.K. Rao found no link.").is_empty());
    }

    #[test]
    fn bare_xx_is_a_missing_figure() {
        assert_eq!(
            flagged("The council will spend $XX million on the bridge."),
            ["XX"]
        );
        assert_eq!(flagged("XX people were hurt in the crush."), ["XX"]);
        assert_eq!(flagged("The vote is on XX March."), ["XX"]);
        assert_eq!(flagged("Some XX,XXX homes lost power."), ["XX,XXX"]);
        assert_eq!(flagged("Inflation reached XX.X% in May."), ["XX.X"]);
    }

    #[test]
    fn xx_as_numeral_size_or_genetics_is_not() {
        assert!(flagged("It was his first Super Bowl XX appearance.").is_empty());
        assert!(flagged("The XX Corps crossed the river.").is_empty());
        assert!(flagged("The shirts come in XXL and XL only.").is_empty());
        assert!(flagged("The trial enrolled women with XX chromosomes only.").is_empty());
        assert!(flagged("Most people are XX or XY, the study said.").is_empty());
        assert!(flagged("Pope Pius XII wrote it in 1950.").is_empty());
    }

    #[test]
    fn all_capitals_headlines_are_left_alone() {
        assert!(flagged("TK MAXX TO CLOSE 20 STORES\n\nThe chain said so.").is_empty());
    }

    #[test]
    fn markdown_placeholders_count_but_code_does_not() {
        let md = "# Pier\n\nThe pier reopens, according to [SOURCE].\n\n```\nTK\n```\n";
        assert_eq!(flagged_in(md, Format::Markdown), ["[SOURCE]"]);
    }
}
