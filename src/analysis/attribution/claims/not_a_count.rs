//! Numbers that are written like figures but count nothing a reader would check: a
//! person's age, a number that is part of a name or a label ("Chapter 11", "Route 66",
//! "world number 14"), a date with an abbreviated month ("Dec. 12") and the digits of a
//! character reference ("&#233;"). The caller has already set aside money, percentages
//! and scaled figures, which these never are.

use crate::analysis::attribution::words::W;
use crate::analysis::lexicon::calendar::MONTHS;

/// Whether the number at `i` belongs to a name, a label or a date rather than counting.
pub fn names_or_dates(ws: &[W], i: usize) -> bool {
    let plain = !ws[i].text.contains([',', '.']);
    plain
        && (labelled(ws, i)
            || docket_tail(ws, i)
            || after_abbreviated_month(ws, i)
            || character_reference(ws, i)
            || identifier(ws, i))
}

/// "No. 14-1418" and "2016-07-23": the later part of a hyphenated label or of a date
/// written year first.
fn docket_tail(ws: &[W], i: usize) -> bool {
    let joined = i >= 2
        && ws[i - 1].text == "-"
        && ws[i - 1].span.end == ws[i].span.start
        && ws[i - 2].span.end == ws[i - 1].span.start;
    let year = |k: usize| ws[k].text.len() == 4 && ws[k].text.starts_with(['1', '2']);
    let month_of_iso = joined && year(i - 2);
    let day_of_iso = i >= 4 && joined && ws[i - 3].text == "-" && year(i - 4);
    joined && (labelled(ws, i - 2) || month_of_iso || day_of_iso)
}

/// A run of more than twelve digits with no separators is an identifier (a post, an
/// order, a phone number), never an amount a writer spells that way.
fn identifier(ws: &[W], i: usize) -> bool {
    ws[i].text.len() > 12 && ws[i].text.chars().all(|c| c.is_ascii_digit())
}

/// "Chapter 11", "Section 230", "Nokia 6600", "Hot 97": a plain number right after a
/// capitalised word inside the sentence is part of that name. The sentence's first word
/// is capitalised by position only ("Some 40 firms"), so it does not count; nor does a
/// word after an opening quote or bracket. A possessive owns what the number counts
/// ("Iowa's 99 counties"). "world number 14" and "No. 3" rank a player.
fn labelled(ws: &[W], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &ws[k]) else {
        return false;
    };
    if prev.span.end == ws[i].span.start {
        return false;
    }
    let abbreviated_no = prev.text == "." && i >= 2 && ws[i - 2].is("no");
    if prev.is("number") || abbreviated_no {
        return true;
    }
    let opens_sentence = (0..i - 1).all(|k| !ws[k].is_word());
    let possessive = prev.lower.ends_with("'s") || prev.lower.ends_with("’s");
    prev.capitalised()
        && !opens_sentence
        && !possessive
        && !MONTHS.contains(&prev.lower)
        && !all_caps(prev)
}

/// "US", "UK", "EU" before a number are places or bodies, and the number after them
/// ("US 300 troops") still counts something.
fn all_caps(w: &W) -> bool {
    w.text.chars().filter(|c| c.is_alphabetic()).count() > 1
        && w.text.chars().all(|c| !c.is_lowercase())
}

/// "Dec. 12", "Sept. 9": the abbreviation's full stop sits between month and day.
fn after_abbreviated_month(ws: &[W], i: usize) -> bool {
    i >= 2 && ws[i - 1].text == "." && MONTHS.contains(&ws[i - 2].lower)
}

/// "communiqu&#233;": the digits of an HTML character reference left in the copy.
fn character_reference(ws: &[W], i: usize) -> bool {
    i >= 1 && ws[i - 1].text == "#" && ws[i - 1].span.end == ws[i].span.start
}

/// Whether the whole number at `i` is someone's age: "Ellis, 52, a former teacher",
/// "aged 26 or older", "11 to 14-year-olds".
pub fn age(ws: &[W], i: usize, value: f64) -> bool {
    let whole = !ws[i].text.contains(['.', ',']) && value > 0.0 && value < 120.0;
    whole && (set_off_after_name(ws, i) || after_aged(ws, i) || opens_age_range(ws, i))
}

/// "Ellis, 52, a former teacher, said": set off by commas right after a name. A tally
/// of names and counts ("Lee, 45, Ortiz, 30") goes on with another name and stays one.
fn set_off_after_name(ws: &[W], i: usize) -> bool {
    let after_name = i >= 2 && ws[i - 1].text == "," && ws[i - 2].capitalised();
    let then = ws.get(i + 2);
    let closed = ws.get(i + 1).is_some_and(|n| n.text == ",")
        && then.is_some_and(|n| n.is_word() && !n.capitalised());
    after_name && closed
}

/// "aged 26", "aged between 18 and 25".
fn after_aged(ws: &[W], i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|k| ws[k].is("aged"))
}

/// "11 to 14-year-olds", "18 to 25-years-old": the first number of a range of ages.
fn opens_age_range(ws: &[W], i: usize) -> bool {
    let joined = ws
        .get(i + 1)
        .is_some_and(|n| n.is("to") || n.is("and") || n.text == "-");
    let aged = (i + 2..(i + 6).min(ws.len()))
        .any(|k| ws[k].lower.starts_with("year") && ws[k - 1].text == "-");
    joined && aged
}
