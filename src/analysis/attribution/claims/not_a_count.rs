//! Figures the figure reader keeps that a claim still does not rest on: a person's age,
//! a number that is part of a name or a label the figure reader does not list ("Hot 97",
//! "Nokia 6600", "world number 14", "50 Cent"), the number of an item in a list of
//! headings ("12 Anchor Voiced Her Fears"), the tail of a docket number ("No. 14-1418")
//! and the digits of a character reference ("&#233;") or of an identifier. Dates, years, clock
//! times, codes and scores never reach here: the figure reader has set them aside. The
//! caller has also set aside money, percentages and scaled figures, which these never are.

use crate::analysis::attribution::words::W;
use crate::analysis::figures::Figure;
use crate::analysis::lexicon::calendar::MONTHS;
use crate::analysis::lexicon::claims::AFTER_AN_AGE;
use crate::analysis::segment::TokenKind;

/// Whether the figure at `i` names a thing (a label, a docket, an identifier) rather
/// than counting.
pub fn names_a_thing(ws: &[W], i: usize, figure: &Figure) -> bool {
    let plain = !ws[i].text.contains([',', '.']);
    plain
        && (labelled(ws, i)
            || docket_tail(ws, i)
            || character_reference(ws, i)
            || identifier(ws, i)
            || capitalised_unit(ws, i, figure)
            || numbers_a_heading(ws, i))
}

/// "50 Cent", "Six Feet Under": the figure reader took the capitalised word after the
/// number for its unit, but a unit written with a capital in the middle of a sentence is
/// part of a name; so is a capitalised possessive right after it ("20 Cent's tour").
/// Abbreviations in capitals ("20 GB") stay units.
fn capitalised_unit(ws: &[W], i: usize, figure: &Figure) -> bool {
    let Some(next) = ws.get(i + 1) else {
        return false;
    };
    // "50 Cent's second album": a possessive name after the number, whatever the figure
    // reader made of it.
    let possessive = next.lower.ends_with("'s") || next.lower.ends_with("’s");
    let unit = figure.unit.is_some() && figure.number.contains_span(next.span);
    (unit || possessive) && next.capitalised() && !all_caps(next)
}

/// "12 Anchor Voiced Her Fears About The Future.": a number that opens a sentence set
/// in title case numbers an item of a list, it counts nothing. A count that opens a
/// sentence ("300 Britons were flown home on Friday.") is followed by ordinary words.
fn numbers_a_heading(ws: &[W], i: usize) -> bool {
    let opens = ws[..i]
        .iter()
        .all(|w| !w.is_word() && w.kind != TokenKind::Number);
    let words: Vec<&W> = ws[i + 1..].iter().filter(|w| w.is_word()).collect();
    let capitals = words.iter().filter(|w| w.capitalised()).count();
    opens
        && ws.get(i + 1).is_some_and(|n| n.capitalised())
        && words.len() >= 3
        && capitals * 10 >= words.len() * 7
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

/// A run of ten or more digits with no separators is an identifier (a post, an order,
/// a phone number, a timestamp left in pasted markup), never an amount a writer spells
/// that way: amounts that large carry commas or a scale word ("1.4 billion").
fn identifier(ws: &[W], i: usize) -> bool {
    ws[i].text.len() >= 10 && ws[i].text.chars().all(|c| c.is_ascii_digit())
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

/// "communiqu&#233;": the digits of an HTML character reference left in the copy.
fn character_reference(ws: &[W], i: usize) -> bool {
    i >= 1 && ws[i - 1].text == "#" && ws[i - 1].span.end == ws[i].span.start
}

/// Whether the whole number at `i` is someone's age: "Ellis, 52, a former teacher",
/// "Ellis, then 52,", "aged 26 or older", "at age 52", "at the age of 52", "whose age,
/// 52,", "11 to 14-year-olds".
pub fn age(ws: &[W], i: usize, value: f64) -> bool {
    let whole = !ws[i].text.contains(['.', ',']) && value > 0.0 && value < 120.0;
    whole && (set_off_after_name(ws, i) || after_aged(ws, i) || opens_age_range(ws, i))
}

/// "Ellis, 52, a former teacher, said": set off by commas right after a name. A tally
/// of names and counts ("Lee, 45, Ortiz, 30") goes on with another name and stays one.
fn set_off_after_name(ws: &[W], i: usize) -> bool {
    // "Ellis, then 52," and "Ellis, now 52,": the adverb dates the age.
    let back = usize::from(i >= 1 && matches!(ws[i - 1].lower, "then" | "now"));
    let after_name =
        i >= 2 + back && ws[i - 1 - back].text == "," && ws[i - 2 - back].capitalised();
    let then = ws.get(i + 2);
    let closed = ws.get(i + 1).is_some_and(|n| n.text == ",")
        && then.is_some_and(|n| n.is_word() && !n.capitalised());
    after_name && closed
}

/// "aged 26", "aged between 18 and 25", "turned 40", "at age 26", "since age 14", "at the age of
/// 92", "whose age, 44,", "their average age (63)": the word "age" or "aged" with at most
/// "of", a comma or a bracket between it and the number.
fn after_aged(ws: &[W], i: usize) -> bool {
    if (i.saturating_sub(2)..i).any(|k| ws[k].is("aged")) {
        return true;
    }
    // "who will turn 18 before the vote", "when she turned 40.": no noun after the
    // number, which "turned 60 boats away" has.
    let turned = i >= 1 && matches!(ws[i - 1].lower, "turn" | "turns" | "turned" | "turning");
    let no_noun = ws
        .get(i + 1)
        .is_none_or(|n| !n.is_word() || AFTER_AN_AGE.contains(&n.lower));
    if turned && no_noun {
        return true;
    }
    // "those age 18-34": the second end of a range of ages.
    let range_end = i >= 2 && ws[i - 1].text == "-" && ws[i - 2].kind == TokenKind::Number;
    if range_end && after_aged(ws, i - 2) {
        return true;
    }
    let mut k = i;
    while k > 0 && (ws[k - 1].is("of") || ws[k - 1].text == "," || ws[k - 1].text == "(") {
        k -= 1;
    }
    k > 0 && k + 2 >= i && ws[k - 1].is("age")
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
