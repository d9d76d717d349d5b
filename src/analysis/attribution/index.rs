//! Which reporting clauses sit in, and cover, each sentence. Built once per draft, so
//! per-sentence questions ("who is the source here?") do not rescan every clause, which
//! made a book-length draft quadratic.

use super::Attribution;

pub struct ClauseIndex {
    own: Vec<Vec<usize>>,
    covering: Vec<Vec<usize>>,
}

impl ClauseIndex {
    pub fn new(sentences: usize, attributions: &[Attribution]) -> Self {
        let mut own = vec![Vec::new(); sentences];
        let mut covering = vec![Vec::new(); sentences];
        for (i, a) in attributions.iter().enumerate() {
            if let Some(list) = own.get_mut(a.sentence) {
                list.push(i);
            }
            for &k in &a.covers {
                if let Some(list) = covering.get_mut(k) {
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        ClauseIndex { own, covering }
    }

    /// The clauses in sentence `s`, in draft order.
    pub fn in_sentence(&self, s: usize) -> &[usize] {
        self.own.get(s).map_or(&[], Vec::as_slice)
    }

    /// The clauses whose `covers` include sentence `s`, in draft order.
    pub fn covering(&self, s: usize) -> &[usize] {
        self.covering.get(s).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::attribution::CueKind;
    use crate::analysis::span::Span;

    fn clause(sentence: usize, covers: Vec<usize>) -> Attribution {
        Attribution {
            cue: Span::new(0, 1),
            judgement: false,
            source: None,
            sentence,
            covers,
            kind: CueKind::Verb,
        }
    }

    #[test]
    fn lists_clauses_by_own_and_covered_sentence_in_order() {
        let atts = vec![
            clause(0, vec![0, 1, 2]),
            clause(2, vec![2]),
            clause(2, vec![2, 3]),
        ];
        let index = ClauseIndex::new(5, &atts);
        assert_eq!(index.in_sentence(2), &[1, 2]);
        assert_eq!(index.covering(2), &[0, 1, 2]);
        assert_eq!(index.covering(1), &[0]);
        assert!(index.covering(4).is_empty());
        assert!(index.in_sentence(99).is_empty());
    }
}
