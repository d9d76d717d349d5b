//! The shape of a word: capitals, acronyms, possessives, where a sentence's words start.

use super::*;

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

pub(super) fn first_upper(w: &str) -> bool {
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
pub(super) const NOT_ORG_ACRONYMS: &[&str] = &[
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

pub(super) fn is_not_org_acronym(w: &str) -> bool {
    NOT_ORG_ACRONYMS.contains(&w)
}

/// Does this word, written with a capital, look like part of a name?
pub(super) fn is_cap_word(w: &str) -> bool {
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
pub(super) fn all_caps_sentence(s: &Sent) -> bool {
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
pub(super) fn first_word(s: &Sent) -> usize {
    (0..s.len()).find(|&i| s.is_word(i)).unwrap_or(0)
}
