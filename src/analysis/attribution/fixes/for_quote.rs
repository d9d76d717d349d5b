//! The "Attribute to ..." pick-list for a speakerless quotation, ranked by the evidence
//! around it: the writer knows who spoke, the list only saves typing. First the
//! speakers of the other quotations in its paragraph (nearest first), then the people
//! and bodies named in its own sentence or the next one (outside quotation marks), then
//! the draft's other sources. A person named before the quotation is offered in the
//! form house style wants on later reference, the short form the draft already uses for
//! them; none is marked preferred.

use super::{Candidate, Sources, MAX_SOURCES};
use crate::analysis::entities::{EntityId, EntityKind, MentionForm};
use crate::analysis::report::Report;
use crate::analysis::span::Span;

impl Sources {
    /// Candidates for the speaker of the quotation at `quote`, best evidence first, at
    /// most `MAX_SOURCES`.
    pub fn for_quote(&self, report: &Report, quote: Span) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let evidence = neighbour_speakers(report, quote)
            .into_iter()
            .chain(named_near(report, quote))
            .map(|id| candidate(report, id, quote.start));
        let others = self.before(quote.start).into_iter().map(|mut c| {
            let id = report.entities.iter().position(|e| e.name == c.name);
            if let Some(short) = id.and_then(|id| later_reference(report, id, quote.start)) {
                c.reference = short;
            }
            c
        });
        for c in evidence.chain(others) {
            if out.len() < MAX_SOURCES && !out.iter().any(|o| o.name == c.name) {
                out.push(c);
            }
        }
        out
    }
}

/// The entity as a pick-list entry: the draft's own short form once it has introduced
/// the person before `at` (and no other person shares it), else the name in full.
fn candidate(report: &Report, id: EntityId, at: usize) -> Candidate {
    let e = &report.entities[id];
    Candidate {
        name: e.name.clone(),
        role: e.role().map(str::to_string),
        reference: later_reference(report, id, at).unwrap_or_else(|| e.name.clone()),
    }
}

/// The short form the draft itself uses for this person before `at` ("Ruiz" for Ana
/// Ruiz, "Kim" for Kim Hong-kyun), when no other person answers to it. Which word of a
/// name is the surname depends on the name's culture, so it is never guessed: a draft
/// that has not yet used a short form gets the name in full.
fn later_reference(report: &Report, id: EntityId, at: usize) -> Option<String> {
    let e = &report.entities[id];
    if e.kind != EntityKind::Person || e.introduction()?.start >= at {
        return None;
    }
    let short = e
        .mentions
        .iter()
        .rev()
        .filter(|m| m.form == MentionForm::Short && m.span.end <= at)
        .map(|m| report.document.slice(m.span))
        .find(|form| e.name.split(' ').any(|word| word == *form))?;
    let shared = report.entities.iter().enumerate().any(|(k, o)| {
        k != id && o.kind == EntityKind::Person && o.name.split(' ').any(|w| w == short)
    });
    (!shared).then(|| short.to_string())
}

/// The recognised speakers of the other quotations in the quotation's paragraph, the
/// nearest first.
fn neighbour_speakers(report: &Report, quote: Span) -> Vec<EntityId> {
    let doc = &report.document;
    let Some(para) = doc
        .sentence_at(quote.start)
        .map(|s| doc.paragraphs[doc.sentences[s].paragraph].span)
    else {
        return Vec::new();
    };
    let mut near: Vec<(usize, EntityId)> = report
        .quotes
        .iter()
        .filter(|q| q.span != quote && para.contains(q.span.start))
        .filter_map(|q| {
            let id = q.speaker.as_ref()?.entity?;
            let distance = q.span.start.abs_diff(quote.start);
            Some((distance, id))
        })
        .collect();
    near.sort_unstable();
    near.into_iter().map(|(_, id)| id).collect()
}

/// People, then bodies, named outside quotation marks in the quotation's sentence or the
/// one after it (in the same paragraph), nearest first.
fn named_near(report: &Report, quote: Span) -> Vec<EntityId> {
    let doc = &report.document;
    let Some(s0) = doc.sentence_at(quote.start) else {
        return Vec::new();
    };
    let s1 = doc.sentence_at(quote.end.saturating_sub(1)).unwrap_or(s0);
    let end = match doc.sentences.get(s1 + 1) {
        Some(next) if next.paragraph == doc.sentences[s1].paragraph => next.span.end,
        _ => doc.sentences[s1].span.end,
    };
    let window = Span::new(doc.sentences[s0].span.start, end);
    let quoted = |at: usize| report.quotes.iter().any(|q| q.span.contains(at));
    let mut near: Vec<(bool, usize, EntityId)> = Vec::new();
    for (id, e) in report.entities.iter().enumerate() {
        let nearest = e
            .mentions
            .iter()
            .filter(|m| window.contains(m.span.start) && !quoted(m.span.start))
            .map(|m| m.span.start.abs_diff(quote.start))
            .min();
        if let Some(d) = nearest {
            near.push((e.kind != EntityKind::Person, d, id));
        }
    }
    near.sort_unstable();
    near.into_iter().map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use crate::analysis::report::apply_edits;
    use crate::analysis::{analyze, Context, Format, RuleCode};

    /// The "Attribute to" titles offered for the draft's first speakerless quotation.
    fn pick_list(text: &str) -> Vec<String> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.findings
            .iter()
            .find(|f| f.code == RuleCode::UnattributedQuote)
            .map(|f| {
                assert!(
                    f.fixes.iter().all(|x| !x.preferred),
                    "a guess is never preferred"
                );
                f.fixes.iter().map(|x| x.title.clone()).collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn the_nearest_evidence_comes_first() {
        // The person named in the next sentence before a source quoted earlier.
        let text =
            "“The plan will cost every family dearly,” said Tom Bell, the council leader.\n\n\
                    Other news followed.\n\n\
                    “The bridge will close for a month from Friday.” Ana Ruiz, the city \
                    engineer, gave no further detail.";
        let list = pick_list(text);
        assert!(
            list.first()
                .is_some_and(|t| t.starts_with("Attribute to Ana Ruiz")),
            "{list:?}"
        );
        assert!(
            list.iter().any(|t| t.starts_with("Attribute to Tom Bell")),
            "{list:?}"
        );
        assert!(list.iter().any(|t| t == "Add attribution…"), "{list:?}");
    }

    #[test]
    fn a_person_named_inside_the_quotation_is_no_evidence() {
        let text =
            "“The plan will cost every family dearly,” said Tom Bell, the council leader.\n\n\
                    Other news followed.\n\n\
                    “Ana Ruiz has closed the bridge for a month from Friday.”";
        let list = pick_list(text);
        assert!(
            list.first()
                .is_some_and(|t| t.starts_with("Attribute to Tom Bell")),
            "{list:?}"
        );
    }

    #[test]
    fn the_speaker_of_a_neighbouring_quotation_in_the_paragraph_comes_first() {
        let text = "Sam Ortiz, the mayor, spoke in the morning.\n\n\
                    “The plan will cost every family dearly,” said Tom Bell, the council \
                    leader. Ana Ruiz, the city engineer, was away. “The bridge will close \
                    for a month from Friday.”";
        let list = pick_list(text);
        assert!(
            list.first()
                .is_some_and(|t| t.starts_with("Attribute to Tom Bell")),
            "{list:?}"
        );
    }

    /// The text the "Attribute to {name}" fix writes into the draft.
    fn attributed(text: &str, name: &str) -> String {
        let r = analyze(text, Format::PlainText, &Context::default());
        let f = r
            .findings
            .iter()
            .find(|f| f.code == RuleCode::UnattributedQuote)
            .expect("flagged");
        let fix = f
            .fixes
            .iter()
            .find(|x| x.title.starts_with(&format!("Attribute to {name}")))
            .expect("a fix naming the person");
        apply_edits(text, &fix.edits)
    }

    #[test]
    fn a_later_reference_is_the_short_form_the_draft_already_uses() {
        let text = "Ana Ruiz, the city engineer, toured the bridge.

                    Ruiz left before noon.

                    “The bridge will close for a month from Friday.”";
        assert!(
            attributed(text, "Ana Ruiz").ends_with("from Friday,” Ruiz said."),
            "{}",
            attributed(text, "Ana Ruiz")
        );
        // A family name written first is the short form when the draft uses it so.
        let text = "Vice Minister Kim Hong-kyun met the envoy.

                    Kim spoke for an hour.

                    “We will answer with every measure we have.”";
        assert!(
            attributed(text, "Kim Hong-kyun").ends_with("we have,” Kim said."),
            "{}",
            attributed(text, "Kim Hong-kyun")
        );
    }

    #[test]
    fn with_no_short_form_in_the_draft_the_name_is_written_in_full() {
        // Which word is the surname is never guessed: "Hong-kyun said" would be wrong.
        let text = "Vice Minister Kim Hong-kyun met the envoy.

                    “We will answer with every measure we have.”";
        assert!(
            attributed(text, "Kim Hong-kyun").ends_with("we have,” Kim Hong-kyun said."),
            "{}",
            attributed(text, "Kim Hong-kyun")
        );
    }
}
