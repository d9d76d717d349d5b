//! The desk's knowledge base: its names and aliases as a gazetteer, and full names one
//! slip away from one of its names.

use crate::analysis::context::Context;
use crate::analysis::segment::Document;
use crate::analysis::span::Span;

use super::super::{EntityKind, MentionForm, SpellingVariant, VariantOf};
use super::short_forms::{org_short_forms, person_short_forms};
use super::spelling::near_miss;
use super::{key, Builder};

/// Links entities to the desk's knowledge base by name or alias, and finds knowledge-base
/// names the recognizer missed.
pub(super) fn attach_knowledge(doc: &Document, ctx: &Context, b: &mut Builder) -> Vec<usize> {
    let mut linked = Vec::new();
    for (ki, k) in ctx.knowledge.iter().enumerate() {
        let forms: Vec<String> = std::iter::once(k.name.clone())
            .chain(k.aliases.iter().cloned())
            .filter(|f| !f.trim().is_empty())
            .collect();
        let mut found = None;
        for e in 0..b.entities.len() {
            if forms.iter().any(|f| key(f) == key(&b.entities[e].name)) {
                found = Some(e);
                break;
            }
        }
        let id = match found {
            Some(id) => id,
            None => {
                // Look for the name itself in the prose.
                let Some(span) = find_words(doc, &k.name) else {
                    continue;
                };
                if b.is_covered(span) {
                    continue;
                }
                let kind = k.kind.unwrap_or(EntityKind::Person);
                let id = b.new_entity(&k.name, kind);
                b.add_mention(id, span, MentionForm::Full);
                let ws: Vec<String> = k.name.split_whitespace().map(str::to_string).collect();
                let shorts = match kind {
                    EntityKind::Person => person_short_forms(&ws),
                    EntityKind::Organization => org_short_forms(&ws),
                };
                for f in shorts {
                    b.add_alias(&f, id);
                }
                b.add_alias(&k.name, id);
                id
            }
        };
        if b.entities[id].knowledge.is_none() {
            b.entities[id].knowledge = Some(ki);
            if let Some(kind) = k.kind {
                b.entities[id].kind = kind;
            }
        }
        for a in &k.aliases {
            if !a.trim().is_empty() {
                b.add_alias(a, id);
            }
        }
        linked.push(id);
    }
    linked
}

/// The first whole-word occurrence of `name` in the prose.
pub(super) fn find_words(doc: &Document, name: &str) -> Option<Span> {
    if name.trim().is_empty() {
        return None;
    }
    let text = &doc.text;
    let mut from = 0;
    while let Some(pos) = text.get(from..).and_then(|t| t.find(name)) {
        let start = from + pos;
        let end = start + name.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(Span::new(start, end));
        }
        from = end;
    }
    None
}

/// A person whose full name is one slip away from a knowledge-base name.
pub(super) fn kb_variants(ctx: &Context, b: &mut Builder) {
    for e in &mut b.entities {
        if e.knowledge.is_some() || e.kind != EntityKind::Person {
            continue;
        }
        let ew: Vec<&str> = e.name.split_whitespace().collect();
        if ew.len() < 2 {
            continue;
        }
        for (ki, k) in ctx.knowledge.iter().enumerate() {
            if k.kind == Some(EntityKind::Organization) {
                continue;
            }
            let kw: Vec<&str> = k.name.split_whitespace().collect();
            if kw.len() != ew.len() {
                continue;
            }
            let diffs: Vec<usize> = (0..kw.len()).filter(|&i| kw[i] != ew[i]).collect();
            if diffs.len() == 1 && near_miss(ew[diffs[0]], kw[diffs[0]]) {
                let spans: Vec<Span> = e
                    .mentions
                    .iter()
                    .filter(|m| m.form == MentionForm::Full)
                    .map(|m| m.span)
                    .collect();
                for span in spans {
                    e.variants.push(SpellingVariant {
                        span,
                        written: e.name.clone(),
                        expected: k.name.clone(),
                        of: VariantOf::Knowledge(ki),
                    });
                }
                e.knowledge = Some(ki);
                break;
            }
        }
    }
}
