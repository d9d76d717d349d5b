//! Attribution relations: for every statement or belief the draft attributes, the cue
//! (the reporting words), the source (who, as written, and the entity it resolves to)
//! and the content (what is attributed). Built from the reporting clauses `find`
//! returns and the quotations whose speaker the quotes stage found; the JSON
//! `attributions` list and the hover read this.
//!
//! The content of a clause is the quotation it introduces (direct), the reported words
//! on the other side of the cue from the source (indirect: "the minister said *the plan
//! would fail*", "*the plan would fail*, the minister said"), or both when a quotation
//! sits inside reported words (mixed). A quotation that runs on covers its later
//! sentences too.

use super::{Attribution, CueKind, Source, SourceClass};
use crate::analysis::entities::Entity;
use crate::analysis::lexicon::calendar::is_calendar_word;
use crate::analysis::lexicon::reporting;
use crate::analysis::quotes::Quote;
use crate::analysis::segment::{Document, Token, TokenKind};
use crate::analysis::span::Span;

/// Whether the content is quoted, reported, or reported with a quotation inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationKind {
    Direct,
    Indirect,
    Mixed,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Direct => "direct",
            RelationKind::Indirect => "indirect",
            RelationKind::Mixed => "mixed",
        }
    }
}

/// One attributed statement or belief.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub cue: Span,
    /// Where the source is named; `None` for an agentless passive or a hedging adverb.
    pub source: Option<Span>,
    /// The source as written.
    pub source_text: Option<String>,
    /// The canonical name of the person or organisation the source resolves to.
    pub source_entity: Option<String>,
    pub content: Span,
    pub kind: RelationKind,
    pub vague: bool,
    /// Index into `Report::attributions` of the clause this relation reads, if any.
    pub clause: Option<usize>,
}

/// The relations of one draft, in draft order.
pub fn relations(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    attributions: &[Attribution],
) -> Vec<Relation> {
    let mut out: Vec<Relation> = attributions
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let citer = citer(attributions, i);
            from_clause(doc, entities, quotes, a, citer, i)
        })
        .collect();
    out.sort_by_key(|r| (r.cue.start, r.cue.end));
    out
}

/// "The Post reported, citing two officials": who cites stands behind the claim, the
/// cited stand behind the Post. The source of a "citing" clause as a relation is the
/// source of the nearest reporting or stance clause in its sentence (the one before,
/// else the one after); `None` when the sentence has none, or for any other clause.
fn citer(attributions: &[Attribution], i: usize) -> Option<&Source> {
    let a = &attributions[i];
    if a.kind != CueKind::Citing {
        return None;
    }
    let speaks = |o: &&Attribution| {
        o.sentence == a.sentence
            && matches!(o.kind, CueKind::Verb | CueKind::Stance)
            && o.source.is_some()
    };
    // Clauses are listed sentence by sentence: look only within this one.
    let before = attributions[..i]
        .iter()
        .rev()
        .take_while(|o| o.sentence == a.sentence)
        .find(speaks);
    let after = || {
        attributions[i + 1..]
            .iter()
            .take_while(|o| o.sentence == a.sentence)
            .find(speaks)
    };
    before.or_else(after).and_then(|o| o.source.as_ref())
}

fn from_clause(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    a: &Attribution,
    citer: Option<&Source>,
    index: usize,
) -> Option<Relation> {
    let sentence = doc.sentences.get(a.sentence)?;
    let agentless = matches!(a.kind, CueKind::Agentless | CueKind::Adverb);
    let source = citer.or(a.source.as_ref()).filter(|_| !agentless);
    let source_entity = source.and_then(|s| {
        s.entity
            .and_then(|id| entities.get(id))
            .map(|e| e.name.clone())
            .or_else(|| match &s.class {
                SourceClass::Resolved { to } if !to.is_empty() => Some(to.clone()),
                _ => None,
            })
    });
    // The words the clause itself takes: cue and source.
    let mut taken = a.cue;
    if let Some(s) = a.source.as_ref().filter(|_| !agentless) {
        taken = Span::new(taken.start.min(s.span.start), taken.end.max(s.span.end));
    }
    let (content, kind) = content_of(doc, quotes, a, sentence.span, taken)?;
    Some(Relation {
        cue: a.cue,
        source: source.map(|s| s.span),
        source_text: source.map(|s| s.text.clone()),
        source_entity,
        content,
        kind,
        vague: a.is_vague(),
        clause: Some(index),
    })
}

/// The attributed words of a clause in the sentence `sent`, whose cue and source take
/// `taken`, and whether they are quoted.
fn content_of(
    doc: &Document,
    quotes: &[Quote],
    a: &Attribution,
    sent: Span,
    taken: Span,
) -> Option<(Span, RelationKind)> {
    if let Some(question) = question_asked(doc, quotes, a, sent) {
        return Some(question);
    }
    // "Six in 10 say the fares are too high": with the source before its verb, the
    // words after the verb are what is said, whatever stands before the source.
    let subject_first = a.source.as_ref().is_some_and(|s| s.span.end <= a.cue.start);
    let reported = reported_side(doc, sent, taken, subject_first);
    // `"...," though voters say the plan is fair`: a quotation before a subject-first
    // clause that reports words after it, with words between, belongs to another
    // clause (`"...," Lee said, citing ...` keeps its quotation).
    let reports_after = subject_first && reported.is_some_and(|r| r.start >= taken.end);
    // Quotations the clause introduces: in its sentence, or running on from it.
    let own: Vec<Span> = quotes
        .iter()
        .map(|q| q.inner)
        .filter(|q| {
            !q.contains_span(a.cue)
                && (sent.overlaps(*q) || q.start == sent.end)
                && !q.is_empty()
                && !(reports_after && q.end <= taken.start && words_between(doc, *q, taken))
        })
        .collect();
    let quoted = own
        .iter()
        .copied()
        .reduce(|x, y| Span::new(x.start.min(y.start), x.end.max(y.end)));
    match (quoted, reported) {
        (Some(q), Some(r)) if r.contains_span(q) && words_outside(doc, r, q) > 2 => {
            Some((r, RelationKind::Mixed))
        }
        (Some(q), _) => Some((q, RelationKind::Direct)),
        (None, Some(r)) => Some((r, RelationKind::Indirect)),
        (None, None) => quotes
            .iter()
            .map(|q| q.inner)
            .find(|q| closes_just_before(doc, *q, sent))
            .map(|q| (q, RelationKind::Direct)),
    }
}

/// "Asked whether the bridge would reopen, the mayor said ...": what "asked" reports
/// is the question, from its opening word to the comma that closes it, not the answer
/// the rest of the sentence gives. `None` when "asked" opens no question ("asked for a
/// delay") or no comma closes it.
fn question_asked(
    doc: &Document,
    quotes: &[Quote],
    a: &Attribution,
    sent: Span,
) -> Option<(Span, RelationKind)> {
    if !doc.slice(a.cue).eq_ignore_ascii_case("asked") {
        return None;
    }
    let after = tokens_in(doc, Span::new(a.cue.end, sent.end));
    let opener = after.first()?;
    let word = doc.slice(opener.span).to_lowercase();
    if !reporting::QUESTION_OPENERS.contains(&word.as_str()) {
        return None;
    }
    let comma = after.iter().find(|t| doc.slice(t.span) == ",")?;
    let question = trim(doc, Span::new(opener.span.start, comma.span.start))?;
    let quoted = quotes.iter().any(|q| question.overlaps(q.inner));
    let kind = if quoted {
        RelationKind::Mixed
    } else {
        RelationKind::Indirect
    };
    Some((question, kind))
}

/// The quotation `q` ends just before sentence `sent`, only its closing marks between:
/// `“We will win.” Lopez said.` splits into two sentences, the second all clause.
fn closes_just_before(doc: &Document, q: Span, sent: Span) -> bool {
    q.end <= sent.start
        && sent.start - q.end <= 8
        && doc
            .slice(Span::new(q.end, sent.start))
            .chars()
            .all(|c| !c.is_alphanumeric() && c != '\n')
}

/// The longer side of the sentence around the clause's own words (the side after them
/// when the source stands before its verb), trimmed of the punctuation and "that" that
/// join it to the clause.
fn reported_side(doc: &Document, sent: Span, taken: Span, subject_first: bool) -> Option<Span> {
    let left = trim(doc, Span::new(sent.start, taken.start.max(sent.start)));
    // "..., the minister said on Thursday.": a time phrase after the verb is not what
    // was said.
    let right = trim(doc, Span::new(taken.end.min(sent.end), sent.end))
        .filter(|&r| !is_time_phrase(doc, r));
    let size = |s: &Option<Span>| s.map_or(0, |s| word_count(doc, s));
    let (l, r) = (size(&left), size(&right));
    if l == 0 && r == 0 {
        return None;
    }
    if r >= l || (subject_first && r > 0) {
        right
    } else {
        left
    }
}

/// Whether every word of `span` is a weekday, a month, a number or a time word ("on
/// Thursday", "last week", "Dec. 3").
fn is_time_phrase(doc: &Document, span: Span) -> bool {
    tokens_in(doc, span)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .all(|t| {
            let lower = doc.slice(t.span).to_lowercase();
            t.kind == TokenKind::Number
                || is_calendar_word(&lower)
                || reporting::TIME_PHRASE_WORDS.contains(&lower.as_str())
        })
}

/// `span` without leading or trailing punctuation, spaces, and a leading "that".
fn trim(doc: &Document, span: Span) -> Option<Span> {
    let toks = tokens_in(doc, span);
    let is_edge = |k: usize, leading: bool| {
        let t = &toks[k];
        t.kind == TokenKind::Punct
            && !(leading && matches!(doc.slice(t.span), "“" | "\"" | "‘"))
            && !matches!(doc.slice(t.span), "%" | "$" | "£" | "€")
            || (leading && k == 0 && doc.slice(t.span).eq_ignore_ascii_case("that"))
            || (!leading && matches!(doc.slice(t.span), "the" | "a" | "an" | "The"))
    };
    let mut a = 0;
    while a < toks.len() && is_edge(a, true) {
        a += 1;
    }
    let mut b = toks.len();
    while b > a && is_edge(b - 1, false) {
        b -= 1;
    }
    (a < b).then(|| Span::new(toks[a].span.start, toks[b - 1].span.end))
}

/// The tokens inside `span`, found by binary search.
fn tokens_in(doc: &Document, span: Span) -> &[Token] {
    let a = doc.tokens.partition_point(|t| t.span.start < span.start);
    let b = doc.tokens.partition_point(|t| t.span.end <= span.end);
    doc.tokens.get(a..b.max(a)).unwrap_or(&[])
}

fn word_count(doc: &Document, span: Span) -> usize {
    tokens_in(doc, span)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count()
}

/// Whether words other than an article stand between the quotation `q` and the clause
/// `taken` after it: `"...," though voters say`, not `"...," the mayor said`.
fn words_between(doc: &Document, q: Span, taken: Span) -> bool {
    tokens_in(doc, Span::new(q.end, taken.start))
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .any(|t| {
            !matches!(
                doc.slice(t.span).to_lowercase().as_str(),
                "the" | "a" | "an"
            )
        })
}

fn words_outside(doc: &Document, outer: Span, inner: Span) -> usize {
    word_count(doc, outer).saturating_sub(word_count(doc, inner))
}

#[cfg(test)]
mod tests {
    use super::RelationKind;
    use crate::analysis::{analyze, Context, Format};

    /// (cue, source, source entity, content, kind, vague) of every relation.
    type Row = (
        String,
        Option<String>,
        Option<String>,
        String,
        RelationKind,
        bool,
    );

    fn rows(text: &str) -> Vec<Row> {
        let r = analyze(text, Format::PlainText, &Context::default());
        r.relations
            .iter()
            .map(|x| {
                (
                    x.cue.slice(text).to_string(),
                    x.source.map(|s| s.slice(text).to_string()),
                    x.source_entity.clone(),
                    x.content.slice(text).to_string(),
                    x.kind,
                    x.vague,
                )
            })
            .collect()
    }

    #[test]
    fn a_relative_clause_is_sourced_through_its_pronoun() {
        let r = rows("The first speaker was Tom Reid, who said the pier would reopen in May.");
        let said = r
            .iter()
            .find(|x| x.0 == "said")
            .expect("the relative clause");
        assert_eq!(said.1.as_deref(), Some("Tom Reid, who"));
        assert_eq!(said.3, "the pier would reopen in May");
        let r =
            rows("The work went to the firm Dredgeco, which said the quay would be ready by May.");
        let said = r
            .iter()
            .find(|x| x.0 == "said")
            .expect("the relative clause");
        assert_eq!(said.1.as_deref(), Some("firm Dredgeco, which"));
        // Near miss: a plain subject ends at its last word.
        let r = rows("Tom Reid said the pier would reopen in May.");
        assert_eq!(r[0].1.as_deref(), Some("Tom Reid"));
    }

    #[test]
    fn a_transcript_label_opening_a_paragraph_is_the_speaker() {
        let text = "Pier hearing.\n\nREID: The pier will reopen in May if the weather holds.\n\nAda Moss: And the tolls will stay as they are?\n\nAnother paragraph follows here.";
        let r = rows(text);
        let labels: Vec<(Option<&str>, &str)> = r
            .iter()
            .filter(|x| x.0 == ":")
            .map(|x| (x.1.as_deref(), x.3.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                (
                    Some("REID"),
                    "The pier will reopen in May if the weather holds"
                ),
                (Some("Ada Moss"), "And the tolls will stay as they are"),
            ]
        );
        // Near misses: a kicker, a one-word label in mixed case, a colon mid-paragraph.
        for text in [
            "Pier hearing.\n\nUPDATE: The pier will reopen in May after all.",
            "Pier hearing.\n\nNote: The pier will reopen in May after all.",
            "Pier hearing.\n\nThe board met twice. REID: The pier will reopen in May.",
        ] {
            assert!(
                rows(text).iter().all(|x| x.0 != ":"),
                "{text}: {:?}",
                rows(text)
            );
        }
    }

    #[test]
    fn a_time_phrase_after_the_verb_is_not_what_was_said() {
        let r = rows("The pier will reopen in May, the harbour master said on Thursday.");
        assert_eq!(r[0].3, "The pier will reopen in May");
        let r = rows("The pier will reopen in May, the harbour master said last week.");
        assert_eq!(r[0].3, "The pier will reopen in May");
        // Near miss: words after the time phrase are what was said.
        let r = rows("The harbour master said on Thursday that the pier would reopen.");
        assert!(r[0].3.ends_with("the pier would reopen"), "{r:?}");
    }

    #[test]
    fn asked_reports_the_question_not_the_answer() {
        let r = rows(
            "Asked whether the pier would reopen before summer, the harbour master said work would start in May.",
        );
        let asked = r
            .iter()
            .find(|x| x.0 == "Asked")
            .expect("the question's clause");
        assert_eq!(asked.3, "whether the pier would reopen before summer");
        let r = rows("The councillor asked why the tolls had risen, and the board gave no answer.");
        let asked = r
            .iter()
            .find(|x| x.0 == "asked")
            .expect("the question's clause");
        assert_eq!(asked.3, "why the tolls had risen");
        // Near miss: "asked for" opens a request, not a question; the question rule
        // leaves its content to the usual reading of the sentence.
        let r = rows("The ferry company asked for a delay, and the council agreed to wait.");
        assert!(
            r.iter().all(|x| x.3 != "for a delay"),
            "a request is no question: {r:?}"
        );
    }

    #[test]
    fn a_subject_before_its_verb_reports_the_words_after_it() {
        // A long opening phrase before the subject is not what the subject said.
        let r = rows(
            "Among drivers who use the ferry every day, only 40 percent say the fares are fair.",
        );
        let say = r.iter().find(|x| x.0 == "say").expect("the share's clause");
        assert_eq!(say.3, "the fares are fair");
        // Near miss: an inverted clause at the end still reports the words before it.
        let r = rows("The ferry will run on Sundays from June onwards, the harbour board said.");
        assert_eq!(r[0].3, "The ferry will run on Sundays from June onwards");
    }

    #[test]
    fn a_quotation_set_apart_before_the_clause_is_not_its_content() {
        let r = rows(
            "The fares are \u{201c}about right,\u{201d} though ferry users say the timetable is too thin.",
        );
        let say = r.iter().find(|x| x.0 == "say").expect("the users' clause");
        assert_eq!(say.3, "the timetable is too thin");
        // Near miss: a quotation right before its speaker is still what they said.
        let r = rows("\u{201c}The fares are fair,\u{201d} Lena Holt said, citing the survey.");
        let said = r.iter().find(|x| x.0 == "said").expect("Holt's clause");
        assert_eq!(said.3, "The fares are fair,");
        let r = rows("\u{201c}The fares are fair,\u{201d} the ferry pilot said in part.");
        let said = r
            .iter()
            .find(|x| x.0 == "said")
            .expect("the pilot's clause");
        assert_eq!(said.3, "The fares are fair,");
    }

    #[test]
    fn reported_speech_after_and_before_the_clause() {
        let r = rows("Harriet Vane said that the bridge would reopen in May.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "said");
        assert_eq!(r[0].1.as_deref(), Some("Harriet Vane"));
        assert_eq!(r[0].3, "the bridge would reopen in May");
        assert_eq!(r[0].4, RelationKind::Indirect);
        assert!(!r[0].5);
        let r = rows("The bridge will reopen in May, the council said.");
        assert_eq!(r[0].3, "The bridge will reopen in May");
        assert_eq!(r[0].1.as_deref(), Some("council"));
    }

    #[test]
    fn a_quotation_is_direct_and_a_quoted_phrase_inside_reported_words_is_mixed() {
        let r = rows("Harriet Vane spoke first.\n\n“The bridge is safe,” Vane said.");
        let said = r
            .iter()
            .find(|x| x.0 == "said")
            .expect("a relation on said");
        assert_eq!(said.3, "The bridge is safe,");
        assert_eq!(said.4, RelationKind::Direct);
        assert_eq!(said.2.as_deref(), Some("Harriet Vane"));
        let r = rows(
            "Harriet Vane said the repairs were “long overdue and badly planned” by the council.",
        );
        assert_eq!(r[0].4, RelationKind::Mixed, "{r:?}");
        assert!(r[0].3.starts_with("the repairs were"), "{r:?}");
    }

    #[test]
    fn agentless_passives_and_adverbs_have_no_source_but_are_vague() {
        let r = rows("The bridge is expected to reopen in May.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, None);
        assert!(r[0].5);
        assert_eq!(r[0].3, "to reopen in May");
        let r = rows("Officials said the bridge would reopen.");
        assert_eq!(r[0].1.as_deref(), Some("Officials"));
        assert!(r[0].5);
    }

    #[test]
    fn stance_verbs_attribute_a_view() {
        let r = rows("Harriet Vane opposed the toll on the new bridge.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "opposed");
        assert_eq!(r[0].3, "the toll on the new bridge");
        let r = rows("The ferry company wants a subsidy from the council.");
        assert_eq!(r[0].0, "wants");
        // As nouns they are no cue.
        assert!(rows("Her plans for the bridge were shelved in the spring.").is_empty());
    }

    #[test]
    fn a_source_stops_at_the_verb_of_the_clause_before() {
        for text in [
            "Pier news.\n\nThe harbour board hired Tom Reid, who said the pier would reopen.",
            "Pier news.\n\nThe mayor praised Tom Reid, who said the pier would reopen.",
        ] {
            let r = rows(text);
            let said = r
                .iter()
                .find(|x| x.0 == "said")
                .expect("the relative clause");
            assert_eq!(said.1.as_deref(), Some("Tom Reid, who"), "{text}");
        }
        // Near miss: a participle after a determiner is a modifier of the source.
        let r = rows("Pier news.\n\nThe retired pilot Tom Reid, who sailed for years, said the pier would reopen.");
        let said = r.iter().find(|x| x.0 == "said").expect("the clause");
        assert!(
            said.1
                .as_deref()
                .is_some_and(|s| s.contains("retired pilot Tom Reid")),
            "{r:?}"
        );
    }

    #[test]
    fn who_cites_is_the_source_of_citing() {
        let r =
            rows("Pier news.\n\nThe Herald reported the closure, citing two harbour officials.");
        let citing = r
            .iter()
            .find(|x| x.0 == "citing")
            .expect("the citing relation");
        assert_eq!(citing.1.as_deref(), Some("Herald"));
        let r = rows(
            "Pier news.\n\nThe pier will close, the Herald said, citing two harbour officials.",
        );
        let citing = r
            .iter()
            .find(|x| x.0 == "citing")
            .expect("the citing relation");
        assert_eq!(citing.1.as_deref(), Some("Herald"));
        // Near miss: with no speaker in the sentence, the cited stay the source.
        let r = rows("Pier news.\n\nCiting two harbour officials, the pier will close in May.");
        assert!(r.iter().all(|x| x.1.as_deref() != Some("Herald")), "{r:?}");
    }

    #[test]
    fn a_sentence_without_a_clause_has_no_relation() {
        assert!(rows("The bridge reopened in May after repairs.").is_empty());
    }

    /// The (cue, source) of every relation whose cue is "said" or "Said".
    fn said(text: &str) -> Vec<(String, Option<String>)> {
        rows(text)
            .into_iter()
            .filter(|r| r.0.eq_ignore_ascii_case("said"))
            .map(|r| (r.3.clone(), r.1))
            .collect()
    }

    #[test]
    fn a_name_with_several_appositions_is_the_subject() {
        let r = said(
            "Lead here.\n\nOwen Pryce, 48, a ferry pilot from Oban, said the crossing was safe.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Owen Pryce"));
        // Near miss: a place opening the sentence with a time phrase before the subject
        // is no apposition chain; the subject is the word before the verb.
        let r = said("Lead here.\n\nIn Oban, on Tuesday, the pilots said the crossing was safe.");
        assert!(r.iter().all(|x| x.1.as_deref() != Some("Oban")), "{r:?}");
    }

    #[test]
    fn a_party_label_between_name_and_verb_is_skipped() {
        let r = said("Lead here.\n\nSen. Dana Whitlock (D-Ore.) said the tolls would end.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Dana Whitlock"));
        assert_eq!(r[0].0, "the tolls would end");
    }

    #[test]
    fn the_clause_after_a_closed_quotation_takes_the_quotation() {
        let r = said("Lead here.\n\n“The tolls end in June.” Whitlock said.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "The tolls end in June.");
        assert_eq!(r[0].1.as_deref(), Some("Whitlock"));
    }

    #[test]
    fn inverted_after_a_quotation_takes_a_long_speaker() {
        let r = said("Lead here.\n\n“Nobody warned us,” said a longtime tenant of the block, who asked not to be named.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(
            r[0].1
                .as_deref()
                .is_some_and(|s| s.starts_with("a longtime")),
            "{r:?}"
        );
        // Near miss: after a plain comma, "said" + noun phrase that runs on is reported
        // speech of the earlier subject, not an inverted speaker.
        let r = said("Lead here.\n\nThe tenants, in a letter, said the landlord had ignored them.");
        assert!(
            r.iter().all(|x| x.1.as_deref() != Some("the landlord")),
            "{r:?}"
        );
    }

    #[test]
    fn said_opening_the_sentence_is_inverted() {
        let r = said(
            "Lead here.\n\nSaid Maeve Doran, who runs the ferry café, “We were all relieved.”",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Maeve Doran"));
    }

    #[test]
    fn and_said_takes_the_name_opening_the_sentence() {
        let r = said("Lead here.\n\nGov. Ines Barlow toured the harbour and said the dredging would start soon.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Gov. Ines Barlow"));
        // Near miss: a judgement verb after "and" does not vouch for the first clause.
        let r = rows("Lead here.\n\nPortugal is the harbour's biggest customer and has accused the board of delays.");
        assert!(r.iter().all(|x| x.0 != "accused"), "{r:?}");
    }

    #[test]
    fn a_poll_share_says() {
        let r = said("Lead here.\n\nNearly 3 in 10 said the tolls were too high.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("3 in 10"));
        // Near miss: a bare number before "said" is not a share of voters.
        let r = said("Lead here.\n\nThe tolls rose in 2019 said nobody.");
        assert!(r.iter().all(|x| x.1.as_deref() != Some("2019")), "{r:?}");
    }

    #[test]
    fn a_headline_colon_stands_for_says() {
        let r = rows("Harbour Board: Tolls Will End in June\n\nThe board met on Tuesday.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, ":");
        assert_eq!(r[0].1.as_deref(), Some("Harbour Board"));
        assert_eq!(r[0].3, "Tolls Will End in June");
        // A title line closed by a full stop is still a title.
        let r = rows("Whitlock: The Tolls Were a Mistake.\n\nThe board met on Tuesday.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Whitlock"));
    }

    #[test]
    fn a_headline_label_or_a_body_colon_is_no_speaker() {
        for title in [
            "Update: Ferry Crossings Resume in June",
            "The Latest: Ferry Crossings Resume in June",
            "EXCLUSIVE: Ferry Crossings Resume in June",
            "Whitlock Wades In: Ferry Crossings Must Resume",
            "Big Day For Oban: Ferry Crossings Resume",
        ] {
            let r = rows(&format!("{title}\n\nThe board met on Tuesday."));
            assert!(r.is_empty(), "{title}: {r:?}");
        }
        let r = rows(
            "Lead paragraph here.\n\nThe board had three options: sell, lease or close the pier.",
        );
        assert!(r.iter().all(|x| x.0 != ":"), "{r:?}");
    }
}
