//! Claims: sentences that assert something checkable — a figure (not a date), a
//! ranking, a causal or predictive statement, or a specific allegation. Headlines,
//! questions, quoted words and the lead's statement of the story's own event are not
//! claims that need a source here. Every claim carries the words that made it one.

mod accounts;
mod causes;
mod continued;
mod figure;
mod market;
mod not_a_count;
mod provision;
mod ranks;
mod record;
mod results;

use super::index::ClauseIndex;
use super::words::{sentence_words, W};
use super::{is_headline, Attribution, Claim, CueKind};
use crate::analysis::figures::{self, Figure};
use crate::analysis::lexicon::claims as claim_words;
use crate::analysis::lexicon::reporting;
use crate::analysis::memo::Memo;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::{Span, SpanSet};

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

/// Finds the sentences that make checkable claims and links each to a covering clause.
pub fn claims(
    doc: &Document,
    attributions: &[Attribution],
    quoted: &SpanSet,
    memo: &mut Memo,
) -> Vec<Claim> {
    let clauses = ClauseIndex::new(doc.sentences.len(), attributions);
    let lead = (0..doc.sentences.len()).find(|&s| !is_headline(doc, s));
    let release = opening_release(doc, lead, quoted);
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if is_headline(doc, s) {
            continue;
        }
        let decided = memo.claim(s, || {
            let ws = sentence_words(doc, s, quoted);
            sentence_claim(&ws, doc, s)
        });
        let Some(Decision {
            reason,
            focus,
            allegation,
        }) = decided
        else {
            continue;
        };
        // The lead states the story's own event; its source follows it.
        if Some(s) == lead && !allegation {
            continue;
        }
        if hoped_outcome(doc, attributions, clauses.in_sentence(s), &reason) {
            continue;
        }
        if reason.starts_with("states a figure") && releases_it(doc, s, quoted, release) {
            continue;
        }
        let vouching = |k: usize| attributions.get(k).is_some_and(|a| vouches(doc, a));
        let attribution = clauses
            .covering(s)
            .iter()
            .copied()
            .find(|&k| vouching(k))
            .or_else(|| goes_on_from_before(doc, s, quoted, &clauses, vouching));
        out.push(Claim {
            sentence: s,
            span: sentence.span,
            focus,
            reason,
            attribution,
        });
    }
    out
}

/// What the headline and the lead report the release of (`accounts`): a company's
/// results or an official statistic. Read once per draft, from the sentences up to and
/// including the lead.
fn opening_release(doc: &Document, lead: Option<usize>, quoted: &SpanSet) -> accounts::Release {
    let mut release = accounts::Release::default();
    let Some(lead) = lead else {
        return release;
    };
    for s in 0..=lead {
        release.read(&sentence_words(doc, s, quoted));
    }
    release
}

/// Whether figure sentence `s` states a figure of the release the draft opens on.
fn releases_it(doc: &Document, s: usize, quoted: &SpanSet, release: accounts::Release) -> bool {
    (release.results || release.statistics) && release.holds(&sentence_words(doc, s, quoted))
}

/// The clause of the sentence before, in the same paragraph, whose forecast sentence
/// `s` carries on (`continued`), read only for a claim no clause covers. A new
/// paragraph starts a new point ("The planned blackout would be the latest ...").
fn goes_on_from_before(
    doc: &Document,
    s: usize,
    quoted: &SpanSet,
    clauses: &ClauseIndex,
    vouching: impl Fn(usize) -> bool,
) -> Option<usize> {
    let paragraph = |k: usize| doc.sentences.get(k).map(|x| x.paragraph);
    let prev = s
        .checked_sub(1)
        .filter(|&p| paragraph(p) == paragraph(s) && !is_headline(doc, p))?;
    let ws = sentence_words(doc, s, quoted);
    let before = sentence_words(doc, prev, quoted);
    continued::continued_forecast(&ws, &before, s, clauses, vouching)
}

/// "Mr Glazer hopes this will lead to a formal bid", "the firm wants the merger to
/// cut costs": a prediction or a cause told as what someone hopes or plans is that
/// person's wish, reported as a wish, not the writer's forecast. A figure in a wish
/// ("hopes to open 1,200 depots") is still the writer's to source.
fn hoped_outcome(doc: &Document, atts: &[Attribution], own: &[usize], reason: &str) -> bool {
    let Some(words) = reason
        .strip_prefix("makes a prediction: ")
        .or_else(|| reason.strip_prefix("makes a causal claim: "))
    else {
        return false;
    };
    own.iter().filter_map(|&k| atts.get(k)).any(|a| {
        let cue = doc.slice(a.cue).to_lowercase();
        let wish = a.kind == CueKind::Stance && claim_words::WISH_CUES.contains(&cue.as_str());
        let end = doc
            .sentences
            .get(a.sentence)
            .map_or(a.cue.end, |x| x.span.end);
        let after = doc
            .slice(Span::new(a.cue.end, end.max(a.cue.end)))
            .to_lowercase();
        wish && after.contains(&words.to_lowercase())
    })
}

/// Whether a clause stands behind the facts in its content: every reporting clause and
/// an evaluative stance ("the ad slams the senator for voting ..."), but not a wish or
/// a plan ("the firm hopes to reach 1,000 shops": the figure is still the writer's).
fn vouches(doc: &Document, a: &Attribution) -> bool {
    let wish = a.kind == CueKind::Stance && reporting::is_non_sourcing_stance(doc.slice(a.cue));
    !wish && !agrees_to_act(doc, a)
}

/// "MCI agreed to a buyout valued at $6.75bn", "SoftBank agreed to inject $6.5bn",
/// "the firm agreed a settlement": agreeing to an act or a deal is the act itself,
/// which the writer reports, not a statement of the figures in it. "agreed that the
/// cost was 3,000 pounds" and "agreed, saying ..." still report what was said.
fn agrees_to_act(doc: &Document, a: &Attribution) -> bool {
    let cue = doc.slice(a.cue).to_lowercase();
    let agreed = matches!(cue.as_str(), "agree" | "agrees" | "agreed" | "agreeing");
    let Some(sentence) = doc.sentences.get(a.sentence) else {
        return false;
    };
    let rest = doc.slice(Span::new(
        a.cue.end.min(sentence.span.end),
        sentence.span.end,
    ));
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    agreed && claim_words::AGREED_TO_ACT.contains(&next.as_str())
}

/// Whether one sentence, read alone, makes a checkable claim: what kind, and whether it
/// is an allegation.
fn sentence_claim(ws: &[W], doc: &Document, s: usize) -> Option<Decision> {
    let open = ws
        .iter()
        .filter(|w| !w.quoted && w.kind != TokenKind::Punct)
        .count();
    if open < 4
        || is_question(ws)
        || market::share_price(ws)
        || market::market_quote(ws)
        || forecast_passive(ws)
        || record::cites_a_record(ws)
        || provision::lays_down(ws)
    {
        return None;
    }
    reason(ws, doc, &figures::sentence_figures(doc, s))
}

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
    let be_before = i > 0 && super::words::BE.contains(&ws[i - 1].lower);
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

/// "Output is forecast to fall", "the deficit is projected to reach $1tn", "sales are
/// estimated to top 2m": an agentless forecast, attributed to forecasters the sentence
/// leaves unnamed (a vague source, as "is expected to" is), not the writer's own claim.
/// "The figure was forecast" with no "to" and "the forecast was 3%" are no such passive.
fn forecast_passive(ws: &[W]) -> bool {
    ws.windows(3).any(|t| {
        !t[1].quoted
            && super::words::BE.contains(&t[0].lower)
            && claim_words::FORECAST_PARTICIPLES.contains(&t[1].lower)
            && t[2].is("to")
    })
}

fn is_question(ws: &[W]) -> bool {
    ws.iter()
        .rev()
        .find(|w| !w.is_punct(&['"', '”', '’', ')', '\'']))
        .is_some_and(|w| w.text == "?" && !w.quoted)
}

/// Why the sentence is a claim, and whether it is an allegation.
fn reason(ws: &[W], doc: &Document, figs: &[Figure]) -> Option<Decision> {
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
    doc.slice(crate::analysis::span::Span::new(
        ws[a].span.start,
        ws[b].span.end,
    ))
    .to_string()
}

#[cfg(test)]
mod tests;
