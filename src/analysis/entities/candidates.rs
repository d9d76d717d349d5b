//! Name runs in each sentence and what they are: a person, an organisation, or nothing
//! (a place, a nationality, a month, a capitalised common word).

use std::collections::HashSet;

use crate::analysis::context::Context;
use crate::analysis::lexicon::english::{is_common_word, is_given_name};
use crate::analysis::lexicon::names::*;
use crate::analysis::lexicon::reporting::reporting_verb;
use crate::analysis::segment::{Document, TokenKind};
use crate::analysis::span::Span;

use super::{EntityKind, Role};

mod org_cues;

/// Built-in lexicons plus the desk's extensions.
pub struct Lex {
    titles: HashSet<String>,
    org_cues: HashSet<String>,
    not_names: HashSet<String>,
}

impl Lex {
    pub fn new(ctx: &Context) -> Self {
        let lower = |v: &[String]| v.iter().map(|s| s.trim().to_lowercase()).collect();
        Lex {
            titles: lower(&ctx.lexicon.titles),
            org_cues: lower(&ctx.lexicon.organization_cues),
            not_names: lower(&ctx.lexicon.not_names),
        }
    }

    fn title_head(&self, w: &str) -> bool {
        let w = w
            .strip_prefix("ex-")
            .or_else(|| w.strip_prefix("Ex-"))
            .unwrap_or(w);
        is_title_head(w) || self.titles.contains(&w.to_lowercase())
    }

    fn org_head(&self, w: &str) -> bool {
        is_org_head(w) || is_org_suffix(w) || self.org_cues.contains(&w.to_lowercase())
    }

    pub fn not_name(&self, w: &str) -> bool {
        self.not_names.contains(&w.to_lowercase())
    }
}

/// A name found in one sentence, before linking.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The name only (no honorific, title or possessive).
    pub span: Span,
    pub name: String,
    /// The words of the name.
    pub words: Vec<String>,
    pub kind: EntityKind,
    /// Classified by a clear cue (title, honorific, role, organisation head, gazetteer)
    /// rather than by shape alone.
    pub strong: bool,
    pub honorific: bool,
    pub roles: Vec<Role>,
    /// An acronym defined right after the name: "Welsh Local Government Association (WLGA)".
    pub acronym: Option<(String, Span)>,
}

/// Words of a sentence with what the recognizer needs to know about each.
struct Sent<'d> {
    doc: &'d Document,
    /// Global token indices of this sentence.
    toks: Vec<usize>,
}

impl<'d> Sent<'d> {
    /// Token `i`'s text; past the sentence's end, no text. The recognizer looks ahead
    /// ("the Joint Chiefs of …") and a sentence may stop at any word, so a look past the
    /// end reads as "no word there" instead of indexing out of the sentence.
    fn text(&self, i: usize) -> &'d str {
        self.toks
            .get(i)
            .map_or("", |&t| self.doc.slice(self.doc.tokens[t].span))
    }
    fn span(&self, i: usize) -> Span {
        self.doc.tokens[self.toks[i]].span
    }
    /// Whether token `i` is a word (never past the sentence's end).
    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|&t| self.doc.tokens[t].kind == TokenKind::Word)
    }
    fn len(&self) -> usize {
        self.toks.len()
    }
    /// No white space between token `i` and the next.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.len() && self.span(i).end == self.span(i + 1).start
    }
}

/// Splits a possessive off a word: ("Korea", true) for "Korea’s".
pub fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["’s", "'s", "’S", "'S"] {
        if let Some(b) = w.strip_suffix(suf) {
            if !b.is_empty() {
                return (b, true);
            }
        }
    }
    (w, false)
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// All capitals (and digits), at least two letters: "NATO", "MI6", "WLGA".
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().count() <= 7
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// Capitalised abbreviations that are not organisations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "TV", "CEO", "CEOs", "CFO", "COO", "CTO", "MP", "MPs", "MEP", "MEPs", "GDP", "VAT", "PM", "AM",
    "OK", "ID", "IT", "AI", "DNA", "HIV", "AIDS", "PC", "PCs", "CD", "DVD", "DVDs", "PR", "HR",
    "IPO", "ET", "GMT", "BST", "UTC", "EST", "PST", "ISP", "ISPs", "SMS", "FTSE", "RIP", "UFO",
    "USB", "GPS", "CCTV", "ATM", "LED", "LCD", "VIP", "HQ", "QC", "KC", "PhD", "MBA", "BA", "BSc",
    "MSc", "NB", "PS", "AD", "BC", "CE", "BCE", "CV", "FAQ", "URL", "PDF", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "WW", "WWII", "COVID", "SARS", "TB", "ICU", "A&E", "R&D",
    "Q&A", "B&B", "GP", "GPs", "US", "UK", "USA", "UAE", "OBE", "MBE", "CBE", "DJ", "MC", "I", "A",
    "NEW", "THE", "AND", "OF", "FOR", "TO", "IN", "ON", "AT", "IS", "IT", "BY", "AS", "OR", "SAY",
    "SAYS", "SAID", "NOT", "NO", "YES", "UP", "CO", "DLR", "DLRS", "MLN", "BLN", "PCT", "PM",
    "NFL", "NBA", // School qualifications and tests.
    "GCSE", "GCSEs", "SAT", "SATs", "NVQ", "BTEC", "IB", "MOT",
    // Wire-service slugs and labels: "(UPDATE 2)", "REFILE-", "RPT-", "WRAPUP 1-".
    "UPDATE", "REFILE", "RPT", "WRAPUP", "FACTBOX", "INSIGHT", "URGENT", "FLASH", "BRIEF",
];

fn is_not_org_acronym(w: &str) -> bool {
    NOT_ORG_ACRONYMS.contains(&w)
}

/// Does this word, written with a capital, look like part of a name?
fn is_cap_word(w: &str) -> bool {
    if first_upper(w) {
        // "Fox-produced", "Kremlin-backed", "Angeles-based": a name glued to a common word.
        if let Some((_, last)) = w.rsplit_once('-') {
            // "Sung-min", "Seo-yeon": a short romanised syllable after a short capitalised
            // one is a hyphenated given name, not a compound ("Saudi-led" has "-led").
            let syllable_name = w.chars().count() <= 9
                && last.chars().count() <= 4
                && !last.ends_with("ed")
                && !matches!(
                    last,
                    "run" | "born" | "made" | "wide" | "free" | "era" | "like"
                );
            if last.chars().count() >= 3
                && last.chars().all(|c| c.is_lowercase())
                && is_common_word(last)
                && !syllable_name
            {
                return false;
            }
        }
        return true;
    }
    // "al-Qaeda", "el-Sisi", "ex-President".
    for pre in ["al-", "el-", "bin-", "ex-"] {
        if let Some(rest) = w.strip_prefix(pre) {
            return first_upper(rest);
        }
    }
    false
}

/// Is the sentence a shouted headline ("NEWS CORP'S FOX DEBUTS U.S. NETWORK")?
fn all_caps_sentence(s: &Sent) -> bool {
    let mut caps = 0;
    let mut words = 0;
    for i in 0..s.len() {
        if !s.is_word(i) {
            continue;
        }
        let w = s.text(i);
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        words += 1;
        if w.chars().all(|c| !c.is_lowercase()) {
            caps += 1;
        }
    }
    words >= 3 && caps * 10 >= words * 7
}

/// Where the sentence's words start (after opening quotes and brackets).
fn first_word(s: &Sent) -> usize {
    (0..s.len()).find(|&i| s.is_word(i)).unwrap_or(0)
}

/// A run of capitalised tokens, `[a, b)` in sentence token indices.
#[derive(Debug, Clone, Copy)]
struct Run {
    a: usize,
    b: usize,
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn runs(s: &Sent, lex: &Lex) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !(s.is_word(i) && is_cap_word(s.text(i))) {
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i + 1;
        let mut after_of = false;
        loop {
            // A possessive ends the run: "Korea’s Vice Foreign Minister"; a plural one
            // inside an organisation's name does not ("Actors' Equity Association").
            let last = s.text(b - 1);
            if let Some(end) = org_name_over_plural_possessive(s, lex, b - 1) {
                b = end;
                continue;
            }
            if strip_possessive(last).1 || possessive_mark_after(s, b - 1) {
                break;
            }
            if b >= s.len() {
                break;
            }
            let t = s.text(b);
            if s.is_word(b) && is_cap_word(t) {
                b += 1;
                continue;
            }
            // "Silvia S. Martins", "R. Sridharan", "Patrick W. Carlineo Jr.": the stop
            // of an initial inside a name.
            if t == "."
                && s.glued(b - 1)
                && is_initial(last)
                && b + 1 < s.len()
                && s.is_word(b + 1)
                && is_cap_word(s.text(b + 1))
                && !starts_sentence_word(s.text(b + 1))
            {
                b += 1;
                continue;
            }
            // "Sen. Elizabeth Warren", "Mr. McCarthy": the stop of an abbreviated title.
            if t == "."
                && s.glued(b - 1)
                && (is_honorific(last) || lex.title_head(last))
                && b + 1 < s.len()
                && s.is_word(b + 1)
                && is_cap_word(s.text(b + 1))
            {
                b += 1;
                continue;
            }
            let next_cap = |k: usize| k < s.len() && s.is_word(k) && is_cap_word(s.text(k));
            // "bin Salman", "von der Leyen", "Van den Brul".
            if s.is_word(b) && is_name_particle(t) {
                let mut k = b;
                while k < s.len() && s.is_word(k) && is_name_particle(s.text(k)) && k - b < 3 {
                    k += 1;
                }
                if next_cap(k) {
                    b = k + 1;
                    continue;
                }
            }
            // "BBC Radio 4", "Channel 4": a station's number is part of its name.
            if is_numbered_station_head(last) && station_number(s, b) {
                b += 1;
                continue;
            }
            if t == "&" && next_cap(b + 1) {
                b += 2;
                continue;
            }
            if t == "/" && s.glued(b - 1) && s.glued(b) && next_cap(b + 1) {
                b += 2;
                continue;
            }
            // "Department of Defense", "Office for National Statistics",
            // "Welsh Institute for Health and Social Care".
            if (t == "of" || t == "for" || t == "on")
                && (lex.org_head(last) || is_org_head(last))
                && !is_org_suffix(last)
            {
                let mut k = b + 1;
                if k < s.len() && s.text(k) == "the" {
                    k += 1;
                }
                // "District Council on Tuesday", "Stock Exchange on Wednesday": a time
                // phrase after the name, not part of it.
                if next_cap(k) && !is_calendar(s.text(k)) {
                    b = k + 1;
                    after_of = true;
                    continue;
                }
            }
            // "Secretary of State Antony Blinken", "Minister for Trade Greg Hands".
            if (t == "of" || t == "for") && lex.title_head(last) && next_cap(b + 1) {
                b += 2;
                continue;
            }
            // "the Food and Drug Administration", "the Economic and Social Research
            // Council": one word, "and", then a name that ends on an organisation head.
            let after_the = if s.text(a) == "The" {
                b - a == 2
            } else {
                b - a == 1 && a > 0 && s.text(a - 1) == "the"
            };
            if t == "and" && after_the {
                let mut k = b + 1;
                while next_cap(k) {
                    k += 1;
                }
                if k > b + 1 && lex.org_head(s.text(k - 1)) {
                    b = k;
                    continue;
                }
            }
            // "Court of Arbitration for Sport", "Joint Council for the Welfare of
            // Immigrants": an organisation's extension goes on over a second "of"/"for".
            // "the Joint Chiefs of Staff": a name of two words or more after "the" with
            // no title in it takes "of" and a capitalised common word ("Staff", "Fame");
            // a proper name after "of" is more often a place ("the Hale Brothers of Denver").
            let the_before = a > 0 && s.text(a - 1) == "the" && b - a >= 2;
            if (t == "of" || (t == "for" && after_of))
                && (after_of || (the_before && !(a..b).any(|k| lex.title_head(s.text(k)))))
            {
                let mut k = b + 1;
                if after_of && k < s.len() && s.text(k) == "the" {
                    k += 1;
                }
                let common_after = is_common_word(s.text(k)) && !is_place(s.text(k));
                if next_cap(k)
                    && !is_calendar(s.text(k))
                    && (after_of || common_after)
                    && (t == "of" || !is_place(s.text(k)))
                {
                    b = k + 1;
                    after_of = true;
                    continue;
                }
            }
            if after_of && t == "and" && next_cap(b + 1) {
                b += 2;
                continue;
            }
            break;
        }
        out.push(Run { a, b });
        i = b;
    }
    out
}

/// ", Camden, NJ" at token `b`: a comma, a town's capitalised words, a comma and a US
/// state's postal code.
fn town_and_state_after(s: &Sent, b: usize) -> bool {
    if b >= s.len() || s.text(b) != "," {
        return false;
    }
    let mut k = b + 1;
    while k < s.len() && (s.is_word(k) && is_cap_word(s.text(k)) || s.text(k) == ".") && k - b < 5 {
        k += 1;
    }
    k > b + 1 && k + 1 < s.len() && s.text(k) == "," && is_us_state_code(s.text(k + 1))
}

/// A number of one or two digits at token `i`: a station's number after "Radio".
fn station_number(s: &Sent, i: usize) -> bool {
    s.doc.tokens[s.toks[i]].kind == TokenKind::Number
        && s.text(i).len() <= 2
        && s.text(i).chars().all(|c| c.is_ascii_digit())
}

/// A single capital letter: a middle or first initial ("W", "S").
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(|c| c.is_uppercase()) && c.next().is_none()
}

/// A word that opens a sentence rather than continuing a name after an initial
/// ("Malcolm X. Besides ..."): a function word or a common word that is not a name.
fn starts_sentence_word(w: &str) -> bool {
    is_function_word(w) || is_sentence_opener(&w.to_lowercase()) || w.ends_with("ly")
}

/// "Olympic champion", "Democratic challenger": an adjective in -ic before a role noun
/// qualifies the role; it names no organisation.
fn adjective_ic(w: &str) -> bool {
    w.chars().count() >= 5 && w.ends_with("ic") && !is_acronym(w)
}

/// A word written before a name that is not part of it: a nationality noun ("Briton"), a
/// role noun ("Defenseman", "Referee") or an adjective ("Unpredictable").
fn leading_non_name(w: &str) -> bool {
    let lower = w.to_lowercase();
    if is_given_name(w) {
        return false;
    }
    is_demonym(w)
        || matches!(w, "Briton" | "Britons" | "Scot" | "Welshman" | "Welshwoman")
        || is_role_noun(&lower)
        || (is_common_word(&lower)
            && ["able", "ible", "ful", "ous", "ive", "less"]
                .iter()
                .any(|suf| lower.ends_with(suf)))
}

/// "Supporters' Association", "Actors' Equity Association": a plural possessive at token
/// `i` followed by capitalised words that end on an organisation head is inside one
/// name. Returns the end of that name. "the Tigers' coach" and "the Greens' Treasury
/// spokesman" are no such name.
fn org_name_over_plural_possessive(s: &Sent, lex: &Lex, i: usize) -> Option<usize> {
    if !possessive_mark_after(s, i) {
        return None;
    }
    let mut k = i + 2;
    while k < s.len() && s.is_word(k) && is_cap_word(s.text(k)) && k - i < 6 {
        k += 1;
    }
    // "the Lib Dems' Treasury spokesman": a portfolio before a role noun is a role.
    let role_follows = k < s.len() && is_role_noun(&s.text(k).to_lowercase());
    (k > i + 2 && lex.org_head(s.text(k - 1)) && !role_follows).then_some(k)
}

/// "Democrats’ " — a bare apostrophe glued after a word ending in s.
fn possessive_mark_after(s: &Sent, i: usize) -> bool {
    i + 1 < s.len()
        && s.glued(i)
        && matches!(s.text(i + 1), "'" | "’")
        && s.text(i).ends_with('s')
        && (i + 2 >= s.len() || !s.glued(i + 1))
}

/// The text of tokens `[a, b)` with white space collapsed and a final possessive removed.
fn name_of(s: &Sent, a: usize, b: usize) -> (String, Span) {
    let start = s.span(a).start;
    let last = s.text(b - 1);
    let (stem, _) = strip_possessive(last);
    let end = s.span(b - 1).start + stem.len();
    let span = Span::new(start, end);
    (collapse_ws(s.doc.slice(span)), span)
}

fn words_of(s: &Sent, a: usize, b: usize) -> Vec<String> {
    (a..b)
        .filter(|&i| s.is_word(i))
        .map(|i| strip_possessive(s.text(i)).0.to_string())
        .collect()
}

/// Finds the candidates of every sentence.
pub fn find(doc: &Document, lex: &Lex) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let s = Sent {
            doc,
            toks: sentence.tokens.clone().collect(),
        };
        let _ = si;
        if s.len() == 0 || all_caps_sentence(&s) {
            continue;
        }
        let start = first_word(&s);
        for mut run in runs(&s, lex) {
            // "Tory MPs", "Labour MEPs": a plural abbreviation after a name is a common
            // noun the name qualifies.
            if run.b - run.a >= 2 && plural_acronym(s.text(run.b - 1)) {
                run.b -= 1;
            }
            if ticker(&s, run)
                || dateline(&s, run, start)
                || quoted_alone(&s, run)
                || shouted(&s, run)
                || plural_acronym(s.text(run.a))
            {
                continue;
            }
            classify(&s, lex, run, run.a == start, &mut out);
        }
    }
    out
}

/// "ISPs", "MPs", "CEOs": a plural of an abbreviation is a common noun.
pub fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_acronym(stem))
}

/// A stock ticker in angle brackets: "<CCB>".
fn ticker(s: &Sent, run: Run) -> bool {
    run.a > 0 && s.text(run.a - 1) == "<" && run.b < s.len() && s.text(run.b) == ">"
}

/// A wire dateline: a place in capitals opening the story, before a comma, a dash or the
/// agency in brackets ("LONDON (AP) —", "HANOI, Vietnam (AP) —"). A place, not a name.
fn dateline(s: &Sent, run: Run, start: usize) -> bool {
    if run.a != start || run.b - run.a != 1 || run.b >= s.len() {
        return false;
    }
    let w = s.text(run.a);
    if w.chars().filter(|c| c.is_alphabetic()).count() < 3 || w.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let next = s.text(run.b);
    let agency = next == "("
        && run.b + 1 < s.len()
        && matches!(s.text(run.b + 1), "AP" | "Reuters" | "AFP" | "UPI" | "CNN");
    let mut chars = w.chars();
    let title_case: String = chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    agency || (matches!(next, "," | "—" | "–") && is_place(&title_case))
}

/// A run that is the whole of a quotation: a nickname or a title ("“Sir Wastealot”").
fn quoted_alone(s: &Sent, run: Run) -> bool {
    let open = |t: &str| matches!(t, "\"" | "“" | "‘" | "'");
    let close = |t: &str| matches!(t, "\"" | "”" | "’" | "'");
    run.a > 0
        && open(s.text(run.a - 1))
        && s.span(run.a - 1).end == s.span(run.a).start
        && run.b < s.len()
        && close(s.text(run.b))
}

/// Several words in capitals: a dateline or a shouted headline ("NEW YORK").
fn shouted(s: &Sent, run: Run) -> bool {
    let words: Vec<&str> = (run.a..run.b)
        .filter(|&i| s.is_word(i))
        .map(|i| s.text(i))
        .collect();
    words.len() >= 2
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(|c| c.is_lowercase())
        })
        && !is_known_org(&words.join(" "))
}

fn known_org(name: &str) -> bool {
    is_known_org(name)
}

/// Classifies one run and pushes what it names.
fn classify(s: &Sent, lex: &Lex, run: Run, sentence_start: bool, out: &mut Vec<Candidate>) {
    let mut a = run.a;
    let b = run.b;
    let mut honorific = false;
    let mut strong = false;
    let mut title: Option<(usize, usize)> = None; // token range of a title inside the run

    // "A&E", "R&D": an abbreviation written with a glued ampersand is one word; when it
    // is a common noun the whole run is nothing ("&E" is never a name).
    if (a..b).all(|i| i + 1 == b || s.glued(i)) && b - a >= 3 {
        let whole: String = (a..b).map(|i| s.text(i)).collect();
        if whole.contains('&') && is_not_org_acronym(&whole) {
            return;
        }
    }
    // Leading function words and honorifics.
    while a < b {
        let w = s.text(a);
        // "AT&T": a word glued to an ampersand is part of the name.
        let amp_glued = s.glued(a) && a + 1 < b && s.text(a + 1) == "&";
        if is_function_word(w) && !amp_glued && !known_org_prefix(s, a, b) {
            a += 1;
            continue;
        }
        if is_honorific(w) {
            honorific = true;
            strong = true;
            a += 1;
            // "Mr. Kim": the stop is inside the token or a separate token.
            if a < b && s.text(a) == "." {
                a += 1;
            }
            continue;
        }
        break;
    }
    // A run left starting on a symbol ("&E" once "A" is dropped) is a fragment.
    if a >= b || !s.is_word(a) {
        return;
    }
    // "Pine Hill Arena, Camden, NJ": a name followed by a town and a state's postal code
    // is a venue in an address, not a company; a given name first ("Jane Roe, Camden,
    // NJ", a reader's letter) is still a person.
    if !honorific && !is_given_name(s.text(a)) && town_and_state_after(s, b) {
        return;
    }
    // "TX Oct", "Denver, CO": a state's postal code after a comma is an address.
    if is_us_state_code(s.text(a)) && a > 0 && s.text(a - 1) == "," {
        if b - a > 1 {
            classify(s, lex, Run { a: a + 1, b }, false, out);
        }
        return;
    }
    // "F Hamidou Diallo" (a player's position), "Briton Tim Abeyie", "Referee Graham
    // Poll": a letter or a descriptive word before a given name and a surname is not
    // part of the name; a role noun there is the person's role.
    let mut lead_role = None;
    if b - a >= 3 && is_given_name(s.text(a + 1)) && !lex.title_head(s.text(a)) {
        let w = s.text(a);
        let bare_letter = is_initial(w) && s.text(a + 1) != ".";
        if bare_letter || leading_non_name(w) {
            if is_role_noun(&w.to_lowercase()) {
                let span = s.span(a);
                lead_role = Some(Role {
                    text: w.to_string(),
                    span,
                    title: None,
                });
            }
            a += 1;
        }
    }

    // Organisation names and gazetteer entries win before anything else.
    if let Some(org_end) = org_in_run(s, lex, a, b) {
        let (oa, ob) = org_end;
        if oa > a {
            // Words before an organisation name in the same run: "BBC One's" is whole,
            // "Labour Assembly Government" is whole; a demonym before it ("Welsh") stays.
        }
        push_org(s, lex, oa, ob, true, out);
        if ob < b {
            classify(s, lex, Run { a: ob, b }, false, out);
        }
        return;
    }
    // A team before its people, a company before what it owns, "the X said".
    if !honorific && org_cues::org_from_context(s, lex, a, b) {
        org_cues::push_context_org(s, org_cues::org_start(s, a, b), b, out);
        return;
    }

    // A formal title inside the run: the last title head with a name after it.
    let mut k = b;
    while k > a {
        k -= 1;
        let w = s.text(k);
        if !lex.title_head(w) {
            continue;
        }
        // "Secretary of State", "Minister for Foreign Affairs": the title goes on over
        // "of"/"for" and the common words after it.
        let mut end = k + 1;
        if end < b && matches!(s.text(end), "of" | "for") {
            let mut e = end + 1;
            if e < b && s.text(e) == "the" {
                e += 1;
            }
            while e < b && {
                let x = s.text(e);
                is_title_modifier(x)
                    || is_place(x)
                    || x == "and"
                    || (is_common_word(x) && !is_given_name(x))
            } {
                e += 1;
            }
            end = e;
        }
        // "AM for Aberavon": after a title with "of"/"for", a lone word is a place.
        if end > k + 1 && b - end < 2 {
            break;
        }
        // "Sen. Elizabeth Warren": the stop belongs to the title.
        if end < b && s.text(end) == "." {
            end += 1;
        }
        // "Martin Luther King Jnr": a title head followed only by a generational suffix
        // is the surname, not a title.
        let only_suffix = (end..b).all(|i| is_name_suffix(s.text(i)) || s.text(i) == ".");
        if end < b && !only_suffix && !is_common_name_word_after_title(s, end, b) {
            title = Some((a, end));
            break;
        }
    }
    // Sentence-initial capitalised common words are not names ("Following", "Later").
    if title.is_none() && sentence_start && !honorific {
        let w = s.text(a);
        let next_is_name = a + 1 < b
            && !is_common_word(strip_possessive(s.text(a + 1)).0)
            && (is_given_name(w) || is_east_asian_family_name(w));
        // "Tom Baker, a local shopkeeper, said": a given name with a role or a speech verb
        // after the name starts a name even when both words are also common words.
        let cue_after = b - a >= 2
            && is_given_name(w)
            && (role_after_name(s, lex, b, None).is_some()
                || (b < s.len()
                    && reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))));
        if is_common_word(strip_possessive(w).0)
            && !next_is_name
            && !is_given_name_pair(s, a, b)
            && !cue_after
        {
            if b - a == 1 {
                return;
            }
            classify(s, lex, Run { a: a + 1, b }, false, out);
            return;
        }
    }
    let mut name_a = a;
    let mut roles = Vec::new();
    if let Some((ta, tb)) = title {
        name_a = tb;
        strong = true;
        // What stands before the title head is part of the title; an organisation at its
        // start ("NATO Secretary-General") is also an entity.
        for j in (ta + 1..tb).rev() {
            let (oname, _) = name_of(s, ta, j);
            let last = s.text(j - 1);
            let org_like = known_org(&oname)
                || (is_acronym(&oname) && !is_place(&oname) && !is_not_org_acronym(&oname))
                || (j - ta >= 2 && is_org_head(last) && !is_place(&oname));
            if org_like {
                push_org(s, lex, ta, j, true, out);
                break;
            }
        }
        let role_a = extend_title_back(s, ta);
        let span = Span::new(s.span(role_a).start, s.span(tb - 1).end);
        let title_text = collapse_ws(s.doc.slice(Span::new(s.span(ta).start, s.span(tb - 1).end)));
        roles.push(Role {
            text: collapse_ws(s.doc.slice(span)),
            span,
            title: Some(title_text),
        });
    }
    let words = words_of(s, name_a, b);
    if words.is_empty() {
        return;
    }
    let (name, span) = name_of(s, name_a, b);
    if lex.not_name(&name) || words.iter().all(|w| lex.not_name(w)) {
        return;
    }
    if is_calendar(&name) || is_demonym(&name) || (is_place(&name) && !strong) {
        return;
    }

    // Context cues around the run.
    let before = lower_before(s, run.a);
    let desc_before = before
        .iter()
        .take(3)
        .any(|&i| is_org_descriptor(s.text(i)) || lex.org_cues.contains(&s.text(i).to_lowercase()));
    let role_before = before
        .first()
        .is_some_and(|&i| is_role_noun(s.text(i)) || team_position(s, i))
        || role_of_field_before(s, run.a).is_some();
    let role_after = role_noun_after(s, b);
    let prep_org = org_preposition_before(s, run.a);

    let n = words.len();
    let first = words[0].as_str();
    let uncommon = |w: &str| {
        is_name_particle(w)
            || (!is_common_word(w) && !is_place(w) && !is_demonym(w) && !is_calendar(w))
    };
    let all_uncommon = words.iter().all(|w| uncommon(w));
    // Places and nationalities inside a name make it something else ("North Korean").
    // A given name first ("Mike German", "Louise Christian") lets the surname be a word
    // that is also a nationality.
    let given_first = is_given_name(first)
        && !is_place(first)
        && !is_demonym(first)
        && !is_calendar(first)
        && n >= 2;
    let has_place = words.iter().enumerate().any(|(i, w)| {
        !(given_first && i == n - 1) && (is_place(w) || is_demonym(w) || is_calendar(w))
    });
    // "Ieuan Wyn Jones": first and last words are names, the middle may be anything.
    // "Samuel Okafor Jr": the surname before a generational suffix decides.
    let surname = match words.split_last() {
        Some((last, rest)) if is_name_suffix(last) && rest.len() >= 2 => &rest[rest.len() - 1],
        _ => &words[n - 1],
    };
    let ends_uncommon = n >= 2 && uncommon(first) && uncommon(surname) && !has_place;
    // "Moon Seong-mok", "Hosu Lee": Korean and Chinese names in either order.
    let east_asian = (2..=3).contains(&n)
        && !has_place
        && ((is_east_asian_family_name(first) && words[1..].iter().all(|w| !is_common_word(w)))
            || (is_east_asian_family_name(&words[n - 1]) && uncommon(first)));
    // Decide the kind.
    let kind;
    if honorific || title.is_some() {
        kind = EntityKind::Person;
    } else if desc_before && !role_before {
        kind = EntityKind::Organization;
        strong = true;
    } else if prep_org
        || (role_after && !is_place(&name) && !is_demonym(first) && !adjective_ic(&words[n - 1]))
    {
        if is_place(&name) || words.iter().all(|w| is_demonym(w) || is_place(w)) {
            return;
        }
        kind = EntityKind::Organization;
        strong = prep_org || n == 1 || role_after;
    } else if role_before && (n >= 2 || all_uncommon) {
        kind = EntityKind::Person;
        strong = true;
    } else if n == 1 {
        let w = first;
        let org_shaped = (is_acronym(w) && !is_not_org_acronym(w) && !is_place(w))
            || (is_camel_case(w) && !is_place(w))
            || (is_news_org_after_the(w) && s_prev_is_the(s, run.a));
        if org_shaped {
            kind = EntityKind::Organization;
            strong = true;
        } else {
            // A lone capitalised word with no cue: linked later if the draft names it
            // elsewhere; otherwise nothing.
            return;
        }
    } else if !has_place
        && (is_given_name(first) && !is_common_word(surname)
            || is_given_name_pair(s, name_a, b)
            || east_asian)
    {
        kind = EntityKind::Person;
        strong = true;
    } else if (all_uncommon || ends_uncommon) && !words.iter().any(|w| is_acronym(w)) {
        kind = EntityKind::Person;
    } else if n >= 2
        && !has_place
        && (uncommon(first) || given_first)
        && !words.iter().any(|w| is_acronym(w))
        && (role_after_name(s, lex, b, None).is_some()
            || (b < s.len() && reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))))
    {
        // "Ieuan Wyn Jones, leader of ...", "Ann Rivers said": a role or a reporting verb
        // right after makes a name of words that are also common words.
        kind = EntityKind::Person;
        strong = true;
    } else if words.iter().all(|w| is_acronym(w) || !is_common_word(w))
        && is_acronym(first)
        && !is_place(first)
    {
        kind = EntityKind::Organization;
        strong = true;
    } else {
        return;
    }

    // "Napa County", "San Francisco Bay Area": a place head ends a place, not a person,
    // unless a given name opens it ("Grace Park") or a title or honorific says otherwise.
    let place_shaped = n >= 2 && is_place_head(&words[n - 1]) && !is_given_name(first);
    if kind == EntityKind::Person && place_shaped && !honorific && title.is_none() {
        return;
    }
    if kind == EntityKind::Person {
        if n > 5
            || words
                .iter()
                .any(|w| is_acronym(w) && w.len() > 1 && !is_name_suffix(w))
        {
            return;
        }
        if let Some(r) = lead_role.take() {
            roles.push(r);
        }
        if has_place && !honorific && title.is_none() && !role_before {
            return;
        }
        // Role noun right before the name: "aviation analyst Mike Powell".
        if role_before && title.is_none() {
            let field_role = role_of_field_before(s, run.a);
            if let Some(r) = field_role.or_else(|| role_phrase_before(s, run.a)) {
                roles.push(r);
            }
        }
        // A role set off before the name: "The new President, Viktor Yushchenko, said";
        // "For the Welsh Liberal Democrats, Kirsty Williams said".
        if roles.is_empty() {
            if let Some(r) = fronted_role(s, lex, run.a, b) {
                roles.push(r);
            }
        }
        // "her Chinese counterpart, Wang Lihua,"; "the head of the Red Cross, Ana Ruiz".
        if roles.is_empty() {
            if let Some(r) = appositive_role_before(s, lex, run.a, b) {
                roles.push(r);
            }
        }
        // "actors Kevin Spacey, Halle Berry and George Clooney": a plural role before a
        // list of names is each one's role.
        if roles.is_empty() {
            if let Some(r) = list_role_before(s, run.a) {
                roles.push(r);
            }
        }
        // "Its chairman, Tom Ash": the role belongs to the organisation just named.
        for r in roles.iter_mut() {
            resolve_its(r, out);
        }
        // Appositive after: "Valeriy Ryabykh, editor of ...", "Moon Seong-mok from the ...".
        if let Some(r) = role_after_name(s, lex, b, roles.last().cloned()) {
            if let Some(last) = roles.last_mut() {
                if r.span.start > last.span.end
                    && r.text.starts_with(|c: char| c.is_lowercase())
                    && is_prep_role(&r.text)
                {
                    // "aviation analyst Mike Powell of Dresdner ..." → one role.
                    last.text = format!("{} {}", last.text, r.text);
                    last.span = Span::new(last.span.start, r.span.end);
                } else {
                    roles.push(r);
                }
            } else {
                roles.push(r);
            }
        }
        // Organisations named inside "of/at/from the X" after the name are found as
        // their own runs with `prep_org`.
    }

    let acronym = if kind == EntityKind::Organization {
        acronym_after(s, b)
    } else {
        None
    };
    out.push(Candidate {
        span,
        name,
        words,
        kind,
        strong,
        honorific,
        roles,
        acronym,
    });
}

fn is_prep_role(t: &str) -> bool {
    ["of ", "at ", "from ", "for "]
        .iter()
        .any(|p| t.starts_with(p))
}

/// "Sangmi Han": an unknown first word that looks like a given name followed by a surname.
fn is_given_name_pair(s: &Sent, a: usize, b: usize) -> bool {
    // Length first: a one-word run has no second word to read ("AMr. Smith" panicked).
    if b.checked_sub(a) != Some(2) || a + 1 >= s.len() {
        return false;
    }
    let (first, second) = (s.text(a), strip_possessive(s.text(a + 1)).0);
    is_given_name(first)
        && first_upper(second)
        // "Sky Sports", "Will Power": two common words need another cue.
        && !(is_common_word(first) && is_common_word(second))
}

/// A run that starts with a known organisation although its first word is a function
/// word ("The Hague" is not one; "The Observer" can be).
fn known_org_prefix(s: &Sent, a: usize, b: usize) -> bool {
    let _ = (s, a, b);
    false
}

/// After a title head, the rest must look like a name, not "Minister Responsible For".
fn is_common_name_word_after_title(s: &Sent, a: usize, b: usize) -> bool {
    (a..b).all(|i| {
        let w = strip_possessive(s.text(i)).0;
        is_function_word(w) || (is_common_word(w) && !is_given_name(w) && !first_upper(w))
    })
}

fn is_camel_case(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(f) = chars.next() else { return false };
    if !f.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    rest.iter().any(|c| c.is_lowercase())
        && rest
            .windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        && !w.contains('-')
        && !w.starts_with("Mc")
        && !w.starts_with("Mac")
}

fn s_prev_is_the(s: &Sent, a: usize) -> bool {
    a > 0 && s.text(a - 1).eq_ignore_ascii_case("the")
}

/// Finds an organisation name inside the run: a gazetteer entry, or words ending in an
/// organisation head or suffix. Returns its token range.
fn org_in_run(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<(usize, usize)> {
    let (whole, _) = name_of(s, a, b);
    if is_place(&whole) {
        return None;
    }
    // A run ending in an organisation head is one organisation, even when it starts with
    // a gazetteer name ("Economist Intelligence Unit").
    let last = strip_possessive(s.text(b - 1)).0;
    if b - a >= 2 && lex.org_head(last) && !lex.title_head(last) {
        return Some((a, b));
    }
    // "Welsh Liberal Democrats": a nationality before a known organisation.
    if b - a >= 2 && is_demonym(s.text(a)) {
        let (rest, _) = name_of(s, a + 1, b);
        if known_org(&rest) {
            return Some((a, b));
        }
    }
    // "Procter & Gamble".
    if (a..b).any(|i| s.text(i) == "&") {
        return Some((a, b));
    }
    // "United Nations Economic Commission for Europe": a head with its "of/for" extension
    // inside the run makes the whole run one organisation, though a gazetteer name opens it.
    let has_title = (a..b).any(|k| lex.title_head(s.text(k)));
    let inner_head_with_of = (a + 1..b.saturating_sub(2))
        .any(|k| lex.org_head(s.text(k)) && matches!(s.text(k + 1), "of" | "for" | "on"));
    if b - a >= 4 && !has_title && inner_head_with_of {
        return Some((a, b));
    }
    // Gazetteer: longest match starting at `a`.
    for end in (a + 1..=b).rev() {
        let (name, _) = name_of(s, a, end);
        if known_org(&name) {
            // A run "BBC Wales" where the gazetteer knows only "BBC": take the whole run
            // when the rest is a place or a common word ("BBC One", "BBC News").
            let mut e = end;
            // "BBC Radio York", "BBC One", "UN Security Council": an acronym that is the
            // first word of a longer name.
            if end - a == 1 && is_acronym(&name) {
                while e < b && !strip_possessive(s.text(e - 1)).1 {
                    let next = strip_possessive(s.text(e)).0;
                    if is_numbered_station_head(s.text(e - 1)) && station_number(s, e) {
                        e += 1;
                        continue;
                    }
                    if lex.title_head(next) || !(is_place(next) || is_common_word(next)) {
                        break;
                    }
                    e += 1;
                }
            }
            // A title after the organisation: "NATO Secretary-General Mark Rutte".
            if e < b && (lex.title_head(s.text(e)) || is_title_modifier(s.text(e))) {
                let rest_has_title = (e..b).any(|k| lex.title_head(s.text(k)) && k + 1 < b);
                if rest_has_title {
                    return None;
                }
            }
            return Some((a, e));
        }
    }
    // "the Observer": a publication after "the".
    if b - a == 1 && is_news_org_after_the(strip_possessive(s.text(a)).0) && s_prev_is_the(s, a) {
        return Some((a, b));
    }
    // An organisation head or suffix ends the run (or precedes "of ...").
    let mut last_head = None;
    for k in a..b {
        let w = strip_possessive(s.text(k)).0;
        if lex.org_head(w) {
            last_head = Some(k);
        }
    }
    // "Association of School and College Leaders": a head followed by "of/for" takes the
    // whole extension, whatever heads the extension holds.
    let head_with_of = (a..b).find(|&k| {
        lex.org_head(strip_possessive(s.text(k)).0)
            && k + 1 < b
            && matches!(s.text(k + 1), "of" | "for" | "on")
    });
    let k = head_with_of.or(last_head)?;
    // The head must end the run or be followed by the "of/for" extension.
    let tail_ok = k + 1 == b || matches!(s.text(k + 1), "of" | "for" | "on");
    if !tail_ok {
        return None;
    }
    if k == a {
        // A head alone ("Treasury", "Council") is an entity only when it is an institution.
        let (name, _) = name_of(s, a, b);
        if b - a == 1 {
            return is_institution(&name).then_some((a, b));
        }
        // "Department of Defense": head first, then "of".
        return Some((a, b));
    }
    // A title before the name inside the run wins ("Finance Minister Sue Essex" has no head).
    // Strip a leading demonym only when the rest is generic ("British Telecom" keeps it).
    Some((a, b))
}

/// "England centre": a playing position with a capitalised team or country right before.
fn team_position(s: &Sent, i: usize) -> bool {
    is_team_position(s.text(i)) && i > 0 && s.is_word(i - 1) && is_cap_word(s.text(i - 1))
}

fn push_org(s: &Sent, lex: &Lex, a: usize, b: usize, strong: bool, out: &mut Vec<Candidate>) {
    let _ = lex;
    let words = words_of(s, a, b);
    if words.is_empty() {
        return;
    }
    let (name, span) = name_of(s, a, b);
    if is_place(&name) || is_demonym(&name) {
        return;
    }
    let mut roles = Vec::new();
    // "the Ukrainian publication Defence Express", "Russian state news agency Tass".
    let before = lower_before(s, a);
    if let Some(&d) = before.first() {
        if is_org_descriptor(s.text(d)) {
            let ra = extend_role_back(s, d);
            if ra <= d {
                let span = Span::new(s.span(ra).start, s.span(d).end);
                roles.push(Role {
                    text: collapse_ws(s.doc.slice(span)),
                    span,
                    title: None,
                });
            }
        }
    }
    out.push(Candidate {
        span,
        name,
        words,
        kind: EntityKind::Organization,
        strong,
        honorific: false,
        roles,
        acronym: acronym_after(s, b),
    });
}

/// "(WLGA)" right after the name.
fn acronym_after(s: &Sent, b: usize) -> Option<(String, Span)> {
    if b + 2 < s.len() && s.text(b) == "(" && s.text(b + 2) == ")" && is_acronym(s.text(b + 1)) {
        return Some((s.text(b + 1).to_string(), s.span(b + 1)));
    }
    None
}

/// Lower-case words right before `a`, nearest first, up to a function word or punctuation.
fn lower_before(s: &Sent, a: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = a;
    while i > 0 && out.len() < 4 {
        i -= 1;
        let w = s.text(i);
        if !s.is_word(i) || first_upper(w) || is_function_word(w) {
            break;
        }
        out.push(i);
    }
    out
}

/// A lower-case role noun right after the run, with at most two modifiers between:
/// "BA chairman", "WLGA finance spokesman", "Kremlin spokesperson".
fn role_noun_after(s: &Sent, b: usize) -> bool {
    let mut i = b;
    let mut seen = 0;
    while i < s.len() && seen < 3 {
        let w = s.text(i);
        if !s.is_word(i) || first_upper(w) || is_function_word(w) {
            return false;
        }
        // "Ruth Okoye thinks coach Tom Hale": a reporting verb ends the run's phrase, so
        // the role after it belongs to the next name, not to the run as an employer.
        if reporting_verb(w).is_some() {
            return false;
        }
        if is_role_noun(w) {
            // "Defense analysts": a plural role is a kind of people, not an affiliation.
            if w.ends_with('s') && !w.ends_with("ss") && w != "boss" {
                return false;
            }
            // A one-word run that is also a common word ("Health spokesman") counts only
            // when a name follows the role.
            let run_is_common = b >= 1 && is_common_word(strip_possessive(s.text(b - 1)).0);
            let name_follows = i + 1 < s.len() && is_cap_word(s.text(i + 1));
            if run_is_common && !name_follows {
                return false;
            }
            // The role must belong to a name that follows ("BA chairman Martin Broughton")
            // or the run must be possessive; otherwise "Labour leader" still counts.
            return !matches!(
                w,
                "son"
                    | "daughter"
                    | "wife"
                    | "husband"
                    | "brother"
                    | "sister"
                    | "mother"
                    | "father"
                    | "son-in-law"
                    | "daughter-in-law"
                    | "widow"
                    | "opponent"
                    | "rival"
                    | "successor"
                    | "predecessor"
                    | "official"
                    | "expert"
                    | "investor"
                    | "historian"
                    | "specialist"
            );
        }
        seen += 1;
        i += 1;
    }
    false
}

/// "of/at/from [the] X" after a person or a role noun: X is an organisation.
fn org_preposition_before(s: &Sent, a: usize) -> bool {
    let mut i = a;
    if i > 0 && s.text(i - 1).eq_ignore_ascii_case("the") {
        i -= 1;
    }
    if i < 2 {
        return false;
    }
    let prep = s.text(i - 1);
    if !matches!(prep, "of" | "at" | "from" | "for" | "with" | "in") {
        return false;
    }
    let before = s.text(i - 2);
    let before_lower = before.to_lowercase();
    // "shares in Tesla", "a stake in Airbus": only companies have shares.
    if matches!(prep, "in" | "of") && matches!(before_lower.as_str(), "shares" | "stake" | "stock")
    {
        return true;
    }
    // "analyst at Petercam", "director at Grey Advertising", "editor of the Ukrainian ...".
    if is_role_noun(&before_lower) && prep != "with" && prep != "in" {
        return !matches!(before, "son" | "daughter" | "official");
    }
    // "Mike Powell of Dresdner Kleinwort Wasserstein": the word before the preposition
    // ends a person's name (a capitalised word that is not a common word).
    if prep == "of" || prep == "at" || prep == "from" {
        let w = strip_possessive(before).0;
        if first_upper(w) && !is_common_word(w) && !is_place(w) && !is_acronym(w) && i >= 3 {
            let w2 = s.text(i - 3);
            if first_upper(w2) && (is_given_name(w2) || !is_common_word(w2)) {
                return true;
            }
        }
    }
    false
}

/// Extends a role start backwards over the words that qualify it: capitalised words and
/// possessives ("South Korea’s"), and lower-case modifiers next to the role ("Chinese
/// foreign ministry spokesperson"). Stops at punctuation, function words and the start.
fn extend_role_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, true)
}

/// Titles ("Vice Foreign Minister") take capitalised words and role modifiers only;
/// lower-case role nouns ("foreign ministry spokesperson") take lower-case modifiers too.
fn extend_title_back(s: &Sent, start: usize) -> usize {
    extend_role_back_with(s, start, false)
}

fn extend_role_back_with(s: &Sent, start: usize, allow_lower: bool) -> usize {
    let mut a = start;
    let mut crossed_caps = false;
    while a > 0 {
        let i = a - 1;
        if !s.is_word(i) {
            break;
        }
        let w = s.text(i);
        // An inflected reporting verb ends the role ("said", "stated"); a base form that is
        // also a noun ("state news agency") does not.
        let verb = reporting_verb(w).is_some_and(|v| v.lemma != w);
        if is_function_word(w) || verb || is_calendar(w) {
            break;
        }
        let word_start = i == first_word(s);
        if first_upper(w) {
            if word_start && is_common_word(w) && !is_role_noun(&w.to_lowercase()) {
                // "Aviation analyst" and "South Korea’s" belong to the role; "Later" does not
                // (a comma or a function word stops it first).
                let next_cap = i + 1 < s.len() && first_upper(s.text(i + 1));
                let next_lower = i + 1 < s.len() && !next_cap;
                if next_cap || (next_lower && allow_lower) {
                    a = i;
                }
                break;
            }
            if is_honorific(w) {
                break;
            }
            crossed_caps = true;
            a = i;
            continue;
        }
        if is_role_modifier(w) || w.starts_with("ex-") {
            a = i;
            continue;
        }
        if crossed_caps || !allow_lower {
            break;
        }
        if w.ends_with("ing") || w.ends_with("ed") {
            break;
        }
        a = i;
    }
    a
}

/// The lower-case role phrase ending right before the name: "aviation analyst",
/// "Conservative local government spokesman", "former WorldCom chief".
fn role_phrase_before(s: &Sent, a: usize) -> Option<Role> {
    if a == 0 {
        return None;
    }
    let end = a - 1;
    let start = extend_role_back(s, end);
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    })
}

/// A role noun with its field, right before the name: "director of rugby Tom Lee",
/// "head of security Ann Roe" (and what qualifies it: "Sale Sharks director of rugby").
/// The field is one lower-case word; "leader of the party Tom" is no such phrase.
fn role_of_field_before(s: &Sent, a: usize) -> Option<Role> {
    if a < 3 || !(s.is_word(a - 1) && s.is_word(a - 3)) || s.text(a - 2) != "of" {
        return None;
    }
    let (field, head) = (s.text(a - 1), s.text(a - 3));
    // The field is a domain, never a person ("wife of footballer Tom Lee"): agent nouns
    // ("-er", "-or", "-ist", "-ian") are people.
    let agent = ["er", "or", "ist", "ian"]
        .iter()
        .any(|x| field.ends_with(x));
    let plain_field =
        !first_upper(field) && !is_function_word(field) && !is_role_noun(field) && !agent;
    if !plain_field || first_upper(head) || !is_role_noun(head) {
        return None;
    }
    let start = extend_role_back(s, a - 3);
    let span = Span::new(s.span(start).start, s.span(a - 1).end);
    Some(Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    })
}

/// A role stated after the name: ", editor of the Ukrainian publication Defence Express,",
/// ", who is the party's leader,", " from the Korea National Strategy Institute",
/// " of the Economist Intelligence Unit", ", for the Liberal Democrats,".
fn role_after_name(s: &Sent, lex: &Lex, b: usize, _prev: Option<Role>) -> Option<Role> {
    if b >= s.len() {
        return None;
    }
    let t = s.text(b);
    if matches!(t, "from" | "of" | "at") {
        return prep_org_phrase(s, lex, b);
    }
    if t != "," {
        return None;
    }
    // ", from the Federation of Small Businesses,".
    if b + 1 < s.len() && matches!(s.text(b + 1), "from" | "of" | "at" | "for") {
        return prep_org_phrase(s, lex, b + 1);
    }
    // The appositive runs to the next comma, bracket or the end of the sentence.
    let mut k = b + 1;
    let mut words = Vec::new();
    while k < s.len() {
        let w = s.text(k);
        if matches!(
            w,
            "," | ";" | ":" | "(" | ")" | "." | "\"" | "“" | "”" | "?" | "!" | "—" | "–" | "-"
        ) {
            break;
        }
        if reporting_verb(w).is_some() && !words.is_empty() {
            break;
        }
        words.push(k);
        k += 1;
    }
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    // It must close like an appositive: a comma, a bracket, a reporting verb or the end.
    let closes = k >= s.len()
        || matches!(s.text(k), "," | "(" | ")" | "." | ";" | "—" | "–" | "-")
        || reporting_verb(s.text(k)).is_some();
    if !closes {
        return None;
    }
    // No second person inside it ("..., South Korea’s Vice Foreign Minister Kim ...").
    if words
        .windows(2)
        .any(|p| lex.title_head(s.text(p[0])) && first_upper(s.text(p[1])))
    {
        return None;
    }
    let first = s.text(words[0]);
    let mut start = words[0];
    // "X, who is Y": the role is Y.
    if first == "who" {
        if words.len() < 3 || !matches!(s.text(words[1]), "is" | "was") {
            return None;
        }
        start = words[1] + 1;
    } else if first_upper(first) {
        // A list of names ("Sangmi Han, Jake Kwon") or a place ("Wembley, London").
        let capital_role = (words[0]..k).any(|i| is_role_noun(&s.text(i).to_lowercase()));
        if !capital_role && !strip_possessive(first).1 {
            return None;
        }
        // "Julie Ann, Ohio State Department of Health information officer": an
        // appositive that ends on a lower-case role noun is a role even when it opens
        // on a word that is also a given name.
        let last = s.text(k - 1);
        let ends_on_role = !first_upper(last) && is_role_noun(last);
        if is_given_name(first) && words.len() > 1 && first_upper(s.text(words[1])) && !ends_on_role
        {
            return None;
        }
    }
    // The appositive must name a role.
    let has_role = (start..k).any(|i| {
        let w = s.text(i).to_lowercase();
        is_role_noun(&w) || lex.titles.contains(&w)
    });
    // "Hannah Cloke, a hydrologist at the University of Reading,": a noun phrase with an
    // article is a description even when its noun is not in the role list.
    let described = matches!(s.text(start), "a" | "an" | "the")
        && k - start <= 10
        && (start..k).all(|i| s.is_word(i) || matches!(s.text(i), "'" | "’" | "-"))
        && !(start..k).any(|i| {
            let w = s.text(i);
            reporting_verb(w).is_some() || matches!(w, "who" | "which" | "that")
        });
    if !has_role && !described {
        return None;
    }
    let end = k - 1;
    if start > end {
        return None;
    }
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    })
}

/// A short role phrase that opens the sentence and is set off by a comma before the name.
fn fronted_role(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
    let start = first_word(s);
    if a < start + 2 || s.text(a - 1) != "," {
        return None;
    }
    let end = a - 2;
    let phrase: Vec<usize> = (start..=end).collect();
    if phrase.len() > 7
        || phrase
            .iter()
            .any(|&i| !s.is_word(i) && !matches!(s.text(i), "'" | "’"))
    {
        return None;
    }
    let first = s.text(start);
    let last = s.text(end);
    let opens_for =
        first.eq_ignore_ascii_case("for") && phrase.iter().skip(1).any(|&i| first_upper(s.text(i)));
    let closes_after = b < s.len() && s.text(b) == ",";
    // "His agent, Felipe Marques, said": a short phrase on a possessive determiner.
    let possessed = possessive_determiner(first) && phrase.len() <= 3;
    let names_role =
        (is_role_noun(&last.to_lowercase()) || lex.title_head(last) || possessed) && closes_after;
    if !(opens_for || names_role) {
        return None;
    }
    let span = Span::new(s.span(start).start, s.span(end).end);
    Some(Role {
        text: collapse_ws(s.doc.slice(span)),
        span,
        title: None,
    })
}

/// Possessive determiners that can open a role phrase: "His agent", "Its chairman".
fn possessive_determiner(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "his" | "her" | "its" | "their")
}

/// A role set off by commas right before the name, inside the sentence: "her Chinese
/// counterpart, Wang Lihua,", "the head of the Chilean Red Cross, Mario Soto". The phrase
/// opens on "the" or a possessive determiner followed by a role noun or title, and the
/// name must close the appositive (a comma, a bracket or the end of the sentence).
fn appositive_role_before(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<Role> {
    if a < 3 || s.text(a - 1) != "," {
        return None;
    }
    let closes = b >= s.len() || matches!(s.text(b), "," | "." | "(" | ";" | "—" | "–") || {
        reporting_verb(s.text(b)).is_some_and(|v| v.lemma != s.text(b))
    };
    if !closes {
        return None;
    }
    let end = a - 2;
    let mut k = end + 1;
    while k > 0 && end + 1 - (k - 1) <= 9 {
        let i = k - 1;
        if !(s.is_word(i) || matches!(s.text(i), "'" | "’" | "-")) {
            return None;
        }
        let w = s.text(i);
        if i < end && owner_role_phrase(s, lex, i, end) {
            let span = Span::new(s.span(i).start, s.span(end).end);
            return Some(Role {
                text: collapse_ws(s.doc.slice(span)),
                span,
                title: None,
            });
        }
        let is_det = w.eq_ignore_ascii_case("the") || possessive_determiner(w);
        if is_det && i < end {
            let head = s.text(i + 1);
            let role_head = |x: &str| is_role_noun(&x.to_lowercase()) || lex.title_head(x);
            // "her Chinese counterpart": the role noun may follow a modifier or two.
            let names_role = role_head(head)
                || (possessive_determiner(w) && (i + 1..=end).any(|j| role_head(s.text(j))))
                || (possessive_determiner(w) && end - i <= 2);
            if !names_role {
                // "the Chilean Red Cross" inside "the head of the Chilean Red Cross".
                if possessive_determiner(w) {
                    return None;
                }
                k -= 1;
                continue;
            }
            // A verb or clause word inside means this is not one noun phrase.
            if (i + 1..=end).any(|j| {
                let x = s.text(j);
                reporting_verb(x).is_some() || matches!(x, "who" | "which" | "that" | "and")
            }) {
                return None;
            }
            let start = if w.eq_ignore_ascii_case("the") {
                i + 1
            } else {
                i
            };
            let span = Span::new(s.span(start).start, s.span(end).end);
            return Some(Role {
                text: collapse_ws(s.doc.slice(span)),
                span,
                title: None,
            });
        }
        k -= 1;
    }
    None
}

/// The name run starting at `a` is followed by "and" and another name ("Ann Roe and Jo").
fn and_name_after(s: &Sent, a: usize) -> bool {
    let mut k = a;
    while k < s.len() && s.is_word(k) && is_cap_word(s.text(k)) {
        k += 1;
    }
    k > a && k + 1 < s.len() && s.text(k) == "and" && is_cap_word(s.text(k + 1))
}

/// "IBM's senior vice president of research", "Acme's founder and former chief
/// executive": an owner's possessive opening a phrase with a role noun or title in it,
/// made only of words (an "and" may join two roles or two fields, never a second
/// person: "Acme's chairman and his wife" is no role).
fn owner_role_phrase(s: &Sent, lex: &Lex, i: usize, end: usize) -> bool {
    let w = s.text(i);
    if !(first_upper(w) && strip_possessive(w).1) {
        return false;
    }
    let role_head = |x: &str| is_role_noun(&x.to_lowercase()) || lex.title_head(x);
    if !(i + 1..=end).any(|j| role_head(s.text(j))) {
        return false;
    }
    (i + 1..=end).all(|j| {
        let x = s.text(j);
        if !s.is_word(j) || reporting_verb(x).is_some() || strip_possessive(x).1 {
            return false;
        }
        if matches!(x, "who" | "which" | "that") {
            return false;
        }
        if x == "and" {
            let next = s.text(j + 1);
            return j < end
                && !first_upper(next)
                && !is_function_word(next)
                && !possessive_determiner(next);
        }
        true
    })
}

/// A plural role noun before a list of names that reaches back to it over names, commas
/// and "and" only ("founding members Tom Bell, Ann Roe and Jo Lim"), given in the
/// singular for each person ("founding member").
fn list_role_before(s: &Sent, a: usize) -> Option<Role> {
    let mut i = a;
    while i > 0 && a - i < 40 {
        let t = s.text(i - 1);
        let name_part =
            s.is_word(i - 1) && is_cap_word(t) || (t == "." && i >= 2 && is_initial(s.text(i - 2)));
        if t == "," || t == "and" || name_part {
            i -= 1;
            continue;
        }
        break;
    }
    if i == 0 {
        return None;
    }
    let head = i - 1;
    let w = s.text(head);
    if !s.is_word(head) || first_upper(w) {
        return None;
    }
    if s.text(i) == "," {
        return None;
    }
    // "British pair Ann Roe and Jo Lim": a group word names the role of two or more.
    let group = is_group_noun(w) && ((i..a).any(|j| s.text(j) == "and") || and_name_after(s, a));
    if !group && !w.strip_suffix('s').is_some_and(is_role_noun) {
        return None;
    }
    let mut start = extend_title_back(s, head);
    // "founding members": one lower-case modifier right before the head belongs to it
    // when it opens the noun phrase (after a comma or a determiner; "will feature
    // actors" has a verb there).
    if start == head && head > 1 && s.is_word(head - 1) {
        let m = s.text(head - 1);
        let p = s.text(head - 2);
        let opens = p == "," || p.eq_ignore_ascii_case("the") || possessive_determiner(p);
        let plain = opens && !first_upper(m) && !is_function_word(m) && !m.ends_with("ed");
        if plain && reporting_verb(m).is_none() {
            start = head - 1;
        }
    }
    let text = collapse_ws(
        s.doc
            .slice(Span::new(s.span(start).start, s.span(head).end)),
    );
    let text = if group {
        text
    } else {
        text.strip_suffix('s').unwrap_or(&text).to_string()
    };
    Some(Role {
        text,
        span: Span::new(s.span(start).start, s.span(head).end),
        title: None,
    })
}

/// "Its chairman" → "chairman of Rivers Alive", naming the organisation found last
/// before the role (in this sentence or an earlier one).
fn resolve_its(r: &mut Role, out: &[Candidate]) {
    let Some(rest) = r
        .text
        .strip_prefix("Its ")
        .or_else(|| r.text.strip_prefix("its "))
    else {
        return;
    };
    let org = out
        .iter()
        .rev()
        .find(|c| c.kind == EntityKind::Organization && c.span.end <= r.span.start);
    if let Some(org) = org {
        r.text = format!("{rest} of {}", org.name);
    }
}

/// "from the Korea National Strategy Institute": a preposition and an organisation.
fn prep_org_phrase(s: &Sent, lex: &Lex, p: usize) -> Option<Role> {
    let mut k = p + 1;
    if k < s.len() && s.text(k) == "the" {
        k += 1;
    }
    if k >= s.len() || !is_cap_word(s.text(k)) {
        return None;
    }
    let mut e = k;
    if let Some(r) = runs(s, lex).iter().find(|r| r.a == k) {
        e = r.b - 1;
    }
    let (name, _) = name_of(s, k, e + 1);
    if is_place(&name) || is_demonym(&name) {
        return None;
    }
    let span = Span::new(s.span(p).start, s.span(e).end);
    let text = collapse_ws(s.doc.slice(span));
    let text = text
        .strip_suffix("’s")
        .or_else(|| text.strip_suffix("'s"))
        .map(str::to_string)
        .unwrap_or(text);
    Some(Role {
        text,
        span,
        title: None,
    })
}
