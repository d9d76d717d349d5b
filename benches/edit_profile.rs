//! One re-analysis after a one-character edit, for an instruction-count profiler: the
//! analysis before the edit fills the memo, then `edited` runs once. Under callgrind,
//! count only the edit:
//!
//! ```text
//! cargo bench --bench edit_profile --no-run
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*edit_profile::edited*' \
//!   target/release/deps/edit_profile-* 100000
//! ```
//!
//! The argument is the document's length in words (10,000 when left out).

use sayswho::analysis::{self, Context, Format, Memo, Report};

#[path = "support/docs.rs"]
mod docs;

/// The analysis after the edit, with the memo the one before it left.
#[inline(never)]
fn edited(text: &str, ctx: &Context, memo: &mut Memo) -> Report {
    analysis::analyze_with(text, Format::Markdown, ctx, memo)
}

fn main() {
    let words = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let text = docs::build(words, false);
    let after = docs::one_char_edit(&text);
    let ctx = Context::default();
    let mut memo = Memo::default();
    let before = analysis::analyze_with(&text, Format::Markdown, &ctx, &mut memo);
    drop(before);
    let report = edited(&after, &ctx, &mut memo);
    eprintln!(
        "{} words, {} findings after the edit",
        docs::word_count(&after),
        report.findings.len()
    );
}
