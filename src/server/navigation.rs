//! Navigation over the draft's cast: which entity a cursor is on, its mentions
//! (references, highlights), its introduction (definition), and renaming it.
//!
//! Everything here works in byte offsets on the analysed text; `backend` converts.
//!
//! Renaming rewrites the name part of every mention and keeps what surrounds it: an
//! honorific before ("Mr Kim") and a possessive after ("Yoon’s") stay as written. Short
//! mentions follow the new name part by part: renaming "Kim Hong-kyun" to "Kim Hong-gyun"
//! leaves "Kim" alone, renaming "Dmitry Peskov" to "Dmitri Peskow" turns "Peskov" into
//! "Peskow". Renaming at a short mention renames that part ("Peskov" → "Peskow" makes the
//! full name "Dmitry Peskow"). An acronym that is not part of the name ("NATO") is left
//! as it is.

use crate::analysis::entities::Entity;
use crate::analysis::{Edit, Report, Span};

/// Honorifics kept in front of a renamed name.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady",
];

/// The entity and mention under `offset` (a cursor just after a name counts as on it).
pub fn entity_at(report: &Report, offset: usize) -> Option<(usize, usize)> {
    let mut after = None;
    for (e, entity) in report.entities.iter().enumerate() {
        for (m, mention) in entity.mentions.iter().enumerate() {
            if mention.span.contains(offset) {
                return Some((e, m));
            }
            if mention.span.end == offset && after.is_none() {
                after = Some((e, m));
            }
        }
    }
    after
}

/// Every mention of the entity under `offset`, in document order; without the
/// introduction unless `include_declaration`.
pub fn references(report: &Report, offset: usize, include_declaration: bool) -> Option<Vec<Span>> {
    let (e, _) = entity_at(report, offset)?;
    let entity = &report.entities[e];
    let intro = entity.introduction();
    let mut spans: Vec<Span> = entity
        .mentions
        .iter()
        .map(|m| m.span)
        .filter(|s| include_declaration || Some(*s) != intro)
        .collect();
    spans.sort();
    spans.dedup();
    Some(spans)
}

/// Where the draft introduces the entity under `offset`.
pub fn definition(report: &Report, offset: usize) -> Option<Span> {
    let (e, _) = entity_at(report, offset)?;
    report.entities[e].introduction()
}

/// The name part of a mention: without a leading honorific or a trailing possessive.
pub fn core(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let mut start = 0;
    for h in HONORIFICS {
        if let Some(rest) = s.strip_prefix(h) {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            let trimmed = rest.trim_start();
            if trimmed.len() < rest.len() && !trimmed.is_empty() {
                start = s.len() - trimmed.len();
                break;
            }
        }
    }
    let mut end = s.len();
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(rest) = s[start..].strip_suffix(suffix) {
            // A bare apostrophe is a possessive only after an s ("Reynolds’").
            if (suffix.ends_with('s') || rest.ends_with('s')) && !rest.trim().is_empty() {
                end = start + rest.len();
                break;
            }
        }
    }
    Span {
        start: span.start + start,
        end: span.start + end,
    }
}

/// The range a rename at `offset` replaces, and the text it offers to edit.
pub fn prepare_rename(report: &Report, text: &str, offset: usize) -> Option<(Span, String)> {
    let (e, m) = entity_at(report, offset)?;
    let c = core(text, report.entities[e].mentions[m].span);
    let placeholder = c.slice(text).to_string();
    (!placeholder.is_empty()).then_some((c, placeholder))
}

fn norm(s: &str) -> String {
    s.replace('’', "'")
}

fn tokens(s: &str) -> Vec<String> {
    s.split_whitespace().map(norm).collect()
}

/// Where `part` sits in `whole`, as a token range.
fn find_tokens(whole: &[String], part: &[String]) -> Option<(usize, usize)> {
    if part.is_empty() || part.len() > whole.len() {
        return None;
    }
    (0..=whole.len() - part.len())
        .find(|&i| whole[i..i + part.len()] == *part)
        .map(|i| (i, i + part.len()))
}

fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// What one mention's name part becomes when `old` is renamed to `new`.
fn renamed(mention: &str, old: &[String], new: &[String]) -> Option<String> {
    let m = tokens(mention);
    if m == old {
        return Some(new.join(" "));
    }
    if let Some((i, j)) = find_tokens(old, &m) {
        let n = j - i;
        let part = if new.len() == old.len() {
            &new[i..j]
        } else if i == 0 && n <= new.len() {
            &new[..n]
        } else if j == old.len() && n <= new.len() {
            &new[new.len() - n..]
        } else {
            new
        };
        return Some(part.join(" "));
    }
    if is_acronym(mention) {
        return None;
    }
    // An alias the name does not contain (a variant spelling): a one-word alias is taken
    // as the surname, anything longer as the full name.
    if m.len() == 1 && old.len() > 1 {
        return new.last().cloned();
    }
    Some(new.join(" "))
}

/// The edits that rename the entity under `offset` to `new_name`.
pub fn rename(report: &Report, text: &str, offset: usize, new_name: &str) -> Option<Vec<Edit>> {
    let new_name = new_name.trim();
    if new_name.is_empty() {
        return None;
    }
    let (e, m) = entity_at(report, offset)?;
    let entity: &Entity = &report.entities[e];
    let old = tokens(&entity.name);
    let at = tokens(core(text, entity.mentions[m].span).slice(text));
    let new_part = tokens(new_name);
    let new_full: Vec<String> = if at == old {
        new_part
    } else if let Some((i, j)) = find_tokens(&old, &at) {
        let mut v = old[..i].to_vec();
        v.extend(new_part);
        v.extend_from_slice(&old[j..]);
        v
    } else {
        new_part
    };
    let mut edits = Vec::new();
    for mention in &entity.mentions {
        let c = core(text, mention.span);
        let current = c.slice(text);
        let Some(replacement) = renamed(current, &old, &new_full) else {
            continue;
        };
        if norm(current) != replacement {
            edits.push(Edit {
                span: c,
                replacement: replacement
                    .replace('\'', if current.contains('’') { "’" } else { "'" }),
            });
        }
    }
    edits.sort_by_key(|e| e.span);
    edits.dedup_by_key(|e| e.span);
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::{EntityKind, Mention, MentionForm};
    use crate::analysis::{analyze, Context, Format};

    fn span_of(text: &str, needle: &str, nth: usize) -> Span {
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(usize::MAX);
        Span::new(start, start + needle.len())
    }

    /// A report with a hand-built cast, so these tests do not depend on recognition.
    /// (canonical name, kind, mentions as (text, which occurrence)).
    type Cast<'a> = [(&'a str, EntityKind, &'a [(&'a str, usize)])];

    fn report(text: &str, cast: &Cast) -> Report {
        let mut r = analyze(text, Format::PlainText, &Context::default());
        r.entities = cast
            .iter()
            .map(|(name, kind, mentions)| Entity {
                mentions: mentions
                    .iter()
                    .map(|(m, nth)| Mention {
                        span: span_of(text, m, *nth),
                        form: if *m == *name {
                            MentionForm::Full
                        } else {
                            MentionForm::Short
                        },
                    })
                    .collect(),
                ..Entity::new(*name, *kind)
            })
            .collect();
        r
    }

    fn apply(text: &str, edits: &[Edit]) -> String {
        let mut out = text.to_string();
        for e in edits.iter().rev() {
            out.replace_range(e.span.start..e.span.end, &e.replacement);
        }
        out
    }

    const TEXT: &str = "Vice Minister Kim Hong-kyun spoke. Mr Kim said no. Later Kim’s office agreed. Dmitry Peskov and Peskov’s aide met Mr. Peskov.";

    fn cast() -> Report {
        report(
            TEXT,
            &[
                (
                    "Kim Hong-kyun",
                    EntityKind::Person,
                    &[("Kim Hong-kyun", 0), ("Mr Kim", 0), ("Kim’s", 0)],
                ),
                (
                    "Dmitry Peskov",
                    EntityKind::Person,
                    &[("Dmitry Peskov", 0), ("Peskov’s", 0), ("Mr. Peskov", 0)],
                ),
            ],
        )
    }

    #[test]
    fn cursor_on_any_mention_finds_the_entity() {
        let r = cast();
        let at = TEXT.find("Kim’s").unwrap_or(0) + 1;
        assert_eq!(entity_at(&r, at), Some((0, 2)));
        let end = span_of(TEXT, "Mr Kim", 0).end;
        assert_eq!(entity_at(&r, end), Some((0, 1)));
        assert_eq!(entity_at(&r, 0), None);
    }

    #[test]
    fn references_and_definition() {
        let r = cast();
        let at = span_of(TEXT, "Mr. Peskov", 0).start + 5;
        let all = references(&r, at, true).unwrap_or_default();
        assert_eq!(all.len(), 3);
        let without = references(&r, at, false).unwrap_or_default();
        assert_eq!(without.len(), 2);
        assert_eq!(definition(&r, at), Some(span_of(TEXT, "Dmitry Peskov", 0)));
    }

    #[test]
    fn core_drops_honorifics_and_possessives() {
        for (mention, core_text) in [
            ("Mr Kim", "Kim"),
            ("Mr. Peskov", "Peskov"),
            ("Kim’s", "Kim"),
            ("Peskov's", "Peskov"),
            ("Mrs", "Mrs"),
            ("Reynolds’", "Reynolds"),
            ("Kim Hong-kyun", "Kim Hong-kyun"),
        ] {
            let c = core(mention, Span::new(0, mention.len()));
            assert_eq!(c.slice(mention), core_text, "{mention}");
        }
    }

    #[test]
    fn rename_keeps_honorifics_and_possessives() {
        let r = cast();
        let at = TEXT.find("Peskov").unwrap_or(0);
        let edits = rename(&r, TEXT, at, "Dmitri Peskow").unwrap_or_default();
        assert_eq!(
            apply(TEXT, &edits),
            "Vice Minister Kim Hong-kyun spoke. Mr Kim said no. Later Kim’s office agreed. Dmitri Peskow and Peskow’s aide met Mr. Peskow."
        );
    }

    #[test]
    fn rename_at_a_short_mention_renames_that_part() {
        let r = cast();
        let at = span_of(TEXT, "Mr Kim", 0).start + 3;
        assert_eq!(
            prepare_rename(&r, TEXT, at),
            Some((Span::new(at, at + "Kim".len()), "Kim".to_string()))
        );
        let edits = rename(&r, TEXT, at, "Gim").unwrap_or_default();
        assert_eq!(
            apply(TEXT, &edits),
            "Vice Minister Gim Hong-kyun spoke. Mr Gim said no. Later Gim’s office agreed. Dmitry Peskov and Peskov’s aide met Mr. Peskov."
        );
    }

    #[test]
    fn rename_outside_any_name_does_nothing() {
        let r = cast();
        assert_eq!(rename(&r, TEXT, TEXT.find("spoke").unwrap_or(0), "X"), None);
        assert_eq!(rename(&r, TEXT, 16, "  "), None);
    }

    #[test]
    fn acronyms_stay_when_the_organisation_is_renamed() {
        let text = "The Welsh Local Government Association (WLGA) said WLGA members agreed.";
        let r = report(
            text,
            &[(
                "Welsh Local Government Association",
                EntityKind::Organization,
                &[
                    ("Welsh Local Government Association", 0),
                    ("WLGA", 0),
                    ("WLGA", 1),
                ],
            )],
        );
        let edits = rename(&r, text, 5, "Welsh Councils Association").unwrap_or_default();
        assert_eq!(
            apply(text, &edits),
            "The Welsh Councils Association (WLGA) said WLGA members agreed."
        );
    }
}
