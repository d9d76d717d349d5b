//! Reporting verbs: the words that introduce who says something.
//!
//! Source: our own compilation (shared/research/domain-notes.md §7.a), drawn from the AP
//! and Reuters style guidance on attribution verbs and the verb classes used by
//! quote-attribution research (PARC, BBC Citron). Released under this crate's licence.
//!
//! Each entry is a lemma with its inflections; `judgement` marks verbs that carry the
//! writer's judgement of the statement (doubt, guilt, insistence).

use std::collections::HashMap;
use std::sync::LazyLock;

/// How a reporting verb colours what it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbInfo {
    pub lemma: &'static str,
    /// "claimed", "admitted", "insisted": the verb says something about the truth.
    pub judgement: bool,
}

/// `(lemma, judgement, forms...)`: every inflection that appears in copy.
const VERBS: &[(&str, bool, &[&str])] = &[
    ("say", false, &["say", "says", "said", "saying"]),
    ("tell", false, &["tell", "tells", "told", "telling"]),
    ("state", false, &["state", "states", "stated", "stating"]),
    ("add", false, &["add", "adds", "added", "adding"]),
    (
        "write",
        false,
        &["write", "writes", "wrote", "written", "writing"],
    ),
    (
        "comment",
        false,
        &["comment", "comments", "commented", "commenting"],
    ),
    (
        "report",
        false,
        &["report", "reports", "reported", "reporting"],
    ),
    (
        "announce",
        false,
        &["announce", "announces", "announced", "announcing"],
    ),
    ("reply", false, &["reply", "replies", "replied", "replying"]),
    (
        "respond",
        false,
        &["respond", "responds", "responded", "responding"],
    ),
    (
        "answer",
        false,
        &["answer", "answers", "answered", "answering"],
    ),
    ("ask", false, &["ask", "asks", "asked", "asking"]),
    ("continue", false, &["continued"]),
    (
        "recall",
        false,
        &["recall", "recalls", "recalled", "recalling"],
    ),
    (
        "mention",
        false,
        &["mention", "mentions", "mentioned", "mentioning"],
    ),
    (
        "remark",
        false,
        &["remark", "remarks", "remarked", "remarking"],
    ),
    ("post", false, &["posted"]),
    ("tweet", false, &["tweet", "tweets", "tweeted", "tweeting"]),
    (
        "testify",
        false,
        &["testify", "testifies", "testified", "testifying"],
    ),
    ("brief", false, &["briefed"]),
    ("agree", false, &["agree", "agrees", "agreed"]),
    ("note", false, &["note", "notes", "noted", "noting"]),
    (
        "observe",
        false,
        &["observe", "observes", "observed", "observing"],
    ),
    (
        "point out",
        false,
        &["point out", "points out", "pointed out", "pointing out"],
    ),
    (
        "explain",
        false,
        &["explain", "explains", "explained", "explaining"],
    ),
    ("clarify", false, &["clarified"]),
    (
        "reveal",
        false,
        &["reveal", "reveals", "revealed", "revealing"],
    ),
    ("disclose", false, &["disclose", "discloses", "disclosed"]),
    (
        "confirm",
        false,
        &["confirm", "confirms", "confirmed", "confirming"],
    ),
    (
        "acknowledge",
        true,
        &[
            "acknowledge",
            "acknowledges",
            "acknowledged",
            "acknowledging",
        ],
    ),
    ("conclude", false, &["conclude", "concludes", "concluded"]),
    ("find", false, &["found", "finds"]),
    ("admit", true, &["admit", "admits", "admitted", "admitting"]),
    ("confess", true, &["confess", "confesses", "confessed"]),
    (
        "concede",
        true,
        &["concede", "concedes", "conceded", "conceding"],
    ),
    ("deny", true, &["deny", "denies", "denied", "denying"]),
    ("claim", true, &["claim", "claims", "claimed", "claiming"]),
    (
        "allege",
        true,
        &["allege", "alleges", "alleged", "alleging"],
    ),
    (
        "maintain",
        true,
        &["maintain", "maintains", "maintained", "maintaining"],
    ),
    (
        "contend",
        true,
        &["contend", "contends", "contended", "contending"],
    ),
    (
        "assert",
        true,
        &["assert", "asserts", "asserted", "asserting"],
    ),
    (
        "insist",
        true,
        &["insist", "insists", "insisted", "insisting"],
    ),
    ("argue", true, &["argue", "argues", "argued", "arguing"]),
    (
        "accuse",
        true,
        &["accuse", "accuses", "accused", "accusing"],
    ),
    ("boast", true, &["boast", "boasts", "boasted", "boasting"]),
    (
        "suggest",
        false,
        &["suggest", "suggests", "suggested", "suggesting"],
    ),
    (
        "speculate",
        false,
        &["speculate", "speculates", "speculated"],
    ),
    ("hint", false, &["hinted"]),
    (
        "estimate",
        false,
        &["estimate", "estimates", "estimated", "estimating"],
    ),
    (
        "predict",
        false,
        &["predict", "predicts", "predicted", "predicting"],
    ),
    (
        "forecast",
        false,
        &["forecast", "forecasts", "forecasted", "forecasting"],
    ),
    ("calculate", false, &["calculates", "calculated"]),
    ("expect", false, &["expect", "expects", "expected"]),
    ("believe", false, &["believe", "believes", "believed"]),
    ("think", false, &["think", "thinks", "thought"]),
    ("fear", false, &["fear", "fears", "feared"]),
    ("warn", false, &["warn", "warns", "warned", "warning"]),
    (
        "stress",
        false,
        &["stress", "stresses", "stressed", "stressing"],
    ),
    (
        "emphasise",
        false,
        &[
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
        ],
    ),
    (
        "reiterate",
        false,
        &["reiterate", "reiterates", "reiterated", "reiterating"],
    ),
    (
        "affirm",
        false,
        &["affirm", "affirms", "affirmed", "affirming", "reaffirmed"],
    ),
    (
        "declare",
        false,
        &["declare", "declares", "declared", "declaring"],
    ),
    ("vow", false, &["vow", "vows", "vowed", "vowing"]),
    (
        "pledge",
        false,
        &["pledge", "pledges", "pledged", "pledging"],
    ),
    (
        "promise",
        false,
        &["promise", "promises", "promised", "promising"],
    ),
    (
        "assure",
        false,
        &[
            "assure",
            "assures",
            "assured",
            "reassure",
            "reassures",
            "reassured",
            "reassuring",
        ],
    ),
    ("dispute", false, &["dispute", "disputes", "disputed"]),
    ("reject", false, &["reject", "rejects", "rejected"]),
    ("dismiss", false, &["dismissed"]),
    ("counter", false, &["countered"]),
    ("protest", false, &["protested"]),
    (
        "criticise",
        false,
        &[
            "criticise",
            "criticises",
            "criticised",
            "criticize",
            "criticizes",
            "criticized",
        ],
    ),
    ("condemn", false, &["condemn", "condemns", "condemned"]),
    ("blame", false, &["blame", "blames", "blamed"]),
    (
        "describe",
        false,
        &["describe", "describes", "described", "describing"],
    ),
    (
        "characterise",
        false,
        &[
            "characterise",
            "characterises",
            "characterised",
            "characterize",
            "characterizes",
            "characterized",
            "characterizing",
        ],
    ),
    (
        "indicate",
        false,
        &["indicate", "indicates", "indicated", "indicating"],
    ),
    ("urge", false, &["urge", "urges", "urged", "urging"]),
    ("call for", false, &["called for", "calls for"]),
    ("demand", false, &["demanded", "demands"]),
    (
        "recommend",
        false,
        &["recommend", "recommends", "recommended"],
    ),
    ("propose", false, &["proposed"]),
    ("caution", false, &["caution", "cautions", "cautioned"]),
    ("quip", false, &["quipped"]),
    ("joke", false, &["joked"]),
    ("complain", false, &["complain", "complains", "complained"]),
    ("lament", false, &["lamented"]),
    ("exclaim", false, &["exclaimed"]),
    ("shout", false, &["shouted"]),
    ("cite", false, &["cite", "cites", "cited", "citing"]),
    ("welcome", false, &["welcomed", "welcomes"]),
    ("hail", false, &["hailed", "hails"]),
];

static FORMS: LazyLock<HashMap<&'static str, VerbInfo>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for &(lemma, judgement, forms) in VERBS {
        for &form in forms {
            map.entry(form).or_insert(VerbInfo { lemma, judgement });
        }
    }
    map
});

/// Verbs of stance, intention and evaluation that attribute a view to their subject
/// without reporting speech: "critics called the plan reckless", "the union wants a
/// vote", "Democrats opposed the bill", "the senator declined to comment". Attribution
/// research counts these as cues (PolNeAR marks beliefs and intentions as well as
/// statements). Kept apart from `VERBS` because the quotes and entities stages read
/// `VERBS` as speech verbs only; only the attribution stage reads this list.
/// Source: our own compilation from the cue classes of PARC 3.0 and PolNeAR's
/// annotation guidelines. Released under this crate's licence.
const STANCE_VERBS: &[(&str, &[&str])] = &[
    ("call", &["called", "calls", "calling"]),
    ("endorse", &["endorse", "endorses", "endorsed", "endorsing"]),
    ("want", &["want", "wants", "wanted"]),
    ("support", &["supports", "supported"]),
    ("oppose", &["oppose", "opposes", "opposed", "opposing"]),
    ("back", &["backed", "backs"]),
    ("defend", &["defend", "defends", "defended", "defending"]),
    ("praise", &["praise", "praises", "praised", "praising"]),
    ("attack", &["attacked", "attacking"]),
    ("blast", &["blast", "blasts", "blasted", "blasting"]),
    ("slam", &["slam", "slams", "slammed", "slamming"]),
    ("mock", &["mocked", "mocks", "mocking"]),
    (
        "denounce",
        &["denounce", "denounces", "denounced", "denouncing"],
    ),
    ("decry", &["decry", "decries", "decried", "decrying"]),
    ("question", &["questioned", "questioning"]),
    ("decline", &["declined"]),
    ("refuse", &["refused", "refuses", "refusing"]),
    ("hope", &["hopes", "hoped", "hoping"]),
    ("plan", &["plans", "planned"]),
    ("seek", &["seeks", "sought", "seeking"]),
    ("know", &["knows", "knew"]),
    ("thank", &["thanked", "thanks"]),
    ("express", &["expressed", "expresses"]),
    ("discuss", &["discussed", "discusses"]),
    (
        "talk about",
        &["talked about", "talks about", "talking about"],
    ),
    ("refer to", &["referred to", "refers to", "referring to"]),
    ("point to", &["pointed to", "points to"]),
    ("prefer", &["prefer", "prefers", "preferred"]),
    ("worry", &["worried", "worries"]),
    ("highlight", &["highlighted", "highlights"]),
    ("repeat", &["repeated"]),
    ("order", &["ordered"]),
    ("offer", &["offered"]),
    ("echo", &["echoed"]),
    ("wonder", &["wondered", "wonders"]),
    ("rail", &["railed"]),
    ("assail", &["assailed"]),
];

static STANCE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    STANCE_VERBS
        .iter()
        .flat_map(|&(lemma, forms)| forms.iter().map(move |&f| (f, lemma)))
        .collect()
});

/// Stance verbs of wanting, planning or talking that describe what a group does or
/// wants rather than vouch for a claim: "people do not want to pay", "some plan to
/// leave". A generic subject of these is no vague source.
const NON_SOURCING_STANCE: &[&str] = &[
    "want",
    "hope",
    "prefer",
    "plan",
    "seek",
    "thank",
    "discuss",
    "talk about",
    "refer to",
    "know",
    "express",
    "highlight",
];

/// Whether a stance verb form (`stance_verb`'s input) only describes what its subject
/// wants or does, so that a generic subject of it is no vague source.
pub fn is_non_sourcing_stance(form: &str) -> bool {
    stance_verb(form).is_some_and(|l| NON_SOURCING_STANCE.contains(&l))
}

/// Reporting-verb forms that news copy uses as nouns far more often than as verbs ("a
/// few states", "the Badger state", "the AP report", "additional reporting by", "with
/// 90 percent of precincts reporting"): read as a verb only with a
/// pronoun subject or a complement opening right after ("it states that", "they state:
/// ..."). Our own list, from the cue errors on PolNeAR.
pub const NOUN_FIRST_FORMS: &[&str] = &["state", "states", "report", "reporting"];

/// Adverbs that make a following "called" a name given, not a view: "the procedure
/// sometimes called ...", "a fund also called ...". Our own list.
pub const NAMING_ADVERBS: &[&str] = &[
    "often",
    "sometimes",
    "typically",
    "commonly",
    "usually",
    "also",
    "officially",
    "popularly",
    "informally",
    "formally",
    "affectionately",
    "aptly",
    "variously",
    "once",
];

/// Nouns for people that are not agent nouns in -er, -or, -ist, -man or -woman: "a
/// judge called the claim baseless" is a view, where "a fund called X" is a name.
const PERSON_NOUNS: &[&str] = &[
    "judge",
    "candidate",
    "friend",
    "member",
    "rival",
    "colleague",
    "aide",
    "official",
    "critic",
    "source",
    "person",
    "expert",
    "analyst",
    "democrat",
    "republican",
    "spokesperson",
    "activist",
    "delegate",
    "nominee",
    "veteran",
    "student",
    "resident",
    "witness",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
];

/// Whether a lower-case singular noun names a person: an agent noun ("voter",
/// "senator", "economist", "spokesman") or one of `PERSON_NOUNS`.
pub fn is_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(&lower)
        || ["er", "or", "ist", "man", "woman", "ian", "ant", "ent"]
            .iter()
            .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end))
}

/// Verbs of belief and intention (lemmas of the reporting and stance lexicons). With
/// a pronoun subject inside the words another clause reports ("Lee said she wants a
/// vote", "voters said they believe it"), such a verb is part of what is reported, not
/// an attribution of its own. Our own list, from the nested cues on PolNeAR.
pub const INNER_STATE_LEMMAS: &[&str] = &[
    "want", "plan", "hope", "prefer", "seek", "know", "think", "believe", "expect", "support",
    "oppose", "find", "worry", "fear",
];

/// Words that, with weekday and month names and numbers, make a time phrase after a
/// reporting verb ("said on Thursday", "said last week"): no part of what was said.
/// Our own list.
pub const TIME_PHRASE_WORDS: &[&str] = &[
    "on",
    "last",
    "this",
    "next",
    "early",
    "late",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
];

/// Parts of the day after a weekday between a subject and its verb: "Trump on Sunday
/// morning said". Our own list.
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Adverbs without "-ly" that stand between a subject and its verb ("Clinton has
/// always denied", "the board twice complained"). Our own list, from the sources
/// PolNeAR marks past such words.
pub const PREVERBAL_ADVERBS: &[&str] = &[
    "always",
    "twice",
    "lately",
    "instead",
    "sometimes",
    "nonetheless",
    "nevertheless",
    "initially",
    "similarly",
    "since",
    "ever",
    "soon",
];

/// Adverbial phrases between a subject and its verb: "critics have in particular noted",
/// "Beck has in the past described". Our own list.
pub const PREVERBAL_PHRASES: &[&str] = &[
    "in particular",
    "at first",
    "for the first time",
    "in the past",
    "at one point",
    "all but",
    "once again",
    "at the time",
    "at times",
    "in turn",
];

/// Words that open the question after "asked": "asked whether the plan would pass",
/// "Asked about the delay, she said ...". Our own list.
pub const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "why", "what", "how", "who", "whom", "which", "when", "where", "about",
];

/// Documents and occasions that carry what someone said or found: "In a poll released
/// on Monday, ...", "in an interview with CNN, ...". Our own list.
pub const SOURCE_OCCASIONS: &[&str] = &[
    "poll",
    "survey",
    "study",
    "report",
    "interview",
    "statement",
    "letter",
    "memo",
    "speech",
    "op-ed",
    "column",
    "filing",
    "ruling",
    "analysis",
    "tweet",
    "post",
    "email",
    "essay",
    "book",
    "briefing",
];

/// The source occasions that are surveys of opinion: the figures a sentence gives "in a
/// Fox poll" are the poll's wherever the phrase stands. Our own list.
pub const POLL_HEADS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Records and recordings that show what they hold, as the subject of "show": "FEC
/// reports show", "an analysis of the filings showed", "the footage shows". Kept apart
/// from the statistical sources, whose finding covers the rest of their paragraph: a
/// video shows one scene, not the paragraph after it. Our own list.
pub const EVIDENCE_NOUNS: &[&str] = &[
    "analysis",
    "review",
    "files",
    "email",
    "emails",
    "video",
    "videos",
    "footage",
    "photos",
    "photographs",
    "images",
    "projection",
    "projections",
    "tallies",
    "findings",
    "ledgers",
    "transcript",
    "transcripts",
    "logs",
    "returns",
];

/// Headline labels that stand before a colon without being a speaker: "Update: ...",
/// "The Latest: ...", "Analysis: ...".
pub const HEADLINE_KICKERS: &[&str] = &[
    "update",
    "updated",
    "latest",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "review",
    "watch",
    "video",
    "photos",
    "live",
    "editorial",
    "notice",
    "explainer",
    "factbox",
    "timeline",
    "correction",
    "recap",
    "preview",
    "report",
    "email",
    "briefing",
    "newsletter",
    "wow",
    "look",
    "listen",
    "bombshell",
    "boom",
    "busted",
    "revealed",
    "confirmed",
    "shock",
];

/// Verbs and adjectives whose to-infinitive shares their subject and voices it, so that
/// a reporting verb after them is their subject's: "Lee continued to insist", "voters
/// are likely to say", "she was quick to condemn". Not verbs of trying, needing or
/// ability ("tried to ask", "had to respond", "able to reject"), after which nothing is
/// said yet. Our own list, from the cues PolNeAR marks after "to".
pub const CATENATIVES: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "seem",
    "seems",
    "seemed",
    "fail",
    "fails",
    "failed",
    "prompted",
    "likely",
    "unlikely",
    "quick",
    "reluctant",
    "correct",
];

/// Forms of "go" in "went on to say": the infinitive after "on" is the subject's.
pub const GO_ON: &[&str] = &["went", "goes", "go", "going"];

/// Verbs of regarding, a view when "as" follows their object: "experts see the vote as
/// a test", "the party views him as a liability", "voters regard it as settled". Without
/// "as" they report nothing ("voters saw the ad"). Our own list.
pub const REGARD_VERBS: &[&str] = &[
    "see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded",
];

/// The lemma of a regard verb read with its "as": a stance (a view), not a speech verb.
pub const REGARD_AS: &str = "see as";

/// Whether `lemma` is a stance verb's (a lemma `stance_verb` returns, or `REGARD_AS`).
pub fn is_stance_lemma(lemma: &str) -> bool {
    lemma == REGARD_AS || STANCE_VERBS.iter().any(|&(l, _)| l == lemma)
}

/// Looks up a stance verb (one word or a two-word form such as "referred to"); its lemma.
pub fn stance_verb(word: &str) -> Option<&'static str> {
    STANCE.get(word.to_ascii_lowercase().as_str()).copied()
}

/// Reporting verbs whose object is the one spoken to, not the speaker: "told CBS News",
/// "assured Jones", "reminded voters". Written after such a verb, a name is the listener:
/// never an inverted subject (`“…,” told CBS News` has no speaker written), nor the
/// subject of the next verb. By lemma, as the reporting lexicon gives it.
const LISTENER_VERBS: &[&str] = &[
    "tell", "inform", "assure", "reassure", "remind", "brief", "notify",
];

/// Is this reporting lemma one whose object is the listener ("tell", "assure")?
pub fn is_listener_lemma(lemma: &str) -> bool {
    LISTENER_VERBS.contains(&lemma)
}

/// Looks up one word (or a two-word phrasal form such as "pointed out"), case-insensitive.
pub fn reporting_verb(word: &str) -> Option<VerbInfo> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        FORMS.get(word.to_ascii_lowercase().as_str()).copied()
    } else {
        FORMS.get(word).copied()
    }
}

/// Every form in the lexicon, for building matchers.
pub fn all_forms() -> impl Iterator<Item = (&'static str, VerbInfo)> {
    FORMS.iter().map(|(&f, &i)| (f, i))
}

/// Reporting-verb forms that are also common nouns or adjectives ("the report", "a
/// claim", "state media"): these need a subject-like word right before them.
pub const NOUNY: &[&str] = &[
    "report",
    "reports",
    "state",
    "states",
    "comment",
    "comments",
    "answer",
    "answers",
    "post",
    "posts",
    "claim",
    "claims",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "reply",
    "replies",
    "remark",
    "remarks",
    "tweet",
    "tweets",
    "note",
    "notes",
    "demand",
    "demands",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "protest",
    "protests",
    "counter",
    "vow",
    "vows",
    "fear",
    "fears",
    "hint",
    "hints",
    "call",
    "calls",
    "question",
    "questions",
    "dispute",
    "disputes",
    "find",
    "finds",
    "brief",
    "briefs",
    "joke",
    "jokes",
    "lament",
    "boast",
    "boasts",
    "mention",
    "mentions",
    "recall",
    "recalls",
    "caution",
    "cite",
    "warning",
    "complaint",
    "concern",
    "respond",
    "reject",
    "dismiss",
    "deny",
    "confirm",
    "admit",
    "agree",
    "add",
    "say",
    "tell",
    "write",
    "ask",
    "reveal",
    "explain",
    "urge",
    "expect",
    "believe",
    "think",
    "warn",
    "predict",
    "suggest",
    "insist",
    "argue",
    "accept",
    "feel",
    "see",
    "view",
    "regard",
    "worry",
    "wonder",
    "show",
    "shows",
    "hails",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_and_judgement() {
        assert_eq!(reporting_verb("Said").map(|v| v.lemma), Some("say"));
        assert!(reporting_verb("claimed").is_some_and(|v| v.judgement));
        assert!(reporting_verb("stated").is_some_and(|v| !v.judgement));
        assert_eq!(
            reporting_verb("pointed out").map(|v| v.lemma),
            Some("point out")
        );
        assert!(reporting_verb("table").is_none());
    }

    #[test]
    fn lexicon_is_about_the_size_the_issue_asks() {
        assert!(VERBS.len() >= 80, "{} lemmas", VERBS.len());
        assert!(all_forms().count() >= 250);
    }
}
