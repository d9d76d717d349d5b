//! Quotations and who speaks them.
//!
//! Finding quotations: straight (") and curly (“ ”) double quotes are paired within a
//! paragraph by which side of the mark the words are on. A quote left open at the end of a
//! paragraph continues when the next paragraph opens with a quotation mark again (the
//! newspaper convention for long quotes); left open otherwise, it ends at the last sentence
//! before the next reporting clause. Single quotes count as quotation marks only in
//! headlines (British style: Guantanamo man 'suing government') and in drafts that use no
//! double quotes at all; apostrophes (Korea’s, '90s, rock 'n' roll) never do. Titles of
//! works ("The Late Show") and short scare-quoted words that nobody is said to have said
//! are not quotations.
//!
//! Finding speakers, most specific first: a reporting clause around the quotation in its
//! own sentence (`"...," X said.` / `"...," said X.` / `X said: "..."` / `X told the BBC:
//! "..."` / `X ... asserted that ... "..."` / `X called it "..."`), a speech noun (`X's
//! insistence that ... "..."`), `according to X`; then the previous sentence of the same
//! paragraph when the quotation has no clause of its own, the previous paragraph's quote
//! when this one continues it, and, for a headline, the lead sentence's attribution.
//! Pronouns ("he said") go to the most recent person who was the subject of a reporting
//! clause; "the company"/"a spokesman" to the most recent organisation. When a recognised
//! entity overlaps the speaker phrase, the speaker is that entity.

use std::collections::{HashMap, HashSet};

use super::entities::{Entity, EntityId, EntityKind};
use super::lexicon::reporting::reporting_verb;
use super::markup::BlockKind;
use super::segment::{Document, TokenKind};
use super::span::Span;

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The entity's canonical name where known, else the source phrase as written.
    pub name: String,
    pub entity: Option<EntityId>,
    /// Where the draft names the speaker for this quotation (the pronoun, if resolved).
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quotation including its marks.
    pub span: Span,
    /// The quoted words only.
    pub inner: Span,
    pub speaker: Option<Speaker>,
}

/// Finds every quotation in the draft and its speaker.
pub fn find(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    let raws = pair_quotes(doc);
    if raws.is_empty() {
        return Vec::new();
    }
    Analyzer::new(doc, entities, &raws).run()
}

// ---------------------------------------------------------------------------------------
// Word lists (our own compilation for English news copy; released under the crate licence)
// ---------------------------------------------------------------------------------------

/// Verbs that attribute words to their subject besides the reporting-verb lexicon:
/// naming and evaluating verbs ("called the plan 'reckless'", "hailed", "welcomed").
const CUE_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labelled",
    "labeled",
    "labelling",
    "term",
    "termed",
    "hail",
    "hails",
    "hailed",
    "hailing",
    "welcome",
    "welcomes",
    "welcomed",
    "welcoming",
    "praise",
    "praises",
    "praised",
    "praising",
    "attack",
    "attacked",
    "attacking",
    "slam",
    "slams",
    "slammed",
    "slamming",
    "blast",
    "blasted",
    "insisting",
    "adding",
    "arguing",
    "telling",
    "vowing",
    "promising",
    "admitting",
    "concluding",
    "recalling",
    "laughed",
    "sighed",
    "whispered",
    "pleaded",
    "yelled",
    "screamed",
    "chanted",
    "muttered",
    "begged",
    "mused",
    "snapped",
    "retorted",
    "interjected",
    "recounted",
    "texted",
    "emailed",
    "wondered",
    "proclaimed",
    "advised",
    "reckoned",
    "cried",
    "reflected",
    "scoffed",
    "grumbled",
    "groaned",
    "quipped",
    "boasted",
    "recounts",
    "reckons",
    "wonders",
];

/// Nouns for what someone said: `X's insistence that ... "..."`.
const SPEECH_NOUNS: &[&str] = &[
    "insistence",
    "claim",
    "claims",
    "words",
    "statement",
    "comments",
    "comment",
    "remarks",
    "remark",
    "view",
    "warning",
    "description",
    "assertion",
    "admission",
    "denial",
    "argument",
    "promise",
    "pledge",
    "criticism",
    "accusation",
    "suggestion",
    "belief",
    "response",
    "message",
    "answer",
    "reply",
    "testimony",
    "speech",
    "verdict",
    "assessment",
];

/// Capitalised words that are never part of a name.
const STOP_CAPS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "However",
    "Meanwhile",
    "Later",
    "Earlier",
    "Yet",
    "So",
    "Also",
    "Now",
    "Then",
    "Still",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "Of",
    "To",
    "As",
    "After",
    "Before",
    "During",
    "Since",
    "While",
    "When",
    "Where",
    "If",
    "Although",
    "Though",
    "Despite",
    "Under",
    "Over",
    "Asked",
    "According",
    "Some",
    "Many",
    "Most",
    "Other",
    "Others",
    "Several",
    "All",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Which",
    "Not",
    "No",
    "Yes",
    "Last",
    "Next",
    "Instead",
    "Indeed",
    "Separately",
    "Similarly",
    "Overall",
    "Already",
    "Only",
    "Even",
    "Such",
    "Both",
    "Each",
    "Every",
    "Any",
    "Another",
    "Among",
    "Amid",
    "Against",
    "Into",
    "Without",
    "Within",
    "Until",
    "Following",
    "Including",
    "Responding",
    "Speaking",
    "Writing",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Honorifics kept as part of a name ("Mr Kim").
const HONORIFICS: &[(&str, Gender)] = &[
    ("Mr", Gender::Male),
    ("Sir", Gender::Male),
    ("Lord", Gender::Male),
    ("Mrs", Gender::Female),
    ("Ms", Gender::Female),
    ("Miss", Gender::Female),
    ("Lady", Gender::Female),
    ("Dame", Gender::Female),
    ("Dr", Gender::Unknown),
    ("Prof", Gender::Unknown),
    ("Mx", Gender::Unknown),
    ("Rev", Gender::Unknown),
];

/// Titles and roles written before a name ("Foreign Minister David Lammy"): the name is
/// what follows the last of them.
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "Secretary-General",
    "Chancellor",
    "Ambassador",
    "Senator",
    "Governor",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chief",
    "Executive",
    "Director",
    "Commissioner",
    "Deputy",
    "Speaker",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Judge",
    "Justice",
    "Inspector",
    "Superintendent",
    "Constable",
    "Sheriff",
    "Attorney",
    "Attorney-General",
    "Surgeon",
    "Treasurer",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Editor",
    "Professor",
    "Captain",
    "Colonel",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Marshal",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Premier",
    "Emir",
    "Sheikh",
    "Sultan",
    "Ayatollah",
    "Rabbi",
    "Imam",
    "Reverend",
    "CEO",
    "Chairperson",
    "Dean",
    "Coach",
    "Manager",
    "Commander",
    "Vice-President",
    "Vice-Chancellor",
    "Prime",
];

/// Name particles inside a person's name ("Nick Van den Brul", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "el", "dos",
    "del", "ter", "ten",
];

/// Words that mark a name as an organisation.
const ORG_WORDS: &[&str] = &[
    "Association",
    "Unit",
    "Group",
    "Bank",
    "Office",
    "Government",
    "Ministry",
    "Council",
    "Party",
    "Institute",
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "Plc",
    "Agency",
    "Commission",
    "Committee",
    "University",
    "Union",
    "Department",
    "Authority",
    "Federation",
    "Board",
    "Company",
    "Network",
    "Networks",
    "Services",
    "Trust",
    "Foundation",
    "Society",
    "Court",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Police",
    "Army",
    "Bureau",
    "Fund",
    "Organisation",
    "Organization",
    "League",
    "Club",
    "Press",
    "News",
    "Times",
    "Post",
    "Service",
    "Centre",
    "Center",
    "College",
    "School",
    "Democrats",
    "Republicans",
    "Labour",
    "Conservatives",
    "Tories",
    "Treasury",
    "Kremlin",
    "Reuters",
    "Associated",
    "Airways",
    "Airlines",
    "Motors",
    "Holdings",
    "Partners",
    "Capital",
    "Securities",
    "Research",
    "Institution",
    "Forces",
    "Navy",
    "Command",
    "Secretariat",
    "Cabinet",
    "Embassy",
    "Commission",
    "Corporation",
    "Broadcasting",
    "Television",
    "Radio",
    "Magazine",
    "Journal",
];

/// Common nouns that stand for an organisation already named ("the company said").
const ORG_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "corporation",
    "airline",
    "bank",
    "carrier",
    "business",
    "giant",
    "retailer",
    "manufacturer",
    "insurer",
    "operator",
    "ministry",
    "department",
    "agency",
    "government",
    "council",
    "organisation",
    "organization",
    "charity",
    "union",
    "club",
    "party",
    "broadcaster",
    "regulator",
    "statement",
];

/// Common nouns that stand for the company last named ("the firm said"); an institution
/// ("the ministry") is left as written.
const BUSINESS_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "corporation",
    "airline",
    "bank",
    "carrier",
    "business",
    "giant",
    "retailer",
    "manufacturer",
    "insurer",
    "operator",
    "broadcaster",
    "chain",
    "network",
    "lender",
    "supermarket",
    "conglomerate",
    "maker",
];

/// Spokespeople speak for the organisation named with them, or the one last named.
const SPOKES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative"];

/// Words that end a subject noun phrase.
const BREAK_WORDS: &[&str] = &[
    "of",
    "from",
    "at",
    "for",
    "in",
    "with",
    "against",
    "on",
    "by",
    "to",
    "about",
    "after",
    "before",
    "during",
    "under",
    "over",
    "into",
    "since",
    "than",
    "as",
    "like",
    "via",
    "without",
    "within",
    "across",
    "among",
    "between",
    "near",
    "including",
    "and",
    "or",
    "but",
    "nor",
    "yet",
    "so",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "where",
    "when",
    "while",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "also",
    "not",
    "never",
    "still",
    "then",
    "now",
    "later",
    "already",
    "just",
    "only",
    "even",
    "often",
    "always",
    "again",
    "recently",
    "previously",
    "earlier",
    "once",
    "today",
    "yesterday",
    "however",
    "if",
    "because",
    "although",
    "though",
    "whether",
    "there",
];

/// Words allowed between a subject and its verb.
const AUX_ADVERBS: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "also",
    "then",
    "later",
    "now",
    "previously",
    "earlier",
    "recently",
    "already",
    "again",
    "often",
    "always",
    "once",
    "today",
    "yesterday",
    "himself",
    "herself",
    "itself",
    "themselves",
    "too",
    "both",
    "all",
    "first",
    "last",
    "subsequently",
    "finally",
    "initially",
    "separately",
    "repeatedly",
    "publicly",
    "privately",
    "openly",
    "immediately",
    "quickly",
    "simply",
    "just",
    "since",
];

const PREPOSITIONS: &[&str] = &[
    "of",
    "from",
    "at",
    "for",
    "in",
    "with",
    "against",
    "on",
    "by",
    "about",
    "after",
    "before",
    "during",
    "under",
    "over",
    "since",
    "as",
    "like",
    "via",
    "without",
    "within",
    "across",
    "among",
    "between",
    "near",
    "following",
    "despite",
    "amid",
    "in",
    "unlike",
    "responding",
    "speaking",
    "asked",
    "writing",
    "looking",
    "reporting",
    "addressing",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "whose", "any", "every", "each", "no",
];

const MODALS: &[&str] = &[
    "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

const NEGATIONS: &[&str] = &["not", "never", "no", "nor"];

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];

/// Irregular past tenses, which end a subject phrase like any verb.
const IRREGULAR_PAST: &[&str] = &[
    "spoke",
    "went",
    "came",
    "made",
    "took",
    "gave",
    "met",
    "left",
    "held",
    "won",
    "lost",
    "became",
    "began",
    "saw",
    "knew",
    "got",
    "put",
    "ran",
    "sat",
    "stood",
    "fell",
    "rose",
    "sold",
    "bought",
    "paid",
    "led",
    "kept",
    "brought",
    "sent",
    "spent",
    "built",
    "felt",
    "heard",
    "meant",
    "set",
    "cut",
    "hit",
    "quit",
    "struck",
    "drew",
    "grew",
    "threw",
    "wore",
    "chose",
    "broke",
    "drove",
    "flew",
    "forgot",
    "hid",
    "let",
    "lay",
    "rode",
    "sang",
    "shook",
    "shut",
    "slept",
    "sought",
    "fought",
    "taught",
    "caught",
    "understood",
    "withdrew",
    "overtook",
];

/// Reporting-verb forms that are just as often nouns ("a report", "his comments").
const NOUNISH: &[&str] = &[
    "report",
    "reports",
    "comment",
    "comments",
    "claim",
    "claims",
    "remark",
    "remarks",
    "reply",
    "replies",
    "answer",
    "answers",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "warning",
    "warnings",
    "note",
    "notes",
    "post",
    "tweet",
    "tweets",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "dispute",
    "disputes",
    "demand",
    "demands",
    "call",
    "calls",
    "attack",
    "attacks",
    "welcome",
    "praise",
    "brief",
    "protest",
    "protests",
    "reporting",
    "writing",
    "testimony",
    "statement",
    "finding",
    "findings",
];

/// Lower-case words ending in "-ing"/"-ed" that are nouns or adjectives in a subject.
const NOT_PARTICIPLES: &[&str] = &[
    "thing", "king", "spring", "evening", "morning", "building", "meeting", "funding", "ring",
    "wing", "string", "sibling", "hundred", "speed", "need", "seed", "bed", "red", "shed", "creed",
    "greed", "breed", "feed", "deed", "weed", "reed", "steed",
];

// ---------------------------------------------------------------------------------------
// Quotation marks and pairing
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    role: Role,
}

/// A quotation before speakers are known.
#[derive(Debug, Clone)]
struct RawQuote {
    span: Span,
    inner: Span,
    paragraph: usize,
    /// Opens a paragraph that continues the previous paragraph's unclosed quotation.
    continues: bool,
}

fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

fn is_quote_char(c: char) -> bool {
    is_double_mark(c) || is_single_mark(c)
}

/// Space (or the paragraph edge) or opening punctuation on the left of a mark.
fn open_side(c: Option<char>) -> bool {
    c.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p) || is_quote_char(p))
}

/// Space (or the paragraph edge) or closing punctuation on the right of a mark.
fn close_side(c: Option<char>) -> bool {
    c.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–-…".contains(n) || is_quote_char(n))
}

fn role_from_flanks(prev: Option<char>, next: Option<char>) -> Role {
    match (open_side(prev), close_side(next)) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Double quotation marks of one paragraph, in order.
fn double_marks(text: &str, para: Span) -> Vec<Mark> {
    let slice = para.slice(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut marks = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_double_mark(c) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let role = match c {
            '“' | '„' | '«' => Role::Open,
            '”' | '»' => Role::Close,
            _ => role_from_flanks(prev, next),
        };
        marks.push(Mark {
            pos: para.start + i,
            len: c.len_utf8(),
            role,
        });
    }
    marks
}

/// Words that start with an apostrophe and are not quotations: 'n', 'em, 'til, 'tis.
fn is_elision(after: &str) -> bool {
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "n" | "em" | "til" | "tis" | "twas" | "cause" | "bout" | "round" | "s" | "d" | "ll"
    )
}

/// Single quotation marks of one paragraph; apostrophes are left out.
fn single_marks(text: &str, para: Span) -> Vec<Mark> {
    let slice = para.slice(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut marks = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_single_mark(c) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        // Korea’s, don't, rock'n'roll.
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // '90s, ’em, 'n'.
        if next.is_some_and(|n| n.is_ascii_digit()) || is_elision(&slice[i + c.len_utf8()..]) {
            continue;
        }
        let role = match (open_side(prev), close_side(next)) {
            (true, false) if c != '’' => Role::Open,
            (false, true) if c != '‘' => Role::Close,
            _ => continue,
        };
        marks.push(Mark {
            pos: para.start + i,
            len: c.len_utf8(),
            role,
        });
    }
    marks
}

/// Does the paragraph open with a quotation mark of the same family?
fn opens_with_mark(text: &str, para: Span, single: bool) -> Option<usize> {
    let slice = para.slice(text);
    let c = slice.chars().next()?;
    let ok = if single {
        matches!(c, '\'' | '‘')
    } else {
        matches!(c, '"' | '“' | '„' | '«')
    };
    ok.then_some(para.start)
}

fn pair_quotes(doc: &Document) -> Vec<RawQuote> {
    let text = doc.text.as_str();
    let any_double = doc
        .paragraphs
        .iter()
        .any(|p| p.kind != BlockKind::Heading && p.span.slice(text).chars().any(is_double_mark));
    let mut quotes: Vec<RawQuote> = Vec::new();
    for single in [false, true] {
        // Position of the opening mark that continues the previous paragraph's quote.
        let mut continuation: Option<usize> = None;
        for (pi, para) in doc.paragraphs.iter().enumerate() {
            if single && para.kind != BlockKind::Heading && any_double {
                continuation = None;
                continue;
            }
            let mut marks = if single {
                single_marks(text, para.span)
            } else {
                double_marks(text, para.span)
            };
            if single {
                // Apostrophes and quotes inside a double-quoted passage are not quotes.
                marks.retain(|m| !quotes.iter().any(|q| q.span.contains(m.pos)));
            }
            let mut open: Option<Mark> = None;
            let mut found: Vec<(Mark, Option<Mark>, usize)> = Vec::new();
            for m in marks {
                match (m.role, open) {
                    (Role::Open, Some(o)) => {
                        found.push((o, None, m.pos));
                        open = Some(m);
                    }
                    (Role::Open, None) | (Role::Either, None) => open = Some(m),
                    (Role::Close, Some(o)) | (Role::Either, Some(o)) => {
                        found.push((o, Some(m), m.pos));
                        open = None;
                    }
                    (Role::Close, None) => {}
                }
            }
            let mut next_continuation = None;
            if let Some(o) = open {
                let next_opens = doc
                    .paragraphs
                    .get(pi + 1)
                    .and_then(|next| opens_with_mark(text, next.span, single));
                if let Some(at) = next_opens {
                    // Runs on into the next paragraph: ends with this one.
                    quotes.push(RawQuote {
                        span: Span::new(o.pos, para.span.end),
                        inner: Span::new(o.pos + o.len, para.span.end),
                        paragraph: pi,
                        continues: continuation == Some(o.pos),
                    });
                    next_continuation = Some(at);
                } else {
                    found.push((o, None, para.span.end));
                }
            }
            for (o, close, limit) in found {
                let (span, inner) = match close {
                    Some(c) => (
                        Span::new(o.pos, c.pos + c.len),
                        Span::new(o.pos + o.len, c.pos),
                    ),
                    None => {
                        let end = unclosed_end(doc, pi, o.pos, limit);
                        (Span::new(o.pos, end), Span::new(o.pos + o.len, end))
                    }
                };
                let words = inner.slice(text);
                let letters = words.chars().filter(|c| c.is_alphanumeric()).count();
                if letters == 0 || (single && letters < 2) {
                    continue;
                }
                quotes.push(RawQuote {
                    span,
                    inner,
                    paragraph: pi,
                    continues: continuation == Some(o.pos),
                });
            }
            continuation = next_continuation;
        }
    }
    quotes.sort_by_key(|q| q.span.start);
    quotes.dedup_by(|b, a| a.span.overlaps(b.span));
    quotes
}

/// Where a quotation that is never closed ends: at the end of its sentence, running on
/// through following sentences until one carries a reporting verb (that sentence is the
/// writer's again) or the limit (the next opening mark or the paragraph end) is reached.
fn unclosed_end(doc: &Document, paragraph: usize, open: usize, limit: usize) -> usize {
    let text = doc.text.as_str();
    let para = &doc.paragraphs[paragraph];
    let mut end = limit;
    if let Some(first) = doc.sentence_at(open) {
        end = doc.sentences[first].span.end.min(limit);
        for s in first + 1..para.sentences.end {
            let sentence = &doc.sentences[s];
            if sentence.span.start >= limit {
                break;
            }
            let reports = doc
                .sentence_tokens(s)
                .iter()
                .any(|t| t.kind == TokenKind::Word && reporting_verb(t.span.slice(text)).is_some());
            if reports {
                break;
            }
            end = sentence.span.end.min(limit);
        }
    }
    let trimmed = text[open..end.max(open)].trim_end().len();
    open + trimmed
}

// ---------------------------------------------------------------------------------------
// Speakers
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Unknown,
}

/// A resolved subject of a reporting clause.
#[derive(Debug, Clone)]
struct Subj {
    name: String,
    span: Span,
    entity: Option<EntityId>,
    kind: Kind,
    gender: Gender,
    /// A name, not a common phrase standing in for one.
    named: bool,
}

impl Subj {
    fn speaker(&self) -> Speaker {
        Speaker {
            name: self.name.clone(),
            entity: self.entity,
            span: Some(self.span),
        }
    }
}

/// A subject noun phrase as parsed, before resolution.
#[derive(Debug, Clone)]
enum NpKind {
    /// Tokens `[start, end)` of the name (titles stripped).
    Name(usize, usize),
    Pronoun(usize),
    /// A common noun phrase; `head` is its last word, lower-cased.
    Common {
        head: String,
    },
}

#[derive(Debug, Clone)]
struct Np {
    start: usize,
    /// One past the last token of the phrase's head part.
    end: usize,
    kind: NpKind,
}

/// A reporting verb in a sentence, with the subject it was given.
#[derive(Debug, Clone)]
struct Verb {
    tok: usize,
    subject: Option<Subj>,
    /// In a relative clause ("Mr Kim, who insists ..., said"): not a clause of its own.
    relative: bool,
}

struct Analyzer<'a> {
    doc: &'a Document,
    text: &'a str,
    entities: &'a [Entity],
    /// Every entity mention, sorted by start, for overlap look-ups.
    mention_index: Vec<(Span, EntityId)>,
    longest_mention: usize,
    raws: &'a [RawQuote],
    /// Per document token: inside a quotation (marks included).
    in_quote: Vec<bool>,
    /// Per document token: is it a closing quotation mark.
    quote_close: Vec<bool>,
    /// Capitalised words seen away from the start of a sentence.
    mid_caps: HashSet<String>,
    /// Words seen in lower case.
    lower_words: HashSet<String>,
    /// Surname → gender learned from "Mr"/"Ms" forms.
    genders: HashMap<String, Gender>,
    /// Last words of names already known to be people.
    person_words: HashSet<String>,
    /// Subjects of reporting clauses so far, in order.
    recent: Vec<(usize, Subj)>,
    /// Last words of the names of the people in `recent` (kept with it, so asking
    /// "was this name a speaker already?" does not rescan the draft so far).
    recent_person_surnames: HashSet<String>,
    /// Sentence-initial names so far (fallback antecedents for pronouns).
    mentions: Vec<(usize, Subj)>,
    /// Per sentence: the token of its first "according to" outside quotation marks,
    /// found once (looking for it at every quotation made a long sentence quadratic).
    according_at: Vec<Option<usize>>,
    /// Per sentence: its speech nouns ("statement") outside quotation marks, in order,
    /// so `speech_noun` looks at these instead of every token before each quotation.
    speech_nouns_at: Vec<Vec<usize>>,
}

impl<'a> Analyzer<'a> {
    fn new(doc: &'a Document, entities: &'a [Entity], raws: &'a [RawQuote]) -> Self {
        let text = doc.text.as_str();
        let mut in_quote = vec![false; doc.tokens.len()];
        let mut quote_close = vec![false; doc.tokens.len()];
        for (i, t) in doc.tokens.iter().enumerate() {
            let q = raws.partition_point(|q| q.span.end <= t.span.start);
            if let Some(q) = raws.get(q) {
                if q.span.start <= t.span.start && t.span.end <= q.span.end {
                    in_quote[i] = true;
                    quote_close[i] = t.kind == TokenKind::Punct
                        && t.span.end == q.span.end
                        && q.inner.end < q.span.end;
                }
            }
        }
        let mut mention_index: Vec<(Span, EntityId)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (m.span, id)))
            .collect();
        mention_index.sort_by_key(|(m, _)| m.start);
        let longest_mention = mention_index
            .iter()
            .map(|(m, _)| m.len())
            .max()
            .unwrap_or(0);
        let mut a = Analyzer {
            doc,
            text,
            entities,
            mention_index,
            longest_mention,
            raws,
            in_quote,
            quote_close,
            mid_caps: HashSet::new(),
            lower_words: HashSet::new(),
            genders: HashMap::new(),
            person_words: HashSet::new(),
            recent: Vec::new(),
            recent_person_surnames: HashSet::new(),
            mentions: Vec::new(),
            according_at: Vec::new(),
            speech_nouns_at: Vec::new(),
        };
        a.speech_nouns_at = doc
            .sentences
            .iter()
            .map(|s| {
                let range = s.tokens.clone();
                let ss = range.start;
                range
                    .filter(|&k| k != ss && !a.in_quote[k] && SPEECH_NOUNS.contains(&a.lw(k)))
                    .collect()
            })
            .collect();
        a.according_at = (0..doc.sentences.len())
            .map(|si| {
                let range = doc.sentences[si].tokens.clone();
                (range.start..range.end.saturating_sub(1))
                    .find(|&k| a.lw(k) == "according" && a.lw(k + 1) == "to" && !a.in_quote[k])
            })
            .collect();
        a.learn_words();
        a
    }

    fn learn_words(&mut self) {
        for s in &self.doc.sentences {
            if self.doc.paragraphs[s.paragraph].kind == BlockKind::Heading {
                continue;
            }
            let range = s.tokens.clone();
            for i in range.clone() {
                let t = self.doc.tokens[i];
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = self.w(i);
                let first = w.chars().next().unwrap_or(' ');
                if first.is_lowercase() {
                    self.lower_words.insert(w.to_string());
                } else if first.is_uppercase() && !self.sentence_initial(i, range.start) {
                    self.mid_caps.insert(strip_possessive(w).to_string());
                }
                if let Some(g) = honorific(w) {
                    if let Some(next) = (i + 1 < range.end).then_some(i + 1) {
                        if self.is_cap(next) {
                            let mut j = next;
                            while j + 1 < range.end && self.is_cap(j + 1) {
                                j += 1;
                            }
                            let last = strip_possessive(self.w(j)).to_string();
                            if g != Gender::Unknown {
                                self.genders.insert(last.clone(), g);
                            }
                            self.person_words.insert(last);
                        }
                    }
                }
            }
        }
    }

    fn w(&self, i: usize) -> &'a str {
        self.doc.tokens[i].span.slice(self.text)
    }

    fn lw(&self, i: usize) -> &'a str {
        self.doc.lower(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// First word of its sentence, or first after an opening quotation mark or bracket.
    fn sentence_initial(&self, i: usize, sent_start: usize) -> bool {
        let mut j = i;
        while j > sent_start {
            let t = self.doc.tokens[j - 1];
            let s = self.w(j - 1);
            if t.kind == TokenKind::Punct && (s.chars().all(is_quote_char) || s == "(") {
                j -= 1;
            } else {
                break;
            }
        }
        j == sent_start
    }

    fn is_possessive(&self, i: usize) -> bool {
        let w = self.w(i);
        if w.ends_with("'s") || w.ends_with("’s") {
            return true;
        }
        // "Gibbons' baby": a bare apostrophe glued to a word ending in s.
        w.ends_with('s')
            && self.doc.tokens.get(i + 1).is_some_and(|n| {
                n.span.start == self.doc.tokens[i].span.end
                    && matches!(n.span.slice(self.text), "'" | "’")
            })
    }

    /// Can token `i` be part of a name?
    fn name_token(&self, i: usize, sent_start: usize) -> bool {
        if !self.is_cap(i) || self.in_quote[i] {
            return false;
        }
        let w = strip_possessive(self.w(i));
        if STOP_CAPS.contains(&w) {
            return false;
        }
        if !self.sentence_initial(i, sent_start) {
            return true;
        }
        if honorific(w).is_some() || self.entity_at(self.doc.tokens[i].span).is_some() {
            return true;
        }
        let next_cap = i + 1 < self.doc.tokens.len()
            && self.is_cap(i + 1)
            && !STOP_CAPS.contains(&self.w(i + 1))
            && !self.is_possessive(i);
        next_cap || (self.mid_caps.contains(w) && !self.lower_words.contains(&w.to_lowercase()))
    }

    fn is_particle(&self, i: usize, sent_start: usize, end: usize) -> bool {
        PARTICLES.contains(&self.w(i))
            && i > sent_start
            && i + 1 < end
            && self.is_cap(i - 1)
            && self.is_cap(i + 1)
    }

    /// The first entity (in `entities` order) with a mention overlapping `span`.
    fn entity_at(&self, span: Span) -> Option<EntityId> {
        // Mentions are short; any overlapping one starts after `span.start - longest`.
        let from = self
            .mention_index
            .partition_point(|(m, _)| m.start + self.longest_mention <= span.start);
        self.mention_index[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.overlaps(span))
            .map(|&(_, id)| id)
            .min()
    }

    fn span_of(&self, start: usize, end: usize) -> Span {
        Span::new(
            self.doc.tokens[start].span.start,
            self.doc.tokens[end - 1].span.end,
        )
    }

    /// The text of tokens `[start, end)` with white space runs folded.
    fn phrase(&self, start: usize, end: usize) -> String {
        let raw = self.span_of(start, end).slice(self.text);
        let folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        strip_possessive(&folded).to_string()
    }

    // --- noun phrases -------------------------------------------------------------------

    /// Parses the subject noun phrase starting at token `i` (not past `end`).
    fn parse_np(&self, i: usize, end: usize, sent_start: usize) -> Option<Np> {
        if i >= end || self.in_quote[i] {
            return None;
        }
        let lw = self.lw(i);
        if PRONOUNS.contains(&lw) {
            return Some(Np {
                start: i,
                end: i + 1,
                kind: NpKind::Pronoun(i),
            });
        }
        // A placeholder the writer will fill in: "[SPEAKER] said".
        if self.w(i) == "[" {
            let close = (i + 1..end.min(i + 8)).find(|&k| self.w(k) == "]")?;
            let placeholder = (i + 1..close).all(|k| {
                self.w(k)
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c == '-')
            });
            return (close > i + 1 && placeholder).then_some(Np {
                start: i,
                end: close + 1,
                kind: NpKind::Name(i, close + 1),
            });
        }
        let mut j = i;
        // The last name run and whether the phrase ends in it.
        let mut run: Option<(usize, usize)> = None;
        let mut ends_in_name = false;
        while j < end && !self.in_quote[j] {
            let t = self.doc.tokens[j];
            let s = self.w(j);
            if t.kind == TokenKind::Punct {
                if s == "&" && ends_in_name && j + 1 < end && self.is_cap(j + 1) {
                    j += 1;
                    continue;
                }
                break;
            }
            if self.name_token(j, sent_start) || self.is_particle(j, sent_start, end) {
                match run {
                    Some((a, b)) if b == j && ends_in_name => run = Some((a, j + 1)),
                    _ => run = Some((j, j + 1)),
                }
                ends_in_name = true;
                if self.is_possessive(j) {
                    ends_in_name = false;
                    run = None;
                    j += 1;
                    // Skip the bare apostrophe of "Gibbons'".
                    if j < end && matches!(self.w(j), "'" | "’") {
                        j += 1;
                    }
                    continue;
                }
                j += 1;
                continue;
            }
            if t.kind == TokenKind::Number {
                ends_in_name = false;
                j += 1;
                continue;
            }
            let lw = self.lw(j);
            if BREAK_WORDS.contains(&lw)
                || IRREGULAR_PAST.contains(&lw)
                || (j > i && PRONOUNS.contains(&lw))
                || self.is_participle(j)
                || (self.is_reporting_word(j) && !(j > i && DETERMINERS.contains(&self.lw(j - 1))))
            {
                break;
            }
            // A determiner, adjective or common noun.
            ends_in_name = false;
            j += 1;
        }
        if j == i {
            return None;
        }
        let kind = match run {
            Some((a, b)) if ends_in_name => match self.strip_titles(a, b) {
                Some(start) => NpKind::Name(start, b),
                None => NpKind::Common {
                    head: self.lw(j - 1).to_string(),
                },
            },
            _ => NpKind::Common {
                head: self.lw(j - 1).to_string(),
            },
        };
        Some(Np {
            start: i,
            end: j,
            kind,
        })
    }

    /// First token of the name inside a run, after any titles; `None` if only titles.
    fn strip_titles(&self, a: usize, b: usize) -> Option<usize> {
        let mut start = a;
        for k in a..b {
            let w = self.w(k);
            if is_title(w) || (w == "General" && k > a && is_title(self.w(k - 1))) {
                start = k + 1;
            }
        }
        (start < b).then_some(start)
    }

    fn is_participle(&self, i: usize) -> bool {
        let w = self.w(i);
        if !self.is_word(i) || w.contains('-') || w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let n = w.chars().count();
        ((w.ends_with("ing") && n > 5) || (w.ends_with("ed") && n > 4))
            && !NOT_PARTICIPLES.contains(&w)
    }

    fn is_reporting_word(&self, i: usize) -> bool {
        let lw = self.lw(i);
        reporting_verb(lw).is_some() || CUE_VERBS.contains(&lw)
    }

    /// Name runs inside tokens `[a, b)` (for "An ABC spokesman").
    fn first_name_run(&self, a: usize, b: usize, sent_start: usize) -> Option<(usize, usize)> {
        let mut k = a;
        while k < b {
            if self.name_token(k, sent_start) && !self.is_possessive(k) {
                let mut e = k + 1;
                while e < b && self.name_token(e, sent_start) && !self.is_possessive(e - 1) {
                    e += 1;
                }
                let start = self.strip_titles(k, e).unwrap_or(k);
                return Some((start, e));
            }
            k += 1;
        }
        None
    }

    /// Do the tokens from `k` lead to the verb at `v` the way a subject's do: appositives
    /// between commas or dashes, a prepositional tail, auxiliaries and adverbs?
    fn reaches(&self, mut k: usize, v: usize) -> bool {
        while k < v {
            if self.in_quote[k] {
                return false;
            }
            let s = self.w(k);
            let lw = self.lw(k);
            if s == "," || s == "-" || s == "–" || s == "—" {
                let closer = (k + 1..v).find(|&x| self.w(x) == s && !self.in_quote[x]);
                match closer {
                    Some(c) => k = c + 1,
                    // "Rhodri Thomas, Plaid Cymru health spokesman said": an appositive
                    // with no closing comma, as long as it holds no verb.
                    None => {
                        return (k + 1..v).all(|x| {
                            let lw = self.lw(x);
                            !self.in_quote[x]
                                && !BE_FORMS.contains(&lw)
                                && !matches!(
                                    lw,
                                    "has"
                                        | "had"
                                        | "have"
                                        | "and"
                                        | "but"
                                        | "or"
                                        | "who"
                                        | "which"
                                        | "that"
                                        | "he"
                                        | "she"
                                        | "it"
                                        | "they"
                                )
                        })
                    }
                }
                continue;
            }
            if s == "(" {
                match (k + 1..v).find(|&x| self.w(x) == ")") {
                    Some(c) => k = c + 1,
                    None => return false,
                }
                continue;
            }
            if PREPOSITIONS.contains(&lw) {
                k += 1;
                while k < v
                    && self.w(k) != ","
                    && !AUX_ADVERBS.contains(&self.lw(k))
                    && !self.in_quote[k]
                {
                    k += 1;
                }
                continue;
            }
            if AUX_ADVERBS.contains(&lw) || (lw.ends_with("ly") && lw.len() > 4) {
                k += 1;
                continue;
            }
            return false;
        }
        true
    }

    /// Skips sentence adverbs, conjunctions and an introductory phrase before a subject.
    fn skip_intro(&self, mut i: usize, v: usize) -> usize {
        loop {
            while i < v {
                let lw = self.lw(i);
                let s = self.w(i);
                if s == ","
                    || s == "-"
                    || matches!(
                        lw,
                        "but"
                            | "and"
                            | "however"
                            | "meanwhile"
                            | "later"
                            | "earlier"
                            | "yet"
                            | "so"
                            | "also"
                            | "now"
                            | "then"
                            | "still"
                            | "that"
                            | "instead"
                            | "indeed"
                            | "separately"
                            | "similarly"
                            | "overall"
                            | "already"
                            | "finally"
                            | "nonetheless"
                            | "nevertheless"
                    )
                {
                    i += 1;
                } else {
                    break;
                }
            }
            if i >= v {
                return i;
            }
            let lw = self.lw(i);
            let intro =
                PREPOSITIONS.contains(&lw) || (self.is_cap(i) && self.is_participle_lower(lw));
            if !intro {
                return i;
            }
            match (i + 1..v).find(|&x| self.w(x) == "," && !self.in_quote[x]) {
                Some(c) => i = c + 1,
                None => {
                    // "In November the British Medical Association said": skip the phrase
                    // up to the next determiner or name.
                    i += 1;
                    if i < v && DETERMINERS.contains(&self.lw(i)) {
                        i += 1;
                    }
                    let ss = self.sentence_start(i);
                    while i < v
                        && !self.in_quote[i]
                        && !DETERMINERS.contains(&self.lw(i))
                        && !self.name_token(i, ss)
                    {
                        i += 1;
                    }
                    return i;
                }
            }
        }
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .map(|s| self.doc.sentences[s].tokens.end)
            .unwrap_or(i)
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentence_at(t.span.start))
            .map(|s| self.doc.sentences[s].tokens.start)
            .unwrap_or(0)
    }

    fn is_participle_lower(&self, lw: &str) -> bool {
        let n = lw.chars().count();
        (lw.ends_with("ing") && n > 5) || (lw.ends_with("ed") && n > 4)
    }

    // --- reporting verbs ----------------------------------------------------------------

    /// Is token `i` a reporting verb used as one (not a noun, not negated, not a modal
    /// or infinitive, not a plain passive)? `Some(true)` for an impersonal passive
    /// ("it is reported").
    fn eligible_verb(&self, i: usize, sent_start: usize) -> Option<bool> {
        if self.in_quote[i] || !self.is_word(i) || !self.is_reporting_word(i) {
            return None;
        }
        if self.w(i).chars().next().is_some_and(char::is_uppercase)
            && !self.sentence_initial(i, sent_start)
        {
            return None;
        }
        // Walk back over adverbs.
        let mut p = i;
        let mut prevs: Vec<String> = Vec::new();
        while p > sent_start && prevs.len() < 3 {
            p -= 1;
            if self.in_quote[p] {
                break;
            }
            let lw = self.lw(p);
            let adverb = (lw.ends_with("ly") && lw.len() > 4)
                || matches!(lw, "also" | "then" | "later" | "again" | "once");
            prevs.push(lw.to_string());
            if !adverb {
                break;
            }
        }
        let prev = prevs.last().cloned().unwrap_or_default();
        if DETERMINERS.contains(&prev.as_str()) || MODALS.contains(&prev.as_str()) {
            return None;
        }
        // "Dr Gibbons' comments", "the minister's claims".
        if p < i && (self.is_possessive(p) || matches!(self.w(p), "'" | "’")) {
            return None;
        }
        // "Asked whether ..., Kellner said": an introductory participle, not a clause.
        if i == sent_start
            && self.w(i).chars().next().is_some_and(char::is_uppercase)
            && self.is_participle_lower(self.lw(i))
        {
            return None;
        }
        let negated = (sent_start.max(i.saturating_sub(3))..i).any(|k| {
            let lw = self.lw(k);
            !self.in_quote[k]
                && (NEGATIONS.contains(&lw) || lw.ends_with("n't") || lw.ends_with("n’t"))
        });
        if negated {
            return None;
        }
        // "a pre-Budget report, he ...", "comments on": words that are nouns as often as
        // verbs are nouns before punctuation or a preposition.
        if NOUNISH.contains(&self.lw(i)) {
            let next = self.doc.tokens.get(i + 1).map(|_| self.lw(i + 1));
            if next.is_none_or(|n| {
                matches!(
                    n,
                    "," | "."
                        | ";"
                        | ":"
                        | ")"
                        | "of"
                        | "on"
                        | "into"
                        | "by"
                        | "from"
                        | "for"
                        | "about"
                        | "in"
                        | "at"
                        | "over"
                        | "to"
                        | "and"
                        | "or"
                        | "was"
                        | "is"
                )
            }) {
                return None;
            }
        }
        // "the media reports were", "the claims are": a noun before a verb.
        if let Some(next) = self.doc.tokens.get(i + 1).map(|_| self.lw(i + 1)) {
            if matches!(
                next,
                "is" | "are" | "was" | "were" | "will" | "would" | "have" | "has" | "had"
            ) && !self.w(i).ends_with("ed")
            {
                return None;
            }
        }
        if BE_FORMS.contains(&prev.as_str()) {
            let impersonal = p > sent_start && self.lw(p - 1) == "it";
            return impersonal.then_some(true);
        }
        Some(false)
    }

    /// The subject of an inverted clause: `"...," said Mr Kim.`
    fn inverted_subject(&self, v: usize, se: usize, ss: usize) -> Option<Np> {
        let lw = self.lw(v);
        if v == ss || lw.ends_with("ing") || CUE_VERBS.contains(&lw) {
            return None;
        }
        let before = v - 1;
        let after_quote_or_comma = self.quote_close[before] || self.w(before) == ",";
        if !after_quote_or_comma {
            return None;
        }
        let np = self.parse_np(v + 1, se, ss)?;
        if matches!(np.kind, NpKind::Pronoun(_)) {
            return None;
        }
        // The phrase must end the clause.
        let mut k = np.end;
        if k < se && matches!(self.lw(k), "of" | "from" | "at" | "for") {
            while k < se && !self.in_quote[k] && self.doc.tokens[k].kind != TokenKind::Punct {
                k += 1;
            }
        }
        let boundary = k >= se
            || self.in_quote[k]
            || matches!(
                self.w(k),
                "," | "." | ";" | ":" | "!" | "?" | "(" | "-" | "—" | "–"
            )
            || matches!(self.lw(k), "who" | "which");
        boundary.then_some(np)
    }

    /// Finds the reporting verbs of sentence `si` and their subjects, in order, and
    /// records the subjects as antecedents.
    fn sentence_verbs(&mut self, si: usize) -> Vec<Verb> {
        let range = self.doc.sentences[si].tokens.clone();
        let (ss, se) = (range.start, range.end);
        let mut verbs: Vec<Verb> = Vec::new();
        // A fallback antecedent: the sentence's opening name.
        let first = self.skip_intro(ss, se);
        if let Some(np) = self.parse_np(first, se, ss) {
            if let NpKind::Name(a, b) = np.kind {
                let subj = self.name_subject(a, b);
                let pos = self.doc.tokens[a].span.start;
                self.mentions.push((pos, subj));
            }
        }
        if let Some(subj) = self.according_to(si) {
            self.remember(subj.span.start, subj);
        }
        for v in ss..se {
            let Some(impersonal) = self.eligible_verb(v, ss) else {
                continue;
            };
            let relative = self.relative_pronoun_before(v, ss);
            let subject = if let Some(r) = relative {
                self.relative_antecedent(r, ss)
            } else if impersonal {
                let it = (ss..v).rev().find(|&k| self.lw(k) == "it").unwrap_or(v);
                Some(Subj {
                    name: self.phrase(it, v + 1),
                    span: self.span_of(it, v + 1),
                    entity: None,
                    kind: Kind::Unknown,
                    gender: Gender::Unknown,
                    named: false,
                })
            } else {
                self.normal_subject(v, ss, &verbs).or_else(|| {
                    self.inverted_subject(v, se, ss)
                        .and_then(|np| self.resolve(&np, ss))
                })
            };
            if let Some(s) = &subject {
                self.remember(self.doc.tokens[v].span.start, s.clone());
            }
            verbs.push(Verb {
                tok: v,
                subject,
                relative: relative.is_some(),
            });
        }
        verbs
    }

    /// "who"/"which" just before the verb (an adverb may sit between).
    fn relative_pronoun_before(&self, v: usize, ss: usize) -> Option<usize> {
        let mut k = v;
        for _ in 0..2 {
            if k == ss {
                return None;
            }
            k -= 1;
            let lw = self.lw(k);
            if matches!(lw, "who" | "which") {
                return Some(k);
            }
            if !(lw.ends_with("ly") || AUX_ADVERBS.contains(&lw)) {
                return None;
            }
        }
        None
    }

    /// The name a relative pronoun stands for: "Mr Kim, who ...".
    fn relative_antecedent(&self, r: usize, ss: usize) -> Option<Subj> {
        let mut e = r;
        if e > ss && self.w(e - 1) == "," {
            e -= 1;
        }
        if e == ss || !self.name_token(e - 1, ss) || self.is_possessive(e - 1) {
            return None;
        }
        let mut a = e - 1;
        while a > ss
            && (self.name_token(a - 1, ss) || self.is_particle(a - 1, ss, e))
            && !self.is_possessive(a - 1)
        {
            a -= 1;
        }
        let start = self.strip_titles(a, e)?;
        Some(self.name_subject(start, e))
    }

    /// The subject of a reporting verb written after it: `X said`, `X, who ..., told`.
    fn normal_subject(&self, v: usize, ss: usize, verbs: &[Verb]) -> Option<Subj> {
        let prev = verbs.iter().rev().find(|p| !p.relative);
        let mut cs = ss;
        for k in ss..v {
            if self.quote_close[k] || matches!(self.w(k), ":" | ";") && !self.in_quote[k] {
                cs = k + 1;
            }
        }
        let participle = self.lw(v).ends_with("ing");
        if let Some(p) = prev {
            if p.tok + 1 > cs {
                // After a previous reporting verb a "that" clause has its own subject; a
                // participle without one shares the previous verb's.
                let that = (p.tok + 1..v)
                    .take(4)
                    .find(|&k| self.lw(k) == "that" && !self.in_quote[k]);
                match that {
                    Some(t) => cs = t + 1,
                    None if participle => return p.subject.clone(),
                    None => cs = p.tok + 1,
                }
            }
        }
        let i = self.skip_intro(cs, v);
        let np = self.parse_np(i, v, ss);
        let after_verb = prev.is_some_and(|p| p.tok >= cs.saturating_sub(2) && p.tok < cs);
        if after_verb && !participle {
            // A new subject after a previous reporting verb must be a name or pronoun
            // ("Ms Cole said Mr Ruiz told ..."); otherwise the verbs share one.
            let named = np.as_ref().is_some_and(|np| {
                !matches!(np.kind, NpKind::Common { .. }) && self.reaches(np.end, v)
            });
            if !named {
                return prev.and_then(|p| p.subject.clone());
            }
        }
        match np {
            Some(np) if participle => self.resolve(&np, ss),
            Some(np) if self.reaches(np.end, v) => {
                // "The new President, Viktor Yushchenko, has said".
                if let NpKind::Common { .. } = np.kind {
                    if np.end < v && self.w(np.end) == "," {
                        if let Some(app) = self.parse_np(np.end + 1, v, ss) {
                            if let NpKind::Name(..) = app.kind {
                                if self.reaches(app.end, v) {
                                    return self.resolve(&app, ss);
                                }
                            }
                        }
                    }
                    // "One of the jilted bidders, Netherlands-based group LNM, said".
                    if let Some(c) = (np.end..v).find(|&k| self.w(k) == ",") {
                        if let Some(app) = self.parse_np(c + 1, v, ss) {
                            if let NpKind::Name(..) = app.kind {
                                if app.end < v && self.w(app.end) == "," {
                                    return self.resolve(&app, ss);
                                }
                            }
                        }
                    }
                }
                self.resolve(&np, ss)
            }
            _ => {
                if participle || i >= v {
                    return prev.and_then(|p| p.subject.clone());
                }
                // "he raised borrowing but insisted ...": a second verb of the subject's.
                let coordinated = (i..v)
                    .rev()
                    .find(|&k| !self.lw(k).ends_with("ly"))
                    .is_some_and(|k| matches!(self.lw(k), "and" | "but"));
                if let Some(np) = &np {
                    let named = !matches!(np.kind, NpKind::Common { .. });
                    let clean = (np.end..v).all(|k| !self.in_quote[k] && self.w(k) != ",");
                    if coordinated && named && clean {
                        return self.resolve(np, ss);
                    }
                }
                // "Five branches will shut, the bank has confirmed": the clause after the
                // last comma has its own subject.
                let c = (i..v)
                    .rev()
                    .find(|&k| self.w(k) == "," && !self.in_quote[k])?;
                let j = self.skip_intro(c + 1, v);
                let np = self.parse_np(j, v, ss)?;
                self.reaches(np.end, v)
                    .then(|| self.resolve(&np, ss))
                    .flatten()
            }
        }
    }

    /// A subject for the name in tokens `[a, b)`.
    fn name_subject(&self, a: usize, b: usize) -> Subj {
        let span = self.span_of(a, b);
        if let Some(id) = self.entity_at(span) {
            let e = &self.entities[id];
            // "Mr Murphy" elsewhere in the draft makes Murphy a person whatever the
            // recogniser thought.
            let last = strip_possessive(self.w(b - 1));
            let kind = match e.kind {
                EntityKind::Person => Kind::Person,
                EntityKind::Organization if self.person_words.contains(last) => Kind::Person,
                EntityKind::Organization => Kind::Org,
            };
            let gender = self.gender_of(a, b);
            return Subj {
                name: e.name.clone(),
                span,
                entity: Some(id),
                kind,
                gender,
                named: true,
            };
        }
        let words: Vec<&str> = (a..b).map(|k| strip_possessive(self.w(k))).collect();
        let titled = honorific(words[0]).is_some();
        let org_word = words.iter().any(|w| ORG_WORDS.contains(w));
        let acronyms = words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase())
        });
        let known_person =
            self.person_words.contains(words[0]) || self.recent_person_surnames.contains(words[0]);
        let kind = if titled {
            Kind::Person
        } else if org_word || acronyms {
            Kind::Org
        } else if words.len() >= 2 || known_person {
            Kind::Person
        } else {
            Kind::Unknown
        };
        Subj {
            name: self.phrase(a, b),
            span,
            entity: None,
            kind,
            gender: self.gender_of(a, b),
            named: true,
        }
    }

    /// Records the subject of a reporting clause at `pos`.
    fn remember(&mut self, pos: usize, subj: Subj) {
        if subj.kind == Kind::Person {
            if let Some(last) = subj.name.split(' ').next_back() {
                self.recent_person_surnames.insert(last.to_string());
            }
        }
        self.recent.push((pos, subj));
    }

    fn gender_of(&self, a: usize, b: usize) -> Gender {
        if let Some(g) = honorific(self.w(a)) {
            if g != Gender::Unknown {
                return g;
            }
        }
        let last = strip_possessive(self.w(b - 1));
        self.genders.get(last).copied().unwrap_or(Gender::Unknown)
    }

    /// Turns a parsed phrase into a subject, resolving pronouns and stand-ins.
    fn resolve(&self, np: &Np, ss: usize) -> Option<Subj> {
        match np.kind {
            NpKind::Name(a, b) => Some(self.name_subject(a, b)),
            NpKind::Pronoun(i) => {
                let pos = self.doc.tokens[i].span.start;
                let span = self.doc.tokens[i].span;
                let lw = self.lw(i);
                let found = match lw {
                    "he" | "she" => {
                        let want = if lw == "he" {
                            Gender::Male
                        } else {
                            Gender::Female
                        };
                        let ok = |s: &Subj| {
                            s.kind == Kind::Person
                                && (s.gender == want || s.gender == Gender::Unknown)
                        };
                        self.latest(&self.recent, pos, ok)
                            .or_else(|| self.latest(&self.mentions, pos, ok))
                    }
                    "it" => self.latest(&self.recent, pos, |s| s.kind != Kind::Person),
                    _ => None,
                };
                Some(match found {
                    Some(s) => Subj { span, ..s },
                    None => Subj {
                        name: self.phrase(i, i + 1),
                        span,
                        entity: None,
                        kind: Kind::Unknown,
                        gender: Gender::Unknown,
                        named: false,
                    },
                })
            }
            NpKind::Common { ref head } => {
                let span = self.span_of(np.start, np.end);
                let pos = span.start;
                let org_like = |s: &Subj| s.kind == Kind::Org && s.named;
                let bare = np.end - np.start <= 2;
                if SPOKES.contains(&head.as_str()) {
                    // "a spokeswoman for the Transport Ministry".
                    let tail = (np.end < self.doc.tokens.len()
                        && matches!(self.lw(np.end), "for" | "of" | "at" | "from"))
                    .then(|| {
                        let mut k = np.end + 1;
                        if k < self.doc.tokens.len() && DETERMINERS.contains(&self.lw(k)) {
                            k += 1;
                        }
                        let end = self.sentence_end(k);
                        self.parse_np(k, end, ss)
                    })
                    .flatten();
                    if let Some(Np {
                        kind: NpKind::Name(a, b),
                        ..
                    }) = tail
                    {
                        let mut s = self.name_subject(a, b);
                        s.span = span;
                        return Some(s);
                    }
                    if let Some((a, b)) = self.first_name_run(np.start, np.end, ss) {
                        let mut s = self.name_subject(a, b);
                        if s.kind == Kind::Unknown {
                            s.kind = Kind::Org;
                        }
                        return Some(s);
                    }
                    // Only a bare "a spokesman" stands for the last organisation named;
                    // "a council spokesman" says whose.
                    if bare {
                        if let Some(s) = self.latest(&self.recent, pos, org_like) {
                            return Some(Subj { span, ..s });
                        }
                    }
                }
                let definite = matches!(self.lw(np.start), "the" | "its");
                if BUSINESS_HEADS.contains(&head.as_str()) && definite && bare {
                    if let Some(s) = self.latest(&self.recent, pos, org_like) {
                        return Some(Subj { span, ..s });
                    }
                }
                if let Some(s) = self.role_entity(np) {
                    return Some(s);
                }
                let person_role =
                    is_title(&capitalise(head)) || PERSON_HEADS.contains(&head.as_str());
                // "Gordon Brown ... The chancellor said": a definite role right after a
                // named person stands for that person.
                if person_role && definite && np.end - np.start <= 3 {
                    if let Some(s) = self.previous_sentence_person(pos, head) {
                        return Some(Subj { span, ..s });
                    }
                }
                Some(Subj {
                    name: self.phrase(np.start, np.end),
                    span,
                    entity: None,
                    kind: if person_role {
                        Kind::Person
                    } else if ORG_HEADS.contains(&head.as_str()) {
                        Kind::Org
                    } else {
                        Kind::Unknown
                    },
                    gender: Gender::Unknown,
                    named: false,
                })
            }
        }
    }

    /// The named person who was the subject in the sentence before `pos`, if the roles
    /// the draft gives them do not contradict `head`.
    fn previous_sentence_person(&self, pos: usize, head: &str) -> Option<Subj> {
        let cur = self.doc.sentence_at(pos)?;
        let prev = self.doc.sentences.get(cur.checked_sub(1)?)?.span;
        let candidate = self
            .recent
            .iter()
            .chain(self.mentions.iter())
            .filter(|(p, _)| prev.contains(*p))
            .map(|(_, s)| s)
            .find(|s| s.kind == Kind::Person && s.named)?;
        if let Some(id) = candidate.entity {
            let titles: Vec<String> = self.entities[id]
                .roles
                .iter()
                .map(|r| r.text.to_lowercase())
                .filter(|r| {
                    !r.starts_with("for ") && !r.starts_with("of ") && !r.starts_with("from ")
                })
                .collect();
            if !titles.is_empty() && !titles.iter().any(|r| r.contains(head)) {
                return None;
            }
        }
        Some(candidate.clone())
    }

    /// "the chancellor" when a recognised person has that role in the draft.
    fn role_entity(&self, np: &Np) -> Option<Subj> {
        if self.entities.is_empty() || np.end < np.start + 2 || !matches!(self.lw(np.start), "the")
        {
            return None;
        }
        let role = self.phrase(np.start + 1, np.end).to_lowercase();
        if role.is_empty() {
            return None;
        }
        let span = self.span_of(np.start, np.end);
        let id = self.entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && e.roles.iter().any(|r| {
                    let r = r.text.to_lowercase();
                    r == role || r.ends_with(&format!(" {role}"))
                })
        })?;
        Some(Subj {
            name: self.entities[id].name.clone(),
            span,
            entity: Some(id),
            kind: Kind::Person,
            gender: Gender::Unknown,
            named: true,
        })
    }

    fn latest(
        &self,
        list: &[(usize, Subj)],
        before: usize,
        ok: impl Fn(&Subj) -> bool,
    ) -> Option<Subj> {
        list.iter()
            .rev()
            .filter(|(p, _)| *p < before)
            .find(|(_, s)| ok(s))
            .map(|(_, s)| s.clone())
    }

    // --- quotes -------------------------------------------------------------------------

    fn run(mut self) -> Vec<Quote> {
        let n = self.doc.sentences.len();
        let mut verbs: Vec<Vec<Verb>> = Vec::with_capacity(n);
        let mut out: Vec<Option<Quote>> = Vec::with_capacity(self.raws.len());
        let mut next_quote = 0;
        for si in 0..n {
            verbs.push(self.sentence_verbs(si));
            // Quotes whose last sentence is this one can now be attributed.
            while next_quote < self.raws.len() {
                let raw = &self.raws[next_quote];
                let last = self
                    .doc
                    .sentence_at(raw.span.end.saturating_sub(1))
                    .unwrap_or(si);
                if last > si {
                    break;
                }
                let speaker = self.speaker_for(next_quote, &verbs, &out);
                out.push(Some(Quote {
                    span: raw.span,
                    inner: raw.inner,
                    speaker,
                }));
                next_quote += 1;
            }
        }
        while next_quote < self.raws.len() {
            let raw = &self.raws[next_quote];
            out.push(Some(Quote {
                span: raw.span,
                inner: raw.inner,
                speaker: None,
            }));
            next_quote += 1;
        }
        // Headlines are attributed by the lead, which comes after them.
        for (k, raw) in self.raws.iter().enumerate() {
            let heading = self.doc.paragraphs[raw.paragraph].kind == BlockKind::Heading;
            if heading && out[k].as_ref().is_some_and(|q| q.speaker.is_none()) {
                let lead = self.lead_subject(raw.paragraph, &verbs);
                if let Some(Some(q)) = out.get_mut(k) {
                    q.speaker = lead.map(|s| s.speaker());
                }
            }
        }
        for (k, raw) in self.raws.iter().enumerate() {
            if !self.is_quotation(raw, out[k].as_ref(), &verbs) {
                out[k] = None;
            }
        }
        out.into_iter().flatten().collect()
    }

    /// The attribution of the first body sentence after a headline.
    fn lead_subject(&self, heading: usize, verbs: &[Vec<Verb>]) -> Option<Subj> {
        let para = self
            .doc
            .paragraphs
            .iter()
            .skip(heading + 1)
            .find(|p| p.kind != BlockKind::Heading)?;
        let first = para.sentences.start;
        verbs
            .get(first)?
            .iter()
            .rev()
            .find_map(|v| v.subject.clone())
    }

    fn speaker_for(
        &self,
        k: usize,
        verbs: &[Vec<Verb>],
        done: &[Option<Quote>],
    ) -> Option<Speaker> {
        let raw = &self.raws[k];
        let s0 = self.doc.sentence_at(raw.span.start)?;
        let s1 = self
            .doc
            .sentence_at(raw.span.end.saturating_sub(1))
            .unwrap_or(s0);
        let first_tok = self.doc.sentences[s0].tokens.start;
        let starts_sentence = (first_tok..self.doc.sentences[s0].tokens.end)
            .take_while(|&t| self.doc.tokens[t].span.start < raw.span.start)
            .all(|t| !self.is_word(t));

        let pre = || self.pre_speaker(raw, s0, verbs);
        let post = || self.post_speaker(raw, s1, verbs);
        let found = if starts_sentence {
            post().or_else(pre)
        } else {
            pre().or_else(post)
        };
        if let Some(s) = found {
            return Some(s.speaker());
        }
        if let Some(s) = self.speech_noun(raw, s0) {
            return Some(s.speaker());
        }
        if let Some(s) = self.according_to(s0).or_else(|| self.according_to(s1)) {
            return Some(s.speaker());
        }
        // A paragraph that continues the previous paragraph's quotation.
        if raw.continues {
            return done
                .iter()
                .rev()
                .flatten()
                .next()
                .and_then(|q| q.speaker.clone());
        }
        let para = &self.doc.paragraphs[raw.paragraph];
        // "Mr Kim added:" closing the previous paragraph introduces this one.
        if s0 == para.sentences.start && raw.paragraph > 0 {
            let prev = &self.doc.paragraphs[raw.paragraph - 1];
            if prev.span.slice(self.text).trim_end().ends_with(':') && !prev.sentences.is_empty() {
                let last = prev.sentences.end - 1;
                if let Some(s) = verbs
                    .get(last)
                    .and_then(|vs| vs.iter().rev().find_map(|v| v.subject.clone()))
                {
                    return Some(s.speaker());
                }
            }
        }
        // A paragraph that is this quotation alone, right after a paragraph that ends
        // with an attributed quotation, is more from the same speaker: wire copy runs a
        // speaker's quotes on in paragraphs of their own ("“…,” she said." / "“…”").
        if let Some(s) = self.quote_run_on(raw, s0, done) {
            return Some(s);
        }
        // Otherwise the previous sentence of the paragraph, when it carries the words.
        if s0 > para.sentences.start {
            let prev = s0 - 1;
            let prev_span = self.doc.sentences[prev].span;
            let quote_speaker = done
                .iter()
                .flatten()
                .rev()
                .find(|q| prev_span.contains(q.span.end.saturating_sub(1)) && q.speaker.is_some())
                .and_then(|q| q.speaker.clone().map(|s| (q.span.end, s)));
            let verb_speaker = verbs.get(prev).and_then(|vs| {
                vs.iter().rev().find_map(|v| {
                    v.subject
                        .as_ref()
                        .map(|s| (self.doc.tokens[v.tok].span.start, s.speaker()))
                })
            });
            let best = match (quote_speaker, verb_speaker) {
                (Some(q), Some(v)) => Some(if q.0 >= v.0 { q.1 } else { v.1 }),
                (q, v) => q.or(v).map(|x| x.1),
            };
            if best.is_some() {
                return best;
            }
        }
        None
    }

    /// The speaker of the quotation ending the previous paragraph, when this quotation
    /// is its paragraph's only text and that paragraph is body text.
    fn quote_run_on(&self, raw: &RawQuote, s0: usize, done: &[Option<Quote>]) -> Option<Speaker> {
        let para = &self.doc.paragraphs[raw.paragraph];
        let prev = self.doc.paragraphs.get(raw.paragraph.checked_sub(1)?)?;
        if s0 != para.sentences.start
            || prev.kind == BlockKind::Heading
            || prev.sentences.is_empty()
            || para.kind == BlockKind::Heading
        {
            return None;
        }
        let text = para.span.slice(self.text);
        let lead = text.len() - text.trim_start().len();
        let after = self.text.get(raw.span.end..para.span.end).unwrap_or("");
        let alone = para.span.start + lead == raw.span.start
            && after.trim().chars().all(|c| matches!(c, '.' | ','));
        if !alone {
            return None;
        }
        let last = self.doc.sentences[prev.sentences.end - 1].span;
        let ending = done.iter().flatten().next_back()?;
        // The previous quotation must end in the previous paragraph's last sentence.
        if !last.contains(ending.span.end.saturating_sub(1)) {
            return None;
        }
        ending.speaker.clone()
    }

    /// The nearest reporting clause before the quote in its first sentence.
    fn pre_speaker(&self, raw: &RawQuote, s0: usize, verbs: &[Vec<Verb>]) -> Option<Subj> {
        verbs
            .get(s0)?
            .iter()
            .rev()
            .filter(|v| self.doc.tokens[v.tok].span.end <= raw.span.start)
            .find_map(|v| v.subject.clone())
    }

    /// A reporting clause after the quote in its last sentence: `"...," X said.`,
    /// `"...," said X.`, or one closing the sentence after a comma.
    fn post_speaker(&self, raw: &RawQuote, s1: usize, verbs: &[Vec<Verb>]) -> Option<Subj> {
        let range = self.doc.sentences[s1].tokens.clone();
        // Tokens are in text order: a search, not a scan from the sentence's start at
        // every quotation (quadratic in a long sentence of many quotation marks).
        let after = range.start
            + self.doc.tokens[range.clone()].partition_point(|t| t.span.start < raw.span.end);
        if after >= range.end {
            return None;
        }
        let next_quote = (after..range.end)
            .find(|&t| self.in_quote[t])
            .unwrap_or(range.end);
        // Clause starts: right after the quote, and after each later comma.
        let mut starts = vec![after];
        starts.extend(
            (after..next_quote)
                .filter(|&t| self.w(t) == ",")
                .map(|t| t + 1),
        );
        for start in starts {
            let mut k = start;
            while k < next_quote && self.w(k) == "," {
                k += 1;
            }
            let verb = verbs.get(s1)?.iter().find(|v| {
                v.tok >= k && v.tok < next_quote && v.subject.is_some() && {
                    // Only the clause's own subject may sit between its start and the verb.
                    let np_end = self
                        .parse_np(k, v.tok, range.start)
                        .map(|np| np.end)
                        .unwrap_or(k);
                    v.tok == k || self.reaches(np_end, v.tok)
                }
            });
            if let Some(v) = verb {
                return v.subject.clone();
            }
        }
        None
    }

    /// `Mr Brown's insistence he was not "gloating"`.
    fn speech_noun(&self, raw: &RawQuote, s0: usize) -> Option<Subj> {
        let ss = self.doc.sentences[s0].tokens.start;
        for &k in self.speech_nouns_at.get(s0)?.iter().rev() {
            if self.doc.tokens[k].span.end > raw.span.start {
                continue;
            }
            let mut p = k - 1;
            if matches!(self.w(p), "'" | "’") && p > ss {
                p -= 1;
            }
            if self.is_possessive(p) && self.name_token(p, ss) {
                let mut a = p;
                while a > ss && self.name_token(a - 1, ss) && !self.is_possessive(a - 1) {
                    a -= 1;
                }
                let start = self.strip_titles(a, p + 1).unwrap_or(a);
                return Some(self.name_subject(start, p + 1));
            }
        }
        None
    }

    /// `according to X`.
    fn according_to(&self, si: usize) -> Option<Subj> {
        let range = self.doc.sentences[si].tokens.clone();
        let ss = range.start;
        let k = self.according_at.get(si).copied().flatten()?;
        let np = self.parse_np(k + 2, range.end, ss)?;
        self.resolve(&np, ss)
    }

    /// Titles of works and scare quotes are not quotations.
    fn is_quotation(&self, raw: &RawQuote, quote: Option<&Quote>, verbs: &[Vec<Verb>]) -> bool {
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
        if so_called {
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
            if !own {
                return false;
            }
        }
        // A short scare-quoted phrase nobody is said to have said.
        !(words.len() <= 3 && quote.speaker.is_none())
    }

    /// Lower-cased words just before `pos`, nearest first.
    fn words_before(&self, pos: usize, n: usize) -> Vec<&'a str> {
        let i = self.doc.tokens.partition_point(|t| t.span.end <= pos);
        (i.saturating_sub(n)..i).rev().map(|k| self.lw(k)).collect()
    }

    /// `dubbing Mr Brown "Sir Wastealot"`: a naming verb just before the quote.
    fn named_by_verb(&self, raw: &RawQuote) -> bool {
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

/// Person nouns that head a subject ("the analyst said").
const PERSON_HEADS: &[&str] = &[
    "analyst",
    "economist",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "official",
    "chairman",
    "chairwoman",
    "executive",
    "director",
    "minister",
    "secretary",
    "chancellor",
    "president",
    "leader",
    "chief",
    "head",
    "boss",
    "editor",
    "reporter",
    "correspondent",
    "expert",
    "professor",
    "researcher",
    "witness",
    "detective",
    "officer",
    "source",
    "adviser",
    "advisor",
    "aide",
    "manager",
    "founder",
    "owner",
    "governor",
    "mayor",
    "senator",
    "judge",
    "prosecutor",
    "commissioner",
    "ambassador",
    "diplomat",
];

fn honorific(w: &str) -> Option<Gender> {
    let bare = w.trim_end_matches('.');
    HONORIFICS.iter().find(|(h, _)| *h == bare).map(|&(_, g)| g)
}

fn is_title(w: &str) -> bool {
    let w = strip_possessive(w);
    if w.chars().next().is_some_and(char::is_uppercase)
        && PERSON_HEADS.contains(&w.to_lowercase().as_str())
    {
        return true;
    }
    TITLES.contains(&w)
        || (w.contains('-') && w.split('-').all(|p| TITLES.contains(&p) || p == "General"))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// "The Late Show", "Married ... with Children": every longer word capitalised.
fn is_title_case(words: &[&str]) -> bool {
    let alpha: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if alpha.len() < 2 {
        return false;
    }
    let first_cap = alpha[0].chars().next().is_some_and(char::is_uppercase);
    first_cap
        && alpha
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && alpha
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::markup::Format;
    use crate::analysis::segment::segment;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let doc = segment(text, Format::PlainText);
        find(&doc, &[])
            .into_iter()
            .map(|q| (q.inner.slice(text).to_string(), q.speaker.map(|s| s.name)))
            .collect()
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        quotes(text).into_iter().map(|q| q.1).collect()
    }

    #[test]
    fn straight_and_curly_quotes_with_trailing_attribution() {
        assert_eq!(
            quotes("“We will win the vote,” Tom Hardy said. \"It is done,\" said Mr Hardy."),
            [
                (
                    "We will win the vote,".to_string(),
                    Some("Tom Hardy".to_string())
                ),
                ("It is done,".to_string(), Some("Mr Hardy".to_string())),
            ]
        );
    }

    #[test]
    fn leading_attribution_with_colon_and_object() {
        assert_eq!(
            speakers("The mayor, Ann Bolt, told the BBC: \"We have no money left at all.\""),
            [Some("Ann Bolt".to_string())]
        );
        assert_eq!(
            speakers("Finance Minister Joan Ray said: \"The budget is balanced this year.\""),
            [Some("Joan Ray".to_string())]
        );
    }

    #[test]
    fn pronoun_goes_to_the_last_person_who_spoke() {
        let text = "Union leader Sam Ortiz criticised the plan. \"It will cost jobs in every town,\" he said.";
        assert_eq!(speakers(text), [Some("Sam Ortiz".to_string())]);
        let text = "Ms Lane said the deal was off. Mr Cole disagreed with the board. \"It is not over yet,\" she said.";
        assert_eq!(speakers(text), [Some("Ms Lane".to_string())]);
    }

    #[test]
    fn partial_quote_takes_the_subject_of_the_reporting_verb() {
        let text = "Foreign Secretary Jo Park characterised the strikes as \"reckless and illegal,\" adding that talks would go on.";
        assert_eq!(speakers(text), [Some("Jo Park".to_string())]);
        let text = "Ambassador Ivan Petrov acknowledged the concerns but asserted that the drills were \"within the framework of the treaty.\"";
        assert_eq!(speakers(text), [Some("Ivan Petrov".to_string())]);
    }

    #[test]
    fn according_to_and_org_spokesman() {
        let text = "The plant will close, according to Acme Corp. \"We regret the decision deeply,\" an Acme spokesman said.";
        assert_eq!(speakers(text), [Some("Acme".to_string())]);
        let text =
            "Acme Corp said sales fell. \"Demand has collapsed in Europe,\" the company said.";
        assert_eq!(speakers(text), [Some("Acme Corp".to_string())]);
    }

    #[test]
    fn quote_sentence_continues_previous_speaker_in_paragraph() {
        let text =
            "\"We are ready for the storm,\" said Dana Wu. \"Every shelter is open tonight.\"";
        assert_eq!(
            speakers(text),
            [Some("Dana Wu".to_string()), Some("Dana Wu".to_string())]
        );
    }

    #[test]
    fn multi_paragraph_quote_keeps_its_speaker() {
        let text = "Coach Lee Park said: \"We trained hard all year.\n\n\"The players deserve this win, and so do the fans.\"\n\n\"Nobody saw this coming at all.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].0, "We trained hard all year.");
        assert_eq!(q[0].1.as_deref(), Some("Lee Park"));
        assert_eq!(q[1].1.as_deref(), Some("Lee Park"));
        // A quote paragraph right after an attributed one runs the same speaker on.
        assert_eq!(q[2].1.as_deref(), Some("Lee Park"));
    }

    #[test]
    fn a_quote_paragraph_runs_on_only_after_an_attributed_quote() {
        let ruiz = Some("Ana Ruiz".to_string());
        // Straight after "“…,” said X.": the same speaker.
        let text = "“We were not told,” said Ana Ruiz, a nurse.\n\n\
                    “Nobody asked us about closing the ward at all.”";
        assert_eq!(speakers(text), [ruiz.clone(), ruiz.clone()]);
        // After a paragraph that ends in reporting, after a heading, or with other text
        // in its paragraph: no speaker.
        for text in [
            "“We were not told,” said Ana Ruiz, a nurse. The ward closed in May.\n\n\
             “Nobody asked us about closing the ward at all.”",
            "# “We were not told,” said Ana Ruiz\n\n\
             “Nobody asked us about closing the ward at all.”",
            "“We were not told,” said Ana Ruiz, a nurse.\n\nThe board met in private. \
             “Nobody asked us about closing the ward at all.”",
        ] {
            assert_eq!(speakers(text), [ruiz.clone(), None], "{text}");
        }
    }

    #[test]
    fn colon_at_paragraph_end_introduces_the_quote() {
        let text = "Mayor Eva Lind added:\n\n\"We will rebuild every home that was lost.\"";
        assert_eq!(speakers(text), [Some("Eva Lind".to_string())]);
    }

    #[test]
    fn placeholder_speaker_counts_as_named() {
        let text = "Nothing happened.\n\n\"We will not stand by while it burns,\" [SPEAKER] said.";
        assert_eq!(speakers(text), [Some("[SPEAKER]".to_string())]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "Korea’s exports and Opec's output rose in the '90s, like rock 'n' roll.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn single_quotes_in_headline() {
        let text = "Minister 'will quit by May'\n\nThe minister will step down, it is reported.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "will quit by May");
        assert_eq!(q[0].1.as_deref(), Some("it is reported"));
    }

    #[test]
    fn titles_and_scare_quotes_are_not_quotations() {
        let text = "The network showed \"The Late Show,\" a talk programme. The \"reform\" passed anyway. Its so-called \"peace plan\" failed.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn title_case_quote_with_its_own_speaker_is_kept() {
        let text = "\"Happy New Year,\" Mayor Eva Lind said to the crowd.";
        assert_eq!(speakers(text), [Some("Eva Lind".to_string())]);
        let text = "Its new comedy, \"Married With Children,\" airs on Sunday.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn short_quote_with_reporting_verb_is_kept() {
        let text = "Analyst Jo Bright called the results \"respectable\".";
        assert_eq!(speakers(text), [Some("Jo Bright".to_string())]);
    }

    #[test]
    fn unclosed_quote_stops_before_the_next_reporting_clause() {
        let text = "She said it was \"only a small part of the work. Dr Amin, a GP, said staff wanted rest after \"years of change\".";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].0, "only a small part of the work.");
        assert_eq!(q[1].1.as_deref(), Some("Dr Amin"));
    }

    #[test]
    fn long_quote_without_speaker_has_none() {
        let text =
            "The border was quiet on Monday.\n\n“We will not stand by while the border burns.”";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn negated_and_modal_verbs_do_not_attribute() {
        let text = "Ms Cole said Mr Ruiz had not mentioned \"anything unusual\" at the meeting.";
        assert_eq!(speakers(text), [Some("Ms Cole".to_string())]);
        let text = "Mayor Ken Ito condemned the attack, stressing that the city will respond with \"every measure available.\"";
        assert_eq!(speakers(text), [Some("Ken Ito".to_string())]);
    }

    #[test]
    fn sentence_final_clause_and_bare_spokesman() {
        let text = "Five branches will shut next year, the bank has confirmed. \"It is a hard choice for all of us,\" a spokesman said.";
        // "the bank" is not a name, so the spokesman is left as written.
        assert_eq!(speakers(text), [Some("a spokesman".to_string())]);
        let text = "Halden Bank said branches would shut. \"It is a hard choice for all of us,\" a spokesman said.";
        assert_eq!(speakers(text), [Some("Halden Bank".to_string())]);
        // A spokesperson who says whose is taken as written, and an institution is not
        // swapped for the last company named.
        let text = "Halden Bank said branches would shut. A council spokesperson said: \"No decision is final yet.\" In a statement, the ministry said: \"Savings must be found everywhere.\"";
        assert_eq!(
            speakers(text),
            [
                Some("A council spokesperson".to_string()),
                Some("the ministry".to_string())
            ]
        );
    }

    #[test]
    fn relative_clause_and_appositive_subjects() {
        let text =
            "Mr Obi, who insists he is innocent, said: \"I have lost three years of my life.\"";
        assert_eq!(speakers(text), [Some("Mr Obi".to_string())]);
        let text =
            "Rosa Diaz, Green Party housing spokeswoman said: \"Rents are out of control here.\"";
        assert_eq!(speakers(text), [Some("Rosa Diaz".to_string())]);
        let text = "The new chairman, Paul Tan, has said a \"limited\" review is under way.";
        assert_eq!(speakers(text), [Some("Paul Tan".to_string())]);
    }

    #[test]
    fn inverted_clause_with_role_and_affiliation() {
        let text = "\"The barriers are high,\" industry analyst Ann Poe of C.J. Lawrence said. \"Their saving grace is cash.\"";
        assert_eq!(
            speakers(text),
            [Some("Ann Poe".to_string()), Some("Ann Poe".to_string())]
        );
        let text = "\"Usage peaks at night,\" said Mr Ode, \"when people get home from work.\"";
        assert_eq!(
            speakers(text),
            [Some("Mr Ode".to_string()), Some("Mr Ode".to_string())]
        );
    }

    #[test]
    fn participle_takes_the_clause_subject_not_its_object() {
        let text = "Mayor Lia Berg attacked the budget, dubbing the treasurer \"Mr Overspend\".";
        assert_eq!(speakers(text), [Some("Lia Berg".to_string())]);
        let text = "The witness has said that Mr Ames ordered the changes, telling him to \"fix the numbers\".";
        assert_eq!(speakers(text), [Some("Mr Ames".to_string())]);
    }

    #[test]
    fn newswire_paragraphs_and_headline() {
        let text = "FIRM DEBUTS NEW SERVICE\n    NEW YORK, May 3 - The firm launched a service.\n    \"We expect to lose money for\nthree years,\" said chief executive Jo\nKell.\n";
        assert_eq!(speakers(text), [Some("Jo Kell".to_string())]);
    }

    #[test]
    fn definite_role_after_a_named_person_is_that_person() {
        let text = "Gordon Vale is to freeze fuel duty.\n\nIn an upbeat report, he raised borrowing but insisted targets would be met. The chancellor also hailed the longest run of growth in \"industrial history\".";
        assert_eq!(speakers(text), [Some("Gordon Vale".to_string())]);
        // With nobody named just before, the role stays as written.
        let text = "Fuel duty is frozen.\n\nThe chancellor hailed the longest run of growth in \"industrial history\".";
        assert_eq!(speakers(text), [Some("The chancellor".to_string())]);
    }

    #[test]
    fn manner_verbs_attribute() {
        let text = "\"We have waited ten years for this,\" Ines Roca laughed.";
        assert_eq!(speakers(text), [Some("Ines Roca".to_string())]);
        let text = "Protesters chanted \"no more cuts\" outside the hall.";
        assert_eq!(speakers(text), [Some("Protesters".to_string())]);
    }

    #[test]
    fn noun_uses_of_reporting_words_are_not_clauses() {
        let text =
            "Paul Ek spoke first. In a new report, he warned that prices were \"out of control\".";
        assert_eq!(speakers(text), [Some("Paul Ek".to_string())]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "\"",
            "“",
            "”",
            "\"\"",
            "'",
            "a \" b",
            "“”“",
            "He said: \"",
            "\n\n\"\n\n\"x",
        ] {
            let _ = quotes(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_sound(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("\""), proptest::strategy::Just("“"),
                proptest::strategy::Just("”"), proptest::strategy::Just("'"),
                proptest::strategy::Just("’"), proptest::strategy::Just("‘"),
                proptest::strategy::Just(" "), proptest::strategy::Just("\n\n"),
                proptest::strategy::Just("\n    "), proptest::strategy::Just(". "),
                proptest::strategy::Just(", "), proptest::strategy::Just("said"),
                proptest::strategy::Just("he"), proptest::strategy::Just("Mr"),
                proptest::strategy::Just("Kim"), proptest::strategy::Just("the company"),
                proptest::strategy::Just("a spokesman"), proptest::strategy::Just("who"),
                proptest::strategy::Just("according to"), proptest::strategy::Just("한국"),
                proptest::strategy::Just("U.S."), proptest::strategy::Just(":"),
                proptest::strategy::Just("insisted that"), proptest::strategy::Just("Ann Lee"),
            ],
            0..60,
        )) {
            let text: String = parts.concat();
            let doc = segment(&text, Format::PlainText);
            for q in find(&doc, &[]) {
                proptest::prop_assert!(q.span.start <= q.inner.start);
                proptest::prop_assert!(q.inner.end <= q.span.end);
                proptest::prop_assert!(text.get(q.span.start..q.span.end).is_some());
                proptest::prop_assert!(text.get(q.inner.start..q.inner.end).is_some());
            }
            let _ = segment(&text, Format::Markdown);
        }
    }
}
