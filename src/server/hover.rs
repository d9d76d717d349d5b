//! Hover text (Markdown): who a named person or organisation is, as the draft and the
//! desk's knowledge base describe them; and what a figure says, with the other values the
//! draft gives for the same quantity.

use std::fmt::Write as _;

use super::backend::Analysed;
use super::navigation;
use super::position::{self, Encoding};
use crate::analysis::attribution::SourceClass;
use crate::analysis::entities::{self, Entity, EntityKind};
use crate::analysis::figures::compare;
use crate::analysis::{Context, RuleCode, Span};

/// How many quotes a hover lists, and how many words of each.
const MAX_QUOTES: usize = 3;
const QUOTE_WORDS: usize = 10;
const MAX_CLAIMS: usize = 5;
/// How many named sources a vague-source hover offers.
const MAX_NAMED: usize = 3;

/// The hover at `offset`: the span it describes and its Markdown.
pub fn hover(a: &Analysed, offset: usize, ctx: &Context) -> Option<(Span, String)> {
    if let Some((e, m)) = navigation::entity_at(&a.report, offset) {
        let span = a.report.entities[e].mentions[m].span;
        return Some((span, entity(a, e, span, ctx)));
    }
    if let Some(found) = ambiguous(a, offset) {
        return Some(found);
    }
    if let Some(found) = vague_source(a, offset) {
        return Some(found);
    }
    let f = a
        .report
        .figures
        .iter()
        .position(|f| f.span.contains(offset) || f.span.end == offset)?;
    Some((a.report.figures[f].span, figure(a, f)))
}

fn line(a: &Analysed, offset: usize) -> u32 {
    position::position(&a.rope, offset, Encoding::Utf8).line + 1
}

/// Escapes text for Markdown so a name or quote cannot turn into markup.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organisation",
    }
}

/// A short form that could be more than one of the draft's people: say so, and who.
fn ambiguous(a: &Analysed, offset: usize) -> Option<(Span, String)> {
    let entities = &a.report.entities;
    let candidates = entities::ambiguous_at(entities, offset);
    let first = *candidates.first()?;
    let span = entities[first]
        .ambiguous
        .iter()
        .find(|s| s.contains(offset))
        .copied()?;
    let names: Vec<String> = candidates
        .iter()
        .map(|&i| {
            let e = &entities[i];
            match e.role() {
                Some(r) => format!("**{}** ({})", md(&e.name), md(r)),
                None => format!("**{}**", md(&e.name)),
            }
        })
        .collect();
    Some((
        span,
        format!(
            "“{}” is ambiguous: it could be {}. Use the full name or a title here.\n",
            md(span.slice(&a.text)),
            names.join(" or ")
        ),
    ))
}

/// A vague source: why the desk flags it, what it wants instead, and the named sources
/// the same paragraph already has, which may stand behind the claim.
fn vague_source(a: &Analysed, offset: usize) -> Option<(Span, String)> {
    let report = &a.report;
    let finding = report.findings.iter().find(|f| {
        f.code == RuleCode::VagueAttribution && (f.span.contains(offset) || f.span.end == offset)
    })?;
    let mut out = format!(
        "**Vague source** · “{}”\n\n{}\n\n*Why:* the reader cannot tell who stands behind \
         the claim, or judge what they are placed to know.\n\n*Instead:* name the person \
         or body; if the source must stay anonymous, say why and how they know (“an \
         official who attended the meeting, speaking on condition of anonymity because \
         the talks are private”).\n",
        md(finding.span.slice(&a.text)),
        md(&finding.message)
    );
    let paragraph = |sentence: usize| report.document.sentences.get(sentence).map(|s| s.paragraph);
    let here = report
        .attributions
        .iter()
        .find(|t| {
            t.source
                .as_ref()
                .is_some_and(|s| s.span.overlaps(finding.span))
        })
        .and_then(|t| paragraph(t.sentence));
    let mut named: Vec<String> = Vec::new();
    for t in &report.attributions {
        let Some(src) = &t.source else { continue };
        if src.class != SourceClass::Named || here.is_none() || paragraph(t.sentence) != here {
            continue;
        }
        let name = src
            .entity
            .and_then(|e| report.entities.get(e))
            .map_or(src.text.as_str(), |e| e.name.as_str());
        let item = format!("{} (line {})", md(name), line(a, src.span.start));
        if !named.iter().any(|n| n.starts_with(&md(name))) && named.len() < MAX_NAMED {
            named.push(item);
        }
    }
    if !named.is_empty() {
        let _ = write!(
            out,
            "\n*Named in this paragraph:* {} — if one of them is the source, say so.\n",
            named.join("; ")
        );
    }
    Some((finding.span, out))
}

/// The hover for a person or organisation: who they are as the draft and the desk know
/// them, where they are mentioned, and what the draft quotes and reports from them.
fn entity(a: &Analysed, e: usize, at: Span, ctx: &Context) -> String {
    let entity: &Entity = &a.report.entities[e];
    let mut out = format!("**{}** · {}\n", md(&entity.name), kind_label(entity.kind));
    spelling_here(&mut out, entity, at);
    roles_in_draft(&mut out, a, entity);
    knowledge_line(&mut out, entity, ctx);
    mentions_line(&mut out, a, entity);
    quoted_list(&mut out, a, e);
    source_for_list(&mut out, a, e, entity);
    out
}

fn spelling_here(out: &mut String, entity: &Entity, at: Span) {
    if let Some(v) = entity.variants.iter().find(|v| v.span.overlaps(at)) {
        let _ = write!(
            out,
            "\n*Spelling:* written “{}” here; elsewhere “{}”.\n",
            md(&v.written),
            md(&v.expected)
        );
    }
}

fn roles_in_draft(out: &mut String, a: &Analysed, entity: &Entity) {
    let mut roles: Vec<(&str, Span)> = Vec::new();
    for r in &entity.roles {
        if !roles.iter().any(|(t, _)| *t == r.text) {
            roles.push((&r.text, r.span));
        }
    }
    if !roles.is_empty() {
        let list: Vec<String> = roles
            .iter()
            .map(|(t, s)| format!("{} (line {})", md(t), line(a, s.start)))
            .collect();
        let _ = write!(out, "\n*In this draft:* {}\n", list.join("; "));
    }
}

/// The desk's record. A role with an end date is a former role, as title-mismatch reads it.
fn knowledge_line(out: &mut String, entity: &Entity, ctx: &Context) {
    if let Some(known) = entity.knowledge.and_then(|k| ctx.knowledge.get(k)) {
        let mut parts = Vec::new();
        if let Some(role) = &known.role {
            parts.push(match known.until {
                Some(_) => format!("former {}", md(role)),
                None => md(role),
            });
        }
        if let Some(org) = &known.organization {
            parts.push(md(org));
        }
        match (&known.since, &known.until) {
            (Some(s), Some(u)) => parts.push(format!("{}–{}", md(s), md(u))),
            (Some(s), None) => parts.push(format!("since {}", md(s))),
            (None, Some(u)) => parts.push(format!("until {}", md(u))),
            (None, None) => {}
        }
        let mut line_text = format!("\n*Knowledge base:* **{}**", md(&known.name));
        if !parts.is_empty() {
            let _ = write!(line_text, " — {}", parts.join(", "));
        }
        if let Some(note) = &known.note {
            let _ = write!(line_text, ". {}", md(note));
        }
        if let Some(url) = &known.source_url {
            let _ = write!(line_text, " ([source](<{}>))", url.replace('>', "%3E"));
        }
        out.push_str(&line_text);
        out.push('\n');
    }
}

fn mentions_line(out: &mut String, a: &Analysed, entity: &Entity) {
    let text = &*a.text;
    let count = entity.mentions.len();
    let _ = write!(
        out,
        "\nMentioned {} {}",
        count,
        if count == 1 { "time" } else { "times" }
    );
    if let Some(intro) = entity.introduction() {
        let _ = write!(
            out,
            "; introduced on line {} as “{}”",
            line(a, intro.start),
            md(intro.slice(text))
        );
    }
    out.push_str(".\n");
}

fn quoted_list(out: &mut String, a: &Analysed, e: usize) {
    let (report, text) = (&a.report, &*a.text);
    let quotes: Vec<_> = report
        .quotes
        .iter()
        .filter(|q| q.speaker.as_ref().and_then(|s| s.entity) == Some(e))
        .collect();
    if !quotes.is_empty() {
        let _ = write!(out, "\n**Quoted** ({}):\n", quotes.len());
        for q in quotes.iter().take(MAX_QUOTES) {
            let _ = writeln!(
                out,
                "- “{}” (line {})",
                md(&first_words(q.inner.slice(text), QUOTE_WORDS)),
                line(a, q.span.start)
            );
        }
    }
}

/// Claims and figures the draft sources to the entity.
fn source_for_list(out: &mut String, a: &Analysed, e: usize, entity: &Entity) {
    let (report, text) = (&a.report, &*a.text);
    let claims: Vec<_> = report
        .claims
        .iter()
        .filter(|c| {
            c.attribution
                .and_then(|i| report.attributions.get(i))
                .and_then(|at| at.source.as_ref())
                .and_then(|s| s.entity)
                == Some(e)
        })
        .collect();
    // Figures the draft sources to them (a figure's source is the canonical name when
    // the source is a known entity) and that no listed claim already covers.
    let figures: Vec<_> = report
        .figures
        .iter()
        .filter(|f| f.source.as_deref() == Some(entity.name.as_str()))
        .filter(|f| !claims.iter().any(|c| c.span.contains_span(f.span)))
        .collect();
    let total = claims.len() + figures.len();
    if total > 0 {
        let _ = write!(out, "\n**Source for** ({total}):\n");
        for c in claims.iter().take(MAX_CLAIMS) {
            let _ = writeln!(
                out,
                "- {} — “{}” (line {})",
                md(&c.reason),
                md(&first_words(c.span.slice(text), QUOTE_WORDS)),
                line(a, c.span.start)
            );
        }
        for f in figures.iter().take(MAX_CLAIMS.saturating_sub(claims.len())) {
            // Without a quantity, the figure as written: never "the figure 14 ".
            let what = match f.quantity.as_deref().map(str::trim) {
                Some(q) if !q.is_empty() => format!("{} {}", md(&f.describe()), md(q)),
                _ => format!("“{}”", md(&first_words(f.span.slice(text), QUOTE_WORDS))),
            };
            let _ = writeln!(out, "- the figure {what} (line {})", line(a, f.span.start));
        }
    }
}

fn figure(a: &Analysed, i: usize) -> String {
    let figures = &a.report.figures;
    let f = &figures[i];
    let mut out = format!("**{}**", md(&f.describe()));
    if let Some(q) = f
        .quantity
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty())
    {
        let _ = write!(out, " {}", md(q));
    }
    let context: Vec<String> = [f.place.as_ref().map(|p| format!("in {p}")), f.time.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !context.is_empty() {
        let _ = write!(out, " ({})", md(&context.join(", ")));
    }
    match &f.source {
        Some(s) => {
            let _ = write!(out, " — source: {}", md(s));
        }
        None => out.push_str(" — no source given"),
    }
    out.push('\n');
    let others = compare::same_as(figures, i);
    if !others.is_empty() {
        out.push_str("\n**Other values for this quantity:**\n");
        for j in others {
            let g = &figures[j];
            let agrees = if compare::agree(f, g) {
                ""
            } else {
                " — disagrees"
            };
            let _ = write!(
                out,
                "- {} (line {}){agrees}",
                md(&g.describe()),
                line(a, g.span.start)
            );
            match &g.source {
                Some(s) => {
                    let _ = writeln!(out, "; source: {}", md(s));
                }
                None => out.push_str("; no source given\n"),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::context::KnownEntity;
    use crate::analysis::entities::{Mention, MentionForm, Role};
    use crate::analysis::figures::{Bound, Figure};
    use crate::analysis::quotes::{Quote, Speaker};
    use crate::analysis::{analyze, Format};
    use ropey::Rope;
    use std::sync::Arc;

    fn span_of(text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap_or(usize::MAX);
        Span::new(start, start + needle.len())
    }

    fn analysed(text: &str) -> Analysed {
        let report = analyze(text, Format::PlainText, &Context::default());
        Analysed {
            version: 1,
            epoch: 0,
            session: 0,
            rope: Rope::from_str(text),
            text: Arc::from(text),
            report: Arc::new(report),
        }
    }

    const TEXT: &str = "Vice Foreign Minister Kim Hong-kyun met envoys.\n\n“This threatens us all,” Kim said.\n\nAbout 1,500 soldiers arrived, officials said. As many as 12,000 soldiers may go.";

    fn cast(mut a: Analysed) -> Analysed {
        let text = TEXT;
        let mut report = (*a.report).clone();
        let mut kim = Entity::new("Kim Hong-kyun", EntityKind::Person);
        kim.roles = vec![Role {
            text: "Vice Foreign Minister".into(),
            span: span_of(text, "Vice Foreign Minister"),
            title: Some("Vice Foreign Minister".into()),
        }];
        kim.knowledge = Some(0);
        kim.mentions = vec![
            Mention {
                span: span_of(text, "Kim Hong-kyun"),
                form: MentionForm::Full,
            },
            Mention {
                span: span_of(text, "Kim said"),
                form: MentionForm::Short,
            },
        ];
        report.entities = vec![kim];
        report.entities[0].mentions[1].span.end -= " said".len();
        report.quotes = vec![Quote {
            span: span_of(text, "“This threatens us all,”"),
            inner: span_of(text, "This threatens us all,"),
            speaker: Some(Speaker {
                name: "Kim Hong-kyun".into(),
                entity: Some(0),
                span: None,
            }),
        }];
        let fig = |needle: &str, value: f64, bound: Bound, source: Option<&str>| Figure {
            sentence: text.find(needle).unwrap_or(0),
            near_below: bound == Bound::AtMost,
            span: span_of(text, needle),
            value,
            upper: None,
            unit: None,
            bound,
            quantity: Some("trained soldiers".into()),
            time: None,
            source: source.map(str::to_string),
            ..Default::default()
        };
        report.figures = vec![
            fig("About 1,500", 1500.0, Bound::Approx, Some("officials")),
            fig("As many as 12,000", 12000.0, Bound::AtMost, None),
        ];
        a.report = Arc::new(report);
        a
    }

    #[test]
    fn a_figure_without_a_quantity_is_quoted_not_left_empty() {
        let mut a = cast(analysed(TEXT));
        let mut report = (*a.report).clone();
        report.figures = vec![Figure {
            span: span_of(TEXT, "1,500"),
            value: 1500.0,
            quantity: None,
            source: Some("Kim Hong-kyun".into()),
            ..Default::default()
        }];
        a.report = Arc::new(report);
        let at = TEXT.find("Kim said").unwrap_or(0) + 1;
        let (_, text) = hover(&a, at, &Context::default()).expect("a hover");
        assert!(text.contains("- the figure “1,500” (line 5)"), "{text}");
        assert!(!text.contains("  (line"), "{text}");
    }

    #[test]
    fn entity_hover_tells_who_it_is() {
        let a = cast(analysed(TEXT));
        let ctx = Context {
            knowledge: vec![KnownEntity {
                name: "Kim Hong-kyun".into(),
                role: Some("First Vice Foreign Minister".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let at = TEXT.find("Kim said").unwrap_or(0) + 1;
        let (span, md) = hover(&a, at, &ctx).unwrap_or_default();
        assert_eq!(span.slice(TEXT), "Kim");
        assert!(md.starts_with("**Kim Hong-kyun** · person"), "{md}");
        assert!(
            md.contains("*In this draft:* Vice Foreign Minister (line 1)"),
            "{md}"
        );
        assert!(
            md.contains("*Knowledge base:* **Kim Hong-kyun** — First Vice Foreign Minister"),
            "{md}"
        );
        assert!(
            md.contains("Mentioned 2 times; introduced on line 1 as “Kim Hong-kyun”"),
            "{md}"
        );
        assert!(md.contains("- “This threatens us all,” (line 3)"), "{md}");
    }

    #[test]
    fn a_role_that_ended_is_shown_as_former() {
        let a = cast(analysed(TEXT));
        let known = |until: Option<&str>| Context {
            knowledge: vec![KnownEntity {
                name: "Kim Hong-kyun".into(),
                role: Some("First Vice Foreign Minister".into()),
                since: Some("2022".into()),
                until: until.map(Into::into),
                ..Default::default()
            }],
            ..Default::default()
        };
        let at = TEXT.find("Kim said").unwrap_or(0) + 1;
        let (_, ended) = hover(&a, at, &known(Some("2025"))).unwrap_or_default();
        assert!(
            ended.contains("— former First Vice Foreign Minister, 2022–2025"),
            "{ended}"
        );
        let (_, current) = hover(&a, at, &known(None)).unwrap_or_default();
        assert!(
            current.contains("— First Vice Foreign Minister, since 2022"),
            "{current}"
        );
    }

    #[test]
    fn figure_hover_shows_other_values() {
        let a = cast(analysed(TEXT));
        let at = TEXT.find("1,500").unwrap_or(0);
        let (_, md) = hover(&a, at, &Context::default()).unwrap_or_default();
        assert!(
            md.starts_with("**≈ 1,500** trained soldiers — source: officials"),
            "{md}"
        );
        assert!(
            md.contains("- up to 12,000 (line 5) — disagrees; no source given"),
            "{md}"
        );
    }

    #[test]
    fn ambiguous_short_form_names_the_candidates() {
        let text = "Kim Hong-kyun met Kim Jong Un. Kim said no.";
        let mut a = analysed(text);
        let mut report = (*a.report).clone();
        let kim_said = text.rfind("Kim").unwrap_or(0);
        let short = Span::new(kim_said, kim_said + 3);
        let mut one = Entity::new("Kim Hong-kyun", EntityKind::Person);
        one.ambiguous = vec![short];
        let mut two = Entity::new("Kim Jong Un", EntityKind::Person);
        two.roles = vec![Role {
            text: "North Korean leader".into(),
            span: Span::new(0, 0),
            title: None,
        }];
        two.ambiguous = vec![short];
        report.entities = vec![one, two];
        a.report = Arc::new(report);
        let (span, md) = hover(&a, kim_said + 1, &Context::default()).unwrap_or_default();
        assert_eq!(span, short);
        assert_eq!(
            md,
            "“Kim” is ambiguous: it could be **Kim Hong-kyun** or **Kim Jong Un** (North Korean leader). Use the full name or a title here.\n"
        );
    }

    #[test]
    fn vague_source_hover_explains_and_offers_named_sources() {
        let text = "Jane Okafor said the bridge would close in May. \
                    Officials said the repairs would cost more.\n\nThe mayor was away.";
        let a = analysed(text);
        let at = text.find("Officials").unwrap_or(0) + 2;
        let (span, md) = hover(&a, at, &Context::default()).expect("a hover on the vague source");
        assert_eq!(span.slice(text), "Officials");
        assert!(md.contains("Vague source"), "{md}");
        assert!(md.contains("Which officials?"), "{md}");
        assert!(md.contains("say why and how they know"), "{md}");
        assert!(md.contains("Jane Okafor (line 1)"), "{md}");
        // The named source's own words get no vague-source hover.
        let at = text.find("Okafor").unwrap_or(0);
        let on_name = hover(&a, at, &Context::default()).map(|(_, m)| m);
        assert!(!on_name.is_some_and(|m| m.contains("Vague source")));
        // Nor does a sentence with no source.
        let at = text.find("mayor").unwrap_or(0);
        assert!(hover(&a, at, &Context::default()).is_none());
    }

    #[test]
    fn nothing_to_say_elsewhere() {
        let a = cast(analysed(TEXT));
        assert!(hover(&a, TEXT.find("envoys").unwrap_or(0), &Context::default()).is_none());
    }
}
