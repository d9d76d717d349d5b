//! Words around a list of the things a count counts: which counts are checked against a
//! list, and which lists name only some.
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

/// Nouns that count countries: a count of them stated as where something happened ("in
/// seven nations") is checked against a list of places the draft names for it.
pub const COUNTED_PLACE_NOUNS: &[&str] = &["countries", "nations"];

/// Words that open a list of only some of the things counted ("eight countries, including
/// Spain and France", "such as", "among them"): such a list is never counted.
pub const PARTIAL_LIST_OPENERS: &[&str] = &[
    "including",
    "include",
    "includes",
    "included",
    "such",
    "like",
    "among",
    "amongst",
    "notably",
    "especially",
    "particularly",
    "mainly",
    "mostly",
    "chiefly",
    "incl",
];

/// Words after a list that say it names only some ("Spain, France and others").
pub const PARTIAL_LIST_TAILS: &[&str] = &["others", "other", "elsewhere", "etc", "among", "more"];

/// Lower-case words after a list of names that may add to it ("Ames, Brook and Carr as
/// well as Dunn", "along with", "together with", "plus"): a list followed by one is not
/// known to be complete.
pub const LIST_CONTINUERS: &[&str] = &[
    "and",
    "or",
    "nor",
    "plus",
    "as",
    "along",
    "with",
    "together",
    "alongside",
    "besides",
    "also",
    "too",
];
