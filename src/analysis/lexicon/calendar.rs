//! Month and weekday names, lower case, shared by the stages that must not read a date as
//! a figure or a claim, and by the weekday check. Plain English calendar words; no licence.

/// Full month names, then the abbreviations news copy uses ("Jan", "Sept").
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Monday first, as `date_mismatch` counts them.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A weekday or month name (lower case), the words that can open a sentence before its
/// subject ("On Wednesday X said").
pub fn is_calendar_word(lower: &str) -> bool {
    WEEKDAYS.contains(&lower) || MONTHS.contains(&lower)
}
