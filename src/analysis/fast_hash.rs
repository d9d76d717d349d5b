//! Hash maps and sets for the analysis's own keys (words, sentence texts, indexes).
//!
//! std's SipHash resists hash flooding, which matters for maps keyed by input from an
//! untrusted network peer; here it cost about a tenth of a full analysis. foldhash is
//! several times faster on short keys and is still seeded per process, so no output
//! may depend on iteration order any more than it could before.

use std::collections::{HashMap, HashSet};

/// A `HashMap` with foldhash's per-process random seed.
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A `HashSet` with foldhash's per-process random seed.
pub type FastSet<T> = HashSet<T, foldhash::fast::RandomState>;
