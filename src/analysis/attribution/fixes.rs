//! Quick-fixes that add or sharpen attribution, as pure edits on the original text.
//! The CLI's JSON and the language server share them through `Finding::fixes`.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::{Attribution, CueKind, SourceClass};
use crate::analysis::entities::EntityKind;
use crate::analysis::report::{Edit, Fix, Report};
use crate::analysis::span::Span;

mod for_quote;
mod name_source;

/// At most this many "Attribute to ..." fixes per finding.
pub const MAX_SOURCES: usize = 5;

/// A named source the draft introduces, for "Attribute to ...".
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub name: String,
    pub role: Option<String>,
    /// The form to write into the draft: the surname for a person already introduced,
    /// else the name in full.
    pub reference: String,
}

impl Candidate {
    pub fn label(&self) -> String {
        match &self.role {
            Some(r) if !r.is_empty() => format!("{} ({})", self.name, r),
            _ => self.name.clone(),
        }
    }
}

/// The draft's named sources and people, gathered once per report: which to offer for
/// a finding depends only on where it is, so each finding costs a lookup, not a pass
/// over the whole draft.
pub struct Sources {
    /// One per distinct name, in order of first appearance.
    groups: Vec<SourceGroup>,
    /// Each group's place in `groups`, by name.
    index: HashMap<String, usize>,
    /// The content words of each of the report's relations, read once for all the
    /// vague sources that look for the same claim (`name_source`).
    claim_words: OnceCell<Vec<HashSet<String>>>,
}

struct SourceGroup {
    name: String,
    role: Option<String>,
    /// Times quoted or cited.
    weight: usize,
    /// Per entity of this name: its introduction and its sorted mention starts. Empty
    /// when the group comes from a clause (a draft with no entities).
    members: Vec<(usize, Vec<usize>)>,
    /// Where a clause-only group was cited.
    cited_at: usize,
    /// Every role the draft gives anyone of this name, so a finding's fix reads a
    /// group's roles without reading every entity of the draft.
    roles: Vec<String>,
}

impl SourceGroup {
    /// The group's last position before `offset` (an entity's introduction if none).
    fn last_before(&self, offset: usize) -> usize {
        if self.members.is_empty() {
            return self.cited_at;
        }
        self.members
            .iter()
            .map(|(intro, starts)| {
                let n = starts.partition_point(|&s| s < offset);
                if n > 0 {
                    starts[n - 1]
                } else {
                    *intro
                }
            })
            .max()
            .unwrap_or(0)
    }
}

impl Sources {
    pub fn of(report: &Report) -> Self {
        let mut groups: Vec<SourceGroup> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut add = |name: &str,
                       role: Option<String>,
                       weight: usize,
                       member: Option<(usize, Vec<usize>)>,
                       cited_at: usize| {
            let name = name.trim();
            if name.is_empty() {
                return;
            }
            if let Some(&g) = index.get(name) {
                let g: &mut SourceGroup = &mut groups[g];
                g.weight += weight;
                g.cited_at = g.cited_at.max(cited_at);
                g.members.extend(member);
                if g.role.is_none() {
                    g.role = role;
                }
            } else {
                index.insert(name.to_string(), groups.len());
                groups.push(SourceGroup {
                    name: name.to_string(),
                    role,
                    weight,
                    members: member.into_iter().collect(),
                    cited_at,
                    roles: Vec::new(),
                });
            }
        };
        // Times each entity is quoted or cited, counted in one pass.
        let mut weight = vec![0usize; report.entities.len()];
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (id, e) in report.entities.iter().enumerate() {
            by_name.entry(e.name.as_str()).or_default().push(id);
        }
        for speaker in report.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
            let named = by_name
                .get(speaker.name.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for &id in named {
                weight[id] += 1;
            }
            if let Some(id) = speaker.entity.filter(|id| !named.contains(id)) {
                if let Some(w) = weight.get_mut(id) {
                    *w += 1;
                }
            }
        }
        for source in report.attributions.iter().filter_map(|a| a.source.as_ref()) {
            if source.class != SourceClass::Vague {
                if let Some(w) = source.entity.and_then(|id| weight.get_mut(id)) {
                    *w += 1;
                }
            }
        }
        for (id, e) in report.entities.iter().enumerate() {
            let Some(first) = e.introduction() else {
                continue;
            };
            let quoted_or_cited = weight[id];
            // Sources the draft quotes or cites, and people it introduces with a role; a
            // name merely mentioned (a byline, "North Korean troops") is no source to offer.
            let person_with_role = e.kind == EntityKind::Person && e.role().is_some();
            if quoted_or_cited == 0 && !person_with_role {
                continue;
            }
            let mut starts: Vec<usize> = e.mentions.iter().map(|m| m.span.start).collect();
            starts.sort_unstable();
            let member = Some((first.start, starts));
            add(
                &e.name,
                e.role().map(str::to_string),
                quoted_or_cited,
                member,
                0,
            );
        }
        if report.entities.is_empty() {
            for a in &report.attributions {
                let Some(s) = &a.source else {
                    continue;
                };
                match &s.class {
                    SourceClass::Named => add(&s.text, None, 1, None, a.cue.start),
                    SourceClass::Resolved { to } if !to.is_empty() => {
                        add(to, None, 1, None, a.cue.start)
                    }
                    _ => {}
                }
            }
        }
        for e in &report.entities {
            if let Some(&g) = index.get(e.name.as_str()) {
                groups[g]
                    .roles
                    .extend(e.roles.iter().map(|r| r.text.clone()));
            }
        }
        Sources {
            groups,
            index,
            claim_words: OnceCell::new(),
        }
    }

    /// The sources introduced before `offset` (or anywhere, if none come before), most
    /// quoted first, then most recent, at most `MAX_SOURCES`.
    pub fn before(&self, offset: usize) -> Vec<Candidate> {
        let all: Vec<(&SourceGroup, usize)> = self
            .groups
            .iter()
            .map(|g| (g, g.last_before(offset)))
            .collect();
        let before: Vec<_> = all
            .iter()
            .filter(|(_, last)| *last < offset)
            .cloned()
            .collect();
        let mut list = if before.is_empty() { all } else { before };
        list.sort_by(|(a, la), (b, lb)| b.weight.cmp(&a.weight).then(lb.cmp(la)));
        list.truncate(MAX_SOURCES);
        list.into_iter()
            .map(|(g, _)| Candidate {
                name: g.name.clone(),
                role: g.role.clone(),
                reference: g.name.clone(),
            })
            .collect()
    }
}

impl Sources {
    /// The candidate for one named source, by its name.
    fn candidate(&self, name: &str) -> Option<Candidate> {
        self.group(name).map(|g| Candidate {
            name: g.name.clone(),
            role: g.role.clone(),
            reference: g.name.clone(),
        })
    }

    fn group(&self, name: &str) -> Option<&SourceGroup> {
        self.index.get(name).and_then(|&g| self.groups.get(g))
    }

    /// The roles the draft gives anyone named `name`.
    fn roles_of(&self, name: &str) -> &[String] {
        self.group(name).map_or(&[], |g| g.roles.as_slice())
    }

    /// The names of the sources the draft names before `offset`, most recent first.
    fn named_before(&self, offset: usize) -> Vec<String> {
        let mut list: Vec<(usize, &SourceGroup)> = self
            .groups
            .iter()
            .map(|g| (g.last_before(offset), g))
            .filter(|(last, _)| *last < offset)
            .collect();
        list.sort_by_key(|a| std::cmp::Reverse(a.0));
        list.into_iter().map(|(_, g)| g.name.clone()).collect()
    }
}

/// Where ", according to X" goes: before the sentence's final stop (and any closing
/// marks after it), else at its end.
pub fn insertion_point(text: &str, sentence: Span) -> usize {
    let body = sentence.slice(text);
    let trimmed = body.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    if let Some(c) = trimmed.chars().next_back() {
        if matches!(c, '.' | '!' | '…') {
            return sentence.start + trimmed.len() - c.len_utf8();
        }
    }
    sentence.start + body.len()
}

fn insert(at: usize, s: String) -> Edit {
    Edit {
        span: Span::new(at, at),
        replacement: s,
    }
}

/// Fixes for an unattributed claim in `sentence`.
pub fn for_claim(sources: &Sources, text: &str, sentence: Span) -> Vec<Fix> {
    let at = insertion_point(text, sentence);
    let mut fixes: Vec<Fix> = sources
        .before(sentence.start)
        .into_iter()
        .map(|c| Fix {
            title: format!("Attribute to {}", c.label()),
            edits: vec![insert(at, format!(", according to {}", c.name))],
            preferred: false,
        })
        .collect();
    fixes.push(Fix {
        title: "Add attribution…".to_string(),
        edits: vec![insert(at, ", according to [SOURCE]".to_string())],
        preferred: false,
    });
    fixes
}

/// The verb after a plural vague subject, made singular for a named source.
fn singular_edit(text: &str, a: &Attribution, source: Span) -> Option<Edit> {
    let src = source.slice(text).to_lowercase();
    let last = src.split_whitespace().last()?;
    let plural = last.ends_with('s')
        || matches!(
            last,
            "some" | "many" | "most" | "several" | "few" | "media" | "people"
        );
    if !plural {
        return None;
    }
    // The first word after the source: an auxiliary or the cue itself.
    let rest = text.get(source.end..a.cue.end)?;
    let mut skip = rest.len() - rest.trim_start_matches([' ', ',']).len();
    let mut word: String = rest[skip..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    // Skip a parenthetical ", however," between subject and verb.
    if rest[skip + word.len()..].starts_with(',') {
        let after = &rest[skip + word.len()..];
        skip += word.len() + (after.len() - after.trim_start_matches([' ', ',']).len());
        word = rest[skip..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
    }
    let start = source.end + skip;
    let span = Span::new(start, start + word.len());
    let lower = word.to_lowercase();
    let replacement = match lower.as_str() {
        "have" => "has".to_string(),
        "are" => "is".to_string(),
        "were" => "was".to_string(),
        "do" => "does".to_string(),
        _ if span == a.cue
            && !lower.ends_with("ed")
            && !lower.ends_with('s')
            && lower != "said"
            && lower != "told" =>
        {
            if lower.ends_with("sh")
                || lower.ends_with("ch")
                || lower.ends_with('x')
                || lower.ends_with('o')
            {
                format!("{word}es")
            } else if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") {
                format!("{}ies", &word[..word.len() - 1])
            } else {
                format!("{word}s")
            }
        }
        _ => return None,
    };
    Some(Edit { span, replacement })
}

/// Fixes for a vague source: name it from the draft's sources.
pub fn for_vague(report: &Report, sources: &Sources, text: &str, a: &Attribution) -> Vec<Fix> {
    let Some(src) = &a.source else {
        return Vec::new();
    };
    let Some(sentence) = report.document.sentences.get(a.sentence) else {
        return Vec::new();
    };
    // Only sources the draft gives evidence for: none rather than a guess.
    let cands = name_source::candidates(report, sources, text, a, src);
    let at = insertion_point(text, sentence.span);
    cands
        .into_iter()
        .filter(|c| !c.name.eq_ignore_ascii_case(&src.text))
        .filter_map(|c| {
            let edits = match a.kind {
                CueKind::Verb
                | CueKind::Stance
                | CueKind::AccordingTo
                | CueKind::Citing
                | CueKind::Agent => {
                    let mut e = vec![Edit {
                        span: src.span,
                        replacement: c.name.clone(),
                    }];
                    if a.kind == CueKind::Verb && src.span.end <= a.cue.start {
                        e.extend(singular_edit(text, a, src.span));
                    }
                    e
                }
                CueKind::Adverb => {
                    // Drop the adverb and one space beside it; attribute at the end.
                    let mut span = src.span;
                    if text.get(span.end..span.end + 1) == Some(" ") {
                        span.end += 1;
                    } else if span.start > 0 && text.get(span.start - 1..span.start) == Some(" ") {
                        span.start -= 1;
                    }
                    if span.end > at {
                        return None;
                    }
                    vec![
                        Edit {
                            span,
                            replacement: String::new(),
                        },
                        insert(at, format!(", according to {}", c.name)),
                    ]
                }
                CueKind::Agentless => vec![insert(at, format!(", according to {}", c.name))],
                CueKind::Phrase => return None,
            };
            Some(Fix {
                title: format!("Name the source: {}", c.label()),
                edits,
                preferred: false,
            })
        })
        .collect()
}
