//! Words that join two figures into one quantity or keep them apart: generic nouns,
//! tolls, revisions, scopes, subgroups, synonyms.
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

/// Quantity words too generic to compare on their own ("5 people" and "12 people" are
/// rarely the same count).
pub const GENERIC_QUANTITIES: &[&str] = &[
    "people",
    "person",
    "persons",
    "men",
    "women",
    "children",
    "kids",
    "adults",
    "times",
    "ones",
    "others",
    "things",
    "cases",
    "members",
    "users",
    "customers",
    "staff",
    "workers",
    "employees",
    "jobs",
    "firms",
    "companies",
    "businesses",
    "countries",
    "cities",
    "places",
    "points",
    "votes",
    "seats",
    "units",
    "items",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "decades",
    "pence",
    "pounds",
    "dollars",
    "euros",
    "percent",
    "cent",
    "share",
    "rise",
    "fall",
    "increase",
    "drop",
    "amount",
    "number",
    "total",
    "figure",
    "sum",
    "level",
    "rate",
];

/// Words of a toll stated as a whole ("the death toll", "34 people were killed"): figures
/// of these with the "killed" predicate and the same time are one quantity.
pub const TOLL_NOUNS: &[&str] = &[
    "",
    "people",
    "person",
    "death toll",
    "toll",
    "dead",
    "death",
    "deaths",
    "fatalities",
    "lives",
    "victims",
];

/// Words that mark a figure as an earlier or revised statement ("the toll was earlier
/// put at 20").
pub const REVISION_WORDS: &[&str] = &[
    "earlier",
    "initially",
    "initial",
    "previously",
    "originally",
    "revised",
    "preliminary",
    "previous",
];

/// Things counted (as comparison keys, singular) that say too little to tell two
/// sources' counts apart even when one plays the other down: people in general, units
/// of time and money, tallies that differ by whom they are for ("votes", "seats").
/// Firms, jobs or countries, counted by two named sources, one saying "only", are one
/// disputed count.
pub const PLACEHOLDER_COUNTS: &[&str] = &[
    "people", "person", "man", "men", "woman", "women", "child", "children", "kid", "adult",
    "time", "one", "other", "thing", "case", "member", "user", "customer", "point", "vote", "seat",
    "unit", "item", "place", "day", "week", "month", "year", "hour", "minute", "decade", "penny",
    "pence", "pound",
];

/// Words right before a figure that say it is smaller than someone claims ("only 30
/// firms"): a source disputing a larger count of the same things.
pub const MINIMISING_WORDS: &[&str] = &["only", "merely", "just"];

/// Words before a figure that make it a part of a larger group ("of those, 300").
pub const SUBGROUP_WORDS: &[&str] = &["those", "them", "whom", "among", "including", "excluding"];

/// Words that scope a figure to the whole country ("sales rose 4% nationally"), which
/// keep it apart from one city's or region's figure.
pub const NATION_WORDS: &[&str] = &["nationally", "nationwide", "national", "countrywide"];

/// Nouns a desk treats as one quantity, folded to the first: "1,140 babies were
/// delivered" restates "1,140 births"; "300 posts" restates "300 jobs".
pub const QUANTITY_SYNONYMS: &[(&str, &str)] = &[("baby", "birth"), ("post", "job")];

/// Nouns a desk treats as one only where the sentence around them says so: "people" is
/// too general to compare on its own, but "About 450 residents protested outside the
/// town hall on Monday" restates "About 300 people protested outside the town hall on
/// Monday". Used only to recognise a sentence restated with its number changed.
pub const RESTATEMENT_SYNONYMS: &[(&str, &str)] = &[("resident", "people"), ("person", "people")];

/// Past forms that report a figure rather than tell what happened to what it counts:
/// "1,410 births were recorded, the trust said" and "the unit delivered 1,410 births"
/// tell of one event.
pub const SAYING_VERBS: &[&str] = &[
    "said",
    "told",
    "added",
    "reported",
    "stated",
    "announced",
    "showed",
    "estimated",
    "recorded",
    "published",
    "released",
    "confirmed",
];
