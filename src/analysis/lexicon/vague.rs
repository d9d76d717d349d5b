//! Vague and anonymous sources, agentless passives and hedging adverbs.
//!
//! Source: our own compilation (shared/research/domain-notes.md §7.b), drawn from
//! Wikipedia's "Words to watch" guidance on unsupported attributions ({{who}},
//! {{by whom}}), the AP and Reuters rules on anonymous sourcing, and the weasel-word
//! lists of proselint and the CoNLL-2010 hedge task. Released under this crate's licence.
//!
//! Every entry is lower case; matching is case-insensitive on whole words.

/// Plural or collective heads that name no one: "officials said", "experts say".
/// A head only counts when it is the last word of the subject (so "officials at the
/// Treasury" is specific) and no definite determiner points back to a named group.
pub const PLURAL_HEADS: &[&str] = &[
    // Political groups ("Republicans say", "some Democrats fear"); see PARTY_GROUPS.
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "tories",
    "advisers",
    "advisors",
    "allies",
    "backers",
    "donors",
    "polls",
    "surveys",
    "officials",
    "sources",
    "experts",
    "analysts",
    "economists",
    "observers",
    "critics",
    "commentators",
    "pundits",
    "insiders",
    "diplomats",
    "lawmakers",
    "legislators",
    "politicians",
    "ministers",
    "mps",
    "executives",
    "investors",
    "traders",
    "dealers",
    "bankers",
    "strategists",
    "forecasters",
    "residents",
    "locals",
    "witnesses",
    "scientists",
    "researchers",
    "academics",
    "scholars",
    "historians",
    "activists",
    "campaigners",
    "opponents",
    "supporters",
    "advocates",
    "members",
    "parties",
    "groups",
    "outlets",
    "media",
    "reports",
    "people",
    "aides",
    "authorities",
    "watchers",
    "users",
    "netizens",
    "voters",
    "studies",
    "unions",
    // Generic people and roles: a group described, nobody named.
    "leaders",
    "senators",
    "operatives",
    "organizers",
    "organisers",
    "participants",
    "specialists",
    "delegates",
    "staffers",
    "attendees",
    "employees",
    "workers",
    "officers",
    "protesters",
    "consultants",
    "veterans",
    "correspondents",
    "colleagues",
    // People described by their trade alone: "local doctors warn". Not lawyers: in
    // court copy "lawyers" are a named party's ("prosecution lawyers have argued").
    "councillors",
    "councilors",
    "doctors",
    "teachers",
    "farmers",
    "shopkeepers",
    "newspapers",
    // Mass nouns that, like a plural, stand without an article: "research suggests",
    // "evidence indicates" (a maker named before or after them names the source).
    "research",
    "evidence",
    // An entourage or camp, unnamed: "Romney's associates said", "proponents of the
    // bill say".
    "associates",
    "confidants",
    "loyalists",
    "proponents",
    "organizations",
    "organisations",
];

/// Singular heads that are anonymous with an indefinite article: "a source said",
/// "an official told reporters", "one analyst said".
pub const SINGULAR_HEADS: &[&str] = &[
    "source",
    "official",
    "insider",
    "aide",
    "diplomat",
    "analyst",
    "expert",
    "economist",
    "observer",
    "person",
    "resident",
    "witness",
    "executive",
    "banker",
    "trader",
    "investor",
    "critic",
    "study",
    // Generic roles that name nobody with "a", "an" or "one".
    "strategist",
    "staffer",
    "speechwriter",
    "senator",
    "organizer",
    "organiser",
    "leader",
    "attendee",
    "member",
    "officer",
    "employee",
    "adviser",
    "advisor",
    "operative",
    "lawmaker",
    "specialist",
    "participant",
    "consultant",
    // A party member, an activist or a delegate named by no more than that.
    "democrat",
    "republican",
    "activist",
    "delegate",
    "confidant",
    "friend",
    // A person described by a trade or standing alone: "a local shopkeeper said", "one
    // senior figure described".
    "councillor",
    "councilor",
    "doctor",
    "teacher",
    "farmer",
    "shopkeeper",
    "figure",
    // A document nobody names: "said a report" (not "the report", named earlier).
    "report",
];

/// Vague heads that are written with a capital wherever they stand ("Republicans",
/// "Labour MPs"), so a capital does not make them part of a name.
pub const CAPITALISED_GROUPS: &[&str] = &[
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "tories",
    "mps",
    "republican",
    "democrat",
];

/// Nouns of number before "of" that leave the people after it the subject: "a number
/// of attendees said", "a slew of party leaders agree", "two-thirds of insiders said".
pub const QUANTITY_NOUNS: &[&str] = &[
    "number",
    "group",
    "slew",
    "array",
    "chorus",
    "host",
    "handful",
    "share",
    "majority",
    "minority",
    "plurality",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "dozen",
    "dozens",
    "lot",
    "lots",
    "couple",
    "score",
    "scores",
    "hundreds",
    "thousands",
    "most",
    "some",
    "many",
    "all",
    "few",
    "none",
    "rest",
    "bulk",
    "coalition",
    "band",
    "crowd",
];

/// Studies and polls: a capitalised word before them ("a Gallup poll", "a Labor
/// Department study") or a named "by" ("a study by economists at Duke") names the maker.
pub const DOCUMENT_HEADS: &[&str] = &[
    "study", "studies", "poll", "polls", "survey", "surveys", "report", "research", "evidence",
];

/// Document heads that name no maker only when nothing but an opener or a word of time
/// stands before them: "a report said", "new research suggests"; "a police report
/// indicates" and "DNA evidence showed" say whose document or what evidence it is.
pub const BARE_DOCUMENT_HEADS: &[&str] = &["report", "research", "evidence"];

/// The words that may stand before a bare document head: "a new report", "recent
/// research", "growing evidence".
pub const BARE_DOCUMENT_OPENERS: &[&str] = &[
    "a", "an", "one", "another", "new", "recent", "latest", "leaked", "further", "more", "some",
    "growing", "and", "but",
];

/// Heads that stay anonymous after "the": "the source said", "the insiders added" point
/// back to a source the text never named.
pub const ANONYMOUS_HEADS: &[&str] = &["source", "sources", "insider", "insiders"];

/// A person's entourage: unnamed even after a possessive ("her advisers said", "the
/// governor's aides say"), unlike "his wife" or "the company's chairman".
pub const ENTOURAGE_HEADS: &[&str] = &[
    "aides",
    "advisers",
    "advisors",
    "allies",
    "associates",
    "confidants",
    "supporters",
    "backers",
    "critics",
    "lieutenants",
    "loyalists",
    "opponents",
];

/// Words that open a post-modifier keeping a vague head anonymous: "people familiar
/// with the talks", "a source close to the family", "officials who spoke to reporters",
/// "an aide with knowledge of the plan", "analysts at two banks".
pub const POST_MODIFIER_OPENERS: &[&str] = &[
    "familiar",
    "close",
    "privy",
    "knowledgeable",
    "briefed",
    "involved",
    "who",
    "with",
    // "organisations that fight misinformation cried foul".
    "that",
    "in",
    "at",
    "on",
    "inside",
    "within",
    "across",
    "outside",
    "from",
    "for",
    "of",
    // Only after an entourage head: "aides to the senator" (see ENTOURAGE_HEADS).
    "to",
];

/// The post-modifier openers that mark a source as anonymous by themselves, without
/// the subject position to show the phrase is a source: "said a person familiar with".
pub const ANONYMITY_OPENERS: &[&str] = &[
    "familiar",
    "close",
    "privy",
    "knowledgeable",
    "briefed",
    "involved",
    "who",
    "with",
];

/// Quantifiers that are a whole (vague) subject on their own: "many fear", "some say".
pub const QUANTIFIER_SUBJECTS: &[&str] = &[
    "some", "many", "others", "most", "few", "several", "everyone",
];

/// Words that may stand before a vague head inside the same subject without making it
/// specific: determiners, quantifiers, and the common modifiers of official sources.
/// Capitalised modifiers ("South Korean", "Labour", "Wall Street") are accepted too.
pub const HEAD_MODIFIERS: &[&str] = &[
    "some",
    "many",
    "most",
    "other",
    "several",
    "few",
    "numerous",
    "various",
    "certain",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "another",
    "second",
    "third",
    "senior",
    "top",
    "local",
    "foreign",
    "western",
    "government",
    "administration",
    "industry",
    "military",
    "intelligence",
    "security",
    "health",
    "police",
    "media",
    "news",
    "market",
    "business",
    "opposition",
    "political",
    "independent",
    "unnamed",
    "anonymous",
    "leading",
    "prominent",
    "outside",
    "defense",
    "defence",
    "diplomatic",
    "financial",
    "legal",
    "party",
    "state",
    "city",
    "press",
    "and",
    "also",
    "even",
    "economic",
    "medical",
    "regional",
    "international",
    "global",
    "private",
    "public",
    "sector",
    "western",
    "informed",
    "knowledgeable",
    "well-placed",
];

/// Cue words that are plural nouns as often as verbs: after a bare quantifier ("several
/// states", "many plans") they make a noun phrase, not a clause.
pub const NOUN_LIKE_CUES: &[&str] = &[
    "states",
    "state",
    "plans",
    "reports",
    "claims",
    "notes",
    "calls",
    "comments",
    "fears",
    "hopes",
    "doubts",
    "questions",
    "answers",
    "points",
    "concerns",
    "warnings",
    "complaints",
    "views",
    "estimates",
    "forecasts",
    "predictions",
    "accounts",
];

/// Roles that make a person an official, for naming the source of "officials said":
/// only with the body or place the sentence names in the role as well ("South Korea's
/// vice foreign minister" for "South Korea ... but officials suggest").
pub const OFFICE_ROLES: &[&str] = &[
    "minister",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "commissioner",
    "director",
    "governor",
    "mayor",
];

/// Fixed phrases that are vague sources wherever they stand.
pub const PHRASES: &[&str] = &[
    "sources close to",
    "a source close to",
    "people familiar with",
    "a person familiar with",
    "sources familiar with",
    "people with knowledge of",
    "a person with knowledge of",
    "people briefed on",
    "a person briefed on",
    "media reports",
    "press reports",
    "news reports",
    "local media",
    "state media",
    "market expectations",
    "market expectation",
    "market forecasts",
    "analysts' expectations",
    "analysts' forecasts",
    "analyst expectations",
    "studies show",
    "research shows",
    "research suggests",
    "research found",
    "research has found",
    "research has shown",
    "studies have shown",
    "evidence suggests",
    "it is widely believed",
    "it is widely accepted",
    "it is generally agreed",
    "it is often said",
    "it has been suggested",
];

/// Sources after "according to" that name no one: "according to reports".
pub const ACCORDING_TO_VAGUE: &[&str] = &[
    "reports",
    "media reports",
    "press reports",
    "news reports",
    "local reports",
    "local media",
    "state media",
    "sources",
    "officials",
    "experts",
    "analysts",
    "insiders",
    "observers",
    "critics",
    "some",
    "many",
    "rumours",
    "rumors",
    "research",
];

/// "there are fears that ...": a mood with no holder.
pub const MOOD_NOUNS: &[&str] = &[
    "fears",
    "worries",
    "concerns",
    "suggestions",
    "hopes",
    "rumours",
    "rumors",
    "doubts",
];

/// Nouns of a view whose holders a "from"/"among" phrase names: "fears from some
/// Tories that ...", "complaints from some of the party's MPs that ...". Counts and
/// documents ("claims from insurers rose") are left out.
pub const VIEW_NOUNS: &[&str] = &[
    "fears",
    "worries",
    "concerns",
    "complaints",
    "criticism",
    "warnings",
    "doubts",
    "suggestions",
    "accusations",
];

/// Participles that, after a form of "be" and with no "by" agent, hide who holds the
/// view: "it is understood", "is expected to", "is tipped to".
pub const AGENTLESS_PARTICIPLES: &[&str] = &[
    "understood",
    "believed",
    "thought",
    "said",
    "reported",
    "rumoured",
    "rumored",
    "alleged",
    "claimed",
    "feared",
    "expected",
    "tipped",
    "known",
    "suggested",
    "seen",
    "viewed",
    "regarded",
    "considered",
    "perceived",
    "credited",
];

/// Participles that hold a view only with "with" and a deed: "he is credited with
/// reviving sales" (who credits him?), never "the goal was credited to" or "credited
/// with an assist" (a scorer's record, not a view).
pub const AGENTLESS_NEED_WITH_DEED: &[&str] = &["credited"];

/// Participles that hold a view only with "as" or "to": "is seen as the favourite",
/// "is considered to be", never "he was seen leaving" or "the bid was considered".
pub const AGENTLESS_NEED_AS: &[&str] = &["seen", "viewed", "regarded", "considered", "perceived"];

/// Participles that are only vague with "it" ("it is reported that") or with "to" ("is
/// said to", "is reported to"), never alone ("the bill was reported" is not a source).
pub const AGENTLESS_NEED_IT_OR_TO: &[&str] = &[
    "said",
    "reported",
    "known",
    "suggested",
    "claimed",
    "thought",
    "alleged",
];

/// Participles that, set off by a comma and followed by "to", hide who holds the view:
/// "the toll, thought to be the highest", "the wreck, believed to date from 1850".
pub const REDUCED_RELATIVE_PARTICIPLES: &[&str] = &[
    "thought",
    "believed",
    "said",
    "understood",
    "reported",
    "rumoured",
    "rumored",
    "alleged",
    "estimated",
    "expected",
    "tipped",
];

/// Participles that after "widely" hold a view nobody is named for: "widely expected
/// in May", "widely seen as", "widely tipped for".
pub const WIDELY_PARTICIPLES: &[&str] = &[
    "expected",
    "seen",
    "tipped",
    "regarded",
    "believed",
    "thought",
    "considered",
    "viewed",
    "reported",
    "predicted",
    "anticipated",
];

/// Forms of "be" that carry an agentless passive.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Adverbs that report without saying who reports.
pub const HEDGING_ADVERBS: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "reputedly",
];

/// Verbs of opinion that report a view when a vague quantifier is the subject ("what
/// some have called", "some question whether"), beyond the reporting-verb lexicon.
pub const OPINION_VERBS: &[&str] = &[
    "call", "called", "calls", "question", "regard", "regarded", "worry", "wonder", "feel", "felt",
    "reckon", "reckons", "reckoned", "voice", "voiced", "hope", "hopes", "hoped",
];

/// Opinion verbs that are a wish or a plan before "to" or "for" ("officials hope to
/// reopen the pier", "fans hoped for a win"): a view only before a clause ("officials
/// hope the pier will reopen").
pub const OPINION_VERBS_NEED_CLAUSE: &[&str] = &["hope", "hopes", "hoped"];

/// Party and faction plurals that a capitalised word before them turns into a party's
/// name ("Liberal Democrats", "Sweden Democrats", "Young Republicans"), unless that word
/// is a chamber or party label ("House Republicans", "GOP donors" stay generic).
pub const PARTY_GROUPS: &[&str] = &["republicans", "democrats", "conservatives", "liberals"];

/// Capitalised words before a party plural that keep it a generic group.
pub const GROUP_LABELS: &[&str] = &[
    "house",
    "senate",
    "congressional",
    "gop",
    "republican",
    "democratic",
    "establishment",
    "moderate",
    "mainstream",
    "conservative",
    "progressive",
    "some",
    "many",
    "most",
    "other",
    "few",
    "several",
    "but",
    "and",
];

/// "Liberal Democrats": a party plural with a capitalised name word before it.
pub fn is_party_name(modifier: &str, head: &str) -> bool {
    let head = head.to_lowercase();
    PARTY_GROUPS.contains(&head.as_str())
        && modifier.chars().next().is_some_and(char::is_uppercase)
        && !GROUP_LABELS.contains(&modifier.to_lowercase().as_str())
}

pub fn is_plural_head(word: &str) -> bool {
    PLURAL_HEADS.contains(&word.to_lowercase().as_str())
}

pub fn is_singular_head(word: &str) -> bool {
    SINGULAR_HEADS.contains(&word.to_lowercase().as_str())
}

pub fn is_head_modifier(word: &str) -> bool {
    HEAD_MODIFIERS.contains(&word.to_lowercase().as_str())
}

pub fn is_hedging_adverb(word: &str) -> bool {
    HEDGING_ADVERBS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_matchers_ignore_case() {
        for list in [
            PLURAL_HEADS,
            SINGULAR_HEADS,
            HEAD_MODIFIERS,
            PHRASES,
            ACCORDING_TO_VAGUE,
            AGENTLESS_PARTICIPLES,
            REDUCED_RELATIVE_PARTICIPLES,
            HEDGING_ADVERBS,
        ] {
            for w in list {
                assert_eq!(*w, w.to_lowercase());
            }
        }
        assert!(is_plural_head("Officials"));
        assert!(is_hedging_adverb("Reportedly"));
        assert!(!is_plural_head("agency"));
    }
}
