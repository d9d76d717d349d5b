//! What a name run is not: datelines, tickers, shouted headlines, quoted nicknames and
//! plural abbreviations, dropped before any run is classified.

use super::*;

/// "ISPs", "MPs", "CEOs": a plural of an abbreviation is a common noun.
pub fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_acronym(stem))
}

/// A stock ticker in angle brackets: "<CCB>".
pub(super) fn ticker(s: &Sent, run: Run) -> bool {
    run.a > 0 && s.text(run.a - 1) == "<" && run.b < s.len() && s.text(run.b) == ">"
}

/// A wire dateline: a place in capitals opening the story, before a comma, a dash or the
/// agency in brackets ("LONDON (AP) —", "HANOI, Vietnam (AP) —"). A place, not a name.
pub(super) fn dateline(s: &Sent, run: Run, start: usize) -> bool {
    if run.a != start || run.b - run.a != 1 || run.b >= s.len() {
        return false;
    }
    let w = s.text(run.a);
    if w.chars().filter(|c| c.is_alphabetic()).count() < 3 || w.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let next = s.text(run.b);
    let agency = next == "("
        && run.b + 1 < s.len()
        && matches!(s.text(run.b + 1), "AP" | "Reuters" | "AFP" | "UPI" | "CNN");
    let mut chars = w.chars();
    let title_case: String = chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    agency || (matches!(next, "," | "—" | "–") && is_place(&title_case))
}

/// A run that is the whole of a quotation: a nickname or a title ("“Sir Wastealot”").
pub(super) fn quoted_alone(s: &Sent, run: Run) -> bool {
    let open = |t: &str| matches!(t, "\"" | "“" | "‘" | "'");
    let close = |t: &str| matches!(t, "\"" | "”" | "’" | "'");
    run.a > 0
        && open(s.text(run.a - 1))
        && s.span(run.a - 1).end == s.span(run.a).start
        && run.b < s.len()
        && close(s.text(run.b))
}

/// Several words in capitals: a dateline or a shouted headline ("NEW YORK").
pub(super) fn shouted(s: &Sent, run: Run) -> bool {
    let words: Vec<&str> = (run.a..run.b)
        .filter(|&i| s.is_word(i))
        .map(|i| s.text(i))
        .collect();
    words.len() >= 2
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(|c| c.is_lowercase())
        })
        && !is_known_org(&words.join(" "))
}
