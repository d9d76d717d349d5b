//! Pass 2's reading of the prose: every capitalised word or run of words that may be a
//! short reference (an alias already known, or a lone unknown word that may be a
//! misspelt surname), for `resolve` to decide.

use crate::analysis::lexicon::english::is_common_word;
use crate::analysis::lexicon::names::*;
use crate::analysis::lexicon::reporting::reporting_verb;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

use super::super::candidates::{is_acronym, strip_possessive};
use super::super::Role;
use super::spelling::used_before_lookalike;
use super::{key, Builder};

/// A reference waiting for `resolve`: its span, its words, whether an honorific stands
/// before it, and the roles its sentence gives.
pub(super) type Pending = (Span, Vec<String>, bool, Vec<Role>);

/// Adds to `pending` every capitalised word or alias in the prose that may be a short
/// reference.
pub(super) fn capitalised_references(b: &mut Builder, doc: &Document, pending: &mut Vec<Pending>) {
    // Every other capitalised word may be a short reference too.
    for (si, s) in doc.sentences.iter().enumerate() {
        let _ = si;
        let toks = &doc.tokens[s.tokens.clone()];
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            let w = doc.slice(t.span);
            if t.kind != TokenKind::Word || !w.chars().next().is_some_and(|c| c.is_uppercase()) {
                i += 1;
                continue;
            }
            // Longest alias match of up to four words.
            let mut matched = false;
            for len in (1..=4.min(toks.len() - i)).rev() {
                let words: Vec<&str> = toks[i..i + len].iter().map(|t| doc.slice(t.span)).collect();
                if toks[i..i + len].iter().any(|t| t.kind != TokenKind::Word) {
                    continue;
                }
                let last = words[len - 1];
                let (stem, _) = strip_possessive(last);
                let mut form = words[..len - 1].join(" ");
                if !form.is_empty() {
                    form.push(' ');
                }
                form.push_str(stem);
                if b.aliases.contains_key(&key(&form)) {
                    let span = Span::new(
                        toks[i].span.start,
                        toks[i + len - 1].span.start + stem.len(),
                    );
                    let honorific = i > 0 && is_honorific(doc.slice(toks[i - 1].span));
                    let ws = form.split(' ').map(str::to_string).collect();
                    pending.push((span, ws, honorific, Vec::new()));
                    matched = true;
                    i += len;
                    break;
                }
            }
            if !matched {
                // A lone capitalised word that is not a common word may be a misspelt
                // surname ("Peskow said"); `resolve` checks.
                let (stem, possessive) = strip_possessive(w);
                let honorific = i > 0 && is_honorific(doc.slice(toks[i - 1].span));
                // "“Sir Wastealot”": a nickname in quotation marks.
                let quoted = honorific
                    && i >= 2
                    && toks[i - 2].kind == TokenKind::Punct
                    && toks[i - 2].span.end == toks[i - 1].span.start;
                if quoted {
                    i += 1;
                    continue;
                }
                let next_cap = toks
                    .get(i + 1)
                    .is_some_and(|n| doc.slice(n.span).starts_with(|c: char| c.is_uppercase()));
                let prev_cap = i > 0
                    && doc
                        .slice(toks[i - 1].span)
                        .starts_with(|c: char| c.is_uppercase())
                    && !honorific;
                // A lone unknown word is read anywhere, but `resolve` joins it only as a
                // near miss of a surname already introduced ("Johsnon" after "Boris
                // Johnson") or, after an honorific, as a person known by surname; it
                // creates no one else.
                // Without a person cue ("Mr", a possessive, a speech verb next to it), a
                // word after a place preposition ("in Lewes") or one the draft already
                // used before the person it resembles was introduced is its own name.
                let verb_at = |k: usize| {
                    toks.get(k).is_some_and(|n| {
                        n.kind == TokenKind::Word && reporting_verb(doc.slice(n.span)).is_some()
                    })
                };
                let person_cue =
                    honorific || possessive || verb_at(i + 1) || (i > 0 && verb_at(i - 1));
                let place_cue = i > 0
                    && matches!(
                        doc.slice(toks[i - 1].span),
                        "in" | "at" | "from" | "to" | "near" | "In" | "At" | "From"
                    );
                let own_name = !person_cue && (place_cue || used_before_lookalike(b, doc, stem));
                if !next_cap
                    && !prev_cap
                    && !own_name
                    && !is_common_word(stem)
                    && !is_place(stem)
                    && !is_demonym(stem)
                    && !is_calendar(stem)
                    && !is_acronym(stem)
                {
                    let span = Span::new(t.span.start, t.span.start + stem.len());
                    pending.push((span, vec![stem.to_string()], honorific, Vec::new()));
                }
                i += 1;
            }
        }
    }
}
