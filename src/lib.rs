//! sayswho: asks "says who?" of every claim in a news draft.
//!
//! `analysis` is the pure core; `server` (LSP) and `cli` are thin front ends over it;
//! `config` and `knowledge` read the desk's files into an `analysis::Context`.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod confine;
pub mod knowledge;
pub mod server;
