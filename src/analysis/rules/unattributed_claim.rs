//! `unattributed-claim` — a checkable claim with no source.
//!
//! Flags a sentence that states a figure (not a date), a ranking ("the lowest"), a
//! causal or predictive claim ("led to", "could face") or an allegation ("illegally")
//! when no reporting clause covers it: none in the sentence, and it is not part of a
//! quotation whose speaker is given. Headlines, questions, quoted words and the lead's
//! statement of the story's own event are left alone. The message says what made the
//! sentence a claim.
//!
//! Why: AP and Reuters attribute every disputable fact the reporter did not witness;
//! the reader should know who says so.
//!
//! Fires: `The firm has cut 13,000 jobs since 2001.`
//! Does not fire: `The firm has cut 13,000 jobs since 2001, its chief executive said.`

use super::{RuleCode, RuleInput};
use crate::analysis::attribution::fixes;
use crate::analysis::report::Finding;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let report = input.report;
    report
        .claims
        .iter()
        .filter(|c| c.attribution.is_none())
        .map(|c| Finding {
            code: RuleCode::UnattributedClaim,
            severity: RuleCode::UnattributedClaim.default_severity(),
            message: format!(
                "Says who? This sentence {} but gives no source. Attribute it, or confirm it is established fact.",
                c.reason
            ),
            span: c.span,
            related: Vec::new(),
            fixes: fixes::for_claim(report, input.text, c.span),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn flagged(text: &str) -> Vec<String> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedClaim)
            .map(|f| f.message.clone())
            .collect()
    }

    const LEAD: &str = "The airline reported its results on Friday.\n\n";

    #[test]
    fn figure_without_source() {
        let f = flagged(&format!(
            "{LEAD}The carrier has cut 13,000 jobs since 2001."
        ));
        assert_eq!(f.len(), 1);
        assert!(f[0].contains("states a figure: 13,000"), "{}", f[0]);
    }

    #[test]
    fn attributed_dated_quoted_and_questions_are_not_flagged() {
        assert!(flagged(&format!(
            "{LEAD}The carrier has cut 13,000 jobs, its chief executive said."
        ))
        .is_empty());
        assert!(flagged(&format!(
            "{LEAD}The results came out on 12 March 2004 in London."
        ))
        .is_empty());
        assert!(flagged(&format!(
            "{LEAD}\"We have cut 13,000 jobs,\" said Jane Smith."
        ))
        .is_empty());
        assert!(flagged(&format!("{LEAD}Will the carrier cut 13,000 jobs?")).is_empty());
    }

    #[test]
    fn rankings_and_causes() {
        let f = flagged(&format!(
            "{LEAD}The mill is one of the world's most profitable steel makers."
        ));
        assert!(f[0].contains("makes a ranking"), "{f:?}");
        let f = flagged(&format!(
            "{LEAD}Her warnings led to the collapse of the firm."
        ));
        assert!(f[0].contains("causal claim: led to"), "{f:?}");
    }
}
