//! `figure-arithmetic` — stated arithmetic that does not hold.
//!
//! **What it flags.**
//! - A change that does not match the two values it is between: "fell by more than £600,
//!   from £190,329 to £189,733" (a fall of £596); "rose 15%, from 200 to 220" (10%);
//!   "fell 5%" between values that rise; "doubled from 40 to 60".
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
//! The stated numbers are read to the precision they are written ("£106m" is ±£0.5m,
//! "9.8%" is ±0.05), and bound words count ("more than £600" needs a fall above £600).
//!
//! Fires: "The average price fell by more than £600, from £190,329 to £189,733."
//! Does not fire: "The number has fallen by 9.8%, from 785 to 708."

use super::RuleInput;
use crate::analysis::figures::{fmt_num, Bound, Figure, Role};
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

/// Does the actual value `x` fit the stated figure `c` (with its bound and precision)?
fn fits(c: &Figure, x: f64, tol: f64) -> bool {
    let v = c.value;
    let eps = 1e-9 * v.abs().max(1.0);
    match c.bound {
        Bound::Exact => (x - v).abs() <= tol + eps,
        Bound::Approx => (x - v).abs() <= 0.1 * v.abs() + tol + eps,
        Bound::AtLeast => x >= v - eps,
        Bound::AtMost if c.near_below => x <= v + tol + eps && x >= 0.75 * v - tol,
        Bound::AtMost => x <= v + tol + eps,
        Bound::Range => x >= v - tol - eps && x <= c.upper.unwrap_or(v) + tol + eps,
    }
}

fn written<'t>(input: &RuleInput<'t>, f: &Figure) -> &'t str {
    f.number.slice(input.text)
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

fn changes(input: &RuleInput, figs: &[Figure], out: &mut Vec<Finding>) {
    for (bi, b) in figs.iter().enumerate() {
        if b.role != Role::Before {
            continue;
        }
        // The "to" value after it in the same sentence.
        let Some((ai, a)) = figs
            .iter()
            .enumerate()
            .skip(bi + 1)
            .take_while(|(_, f)| f.sentence == b.sentence)
            .find(|(_, f)| f.role == Role::After)
        else {
            continue;
        };
        if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
            continue;
        }
        if b.upper.is_some() || a.upper.is_some() || b.bound != Bound::Exact {
            continue;
        }
        // The stated change: a change figure of the sentence, or "…, or 12.9%" after it.
        let change = figs
            .iter()
            .enumerate()
            .filter(|(k, f)| {
                f.sentence == b.sentence
                    && *k != bi
                    && *k != ai
                    && (f.role == Role::Change || (*k == ai + 1 && preceded_by_or(input, f, a)))
            })
            .min_by_key(|(k, _)| k.abs_diff(bi))
            .map(|(_, f)| f);
        let Some(c) = change else {
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
    match c.unit.as_deref() {
        Some("%") if bv != 0.0 => {
            let rel = (av - bv) / bv * 100.0;
            if fits(c, rel.abs(), tol.max(0.05)) {
                return None;
            }
            let both_pct = a.unit.as_deref() == Some("%") && b.unit.as_deref() == Some("%");
            if both_pct && fits(c, (av - bv).abs(), tol.max(0.05)) {
                return Some(format!(
                    "{from_to} is a change of {} percentage points ({}%), not {stated}. Say \
                     “percentage points”, or give the change in per cent.",
                    fmt_num((av - bv).abs()),
                    fmt_num(rel.abs())
                ));
            }
            Some(format!(
                "“{stated}” does not match the figures it is between: {from_to} is a change of \
                 {}%.",
                fmt_num((rel * 10.0).round().abs() / 10.0)
            ))
        }
        Some("percentage points") => {
            let d = (av - bv).abs();
            (!fits(c, d, tol)).then(|| {
                format!(
                    "“{stated}” does not match the figures it is between: {from_to} is a change \
                     of {} percentage points.",
                    fmt_num(d)
                )
            })
        }
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
            (!fits(c, d, tol)).then(|| {
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
                let list: Vec<&str> = same.iter().map(|g| written(input, g)).collect();
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
            let list: Vec<&str> = parts.iter().map(|f| written(input, f)).collect();
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
}
