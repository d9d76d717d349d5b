//! A name in a list takes the kind of the names listed with it: in "advertisers include
//! Vodafone, Plusnet and AOL" the lone words are companies because AOL is one, and in
//! "singers Madonna, Sir Elton John and Nelly" they are people. Only a real list counts
//! (three names or more, commas between them), only when every name classified in it
//! is of one kind, and only for a name that looks like one (no place, nationality,
//! month, number or common word); where evidence is thin the name stays out.

use super::*;

/// One name run of a sentence and the candidates its classification pushed.
#[derive(Clone, Copy)]
pub(super) struct Classified {
    pub(super) run: Run,
    pub(super) from: usize,
    pub(super) to: usize,
}

/// Pushes a candidate for each unclassified name in a list whose classified names are
/// all of one kind.
pub(super) fn kinds_from_lists(
    s: &Sent,
    start: usize,
    runs: &[Classified],
    out: &mut Vec<Candidate>,
) {
    let mut i = 0;
    while i < runs.len() {
        let mut j = i;
        let mut commas = 0;
        let mut ends_on_and = false;
        // "Tom Ash, Ann Roe and Jo Lim": commas, then "and" or "or" before the last name;
        // commas alone may be an address ("University of Kent, Canterbury, School of
        // Law"), an "and" before a comma is two lists or a name ("Campaign for a Free
        // and Fair Vote, or CFV").
        while j + 1 < runs.len() && !ends_on_and {
            match separator(s, runs[j].run.b, runs[j + 1].run.a) {
                Some((comma, and)) => {
                    commas += usize::from(comma);
                    ends_on_and = and;
                    j += 1;
                }
                None => break,
            }
        }
        if j + 1 - i >= 3 && commas >= 1 && ends_on_and {
            fill_list(s, start, &runs[i..=j], out);
        }
        i = j + 1;
    }
}

/// The words between two names of a list: ",", "and", "or", ", and", ", or". Returns
/// whether a comma and whether "and"/"or" are among them; `None` when they are
/// anything else.
fn separator(s: &Sent, b: usize, a: usize) -> Option<(bool, bool)> {
    let between: Vec<&str> = (b..a).map(|i| s.text(i)).collect();
    match between.as_slice() {
        [","] => Some((true, false)),
        ["and"] | ["or"] => Some((false, true)),
        [",", "and"] | [",", "or"] => Some((true, true)),
        _ => None,
    }
}

fn fill_list(s: &Sent, start: usize, list: &[Classified], out: &mut Vec<Candidate>) {
    let mut kind = None;
    for m in list.iter().filter(|m| m.to > m.from) {
        let Some(k) = kind_of_member(s, m, out) else {
            return;
        };
        if kind.is_some_and(|seen| seen != k) {
            return;
        }
        kind = Some(k);
    }
    let Some(kind) = kind else {
        return;
    };
    for m in list.iter().filter(|m| m.to == m.from) {
        if let Some(c) = listed_name(s, start, m.run, kind) {
            out.push(c);
        }
    }
}

/// The kind of the name a classified run ends on ("BBC chief Greg Dyke" is a person);
/// `None` when nothing it pushed ends where the run does.
fn kind_of_member(s: &Sent, m: &Classified, out: &[Candidate]) -> Option<EntityKind> {
    let end = s.span(m.run.b - 1).end;
    out[m.from..m.to]
        .iter()
        .rev()
        .find(|c| c.span.end == end)
        .map(|c| c.kind)
}

/// A candidate for an unclassified run in a list of `kind`, when its words look like a
/// name: a person's name of one or two words, an organisation's of up to three.
fn listed_name(s: &Sent, start: usize, run: Run, kind: EntityKind) -> Option<Candidate> {
    let words = words_of(s, run.a, run.b);
    let max = if kind == EntityKind::Person { 2 } else { 3 };
    if words.is_empty() || words.len() > max || (run.a..run.b).any(|i| !s.is_word(i)) {
        return None;
    }
    if !ends_a_name(s, run.b) {
        return None;
    }
    let (name, span) = name_of(s, run.a, run.b);
    let name_like = |w: &String| {
        let bare = strip_possessive(w).0;
        !is_place(bare)
            && !is_demonym(bare)
            && !is_calendar(bare)
            && !is_function_word(bare)
            && !is_title_head(bare)
            && !is_honorific(bare)
            && !bare.chars().all(|c| c.is_ascii_digit())
    };
    if !words.iter().all(name_like) || is_place(&name) || is_known_org(&name) {
        return None;
    }
    // "Usher", "Orange", "Home Affairs": common words are a name only with more evidence
    // than a list.
    if words.iter().all(|w| is_common_word(&w.to_lowercase())) {
        return None;
    }
    // "AG Lynch": an abbreviation beside a name is a title or a unit, not a name a list
    // can vouch for; "JPMorgan Chase" in a list of people is a bank.
    let odd_case = |w: &String| is_acronym(w) || is_camel_case(w) || inner_capitals(w);
    if (words.len() > 1 && words.iter().any(|w| is_acronym(w)))
        || (kind == EntityKind::Person && words.iter().any(odd_case))
    {
        return None;
    }
    // "the Bill, Hillary and Chelsea Roe Foundation": given names beside an organisation
    // are a list inside its name.
    if kind == EntityKind::Organization && is_given_name(&words[0]) {
        return None;
    }
    // A sentence's first word is capitalised whatever it is.
    if run.a == start && is_common_word(&words[0].to_lowercase()) {
        return None;
    }
    let roles = match kind {
        EntityKind::Person => list_role_before(s, run.a).into_iter().collect(),
        _ => Vec::new(),
    };
    Some(Candidate {
        span,
        name,
        words,
        kind,
        strong: false,
        honorific: false,
        roles,
        acronym: None,
    })
}

/// Whether the token after a list member closes a name: not a capitalised word the run
/// stopped short of ("and Grammy Award-winning composer"), not a role noun the member
/// qualifies ("and Civil Rights icon Ann Roe"), not an abbreviation's stop inside the
/// sentence ("Jack St. Martin").
fn ends_a_name(s: &Sent, b: usize) -> bool {
    if b >= s.len() {
        return true;
    }
    let next = s.text(b);
    if next == "." {
        return b + 1 >= s.len();
    }
    !first_upper(next) && !is_role_noun(&next.to_lowercase())
}

/// "JPMorgan", "GlaxoSmithKline": capitals inside a word that no name prefix explains
/// ("McAdam", "O'Neill" and "Smith-Jones" are names).
fn inner_capitals(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mac")
        .or_else(|| w.strip_prefix("Mc"))
        .unwrap_or(w);
    let mut prev = ' ';
    rest.chars().enumerate().any(|(i, c)| {
        let inner = i > 0 && c.is_uppercase() && !matches!(prev, '\'' | '’' | '-');
        prev = c;
        inner
    })
}
