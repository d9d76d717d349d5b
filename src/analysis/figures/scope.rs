//! When and where a figure applies, as the sentence states it, and whose time in a role
//! a duration measures.

use super::*;

/// A time expression right after a figure ("a year earlier", "in 1986", "last month").
pub(super) fn time_near(toks: &[Tok], k: usize) -> Option<String> {
    let mut j = k;
    let limit = (k + 6).min(toks.len());
    while j < limit {
        if j > k && parse_at(toks, j).is_some() && toks[j].kind == TokenKind::Number {
            // Another figure (not a year) ends the window.
            let t = &toks[j];
            if !(t.s.len() == 4 && t.s.bytes().all(|b| b.is_ascii_digit())) {
                return None;
            }
        }
        if let Some((s, _)) = time_at(toks, j) {
            return Some(s);
        }
        j += 1;
    }
    None
}

/// The first time expression of a sentence.
pub(super) fn sentence_time(toks: &[Tok]) -> Option<String> {
    (0..toks.len()).find_map(|j| time_at(toks, j).map(|(s, _)| s))
}

/// A time expression starting at `j`, normalised, and its length.
pub(super) fn time_at(toks: &[Tok], j: usize) -> Option<(String, usize)> {
    let w = |i: usize| toks.get(i).map(|t| t.low).unwrap_or("");
    let is_year = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.s.len() == 4
                && t.s.bytes().all(|b| b.is_ascii_digit())
                && (1800..=2100).contains(&t.s.parse::<u32>().unwrap_or(0))
        })
    };
    const PERIODS: &[&str] = &[
        "year", "month", "week", "quarter", "summer", "winter", "spring", "autumn", "fall",
        "decade", "season", "night", "weekend", "term", "session",
    ];
    match w(j) {
        "last" | "this" | "next" | "previous" | "past" if PERIODS.contains(&w(j + 1)) => {
            Some((format!("{} {}", w(j), w(j + 1)), 2))
        }
        "the"
            if matches!(w(j + 1), "previous" | "past" | "last" | "following")
                && PERIODS.contains(&w(j + 2)) =>
        {
            Some((format!("{} {}", w(j + 1), w(j + 2)), 3))
        }
        "a" | "one" if w(j + 1) == "year" && matches!(w(j + 2), "earlier" | "ago" | "before") => {
            Some(("a year earlier".into(), 3))
        }
        "yesterday" | "today" | "tomorrow" => Some((w(j).to_string(), 1)),
        // "in the first half", "in the third quarter", "the first six months".
        "first" | "second" | "third" | "fourth" | "final" | "last"
            if matches!(w(j + 1), "half" | "quarter") && w(j.wrapping_sub(1)) == "the" =>
        {
            Some((format!("{} {}", w(j), w(j + 1)), 2))
        }
        // "two years earlier", "three months ago"
        _ if PERIODS.contains(&w(j + 1).trim_end_matches('s'))
            && matches!(w(j + 2), "earlier" | "ago" | "before")
            && (numbers::cardinal_value(w(j)).is_some()
                || toks.get(j).is_some_and(|t| t.kind == TokenKind::Number)) =>
        {
            Some((format!("{} {} {}", w(j), w(j + 1), w(j + 2)), 3))
        }
        "in" | "by" | "for" | "since" | "during" | "until" | "of" => {
            if is_year(j + 1) {
                let mut s = toks[j + 1].s.to_string();
                if toks.get(j + 2).is_some_and(|t| t.s == "/") {
                    s.push('/');
                    s.push_str(toks.get(j + 3).map(|t| t.s).unwrap_or(""));
                }
                return Some((s, 2));
            }
            let m = toks.get(j + 1)?;
            if m.is_word() && is_capitalized(m) && MONTHS.contains(&m.low) {
                let mut s = m.low.to_string();
                if is_year(j + 2) {
                    s = format!("{s} {}", toks[j + 2].s);
                }
                return Some((s, 2));
            }
            None
        }
        _ => None,
    }
}

/// A place a sentence names, and where: `at` is the index of its "in", or `None` for the
/// nation as a whole, which always scopes what the sentence counts.
pub(super) struct Place {
    pub name: String,
    pub at: Option<usize>,
}

impl Place {
    /// Whether the place scopes the figure ending before token `after` (its first token
    /// after the figure) rather than telling where the counted things went: the nation
    /// as a whole, a place the sentence opens with ("In Houston, 4,100 homes sold"), or
    /// one right after the figure's words ("4,100 homes in Houston"), not one after a
    /// verb ("1,500 soldiers have arrived in Russia").
    pub(super) fn scopes(&self, after: usize) -> bool {
        self.at.is_none_or(|at| at == 0 || at == after)
    }
}

/// A place the sentence names after "in" ("in Wales"), or the nation as a whole
/// ("nationally", "nationwide", "across the country"), if any.
pub(super) fn sentence_place(toks: &[Tok]) -> Option<Place> {
    let w = |i: usize| toks.get(i).map(|t| t.low).unwrap_or("");
    for j in 0..toks.len() {
        let across = matches!(w(j), "across" | "throughout")
            && w(j + 1) == "the"
            && matches!(w(j + 2), "country" | "nation");
        let lower_case = toks.get(j).is_some_and(|t| !is_capitalized(t));
        if (lower_case && lexicon::NATION_WORDS.contains(&w(j))) || across {
            return Some(Place {
                name: "the whole country".into(),
                at: None,
            });
        }
    }
    for j in 0..toks.len().saturating_sub(1) {
        if !toks[j].is("in") {
            continue;
        }
        let mut k = j + 1;
        if toks.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let t = toks.get(k)?;
        if t.is_word()
            && is_capitalized(t)
            && month_number(t.low).is_none()
            && !WEEKDAYS.contains(&t.low)
        {
            let mut words = vec![t.s.trim_end_matches(['’', '\'', 's'])];
            words[0] = t.s;
            if let Some(n) = toks.get(k + 1).filter(|n| n.is_word() && is_capitalized(n)) {
                words.push(n.s);
            }
            return Some(Place {
                name: words.join(" "),
                at: Some(j),
            });
        }
    }
    None
}

/// For a duration that measures someone's time in a role, who: "her five years as
/// minister", "has been doing the job for six years", "my work of the past two years".
pub(super) fn tenure_of(
    doc: &Document,
    entities: &[Entity],
    toks: &[Tok],
    f: &Figure,
) -> Option<String> {
    // The tokens are in text order: searches, not scans from the sentence's start for
    // every duration (quadratic in a long sentence of them).
    let i = toks.partition_point(|t| t.span.start < f.span.start);
    if i >= toks.len() {
        return None;
    }
    let end = toks.partition_point(|t| t.span.start < f.span.end);
    let w = |k: usize| toks.get(k).map(|t| t.low).unwrap_or("");
    let before: Vec<&str> = (i.saturating_sub(3)..i).map(w).collect();
    let possessive = |x: &str| matches!(x, "her" | "his" | "my" | "their" | "our");
    // "her five-and-a-half years as ..."
    let as_role = w(end) == "as" && before.last().is_some_and(|b| possessive(b));
    // "the past five years" after a possessive within a few words.
    let past = matches!(w(i.wrapping_sub(1)), "past" | "last")
        && (i.saturating_sub(6)..i).any(|k| possessive(w(k)));
    // "has been ... for five years", "'s been doing the job for".
    let perfect = w(i.wrapping_sub(1)) == "for"
        && (0..i).any(|k| {
            w(k) == "been"
                && (k == 0
                    || matches!(w(k - 1), "has" | "have" | "had" | "’s" | "'s" | "s")
                    || toks[k - 1].s.ends_with("’s")
                    || toks[k - 1].s.ends_with("'s"))
        });
    if !(as_role || past || perfect) {
        return None;
    }
    last_person_before(doc, entities, f.span.start)
}

/// The person most recently named before `offset` in the same or the previous
/// paragraph: an entity mention, or failing that an honorific and a name ("Ms Hutt").
pub(super) fn last_person_before(
    doc: &Document,
    entities: &[Entity],
    offset: usize,
) -> Option<String> {
    let para = doc.paragraph_at(offset)?;
    let floor = doc.paragraphs[para.saturating_sub(1)].span.start;
    let mut best: Option<(usize, String)> = None;
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for m in &e.mentions {
            if m.span.end <= offset
                && m.span.start >= floor
                && best.as_ref().is_none_or(|(s, _)| m.span.start > *s)
            {
                best = Some((m.span.start, e.name.clone()));
            }
        }
    }
    if best.is_some() {
        return best.map(|(_, n)| n);
    }
    // No entity layer: honorific + capitalised name.
    let toks = &doc.tokens;
    for k in (0..toks.len()).rev() {
        let t = toks[k];
        if t.span.end > offset {
            continue;
        }
        if t.span.start < floor {
            break;
        }
        let s = t.span.slice(&doc.text).trim_end_matches('.');
        if matches!(
            s,
            "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady"
        ) {
            if let Some(n) = toks.get(k + 1) {
                let name = n.span.slice(&doc.text);
                if name.chars().next().is_some_and(|c| c.is_uppercase()) && n.span.end <= offset {
                    return Some(
                        name.trim_end_matches("’s")
                            .trim_end_matches("'s")
                            .to_string(),
                    );
                }
            }
        }
    }
    None
}
