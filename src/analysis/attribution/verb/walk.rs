//! Walking left from a reporting verb to its subject, over auxiliaries, adverbs, time
//! phrases and adverbials ("Clinton on Tuesday said", "Trump has in the past described").

use super::*;

impl SentenceFinder<'_, '_> {
    /// Walks left from the verb at `i` over auxiliaries, adverbs, a parenthesised label
    /// and ", however," to the word before them: its index (-1 at the sentence start),
    /// and whether the verb is passive ("is expected", not "is saying").
    pub(super) fn walk_to_subject(&self, i: usize) -> (isize, bool) {
        let ws = self.ws;
        let w = &ws[i];
        let mut j = i as isize - 1;
        let mut passive = false;
        let mut saw_be = false;
        while j >= 0 {
            let p = &ws[j as usize];
            let l = p.lower;
            if BE.contains(&l) {
                saw_be = true;
                j -= 1;
                continue;
            }
            // "released in May showed": a capitalised "May" mid-sentence is the month.
            if (AUXILIARIES.contains(&l) && !(p.capitalised() && j > 0))
                || ADVERBS.contains(&l)
                || (l.ends_with("ly") && l.len() > 4 && !p.capitalised())
            {
                j -= 1;
                continue;
            }
            // "Sen. Maria Lopez (D-Ore.) said": a party-and-state label after the name.
            if p.text == ")" {
                if let Some(open) = self.paren_open(j as usize) {
                    j = open as isize - 1;
                    continue;
                }
            }
            // ", however," between subject and verb.
            if p.text == ","
                && j >= 2
                && ADVERBS.contains(&ws[j as usize - 1].lower)
                && ws[j as usize - 2].text == ","
            {
                j -= 3;
                continue;
            }
            // "Clinton on Tuesday said", "Trump has in the past described": a time
            // phrase or an adverbial between subject and verb.
            if let Some(start) = self
                .time_phrase_ending_at(j as usize)
                .or_else(|| self.adverbial_ending_at(j as usize))
            {
                j = start as isize - 1;
                continue;
            }
            break;
        }
        if saw_be && !w.lower.ends_with("ing") {
            passive = true;
        }
        (j, passive)
    }

    /// The first word of a time phrase ending at `k` that stands between a subject and
    /// its verb: "on Tuesday", "Wednesday morning", "last week", "earlier this month",
    /// "in June". A weekday or month must be capitalised ("may" is a verb), and a
    /// word must stand before the phrase (a phrase opening the sentence is no gap).
    pub(super) fn time_phrase_ending_at(&self, k: usize) -> Option<usize> {
        let ws = self.ws;
        let at = |k: usize| ws.get(k).filter(|w| !w.quoted && w.is_word());
        let calendar =
            |k: usize| at(k).is_some_and(|w| w.capitalised() && is_calendar_word(w.lower));
        let w = at(k)?;
        let day_part = reporting::PARTS_OF_DAY.contains(&w.lower) && k > 0 && calendar(k - 1);
        let relative = matches!(w.lower, "week" | "month" | "year" | "weekend")
            && k > 0
            && at(k - 1).is_some_and(|p| matches!(p.lower, "last" | "this" | "next"));
        let mut start = if calendar(k) {
            k
        } else if day_part || relative {
            k - 1
        } else {
            return None;
        };
        let lead_in = |p: &W| matches!(p.lower, "earlier" | "late" | "on" | "in");
        if start > 0 && at(start - 1).is_some_and(lead_in) {
            start -= 1;
        }
        // "in June" needs its preposition: a bare month mid-sentence may be a name.
        let month_alone = start == k && !WEEKDAYS.contains(&ws[k].lower);
        (start > 0 && !month_alone && at(start - 1).is_some()).then_some(start)
    }

    /// The first word of an adverbial ending at `k` between a subject and its verb:
    /// "always", "twice", "in particular", "for the first time", "didn't". A word must
    /// stand before it.
    pub(super) fn adverbial_ending_at(&self, k: usize) -> Option<usize> {
        let ws = self.ws;
        let w = ws.get(k).filter(|w| !w.quoted && w.is_word())?;
        let negated = w.lower.ends_with("n't") || w.lower.ends_with("n’t");
        let start = if negated || reporting::PREVERBAL_ADVERBS.contains(&w.lower) {
            Some(k)
        } else {
            reporting::PREVERBAL_PHRASES.iter().find_map(|ph| {
                let n = ph.split_whitespace().count();
                let first = (k + 1).checked_sub(n)?;
                (match_phrase(ws, first, ph) == Some(k)).then_some(first)
            })
        }?;
        (start > 0 && ws[start - 1].is_word() && !ws[start - 1].quoted).then_some(start)
    }

    /// The verb or adjective governing an infinitive whose "to" stands at `j`, when
    /// its subject is the infinitive's: "went on to say", "decided not to recommend",
    /// "are more likely to say", "will have to continue". Not an object in between
    /// ("allowing users to tell", "used his speech to call"), nor a governing word that
    /// is a cue of its own ("wants to say", "refused to comment").
    pub(super) fn governing_verb(&self, j: isize) -> Option<usize> {
        let ws = self.ws;
        let word = |k: usize| ws.get(k).filter(|w| w.is_word() && !w.quoted);
        let to = usize::try_from(j)
            .ok()
            .filter(|&t| word(t).is_some_and(|w| w.is("to")))?;
        let mut k = to.checked_sub(1)?;
        while k > 0 && word(k).is_some_and(|w| matches!(w.lower, "not" | "never")) {
            k -= 1;
        }
        let w = word(k)?;
        if w.is("on") && k > 0 && word(k - 1).is_some_and(|g| reporting::GO_ON.contains(&g.lower)) {
            return Some(k - 1);
        }
        if w.capitalised()
            || !reporting::CATENATIVES.contains(&w.lower)
            || self.cue_info(k).is_some()
        {
            return None;
        }
        // "slightly more likely to say": the degree words belong to the adjective.
        while k > 0 && word(k - 1).is_some_and(|d| matches!(d.lower, "more" | "less" | "most")) {
            k -= 1;
        }
        Some(k)
    }
}
