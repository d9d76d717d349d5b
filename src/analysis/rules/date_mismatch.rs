//! `date-mismatch` — a weekday that does not match its date.
//!
//! **What it flags.** A weekday written next to a date it cannot fall on: "Monday 12 June
//! 2024" (12 June 2024 was a Wednesday), "Friday, March 3, 2023". When the date has no
//! year ("on Monday 12 June"), the year is taken from another full date in the draft, and
//! only when every full date there gives the same year; otherwise nothing is said.
//! Quick-fix: put the right weekday.
//!
//! **Why an editor cares.** A wrong weekday means either the day or the date is wrong, and
//! readers planning around it (an election, a strike, a deadline) are misled.
//!
//! Fires: "The strike begins on Monday 12 June 2024."
//! Does not fire: "The strike begins on Wednesday 12 June 2024."

use super::RuleInput;
use crate::analysis::figures::lexicon::{month_number, WEEKDAYS};
use crate::analysis::report::{Edit, Finding, Fix, Related, Severity};
use crate::analysis::rules::RuleCode;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

/// Day of the week, 0 = Monday, for a date in the Gregorian calendar.
pub fn weekday(year: i32, month: u32, day: u32) -> Option<usize> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    // Sakamoto's method (0 = Sunday).
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let w = (y + y.div_euclid(4) - y.div_euclid(100)
        + y.div_euclid(400)
        + T[month as usize - 1]
        + day as i32)
        .rem_euclid(7);
    Some(((w + 6) % 7) as usize)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

struct DateRef {
    weekday: Option<(usize, Span)>,
    day: u32,
    month: u32,
    year: Option<(i32, Span)>,
    span: Span,
}

/// Dates written with a day and month: "Monday 12 June 2024", "Monday, June 12, 2024",
/// "12 June", "June 12, 2024".
fn dates(doc: &Document) -> Vec<DateRef> {
    let toks = &doc.tokens;
    let text = &doc.text;
    let s = |i: usize| toks.get(i).map(|t| t.span.slice(text)).unwrap_or("");
    let num = |i: usize| -> Option<u32> {
        let t = toks.get(i)?;
        (t.kind == TokenKind::Number && t.span.len() <= 2)
            .then(|| s(i).parse().ok())
            .flatten()
    };
    let year_at = |i: usize| -> Option<(i32, Span)> {
        let t = toks.get(i)?;
        let y: i32 = (t.kind == TokenKind::Number && t.span.len() == 4)
            .then(|| s(i).parse().ok())
            .flatten()?;
        (1800..=2100).contains(&y).then_some((y, t.span))
    };
    let month_at = |i: usize| -> Option<u32> {
        let w = s(i);
        if w.chars().next().is_some_and(|c| c.is_uppercase()) {
            month_number(w)
        } else {
            None
        }
    };
    let skip_punct = |i: usize| -> usize {
        if matches!(s(i), "," | ".") {
            i + 1
        } else {
            i
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        let mut wd = None;
        let word = s(i);
        if let Some(w) = WEEKDAYS.iter().position(|w| word.eq_ignore_ascii_case(w)) {
            wd = Some((w, toks[i].span));
            j = skip_punct(i + 1);
            if s(j).eq_ignore_ascii_case("the") {
                j += 1;
            }
        }
        // Day Month [Year] or Month Day[,] [Year]. The second word is read only when the
        // first fits: this runs at every token, and a month is looked up in lower case.
        let day_month = || num(j).and_then(|d| Some((d, month_at(j + 1)?)));
        let month_day = || month_at(j).and_then(|m| Some((m, num(skip_punct(j + 1))?)));
        let (day, month, mut k) = if let Some((d, m)) = day_month() {
            (d, m, j + 2)
        } else if let Some((m, d)) = month_day() {
            (d, m, skip_punct(j + 1) + 1)
        } else {
            i += 1;
            continue;
        };
        let mut year = year_at(k);
        if year.is_none() && s(k) == "," {
            year = year_at(k + 1);
            if year.is_some() {
                k += 1;
            }
        }
        if year.is_some() {
            k += 1;
        }
        let start = wd.map_or(toks[j].span.start, |(_, sp)| sp.start);
        let end = toks[k - 1].span.end;
        out.push(DateRef {
            weekday: wd,
            day,
            month,
            year,
            span: Span::new(start, end),
        });
        i = k;
    }
    out
}

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let all = dates(&input.report.document);
    // The draft's year, when every full date agrees on one.
    let years: Vec<(i32, Span)> = all.iter().filter_map(|d| d.year).collect();
    let draft_year = years
        .first()
        .filter(|(y, _)| years.iter().all(|(z, _)| z == y))
        .copied();
    let mut out = Vec::new();
    for d in &all {
        let Some((wd, wd_span)) = d.weekday else {
            continue;
        };
        let (year, from_draft) = match (d.year, draft_year) {
            (Some((y, _)), _) => (y, None),
            (None, Some((y, sp))) => (y, Some(sp)),
            (None, None) => continue,
        };
        let Some(actual) = weekday(year, d.month, d.day) else {
            continue;
        };
        if actual == wd {
            continue;
        }
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        };
        let right = cap(WEEKDAYS[actual]);
        let written = wd_span.slice(input.text);
        let date = d.span.slice(input.text);
        let message = match from_draft {
            None => format!("{date}: that date is a {right}, not a {written}."),
            Some(_) => format!(
                "{date}: in {year} (the year the draft gives elsewhere) that date is a {right}, \
                 not a {written}."
            ),
        };
        out.push(Finding {
            code: RuleCode::DateMismatch,
            severity: Severity::Warning,
            message,
            span: d.span,
            focus: None,
            related: from_draft
                .map(|sp| {
                    vec![Related {
                        span: sp,
                        message: format!("the year {year} comes from here"),
                    }]
                })
                .unwrap_or_default(),
            fixes: vec![Fix {
                title: format!("Change {written} to {right}"),
                edits: vec![Edit {
                    span: wd_span,
                    replacement: right.clone(),
                }],
                preferred: true,
            }],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Context, Format};

    fn findings(text: &str) -> Vec<Finding> {
        analyze(text, Format::PlainText, &Context::default())
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::DateMismatch)
            .collect()
    }

    #[test]
    fn weekday_arithmetic() {
        assert_eq!(weekday(2024, 6, 12), Some(2)); // Wednesday
        assert_eq!(weekday(2000, 1, 1), Some(5)); // Saturday
        assert_eq!(weekday(2024, 2, 29), Some(3)); // Thursday
        assert_eq!(weekday(2023, 2, 29), None);
    }

    #[test]
    fn fires_on_a_wrong_weekday() {
        let text = "The strike begins on Monday 12 June 2024.";
        let f = findings(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("Wednesday"), "{}", f[0].message);
        assert_eq!(f[0].fixes[0].edits[0].replacement, "Wednesday");
        assert_eq!(f[0].fixes[0].edits[0].span.slice(text), "Monday");
        let f = findings("The vote is on Tuesday, March 3, 2023, officials said.");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn right_weekday_does_not_fire() {
        assert!(findings("The strike begins on Wednesday 12 June 2024.").is_empty());
        assert!(findings("The vote was on Friday, March 3, 2023.").is_empty());
    }

    #[test]
    fn year_from_the_draft() {
        let text = "The law passed on 2 May 2024.\n\nThe strike begins on Monday 12 June.";
        let f = findings(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].related.len(), 1);
        // Without a year anywhere, nothing is said.
        assert!(findings("The strike begins on Monday 12 June.").is_empty());
        // Two different years: no guess.
        assert!(findings(
            "It passed on 2 May 2023.\n\nIt ends on 2 May 2025.\n\nTalks open on Monday 12 June."
        )
        .is_empty());
    }
}
