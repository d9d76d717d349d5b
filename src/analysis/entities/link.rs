//! Joining references to entities: full names, surnames, family names first, honorific +
//! surname, acronyms, short company names and possessives. Ambiguous short forms join no
//! one; near-miss spellings join their entity and are recorded as variants.
//!
//! The steps, one file each: `short_forms` (the names a later reference may use),
//! `knowledge` (the desk's knowledge base as a gazetteer), `references` (capitalised words
//! in the prose that may be short references), `resolve` (joining one to its entity) and
//! `spelling` (near-miss spellings and their indexes); `styled_names` and
//! `team_short_form` handle peers, knights and teams.

use std::collections::HashMap;

use crate::analysis::context::Context;
use crate::analysis::segment::Document;
use crate::analysis::span::Span;

use super::candidates::{Candidate, Lex};
mod knowledge;
mod references;
mod resolve;
mod short_forms;
pub(super) mod spelling;
mod styled_names;
mod team_short_form;

use super::{Entity, EntityKind, Mention, MentionForm, Role, SpellingVariant, VariantOf};
use knowledge::{attach_knowledge, kb_variants};
use resolve::{longer_person_name, resolve};
use short_forms::{add_short_forms, org_variant_of_existing, same_party};
use spelling::{full_name_variant, masked_key, word_shape, MaskedKey, MASKED_MAX_WORDS};

fn key(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

struct Builder {
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    /// Short forms → entities that use them.
    aliases: HashMap<String, Vec<usize>>,
    /// Text already taken by a mention, ordered, with the longest span's length, so an
    /// overlap test looks only at spans starting close by (a scan of them all made long
    /// drafts quadratic).
    covered: std::collections::BTreeSet<Span>,
    longest: usize,
    /// Each entity's name with one word left out, by (word count, that word's place, the
    /// other words, the left-out word's shape): a full name one slip from an earlier one
    /// shares all its other words, so `full_name_variant` looks up instead of scanning
    /// every entity so far (which made a draft of many distinct people quadratic).
    masked: HashMap<MaskedKey, Vec<usize>>,
    /// A person's short forms by the name they come from, worked out once: the near-miss
    /// search asks for them for every person at every unresolved one-word mention.
    short_forms: HashMap<String, Vec<String>>,
    /// Those short forms indexed for the near-miss search (see `near_index`).
    near: super::near_index::NearIndex,
    /// Entities by each ending of their name shorter than the whole ("Parker Bowles",
    /// "Bowles" for "Camilla Parker Bowles"), so `longer_person_name` looks up instead of
    /// scanning every entity at every candidate (quadratic on a draft of many names).
    by_name_ending: HashMap<String, Vec<usize>>,
}

impl Builder {
    fn is_covered(&self, span: Span) -> bool {
        // The least span starting there (not `Span::new`: its end is before its start).
        let from = Span {
            start: span.start.saturating_sub(self.longest),
            end: 0,
        };
        self.covered
            .range(from..)
            .take_while(|c| c.start < span.end.max(span.start + 1))
            .any(|c| c.overlaps(span))
    }

    fn cover(&mut self, span: Span) {
        self.longest = self.longest.max(span.len());
        self.covered.insert(span);
    }

    fn add_mention(&mut self, id: usize, span: Span, form: MentionForm) {
        self.entities[id].mentions.push(Mention { span, form });
        self.cover(span);
    }

    fn add_roles(&mut self, id: usize, roles: &[Role]) {
        for r in roles {
            let e = &mut self.entities[id];
            if !e.roles.iter().any(|x| key(&x.text) == key(&r.text)) {
                e.roles.push(r.clone());
            }
        }
    }

    fn new_entity(&mut self, name: &str, kind: EntityKind) -> usize {
        let id = self.entities.len();
        self.entities.push(Entity::new(name, kind));
        self.by_name.insert(key(name), id);
        let words: Vec<&str> = name.split_whitespace().collect();
        for k in 1..words.len() {
            self.by_name_ending
                .entry(words[k..].join(" "))
                .or_default()
                .push(id);
        }
        if (2..=MASKED_MAX_WORDS).contains(&words.len()) {
            for k in 0..words.len() {
                // A word `near_miss` would not compare is never a slip.
                if let Some(shape) = word_shape(words[k]) {
                    self.masked
                        .entry(masked_key(&words, k, shape))
                        .or_default()
                        .push(id);
                }
            }
        }
        id
    }

    fn add_alias(&mut self, form: &str, id: usize) {
        let ids = self.aliases.entry(key(form)).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
}

pub fn link(doc: &Document, ctx: &Context, lex: &Lex, cands: Vec<Candidate>) -> Vec<Entity> {
    let mut b = Builder {
        entities: Vec::new(),
        by_name: HashMap::new(),
        aliases: HashMap::new(),
        covered: std::collections::BTreeSet::new(),
        longest: 0,
        masked: HashMap::new(),
        short_forms: HashMap::new(),
        near: Default::default(),
        by_name_ending: HashMap::new(),
    };
    // Pass 1: full names and multi-word organisations; then one-word organisations
    // ("BA", "Fox", "CBS"), which may be short forms of the former.
    let (multi, single): (Vec<&Candidate>, Vec<&Candidate>) =
        cands.iter().partition(|c| c.words.len() >= 2);
    for c in multi {
        link_full_name(&mut b, c);
    }
    // Short forms of every entity so far.
    for id in 0..b.entities.len() {
        add_short_forms(&mut b, id);
    }
    let mut shorts = Vec::new();
    for c in single {
        if b.is_covered(c.span) {
            continue;
        }
        if c.kind == EntityKind::Person {
            shorts.push(c.clone());
            continue;
        }
        link_one_word_org(&mut b, c);
    }
    // The desk's knowledge base: its names and aliases are a gazetteer.
    let kb_ids = attach_knowledge(doc, ctx, &mut b);
    let _ = kb_ids;

    link_short_references(&mut b, lex, doc, shorts);

    // Knowledge-base spellings of full names.
    kb_variants(ctx, &mut b);
    finish(doc, b)
}

/// A candidate of two words or more: a mention of the entity of that name or of which
/// it is a short or near-miss form, or a new entity.
fn link_full_name(b: &mut Builder, c: &Candidate) {
    if b.is_covered(c.span) {
        return;
    }
    let k = key(&c.name);
    let id = if let Some(&id) = b.by_name.get(&k) {
        if b.entities[id].kind != c.kind && !c.strong {
            return;
        }
        id
    } else if let Some(&[id]) = b.aliases.get(&k).map(Vec::as_slice) {
        // "Von der Leyen" after "Ursula von der Leyen".
        if b.entities[id].kind == c.kind {
            b.add_mention(id, c.span, MentionForm::Short);
            b.add_roles(id, &c.roles);
            return;
        }
        b.new_entity(&c.name, c.kind)
    } else if let Some(id) = longer_person_name(b, c) {
        b.add_mention(id, c.span, MentionForm::Short);
        b.add_roles(id, &c.roles);
        return;
    } else if let Some(id) = org_variant_of_existing(b, c) {
        b.add_mention(id, c.span, MentionForm::Short);
        b.add_roles(id, &c.roles);
        return;
    } else if let Some((id, expected)) = full_name_variant(b, c) {
        let intro = b.entities[id].introduction().unwrap_or(c.span);
        b.entities[id].variants.push(SpellingVariant {
            span: c.span,
            written: c.name.clone(),
            expected,
            of: VariantOf::Introduction(intro),
        });
        id
    } else {
        b.new_entity(&c.name, c.kind)
    };
    b.add_mention(id, c.span, MentionForm::Full);
    b.add_roles(id, &c.roles);
    if let Some((acr, span)) = &c.acronym {
        b.add_alias(acr, id);
        b.add_mention(id, *span, MentionForm::Short);
    }
    add_short_forms(b, id);
}

/// A one-word organisation: a form of a party or the one entity of that short form, or
/// a new entity.
fn link_one_word_org(b: &mut Builder, c: &Candidate) {
    if let Some(id) = same_party(b, &c.name) {
        b.add_mention(id, c.span, MentionForm::Short);
        b.add_roles(id, &c.roles);
        return;
    }
    let ids = b.aliases.get(&key(&c.name)).cloned().unwrap_or_default();
    if let [id] = ids.as_slice() {
        let full = key(&b.entities[*id].name) == key(&c.name);
        let form = if full {
            MentionForm::Full
        } else {
            MentionForm::Short
        };
        b.add_mention(*id, c.span, form);
        b.add_roles(*id, &c.roles);
        return;
    }
    let id = b.new_entity(&c.name, c.kind);
    b.add_mention(id, c.span, MentionForm::Full);
    b.add_roles(id, &c.roles);
    add_short_forms(b, id);
}

/// Pass 2: one-word person candidates and capitalised words of the prose as short
/// references, resolved in the order they appear.
fn link_short_references(b: &mut Builder, lex: &Lex, doc: &Document, shorts: Vec<Candidate>) {
    let mut pending: Vec<references::Pending> = shorts
        .into_iter()
        .map(|c| (c.span, c.words, c.honorific, c.roles))
        .collect();
    references::capitalised_references(b, doc, &mut pending);
    pending.sort_by_key(|p| p.0.start);
    pending.dedup_by_key(|p| p.0);
    for (span, words, honorific, roles) in pending {
        if b.is_covered(span) {
            continue;
        }
        resolve(b, lex, doc, span, &words, honorific, &roles);
    }
}

/// Final touches: mentions in order, names in their fullest form, entities in order of
/// first mention.
fn finish(doc: &Document, mut b: Builder) -> Vec<Entity> {
    for e in &mut b.entities {
        e.mentions.sort_by_key(|m| m.span.start);
        e.mentions.dedup_by_key(|m| m.span);
        e.roles.sort_by_key(|r| r.span.start);
    }
    b.entities.retain(|e| !e.mentions.is_empty());
    styled_names::apply(doc, &mut b.entities);
    styled_names::join_knights_given_names(doc, &mut b.entities);
    b.entities
        .sort_by_key(|e| e.mentions.first().map(|m| m.span.start).unwrap_or(0));
    b.entities
}
