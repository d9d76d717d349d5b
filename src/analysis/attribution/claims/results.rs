//! Sporting results and awards: numbers and superlatives that report what happened at
//! an event the copy covers, on the public record of the event, not claims that need a
//! source. "the men's 60m", "the Olympic 5,000m champion" name events; "a new world mark
//! of 4.88m" and "scored 34 points" are results; "a personal best", "the best TV comedy
//! category" and "was named Britain's best new comedy" are results and award names, not
//! rankings the writer makes.

use crate::analysis::attribution::words::W;
use crate::analysis::figures::Figure;
use crate::analysis::lexicon::claims::{
    AWARD_NOUNS, BOX_SCORE_VERBS, CONFERRED, EVENT_NOUNS, RESULT_BESTS, SCORE_WORDS, STAT_NOUNS,
};
use crate::analysis::segment::TokenKind;

/// How far a box-score verb may stand before its tally, and the tally's noun after it
/// ("scored 20 of his season-high 31 points").
const BOX_REACH: usize = 6;

/// Whether the figure at `i` names a sporting event or reports a result.
pub fn sporting_result(ws: &[W], i: usize, figure: &Figure) -> bool {
    event_name(ws, i)
        || measured_mark(ws, i, figure)
        || box_score(ws, i)
        || best_time(ws, i)
        || final_score(ws, i)
}

/// "a fifth straight victory, 112-107 over the Thunder", "won 3-1", "a 24-17 win": two
/// whole numbers joined by a hyphen with a result word beside them are a final score,
/// on the record of the game. A range that counts something ("300-400 troops") has its
/// noun after it and no result word, and stays a figure.
fn final_score(ws: &[W], i: usize) -> bool {
    let whole = |k: usize| {
        ws.get(k).is_some_and(|w| {
            w.kind == TokenKind::Number && w.text.len() <= 3 && !w.text.contains(['.', ','])
        })
    };
    let joined = |a: usize| {
        whole(a)
            && whole(a + 2)
            && ws[a + 1].text == "-"
            && ws[a + 1].span.start == ws[a].span.end
            && ws[a + 2].span.start == ws[a + 1].span.end
    };
    let first = if joined(i) {
        i
    } else if i >= 2 && joined(i - 2) {
        i - 2
    } else {
        return false;
    };
    let before = first
        .checked_sub(1)
        .map(|k| {
            if ws[k].text == "," {
                k.saturating_sub(1)
            } else {
                k
            }
        })
        .is_some_and(|k| SCORE_WORDS.contains(&ws[k].lower));
    let after = ws
        .get(first + 3)
        .is_some_and(|n| SCORE_WORDS.contains(&n.lower) || n.is("over"));
    before || after
}

/// "a personal best of 20.88", "a season's best 8:41.43": the number a result term
/// names.
fn best_time(ws: &[W], i: usize) -> bool {
    let at = |k: usize| i.checked_sub(k).map(|k| &ws[k]);
    let best = if at(1).is_some_and(|w| w.is("of")) {
        2
    } else {
        1
    };
    at(best).is_some_and(|w| w.is("best"))
        && at(best + 1).is_some_and(|w| RESULT_BESTS.contains(&w.lower))
}

/// "a new world mark of 4.88m", "reached 6.66m": a distance in metres to the centimetre,
/// as the figure reader reads it, is a measured result. A round distance ("the 1500m
/// world record") may name what a claim is about, and is left to the other tests.
fn measured_mark(ws: &[W], i: usize, figure: &Figure) -> bool {
    let centimetres = ws[i]
        .text
        .split_once('.')
        .is_some_and(|(_, d)| d.len() == 2);
    figure.unit.as_deref() == Some("m") && centimetres
}

/// "the women's 60m sprint", "Olympic 5,000m champion", "took the men's 200m", "the
/// world 60m record holder": a distance followed by an event noun or a record holder's
/// title, or after "men's" or "women's". "broke the 60m record" still states a record.
fn event_name(ws: &[W], i: usize) -> bool {
    let Some(unit) = ws.get(i + 1) else {
        return false;
    };
    let glued = unit.span.start == ws[i].span.end;
    let distance = (glued && matches!(unit.lower, "m" | "km"))
        || matches!(unit.lower, "metres" | "meters" | "mile" | "miles");
    let event_after = ws
        .get(i + 2)
        .is_some_and(|n| !n.quoted && EVENT_NOUNS.contains(&n.lower));
    let holder_after = ws.get(i + 2).is_some_and(|n| n.is("record"))
        && ws
            .get(i + 3)
            .is_some_and(|n| n.is("holder") || n.is("holders"));
    let sex_before = (i.saturating_sub(2)..i).any(|k| {
        matches!(
            ws[k].lower,
            "men's" | "women's" | "men’s" | "women’s" | "boys'" | "girls'"
        )
    });
    distance && (event_after || holder_after || sex_before)
}

/// "James finished with 25 points", "Rondo had eight points and a season-high 10
/// assists": a tally read off a game just played. "He has 86 triple-doubles" and "leads
/// the league with 11 assists" are career records, and stay claims.
fn box_score(ws: &[W], i: usize) -> bool {
    let tally = ws[i + 1..(i + 1 + BOX_REACH).min(ws.len())]
        .iter()
        .any(|n| !n.quoted && STAT_NOUNS.contains(&n.lower));
    let played = ws[i.saturating_sub(BOX_REACH)..i]
        .iter()
        .any(|p| !p.quoted && BOX_SCORE_VERBS.contains(&p.lower));
    tally && (played || listed_after_a_tally(ws, i))
}

/// "finished with 25 points, 11 rebounds and 10 assists": a tally listed after another
/// of the same line (a comma or "and" between them) is read off the same game, however
/// far the list runs from its verb.
fn listed_after_a_tally(ws: &[W], i: usize) -> bool {
    let mut k = i;
    // ", and" or "and" or "," before the number.
    while k > 0 && (ws[k - 1].text == "," || ws[k - 1].is("and")) && i - k < 2 {
        k -= 1;
    }
    if k == i || k == 0 || !STAT_NOUNS.contains(&ws[k - 1].lower) {
        return false;
    }
    // The number of the tally before: "25 points", "a season-high 31 points".
    (k.saturating_sub(4)..k - 1)
        .rev()
        .find(|&j| ws[j].kind == TokenKind::Number)
        .is_some_and(|j| box_score(ws, j))
}

/// Whether the superlative at `i` is a result or part of an award's name rather than a
/// ranking: "a season's best", "short of the world best", "the best TV comedy category",
/// "was named Britain's best new comedy", "his best known roles".
pub fn not_a_ranking(ws: &[W], i: usize) -> bool {
    if fastest_time(ws, i) {
        return true;
    }
    if !ws[i].is("best") {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| &ws[k]);
    let result = prev.is_some_and(|p| RESULT_BESTS.contains(&p.lower));
    let award = ws[i + 1..(i + 5).min(ws.len())]
        .iter()
        .take_while(|n| n.is_word())
        .any(|n| AWARD_NOUNS.contains(&n.lower));
    let conferred = ws[i.saturating_sub(3)..i]
        .iter()
        .any(|p| CONFERRED.contains(&p.lower));
    let described = ws.get(i + 1).is_some_and(|n| n.is("known"));
    result || award || conferred || described
}

/// "the fastest time in the world this season", "the quickest lap of the race": a
/// time or lap ranked by the clock, on the record of the sport's lists. "the fastest
/// growing firm" and "the fastest broadband" rank what the writer judges.
fn fastest_time(ws: &[W], i: usize) -> bool {
    matches!(ws[i].lower, "fastest" | "quickest")
        && ws
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower, "time" | "times" | "lap" | "laps"))
}
