//! The findings of one analysis indexed by (rule code, range), so a code-action request
//! finds the finding behind each of its diagnostics in one lookup.
//!
//! Before, each diagnostic scanned every finding and converted its span to a range: a
//! request with 2,000 diagnostics on a draft of 2,000 findings did four million
//! conversions (9 s) on the async runtime. Built once per request, the index costs one
//! conversion per finding.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::Range;

use super::position::{self, Encoding};
use crate::analysis::{Finding, Report, RuleCode};

pub struct FindingIndex<'a> {
    by_range: HashMap<(RuleCode, Range), &'a Finding>,
}

impl<'a> FindingIndex<'a> {
    /// Every finding of `report` under the range it is published with. Where two findings
    /// of one rule share a range the first is kept, as the scan it replaces found it.
    pub fn new(report: &'a Report, rope: &Rope, enc: Encoding) -> Self {
        let mut by_range = HashMap::with_capacity(report.findings.len());
        for f in &report.findings {
            by_range
                .entry((f.code, position::range(rope, f.underline(), enc)))
                .or_insert(f);
        }
        FindingIndex { by_range }
    }

    /// The finding of rule `code` published at `range`, if the analysis has one.
    pub fn get(&self, code: RuleCode, range: Range) -> Option<&'a Finding> {
        self.by_range.get(&(code, range)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Context, Format};

    #[test]
    fn finds_each_finding_at_its_published_range_and_nothing_elsewhere() {
        let text = "Officials said the plan failed.\n\n“We will not leave,” a resident wrote.\n";
        let report = analyze(text, Format::PlainText, &Context::default());
        assert!(report.findings.len() >= 2, "{:?}", report.findings);
        let rope = Rope::from_str(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let index = FindingIndex::new(&report, &rope, enc);
            for f in &report.findings {
                let range = position::range(&rope, f.underline(), enc);
                let found = index.get(f.code, range).map(|g| (g.code, g.span));
                assert_eq!(found, Some((f.code, f.span)));
                // A range one column off is not it.
                let mut off = range;
                off.end.character += 1;
                assert!(index.get(f.code, off).is_none());
            }
        }
    }
}
