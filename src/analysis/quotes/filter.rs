//! Which quoted passages are quotations: titles of works and scare quotes are not.

use super::*;

impl<'a> Analyzer<'a> {
    /// Titles of works and scare quotes are not quotations.
    pub(super) fn is_quotation(
        &self,
        raw: &RawQuote,
        quote: Option<&Quote>,
        verbs: &[Vec<Verb>],
    ) -> bool {
        let Some(quote) = quote else {
            return false;
        };
        let inner = raw.inner.slice(self.text);
        let words: Vec<&str> = inner
            .split(|c: char| c.is_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        // The so-called "peace plan".
        let before = self.words_before(raw.span.start, 2);
        let so_called = before.first().is_some_and(|w| *w == "so-called")
            || (before.first().is_some_and(|w| *w == "called")
                && before.get(1).is_some_and(|w| *w == "so"));
        if so_called || self.names_a_campaign(raw) || self.quoted_name(raw, &words) {
            return false;
        }
        // A title ("The Late Show") unless its own sentence has someone say it.
        if is_title_case(&words) && !self.named_by_verb(raw) {
            let own = self.doc.sentence_at(raw.span.start).is_some_and(|s0| {
                let s1 = self
                    .doc
                    .sentence_at(raw.span.end.saturating_sub(1))
                    .unwrap_or(s0);
                self.pre_speaker(raw, s0, verbs).is_some()
                    || self.post_speaker(raw, s1, verbs).is_some()
            });
            if !own || self.only_weak_clauses(raw, verbs) {
                return false;
            }
        }
        // A short scare-quoted phrase nobody is said to have said; a fallback subject
        // elsewhere in the sentence does not make it a quotation.
        !(words.len() <= 3 && (quote.speaker.is_none() || self.only_weak_clauses(raw, verbs)))
    }

    /// Is the quotation the name of a campaign or slogan? It stands right before the noun
    /// it names (`the “Meet Halfway” campaign`, `its "Think Small" advertising campaign`)
    /// or right after a slogan noun with nothing between (`the slogan "Buy Local"`).
    /// A quotation closing on a comma hands over to a clause instead (`“...,” campaign
    /// manager Ida Lund said`), and one after a comma is set off as the words themselves
    /// (`the slogan, "...", was everywhere`), so neither counts; nor does a quotation in
    /// lower case, which is someone's word, not a name.
    pub(super) fn names_a_campaign(&self, raw: &RawQuote) -> bool {
        let inner = raw.inner.slice(self.text).trim_end();
        let ends_on_comma = inner
            .trim_end_matches(is_quote_char)
            .ends_with([',', ';', ':']);
        let after = self
            .doc
            .tokens
            .partition_point(|t| t.span.start < raw.span.end);
        // In the quotation's own sentence: `...lives." Campaign staff cheered.` is not it.
        let sentence = self.doc.sentence_at(raw.span.end.saturating_sub(1));
        let noun_at = |k: usize| {
            k < self.doc.tokens.len()
                && self.is_word(k)
                && CAMPAIGN_NOUNS.contains(&self.lw(k))
                && self.doc.sentence_at(self.doc.tokens[k].span.start) == sentence
        };
        let names_noun_after = noun_at(after)
            || (after < self.doc.tokens.len()
                && self.is_word(after)
                && CAMPAIGN_MODIFIERS.contains(&self.lw(after))
                && noun_at(after + 1));
        let slogan_before = self
            .words_before(raw.span.start, 1)
            .first()
            .is_some_and(|w| SLOGAN_NOUNS.contains(w));
        // A name opens with a capital; `the “broken” campaign finance system` is a
        // partial quote of someone's word.
        let capitalised = inner
            .trim_start_matches(is_quote_char)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        capitalised && ((names_noun_after && !ends_on_comma) || slogan_before)
    }

    /// A single capitalised word quoted after a determiner or preposition is a name or a
    /// word mentioned (`the use of “Rise.”`, `the "Stay" side`, `a vote for "Leave"`),
    /// not a quotation: a one-word answer follows its verb or a comma (`she replied,
    /// "No."`) and a one-word partial quote is in lower case (`called it "reckless"`).
    /// A naming verb just before keeps it: `branding him a "Stalinist"` reports a word.
    pub(super) fn quoted_name(&self, raw: &RawQuote, words: &[&str]) -> bool {
        let [word] = words else {
            return false;
        };
        let capitalised = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        capitalised
            && !self.named_by_verb(raw)
            && self
                .words_before(raw.span.start, 1)
                .first()
                .is_some_and(|w| DETERMINERS.contains(w) || MENTION_PREPOSITIONS.contains(w))
    }

    /// Do the quotation's sentences carry reporting verbs whose subjects all came from a
    /// fallback?
    pub(super) fn only_weak_clauses(&self, raw: &RawQuote, verbs: &[Vec<Verb>]) -> bool {
        let Some(s0) = self.doc.sentence_at(raw.span.start) else {
            return false;
        };
        let s1 = self
            .doc
            .sentence_at(raw.span.end.saturating_sub(1))
            .unwrap_or(s0);
        let attributed: Vec<&Verb> = verbs
            .get(s0..=s1)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|v| v.subject.is_some())
            .collect();
        attributed.iter().any(|v| v.weak) && attributed.iter().all(|v| v.weak)
    }

    /// Lower-cased words just before `pos`, nearest first.
    pub(super) fn words_before(&self, pos: usize, n: usize) -> Vec<&'a str> {
        let i = self.doc.tokens.partition_point(|t| t.span.end <= pos);
        (i.saturating_sub(n)..i).rev().map(|k| self.lw(k)).collect()
    }

    /// `dubbing Mr Brown "Sir Wastealot"`: a naming verb just before the quote.
    pub(super) fn named_by_verb(&self, raw: &RawQuote) -> bool {
        let i = self
            .doc
            .tokens
            .partition_point(|t| t.span.end <= raw.span.start);
        (i.saturating_sub(4)..i).any(|k| {
            matches!(
                self.lw(k),
                "dub"
                    | "dubs"
                    | "dubbed"
                    | "dubbing"
                    | "call"
                    | "calls"
                    | "called"
                    | "calling"
                    | "nicknamed"
                    | "branded"
                    | "branding"
                    | "labelled"
                    | "labeled"
            )
        })
    }
}

/// Does the copy name a source for each quotation, even where no speaker was resolved?
///
/// The speaker finder gives a quotation a speaker only when it can say who; the copy
/// often shows *that* someone is credited without the finder pinning them down: a
/// clause after the quotation (`“...,” the retired teacher from Ohio recalled`), the
/// writer's own sentence around a partial quote, a credit line (`― Dana Reyes`), a
/// transcript label (`"MAYOR: ..."`), or a quotation that runs on from one that was
/// credited. Every consumer (the "Who said this?" rule, hover, JSON) asks this one
/// reading, so they agree. Quotations with a speaker are credited trivially.
pub fn credited_in_copy(doc: &Document, quotes: &[Quote]) -> Vec<bool> {
    let text = doc.text.as_str();
    let mut credited: Vec<bool> = quotes
        .iter()
        .map(|q| {
            q.speaker.is_some()
                || woven_into_sentence(doc, q)
                || followed_by_reporting_clause(doc, q)
                || hands_over_to_clause(doc, q)
                || introduced_by_colon(doc, q)
                || transcript_label(doc, q)
                || credit_line_follows(doc, q)
        })
        .collect();
    // Run-ons: credit flows along a run of quotations both ways until nothing changes
    // (a run is short, so this settles in a pass or two).
    loop {
        let mut changed = false;
        for i in 0..quotes.len() {
            if credited[i] {
                continue;
            }
            let from_before =
                i > 0 && credited[i - 1] && continues(doc, text, &quotes[i - 1], &quotes[i]);
            let from_after = i + 1 < quotes.len()
                && credited[i + 1]
                && opening_mark_repeats(doc, text, &quotes[i], &quotes[i + 1]);
            if from_before || from_after {
                credited[i] = true;
                changed = true;
            }
        }
        if !changed {
            return credited;
        }
    }
}

/// Words of the writer's own sentence that lead into a quotation before it has a
/// speaker's clause to stand on: `The mayor called the plan "dead on arrival"`. At two
/// such words the quotation is a partial quote carried by a sentence the writer built
/// around a source (its subject), not a free-standing quotation missing its speaker.
const WOVEN_LEAD_WORDS: usize = 2;

/// Is the quotation a partial quote inside the writer's sentence? The quotation opens
/// mid-sentence, after at least [`WOVEN_LEAD_WORDS`] words of the same sentence; that
/// sentence's reporting clause ("X told reporters that ...", "X described it as ...")
/// names the source even when the speaker finder cannot pin the clause down, and a
/// false "Who said this?" on attributed copy costs more than a missed one.
fn woven_into_sentence(doc: &Document, q: &Quote) -> bool {
    let Some(s) = doc.sentence_at(q.span.start) else {
        return false;
    };
    let start = doc.sentences[s].span.start;
    let lead = doc.text.get(start..q.span.start).unwrap_or("");
    lead.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= WOVEN_LEAD_WORDS
}

/// How many words after a quotation its reporting verb may come: `“...,” the
/// 81-year-old retired teacher from Ohio said`.
const CLAUSE_REACH_WORDS: usize = 8;

/// Does the quotation's own sentence go on into a reporting clause (`“...,” a longtime
/// adviser said`, `“...,” said the agency's director`)? Then the copy says who spoke,
/// even where the speaker is a description the speaker finder will not turn into a
/// person; asking "Who said this?" there is a false alarm.
fn followed_by_reporting_clause(doc: &Document, q: &Quote) -> bool {
    let Some(s) = doc.sentence_at(q.span.end.saturating_sub(1)) else {
        return false;
    };
    let end = doc.sentences[s].span.end;
    let tail = doc.text.get(q.span.end..end.max(q.span.end)).unwrap_or("");
    tail.split_whitespace()
        .take_while(|w| !w.contains(['"', '“', '”']))
        .take(CLAUSE_REACH_WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| reporting_verb(w).is_some())
}

/// The text of the quotation's paragraph after `pos`.
fn rest_of_paragraph(doc: &Document, pos: usize) -> &str {
    let end = doc
        .paragraph_at(pos.saturating_sub(1))
        .map_or(pos, |p| doc.paragraphs[p].span.end);
    doc.text.get(pos..end.max(pos)).unwrap_or("")
}

/// A quotation that closes on a comma hands its sentence over to the words after it:
/// `“We will not stand by,” the delegate from the north shot back.` A sentence cannot
/// stop at that comma, and when the words that finish it hold a verb of saying they say
/// who spoke, however far the verb is (a long description, an appositive). A
/// question or exclamation does the same when the next word is in lower case (`“Why
/// now?” asked the mayor`): the sentence has not ended. A quotation closing on a full
/// stop, followed by a capital, or ending its paragraph is not handed over.
fn hands_over_to_clause(doc: &Document, q: &Quote) -> bool {
    let closed = q.inner.end < q.span.end;
    let inner = q
        .inner
        .slice(&doc.text)
        .trim_end()
        .trim_end_matches(is_quote_char);
    let next = rest_of_paragraph(doc, q.span.end).trim_start();
    let Some(first) = next.chars().next() else {
        return false;
    };
    if !closed || is_quote_char(first) {
        return false;
    }
    let goes_on = match inner.chars().next_back() {
        Some(',') => first.is_alphabetic(),
        Some('?' | '!') => first.is_lowercase(),
        _ => false,
    };
    goes_on && sentence_tail_speaks(doc, q)
}

/// Do the words after the quotation, to the end of its sentence, hold a verb of saying
/// (however far from the mark: `“...,” Ana Ruiz, 30, of Dayton, who was among those
/// asked, said`)? Without one (`“...,” the banner.`) nobody is said to speak.
fn sentence_tail_speaks(doc: &Document, q: &Quote) -> bool {
    let Some(s) = doc.sentence_at(q.span.end.saturating_sub(1)) else {
        return false;
    };
    let end = doc.sentences[s].span.end.max(q.span.end);
    doc.text
        .get(q.span.end..end)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| reporting_verb(w).is_some() || CUE_VERBS.contains(&w) || TEXT_VERBS.contains(&w))
}

/// A quotation that opens its paragraph straight after a paragraph ending on a colon is
/// introduced by it: `Ms Ito, who runs the shelter, put it this way:` then the quotation.
fn introduced_by_colon(doc: &Document, q: &Quote) -> bool {
    let Some(p) = doc.paragraph_at(q.span.start) else {
        return false;
    };
    let para = doc.paragraphs[p].span;
    let opens_paragraph = doc
        .text
        .get(para.start..q.span.start)
        .is_some_and(|lead| lead.trim().is_empty());
    opens_paragraph
        && p > 0
        && doc.paragraphs[p - 1].kind != BlockKind::Heading
        && doc.paragraphs[p - 1]
            .span
            .slice(&doc.text)
            .trim_end()
            .ends_with(':')
}

/// A transcript line: a speaker label in capitals and a colon names who speaks, inside
/// the quotation (`"MAYOR: We will rebuild."`, `"Q: Will you run?"`) or opening its
/// paragraph before it (`PENCE: "We will rebuild."`).
fn transcript_label(doc: &Document, q: &Quote) -> bool {
    let inner = q.inner.slice(&doc.text).trim_start();
    let label_inside = inner.split_once(':').map(|(label, _)| label);
    let label_before = doc.paragraph_at(q.span.start).and_then(|p| {
        let lead = doc.text.get(doc.paragraphs[p].span.start..q.span.start)?;
        lead.trim_end().strip_suffix(':')
    });
    label_inside.is_some_and(is_speaker_label) || label_before.is_some_and(is_speaker_label)
}

/// `MAYOR`, `SEN. KAINE`, `Q`: one to three words in capitals.
fn is_speaker_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
        })
}

/// The longest credit line: `― Dana Reyes, a nurse in the valley`.
const CREDIT_LINE_WORDS: usize = 12;

/// A credit line after a dash names the speaker: the quotation ends its paragraph, and
/// what follows (the rest of the paragraph or the next paragraph) is a short line that
/// opens with a dash and a capitalised word (`― Dana Reyes.`, `-Mayor Ito, at the rally`).
fn credit_line_follows(doc: &Document, q: &Quote) -> bool {
    let rest = rest_of_paragraph(doc, q.span.end).trim();
    let line = if rest.is_empty() {
        let Some(p) = doc.paragraph_at(q.span.start) else {
            return false;
        };
        match doc.paragraphs.get(p + 1) {
            Some(next) => next.span.slice(&doc.text).trim(),
            None => return false,
        }
    } else {
        rest
    };
    let Some(after_dash) = line.strip_prefix(['-', '–', '—', '―']) else {
        return false;
    };
    let after_dash = after_dash.trim_start_matches(['-', '–', '—', '―', ' ']);
    after_dash.chars().next().is_some_and(char::is_uppercase)
        && after_dash.split_whitespace().count() <= CREDIT_LINE_WORDS
}

/// Does `q` run on from the credited quotation `prev` in the same paragraph? `q` opens
/// its sentence, and `prev` sits in that sentence or the one before it: `“...,” Ms Ito
/// said on Monday. “We will rebuild.”` Also the first quotation of a paragraph that opens
/// with a quotation mark straight after a paragraph that ends on `prev` and its clause
/// (the newspaper convention: the same speaker goes on).
fn continues(doc: &Document, text: &str, prev: &Quote, q: &Quote) -> bool {
    let (Some(sp), Some(sq)) = (
        doc.sentence_at(prev.span.end.saturating_sub(1)),
        doc.sentence_at(q.span.start),
    ) else {
        return false;
    };
    let opens_sentence = text
        .get(doc.sentences[sq].span.start..q.span.start)
        .is_some_and(|lead| !lead.chars().any(char::is_alphanumeric));
    if !opens_sentence || !stands_alone(doc, text, q) {
        return false;
    }
    let (pp, pq) = (doc.sentences[sp].paragraph, doc.sentences[sq].paragraph);
    if doc.paragraphs[pp].kind == BlockKind::Heading {
        return false;
    }
    if pp == pq {
        return sq <= sp + 1;
    }
    // Next paragraph: `prev` is in the last sentence of its paragraph and `q` opens its own.
    pq == pp + 1
        && doc.paragraphs[pp].sentences.end == sp + 1
        && doc.paragraphs[pq].sentences.start == sq
}

/// Nothing of the writer's follows the quotation in its sentence (`“We have ordered the
/// parts.”`): a run-on. A quotation with its own trailing words (`“...,” the banner.`)
/// has its own clause to stand on, and that clause names nobody.
fn stands_alone(doc: &Document, text: &str, q: &Quote) -> bool {
    let Some(s) = doc.sentence_at(q.span.end.saturating_sub(1)) else {
        return true;
    };
    let end = doc.sentences[s].span.end.max(q.span.end);
    !text
        .get(q.span.end..end)
        .unwrap_or("")
        .chars()
        .any(char::is_alphanumeric)
}

/// `"It will be close. "We have one session," she said.` (paragraphs run together on one
/// line): `q` was left open and the next quotation opens straight after it in the same
/// paragraph with nothing but space between, the opening mark repeated for the same
/// quotation going on.
fn opening_mark_repeats(doc: &Document, text: &str, q: &Quote, next: &Quote) -> bool {
    let open = q.inner.end == q.span.end;
    open && doc.paragraph_at(q.span.start) == doc.paragraph_at(next.span.start)
        && text
            .get(q.span.end..next.span.start)
            .is_some_and(|gap| gap.trim().is_empty())
}
