//! `sayswho.toml`: the desk's shared settings. Read by both front ends and turned into an
//! `analysis::Context`.

use crate::analysis::Context;

/// The settings in force for a check.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub context: Context,
}
