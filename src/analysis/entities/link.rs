//! Joining references to entities: full names, surnames, family names first, honorific +
//! surname, acronyms, short company names and possessives. Ambiguous short forms join no
//! one; near-miss spellings join their entity and are recorded as variants.

use std::collections::HashMap;

use crate::analysis::context::Context;
use crate::analysis::lexicon::english::{is_common_word, is_given_name};
use crate::analysis::lexicon::names::*;
use crate::analysis::lexicon::reporting::reporting_verb;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

use super::candidates::{is_acronym, strip_possessive, Candidate, Lex};
mod styled_names;
mod team_short_form;

use super::{Entity, EntityKind, Mention, MentionForm, Role, SpellingVariant, VariantOf};

fn key(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Is a Korean or Chinese name written family name first ("Kim Hong-kyun", "Lin Jian")?
pub fn family_name_first(words: &[String]) -> bool {
    if words.len() < 2 || !is_east_asian_family_name(&words[0]) {
        return false;
    }
    let last = &words[words.len() - 1];
    if is_given_name(&words[0]) && !words[1].contains('-') && words.len() < 3 {
        // "Lin Jian" or "Lee Anderson"? A short second part that is neither a given name
        // nor an English word reads as a romanised given name.
        let second = &words[1];
        return second.chars().count() <= 5 && !is_given_name(second) && !is_common_word(second);
    }
    !is_east_asian_family_name(last) || words[1].contains('-') || words.len() >= 3
}

/// `person_short_forms` of a person's name, from `cache` when it was worked out before.
fn cached_short_forms<'c>(cache: &'c mut HashMap<String, Vec<String>>, name: &str) -> &'c [String] {
    if !cache.contains_key(name) {
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        cache.insert(name.to_string(), person_short_forms(&words));
    }
    cache.get(name).map_or(&[], Vec::as_slice)
}

/// The forms a later reference may use for a person: the surname (with its particles:
/// "Van den Brul", "von der Leyen"), or the family name for names written family first.
fn person_short_forms(words: &[String]) -> Vec<String> {
    if words.len() < 2 {
        return Vec::new();
    }
    if family_name_first(words) {
        return vec![words[0].clone()];
    }
    // "Martin Luther King Jnr" is "King", never "Jnr".
    let words = match words.split_last() {
        Some((last, rest)) if is_name_suffix(last.trim_end_matches('.')) && rest.len() >= 2 => rest,
        _ => words,
    };
    let mut out = Vec::new();
    let last = words.len() - 1;
    let mut start = last;
    while start > 1 && is_name_particle(&words[start - 1].to_lowercase()) {
        start -= 1;
    }
    if start < last {
        out.push(words[start..].join(" "));
        // "Van den Brul" is also "Brul".
    } else if words.len() == 3
        && is_given_name(&words[0])
        && words[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_given_name(&words[1])
    {
        // "Isabel Ortega Ruiz" is "Ms Ortega Ruiz": Spanish and Portuguese names carry
        // two surnames, and later references use both.
        out.push(words[1..].join(" "));
    }
    out.push(words[last].clone());
    out
}

/// The forms a later reference may use for an organisation.
fn org_short_forms(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut w: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
    while w.len() > 1 && is_legal_form(w[w.len() - 1]) {
        w.pop();
        out.push(w.join(" "));
    }
    // "Fox Broadcasting" → "Fox", "Verizon Communications" → "Verizon".
    if w.len() == 2 && is_org_suffix(w[1]) && !is_legal_form(w[1]) {
        let first = w[0];
        if !is_demonym(first) && !is_place(first) && !is_function_word(first) {
            out.push(first.to_string());
        }
    }
    // Initials: "British Airways" → "BA", "British Medical Association" → "BMA".
    let initials: String = words
        .iter()
        .filter(|x| !is_function_word(x) && !is_legal_form(x))
        .filter_map(|x| x.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if initials.chars().count() >= 2 && words.len() >= 2 {
        out.push(initials);
    }
    if let Some(last) = team_short_form::after_place_prefix(words) {
        out.push(last.to_string());
    }
    // "Afghan Taliban" → "Taliban"; "California Public Utilities Commission" → "PUC": a
    // place or nationality before the name is often dropped later. Only a rest that
    // cannot be a common word stands alone ("British Airways" is never "Airways").
    if words.len() >= 2 && (is_demonym(&words[0]) || is_place(&words[0])) {
        let rest = &words[1..];
        if rest.len() == 1 && !is_common_word(&rest[0].to_lowercase()) {
            out.push(rest[0].clone());
        }
        let rest_initials: String = rest
            .iter()
            .filter(|x| !is_function_word(x) && !is_legal_form(x))
            .filter_map(|x| x.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        if rest.len() >= 3 && rest_initials.chars().count() >= 3 {
            out.push(rest_initials);
        }
    }
    out
}

/// Does `name` have more words than `words` and end with them? Compared word by word
/// from the end, with nothing allocated: it runs for every candidate and every person.
fn ends_with_words(name: &str, words: &[String]) -> bool {
    let mut rev = name.split_whitespace().rev();
    words.iter().rev().all(|w| rev.next() == Some(w.as_str())) && rev.next().is_some()
}

/// A person already in the draft whose full name ends with these words: "Parker Bowles"
/// after "Camilla Parker Bowles" is a later reference, not a second person.
fn longer_person_name(b: &Builder, c: &Candidate) -> Option<usize> {
    if c.kind != EntityKind::Person || c.words.len() < 2 {
        return None;
    }
    let found: Vec<usize> = b
        .by_name_ending
        .get(&c.words.join(" "))
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| {
            let e = &b.entities[i];
            e.kind == EntityKind::Person && ends_with_words(&e.name, &c.words)
        })
        .collect();
    match found.as_slice() {
        [id] => Some(*id),
        _ => None,
    }
}

/// A cheap test `near_miss` needs to pass: the same first letter and lengths within two.
/// Most pairs fail it, so the search skips `near_miss`'s lower-casing for them.
fn could_be_near_miss(written: &str, expected: &str) -> bool {
    let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().next());
    first(written) == first(expected) && written.len().abs_diff(expected.len()) <= 2 * 4
}

/// Could `written` be a misspelling of `expected`? Small edit distance relative to the
/// length, same first letter, and not a plural/possessive slip ("Ebber" / "Ebbers").
pub fn near_miss(written: &str, expected: &str) -> bool {
    if written == expected {
        return false;
    }
    let (w, e) = (written.to_lowercase(), expected.to_lowercase());
    if w == e {
        return false;
    }
    let wl = w.chars().count();
    let el = e.chars().count();
    if wl < 4 || el < 4 {
        return false;
    }
    if w.chars().next() != e.chars().next() {
        return false;
    }
    if w.strip_suffix('s') == Some(e.as_str()) || e.strip_suffix('s') == Some(w.as_str()) {
        return false;
    }
    let d = strsim::damerau_levenshtein(&w, &e);
    let max = if el <= 6 { 1 } else { 2 };
    d >= 1 && d <= max
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

/// Names longer than this are not put in `masked` (each costs its length squared); the
/// rare longer candidate is compared with every entity as before.
const MASKED_MAX_WORDS: usize = 6;

/// (word count, the left-out word's place, the other words, the left-out word's shape).
type MaskedKey = (usize, usize, String, WordShape);

/// What `near_miss` needs two words to share before it compares them: the same first
/// letter, and (lower-cased) lengths at most two apart, since it accepts two edits at
/// most. Keying by it keeps "Maria X" from being compared with every earlier Maria: with
/// the other words alone as key, one common given name put a fixed share of every person
/// in one bucket, and the draft of many names stayed quadratic (x3.0 per doubling from
/// 8,000 to 16,000 people).
type WordShape = (char, usize);

/// The shape of `word` (None: shorter than `near_miss` compares, four characters).
fn word_shape(word: &str) -> Option<WordShape> {
    let lower = word.to_lowercase();
    let len = lower.chars().count();
    let first = lower.chars().next()?;
    (len >= 4).then_some((first, len))
}

/// The words of a name other than the one at `k`, with the shape of the one at `k`.
fn masked_key(words: &[&str], k: usize, shape: WordShape) -> MaskedKey {
    let others: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k)
        .map(|(_, w)| *w)
        .collect();
    (words.len(), k, others.join(" "), shape)
}

/// The shapes a word within `near_miss`'s reach of one shaped `shape` can have.
fn near_shapes((first, len): WordShape) -> impl Iterator<Item = WordShape> {
    (len.saturating_sub(2).max(4)..=len + 2).map(move |l| (first, l))
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
    let mut shorts = Vec::new();

    // Pass 1: full names and multi-word organisations; then one-word organisations
    // ("BA", "Fox", "CBS"), which may be short forms of the former.
    let (multi, single): (Vec<&Candidate>, Vec<&Candidate>) =
        cands.iter().partition(|c| c.words.len() >= 2);
    for c in multi {
        if b.is_covered(c.span) {
            continue;
        }
        let k = key(&c.name);
        let id = if let Some(&id) = b.by_name.get(&k) {
            if b.entities[id].kind != c.kind && !c.strong {
                continue;
            }
            id
        } else if let Some(&[id]) = b.aliases.get(&k).map(Vec::as_slice) {
            // "Von der Leyen" after "Ursula von der Leyen".
            if b.entities[id].kind == c.kind {
                b.add_mention(id, c.span, MentionForm::Short);
                b.add_roles(id, &c.roles);
                continue;
            }
            b.new_entity(&c.name, c.kind)
        } else if let Some(id) = longer_person_name(&b, c) {
            b.add_mention(id, c.span, MentionForm::Short);
            b.add_roles(id, &c.roles);
            continue;
        } else if let Some(id) = org_variant_of_existing(&b, c) {
            b.add_mention(id, c.span, MentionForm::Short);
            b.add_roles(id, &c.roles);
            continue;
        } else if let Some((id, expected)) = full_name_variant(&b, c) {
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
        add_short_forms(&mut b, id);
    }
    // Short forms of every entity so far.
    for id in 0..b.entities.len() {
        add_short_forms(&mut b, id);
    }
    for c in single {
        if b.is_covered(c.span) {
            continue;
        }
        if c.kind == EntityKind::Person {
            shorts.push(c.clone());
            continue;
        }
        if let Some(id) = same_party(&b, &c.name) {
            b.add_mention(id, c.span, MentionForm::Short);
            b.add_roles(id, &c.roles);
            continue;
        }
        let ids = b.aliases.get(&key(&c.name)).cloned().unwrap_or_default();
        let id = match ids.as_slice() {
            [id] => {
                let full = key(&b.entities[*id].name) == key(&c.name);
                let form = if full {
                    MentionForm::Full
                } else {
                    MentionForm::Short
                };
                b.add_mention(*id, c.span, form);
                b.add_roles(*id, &c.roles);
                continue;
            }
            _ => b.new_entity(&c.name, c.kind),
        };
        b.add_mention(id, c.span, MentionForm::Full);
        b.add_roles(id, &c.roles);
        add_short_forms(&mut b, id);
    }
    // The desk's knowledge base: its names and aliases are a gazetteer.
    let kb_ids = attach_knowledge(doc, ctx, &mut b);
    let _ = kb_ids;

    // Pass 2: short references, in the order they appear.
    let mut pending: Vec<(Span, Vec<String>, bool, Vec<Role>)> = shorts
        .into_iter()
        .map(|c| (c.span, c.words, c.honorific, c.roles))
        .collect();
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
                let own_name =
                    !person_cue && (place_cue || used_before_lookalike(&mut b, doc, stem));
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
    pending.sort_by_key(|p| p.0.start);
    pending.dedup_by_key(|p| p.0);
    for (span, words, honorific, roles) in pending {
        if b.is_covered(span) {
            continue;
        }
        resolve(&mut b, lex, doc, span, &words, honorific, &roles);
    }

    // Knowledge-base spellings of full names.
    kb_variants(ctx, &mut b);

    // Final touches: mentions in order, names in their fullest form.
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

/// The short forms `word` could be a near miss of, by entity in order: from the index,
/// brought up to date with the entities added since the last search.
fn near_miss_candidates(b: &mut Builder, word: &str) -> Vec<(usize, String)> {
    while b.near.indexed < b.entities.len() {
        let id = b.near.indexed;
        let forms = cached_short_forms(&mut b.short_forms, &b.entities[id].name);
        b.near.add(id, forms);
        b.near.indexed += 1;
    }
    b.near
        .candidates(word)
        .into_iter()
        .filter_map(|(id, k)| {
            let forms = b.short_forms.get(&b.entities[id].name)?;
            Some((id, forms.get(k)?.clone()))
        })
        .collect()
}

/// Does the draft use `word` before it introduces a person whose surname it resembles
/// ("Lewes" before "Tony Lewis")? Then the word names something of its own.
fn used_before_lookalike(b: &mut Builder, doc: &Document, word: &str) -> bool {
    near_miss_candidates(b, word).iter().any(|(id, f)| {
        let e = &b.entities[*id];
        let Some(intro) = e.introduction() else {
            return false;
        };
        e.kind == EntityKind::Person
            && could_be_near_miss(word, f)
            && near_miss(word, f)
            && doc
                .tokens
                .iter()
                .take_while(|t| t.span.start < intro.start)
                .any(|t| doc.slice(t.span) == word)
    })
}

fn add_short_forms(b: &mut Builder, id: usize) {
    let words: Vec<String> = b.entities[id]
        .name
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let forms = match b.entities[id].kind {
        EntityKind::Person => person_short_forms(&words),
        EntityKind::Organization => org_short_forms(&words),
    };
    for f in forms {
        b.add_alias(&f, id);
    }
    // Every other name of the same party ("Tory" once "Conservatives" is known).
    if b.entities[id].kind == EntityKind::Organization {
        if let Some(family) = party_family(&b.entities[id].name) {
            for (form, _) in PARTY_FAMILIES.iter().filter(|(_, f)| *f == family) {
                b.add_alias(form, id);
            }
        }
    }
    let name = b.entities[id].name.clone();
    b.add_alias(&name, id);
}

/// The organisation already in the draft that is the same party under another of its
/// names ("Tories" after "Conservatives", "Lib Dem" after "Liberal Democrats").
fn same_party(b: &Builder, name: &str) -> Option<usize> {
    let family = party_family(name)?;
    b.entities
        .iter()
        .position(|e| e.kind == EntityKind::Organization && party_family(&e.name) == Some(family))
}

/// An organisation already in the draft under a fuller or plainer name: "Lib Dems" for
/// the Liberal Democrats, "Welsh Liberal Democrat" for the Liberal Democrats.
fn org_variant_of_existing(b: &Builder, c: &Candidate) -> Option<usize> {
    if c.kind != EntityKind::Organization {
        return None;
    }
    if let Some(id) = same_party(b, &c.name) {
        return Some(id);
    }
    if c.words.len() >= 2 && is_demonym(&c.words[0]) {
        let rest = c.words[1..].join(" ");
        for k in [rest.clone(), format!("{rest}s")] {
            if let Some(&id) = b.by_name.get(&key(&k)) {
                if b.entities[id].kind == EntityKind::Organization {
                    return Some(id);
                }
            }
        }
    }
    None
}

/// "Georgiy Zinovyev" after "Georgiy Zinoviev": same given name, surname one slip away.
fn full_name_variant(b: &Builder, c: &Candidate) -> Option<(usize, String)> {
    if c.kind != EntityKind::Person || c.words.len() < 2 {
        return None;
    }
    if c.words.len() <= MASKED_MAX_WORDS {
        // The first entity (in order) one word away, as the scan below finds it.
        let words: Vec<&str> = c.words.iter().map(String::as_str).collect();
        return (0..words.len())
            .flat_map(|k| {
                let shapes = word_shape(words[k]).into_iter().flat_map(near_shapes);
                let words = &words;
                shapes
                    .filter_map(move |shape| b.masked.get(&masked_key(words, k, shape)))
                    .flatten()
                    .map(move |&id| (id, k))
            })
            .filter(|&(id, k)| {
                let e = &b.entities[id];
                let ew: Vec<&str> = e.name.split_whitespace().collect();
                e.kind == EntityKind::Person && ew[k] != words[k] && near_miss(words[k], ew[k])
            })
            .min_by_key(|&(id, _)| id)
            .map(|(id, _)| (id, b.entities[id].name.clone()));
    }
    for (id, e) in b.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let ew: Vec<&str> = e.name.split_whitespace().collect();
        if ew.len() != c.words.len() {
            continue;
        }
        let diffs: Vec<usize> = (0..ew.len()).filter(|&k| ew[k] != c.words[k]).collect();
        if diffs.len() == 1 && near_miss(&c.words[diffs[0]], ew[diffs[0]]) {
            return Some((id, e.name.clone()));
        }
    }
    None
}

fn resolve(
    b: &mut Builder,
    lex: &Lex,
    doc: &Document,
    span: Span,
    words: &[String],
    honorific: bool,
    roles: &[Role],
) {
    let form = words.join(" ");
    if lex.not_name(&form) {
        return;
    }
    let ids = b.aliases.get(&key(&form)).cloned().unwrap_or_default();
    // Forms that are also places or nationalities ("German" for Mike German) count only
    // with an honorific.
    let risky = is_demonym(&form) || is_place(&form) || is_calendar(&form);
    if ids.len() == 1 && (!risky || honorific || b.entities[ids[0]].name == form) {
        let id = ids[0];
        let full = key(&b.entities[id].name) == key(&form);
        b.add_mention(
            id,
            span,
            if full {
                MentionForm::Full
            } else {
                MentionForm::Short
            },
        );
        b.add_roles(id, roles);
        return;
    }
    if ids.len() > 1 {
        let persons: Vec<usize> = ids
            .iter()
            .copied()
            .filter(|&i| b.entities[i].kind == EntityKind::Person)
            .collect();
        let set = if persons.is_empty() { ids } else { persons };
        if set.len() == 1 {
            b.add_mention(set[0], span, MentionForm::Short);
            return;
        }
        for id in set {
            b.entities[id].ambiguous.push(span);
        }
        b.cover(span);
        return;
    }
    if words.len() != 1 || risky {
        return;
    }
    let w = &words[0];
    // "Mr Ebber's" for "Mr Ebbers'": an apostrophe slip, not another person.
    if let Some(ids) = b.aliases.get(&key(&format!("{w}s"))) {
        if let [id] = ids.as_slice() {
            let id = *id;
            if b.entities[id].kind == EntityKind::Person {
                b.add_mention(id, span, MentionForm::Short);
                return;
            }
        }
    }
    // A near-miss of a person's surname: "Peskow" for "Peskov".
    let mut best: Option<(usize, String)> = None;
    for (id, f) in near_miss_candidates(b, w) {
        let e = &b.entities[id];
        // A later reference only: a word before the introduction is someone or something else.
        if e.kind != EntityKind::Person || e.introduction().is_none_or(|i| i.start > span.start) {
            continue;
        }
        if could_be_near_miss(w, &f) && near_miss(w, &f) {
            if best.as_ref().is_some_and(|(other, _)| *other != id) {
                // Close to two people: not a safe guess.
                return;
            }
            best = Some((id, f));
        }
    }
    if let Some((id, expected)) = best {
        // A word that is itself a given name or a known organisation is not a slip.
        if is_known_org(w) {
            return;
        }
        let intro = b.entities[id].introduction().unwrap_or(span);
        b.entities[id].variants.push(SpellingVariant {
            span,
            written: w.clone(),
            expected,
            of: VariantOf::Introduction(intro),
        });
        b.add_mention(id, span, MentionForm::Short);
        return;
    }
    // "Mr Smith" with no introduction: a person known only by surname.
    if honorific || !roles.is_empty() {
        let id = b.new_entity(w, EntityKind::Person);
        b.add_mention(id, span, MentionForm::Short);
        b.add_roles(id, roles);
        b.add_alias(w, id);
    }
    let _ = doc;
}

/// Links entities to the desk's knowledge base by name or alias, and finds knowledge-base
/// names the recognizer missed.
fn attach_knowledge(doc: &Document, ctx: &Context, b: &mut Builder) -> Vec<usize> {
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
fn find_words(doc: &Document, name: &str) -> Option<Span> {
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
fn kb_variants(ctx: &Context, b: &mut Builder) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn near_misses() {
        assert!(near_miss("Peskow", "Peskov"));
        assert!(near_miss("Zinovyev", "Zinoviev"));
        assert!(!near_miss("Ebber", "Ebbers"), "plural or possessive slip");
        assert!(!near_miss("Mandel", "Mandelbaum"));
        assert!(!near_miss("Kim", "Kin"), "too short to judge");
        assert!(!near_miss("Bolton", "Colton"), "first letter differs");
    }

    #[test]
    fn family_name_order() {
        assert!(family_name_first(&w("Kim Hong-kyun")));
        assert!(family_name_first(&w("Yoon Suk Yeol")));
        assert!(family_name_first(&w("Lin Jian")));
        assert!(!family_name_first(&w("Jake Kwon")));
        assert!(!family_name_first(&w("Hosu Lee")));
        assert!(!family_name_first(&w("Lee Anderson")));
        assert_eq!(person_short_forms(&w("Kim Hong-kyun")), ["Kim"]);
        assert_eq!(
            person_short_forms(&w("Nick Van den Brul")),
            ["Van den Brul", "Brul"]
        );
    }

    #[test]
    fn organisation_short_forms() {
        assert!(org_short_forms(&w("British Airways")).contains(&"BA".to_string()));
        assert!(org_short_forms(&w("Fox Broadcasting")).contains(&"Fox".to_string()));
        assert!(org_short_forms(&w("News Corp Ltd")).contains(&"News Corp".to_string()));
        assert!(!org_short_forms(&w("British Telecom")).contains(&"British".to_string()));
    }
}
