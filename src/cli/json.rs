//! `--format json`: the schema in DESIGN.md. Extend it, never break it.

use std::io::Write;

use serde::Serialize;

use super::Checked;
use crate::analysis::figures::{Bound, Figure};
use crate::analysis::{Fix, LineCol, LineIndex, Span};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<FileOut<'a>>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    path: String,
    diagnostics: Vec<DiagnosticOut<'a>>,
    entities: Vec<EntityOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    figures: Vec<FigureOut<'a>>,
    attributions: Vec<AttributionOut<'a>>,
}

#[derive(Serialize)]
struct RangeOut {
    start: LineCol,
    end: LineCol,
}

fn range_out(index: &LineIndex, span: Span) -> RangeOut {
    RangeOut {
        start: index.line_col(span.start),
        end: index.line_col(span.end),
    }
}

#[derive(Serialize)]
struct FocusOut {
    span: Span,
    range: RangeOut,
}

#[derive(Serialize)]
struct RelatedOut<'a> {
    span: Span,
    message: &'a str,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    code: &'static str,
    severity: &'static str,
    message: &'a str,
    span: Span,
    range: RangeOut,
    /// The words to underline, when narrower than `span`.
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<FocusOut>,
    related: Vec<RelatedOut<'a>>,
    fixes: &'a [Fix],
}

#[derive(Serialize)]
struct EntityOut<'a> {
    name: &'a str,
    kind: &'static str,
    role: Option<&'a str>,
    mentions: Vec<Span>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    span: Span,
    speaker: Option<&'a str>,
}

/// One attributed statement (DESIGN.md): cue, source, content, kind, vague.
#[derive(Serialize)]
struct AttributionOut<'a> {
    cue: Span,
    source: Option<Span>,
    source_entity: Option<&'a str>,
    /// The source as written (an addition to the DESIGN.md fields).
    source_text: Option<&'a str>,
    content: Span,
    kind: &'static str,
    vague: bool,
}

#[derive(Serialize)]
struct FigureOut<'a> {
    span: Span,
    value: f64,
    quantity: Option<&'a str>,
    source: Option<&'a str>,
    unit: Option<&'a str>,
    bound: Bound,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<&'a str>,
    /// For one end of a range: the whole range, low and high.
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<[f64; 2]>,
}

pub fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    let files = checked.iter().map(file_out).collect();
    serde_json::to_writer_pretty(&mut *out, &Output { version: 1, files })?;
    writeln!(out)
}

fn file_out(file: &Checked) -> FileOut<'_> {
    let index = LineIndex::new(&file.text);
    let report = &file.report;
    FileOut {
        path: file.path.display().to_string(),
        diagnostics: report
            .findings
            .iter()
            .map(|f| DiagnosticOut {
                code: f.code.as_str(),
                severity: f.severity.as_str(),
                message: &f.message,
                span: f.span,
                range: range_out(&index, f.span),
                focus: f.focus.map(|span| FocusOut {
                    span,
                    range: range_out(&index, span),
                }),
                related: f
                    .related
                    .iter()
                    .map(|r| RelatedOut {
                        span: r.span,
                        message: &r.message,
                    })
                    .collect(),
                fixes: &f.fixes,
            })
            .collect(),
        entities: report
            .entities
            .iter()
            .map(|e| EntityOut {
                name: &e.name,
                kind: e.kind.as_str(),
                role: e.role(),
                mentions: e.mentions.iter().map(|m| m.span).collect(),
            })
            .collect(),
        quotes: report
            .quotes
            .iter()
            .map(|q| QuoteOut {
                span: q.span,
                speaker: q.speaker.as_ref().map(|s| s.name.as_str()),
            })
            .collect(),
        figures: report.figures.iter().flat_map(figure_out).collect(),
        attributions: report
            .relations
            .iter()
            .map(|r| AttributionOut {
                cue: r.cue,
                source: r.source,
                source_entity: r.source_entity.as_deref(),
                source_text: r.source_text.as_deref(),
                content: r.content,
                kind: r.kind.as_str(),
                vague: r.vague,
            })
            .collect(),
    }
}

/// One entry per stated number: a range ("30 to 50 mln dlrs") gives one entry for each
/// end, each with its own span and value and the whole range in `range`.
fn figure_out(f: &Figure) -> Vec<FigureOut<'_>> {
    let one = |span: Span, value: f64, range: Option<[f64; 2]>| FigureOut {
        span,
        value,
        quantity: f.quantity.as_deref(),
        source: f.source.as_deref(),
        unit: f.unit.as_deref(),
        bound: f.bound,
        time: f.time.as_deref(),
        range,
    };
    match (f.ends, f.upper) {
        (Some((lo, hi)), Some(upper)) => vec![
            one(lo, f.value, Some([f.value, upper])),
            one(hi, upper, Some([f.value, upper])),
        ],
        _ => vec![one(f.span, f.value, None)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Context, Format};

    #[test]
    fn a_range_gives_one_figure_per_end() {
        let text = "The firm expects to lose 30 to 50 mln dlrs this year.";
        let report = analyze(text, Format::PlainText, &Context::default());
        let checked = [Checked {
            path: "a.txt".into(),
            text: text.to_string(),
            report,
        }];
        let mut out = Vec::new();
        write(&mut out, &checked).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let figs = v["files"][0]["figures"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(figs.len(), 2, "{figs:?}");
        let slice = |f: &serde_json::Value| {
            let (s, e) = (
                f["span"]["start"].as_u64().unwrap(),
                f["span"]["end"].as_u64().unwrap(),
            );
            text[s as usize..e as usize].to_string()
        };
        assert_eq!(slice(&figs[0]), "30");
        assert_eq!(figs[0]["value"], 30e6);
        assert_eq!(slice(&figs[1]), "50 mln dlrs");
        assert_eq!(figs[1]["value"], 50e6);
        assert_eq!(figs[1]["unit"], "USD");
        assert_eq!(figs[1]["range"][0], 30e6);
    }
}
