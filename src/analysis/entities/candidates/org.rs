//! Organisation evidence inside a run: gazetteer entries, heads and suffixes, acronyms
//! defined in brackets.

use super::*;

/// Finds an organisation name inside the run: a gazetteer entry, or words ending in an
/// organisation head or suffix. Returns its token range.
pub(super) fn org_in_run(s: &Sent, lex: &Lex, a: usize, b: usize) -> Option<(usize, usize)> {
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
pub(super) fn team_position(s: &Sent, i: usize) -> bool {
    is_team_position(s.text(i)) && i > 0 && s.is_word(i - 1) && is_cap_word(s.text(i - 1))
}

pub(super) fn push_org(
    s: &Sent,
    lex: &Lex,
    a: usize,
    b: usize,
    strong: bool,
    out: &mut Vec<Candidate>,
) {
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
pub(super) fn acronym_after(s: &Sent, b: usize) -> Option<(String, Span)> {
    if b + 2 < s.len() && s.text(b) == "(" && s.text(b + 2) == ")" && is_acronym(s.text(b + 1)) {
        return Some((s.text(b + 1).to_string(), s.span(b + 1)));
    }
    None
}

/// "Labour MP Ann Roe", "Tory Shadow Chancellor Jo Lim": a party that opens a person's
/// role names the party too, so the party is a mention of its own. Only roles the
/// candidates pushed since `from` are read, and a party some candidate already covers is
/// not pushed twice.
pub(super) fn push_parties_in_roles(s: &Sent, from: usize, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for c in &out[from..] {
        if c.kind != EntityKind::Person {
            continue;
        }
        for r in &c.roles {
            if let Some(party) = party_opening(s, r) {
                found.push(party);
            }
        }
    }
    for party in found {
        if out
            .iter()
            .any(|c| c.span.start < party.span.end && party.span.start < c.span.end)
        {
            continue;
        }
        out.insert(from, party);
    }
}

/// The party whose name is the first word of the role, as a candidate.
fn party_opening(s: &Sent, r: &Role) -> Option<Candidate> {
    let i = (0..s.len()).find(|&i| s.is_word(i) && s.span(i).start == r.span.start)?;
    let (word, _) = strip_possessive(s.text(i));
    // "labour minister" is a portfolio, not the party.
    if !first_upper(word) {
        return None;
    }
    party_family(word)?;
    // The role must go on past the party: "Labour" alone is no role that opens on it.
    if s.span(i).end >= r.span.end {
        return None;
    }
    let (name, span) = name_of(s, i, i + 1);
    Some(Candidate {
        span,
        name,
        words: vec![word.to_string()],
        kind: EntityKind::Organization,
        strong: true,
        honorific: false,
        roles: Vec::new(),
        acronym: None,
    })
}
