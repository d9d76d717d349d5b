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
//! `"...," he said.` after a named person, nor on a paragraph that is only a quotation
//! straight after a paragraph ending in an attributed one (the same speaker run on), nor
//! on titles of works ("The Late Show") or short scare quotes, which are not quotations.
//! Nor where the copy credits the quotation without the speaker finder naming anyone:
//! `“...,” the ferryman who has crossed it for forty years shot back.`, a credit line
//! (`― Dana Reyes`), a transcript label (`"MAYOR: ..."`), a paragraph ending on a colon
//! before it, or a quotation running on from a credited one (see
//! `quotes::credited_in_copy`, which every consumer shares).

use super::RuleInput;
use crate::analysis::attribution::fixes::{insertion_point, Sources};
use crate::analysis::markup::BlockKind;
use crate::analysis::quotes::{credited_in_copy, Quote};
use crate::analysis::report::{Edit, Finding, Fix};
use crate::analysis::rules::RuleCode;
use crate::analysis::span::Span;

pub const MESSAGE: &str =
    "Who said this? Name the speaker of this quotation (for example: “...,” the minister said).";

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let code = RuleCode::UnattributedQuote;
    let sources = Sources::of(input.report);
    let quotes = &input.report.quotes;
    let credited = credited_in_copy(&input.report.document, quotes);
    quotes
        .iter()
        .zip(credited)
        .filter(|(q, credited)| !credited && !in_headline(input, q.span.start))
        .map(|(q, _)| q)
        .map(|q| Finding {
            code,
            severity: code.default_severity(),
            message: MESSAGE.to_string(),
            span: q.span,
            focus: None,
            related: Vec::new(),
            fixes: fixes(input, &sources, q),
        })
        .collect()
}

/// "Attribute to <person>" for the people and sources the draft introduces, and one
/// placeholder. A quote that is its own sentence gets the news form `“...,” Name said.`;
/// a quote inside a longer sentence gets `, according to Name` before the final stop.
fn fixes(input: &RuleInput, sources: &Sources, q: &Quote) -> Vec<Fix> {
    let Some(edits_for) = attribution_shape(input, q) else {
        return Vec::new();
    };
    let mut fixes: Vec<Fix> = sources
        .for_quote(input.report, q.span)
        .into_iter()
        .map(|c| Fix {
            title: format!("Attribute to {}", c.label()),
            edits: edits_for(&c.reference),
            preferred: false,
        })
        .collect();
    fixes.push(Fix {
        title: "Add attribution…".to_string(),
        edits: edits_for("[SPEAKER]"),
        preferred: false,
    });
    fixes
}

type EditsFor = Box<dyn Fn(&str) -> Vec<Edit>>;

/// How to attribute this quote: which edits add "<name> said".
fn attribution_shape(input: &RuleInput, q: &Quote) -> Option<EditsFor> {
    let text = input.text;
    let closed = q.inner.end < q.span.end;
    if !closed {
        return None;
    }
    let inner = q.inner.slice(text);
    let last = inner.trim_end().chars().next_back()?;
    let close_end = q.span.end;
    let doc = &input.report.document;
    let sentence = doc
        .sentence_at(q.span.start)
        .map(|s| doc.sentences[s].span)?;
    // The quote ends its sentence: `“...burns.”` → `“...burns,” Name said.`
    let whole = sentence.end <= close_end;
    if whole && last == '.' {
        let stop = q.inner.start + inner.trim_end().len() - 1;
        return Some(Box::new(move |name: &str| {
            vec![
                Edit {
                    span: Span::new(stop, stop + 1),
                    replacement: ",".to_string(),
                },
                Edit {
                    span: Span::new(close_end, close_end),
                    replacement: format!(" {name} said."),
                },
            ]
        }));
    }
    if whole && matches!(last, '?' | '!') {
        return Some(Box::new(move |name: &str| {
            vec![Edit {
                span: Span::new(close_end, close_end),
                replacement: format!(" {name} said."),
            }]
        }));
    }
    let at = insertion_point(text, sentence);
    Some(Box::new(move |name: &str| {
        vec![Edit {
            span: Span::new(at, at),
            replacement: format!(", according to {name}"),
        }]
    }))
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

    use crate::analysis::report::apply_edits as apply;

    #[test]
    fn fixes_attribute_to_people_the_draft_names() {
        let text = "Defence Minister Ana Lutz visited the border on Monday.\n\n“We will not stand by while the border burns.”";
        let report = analyze(text, Format::PlainText, &Context::default());
        let f = report
            .findings
            .iter()
            .find(|f| f.code == RuleCode::UnattributedQuote)
            .expect("flagged");
        let lutz = f
            .fixes
            .iter()
            .find(|x| x.title.starts_with("Attribute to Ana Lutz"))
            .expect("a fix naming Ana Lutz");
        assert_eq!(
            apply(text, &lutz.edits),
            "Defence Minister Ana Lutz visited the border on Monday.\n\n“We will not stand by while the border burns,” Ana Lutz said."
        );
        let placeholder = f
            .fixes
            .iter()
            .find(|x| x.title == "Add attribution…")
            .expect("placeholder");
        assert!(apply(text, &placeholder.edits).ends_with("burns,” [SPEAKER] said."));
    }

    #[test]
    fn question_quote_keeps_its_mark() {
        let text = "Nothing happened.\n\n\"Why should anyone trust this plan now?\"";
        let report = analyze(text, Format::PlainText, &Context::default());
        let f = &report.findings[0];
        let placeholder = f
            .fixes
            .iter()
            .find(|x| x.title == "Add attribution…")
            .expect("placeholder");
        assert_eq!(
            apply(text, &placeholder.edits),
            "Nothing happened.\n\n\"Why should anyone trust this plan now?\" [SPEAKER] said."
        );
    }

    #[test]
    fn attribution_never_lands_inside_the_quotation_marks() {
        let text = "Nothing happened.\n\n[Seoul] “We will not stand by while the border burns.”";
        let report = analyze(text, Format::PlainText, &Context::default());
        let f = &report.findings[0];
        let placeholder = f
            .fixes
            .iter()
            .find(|x| x.title == "Add attribution…")
            .expect("placeholder");
        let fixed = apply(text, &placeholder.edits);
        assert!(fixed.ends_with("burns,” [SPEAKER] said."), "{fixed}");
        let after = analyze(&fixed, Format::PlainText, &Context::default());
        assert!(after
            .findings
            .iter()
            .all(|g| g.code != RuleCode::UnattributedQuote));
    }

    #[test]
    fn silent_on_a_partial_quote_inside_the_writers_sentence() {
        // The sentence's own subject is the source of the quoted words.
        assert!(flagged(
            "Nothing happened.\n\nThe mayor told the council the scheme was \"dead before it was ever built\" and walked out."
        )
        .is_empty());
        assert!(flagged(
            "Nothing happened.\n\nShe warned that the cuts would leave \"whole towns without a single bus route\"."
        )
        .is_empty());
    }

    #[test]
    fn still_fires_when_the_quotation_opens_its_sentence_or_follows_one_word() {
        // Near misses: the quotation stands on its own, or only a dateline leads into it.
        assert_eq!(
            flagged("Nothing happened.\n\n\"This will end badly for everyone involved.\" The vote is on Friday.").len(),
            1
        );
        assert_eq!(
            flagged("Nothing happened.\n\nThen, \"we will not stand by while the border burns.\"")
                .len(),
            1
        );
    }

    #[test]
    fn silent_when_a_description_speaks_after_the_quotation() {
        // The speaker is a description, not a name, but the copy does say who spoke.
        assert!(flagged(
            "Nothing happened.\n\n“Nobody asked the people who live here,” a retired farmer from the valley said."
        )
        .is_empty());
        assert!(flagged(
            "Nothing happened.\n\n“Nobody asked the people who live here,” said one of the protest organisers."
        )
        .is_empty());
    }

    #[test]
    fn fires_when_the_words_after_the_quotation_report_nothing() {
        // Near misses: the sentence goes on without a reporting verb, or the clause
        // belongs to the next sentence.
        assert_eq!(
            flagged("Nothing happened.\n\n“Nobody asked the people who live here” was painted on the bridge.").len(),
            1
        );
        assert_eq!(
            flagged("Nothing happened.\n\n“Nobody asked the people who live here.” The council said it would meet.").len(),
            1
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
