//! Each rule's documentation, as `sayswho explain CODE` prints it and SARIF carries it:
//! the `//!` doc comment at the top of the rule's own file, so the text a reader gets and
//! the text beside the code are one and the same (nothing to keep in step).

use super::RuleCode;

/// The source of a rule's file; only its leading `//!` lines are read.
fn source(code: RuleCode) -> &'static str {
    match code {
        RuleCode::UnattributedQuote => include_str!("unattributed_quote.rs"),
        RuleCode::VagueAttribution => include_str!("vague_attribution.rs"),
        RuleCode::UnattributedClaim => include_str!("unattributed_claim.rs"),
        RuleCode::FigureMismatch => include_str!("figure_mismatch.rs"),
        RuleCode::NameMismatch => include_str!("name_mismatch.rs"),
        RuleCode::TitleMismatch => include_str!("title_mismatch.rs"),
        RuleCode::FirstReference => include_str!("first_reference.rs"),
        RuleCode::FigureArithmetic => include_str!("figure_arithmetic.rs"),
        RuleCode::DateMismatch => include_str!("date_mismatch.rs"),
        RuleCode::DoubledNumber => include_str!("doubled_number.rs"),
        RuleCode::UnfilledPlaceholder => include_str!("unfilled_placeholder.rs"),
    }
}

/// The rule's documentation as plain text: what it flags, why an editor cares, an
/// example that fires and one that does not. Markdown emphasis is dropped; code spans
/// and paragraphs are kept.
pub fn explain(code: RuleCode) -> String {
    let mut out = String::new();
    for line in source(code).lines() {
        let Some(rest) = line.strip_prefix("//!") else {
            break;
        };
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        out.push_str(&rest.replace("**", ""));
        out.push('\n');
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_documentation() {
        for code in RuleCode::ALL {
            let doc = explain(code);
            assert!(doc.contains(code.as_str()), "{code}: {doc}");
            assert!(doc.contains("Fires"), "{code} has no example that fires");
            assert!(
                doc.contains("Does not fire"),
                "{code} has no example that does not"
            );
            assert!(!doc.contains("//!") && !doc.contains("**"), "{doc}");
        }
    }
}
