//! Inline ignore markers, project ignores, and the "ignore" quick-fixes every finding
//! carries.
//!
//! Markers (either form works in either format; the fixes write the first form in
//! Markdown and the second in plain text):
//!
//! - `<!-- sayswho-ignore vague-attribution -->` / `[sayswho-ignore vague-attribution]`
//!   silences findings of that code in the sentence the marker stands in (or ends).
//! - `<!-- sayswho-ignore-file unattributed-claim -->` /
//!   `[sayswho-ignore-file unattributed-claim]` silences the code in the whole document.
//!
//! Several codes may be given, separated by commas or spaces. Markers are blanked before
//! analysis, so adding one never changes what else is found.

use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use super::markup::Format;
use super::report::{Edit, Finding, Fix};
use super::rules::RuleCode;
use super::segment::Document;
use super::span::Span;

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*sayswho-ignore(-file)?\s+([a-z][a-z, -]*?)\s*-->|\[sayswho-ignore(-file)?\s+([a-z][a-z, -]*?)\s*\]")
        .expect("marker pattern compiles")
});

#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub span: Span,
    pub codes: Vec<RuleCode>,
    pub whole_document: bool,
}

/// Every ignore marker in the text.
pub fn markers(text: &str) -> Vec<Marker> {
    MARKER
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let file = c.get(1).or(c.get(3)).is_some();
            let list = c.get(2).or(c.get(4))?.as_str();
            let codes: Vec<RuleCode> = list
                .split([',', ' '])
                .filter_map(|s| RuleCode::parse(s.trim()))
                .collect();
            (!codes.is_empty()).then(|| Marker {
                span: Span::new(m.start(), m.end()),
                codes,
                whole_document: file,
            })
        })
        .collect()
}

/// The text with every marker blanked to spaces (same byte length), so markers never
/// take part in the analysis.
pub fn mask(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("sayswho-ignore") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for m in markers(text) {
        let blank: String = text[m.span.start..m.span.end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .flat_map(|c| std::iter::repeat_n(c, 1))
            .collect();
        // Replace byte for byte: markers are ASCII apart from what the regex let in.
        if blank.len() == m.span.len() {
            out.replace_range(m.span.start..m.span.end, &blank);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Drops findings the draft's markers or the desk's project ignores silence, then adds
/// the two "ignore" fixes to every finding left.
pub fn apply(text: &str, doc: &Document, ctx: &Context, findings: &mut Vec<Finding>) {
    let marks = markers(text);
    findings.retain(|f| {
        !marks
            .iter()
            .any(|m| m.codes.contains(&f.code) && covers(doc, m, f.span))
            && !ctx.ignores.iter().any(|i| {
                i.code == f.code
                    && i.text
                        .trim()
                        .eq_ignore_ascii_case(f.span.slice(text).trim())
            })
    });
    for f in findings.iter_mut() {
        f.fixes.push(ignore_one(text, doc, f));
        f.fixes.push(ignore_all(text, doc.format, f.code));
    }
}

fn covers(doc: &Document, m: &Marker, span: Span) -> bool {
    if m.whole_document {
        return true;
    }
    // The sentence the marker stands in, or the last one starting before it.
    let i = doc
        .sentences
        .partition_point(|s| s.span.start <= m.span.start);
    let Some(s) = i.checked_sub(1).and_then(|k| doc.sentences.get(k)) else {
        return false;
    };
    let same_para = doc
        .paragraph_at(m.span.start)
        .is_none_or(|p| p == s.paragraph)
        || text_between_is_blank(doc, s.span.end, m.span.start);
    same_para && (s.span.overlaps(span) || span.is_empty() && s.span.contains(span.start))
}

fn text_between_is_blank(doc: &Document, a: usize, b: usize) -> bool {
    a <= b
        && doc
            .text
            .get(a..b)
            .is_some_and(|t| !t.contains("\n\n") && !t.contains("\r\n\r\n"))
}

/// Whether `fix` is one of the "Ignore …" fixes every finding carries (it writes a
/// marker), rather than a correction of the copy.
pub fn is_ignore(fix: &Fix) -> bool {
    fix.edits
        .iter()
        .any(|e| e.replacement.contains("sayswho-ignore"))
}

/// "Ignore this finding": a marker that silences the rule in the finding's sentence.
/// Markdown gets an HTML comment right after the flagged words (invisible when
/// rendered); plain text, where the marker is read, gets it after the sentence, so the
/// copy itself is not broken up.
pub fn ignore_one(text: &str, doc: &Document, f: &Finding) -> Fix {
    let code = f.code.as_str();
    let (marker, at) = match doc.format {
        Format::Markdown => (format!(" <!-- sayswho-ignore {code} -->"), f.span.end),
        Format::PlainText => (
            format!(" [sayswho-ignore {code}]"),
            sentence_end(doc, f.span).unwrap_or(f.span.end),
        ),
    };
    let at = at.min(text.len());
    Fix {
        title: "Ignore this finding".to_string(),
        edits: vec![Edit {
            span: Span::new(at, at),
            replacement: marker,
        }],
        preferred: false,
    }
}

/// The end of the sentence the finding ends in (its last flagged character's).
fn sentence_end(doc: &Document, span: Span) -> Option<usize> {
    let last = span.end.saturating_sub(1).max(span.start);
    let s = doc.sentence_at(last)?;
    Some(doc.sentences[s].span.end.max(span.end))
}

/// "Ignore <code> in this document": a marker on its own line at the end.
pub fn ignore_all(text: &str, format: Format, code: RuleCode) -> Fix {
    let code = code.as_str();
    let marker = match format {
        Format::Markdown => format!("<!-- sayswho-ignore-file {code} -->"),
        Format::PlainText => format!("[sayswho-ignore-file {code}]"),
    };
    let lead = if text.ends_with("\n\n") || text.is_empty() {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    Fix {
        title: format!("Ignore {code} in this document"),
        edits: vec![Edit {
            span: Span::new(text.len(), text.len()),
            replacement: format!("{lead}{marker}\n"),
        }],
        preferred: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_both_forms_and_masks_them() {
        let t = "A b. <!-- sayswho-ignore vague-attribution --> c [sayswho-ignore-file unattributed-claim, figure-mismatch]";
        let m = markers(t);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].codes, vec![RuleCode::VagueAttribution]);
        assert!(m[1].whole_document);
        assert_eq!(m[1].codes.len(), 2);
        let masked = mask(t);
        assert_eq!(masked.len(), t.len());
        assert!(!masked.contains("sayswho"));
    }

    #[test]
    fn plain_text_ignore_marker_goes_after_the_sentence() {
        use crate::analysis::{analyze, Context};
        let text = "The bridge is closed. Officials say the pier is unsafe now. It shut in May.";
        let report = analyze(text, Format::PlainText, &Context::default());
        let f = report
            .findings
            .iter()
            .find(|f| f.code == RuleCode::VagueAttribution)
            .expect("a vague source");
        let fix = f
            .fixes
            .iter()
            .find(|x| x.title == "Ignore this finding")
            .expect("ignore fix");
        let at = fix.edits[0].span.start;
        assert_eq!(
            &text[..at],
            "The bridge is closed. Officials say the pier is unsafe now."
        );
        let mut fixed = text.to_string();
        fixed.insert_str(at, &fix.edits[0].replacement);
        let after = analyze(&fixed, Format::PlainText, &Context::default());
        assert!(!after
            .findings
            .iter()
            .any(|g| g.code == RuleCode::VagueAttribution));
        // Markdown keeps the invisible comment right after the flagged words.
        let md = analyze(text, Format::Markdown, &Context::default());
        let f = md
            .findings
            .iter()
            .find(|f| f.code == RuleCode::VagueAttribution);
        let at = f.and_then(|f| f.fixes.iter().find(|x| x.title == "Ignore this finding"));
        assert_eq!(
            at.map(|x| &text[..x.edits[0].span.start]),
            Some("The bridge is closed. Officials")
        );
    }

    #[test]
    fn unknown_codes_are_not_markers() {
        assert!(markers("[sayswho-ignore nothing-here]").is_empty());
    }
}
