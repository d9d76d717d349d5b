//! Placeholders writers and editors leave in copy for something still to come, read by
//! `rules::unfilled_placeholder`. Sources: newsroom usage (AP and Reuters desks write
//! "TK", "to come"; "XX" stands for a figure not yet known) and the placeholders sayswho's
//! own quick-fixes insert (`[SOURCE]` in attribution fixes, `[SPEAKER]` in quote fixes).
//! Written for this project; no licence applies.

/// A word or phrase that, alone inside square brackets, marks a slot left to fill:
/// "[SOURCE]", "[name]", "[TK]". Compared ignoring case. Editorial insertions inside
/// quotations ("[the minister]", "[sic]") are not in the list and are left alone.
pub const BRACKETED_SLOTS: &[&str] = &[
    "source",
    "sources",
    "speaker",
    "name",
    "full name",
    "title",
    "role",
    "quote",
    "date",
    "day",
    "time",
    "figure",
    "number",
    "amount",
    "link",
    "url",
    "citation",
    "cite",
    "attribution",
    "tk",
    "tktk",
    "tk tk",
    "xx",
    "xxx",
    "to come",
    "tbc",
    "tbd",
    "placeholder",
];

/// The first word of a bracketed instruction to the writer: "[insert quote from the
/// mayor]", "[need source]", "[check figure]". Compared ignoring case. A bracket opening
/// with one of these is a placeholder whatever follows.
pub const BRACKETED_PROMPTS: &[&str] = &[
    "insert", "add", "need", "needs", "confirm", "check", "fill", "tk", "tbc", "tbd",
];

/// Placeholders written bare in a sentence, matched exactly (case-sensitive) as whole
/// tokens: "said TK", "cost $XX million", "on XX March".
pub const BARE_TK: &[&str] = &["TK", "TKTK", "TKTKTK", "tktk"];

/// The letter-X runs that stand for a missing figure ("XX people", "$XX,XXX").
pub const BARE_XX: &[&str] = &["XX", "XXX", "XXXX"];

/// Words near "XX" that show it is genetics, not a missing figure ("XX chromosomes",
/// "XX and XY"). Lower case.
pub const XX_GENETICS: &[&str] = &["xy", "chromosome", "chromosomes", "karyotype"];
