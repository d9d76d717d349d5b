//! The one place where analysis results become LSP types: findings → diagnostics, and
//! their quick-fixes → text edits in `Diagnostic.data`.
//!
//! Published diagnostics carry only the version in `data`: tower-lsp turns every
//! notification into a `serde_json::Value` tree first, and with the fixes' edits inside
//! it a long draft's publication peaked at tens of megabytes. The fixes are filled in
//! when the client asks for code actions (`diagnostic` with them, matched by range and
//! code against the analysis of that version).

use ropey::Rope;
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    TextEdit, Uri,
};

use super::position::{self, Encoding};
use crate::analysis::{Finding, Severity};

/// The diagnostic source every sayswho diagnostic carries.
pub const SOURCE: &str = "sayswho";

/// What a diagnostic carries for its code actions: the fixes, already as text edits
/// against the document version the diagnostic was computed for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticData {
    pub version: i32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<FixData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FixData {
    pub title: String,
    #[serde(default)]
    pub preferred: bool,
    pub edits: Vec<TextEdit>,
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Hint => DiagnosticSeverity::HINT,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Error => DiagnosticSeverity::ERROR,
    }
}

/// One finding as a diagnostic on `uri`, whose text (at `version`) is `rope`, with its
/// fixes as text edits in `data`.
pub fn diagnostic(
    finding: &Finding,
    uri: &Uri,
    rope: &Rope,
    version: i32,
    enc: Encoding,
) -> Diagnostic {
    build(finding, uri, rope, version, enc, true)
}

/// The diagnostic as published: `data` holds the version only (see the module comment).
pub fn published_diagnostic(
    finding: &Finding,
    uri: &Uri,
    rope: &Rope,
    version: i32,
    enc: Encoding,
) -> Diagnostic {
    build(finding, uri, rope, version, enc, false)
}

fn build(
    finding: &Finding,
    uri: &Uri,
    rope: &Rope,
    version: i32,
    enc: Encoding,
    with_fixes: bool,
) -> Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), position::range(rope, r.span, enc)),
            message: r.message.clone(),
        })
        .collect();
    let data = DiagnosticData {
        version,
        fixes: finding
            .fixes
            .iter()
            .filter(|_| with_fixes)
            .map(|fix| FixData {
                title: fix.title.clone(),
                preferred: fix.preferred,
                edits: fix
                    .edits
                    .iter()
                    .map(|e| {
                        TextEdit::new(position::range(rope, e.span, enc), e.replacement.clone())
                    })
                    .collect(),
            })
            .collect(),
    };
    Diagnostic {
        range: position::range(rope, finding.underline(), enc),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.as_str().to_string())),
        // No link: the rules' documentation is not published at an address; it ships
        // with the tool (`sayswho explain <code>`).
        code_description: None,
        source: Some(SOURCE.to_string()),
        message: finding.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: serde_json::to_value(&data).ok(),
    }
}

/// The data a diagnostic from this server carries, if it is one of ours.
pub fn diagnostic_data(d: &Diagnostic) -> Option<DiagnosticData> {
    if d.source.as_deref() != Some(SOURCE) {
        return None;
    }
    serde_json::from_value(d.data.clone()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Edit, Fix, Related, RuleCode, Span};
    use tower_lsp_server::ls_types::{Position, Range};

    #[test]
    fn finding_becomes_a_full_diagnostic() {
        let text = "“Hi,” 김 said.\r\nOfficials said so.";
        let rope = Rope::from_str(text);
        let off = text.find("Officials").unwrap_or(0);
        let finding = Finding {
            code: RuleCode::VagueAttribution,
            severity: Severity::Warning,
            message: "Which officials?".into(),
            span: Span::new(off, off + "Officials".len()),
            focus: None,
            related: vec![Related {
                span: Span::new(0, "“Hi,”".len()),
                message: "the quote".into(),
            }],
            fixes: vec![Fix {
                title: "Attribute to Kim".into(),
                edits: vec![Edit {
                    span: Span::new(off, off + "Officials".len()),
                    replacement: "Kim".into(),
                }],
                preferred: true,
            }],
        };
        let uri: Uri = "file:///tmp/a.md".parse().unwrap();
        let d = diagnostic(&finding, &uri, &rope, 7, Encoding::Utf16);
        assert_eq!(
            d.range,
            Range::new(Position::new(1, 0), Position::new(1, 9))
        );
        assert_eq!(d.source.as_deref(), Some("sayswho"));
        assert_eq!(
            d.code,
            Some(NumberOrString::String("vague-attribution".into()))
        );
        // The old link led to a repository address that does not exist.
        assert_eq!(d.code_description, None);
        let related = d.related_information.clone().unwrap_or_default();
        assert_eq!(
            related[0].location.range,
            Range::new(Position::new(0, 0), Position::new(0, 5))
        );
        let data = diagnostic_data(&d).unwrap();
        assert_eq!(data.version, 7);
        assert_eq!(data.fixes[0].edits[0].range, d.range);
        assert!(data.fixes[0].preferred);

        let lean = published_diagnostic(&finding, &uri, &rope, 7, Encoding::Utf16);
        let lean_data = diagnostic_data(&lean).unwrap();
        assert_eq!(lean_data.version, 7);
        assert!(lean_data.fixes.is_empty());
        assert_eq!(
            Diagnostic { data: None, ..lean },
            Diagnostic { data: None, ..d }
        );
    }
}
