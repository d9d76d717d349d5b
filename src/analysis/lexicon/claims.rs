//! Words that let a sentence name the record its figures come from: the record itself
//! ("the survey", "exit polling", "fundraising reports") and what a record does with
//! them ("shows", "found"). Written for sayswho from AP style's sourcing of polls and
//! filings; not taken from any corpus.

/// Nouns for a record, poll or study that can stand behind a figure.
pub const RECORDS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "report",
    "reports",
    "analysis",
    "study",
    "studies",
    "data",
    "filings",
    "filing",
    "records",
    "census",
    "audit",
    "tally",
    "review",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "projection",
    "projections",
    "statistics",
    "count",
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
    // What a record says of a figure: "the poll puts his support at 5 percent", "a
    // forecast gives her 1,280", "the report predicts", "the estimate projected".
    "puts",
    "put",
    "gives",
    "gave",
    "predicts",
    "predicted",
    "forecasts",
    "forecast",
    "projects",
    "projected",
    "estimates",
    "estimated",
    "says",
    "said",
    // How a poll's own sample is told: "the poll was conducted ... among 1,031 voters".
    "conducted",
    "surveyed",
    "interviewed",
    "sampled",
    // "As a study from 2011 noted, ...".
    "noted",
    "notes",
];

/// Words after a record noun that open its complement ("a poll of voters in May", "an
/// analysis by the fact-checkers", "a survey from the institute"), so the verb that
/// tells what the record found may stand further on.
pub const RECORD_COMPLEMENTS: &[&str] = &["of", "by", "from", "in", "on", "for", "into"];

/// Nouns of someone's count after "by" ("by the agency's tally", "by one estimate", "by
/// our count", "by its own reckoning").
pub const TALLIES: &[&str] = &[
    "tally",
    "count",
    "estimate",
    "estimates",
    "reckoning",
    "calculation",
    "calculations",
];

/// Nouns for a stated intention ("has expressed a willingness to", "voiced a desire
/// to"): the writer reports what someone wants without saying where they said it.
pub const INTENTIONS: &[&str] = &["willingness", "desire", "wish", "intention", "readiness"];

/// Verbs that make such an intention public.
pub const VOICED: &[&str] = &["expressed", "voiced", "signalled", "signaled", "indicated"];

/// Nouns that make a distance before them the name of a sporting event ("the 60m
/// sprint", "Olympic 5,000m champion", "the 400m title"), not a measurement. "record" and
/// the medals are left out: "the 1500m world record" and "won Olympic 200m gold" state
/// who holds or won what.
pub const EVENT_NOUNS: &[&str] = &[
    "race",
    "races",
    "sprint",
    "hurdles",
    "champion",
    "champions",
    "championship",
    "title",
    "final",
    "finals",
    "relay",
    "heat",
    "heats",
    "event",
    "medallist",
    "medalist",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "dash",
    "steeplechase",
];

/// The tallies of a box score ("25 points, 11 rebounds and 10 assists").
pub const STAT_NOUNS: &[&str] = &[
    "points",
    "rebounds",
    "assists",
    "steals",
    "blocks",
    "turnovers",
    "goals",
    "touchdowns",
    "yards",
    "wickets",
    "runs",
    "strikeouts",
    "saves",
    "tackles",
    "birdies",
    "aces",
];

/// Past-tense verbs that read a box score off a game that was played ("scored 34
/// points", "had 10 assists", "finished with 25 points"): the result of an event the
/// copy reports, on the public record. A career tally ("has 86 triple-doubles", "is
/// leading the league with 11 assists") is not read this way.
pub const BOX_SCORE_VERBS: &[&str] = &[
    "scored",
    "had",
    "finished",
    "added",
    "grabbed",
    "collected",
    "posted",
    "pulled",
    "kicked",
    "contributed",
    "chipped",
];

/// Words before "best" that make it a sporting result, not a ranking: "a personal best
/// of 7.13 seconds", "a season's best 8:41.43", "short of the world best".
pub const RESULT_BESTS: &[&str] = &[
    "personal",
    "season's",
    "season’s",
    "world",
    "career",
    "lifetime",
    "season",
];

/// Nouns after "best" that make it part of an award's name ("the best TV comedy
/// category", "best actress award").
pub const AWARD_NOUNS: &[&str] = &[
    "category",
    "categories",
    "award",
    "awards",
    "prize",
    "prizes",
    "gong",
    "nomination",
    "nominations",
    "honour",
    "honours",
];

/// Verbs that confer an award or a title ("was named Britain's best new comedy").
pub const CONFERRED: &[&str] = &["named", "voted", "crowned", "chosen", "declared"];

/// Words that may follow an age after "turned" ("turned 74 on Sunday", "turns 18 before
/// the vote"), where a count has its noun ("turned 60 boats away").
pub const AFTER_AN_AGE: &[&str] = &[
    "on",
    "in",
    "before",
    "prior",
    "last",
    "this",
    "next",
    "at",
    "when",
    "and",
    "but",
    "while",
    "after",
    "during",
    "today",
    "yesterday",
    "tomorrow",
    "since",
    "that",
    "years",
];

/// Modal words that put a sentence in the future tense ("will grow", "would fall"): a
/// forecast that may go on from a reported one in the sentence before.
pub const FUTURE_MODALS: &[&str] = &["will", "would", "could", "might", "won't", "wouldn't"];

/// Reporting words that themselves report a forecast ("the commission forecasts").
pub const FORECAST_CUES: &[&str] = &[
    "forecast",
    "forecasts",
    "forecasting",
    "predicts",
    "predicted",
    "predicting",
    "expects",
    "expected",
    "expecting",
    "projects",
    "projected",
    "projecting",
];

/// Words beside a hyphenated pair of numbers that make it a final score ("won 3-1",
/// "a 24-17 win", "victory, 112-107 over the Thunder").
pub const SCORE_WORDS: &[&str] = &[
    "won",
    "beat",
    "beats",
    "lost",
    "defeated",
    "edged",
    "drew",
    "trailed",
    "led",
    "victory",
    "win",
    "defeat",
    "loss",
    "draw",
    "triumph",
    "rout",
    "thrashing",
];

/// What a price does in a commodity or currency market report, with the word after it:
/// "closed up $2.80", "ended lower at 1.32", "was trading at $51.39".
pub const QUOTE_MOVES: &[&str] = &["closed", "ended", "finished", "settled", "opened"];
pub const QUOTE_DIRECTIONS: &[&str] = &["up", "down", "higher", "lower", "at", "flat"];

/// Words right after "agreed" that make it an act or a deal ("agreed to a buyout",
/// "agreed a settlement", "agreed on terms"), not a statement.
pub const AGREED_TO_ACT: &[&str] = &["to", "a", "an", "the", "on", "terms", "its", "their"];

/// Participles of an agentless forecast after "is" and before "to" ("is forecast to
/// fall", "are projected to reach").
pub const FORECAST_PARTICIPLES: &[&str] = &[
    "forecast",
    "projected",
    "predicted",
    "estimated",
    "tipped",
    "forecasted",
];

/// Stance cues of a wish or a plan ("hopes", "wants", "plans"): what follows them is
/// the holder's wish.
pub const WISH_CUES: &[&str] = &[
    "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wanting", "plan", "plans",
    "planned", "planning", "seek", "seeks", "sought", "seeking",
];

/// Nouns of a company's reported results that make a headline or lead a results story
/// ("BA's profits", "reporting weak earnings", "its full-year results").
pub const RESULTS_LEAD_NOUNS: &[&str] = &[
    "profit", "profits", "earnings", "results", "sales", "revenue", "revenues", "turnover",
];

/// Nouns of the figures a results announcement publishes ("operating profits fell 46%",
/// "turnover was up 4.3%", "a full-year loss of 506m euros", "net income rose", "took a
/// 1.5bn euro one-time charge", "a 650m euro write-down", "raised its dividend").
pub const RESULTS_NOUNS: &[&str] = &[
    "profit",
    "profits",
    "loss",
    "earnings",
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "income",
    "charge",
    "charges",
    "write-down",
    "write-downs",
    "writedown",
    "writedowns",
    "write-off",
    "write-offs",
    "impairment",
    "dividend",
];

/// Nouns of a published provision: a law, a rule or a plan whose text lays down
/// thresholds and sums ("the law requires", "under the agreement", "her plan includes").
pub const PROVISIONS: &[&str] = &[
    "law",
    "laws",
    "rule",
    "rules",
    "regulation",
    "regulations",
    "constitution",
    "statute",
    "plan",
    "proposal",
    "treaty",
    "agreement",
    "ordinance",
    "settlement",
    "budget",
    "package",
    "policy",
    "legislation",
    "contract",
    "deal",
    "measure",
];

/// What a provision does with a figure ("requires", "allows", "reserves 25 percent of
/// seats", "caps", "includes"); "calls" and "provides" only with "for".
pub const PROVISION_VERBS: &[&str] = &[
    "allows",
    "allow",
    "allowed",
    "requires",
    "require",
    "required",
    "reserves",
    "reserve",
    "reserved",
    "bans",
    "ban",
    "banned",
    "sets",
    "set",
    "mandates",
    "permits",
    "caps",
    "limits",
    "includes",
    "include",
    "included",
    "calls",
    "call",
    "provides",
    "provide",
    "guarantees",
    "entitles",
    "obliges",
    "stipulates",
];

/// Nouns of an official statistic that make a headline or lead a statistics story
/// ("German unemployment rose", "economic growth accelerated"); "out of work" too.
pub const STATISTIC_LEAD_NOUNS: &[&str] =
    &["unemployment", "jobless", "inflation", "growth", "gdp"];

/// Nouns of the figures such a release publishes, read beside a number ("unemployment
/// rose 7,000", "where the rate is 18.8%", "the 3.3% growth recorded").
pub const STATISTIC_NOUNS: &[&str] = &[
    "unemployment",
    "jobless",
    "inflation",
    "growth",
    "gdp",
    "rate",
];

/// Possessives of a scope that make "first" a ranking against every rival in it ("the
/// world's first"). A nation's firsts ("the country's first black president", "the
/// nation's first caucus state") are mostly common knowledge, and left out.
pub const FIRST_SCOPES: &[&str] = &["world's", "world’s"];

/// Published lists that "topped the ..." ranks first on.
pub const TOPPED_LISTS: &[&str] = &[
    "chart",
    "charts",
    "poll",
    "polls",
    "list",
    "rankings",
    "table",
    "league",
    "bestseller",
    "bestsellers",
    "box",
];

/// Places at the top that a record may be kept of ("the top spot since 2002").
pub const TOP_PLACES: &[&str] = &["spot", "place", "position", "ranking"];

/// Verbs of harm told with their agent after "by" ("hit in recent years by").
pub const HARMED_BY: &[&str] = &["hit", "hurt", "dented"];

/// What "stole" takes in sport and show business without a theft ("stole top spot",
/// "stole the show", "stole a march", "stole the ball").
pub const STOLEN_PLACES: &[&str] = &[
    "top",
    "show",
    "lead",
    "limelight",
    "spotlight",
    "headlines",
    "march",
    "ball",
    "base",
    "bases",
    "win",
    "victory",
    "glory",
];

/// Words of thinking, knowing, fearing or claiming that take a "that" clause: what the
/// clause says is the holder's view (`claims/held.rs`). Verbs and the nouns that name
/// a view ("the claim that", "concern that"); not "fact", "so", "such", "shows".
pub const VIEW_WORDS: &[&str] = &[
    "recognize",
    "recognizes",
    "recognized",
    "recognizing",
    "recognise",
    "recognises",
    "recognised",
    "realize",
    "realizes",
    "realized",
    "realise",
    "realises",
    "realised",
    "anticipate",
    "anticipates",
    "anticipated",
    "know",
    "knows",
    "knew",
    "believe",
    "believes",
    "believed",
    "believing",
    "think",
    "thinks",
    "thought",
    "fear",
    "fears",
    "feared",
    "suspect",
    "suspects",
    "suspected",
    "assume",
    "assumes",
    "assumed",
    "imply",
    "implies",
    "implied",
    "project",
    "projects",
    "projected",
    "projecting",
    "estimate",
    "estimates",
    "estimated",
    "estimating",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "argue",
    "argues",
    "argued",
    "arguing",
    "contend",
    "contends",
    "contended",
    "insist",
    "insists",
    "insisted",
    "maintain",
    "maintains",
    "maintained",
    "assert",
    "asserts",
    "asserted",
    "reporting",
    "reports",
    "worry",
    "worries",
    "worried",
    "doubt",
    "doubts",
    "doubted",
    "concede",
    "concedes",
    "conceded",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "predict",
    "predicts",
    "predicted",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "understand",
    "understands",
    "understood",
    "conclude",
    "concludes",
    "concluded",
    "belief",
    "beliefs",
    "concern",
    "concerns",
    "suggestion",
    "allegation",
    "allegations",
    "assertion",
    "notion",
    "argument",
    "contention",
    "assumption",
    "expectation",
    "expectations",
    "perception",
    "premise",
    "theory",
    "speculation",
    "suspicion",
    "suspicions",
    "warning",
    "warnings",
];

/// Adjectives of a held view after "is" ("is worried that", "are confident that");
/// not "certain", "clear" or "likely", which the writer asserts with "it is".
pub const VIEW_ADJECTIVES: &[&str] = &[
    "worried",
    "concerned",
    "aware",
    "convinced",
    "confident",
    "hopeful",
    "afraid",
    "fearful",
    "optimistic",
    "pessimistic",
    "adamant",
    "unaware",
];

/// Verbs of claiming or knowing that open a clause without "that" ("claims his fortune
/// tops $10bn", "knew it was possible").
pub const BARE_VIEW_VERBS: &[&str] = &[
    "claims",
    "claimed",
    "believes",
    "believed",
    "thinks",
    "knows",
    "knew",
    "fears",
    "feared",
    "reckons",
    "reckoned",
    "suspects",
    "suspected",
    "insists",
    "insisted",
    "argues",
    "argued",
    "contends",
    "contended",
];

/// Words that open a clause's subject right after a bare view verb.
pub const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "his", "her",
    "their", "its", "our", "my",
];

/// Words that put a proposal forward, whose sums are the proposer's ("her proposals to
/// invest $275bn", "is proposing a $15 wage", "workers who demanded a $15 wage"). Not
/// "demand" or "demands", which are mostly the economist's noun ("demand rose 5%"), nor
/// "advocates" and "lobbying", mostly nouns of people and groups ("gun rights advocates",
/// "lobbying groups").
pub const PROPOSALS: &[&str] = &[
    "proposal",
    "proposals",
    "propose",
    "proposes",
    "proposed",
    "proposing",
    "advocated",
    "advocating",
    "demanded",
    "demanding",
    "lobbied",
    "urging",
    "urged",
    "urges",
];

/// Progressive forms of forecasting verbs ("are expecting", "is forecasting"): what
/// follows is the subject's forecast (`claims/held.rs`).
pub const FORECASTING: &[&str] = &[
    "expecting",
    "forecasting",
    "predicting",
    "projecting",
    "estimating",
    "anticipating",
];
