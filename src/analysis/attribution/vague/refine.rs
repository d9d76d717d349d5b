//! Whole-draft passes over the clauses the sentence finder found: what a vague source
//! is can depend on the sentences before it ("A senior official said ... The official
//! added ...") and on what the cue word really is ("several states" is no clause).

use super::*;

/// Runs every draft-level step on the clauses, before sources are resolved to names
/// (so a back-reference to an anonymous source is not credited to a named one nearby).
pub(in crate::analysis::attribution) fn refine(doc: &Document, atts: &mut Vec<Attribution>) {
    atts.retain(|a| !quantifier_before_a_noun(doc, a));
    back_references(doc, atts);
}

/// The draft-level steps that need sources resolved to entities: a document whose
/// maker the copy names.
pub(in crate::analysis::attribution) fn refine_resolved(doc: &Document, atts: &mut [Attribution]) {
    super::maker::named_makers(doc, atts);
}

/// "Trump has won several states", "premiums for many plans rose": a bare quantifier
/// before a word that is a plural noun as often as a verb is a noun phrase, not "some
/// say". "Many fear" and "several said" stay clauses.
fn quantifier_before_a_noun(doc: &Document, a: &Attribution) -> bool {
    let Some(src) = &a.source else {
        return false;
    };
    let quantifier = vague_lexicon::QUANTIFIER_SUBJECTS.contains(&src.text.to_lowercase().as_str());
    let adjacent = doc
        .text
        .get(src.span.end..a.cue.start)
        .is_some_and(|gap| gap.chars().all(char::is_whitespace));
    let cue = doc.slice(a.cue).to_lowercase();
    quantifier && adjacent && vague_lexicon::NOUN_LIKE_CUES.contains(&cue.as_str())
}

/// The head a source phrase refers back with, in one form for singular and plural:
/// "the official" and "officials" both give "official", "these people" gives "person".
/// The first head word counts: "people familiar with the talks" gives "person".
pub(in crate::analysis::attribution) fn head_lemma(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|w| {
        let w = w.to_lowercase();
        let w = w.trim_end_matches([',', '.']);
        if w == "people" {
            return Some("person".to_string());
        }
        if vague_lexicon::is_singular_head(w) {
            return Some(w.to_string());
        }
        let singular = w.strip_suffix('s')?;
        (vague_lexicon::is_plural_head(w) && vague_lexicon::is_singular_head(singular))
            .then(|| singular.to_string())
    })
}

/// Heads that all name an anonymous person: "a source close to him said ... That
/// person said", "another insider ... the person added".
const ANONYMOUS_PERSON: &[&str] = &["source", "person", "insider"];

/// Whether a back-reference with head `b` can point to an earlier source with head `a`.
fn same_referent(a: &str, b: &str) -> bool {
    a == b || ANONYMOUS_PERSON.contains(&a) && ANONYMOUS_PERSON.contains(&b)
}

/// "the official", "these people", "the aides": a definite phrase whose head could point
/// back to an earlier source. Documents are left out: "the report" is most often one
/// the draft has named.
/// The source's span may leave its determiner out ("The official" gives "official"), so
/// the word before the span counts too.
fn definite_back_reference(doc: &Document, src: &Source) -> Option<String> {
    let text = src.text.as_str();
    let before = doc.text.get(..src.span.start).unwrap_or("");
    let word_before = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let first = text.split_whitespace().next()?.to_lowercase();
    let definite = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "these" | "those" | "that" | "this"
        )
    };
    let words = text.split_whitespace().count();
    let opens = definite(&first) && words <= 3
        || definite(word_before) && before.ends_with(char::is_whitespace) && words <= 2;
    if !opens {
        return None;
    }
    let lemma = head_lemma(text)?;
    (!vague_lexicon::DOCUMENT_HEADS.contains(&lemma.as_str())).then_some(lemma)
}

/// "A senior official said the talks had stalled. ... The official added that ...": a
/// definite back-reference whose nearest earlier source of the same kind is anonymous
/// is that anonymous source again. A named source in between stops the search ("Jo
/// Smith, the finance official, said ..." may be who "the official" is).
fn back_references(doc: &Document, atts: &mut [Attribution]) {
    for i in 0..atts.len() {
        let Some(src) = &atts[i].source else {
            continue;
        };
        if src.class == SourceClass::Vague || src.entity.is_some() {
            continue;
        }
        let Some(lemma) = definite_back_reference(doc, src) else {
            continue;
        };
        let start = src.span.start;
        let antecedent = atts[..i].iter().rev().find_map(|a| {
            let s = a.source.as_ref().filter(|s| s.span.end <= start)?;
            if s.class == SourceClass::Named {
                return Some(false);
            }
            head_lemma(&s.text)
                .is_some_and(|l| same_referent(&l, &lemma))
                .then_some(s.class == SourceClass::Vague)
        });
        if antecedent == Some(true) {
            if let Some(s) = atts[i].source.as_mut() {
                s.class = SourceClass::Vague;
            }
        }
    }
}
