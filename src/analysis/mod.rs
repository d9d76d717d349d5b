//! The pure analysis core: `&str` in, `Report` out. No I/O, no LSP, no async, no globals
//! beyond lexicons compiled once. Offsets are UTF-8 byte spans into the original text.

pub mod attribution;
pub mod context;
pub mod entities;
pub mod excerpt;
pub mod fast_hash;
pub mod figures;
pub mod lexicon;
pub mod markup;
pub mod memo;
pub mod quotes;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod suppress;

pub use context::Context;
pub use fast_hash::{FastMap, FastSet};
pub use markup::Format;
pub use memo::Memo;
pub use report::{Edit, Finding, Fix, Related, Report, Severity};
pub use rules::RuleCode;
pub use span::{LineCol, LineIndex, Span};

/// Analyses one draft. The one entry point for the server, the CLI and the tests.
pub fn analyze(text: &str, format: Format, ctx: &Context) -> Report {
    analyze_with(text, format, ctx, &mut Memo::default())
}

/// Analyses one draft, reusing what `memo` kept of an earlier analysis of it (the
/// server keeps one per open document). The report equals `analyze`'s.
pub fn analyze_with(text: &str, format: Format, ctx: &Context, memo: &mut Memo) -> Report {
    // Ignore markers are blanked first so they never take part in the analysis.
    let document = segment::segment(&suppress::mask(text), format);
    let entities = entities::recognize(&document, ctx);
    let quotes = quotes::find(&document, &entities);
    let quoted = attribution::quoted_spans(&document, &quotes);
    memo.begin(ctx, &document, &quoted);
    let attributions = attribution::find(&document, &entities, &quoted, ctx, memo);
    let claims = attribution::claims(&document, &attributions, &quoted, memo);
    let figures = figures::extract(&document, &entities, &attributions, &quotes, memo);
    let relations = attribution::relations(&document, &entities, &quotes, &attributions);
    let mut report = Report {
        document,
        entities,
        quotes,
        attributions,
        relations,
        claims,
        figures,
        findings: Vec::new(),
    };
    report.findings = rules::run(&rules::RuleInput {
        text,
        report: &report,
        ctx,
    });
    report
}
