//! Classing a source noun phrase as named, resolved or vague, and the tests that keep a
//! generic head from being vague (a name alongside, a named maker, part of a name).

use super::*;
use crate::analysis::attribution::words::W;
use crate::analysis::figures::numbers::cardinal_value;
use crate::analysis::lexicon::calendar::is_calendar_word;

/// Prepositions that tie a complement to the noun before them: "an average of polls",
/// "a spokesman for committee Democrats", "research by four economists".
const NP_OR_AGENT_PREPS: &[&str] = &["of", "for", "to", "by", "from", "among", "with"];

/// "Ohio-based", "Kremlin-backed", "Texas-born", "Gulf-area": a capitalised word
/// joined by a hyphen to a lower-case part is an adjective of place or backer, not a
/// name. Only before another word of the phrase: as the phrase's last word the shape
/// can be a name ("Kim Hong-kyun").
fn hyphenated_modifier(w: &W) -> bool {
    w.capitalised()
        && w.text.rsplit_once(['-', '‑']).is_some_and(|(first, last)| {
            !first.is_empty() && last.chars().next().is_some_and(char::is_lowercase)
        })
}

impl SentenceFinder<'_, '_> {
    /// "One Ohio-based port expert", "a trade expert": plain nouns and place
    /// adjectives between an indefinite opener and a generic head keep it anonymous.
    /// Returns where the opener stands, or `m` when the words before it are not such
    /// a run (a preposition, a possessive, a quotation, a word that ends a clause).
    fn over_plain_noun_modifiers(&self, a: usize, m: usize, h: usize, forward: bool) -> usize {
        let ws = self.ws;
        // Only a subject that opens on its article: not the agent after "by" nor a
        // phrase inside a longer subject ("a PAC started by a former aide").
        // A name among the modifiers ties the role to someone: "a former Mitt
        // Romney aide" (measured: PolNeAR's annotators call these specific).
        let names_someone = |k: usize| ws[k].capitalised() && !hyphenated_modifier(&ws[k]);
        if forward || (m..h).any(names_someone) {
            return m;
        }
        // People only: "a new case study" may be the writer's own subject, and a
        // document keeps the maker tests in `made_by_a_named_body`.
        // And a singular head: "a" with a plural ("a move ministers said") opens
        // another phrase.
        if vague_lexicon::DOCUMENT_HEADS.contains(&ws[h].lower)
            || !vague_lexicon::is_singular_head(ws[h].lower)
            || (m..h).any(|k| matches!(ws[k].lower, "a" | "an" | "one" | "another"))
        {
            return m;
        }
        let mut k = m;
        // At most three such words: "a former Gulf-area port security expert".
        while k > a && m - k < 3 {
            let p = &ws[k - 1];
            let plain = p.is_word()
                && !p.quoted
                && (!p.capitalised() || hyphenated_modifier(p))
                && !p.lower.ends_with("'s")
                && !p.lower.ends_with("’s")
                && !DETERMINERS.contains(&p.lower)
                && !NP_OR_AGENT_PREPS.contains(&p.lower)
                && !CLAUSE_BOUNDARIES.contains(&p.lower)
                && !PRONOUNS.contains(&p.lower);
            if !plain {
                break;
            }
            k -= 1;
        }
        // The run must open on "a", "an", "one" or "another", over known modifiers
        // ("a senior"), not over a name ("a Romney").
        let mut o = k;
        while o > a && vague_lexicon::is_head_modifier(ws[o - 1].lower) {
            if matches!(ws[o - 1].lower, "a" | "an" | "one" | "another") {
                return if k < m && o - 1 == a { o - 1 } else { m };
            }
            o -= 1;
        }
        m
    }

    /// A generic head that the text ties to a named person: an apposition naming them
    /// ("a top strategist, Jane Okafor, said") or a name it is grouped with ("Okafor
    /// and other aides said").
    fn named_alongside(&self, m: usize, h: usize) -> bool {
        let ws = self.ws;
        // A comma or a dash opens the apposition: "three scholars - Mr. Lee, ...".
        let opens = ws
            .get(h + 1)
            .is_some_and(|c| matches!(c.text, "," | "-" | "—" | "–"));
        let named_apposition = opens
            && ws.get(h + 2).is_some_and(|w| w.capitalised() && !w.quoted)
            && ws
                .get(h + 3)
                .is_some_and(|w| w.capitalised() && !w.quoted || w.text == ".");
        // "12 councillors, led by Jo Smith, said": the group's leader is named.
        let led_by_name = opens
            && ws
                .get(h + 2)
                .is_some_and(|w| matches!(w.lower, "led" | "headed" | "among" | "notably"))
            && (h + 3..(h + 6).min(ws.len()))
                .take_while(|&k| ws[k].is_word() && !ws[k].quoted)
                .any(|k| ws[k].capitalised());
        // "Okafor and other senators", "Okafor and others", "Lee, Ruiz and other
        // prominent donors in both parties": a name leads the group.
        let named_conjunct = (m.saturating_sub(8)..=h).any(|k| {
            matches!(ws[k].lower, "other" | "others")
                && k >= 2
                && ws[k - 1].is("and")
                && ws[k - 2].capitalised()
                && !ws[k - 2].quoted
                && (k..h).all(|d| ws[d].is_word())
        });
        // "officials, including Jane Okafor, said" / "officials — including ...".
        // Not "economists — including a minority of the board —": no one is named.
        let named_example = opens
            && ws.get(h + 2).is_some_and(|w| w.is("including"))
            && ws
                .get(h + 3)
                .is_some_and(|w| !DETERMINERS.contains(&w.lower));
        // "the Anti-Doping Agency and 14 national organisations called": the group is
        // coordinated with a named body, which leads the source. Not "Republicans and
        // Democrats say", whose first conjunct is itself a vague group.
        // Over the group's own plain modifiers ("14 national anti-doping").
        let mut s = m;
        while s > 0
            && m - s < 4
            && !ws[s - 1].quoted
            && (ws[s - 1].kind == TokenKind::Number
                || ws[s - 1].is_word() && !ws[s - 1].capitalised() && !ws[s - 1].is("and"))
        {
            s -= 1;
        }
        // A capital opening the sentence is the sentence's: "Businesses and residents".
        // The group must be counted ("14 ..."): "Latino and black voters" coordinates
        // two adjectives, not a body and a group.
        let counted = ws[s].kind == TokenKind::Number || cardinal_value(ws[s].lower).is_some();
        let after_named_conjunct = counted && s >= 3 && ws[s - 1].is("and") && {
            let n = &ws[s - 2];
            n.capitalised()
                && !is_calendar_word(n.lower)
                && !n.quoted
                && !vague_lexicon::is_plural_head(n.lower)
                && !vague_lexicon::is_singular_head(n.lower)
                && !vague_lexicon::CAPITALISED_GROUPS.contains(&n.lower)
        };
        named_apposition || led_by_name || named_conjunct || named_example || after_named_conjunct
    }

    /// A determiner or possessive before the head that still names no one: "the
    /// source said" (an anonymous head), "her advisers said" (an entourage after a
    /// possessive) — but not "Okafor and her advisers said", where a name leads.
    fn unnamed_after_determiner(&self, m: usize, h: usize) -> bool {
        let ws = self.ws;
        let l = ws[h].lower;
        if vague_lexicon::ANONYMOUS_HEADS.contains(&l) {
            return true;
        }
        if !vague_lexicon::ENTOURAGE_HEADS.contains(&l) || m == 0 {
            return false;
        }
        let owner = ws[m - 1].lower;
        let possessive = matches!(owner, "his" | "her" | "their" | "its")
            || owner.ends_with("'s")
            || owner.ends_with("’s");
        // Walk back over the owner's own name ("Mrs. Clinton's") to what joins it.
        let mut k = m - 1;
        while k > 0 && ws[k - 1].capitalised() && !ws[k - 1].quoted {
            k -= 1;
        }
        // A comma joins only after a name: "Okafor, her advisers"; not "which, his
        // advisers believe,".
        let conjunction = k > 0
            && matches!(
                ws[k - 1].text.to_lowercase().as_str(),
                "and" | "&" | "with" | "or"
            );
        let comma_after_name =
            k > 1 && ws[k - 1].text == "," && ws[k - 2].capitalised() && !ws[k - 2].quoted;
        let joined = conjunction || comma_after_name;
        possessive && !joined
    }

    /// "an average of polls shows", "a letter to committee members calls", "a
    /// spokesman for committee Democrats said": the vague words are the complement of
    /// another noun, which heads the subject. ("some of his aides" is the post-modified
    /// reading, where the noun before the preposition is itself vague.)
    fn complement_of_another_noun(&self, a: usize, m: usize, forward: bool) -> bool {
        let ws = self.ws;
        // Over the plain words of the subject before the head: "to [committee] members".
        let mut k = m;
        while k > a && {
            let p = &ws[k - 1];
            p.is_word() && !p.capitalised() && !p.quoted && !NP_OR_AGENT_PREPS.contains(&p.lower)
        } {
            k -= 1;
        }
        // A quantifier or article opening the words says the phrase starts there: "the
        // kind of jurist many Republicans fear".
        let opens_itself = matches!(
            ws[m].lower,
            "a" | "an" | "some" | "many" | "most" | "several" | "few" | "other" | "one" | "another"
        );
        if forward || k < 2 || opens_itself {
            return false;
        }
        let prep = &ws[k - 1];
        let noun = &ws[k - 2];
        NP_OR_AGENT_PREPS.contains(&prep.lower)
            && noun.is_word()
            && !noun.quoted
            && !vague_lexicon::QUANTIFIER_SUBJECTS.contains(&noun.lower)
            && !vague_lexicon::is_plural_head(noun.lower)
            && !vague_lexicon::is_singular_head(noun.lower)
            && !matches!(
                noun.lower,
                "according" | "one" | "all" | "none" | "each" | "out"
            )
            && !vague_lexicon::QUANTITY_NOUNS.contains(&noun.lower)
            && !["thirds", "quarters", "fifths", "tenths"]
                .iter()
                .any(|f| noun.lower.ends_with(f))
    }

    /// "Business Insider", "the Center for Nonproliferation Studies": a vague head
    /// written with a capital inside a sentence is part of a name. Party groups and
    /// "MPs" are always capitalised, and a title-case headline capitalises everything.
    fn part_of_a_name(&self, h: usize) -> bool {
        let ws = self.ws;
        let w = &ws[h];
        // A name's other words stand before the head: "Business Insider".
        if h == 0 || !w.capitalised() || w.quoted || !ws[h - 1].capitalised() {
            return false;
        }
        if vague_lexicon::CAPITALISED_GROUPS.contains(&w.lower) {
            return false;
        }
        let words = ws.iter().filter(|t| t.is_word());
        let capitals = words.clone().filter(|t| t.capitalised()).count();
        capitals * 2 < words.count()
    }

    /// "a 2014 Labor Department study", "a Gallup poll", "a study by economists at
    /// Duke University": a study or poll whose maker the phrase names.
    fn made_by_a_named_body(&self, m: usize, h: usize, b: usize) -> bool {
        let ws = self.ws;
        if !vague_lexicon::DOCUMENT_HEADS.contains(&ws[h].lower) {
            return false;
        }
        // "a police report", "DNA evidence": a modifier says whose document it is.
        if vague_lexicon::BARE_DOCUMENT_HEADS.contains(&ws[h].lower)
            && (m..h).any(|k| !vague_lexicon::BARE_DOCUMENT_OPENERS.contains(&ws[k].lower))
        {
            return true;
        }
        // A capital opening the sentence is the sentence's: "Early polls show".
        let named_maker = (m..h).any(|k| {
            ws[k].capitalised()
                && k > 0
                && !ws[k - 1].is_punct(&['.', '!', '?', '"', '“', '('])
                && !DETERMINERS.contains(&ws[k].lower)
        });
        let by_name = ws.get(h + 1..).is_some_and(|rest| {
            rest.iter()
                .take(8)
                .take_while(|t| t.is_word() || t.kind == TokenKind::Number)
                .skip_while(|t| !t.is("by"))
                .any(|t| t.capitalised())
        });
        named_maker || by_name && b >= m
    }

    /// Classes the noun phrase `a..=b` as a source: a fixed vague phrase, a vague
    /// "according to" object, a pronoun, a generic head that nothing names, or else
    /// named (a capital) or resolved.
    pub(in crate::analysis::attribution) fn classify(
        &self,
        a: usize,
        b: usize,
        forward: bool,
    ) -> Source {
        if let Some((s, e)) = self.listed_phrase(a, b, forward) {
            return self.vague_source(s, e);
        }
        let lower = self.text(a, b).to_lowercase().replace('’', "'");
        if forward && vague_lexicon::ACCORDING_TO_VAGUE.contains(&lower.as_str()) {
            return self.vague_source(a, b);
        }
        let ws = self.ws;
        if a == b && PRONOUNS.contains(&ws[b].lower) {
            return Source {
                span: span_of(ws, a, b),
                text: self.text(a, b),
                class: SourceClass::Resolved { to: String::new() },
                entity: None,
            };
        }
        if let Some((s, h)) = self
            .generic_head(a, b, forward)
            .and_then(|h| self.unnamed_generic_phrase(a, b, h, forward))
        {
            return self.vague_source(s, h);
        }
        self.named_or_resolved(a, b)
    }

    fn vague_source(&self, s: usize, e: usize) -> Source {
        Source {
            span: span_of(self.ws, s, e),
            text: self.text(s, e),
            class: SourceClass::Vague,
            entity: None,
        }
    }

    /// Fixed vague phrases and the desk's own list: the earliest phrase of the list
    /// that matches anywhere in the phrase, at its first place. Returns the span of
    /// the whole source, widened to the phrase.
    fn listed_phrase(&self, a: usize, b: usize, forward: bool) -> Option<(usize, usize)> {
        let ws = self.ws;
        let mut first: Option<(usize, usize, usize)> = None;
        for k in a..=b.min(ws.len().saturating_sub(1)) {
            for (pi, phrase, _) in self.vague_phrases.starting_at(&ws[k]) {
                if first.is_some_and(|(best, _, _)| best <= pi) {
                    break;
                }
                if let Some(e) = match_phrase(ws, k, phrase) {
                    // After "according to" a phrase that opens the object is the
                    // whole source, however far the noun-phrase reading got.
                    let opens_object = forward && k == a;
                    if e <= b
                        || opens_object
                        || phrase.ends_with(" to")
                        || phrase.ends_with(" with")
                        || phrase.ends_with(" of")
                        || phrase.ends_with(" on")
                    {
                        first = Some((pi, k, e));
                        break;
                    }
                }
            }
        }
        first.map(|(_, k, e)| (a.min(k), b.max(e)))
    }

    /// The vague head: the last word for a subject; for a forward phrase, the first
    /// vague head not followed by a named "of/at/from" complement. Not a party's name
    /// ("Liberal Democrats said").
    fn generic_head(&self, a: usize, b: usize, forward: bool) -> Option<usize> {
        let ws = self.ws;
        let heads: Vec<usize> = (a..=b)
            .filter(|&k| {
                let l = ws[k].lower;
                vague_lexicon::is_plural_head(l)
                    || vague_lexicon::is_singular_head(l)
                    || (vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l) && (k == b || forward))
            })
            .collect();
        // "several observers": the quantifier leads to the head after it.
        let heads: Vec<usize> = heads
            .iter()
            .copied()
            .filter(|&k| {
                !(forward
                    && vague_lexicon::QUANTIFIER_SUBJECTS.contains(&ws[k].lower)
                    && heads.contains(&(k + 1)))
            })
            .collect();
        let head = if forward {
            heads
                .first()
                .copied()
                .filter(|&h| (h + 1..=b).all(|k| !ws[k].capitalised()))
        } else {
            heads.last().copied().filter(|&h| h == b)
        };
        head.filter(|&h| !(h > a && vague_lexicon::is_party_name(ws[h - 1].text, ws[h].text)))
    }

    /// Where the modifiers before the head that keep it anonymous begin: capitals,
    /// known modifiers, other heads, numbers; not past a possessive or a determiner
    /// other than "a"/"an".
    fn anonymous_modifiers_start(&self, a: usize, h: usize) -> usize {
        let ws = self.ws;
        let mut m = h;
        while m > a {
            let p = &ws[m - 1];
            let pl = p.lower;
            if pl.ends_with("'s")
                || pl.ends_with("’s")
                || DETERMINERS.contains(&pl) && !matches!(pl, "a" | "an")
            {
                break;
            }
            if p.capitalised()
                || vague_lexicon::is_head_modifier(pl)
                || vague_lexicon::is_plural_head(pl)
                || vague_lexicon::is_singular_head(pl)
                || p.kind == TokenKind::Number
            {
                m -= 1;
                continue;
            }
            break;
        }
        m
    }

    /// The generic head `h` with its modifiers, when nothing names it: no definite
    /// opener, not the complement of another noun, not part of a name, no named maker,
    /// a singular only with an indefinite opener, no name alongside. Returns the
    /// span's first word (past a leading connective) and the head.
    fn unnamed_generic_phrase(
        &self,
        a: usize,
        b: usize,
        h: usize,
        forward: bool,
    ) -> Option<(usize, usize)> {
        let ws = self.ws;
        let l = ws[h].lower;
        let m = self.anonymous_modifiers_start(a, h);
        let m = self.over_plain_noun_modifiers(a, m, h, forward);
        let before = (m > 0).then(|| &ws[m - 1]);
        let definite = before.is_some_and(|p| {
            let pl = p.lower;
            (DETERMINERS.contains(&pl) && !matches!(pl, "a" | "an" | "any" | "no" | "such"))
                || pl.ends_with("'s")
                || pl.ends_with("’s")
        });
        let unnamed = self.unnamed_after_determiner(m, h);
        let definite = definite && !unnamed;
        let singular = vague_lexicon::is_singular_head(l);
        let indefinite =
            unnamed || (m..h).any(|k| matches!(ws[k].lower, "a" | "an" | "one" | "another"));
        let quantifier = vague_lexicon::QUANTIFIER_SUBJECTS.contains(&l);
        if !definite
            && !self.complement_of_another_noun(a, m, forward)
            && !self.part_of_a_name(h)
            && !self.made_by_a_named_body(m, h, b)
            && (!singular || indefinite)
            && (!quantifier || m == h || forward)
            && !self.named_alongside(m, h)
        {
            // Drop a leading connective from the span.
            let mut s = m;
            while s < h && matches!(ws[s].lower, "but" | "and" | "yet") {
                s += 1;
            }
            return Some((s, h));
        }
        None
    }

    /// A phrase with no vague reading: named when a word of it is capitalised (not a
    /// place modifier, not a sentence-opening determiner or boundary), else resolved.
    fn named_or_resolved(&self, a: usize, b: usize) -> Source {
        let ws = self.ws;
        let proper = (a..=b).any(|k| {
            ws[k].capitalised()
                && !(k < b && hyphenated_modifier(&ws[k]))
                && !(k == 0
                    && (DETERMINERS.contains(&ws[k].lower)
                        || CLAUSE_BOUNDARIES.contains(&ws[k].lower)))
        });
        let class = if proper {
            SourceClass::Named
        } else {
            SourceClass::Resolved { to: String::new() }
        };
        Source {
            span: span_of(ws, a, b),
            text: self.text(a, b),
            class,
            entity: None,
        }
    }
}
