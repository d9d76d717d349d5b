//! `--format sarif`: SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), which
//! code-scanning and review tools read. One run, every rule described in the driver,
//! one result per finding with its region, related locations and fixes. Columns are
//! 1-based Unicode scalar values, declared with `columnKind`.

use std::io::Write;

use serde_json::{json, Value};

use super::Checked;
use crate::analysis::{LineIndex, RuleCode, Severity, Span};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// One line on what each rule flags, as the README's rule table says it.
pub(super) fn summary(code: RuleCode) -> &'static str {
    match code {
        RuleCode::UnattributedQuote => "A direct quotation with no identifiable speaker.",
        RuleCode::VagueAttribution => {
            "A claim sourced to an anonymous or generic source (\"officials said\")."
        }
        RuleCode::UnattributedClaim => "A checkable factual claim with no source.",
        RuleCode::FigureMismatch => "The same quantity given different values in one draft.",
        RuleCode::NameMismatch => {
            "A name spelled differently from its introduction or the knowledge base."
        }
        RuleCode::TitleMismatch => {
            "A person's title given differently in two places or from the knowledge base."
        }
        RuleCode::FirstReference => {
            "A person referred to by surname before any full-name introduction."
        }
        RuleCode::FigureArithmetic => "Stated arithmetic that does not hold.",
        RuleCode::DateMismatch => "A weekday that does not match its date.",
        RuleCode::DoubledNumber => "Two numbers in a row where one was meant to replace the other.",
        RuleCode::UnfilledPlaceholder => {
            "A placeholder left for the writer to fill ([SOURCE], TK, XX)."
        }
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

/// A path as a URI reference: relative paths stay relative (code-scanning tools resolve
/// them against the checkout), absolute ones become `file://` URIs; forward slashes, and
/// anything outside the URI unreserved set (and `/`) percent-encoded.
fn uri(path: &std::path::Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut out = String::with_capacity(s.len() + 8);
    if path.is_absolute() {
        out.push_str(if s.starts_with('/') {
            "file://"
        } else {
            "file:///"
        });
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn region(index: &LineIndex, span: Span) -> Value {
    let start = index.line_col(span.start);
    let end = index.line_col(span.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": span.start,
        "byteLength": span.len(),
    })
}

pub fn to_value(checked: &[Checked]) -> Value {
    let rules: Vec<Value> = RuleCode::ALL
        .iter()
        .map(|&code| {
            json!({
                "id": code.as_str(),
                "shortDescription": {"text": summary(code)},
                "help": {"text": code.explain()},
                "defaultConfiguration": {"level": level(code.default_severity())},
            })
        })
        .collect();
    let mut artifacts = Vec::new();
    let mut results = Vec::new();
    for (artifact_index, file) in checked.iter().enumerate() {
        let index = LineIndex::new(&file.text);
        let location = json!({"uri": uri(&file.path), "index": artifact_index});
        artifacts.push(json!({
            "location": {"uri": uri(&file.path)},
            "length": file.text.len(),
            "mimeType": "text/plain",
        }));
        for f in &file.report.findings {
            let rule_index = RuleCode::ALL.iter().position(|&c| c == f.code);
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    json!({
                        "id": i,
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": region(&index, r.span),
                        },
                        "message": {"text": r.message},
                    })
                })
                .collect();
            let fixes: Vec<Value> = f
                .fixes
                .iter()
                .map(|fix| {
                    json!({
                        "description": {"text": fix.title},
                        "artifactChanges": [{
                            "artifactLocation": location,
                            "replacements": fix.edits.iter().map(|e| json!({
                                "deletedRegion": region(&index, e.span),
                                "insertedContent": {"text": e.replacement},
                            })).collect::<Vec<_>>(),
                        }],
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": f.code.as_str(),
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": region(&index, f.underline()),
                    }
                }],
                "partialFingerprints": {
                    // Keyed by rule and flagged text, like a project ignore, so a finding
                    // keeps its identity when lines above it move.
                    "sayswho/v1": fingerprint(f.code, f.span.slice(&file.text)),
                },
            });
            if let Some(i) = rule_index {
                result["ruleIndex"] = json!(i);
            }
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            if !fixes.is_empty() {
                result["fixes"] = json!(fixes);
            }
            results.push(result);
        }
    }
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "sayswho",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    })
}

/// A stable hex digest (FNV-1a, 64 bits) of rule and whitespace-folded text.
fn fingerprint(code: RuleCode, text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in code.as_str().bytes().chain([0]).chain(folded.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

pub fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(checked))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(
            uri(std::path::Path::new("drafts/Ma story é.md")),
            "drafts/Ma%20story%20%C3%A9.md"
        );
        #[cfg(unix)]
        assert_eq!(
            uri(std::path::Path::new("/srv/desk/a b.md")),
            "file:///srv/desk/a%20b.md"
        );
    }

    #[test]
    fn fingerprints_ignore_wrapping_but_not_rule() {
        let a = fingerprint(RuleCode::VagueAttribution, "officials  said\nso");
        assert_eq!(
            a,
            fingerprint(RuleCode::VagueAttribution, "officials said so")
        );
        assert_ne!(
            a,
            fingerprint(RuleCode::UnattributedClaim, "officials said so")
        );
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;
    use crate::analysis::{analyze, Context, Edit, Finding, Fix, Format, Related};

    fn validator() -> jsonschema::Validator {
        // The official schema's two `language` patterns have a stray `]`
        // (`...-[a-zA-Z]{2}]?$`), which fails the meta-schema's `regex` format check.
        // sayswho never emits `language`; the pattern is set to its evident intent so the
        // rest of the schema is used unchanged.
        const BROKEN: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
        let text = include_str!("../../tests/schemas/sarif-schema-2.1.0.json");
        assert_eq!(text.matches(BROKEN).count(), 2);
        let text = text.replace(BROKEN, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
        let schema: Value = serde_json::from_str(&text).expect("vendored schema is JSON");
        jsonschema::validator_for(&schema).expect("vendored schema compiles")
    }

    #[test]
    fn a_finding_with_related_places_and_fixes_validates() {
        let text = "Officials said 40 died.\n“It’s over,” a source said — 41 died.\n";
        let mut report = analyze(text, Format::PlainText, &Context::default());
        let first = Span::new(15, 17);
        let second = Span::new(text.find("41").unwrap(), text.find("41").unwrap() + 2);
        report.findings = vec![Finding {
            code: RuleCode::FigureMismatch,
            severity: Severity::Warning,
            message: "41 here, 40 earlier: which is right?".into(),
            span: second,
            focus: None,
            related: vec![Related {
                span: first,
                message: "the earlier figure".into(),
            }],
            fixes: vec![Fix {
                title: "Change to 40".into(),
                edits: vec![Edit {
                    span: second,
                    replacement: "40".into(),
                }],
                preferred: true,
            }],
        }];
        let checked = [Checked {
            path: "drafts/a story.md".into(),
            text: text.into(),
            report,
        }];
        let value = to_value(&checked);
        let errors: Vec<String> = validator()
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let result = &value["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "figure-mismatch");
        assert_eq!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
            2
        );
        // "“It’s over,” a source said — " is 29 scalar values before "41".
        assert_eq!(
            result["locations"][0]["physicalLocation"]["region"]["startColumn"],
            30
        );
        assert_eq!(
            result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
            1
        );
    }

    #[test]
    fn the_validator_rejects_a_broken_log() {
        let mut value = to_value(&[]);
        assert!(validator().is_valid(&value));
        value["version"] = json!("2.0.0");
        assert!(!validator().is_valid(&value));
    }
}
