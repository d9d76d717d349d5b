//! Planted errors in the sample draft: a misspelt later surname and a changed title are
//! each found, with the right fix and the right related location.

use sayswho::analysis::{analyze, Context, Format, RuleCode};

const TROOPS: &str = include_str!("fixtures/troops.md");

fn plant() -> String {
    let text = TROOPS
        .replacen("In his response, Zinoviev", "In his response, Zinovyev", 1)
        .replacen(
            "In a conversation with Rutte,",
            "In a conversation with NATO Deputy Secretary-General Mark Rutte,",
            1,
        );
    assert_ne!(text, TROOPS, "the fixture changed: plant sites not found");
    text
}

#[test]
fn clean_sample_has_no_name_or_title_mismatch() {
    let report = analyze(TROOPS, Format::Markdown, &Context::default());
    let bad: Vec<_> = report
        .findings
        .iter()
        .filter(|f| matches!(f.code, RuleCode::NameMismatch | RuleCode::TitleMismatch))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn misspelt_surname_is_found_with_fix_and_introduction() {
    let text = plant();
    let report = analyze(&text, Format::Markdown, &Context::default());
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::NameMismatch)
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].span.slice(&text), "Zinovyev");
    assert_eq!(f[0].fixes[0].edits[0].replacement, "Zinoviev");
    assert_eq!(f[0].fixes[0].edits[0].span, f[0].span);
    let intro = text.find("Georgiy Zinoviev").expect("introduction");
    assert_eq!(f[0].related[0].span.start, intro);
    assert_eq!(f[0].related[0].span.slice(&text), "Georgiy Zinoviev");
}

#[test]
fn changed_title_is_found_with_both_places() {
    let text = plant();
    let report = analyze(&text, Format::Markdown, &Context::default());
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == RuleCode::TitleMismatch)
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].span.slice(&text).contains("Deputy Secretary-General"));
    assert!(f[0].related[0]
        .span
        .slice(&text)
        .contains("NATO Secretary-General"));
    assert!(f[0].related[0].span.start < f[0].span.start);
}

// ---------------------------------------------------------------------------------------
// The planted-error suite on the lent corpus (../shared/corpus/drafts, read at run time,
// never copied here; skipped where it is absent). In each draft it plants, one at a time:
// a later surname misspelt, a later reference given an incompatible title, and a first
// full-name reference cut to the surname; each must be found where it was planted, and
// the untouched drafts must carry (almost) no name or title findings.

use sayswho::analysis::entities::{Entity, EntityKind, MentionForm};
use std::path::PathBuf;

fn corpus_drafts() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/drafts");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let path = entry.ok()?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).ok()?;
            out.push((path.file_name()?.to_string_lossy().into_owned(), text));
        }
    }
    out.sort();
    (!out.is_empty()).then_some(out)
}

fn codes_at(text: &str, code: RuleCode, start: usize, end: usize) -> bool {
    analyze(text, Format::PlainText, &Context::default())
        .findings
        .iter()
        .any(|f| f.code == code && f.span.start < end && start < f.span.end)
}

/// Two letters of the surname's middle swapped, or a vowel changed: "Zinoviev" → "Zinovive".
fn misspell(w: &str) -> Option<String> {
    let mut c: Vec<char> = w.chars().collect();
    if c.len() < 5 || !c.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    let k = c.len() / 2;
    if c[k] != c[k + 1] {
        c.swap(k, k + 1);
    } else {
        c[k] = if c[k] == 'a' { 'e' } else { 'a' };
    }
    Some(c.into_iter().collect())
}

/// The person's full-name introduction and a later surname-only mention.
fn intro_and_later(e: &Entity, text: &str) -> Option<(usize, usize)> {
    if e.kind != EntityKind::Person || e.name.split_whitespace().count() < 2 {
        return None;
    }
    let intro = e
        .mentions
        .iter()
        .position(|m| m.form == MentionForm::Full)?;
    let surname = e.name.split_whitespace().last()?;
    let later = e.mentions[intro + 1..]
        .iter()
        .position(|m| m.form == MentionForm::Short && m.span.slice(text) == surname)?;
    Some((intro, intro + 1 + later))
}

/// A title that cannot also be this person's, given the one the draft gives: another
/// portfolio for a minister, a company post for a serving officer or a legislator (who
/// may rightly also be a minister), a minister's post for anyone else.
fn incompatible_title(current: &str) -> Option<&'static str> {
    let has = |w: &str| {
        current
            .split_whitespace()
            .any(|x| x.trim_end_matches('.') == w)
    };
    if current.to_lowercase().contains("former") || current.starts_with("ex-") {
        return None;
    }
    Some(if has("Health") {
        "Finance Minister"
    } else if has("General") || has("Gen") || has("Colonel") || has("Admiral") {
        "BP Chief Executive"
    } else if [
        "MP",
        "Senator",
        "Sen",
        "Rep",
        "Representative",
        "Congressman",
        "Congresswoman",
    ]
    .iter()
    .any(|w| has(w))
    {
        "High Court Judge"
    } else {
        "Health Minister"
    })
}

/// Does the role name a public or corporate office (the posts whose holder a title
/// change would contradict)? Descriptions ("actress", "a GP in Cardiff") do not.
fn names_an_office(role: &str) -> bool {
    let r = role.to_lowercase();
    [
        "minister",
        "secretary",
        "president",
        "premier",
        "chief executive",
        "ceo",
        "chair",
        "spokes",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "general",
        "judge",
        "senator",
        "mp",
        "rep.",
        "congress",
    ]
    .iter()
    .any(|w| {
        r.split(|c: char| !c.is_alphanumeric() && c != '.')
            .any(|x| x.starts_with(w))
            || (w.contains(' ') && r.contains(w))
    })
}

#[derive(Default)]
struct Tally {
    planted: usize,
    found: usize,
}

impl Tally {
    fn rate(&self) -> f64 {
        self.found as f64 / self.planted.max(1) as f64
    }
}

#[test]
fn planted_errors_in_the_corpus_are_found() {
    let Some(drafts) = corpus_drafts() else {
        eprintln!("no corpus at ../shared/corpus: skipping the planted-error suite");
        return;
    };
    let (mut name, mut title, mut first) = (Tally::default(), Tally::default(), Tally::default());
    let (mut clean_flags, mut words) = (0usize, 0usize);
    for (file, text) in &drafts {
        let report = analyze(text, Format::PlainText, &Context::default());
        words += text.split_whitespace().count();
        clean_flags += report
            .findings
            .iter()
            .filter(|f| matches!(f.code, RuleCode::NameMismatch | RuleCode::TitleMismatch))
            .count();
        for e in &report.entities {
            let Some((intro, later)) = intro_and_later(e, text) else {
                continue;
            };
            let m = &e.mentions[later];
            let (s, t) = (m.span.start, m.span.end);
            // A later surname misspelt.
            if let Some(bad) = misspell(m.span.slice(text)) {
                let planted = format!("{}{bad}{}", &text[..s], &text[t..]);
                name.planted += 1;
                if codes_at(&planted, RuleCode::NameMismatch, s, s + bad.len()) {
                    name.found += 1;
                } else {
                    eprintln!("name miss: {file}: {} → {bad}", e.name);
                }
            }
            // The later reference given a title that contradicts the one the draft gives
            // before it.
            let given = e
                .roles
                .iter()
                .filter(|r| r.span.end <= s)
                .map(|r| r.title.as_deref().unwrap_or(&r.text))
                .find(|t| names_an_office(t));
            if let Some(new_title) = given.and_then(incompatible_title) {
                let insert = format!("{new_title} {}", e.name);
                let planted = format!("{}{insert}{}", &text[..s], &text[t..]);
                title.planted += 1;
                if codes_at(&planted, RuleCode::TitleMismatch, s, s + insert.len()) {
                    title.found += 1;
                } else {
                    eprintln!("title miss: {file}: {} ({given:?}) → {insert}", e.name);
                }
            }
            // The full-name introduction cut to the surname.
            let im = &e.mentions[intro];
            let surname = m.span.slice(text);
            let planted = format!(
                "{}{surname}{}",
                &text[..im.span.start],
                &text[im.span.end..]
            );
            first.planted += 1;
            let at = im.span.start;
            if codes_at(&planted, RuleCode::FirstReference, at, at + surname.len()) {
                first.found += 1;
            }
        }
    }
    let clean_per_1k = 1000.0 * clean_flags as f64 / words.max(1) as f64;
    eprintln!(
        "planted: name {}/{} ({:.3}), title {}/{} ({:.3}), first reference {}/{} ({:.3}); clean name/title flags {:.3} per 1,000 words",
        name.found, name.planted, name.rate(), title.found, title.planted, title.rate(),
        first.found, first.planted, first.rate(), clean_per_1k
    );
    assert!(
        name.planted >= 50 && title.planted >= 30,
        "too few plant sites"
    );
    assert!(name.rate() >= 0.85, "name detection {:.3}", name.rate());
    assert!(title.rate() >= 0.85, "title detection {:.3}", title.rate());
    assert!(
        clean_per_1k <= 0.1,
        "clean flags {clean_per_1k:.3} per 1,000 words"
    );
}
