//! `figure-arithmetic` — stated arithmetic that does not hold.
//!
//! **What it flags.**
//! - A change that does not match the two values it is between: "fell by more than £600,
//!   from £190,329 to £189,733" (a fall of £596); "rose 15%, from 200 to 220" (10%);
//!   "fell 5%" between values that rise; "doubled from 40 to 60". The values may come in
//!   any common order: "from X to Y", "fell to $2.1bn from $2.9bn, a drop of 38%" (27.6%),
//!   "rose 35% to £81m from £72m", "3,105, up from 2,480, a rise of 15%" (25.2%). Each
//!   value stands for what it rounds from ("$2.1bn" is $2.05bn–$2.15bn), so "a drop of 27%"
//!   or "28%" there does not fire. A change stated after both values with a subject of its
//!   own ("…, while profit rose 40%") is not checked against them.
//! - A change in per cent between two percentages that is really a change in percentage
//!   points: "rose 5%, from 40% to 45%" (5 points, 12.5%).
//! - Shares of one whole in one sentence that add up to more than 100%: "60% of members
//!   backed the plan and 55% of members opposed it".
//! - Parts that exceed their stated total: "300 people, including 200 men and 150 women".
//! - A currency conversion whose rate is out of line with the draft's other conversions
//!   of the same currencies: "£75m ($141m)" … "£100m ($300m)".
//!
//! **Why an editor cares.** Readers do the sum; a change that does not fit its own
//! numbers makes the whole story look careless, and one of the numbers is usually wrong.
//!
//! A change is paired only with the values of its own clause: in "the wait rose from 53
//! to 81 days, while prices fell 12%" the fall is the prices'. Wire abbreviations (`pct`,
//! `mln`, `bln`, `dlrs`, `bpd`) are read, so "jumped 224 pct from 131.32 to 424.81" holds.
//!
//! The stated numbers are read to the precision they are written ("£106m" is ±£0.5m,
//! "9.8%" is ±0.05), and bound words count ("more than £600" needs a fall above £600).
//!
//! Fires: "The average price fell by more than £600, from £190,329 to £189,733."
//! Does not fire: "The number has fallen by 9.8%, from 785 to 708."

use super::RuleInput;
use crate::analysis::figures::{fmt_num, one_line, Bound, Figure, Role};
use crate::analysis::report::{Finding, Related, Severity};
use crate::analysis::rules::RuleCode;

pub fn check(input: &RuleInput) -> Vec<Finding> {
    let figs = &input.report.figures;
    let mut out = Vec::new();
    changes(input, figs, &mut out);
    shares(input, figs, &mut out);
    parts(input, figs, &mut out);
    conversions(input, figs, &mut out);
    out
}

fn finding(span: &Figure, message: String, related: Vec<(&Figure, String)>) -> Finding {
    Finding {
        code: RuleCode::FigureArithmetic,
        severity: Severity::Warning,
        message,
        span: span.span,
        focus: None,
        related: related
            .into_iter()
            .map(|(f, m)| Related {
                span: f.span,
                message: m,
            })
            .collect(),
        fixes: Vec::new(),
    }
}

/// The number as written, on one line (the message quotes it).
fn written(input: &RuleInput, f: &Figure) -> String {
    one_line(f.number.slice(input.text))
}

/// The figure right before `f` in the text, if only "or"/"," separate them.
fn preceded_by_or(input: &RuleInput, f: &Figure, prev: &Figure) -> bool {
    let between = input
        .text
        .get(prev.span.end..f.number.start)
        .unwrap_or("")
        .trim()
        .trim_start_matches(',')
        .trim();
    between == "or"
}

/// The "after" value of a change whose "from" value is `figs[bi]`: "from X to Y", "to Y
/// from X", or the level a "…, up from X" clause compares ("1,942, up from 1,210").
fn after_value(input: &RuleInput, figs: &[Figure], bi: usize) -> Option<usize> {
    let b = &figs[bi];
    let same = |k: &usize| figs[*k].sentence == b.sentence;
    // "to Y from X": the "to" value right before, only "from" between.
    if let Some(k) = bi.checked_sub(1).filter(same) {
        let a = &figs[k];
        let between = input.text.get(a.span.end..b.number.start).unwrap_or("");
        if a.role == Role::After && between.trim() == "from" {
            return Some(k);
        }
    }
    // "from X to Y"
    if let Some(k) = (bi + 1..figs.len())
        .take_while(|k| same(k))
        .find(|&k| figs[k].role == Role::After)
    {
        return Some(k);
    }
    // "Y …, up from X" / "Y, down from X" / "Y, compared with X"
    // Only the last few characters can hold the cue; lowercasing the whole text before
    // every figure made long drafts quadratic.
    let before = input.text.get(..b.number.start).unwrap_or("").trim_end();
    let tail = before
        .char_indices()
        .rev()
        .nth(15)
        .map_or(before, |(i, _)| &before[i..]);
    let before_text = tail.to_lowercase();
    let cued = ["up from", "down from", "compared with", "compared to"]
        .iter()
        .any(|c| before_text.ends_with(c));
    if !cued {
        return None;
    }
    (0..bi).rev().take_while(same).find(|&k| {
        let f = &figs[k];
        f.role == Role::Level && f.unit == b.unit && f.upper.is_none() && f.bound == Bound::Exact
    })
}

/// Whether the change figure `c` is about the same quantity as the values it is checked
/// against (not another clause's change: "revenue was £5m, up from £4m, while profit
/// rose 10%").
fn same_subject(c: &Figure, a: &Figure, b: &Figure) -> bool {
    // A change stated first governs the values after it ("Sales rose 15%, from 200 to
    // 220 units"); one stated after both with a subject of its own may not.
    let after_both = c.span.start > a.span.start && c.span.start > b.span.start;
    let Some(qc) = c
        .quantity
        .as_deref()
        .filter(|_| after_both && c.quantity_from_subject)
        .map(str::to_lowercase)
    else {
        return true;
    };
    [a, b].iter().any(|f| {
        f.quantity
            .as_deref()
            .is_some_and(|q| q.to_lowercase() == qc)
    })
}

/// Whether no clause boundary separates the change from the values ("the wait rose from
/// 53 to 81 days, while prices fell 12%": the fall is another clause's).
fn same_clause(text: &str, c: &Figure, a: &Figure, b: &Figure) -> bool {
    let start = c.span.start.min(a.span.start).min(b.span.start);
    let end = c.span.end.max(a.span.end).max(b.span.end);
    let between = text.get(start..end).unwrap_or("").to_lowercase();
    let between = between.split_whitespace().collect::<Vec<_>>().join(" ");
    !between.contains(';')
        && ![
            " while ",
            " whereas ",
            " but ",
            " although ",
            " though ",
            " meanwhile ",
            " compared with a ",
        ]
        .iter()
        .any(|cue| between.contains(cue))
}

fn changes(input: &RuleInput, figs: &[Figure], out: &mut Vec<Finding>) {
    for (bi, b) in figs.iter().enumerate() {
        if b.role != Role::Before {
            continue;
        }
        let Some(ai) = after_value(input, figs, bi) else {
            continue;
        };
        let a = &figs[ai];
        if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
            continue;
        }
        if b.upper.is_some() || a.upper.is_some() || b.bound != Bound::Exact {
            continue;
        }
        // The stated change: a change figure of the sentence, or "…, or 12.9%" after it.
        // Figures come in sentence order: look only at this sentence's.
        let from = figs.partition_point(|f| f.sentence < b.sentence);
        let to = figs.partition_point(|f| f.sentence <= b.sentence);
        let change = figs[from..to]
            .iter()
            .enumerate()
            .map(|(k, f)| (k + from, f))
            .filter(|(k, f)| {
                f.sentence == b.sentence
                    && *k != bi
                    && *k != ai
                    && (f.role == Role::Change || (*k == ai + 1 && preceded_by_or(input, f, a)))
            })
            .min_by_key(|(k, _)| k.abs_diff(bi))
            .map(|(_, f)| f);
        let Some(c) = change.filter(|c| same_subject(c, a, b) && same_clause(input.text, c, a, b))
        else {
            continue;
        };
        if let Some(msg) = check_change(input, b, a, c) {
            out.push(finding(
                c,
                msg,
                vec![
                    (b, format!("from {}", written(input, b))),
                    (a, format!("to {}", written(input, a))),
                ],
            ));
        }
    }
}

/// Does some actual value in `[lo, hi]` fit the stated figure `c`?
fn fits_range(c: &Figure, lo: f64, hi: f64, tol: f64) -> bool {
    let v = c.value;
    let eps = 1e-9 * v.abs().max(1.0);
    let meets = |a: f64, b: f64| lo <= b + tol + eps && hi >= a - tol - eps;
    match c.bound {
        Bound::Exact => meets(v, v),
        Bound::Approx => meets(0.9 * v.abs(), 1.1 * v.abs()),
        Bound::AtLeast => hi >= v - eps,
        Bound::AtMost if c.near_below => meets(0.75 * v, v),
        Bound::AtMost => lo <= v + tol + eps,
        Bound::Range => meets(v, c.upper.unwrap_or(v)),
    }
}

/// The absolute values of `x` over `[lo, hi]`.
fn abs_range(lo: f64, hi: f64) -> (f64, f64) {
    if lo >= 0.0 {
        (lo, hi)
    } else if hi <= 0.0 {
        (-hi, -lo)
    } else {
        (0.0, hi.max(-lo))
    }
}

fn check_change(input: &RuleInput, b: &Figure, a: &Figure, c: &Figure) -> Option<String> {
    let (bv, av) = (b.value, a.value);
    let from_to = format!("from {} to {}", written(input, b), written(input, a));
    let stated = written(input, c);
    let rises = av > bv;
    if c.direction != 0 && (av - bv).abs() > 0.0 && (c.direction > 0) != rises {
        return Some(format!(
            "“{stated}” says it {}, but {from_to} it {}. Check the figures.",
            if c.direction > 0 { "rose" } else { "fell" },
            if rises { "rises" } else { "falls" }
        ));
    }
    let tol = c.rounding(input.text);
    // The before and after values as written stand for a small interval each ("£2.1bn"
    // is £2.05bn–£2.15bn): a stated change that fits any values in them holds.
    let (rb, ra) = (b.precision(input.text), a.precision(input.text));
    let (blo, bhi, alo, ahi) = (bv - rb, bv + rb, av - ra, av + ra);
    let (dlo, dhi) = abs_range(alo - bhi, ahi - blo);
    match c.unit.as_deref() {
        Some("%") if blo > 0.0 => {
            let rel = (av - bv) / bv * 100.0;
            let corners = [
                (alo - blo) / blo,
                (alo - bhi) / bhi,
                (ahi - blo) / blo,
                (ahi - bhi) / bhi,
            ]
            .map(|r| r * 100.0);
            let lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (plo, phi) = abs_range(lo, hi);
            if fits_range(c, plo, phi, tol.max(0.05)) {
                return None;
            }
            let both_pct = a.unit.as_deref() == Some("%") && b.unit.as_deref() == Some("%");
            if both_pct && fits_range(c, dlo, dhi, tol.max(0.05)) {
                return Some(format!(
                    "{from_to} is a change of {} percentage points ({}%), not {stated}. Say \
                     “percentage points”, or give the change in per cent.",
                    fmt_num((av - bv).abs()),
                    fmt_num(rel.abs())
                ));
            }
            Some(format!(
                "“{stated}” does not match the figures it is between: {from_to} is a {} of \
                 {}%. Check the figures.",
                if rises { "rise" } else { "fall" },
                fmt_num((rel * 10.0).round().abs() / 10.0)
            ))
        }
        Some("percentage points") => (!fits_range(c, dlo, dhi, tol)).then(|| {
            format!(
                "“{stated}” does not match the figures it is between: {from_to} is a change \
                 of {} percentage points.",
                fmt_num((av - bv).abs())
            )
        }),
        Some("times") if bv != 0.0 && c.qualifier.is_none() => {
            let r = av / bv;
            ((r - c.value).abs() > 0.1 * c.value).then(|| {
                format!(
                    "“{stated}” does not match the figures it is between: {from_to} is {} times \
                     the first.",
                    fmt_num((r * 100.0).round() / 100.0)
                )
            })
        }
        u if u == b.unit.as_deref() || (u.is_some() && b.unit.is_none() && a.unit.is_none()) => {
            if u.is_none() && b.unit.is_some() {
                return None;
            }
            let d = (av - bv).abs();
            (!fits_range(c, dlo, dhi, tol)).then(|| {
                format!(
                    "“{stated}” does not match the figures it is between: {from_to} is a {} of {}.",
                    if rises { "rise" } else { "fall" },
                    fmt_num(d)
                )
            })
        }
        _ => None,
    }
}

/// Shares of one whole in one sentence that add up past 100%.
fn shares(input: &RuleInput, figs: &[Figure], out: &mut Vec<Finding>) {
    let mut i = 0;
    while i < figs.len() {
        let s = figs[i].sentence;
        let j = figs[i..]
            .iter()
            .position(|f| f.sentence != s)
            .map_or(figs.len(), |p| i + p);
        let group = &figs[i..j];
        let mut seen: Vec<String> = Vec::new();
        for f in group {
            let Some(q) = f.quantity.as_deref().filter(|q| q.starts_with("share of ")) else {
                continue;
            };
            let key = q.to_lowercase();
            if seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            let same: Vec<&Figure> = group
                .iter()
                .filter(|g| {
                    g.quantity.as_deref().map(str::to_lowercase).as_deref() == Some(key.as_str())
                        && g.role == Role::Level
                        && matches!(g.bound, Bound::Exact | Bound::Approx | Bound::AtLeast)
                })
                .collect();
            if same.len() < 2 {
                continue;
            }
            let pct = |g: &Figure| {
                if g.unit.as_deref() == Some("%") {
                    g.value
                } else {
                    g.value * 100.0
                }
            };
            let total: f64 = same.iter().map(|g| pct(g)).sum();
            if total > 100.0 + same.len() as f64 {
                let last = same[same.len() - 1];
                let list: Vec<String> = same.iter().map(|g| written(input, g)).collect();
                out.push(finding(
                    last,
                    format!(
                        "These shares of {} add up to {}%, more than the whole ({}). Check the \
                         figures or say the groups overlap.",
                        &q["share of ".len()..],
                        fmt_num(total),
                        list.join(" + ")
                    ),
                    same[..same.len() - 1]
                        .iter()
                        .map(|g| (*g, format!("{} of the same whole", written(input, g))))
                        .collect(),
                ));
            }
        }
        i = j;
    }
}

/// Parts that exceed a stated total: "300 people, including 200 men and 150 women".
fn parts(input: &RuleInput, figs: &[Figure], out: &mut Vec<Finding>) {
    for (ti, t) in figs.iter().enumerate() {
        if t.bound != Bound::Exact || t.upper.is_some() || t.role != Role::Level {
            continue;
        }
        let after = input.text.get(t.span.end..).unwrap_or("");
        let cue = ["including", "of whom", "of which", "among them"]
            .iter()
            .find_map(|c| {
                let trimmed = after.trim_start_matches([',', ' ', '—', '–', '-', '(']);
                trimmed.starts_with(c).then_some(*c)
            });
        if cue.is_none() {
            continue;
        }
        let parts: Vec<&Figure> = figs[ti + 1..]
            .iter()
            .take_while(|f| f.sentence == t.sentence)
            .filter(|f| f.unit == t.unit && f.role == Role::Level && f.upper.is_none())
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let sum: f64 = parts.iter().map(|f| f.value).sum();
        if sum > t.value * (1.0 + 1e-9) {
            let list: Vec<String> = parts.iter().map(|f| written(input, f)).collect();
            out.push(finding(
                t,
                format!(
                    "The parts ({}) add up to {}, more than the total of {} they belong to.",
                    list.join(" + "),
                    fmt_num(sum),
                    written(input, t)
                ),
                parts
                    .iter()
                    .map(|f| (*f, format!("part: {}", written(input, f))))
                    .collect(),
            ));
        }
    }
}

/// Conversions in brackets whose rate is out of line with the draft's others.
fn conversions(input: &RuleInput, figs: &[Figure], out: &mut Vec<Finding>) {
    // (from, to, rate, original, conversion)
    let mut rates: Vec<(String, String, f64, usize, usize)> = Vec::new();
    for (k, c) in figs.iter().enumerate() {
        if c.role != Role::Conversion || k == 0 {
            continue;
        }
        let o = &figs[k - 1];
        let (Some(uo), Some(uc)) = (o.unit.as_deref(), c.unit.as_deref()) else {
            continue;
        };
        if uo == uc || o.value <= 0.0 || c.value <= 0.0 {
            continue;
        }
        // Keep one direction per currency pair.
        if uo < uc {
            rates.push((uo.into(), uc.into(), c.value / o.value, k - 1, k));
        } else {
            rates.push((uc.into(), uo.into(), o.value / c.value, k - 1, k));
        }
    }
    for (i, (from, to, rate, o, c)) in rates.iter().enumerate() {
        let others: Vec<&(String, String, f64, usize, usize)> = rates
            .iter()
            .enumerate()
            .filter(|(j, r)| *j != i && r.0 == *from && r.1 == *to)
            .map(|(_, r)| r)
            .collect();
        if others.len() < 2 {
            continue;
        }
        let mut rs: Vec<f64> = others.iter().map(|r| r.2).collect();
        rs.sort_by(|a, b| a.total_cmp(b));
        let median = rs[rs.len() / 2];
        let agree = others.iter().all(|r| (r.2 / median - 1.0).abs() < 0.05);
        if agree && (rate / median - 1.0).abs() > 0.15 {
            let (fo, fc) = (&figs[*o], &figs[*c]);
            out.push(finding(
                fc,
                format!(
                    "{} for {} implies a rate of {:.3} {to} per {from}; the draft's other \
                     conversions use about {:.3}.",
                    written(input, fc),
                    written(input, fo),
                    rate,
                    median
                ),
                others
                    .iter()
                    .map(|r| (&figs[r.4], format!("converted at {:.3}", r.2)))
                    .collect(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Context, Format, RuleCode};

    fn arithmetic(text: &str) -> Vec<crate::analysis::Finding> {
        analyze(text, Format::PlainText, &Context::default())
            .findings
            .into_iter()
            .filter(|f| f.code == RuleCode::FigureArithmetic)
            .collect()
    }

    #[test]
    fn a_fall_that_does_not_match_its_values() {
        let text = "The average asking price fell by more than £600, from £190,329 to £189,733.";
        let f = arithmetic(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("596"), "{}", f[0].message);
        assert!(f[0].message.contains("£190,329"), "{}", f[0].message);
        assert_eq!(f[0].related.len(), 2);
    }

    #[test]
    fn changes_that_hold_do_not_fire() {
        assert!(arithmetic("The number has fallen by 9.8%, from 785 to 708.").is_empty());
        assert!(arithmetic("The backlog fell from 7,613 to 6,630, or 12.9%.").is_empty());
        assert!(
            arithmetic("The average price fell by almost £600, from £190,329 to £189,733.")
                .is_empty()
        );
    }

    #[test]
    fn a_percentage_change_that_is_wrong() {
        let f = arithmetic("Sales rose 15%, from 200 to 220 units.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("10%"), "{}", f[0].message);
    }

    #[test]
    fn per_cent_versus_percentage_points() {
        let f = arithmetic("Support rose 5%, from 40% to 45%.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains("percentage points"),
            "{}",
            f[0].message
        );
        assert!(arithmetic("Support rose 12.5%, from 40% to 45%.").is_empty());
    }

    #[test]
    fn direction_that_contradicts_the_values() {
        let f = arithmetic("Exports fell 10%, from 200 to 220 tonnes.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("rises"), "{}", f[0].message);
    }

    #[test]
    fn shares_past_the_whole() {
        let f =
            arithmetic("In the poll 60% of members backed the plan and 55% of members opposed it.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("115%"), "{}", f[0].message);
        assert!(arithmetic(
            "In the poll 45% of members backed the plan and 55% of members opposed it."
        )
        .is_empty());
    }

    #[test]
    fn parts_past_the_total() {
        let f = arithmetic("The ship carried 300 passengers, including 200 men and 150 women.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            arithmetic("The ship carried 300 passengers, including 100 men and 150 women.")
                .is_empty()
        );
    }

    #[test]
    fn conversion_out_of_line() {
        let text = "Profit was £75m ($141m). Sales were £200m ($376m). Costs were £100m ($300m). \
                    Debt was £50m ($94m).";
        let f = arithmetic(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].span.slice(text).contains("$300m"), "{:?}", f[0]);
        let ok = "Profit was £75m ($141m). Sales were £200m ($376m). Debt was £50m ($94m).";
        assert!(arithmetic(ok).is_empty());
    }

    #[test]
    fn a_percentage_change_stated_after_its_values() {
        // "to X from Y": 2.9 -> 2.1 is a fall of 27.6%, not 38%.
        let f = arithmetic("Turnover fell to $4.2bn from $5.8bn a year earlier, a drop of 41%.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("27.6%"), "{}", f[0].message);
        assert_eq!(f[0].related.len(), 2);
        // Rounded values: 5.8 -> 4.2 is 27.6%, and "28%" fits the rounding.
        assert!(
            arithmetic("Turnover fell to $4.2bn from $5.8bn a year earlier, a drop of 28%.")
                .is_empty()
        );
        assert!(
            arithmetic("Turnover fell to $4.2bn from $5.8bn a year earlier, a drop of 27%.")
                .is_empty()
        );
    }

    #[test]
    fn rose_by_to_from() {
        let f = arithmetic("Operating profit rose 35% to £81m from £72m.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("12.5%"), "{}", f[0].message);
        assert!(arithmetic("Operating profit rose 12% to £81m from £72m.").is_empty());
        assert!(arithmetic("Operating profit rose 13% to £81m from £72m.").is_empty());
    }

    #[test]
    fn a_level_up_from_an_earlier_value() {
        let text = "The charity counted 3,105 rough sleepers in March, up from 2,480 a year \
                    earlier, a rise of 15%.";
        let f = arithmetic(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("25.2%"), "{}", f[0].message);
        assert!(arithmetic(
            "The charity counted 3,105 rough sleepers in March, up from 2,480 a year earlier, \
             a rise of 25%."
        )
        .is_empty());
        // A change of another quantity in the same sentence is not checked against them.
        assert!(
            arithmetic("Revenue was £5.1m, up from £4.4m, while operating profit rose 40%.")
                .is_empty()
        );
    }

    #[test]
    fn wire_abbreviations_and_a_unit_after_a_line_break() {
        // 131.32 to 424.81 is a rise of 223.5%: "224 pct" is right, not 224 points.
        for ok in [
            "Net profit jumped 224 pct from 131.32 mln dlrs to 424.81 mln dlrs.",
            "The index jumped 224\npct from 131.32 to 424.81 in the year.",
            "Output rose 20 pct to 1.2 mln bpd from 1.0 mln bpd last month.",
        ] {
            assert!(arithmetic(ok).is_empty(), "{ok}: {:?}", arithmetic(ok));
        }
        let f = arithmetic("Net profit jumped 124 pct from 131.32 mln dlrs to 424.81 mln dlrs.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("223.5%"), "{}", f[0].message);
        // The same abbreviations when the stated change is wrong: read as units, not
        // words, so the values are compared.
        for wrong in [
            "Output rose 50 pct to 1.2 mln bpd from 1.0 mln bpd last month.",
            "Sales rose 50 pct to 1.2 bln dlrs from 1.0 bln dlrs last year.",
            "Net profit rose 50 pct to 1.2 bln\ndlrs from 1.0 bln dlrs.",
        ] {
            let f = arithmetic(wrong);
            assert_eq!(f.len(), 1, "{wrong}: {f:?}");
            assert!(f[0].message.contains("rise of 20%"), "{}", f[0].message);
        }
        // A unit after a line break is quoted on one line.
        let f = arithmetic("The index jumped 124\npct from 131.32 to 424.81 in the year.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.starts_with("“124 pct”"), "{}", f[0].message);
    }

    #[test]
    fn a_change_pairs_only_with_the_values_of_its_own_clause() {
        for ok in [
            "The wait rose from 53 to 81 days, while prices fell 12 pct.",
            "The wait rose from 53 to 81 days; prices fell 12%.",
            "Prices fell 12%, but the wait rose from 53 to 81 days.",
        ] {
            assert!(arithmetic(ok).is_empty(), "{ok}: {:?}", arithmetic(ok));
        }
        assert_eq!(
            arithmetic("The wait fell 12%, from 53 to 81 days.").len(),
            1
        );
    }
}
