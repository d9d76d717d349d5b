//! Word lists for figures: scale words, currencies, units, bound words, time and label
//! words, words of change, quantity phrases, comparison and list words; one file per step
//! of the figure reader that uses them. Every list is reachable here (and as
//! `figures::lexicon`).
//!
//! Source: our own compilation from English news usage (BBC, Reuters and AP style for
//! money, percentages and approximations; ISO 4217 codes for currencies). Released under
//! this crate's licence.

mod amounts;
mod bounds;
mod change;
mod compare;
mod lists;
mod not_figures;
mod quantity;

pub use amounts::*;
pub use bounds::*;
pub use change::*;
pub use compare::*;
pub use lists::*;
pub use not_figures::*;
pub use quantity::*;
