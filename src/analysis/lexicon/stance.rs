//! Words that state a person's stance: the adjectives copy uses to say what someone
//! thinks or feels before their own words say it ("Ruddock, though, is keen to rest his
//! players." / "Viguerie is upbeat about the race."), read by the quotation sieve, which
//! takes such a sentence as introducing the quotation after it. Source: the stance and
//! evaluation adjectives of sports, business and political reporting (Biber et al.,
//! Longman Grammar of Spoken and Written English, 1999, on stance adjectives with
//! to-/that-complements), written for this project; no licence applies.

/// A copula or linking verb between a stance holder and the stance: "is keen", "remains
/// confident", "sounded upbeat".
pub const STANCE_COPULAS: &[&str] = &[
    "is", "was", "are", "were", "remains", "remained", "seems", "seemed", "appears", "appeared",
    "sounded", "sounds", "looked", "looks", "stays", "stayed", "felt", "feels",
];

/// Adjectives of attitude, certainty and feeling that a quotation then voices. Not
/// adjectives of condition or place ("away", "injured", "absent"), which describe a
/// person without giving them a view.
pub const STANCE_ADJECTIVES: &[&str] = &[
    "keen",
    "eager",
    "adamant",
    "confident",
    "convinced",
    "determined",
    "optimistic",
    "pessimistic",
    "upbeat",
    "bullish",
    "hopeful",
    "sure",
    "certain",
    "unsure",
    "doubtful",
    "sceptical",
    "skeptical",
    "happy",
    "unhappy",
    "pleased",
    "delighted",
    "thrilled",
    "disappointed",
    "frustrated",
    "angry",
    "furious",
    "unrepentant",
    "defiant",
    "philosophical",
    "realistic",
    "cautious",
    "wary",
    "concerned",
    "worried",
    "critical",
    "dismissive",
    "scathing",
    "unimpressed",
    "relaxed",
    "proud",
    "grateful",
];

/// Discourse words that may sit between the stance holder and the copula: "Ruddock,
/// though, is keen".
pub const STANCE_LINKERS: &[&str] = &[
    "though",
    "however",
    "meanwhile",
    "too",
    "also",
    "still",
    "nevertheless",
    "instead",
    "himself",
    "herself",
];

/// Degree and polarity words allowed between the copula and the stance adjective: "is
/// not so sure", "remains very confident".
pub const STANCE_DEGREE: &[&str] = &[
    "not",
    "never",
    "so",
    "very",
    "more",
    "less",
    "far",
    "still",
    "also",
    "quite",
    "particularly",
    "clearly",
    "equally",
    "now",
    "increasingly",
    "always",
];
