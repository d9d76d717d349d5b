//! Why one sentence, read alone, is a claim: the first figure worth a source, else a
//! ranking, a causal or predictive phrase, a stated intention or an allegation, with
//! the words that make it one (what the finding underlines).

use super::super::words::W;
use super::{causes, figure, ranks, results};
use crate::analysis::figures::Figure;
use crate::analysis::lexicon::claims as claim_words;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

/// Superlatives that rank ("the largest", "the world's most profitable").
const SUPERLATIVES: &[&str] = &[
    "largest",
    "biggest",
    "highest",
    "lowest",
    "longest",
    "fastest",
    "slowest",
    "worst",
    "best",
    "smallest",
    "greatest",
    "strongest",
    "weakest",
    "oldest",
    "richest",
    "poorest",
    "deadliest",
    "busiest",
    "cheapest",
    "costliest",
    "most",
    "least",
    "fewest",
    "widest",
    "steepest",
    "sharpest",
];

/// Causal and predictive phrases.
const CAUSAL: &[&str] = &[
    "led to",
    "lead to",
    "leads to",
    "leading to",
    "caused",
    "causes",
    "resulted in",
    "result in",
    "results in",
    "due to",
    "because of",
    "as a result of",
    "triggered",
    "sparked",
    "contributed to",
    "responsible for",
    "hit by",
    "driven by",
    "resulting in",
];

const PREDICTIVE_AUX: &[&str] = &["will", "would", "could", "may", "might"];
const PREDICTIVE_VERBS: &[&str] = &[
    "cost", "face", "double", "triple", "halve", "rise", "fall", "increase", "decrease", "lose",
    "save", "create", "destroy", "collapse", "shrink", "grow",
];

/// Words that allege wrongdoing as fact.
const ALLEGATION: &[&str] = &[
    "illegally",
    "fraudulently",
    "embezzled",
    "bribed",
    "stole",
    "stolen",
    "smuggled",
    "laundered",
    "rigged",
    "colluded",
    "lied",
];

/// Base verbs that follow a schedule's "due to" ("is due to travel", "are due to come
/// into force"), where "due to" means "expected to", not "because of".
const SCHEDULE_VERBS: &[&str] = &[
    "be", "come", "start", "begin", "open", "close", "end", "take", "travel", "meet", "arrive",
    "leave", "visit", "return", "appear", "face", "give", "make", "hold", "launch", "finish",
    "expire", "retire", "speak", "attend", "sign", "publish", "announce", "resume", "run", "go",
    "stand", "testify", "vote", "conclude", "deliver", "complete", "host", "join", "address",
    "fly", "play", "report", "reopen", "step", "hear", "rule", "decide", "release", "enter", "put",
];

/// The last word of `phrase` (words split by spaces) when its words, none quoted, start at
/// word `i`. Read without allocating: it runs for every word and every causal phrase.
fn phrase_at(ws: &[W], i: usize, phrase: &str) -> Option<usize> {
    let mut last = None;
    for (k, part) in phrase.split(' ').enumerate() {
        let w = ws.get(i + k)?;
        if w.quoted || w.lower != part {
            return None;
        }
        last = Some(i + k);
    }
    last
}

/// "The rules are due to come into force": a schedule, not a cause.
fn scheduled(ws: &[W], i: usize) -> bool {
    let after = ws.get(i + 2);
    let be_before = i > 0 && super::super::words::BE.contains(&ws[i - 1].lower);
    be_before && after.is_some_and(|a| SCHEDULE_VERBS.contains(&a.lower))
}

/// Words before "causes" that make it the plural noun ("any potential causes for his
/// symptoms", "the root causes of the strike"), not the verb.
const NOUN_BEFORE_CAUSES: &[&str] = &[
    "the",
    "any",
    "its",
    "their",
    "his",
    "her",
    "possible",
    "potential",
    "main",
    "root",
    "likely",
    "other",
    "many",
    "several",
    "common",
    "underlying",
];

/// "potential causes for his symptoms", "the causes of the fire": the noun "causes"
/// names what is being looked for, it claims no cause.
fn names_causes(ws: &[W], i: usize) -> bool {
    let noun_before = i
        .checked_sub(1)
        .is_some_and(|k| NOUN_BEFORE_CAUSES.contains(&ws[k].lower));
    let of_after = ws.get(i + 1).is_some_and(|n| n.is("of") || n.is("for"));
    noun_before || of_after
}

/// Why the sentence is a claim, and whether it is an allegation.
pub(super) fn reason(ws: &[W], doc: &Document, figs: &[Figure]) -> Option<Decision> {
    for (i, w) in ws.iter().enumerate() {
        if w.quoted {
            continue;
        }
        if let Some(fig) = figure::figure(ws, i, doc, figs) {
            let focus = written_at(ws, i, &fig, doc);
            return Some(Decision::new(format!("states a figure: {fig}"), focus));
        }
    }
    for (i, w) in ws.iter().enumerate() {
        if w.quoted {
            continue;
        }
        if let Some(end) = ordinal_record(ws, i) {
            return Some(Decision::of_words(ws, i - 1, end, doc, "makes a ranking"));
        }
        if let Some(end) = ranks::ranking(ws, i) {
            return Some(Decision::of_words(ws, i, end, doc, "makes a ranking"));
        }
        if let Some(by) = causes::harmed_by(ws, i) {
            return Some(Decision::of_words(ws, i, by, doc, "makes a causal claim"));
        }
        if !w.is_word() {
            continue;
        }
        let l = w.lower;
        if SUPERLATIVES.contains(&l) && ranked(ws, i) && !results::not_a_ranking(ws, i) {
            let end = if l == "most" || l == "least" {
                (i + 1).min(ws.len() - 1)
            } else {
                i
            };
            let start = (i.saturating_sub(3)..i)
                .find(|&k| {
                    ws[k].is("the")
                        || ws[k].lower.ends_with("'s")
                        || ws[k].lower.ends_with("’s")
                        || ws[k].is("one")
                })
                .unwrap_or(i);
            return Some(Decision::of_words(ws, start, end, doc, "makes a ranking"));
        }
        for phrase in CAUSAL {
            let Some(last) = phrase_at(ws, i, phrase) else {
                continue;
            };
            if *phrase == "due to" && scheduled(ws, i) {
                continue;
            }
            if *phrase == "causes" && names_causes(ws, i) {
                continue;
            }
            let focus = Span::new(ws[i].span.start, ws[last].span.end);
            return Some(Decision::new(
                format!("makes a causal claim: {phrase}"),
                focus,
            ));
        }
        if PREDICTIVE_AUX.contains(&l)
            && ws
                .get(i + 1)
                .is_some_and(|n| !n.quoted && PREDICTIVE_VERBS.contains(&n.lower))
        {
            return Some(Decision::of_words(ws, i, i + 1, doc, "makes a prediction"));
        }
        if let Some(end) = stated_intention(ws, i) {
            return Some(Decision::of_words(ws, i, end, doc, "reports an intention"));
        }
        if ALLEGATION.contains(&l) && !stole_a_place(ws, i) {
            return Some(Decision {
                reason: format!("makes an allegation: {}", w.text),
                focus: w.span,
                allegation: true,
            });
        }
    }
    None
}

/// "stole top spot from her rival", "stole the show", "stole the ball": what was taken
/// is a place, a moment or a play, not goods, and nobody is accused of a theft.
fn stole_a_place(ws: &[W], i: usize) -> bool {
    let mut k = i + 1;
    if ws.get(k).is_some_and(|n| n.is("the") || n.is("a")) {
        k += 1;
    }
    ws[i].is("stole")
        && ws
            .get(k)
            .is_some_and(|n| claim_words::STOLEN_PLACES.contains(&n.lower))
}

/// How far "since" or "ever" may follow the ordinal it makes a record of ("her 11th
/// world record - indoors or out - since 2003").
const RECORD_REACH: usize = 10;

/// Ordinals in words that count a record with "since" or "ever" after them.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// "the first time since 1990", "her 11th world record since July 2003", "the third
/// ever": an ordinal after "the" or a possessive, with "since" or "ever" shortly after,
/// counts a record. The index of the ordinal's last token. "The first train leaves at
/// six" has no "since" and states a timetable.
fn ordinal_record(ws: &[W], i: usize) -> Option<usize> {
    let w = &ws[i];
    let before = i.checked_sub(1).map(|k| &ws[k])?;
    let owner = before.is("the") || before.lower.ends_with("'s") || before.lower.ends_with("’s");
    let end = if w.is_word() && ORDINALS.contains(&w.lower) {
        i
    } else {
        ws.get(i + 1).filter(|n| {
            w.kind == TokenKind::Number
                && n.span.start == w.span.end
                && matches!(n.lower, "st" | "nd" | "rd" | "th")
        })?;
        i + 1
    };
    let counts_a_record = ws[end + 1..(end + RECORD_REACH).min(ws.len())]
        .iter()
        .any(|n| !n.quoted && (n.is("since") || n.is("ever")));
    (owner && !w.quoted && counts_a_record).then_some(end)
}

/// "has expressed a willingness to move", "voiced a desire to stay": someone's wish
/// told as fact, with no word of where they said it. The index of the intention noun.
fn stated_intention(ws: &[W], i: usize) -> Option<usize> {
    if !claim_words::VOICED.contains(&ws[i].lower) {
        return None;
    }
    let end = (i + 1..(i + 4).min(ws.len()))
        .find(|&k| !ws[k].quoted && claim_words::INTENTIONS.contains(&ws[k].lower))?;
    ws.get(end + 1).is_some_and(|n| n.is("to")).then_some(end)
}

/// "the largest", "the world's most profitable", "one of the lowest".
fn ranked(ws: &[W], i: usize) -> bool {
    let l = ws[i].lower;
    if (l == "most" || l == "least") && !ws.get(i + 1).is_some_and(|n| n.is_word() && !n.is("of")) {
        return false;
    }
    (i.saturating_sub(2)..i)
        .any(|k| ws[k].is("the") || ws[k].lower.ends_with("'s") || ws[k].lower.ends_with("’s"))
}

/// What one sentence, read alone, claims: why, the words that make it a claim (what an
/// editor's eye should land on), and whether it alleges wrongdoing.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub reason: String,
    pub focus: Span,
    pub allegation: bool,
}

impl Decision {
    fn new(reason: String, focus: Span) -> Self {
        Decision {
            reason,
            focus,
            allegation: false,
        }
    }

    /// A claim of `kind` made by words `a..=b`, quoted in the reason.
    fn of_words(ws: &[W], a: usize, b: usize, doc: &Document, kind: &str) -> Self {
        let focus = Span::new(ws[a].span.start, ws[b].span.end);
        Decision::new(format!("{kind}: {}", doc.slice(focus)), focus)
    }
}

/// Where the figure read at word `i` is written: it starts at `i` or, after a currency
/// sign, one word before, and reads as `fig`.
fn written_at(ws: &[W], i: usize, fig: &str, doc: &Document) -> Span {
    let starts_here = |k: usize| {
        doc.text
            .get(ws[k].span.start..)
            .is_some_and(|t| t.starts_with(fig))
    };
    let start = match i.checked_sub(1) {
        Some(k) if !starts_here(i) && starts_here(k) => ws[k].span.start,
        _ => ws[i].span.start,
    };
    Span::new(start, start + fig.len())
}

pub(super) fn words_text(ws: &[W], a: usize, b: usize, doc: &Document) -> String {
    doc.slice(Span::new(ws[a].span.start, ws[b].span.end))
        .to_string()
}
