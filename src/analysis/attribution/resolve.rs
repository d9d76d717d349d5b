//! Source resolution: link each source to the entity it names, and resolve pronouns and
//! short references ("he", "the company") to a named source or mention nearby.

use super::words::{DETERMINERS, PRONOUNS};
use super::{Attribution, Source, SourceClass};
use crate::analysis::entities::{Entity, EntityId, EntityKind};
use crate::analysis::lexicon::names;
use crate::analysis::segment::Document;
use crate::analysis::span::Span;

/// Byte length of a source's head, before any "from/of/at/for" complement.
pub(super) fn head_len(text: &str) -> usize {
    [" from ", " of ", " at ", " for ", ", "]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
        .unwrap_or(text.len())
}

/// Words that refer back to a person or to an organisation.
pub(super) const PERSON_REFS: &[&str] = &[
    "he",
    "she",
    "minister",
    "chancellor",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chief",
    "secretary",
    "official",
    "executive",
    "director",
    "leader",
    "governor",
    "mayor",
    "judge",
];
pub(super) const ORG_REFS: &[&str] = &[
    "it",
    "company",
    "firm",
    "airline",
    "group",
    "bank",
    "government",
    "ministry",
    "agency",
    "department",
    "office",
    "party",
    "council",
    "union",
    "carrier",
    "business",
    "network",
    "court",
    "board",
    "committee",
    "club",
    "which",
];

/// Every entity mention sorted by position, so that looking up the mentions near a
/// source does not scan the whole cast: a scan per source made long drafts quadratic.
pub(super) struct MentionIndex {
    /// `(span, entity)`, ordered by start, then entity, then mention order.
    mentions: Vec<(Span, EntityId)>,
    longest: usize,
}

impl MentionIndex {
    pub(super) fn new(entities: &[Entity]) -> Self {
        let mut mentions: Vec<(Span, EntityId)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (m.span, id)))
            .collect();
        // Stable: equal starts keep entity order, then mention order.
        mentions.sort_by_key(|&(span, id)| (span.start, id));
        let longest = mentions.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
        MentionIndex { mentions, longest }
    }

    /// The entity mentioned last inside (or around) `src` and ending by `head_end`; a
    /// person wins a tie with an organisation ("Kremlin spokesperson Dmitry Peskov").
    pub(super) fn last_inside<'e>(
        &self,
        entities: &'e [Entity],
        src: Span,
        head_end: usize,
    ) -> Option<(EntityId, &'e Entity)> {
        // A mention inside `src` or containing it starts within `longest` bytes of it.
        let from = self
            .mentions
            .partition_point(|(s, _)| s.start < src.start.saturating_sub(self.longest));
        let mut last_end: Vec<(EntityId, usize)> = Vec::new();
        for &(m, id) in self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start <= src.end)
        {
            if (src.contains_span(m) || m.contains_span(src)) && m.end <= head_end {
                match last_end.iter_mut().find(|(e, _)| *e == id) {
                    Some((_, end)) => *end = (*end).max(m.end),
                    None => last_end.push((id, m.end)),
                }
            }
        }
        // In entity order, the last of the best wins, as `max_by_key` over the cast did.
        last_end.sort_by_key(|&(id, _)| id);
        last_end
            .into_iter()
            .filter_map(|(id, end)| entities.get(id).map(|e| (end, id, e)))
            .max_by_key(|(end, _, e)| (*end, e.kind == EntityKind::Person))
            .map(|(_, id, e)| (id, e))
    }

    /// The latest mention (of an entity of kind `want`, if given) that ends before
    /// `offset`, in paragraph `para` or the one before; on a tie, the first entity.
    pub(super) fn nearest_before(
        &self,
        doc: &Document,
        entities: &[Entity],
        offset: usize,
        para: usize,
        want: Option<EntityKind>,
    ) -> Option<(usize, EntityId)> {
        // Mentions before the paragraph before this one are out of reach.
        let reach = if para >= 2 {
            doc.paragraphs.get(para - 1).map_or(0, |p| p.span.start)
        } else {
            0
        };
        let fits = |&(m, id): &(Span, EntityId)| {
            m.end <= offset
                && entities
                    .get(id)
                    .is_some_and(|e| want.is_none_or(|k| k == e.kind))
                && doc.paragraph_at(m.start).unwrap_or(0) + 1 >= para
        };
        let upto = self.mentions.partition_point(|(m, _)| m.start < offset);
        let candidates = &self.mentions[..upto];
        let (last, _) = candidates
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, (m, _))| m.start >= reach)
            .find(|(_, c)| fits(c))?;
        let start = candidates[last].0.start;
        // Among mentions at that same start, the first entity in cast order.
        candidates[..=last]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start == start)
            .filter(|c| fits(c))
            .last()
            .map(|&(m, id)| (m.start, id))
    }
}

/// Links sources to entities and resolves pronouns and short references.
pub(super) fn resolve(doc: &Document, entities: &[Entity], atts: &mut [Attribution]) {
    let index = MentionIndex::new(entities);
    for i in 0..atts.len() {
        let Some(src) = atts[i].source.clone() else {
            continue;
        };
        // Only the head counts: "Moon Seong-mok from the Korea National Strategy
        // Institute" is Moon, not the institute.
        let head = &src.text[..head_len(&src.text)];
        let head_is_name = head
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= 2;
        let head_end = if head_is_name {
            src.span.start + head.len()
        } else {
            src.span.end
        };
        // The entity mentioned last inside the source span: the head of "Kremlin
        // spokesperson Dmitry Peskov" is Peskov, not the Kremlin.
        let hit = index.last_inside(entities, src.span, head_end);
        if let Some((id, e)) = hit {
            if let Some(s) = atts[i].source.as_mut() {
                s.entity = Some(id);
                if let SourceClass::Resolved { to } = &mut s.class {
                    *to = e.name.clone();
                }
            }
            if !matches!(src.class, SourceClass::Resolved { .. }) {
                continue;
            }
        }
        let SourceClass::Resolved { to } = &src.class else {
            continue;
        };
        if !to.is_empty() {
            continue;
        }
        let lower = src.text.to_lowercase();
        let last = lower.split_whitespace().last().unwrap_or("").to_string();
        let want = if PERSON_REFS.contains(&last.as_str()) {
            Some(EntityKind::Person)
        } else if ORG_REFS.contains(&last.as_str()) {
            Some(EntityKind::Organization)
        } else {
            None
        };
        let para = doc
            .sentences
            .get(atts[i].sentence)
            .map(|s| s.paragraph)
            .unwrap_or(0);
        // Nearest entity mention before the source, in this paragraph or the one before.
        let best = index.nearest_before(doc, entities, src.span.start, para, want);
        // The nearest earlier source in reach that fits (a speaker is the likeliest
        // antecedent of "he said"), else the nearest fitting entity mention.
        let from_sources = atts[..i].iter().rev().find_map(|a| {
            let s = a.source.as_ref()?;
            let ap = doc
                .sentences
                .get(a.sentence)
                .map(|s| s.paragraph)
                .unwrap_or(0);
            if ap + 1 < para {
                return None;
            }
            let kind_ok = |e: Option<EntityId>| {
                want.is_none_or(|k| e.and_then(|e| entities.get(e)).is_none_or(|e| e.kind == k))
            };
            let named = |e: Option<EntityId>, text: &str| {
                e.and_then(|e| entities.get(e))
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| text[..head_len(text)].to_string())
            };
            match &s.class {
                SourceClass::Named if kind_ok(s.entity) => {
                    Some((named(s.entity, &s.text), s.entity))
                }
                SourceClass::Resolved { to } if !to.is_empty() && kind_ok(s.entity) => {
                    Some((named(s.entity, to), s.entity))
                }
                SourceClass::Vague if lower == "they" => Some((s.text.clone(), None)),
                _ => None,
            }
        });
        let resolved =
            from_sources.or_else(|| best.map(|(_, id)| (entities[id].name.clone(), Some(id))));
        if let Some((name, entity)) = resolved {
            if let Some(s) = atts[i].source.as_mut() {
                s.class = SourceClass::Resolved { to: name };
                s.entity = entity;
            }
        }
    }
}

/// Most words a source shown as written may have: "the new depot manager" fits; a longer
/// run is a clause extent gone wrong, not a noun phrase.
const MAX_WRITTEN_WORDS: usize = 5;

/// The name a reader is shown for `src`: the entity it names or resolved to, else the
/// words as written for a role noun that resolves to no one ("the depot manager"), else
/// nothing. Never an empty string, and never a name the draft does not give.
pub fn shown_name(src: &Source, entities: &[Entity]) -> Option<String> {
    if let Some(e) = src.entity.and_then(|id| entities.get(id)) {
        return Some(e.name.clone());
    }
    match &src.class {
        SourceClass::Resolved { to } if !to.is_empty() => Some(to.clone()),
        SourceClass::Resolved { .. } => as_written(&src.text),
        _ => Some(src.text.clone()).filter(|t| !t.trim().is_empty()),
    }
}

/// `text` as a short noun phrase that ends in a person's role or a body's head noun
/// ("the depot manager", "a spokeswoman", "the company"), else `None`: a pronoun names
/// no one, and odd clause extents ("a recent", "47%", "aren't", "an interview") are no
/// source to show.
pub(super) fn as_written(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (&head, modifiers) = words.split_last()?;
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    let head_lower = head.to_lowercase();
    let role_head = plain(head)
        && !head.chars().any(char::is_uppercase)
        && !PRONOUNS.contains(&head_lower.as_str())
        && (names::is_role_noun(&head_lower)
            || PERSON_REFS.contains(&head_lower.as_str())
            || ORG_REFS.contains(&head_lower.as_str()));
    let short_phrase = words.len() <= MAX_WRITTEN_WORDS
        && modifiers
            .iter()
            .all(|w| plain(w) && !PRONOUNS.contains(&w.to_lowercase().as_str()));
    if !(role_head && short_phrase) {
        return None;
    }
    // A sentence's capital is no part of the phrase: "The depot manager said" shows
    // "the depot manager".
    let mut shown: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    if let Some(first) = shown.first_mut() {
        if DETERMINERS.contains(&first.to_lowercase().as_str()) {
            *first = first.to_lowercase();
        }
    }
    Some(shown.join(" "))
}
