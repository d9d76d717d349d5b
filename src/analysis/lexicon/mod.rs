//! Word lists, compiled once. Each list is data with a header saying where it comes from.
pub mod calendar;
pub mod claims;
pub mod english;
pub mod figures;
pub mod names;
pub mod placeholders;
pub mod quotes;
pub mod reporting;
pub mod stance;
pub mod vague;
