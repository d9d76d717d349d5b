//! Analysis speed over real drafts: full analysis, re-analysis after a one-character
//! edit, and a bare segmentation pass (the floor), on ~10,000- and ~100,000-word
//! documents, plain and with Korean names and curly quotes (see `support/docs.rs`).
//!
//! Run: `cargo bench --bench analysis` (add `-- 10k` to filter by name).

use std::sync::LazyLock;

use sayswho::analysis::{self, segment, Context, Format, Memo};

#[path = "support/docs.rs"]
mod docs;

struct Doc {
    name: &'static str,
    text: String,
    edited: String,
}

impl std::fmt::Display for Doc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

fn make(name: &'static str, words: usize, korean: bool) -> Doc {
    let text = docs::build(words, korean);
    let edited = docs::one_char_edit(&text);
    Doc { name, text, edited }
}

static DOCS: LazyLock<Vec<Doc>> = LazyLock::new(|| {
    let docs = vec![
        make("10k", 10_000, false),
        make("10k-ko", 10_000, true),
        make("100k", 100_000, false),
        make("100k-ko", 100_000, true),
    ];
    for d in &docs {
        eprintln!(
            "{}: {} words, {} bytes",
            d.name,
            docs::word_count(&d.text),
            d.text.len()
        );
    }
    docs
});

const FORMAT: Format = Format::Markdown;

fn main() {
    LazyLock::force(&DOCS);
    divan::main();
}

fn doc(i: usize) -> &'static Doc {
    &DOCS[i]
}

/// The whole pipeline, from text to findings.
#[divan::bench(args = [0, 1, 2, 3].map(doc), sample_count = 10)]
fn full_analysis(d: &Doc) -> analysis::Report {
    analysis::analyze(divan::black_box(&d.text), FORMAT, &Context::default())
}

/// What a keystroke costs the server: type one character in the middle and analyse
/// again, with the memo the analysis before the edit left (as the server keeps one per
/// open document).
#[divan::bench(args = [0, 1, 2, 3].map(doc), sample_count = 10)]
fn edit_reanalysis(bencher: divan::Bencher, d: &Doc) {
    let ctx = Context::default();
    bencher
        .with_inputs(|| {
            let mut memo = Memo::default();
            analysis::analyze_with(&d.text, FORMAT, &ctx, &mut memo);
            memo
        })
        .bench_local_values(|mut memo| {
            analysis::analyze_with(divan::black_box(&d.edited), FORMAT, &ctx, &mut memo)
        });
}

/// The floor: Markdown to prose plus paragraphs, sentences and (lowercased) tokens,
/// nothing else.
#[divan::bench(args = [0, 1, 2, 3].map(doc), sample_count = 10)]
fn segment_only(d: &Doc) -> segment::Document {
    segment::segment(divan::black_box(&d.text), FORMAT)
}
