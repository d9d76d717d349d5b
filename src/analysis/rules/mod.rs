//! The rules: one file per diagnostic code. Each reads the finished `Report` parts and
//! returns findings; `run` applies the desk's settings.

use serde::Serialize;

use super::context::Context;
use super::report::{Finding, Report, Severity};

pub mod date_mismatch;
pub mod docs;
pub mod doubled_number;
pub mod figure_arithmetic;
pub mod figure_mismatch;
pub mod first_reference;
pub mod name_mismatch;
pub mod title_mismatch;
pub mod unattributed_claim;
pub mod unattributed_quote;
pub mod unfilled_placeholder;
pub mod vague_attribution;

/// Stable rule codes. Never rename one once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleCode {
    UnattributedQuote,
    VagueAttribution,
    UnattributedClaim,
    FigureMismatch,
    NameMismatch,
    TitleMismatch,
    FirstReference,
    FigureArithmetic,
    DateMismatch,
    DoubledNumber,
    UnfilledPlaceholder,
}

impl RuleCode {
    pub const ALL: [RuleCode; 11] = [
        RuleCode::UnattributedQuote,
        RuleCode::VagueAttribution,
        RuleCode::UnattributedClaim,
        RuleCode::FigureMismatch,
        RuleCode::NameMismatch,
        RuleCode::TitleMismatch,
        RuleCode::FirstReference,
        RuleCode::FigureArithmetic,
        RuleCode::DateMismatch,
        RuleCode::DoubledNumber,
        RuleCode::UnfilledPlaceholder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RuleCode::UnattributedQuote => "unattributed-quote",
            RuleCode::VagueAttribution => "vague-attribution",
            RuleCode::UnattributedClaim => "unattributed-claim",
            RuleCode::FigureMismatch => "figure-mismatch",
            RuleCode::NameMismatch => "name-mismatch",
            RuleCode::TitleMismatch => "title-mismatch",
            RuleCode::FirstReference => "first-reference",
            RuleCode::FigureArithmetic => "figure-arithmetic",
            RuleCode::DateMismatch => "date-mismatch",
            RuleCode::DoubledNumber => "doubled-number",
            RuleCode::UnfilledPlaceholder => "unfilled-placeholder",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            RuleCode::UnattributedClaim | RuleCode::TitleMismatch | RuleCode::FirstReference => {
                Severity::Information
            }
            RuleCode::UnfilledPlaceholder => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// This rule's documentation (its file's doc comment), as `sayswho explain` prints it.
    pub fn explain(self) -> String {
        docs::explain(self)
    }

    fn check(self, input: &RuleInput) -> Vec<Finding> {
        match self {
            RuleCode::UnattributedQuote => unattributed_quote::check(input),
            RuleCode::VagueAttribution => vague_attribution::check(input),
            RuleCode::UnattributedClaim => unattributed_claim::check(input),
            RuleCode::FigureMismatch => figure_mismatch::check(input),
            RuleCode::NameMismatch => name_mismatch::check(input),
            RuleCode::TitleMismatch => title_mismatch::check(input),
            RuleCode::FirstReference => first_reference::check(input),
            RuleCode::FigureArithmetic => figure_arithmetic::check(input),
            RuleCode::DateMismatch => date_mismatch::check(input),
            RuleCode::DoubledNumber => doubled_number::check(input),
            RuleCode::UnfilledPlaceholder => unfilled_placeholder::check(input),
        }
    }
}

impl std::fmt::Display for RuleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What every rule reads: the original text, the analysis so far, and the desk's context.
pub struct RuleInput<'a> {
    pub text: &'a str,
    pub report: &'a Report,
    pub ctx: &'a Context,
}

/// Runs every enabled rule and applies the configured severities. Findings come back
/// sorted by position.
pub fn run(input: &RuleInput) -> Vec<Finding> {
    let mut findings = Vec::new();
    for code in RuleCode::ALL {
        if !input.ctx.rules.enabled(code) {
            continue;
        }
        let severity = input.ctx.rules.severity(code);
        findings.extend(code.check(input).into_iter().map(|mut f| {
            if input
                .ctx
                .rules
                .overrides
                .get(&code)
                .is_some_and(|s| s.severity.is_some())
            {
                f.severity = severity;
            }
            f
        }));
    }
    super::suppress::apply(input.text, &input.report.document, input.ctx, &mut findings);
    if !input.ctx.ignores.is_empty() {
        findings.retain(|f| !project_ignored(f, input));
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end, f.code));
    findings
}

/// Whether the desk silenced this finding for the whole project (`[[ignore]]` in
/// `sayswho.toml`): same rule, same flagged text, compared with runs of whitespace
/// folded so a re-wrapped line still matches (`suppress::apply` compares the text as
/// is, ignoring ASCII case; this adds the re-wrapped case).
fn project_ignored(f: &Finding, input: &RuleInput) -> bool {
    let flagged = fold_space(f.span.slice(input.text));
    input
        .ctx
        .ignores
        .iter()
        .any(|ig| ig.code == f.code && fold_space(&ig.text).eq_ignore_ascii_case(&flagged))
}

fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::context::ProjectIgnore;
    use crate::analysis::{analyze, Format, Span};

    #[test]
    fn a_project_ignore_matches_rule_and_text_not_position() {
        let text = "Officials said the bridge\n  was closed. Officials said so.";
        let report = analyze(text, Format::PlainText, &Context::default());
        let ctx = Context {
            ignores: vec![ProjectIgnore {
                code: RuleCode::VagueAttribution,
                text: "the bridge was closed".into(),
            }],
            ..Context::default()
        };
        let input = RuleInput {
            text,
            report: &report,
            ctx: &ctx,
        };
        let start = text.find("the bridge").unwrap();
        let end = text.find(" closed").unwrap() + " closed".len();
        let finding = |code, span| Finding {
            code,
            severity: Severity::Warning,
            message: String::new(),
            span,
            focus: None,
            related: Vec::new(),
            fixes: Vec::new(),
        };
        let wrapped = Span::new(start, end);
        assert!(project_ignored(
            &finding(RuleCode::VagueAttribution, wrapped),
            &input
        ));
        assert!(!project_ignored(
            &finding(RuleCode::UnattributedClaim, wrapped),
            &input
        ));
        let other = text.rfind("Officials").unwrap();
        assert!(!project_ignored(
            &finding(RuleCode::VagueAttribution, Span::new(other, other + 14)),
            &input
        ));
    }
}
