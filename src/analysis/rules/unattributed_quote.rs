//! `unattributed-quote`: a direct quotation with no identifiable speaker.
//!
//! **What it flags.** A passage in quotation marks that reproduces someone's words when
//! neither its sentence, nor the sentence before it in the paragraph, nor the quotation it
//! continues names who said it.
//!
//! **Why an editor cares.** A quote nobody is said to have said cannot be checked, and a
//! reader cannot weigh it. Every direct quotation needs a speaker.
//!
//! **Fires:**
//!
//! ```text
//! The border was quiet on Monday.
//!
//! “We will not stand by while the border burns.”
//! ```
//!
//! **Does not fire:** `“We will not stand by,” Defence Minister Ana Lutz said.`, nor on
//! `"...," he said.` after a named person, nor on titles of works ("The Late Show") or
//! short scare quotes, which are not quotations.

use super::RuleInput;
use crate::analysis::markup::BlockKind;
use crate::analysis::report::Finding;
use crate::analysis::rules::RuleCode;

pub const MESSAGE: &str =
    "Who said this? Name the speaker of this quotation (for example: “...,” the minister said).";

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let code = RuleCode::UnattributedQuote;
    input
        .report
        .quotes
        .iter()
        .filter(|q| q.speaker.is_none() && !in_headline(input, q.span.start))
        .map(|q| Finding {
            code,
            severity: code.default_severity(),
            message: MESSAGE.to_string(),
            span: q.span,
            related: Vec::new(),
            fixes: Vec::new(),
        })
        .collect()
}

/// Headlines summarise the story and take their attribution from the lead; whether the
/// lead carries one is not this rule's call.
fn in_headline(input: &RuleInput, offset: usize) -> bool {
    let doc = &input.report.document;
    doc.paragraph_at(offset)
        .is_some_and(|p| doc.paragraphs[p].kind == BlockKind::Heading)
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn flagged(text: &str) -> Vec<String> {
        let report = analyze(text, Format::PlainText, &Context::default());
        report
            .findings
            .iter()
            .filter(|f| f.code == RuleCode::UnattributedQuote)
            .map(|f| f.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn fires_on_a_quote_paragraph_with_no_speaker() {
        let text =
            "The border was quiet on Monday.\n\n“We will not stand by while the border burns.”";
        assert_eq!(
            flagged(text),
            ["“We will not stand by while the border burns.”"]
        );
    }

    #[test]
    fn silent_when_a_speaker_is_named_or_resolved() {
        assert!(flagged("“We will not stand by,” Defence Minister Ana Lutz said.").is_empty());
        assert!(flagged(
            "Defence Minister Ana Lutz visited the border. \"We will not stand by while it burns,\" she said."
        )
        .is_empty());
        assert!(flagged(
            "Ana Lutz spoke first. \"We will not stand by,\" she said. \"Nobody here wants a war.\""
        )
        .is_empty());
    }

    #[test]
    fn silent_on_titles_and_scare_quotes() {
        assert!(
            flagged("The network showed \"The Late Show\" last night. The \"reform\" passed.")
                .is_empty()
        );
    }

    #[test]
    fn silent_on_headlines() {
        assert!(
            flagged("Council 'to close five libraries'\n\nFive libraries will shut.").is_empty()
        );
    }

    #[test]
    fn message_is_plain_and_actionable() {
        let report = analyze(
            "Nothing happened.\n\n\"This will end badly for everyone involved.\"",
            Format::PlainText,
            &Context::default(),
        );
        let f = &report.findings[0];
        assert!(f.message.starts_with("Who said this?"));
        assert_eq!(f.severity, crate::analysis::Severity::Warning);
    }
}
