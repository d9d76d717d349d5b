//! The closed classes and tell-tale words the subject parser stops on or steps over:
//! break words, adverbs, prepositions, determiners, modals, pronouns, irregular pasts,
//! time phrases and subordinators.
//!
//! Source: our own compilation for English news copy; released under the crate licence.

/// Words that end a subject noun phrase.
pub const BREAK_WORDS: &[&str] = &[
    "of",
    "from",
    "at",
    "for",
    "in",
    "with",
    "against",
    "on",
    "by",
    "to",
    "about",
    "after",
    "before",
    "during",
    "under",
    "over",
    "into",
    "since",
    "than",
    "as",
    "like",
    "via",
    "without",
    "within",
    "across",
    "among",
    "between",
    "near",
    "including",
    "and",
    "or",
    "but",
    "nor",
    "yet",
    "so",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "where",
    "when",
    "while",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "also",
    "not",
    "never",
    "still",
    "then",
    "now",
    "later",
    "already",
    "just",
    "only",
    "even",
    "often",
    "always",
    "again",
    "recently",
    "previously",
    "earlier",
    "once",
    "today",
    "yesterday",
    "however",
    "if",
    "because",
    "although",
    "though",
    "whether",
    "there",
    "meanwhile",
    "instead",
];

/// Words allowed between a subject and its verb.
pub const AUX_ADVERBS: &[&str] = &[
    "did",
    "does",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "also",
    "then",
    "later",
    "now",
    "previously",
    "earlier",
    "recently",
    "already",
    "again",
    "often",
    "always",
    "once",
    "today",
    "yesterday",
    "himself",
    "herself",
    "itself",
    "themselves",
    "too",
    "both",
    "all",
    "first",
    "last",
    "subsequently",
    "finally",
    "initially",
    "separately",
    "repeatedly",
    "publicly",
    "privately",
    "openly",
    "immediately",
    "quickly",
    "simply",
    "just",
    "since",
];

pub const PREPOSITIONS: &[&str] = &[
    "of",
    "from",
    "at",
    "for",
    "in",
    "with",
    "against",
    "on",
    "by",
    "about",
    "after",
    "before",
    "during",
    "under",
    "over",
    "since",
    "as",
    "like",
    "via",
    "without",
    "within",
    "across",
    "among",
    "between",
    "near",
    "following",
    "despite",
    "amid",
    "in",
    "unlike",
    "responding",
    "speaking",
    "asked",
    "writing",
    "looking",
    "reporting",
    "addressing",
];

pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "whose", "any", "every", "each", "no",
];

pub const MODALS: &[&str] = &[
    "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

pub const NEGATIONS: &[&str] = &["not", "never", "no", "nor"];

pub const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];

/// Irregular past tenses, which end a subject phrase like any verb.
pub const IRREGULAR_PAST: &[&str] = &[
    "spoke",
    "went",
    "came",
    "made",
    "took",
    "gave",
    "met",
    "left",
    "held",
    "won",
    "lost",
    "became",
    "began",
    "saw",
    "knew",
    "got",
    "put",
    "ran",
    "sat",
    "stood",
    "fell",
    "rose",
    "sold",
    "bought",
    "paid",
    "led",
    "kept",
    "brought",
    "sent",
    "spent",
    "built",
    "felt",
    "heard",
    "meant",
    "set",
    "cut",
    "hit",
    "quit",
    "struck",
    "drew",
    "grew",
    "threw",
    "wore",
    "chose",
    "broke",
    "drove",
    "flew",
    "forgot",
    "hid",
    "let",
    "lay",
    "rode",
    "sang",
    "shook",
    "shut",
    "slept",
    "sought",
    "fought",
    "taught",
    "caught",
    "understood",
    "withdrew",
    "overtook",
];

/// Words that count or order what follows ("four", "first", "several"): a word that is
/// as often a noun as a reporting verb is the noun after one ("the first four states").
pub const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "hundred", "thousand", "first", "second", "third", "fourth", "fifth", "last", "next",
    "many", "several", "few", "both", "various", "numerous", "other", "most",
];

/// Nouns of time a "when" clause can hang on ("at the time when she ..."), besides the
/// calendar words of `TIME_HEADS`.
pub const WHEN_NOUNS: &[&str] = &[
    "time", "times", "moment", "period", "decade", "decades", "era",
];

/// Reporting-verb forms that are just as often nouns ("a report", "his comments").
pub const NOUNISH: &[&str] = &[
    "report",
    "reports",
    "comment",
    "comments",
    "claim",
    "claims",
    "remark",
    "remarks",
    "reply",
    "replies",
    "answer",
    "answers",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "warning",
    "warnings",
    "note",
    "notes",
    "post",
    "tweet",
    "tweets",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "dispute",
    "disputes",
    "demand",
    "demands",
    "call",
    "calls",
    "attack",
    "attacks",
    "welcome",
    "praise",
    "brief",
    "protest",
    "protests",
    "reporting",
    "writing",
    "testimony",
    "statement",
    "finding",
    "findings",
];

/// Lower-case words ending in "-ing"/"-ed" that are nouns or adjectives in a subject.
pub const NOT_PARTICIPLES: &[&str] = &[
    "thing", "king", "spring", "evening", "morning", "building", "meeting", "funding", "ring",
    "wing", "string", "sibling", "hundred", "speed", "need", "seed", "bed", "red", "shed", "creed",
    "greed", "breed", "feed", "deed", "weed", "reed", "steed",
];

/// Person nouns that head a subject ("the analyst said").
pub const PERSON_HEADS: &[&str] = &[
    "analyst",
    "economist",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "official",
    "chairman",
    "chairwoman",
    "executive",
    "director",
    "minister",
    "secretary",
    "chancellor",
    "president",
    "leader",
    "chief",
    "head",
    "boss",
    "editor",
    "reporter",
    "correspondent",
    "expert",
    "professor",
    "researcher",
    "witness",
    "detective",
    "officer",
    "source",
    "adviser",
    "advisor",
    "aide",
    "manager",
    "founder",
    "owner",
    "governor",
    "mayor",
    "senator",
    "judge",
    "prosecutor",
    "commissioner",
    "ambassador",
    "diplomat",
];

/// Heads of phrases that name a time, not a speaker (weekdays are in `calendar`): "Last week said", "the days
/// before the vote showed". A subject with such a head is no speaker.
pub const TIME_HEADS: &[&str] = &[
    "week",
    "weeks",
    "day",
    "days",
    "month",
    "months",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "dawn",
    "moment",
    "hour",
    "hours",
    "minute",
    "minutes",
    "shortly",
];

/// A time head or a weekday ("Monday said" is a time, not a speaker).
pub fn is_time_head(lower: &str) -> bool {
    TIME_HEADS.contains(&lower) || crate::analysis::lexicon::calendar::WEEKDAYS.contains(&lower)
}

/// Words that open a time phrase before a subject ("Last week the senator said").
pub const TIME_OPENERS: &[&str] = &["last", "this", "next", "earlier", "later", "that"];

/// One-word subjects that point at something rather than name a speaker ("This shows",
/// "Here is"): never a quotation's speaker on their own ("Another said", "those who
/// ..." can be).
pub const POINTING_WORDS: &[&str] = &["this", "that", "here", "more", "such", "what"];

/// Lower-case adverbs that may follow a speaker's name in a clause ("said Lee
/// afterwards") without being part of it.
pub const TRAILING_ADVERBS: &[&str] = &["afterwards", "afterward", "too", "here", "there"];

/// Lower-case words ending in "-ly" that are not adverbs ("an early supporter").
pub const NOT_ADVERBS: &[&str] = &[
    "early", "elderly", "only", "family", "friendly", "likely", "costly", "daily", "weekly",
    "monthly", "yearly", "lonely", "holy", "ugly", "belly", "rally", "ally", "bully", "jelly",
    "supply", "reply", "fly", "italy",
];

/// Words that open a subordinate clause before a sentence's subject ("When I asked
/// him, he said"; "If it passes, the mayor said").
pub const SUBORDINATORS: &[&str] = &[
    "when", "while", "if", "because", "although", "though", "once", "until", "whether", "unless",
];

/// Words after a comma that carry the quoted speaker's own sentence on rather than open
/// the writer's reporting clause: `"We came, and they said no.`, `"It hurt, I told myself.`
pub const CLAUSE_NOT_OPENERS: &[&str] = &[
    "and", "but", "or", "so", "yet", "then", "because", "while", "when", "if", "as", "though",
    "although", "until", "unless", "i", "we", "you", "that", "which", "who",
];

/// Prepositions a quoted name or mentioned word follows (`the use of “Rise”`, `a vote
/// for "Stay"`): the quotation is a name, not words someone said. Verbs the subject
/// parser treats like prepositions (`asked "Why?"`) are not among them.
pub const MENTION_PREPOSITIONS: &[&str] = &[
    "of", "for", "from", "with", "by", "about", "against", "on", "in", "as", "like", "without",
];

/// Linking verbs that end a subject the way "is" does ("Ms Ruiz remains upbeat", "the
/// plan seems sound"): the subject parser must not read them as more of a name.
pub const LINKING_VERBS: &[&str] = &[
    "remains", "remained", "seems", "seemed", "appears", "appeared", "becomes", "stays", "stayed",
    "sounds", "sounded", "looks", "looked",
];
