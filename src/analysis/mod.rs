//! The pure analysis core: `&str` in, `Report` out. No I/O, no LSP, no async, no globals
//! beyond lexicons compiled once. Offsets are UTF-8 byte spans into the original text.

pub mod attribution;
pub mod context;
pub mod entities;
pub mod figures;
pub mod lexicon;
pub mod markup;
pub mod quotes;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod suppress;

pub use context::Context;
pub use markup::Format;
pub use report::{Edit, Finding, Fix, Related, Report, Severity};
pub use rules::RuleCode;
pub use span::{LineCol, LineIndex, Span};

/// Analyses one draft. The one entry point for the server, the CLI and the tests.
pub fn analyze(text: &str, format: Format, ctx: &Context) -> Report {
    // Ignore markers are blanked first so they never take part in the analysis.
    let document = segment::segment(&suppress::mask(text), format);
    let entities = entities::recognize(&document, ctx);
    let quotes = quotes::find(&document, &entities);
    let attributions = attribution::find(&document, &entities, &quotes, ctx);
    let claims = attribution::claims(&document, &attributions, &quotes);
    let figures = figures::extract(&document, &entities, &attributions, &quotes);
    let mut report = Report {
        document,
        entities,
        quotes,
        attributions,
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
