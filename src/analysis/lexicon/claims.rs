//! Words that let a sentence name the record its figures come from: the record itself
//! ("the survey", "exit polling", "fundraising reports") and what a record does with
//! them ("shows", "found"). Written for sayswho from AP style's sourcing of polls and
//! filings; not taken from any corpus.

/// Nouns for a record, poll or study that can stand behind a figure.
pub const RECORDS: &[&str] = &[
    "poll", "polls", "polling", "survey", "surveys", "report", "reports", "analysis", "study",
    "studies", "data", "filings", "filing", "records", "census", "audit", "tally", "review",
];

/// What a record does with what it holds.
pub const RECORD_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "found",
    "finds",
    "identified",
    "identifies",
    "indicates",
    "indicated",
    "suggests",
    "suggested",
    "revealed",
    "reveals",
];

/// Nouns for a stated intention ("has expressed a willingness to", "voiced a desire
/// to"): the writer reports what someone wants without saying where they said it.
pub const INTENTIONS: &[&str] = &["willingness", "desire", "wish", "intention", "readiness"];

/// Verbs that make such an intention public.
pub const VOICED: &[&str] = &["expressed", "voiced", "signalled", "signaled", "indicated"];
