//! A name set off after a quotation, its reporting verb further on:
//! `"...," Ann Lee, 30, of Leeds, who was at the rally, said later.`

use super::*;

impl<'a> Analyzer<'a> {
    /// `"...," Ann Lee, the pollster who ran the survey tweeted.`: a name straight after
    /// a quotation that hands over, set off by a comma, is the speaker when the first
    /// reporting verb after its appositive (before `end`, the next quotation or the
    /// sentence's end) got no subject of its own, or only a description (the appositive
    /// itself). `"...," Ann Lee, whom Tom Bell praised, said` gives the verb another
    /// named subject and is left alone; so is a name that is no known person or body.
    pub(super) fn name_appositive_verb(
        &self,
        raw: &RawQuote,
        after: usize,
        end: usize,
        verbs: &[Verb],
        ss: usize,
    ) -> Option<Subj> {
        if !self.hands_over(raw) || after >= end {
            return None;
        }
        let np = self.parse_np(after, end, ss)?;
        if !matches!(np.kind, NpKind::Name(..)) || np.end >= end || self.w(np.end) != "," {
            return None;
        }
        let subj = self.resolve(&np, ss)?;
        if subj.kind == Kind::Unknown {
            return None;
        }
        let verb = verbs.iter().find(|v| v.tok > np.end && v.tok < end)?;
        let broken = (np.end..verb.tok).any(|k| self.in_quote[k] || matches!(self.w(k), ";" | ":"));
        if broken {
            return None;
        }
        match &verb.subject {
            None => Some(subj),
            Some(s) if s.same_person(&subj) || !s.named => Some(subj),
            Some(_) => None,
        }
    }
}
