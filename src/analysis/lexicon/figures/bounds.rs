//! Bound words before a figure ("about", "more than", "as many as").
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

/// Bound words before a figure, longest first within each group, with the bound they
/// give. `Near` is "close to the value, from below" ("nearly", "as many as", "up to").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundWord {
    Approx,
    AtLeast,
    AtMost,
    Near,
}

pub const BOUND_PHRASES: &[(&[&str], BoundWord)] = &[
    (&["as", "many", "as"], BoundWord::Near),
    (&["as", "much", "as"], BoundWord::Near),
    (&["as", "few", "as"], BoundWord::AtMost),
    (&["as", "little", "as"], BoundWord::AtMost),
    (&["up", "to"], BoundWord::Near),
    (&["close", "to"], BoundWord::Near),
    (&["nearly"], BoundWord::Near),
    (&["almost"], BoundWord::Near),
    (&["just", "under"], BoundWord::Near),
    (&["just", "below"], BoundWord::Near),
    (&["just", "over"], BoundWord::AtLeast),
    (&["just", "above"], BoundWord::AtLeast),
    (&["more", "than"], BoundWord::AtLeast),
    (&["over"], BoundWord::AtLeast),
    (&["at", "least"], BoundWord::AtLeast),
    (&["above"], BoundWord::AtLeast),
    (&["upwards", "of"], BoundWord::AtLeast),
    (&["in", "excess", "of"], BoundWord::AtLeast),
    (&["no", "fewer", "than"], BoundWord::AtLeast),
    (&["no", "less", "than"], BoundWord::AtLeast),
    (&["no", "more", "than"], BoundWord::AtMost),
    (&["less", "than"], BoundWord::AtMost),
    (&["fewer", "than"], BoundWord::AtMost),
    (&["at", "most"], BoundWord::AtMost),
    (&["under"], BoundWord::AtMost),
    (&["below"], BoundWord::AtMost),
    (&["about"], BoundWord::Approx),
    (&["around"], BoundWord::Approx),
    (&["approximately"], BoundWord::Approx),
    (&["roughly"], BoundWord::Approx),
    (&["some"], BoundWord::Approx),
    (&["an", "estimated"], BoundWord::Approx),
    (&["estimated"], BoundWord::Approx),
    (&["approx"], BoundWord::Approx),
    (&["circa"], BoundWord::Approx),
    (&["nearer"], BoundWord::Approx),
];
