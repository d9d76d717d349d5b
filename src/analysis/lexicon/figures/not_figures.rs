//! Words that make a number something other than a figure: dates, labels, addresses,
//! clock times, index names, the story's own parties.
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

pub use crate::analysis::lexicon::calendar::{MONTHS, WEEKDAYS};

/// Month number (1-12) of a month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    let i = MONTHS.iter().position(|m| *m == w)?;
    let n = if i < 12 {
        i
    } else {
        // jan feb mar apr (may) jun jul aug sep sept oct nov dec
        [0, 1, 2, 3, 5, 6, 7, 8, 8, 9, 10, 11][i - 12]
    };
    Some(n as u32 + 1)
}

/// Words that, right before a number, make it a label rather than a count
/// ("No. 10", "Section 5", "Flight 370", "World War Two").
pub const LABEL_WORDS: &[&str] = &[
    "no",
    "no.",
    "nos",
    "number",
    "#",
    "section",
    "article",
    "chapter",
    "page",
    "pages",
    "flight",
    "route",
    "channel",
    "radio",
    "room",
    "terminal",
    "gate",
    "platform",
    "level",
    "grade",
    "stage",
    "phase",
    "category",
    "class",
    "version",
    "series",
    "episode",
    "season",
    "volume",
    "vol",
    "act",
    "clause",
    "rule",
    "paragraph",
    "part",
    "boeing",
    "airbus",
    "apollo",
    "formula",
    "windows",
    "iphone",
    "covid",
    "highway",
    "interstate",
    "junction",
    "bus",
    "line",
    "track",
    "division",
    "league",
    "tier",
    "war",
    "year",
    "bbc",
    "resolution",
    "amendment",
    "block",
    "lot",
    "unit",
    "ward",
    "district",
    "zone",
    "item",
    "figure",
    "table",
    "question",
    "exhibit",
    "annex",
    "appendix",
    "schedule",
    "model",
    "type",
    "mark",
    "gen",
    "pope",
    "king",
    "queen",
    "henry",
    "louis",
    "elizabeth",
    "george",
    "edward",
    "charles",
    "junctions",
    "sections",
    "articles",
    "chapters",
    "terminals",
    "gates",
    "platforms",
    "rooms",
    "flights",
    "routes",
    "lines",
    "exits",
    "exit",
    "pier",
    "berth",
    "stand",
    "bay",
    "dock",
];

/// Words after a number that make it a street address ("10 Downing Street").
pub const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "boulevard",
    "blvd",
    "square",
    "place",
    "way",
    "terrace",
    "court",
    "crescent",
    "close",
    "gardens",
    "park",
    "row",
    "hill",
];

/// Words of time or clock that make a number a time ("3 pm", "10 GMT").
pub const CLOCK_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "gmt",
    "bst",
    "utc",
    "et",
    "est",
    "edt",
    "pt",
    "cet",
    "o'clock",
    "o’clock",
    "hrs",
    "kst",
    "jst",
];

/// Stock-market index names: a number after them names the index ("FTSE 250").
pub const INDEX_NAMES: &[&str] = &[
    "ftse", "dax", "cac", "nikkei", "stoxx", "kospi", "sensex", "nasdaq", "russell", "ibex", "mib",
    "asx", "seng", "topix", "smi", "aex", "nifty",
];

/// Nouns for the parties of a story: "the two sides", "the two governments", "the two
/// countries" refer back to them and are not a count to check.
pub const PARTY_NOUNS: &[&str] = &[
    "sides",
    "countries",
    "nations",
    "governments",
    "leaders",
    "parties",
    "teams",
    "clubs",
    "companies",
    "firms",
    "states",
    "delegations",
    "allies",
    "rivals",
    "neighbours",
    "neighbors",
    "capitals",
    "camps",
    "men",
    "women",
    "ministers",
    "presidents",
    "sides’",
    "governments’",
    "countries’",
    "nations’",
    "leaders’",
];

/// Words right before "one" that make it a count, not a determiner ("at least one
/// network", "only one bus").
pub const COUNT_BEFORE_ONE: &[&str] = &[
    "least", "than", "only", "just", "about", "around", "nearly", "almost", "over", "under",
    "exactly",
];

/// Words before a number that make it a label however they are written ("no. 10",
/// "page 5", "platform 9", "tier 2").
pub const LABEL_WORDS_ALWAYS: &[&str] = &[
    "no",
    "no.",
    "nos",
    "number",
    "#",
    "page",
    "section",
    "article",
    "chapter",
    "flight",
    "room",
    "route",
    "junction",
    "junctions",
    "exit",
    "gate",
    "platform",
    "terminal",
    "sections",
    "articles",
    "chapters",
    "pages",
    "rooms",
    "grade",
    "grades",
    "tier",
    "category",
    "stage",
    "phase",
    "band",
];

/// Verbs before a number that make it a phone number ("called 999", "dial 112").
pub const DIAL_WORDS: &[&str] = &[
    "called", "call", "dial", "dialled", "dialed", "ring", "rang",
];

/// Words after "one" that make it a pronoun, not a count ("one of the", "one day", "one
/// who", "one more").
pub const ONE_PRONOUN_NEXT: &[&str] = &[
    "of", "another", "day", "point", "way", "side", "hand", "thing", "who", "that", "which",
    "more", "such", "by", "after", "else", "is", "was", "has", "had", "can", "could", "would",
    "will", "may", "might", "should", "must", "in", "to", "at", "for", "and", "set", "kind",
    "sort", "type", "form", "part", "piece", "example", "reason", "problem", "issue",
];

/// Words before "one" that make it a pronoun, not a count ("the one", "no one", "every
/// one", "a one").
pub const ONE_PRONOUN_PREV: &[&str] = &[
    "the", "no", "any", "every", "each", "this", "that", "which", "number", "a", "one", "someone",
    "anyone", "everyone", "no-one", "not",
];
