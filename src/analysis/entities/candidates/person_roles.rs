//! A person's roles as the sentence states them around the name, after a title: role
//! phrases before, set-off and fronted roles, plural roles before lists, appositives after,
//! and how a role after the name joins the one before it.

use super::*;

/// A person's roles as the sentence states them around the name, after any title role
/// and leading role already read: a role noun right before, a role set off before, an
/// apposition before or after, a plural role before a list of names.
pub(super) fn person_roles(
    s: &Sent,
    lex: &Lex,
    at: &Spans,
    has_title: bool,
    role_before: bool,
    mut roles: Vec<Role>,
    out: &[Candidate],
) -> Vec<Role> {
    let (run_a, b) = (at.run_a, at.b);
    // Role noun right before the name: "aviation analyst Mike Powell".
    if role_before && !has_title {
        let field_role = role_of_field_before(s, run_a);
        if let Some(r) = field_role.or_else(|| role_phrase_before(s, run_a)) {
            roles.push(r);
        }
    }
    // A role set off before the name: "The new President, Viktor Yushchenko, said";
    // "For the Welsh Liberal Democrats, Kirsty Williams said".
    if roles.is_empty() {
        if let Some(r) = fronted_role(s, lex, run_a, b) {
            roles.push(r);
        }
    }
    // "her Chinese counterpart, Wang Lihua,"; "the head of the Red Cross, Ana Ruiz".
    if roles.is_empty() {
        if let Some(r) = appositive_role_before(s, lex, run_a, b) {
            roles.push(r);
        }
    }
    // "actors Kevin Spacey, Halle Berry and George Clooney": a plural role before a list
    // of names is each one's role.
    if roles.is_empty() {
        if let Some(r) = list_role_before(s, run_a) {
            roles.push(r);
        }
    }
    // "Britain's Jo Roe": the country's possessive says the person's nationality.
    if roles.is_empty() {
        if let Some(r) = nationality_before(s, run_a) {
            roles.push(r);
        }
    }
    // "Its chairman, Tom Ash": the role belongs to the organisation the clause is about.
    for r in roles.iter_mut() {
        resolve_its(r, s, out);
    }
    // Appositive after: "Valeriy Ryabykh, editor of ...", "Moon Seong-mok from the ...".
    if let Some(r) = role_after_name(s, lex, b, roles.last().cloned()) {
        push_role_after(&mut roles, r);
    }
    // Organisations named inside "of/at/from the X" after the name are found as their
    // own runs with `prep_org`.
    roles
}

/// "aviation analyst Mike Powell of Dresdner ...": a prepositional role after the name
/// completes the role before it; any other role after is a role of its own.
pub(super) fn push_role_after(roles: &mut Vec<Role>, r: Role) {
    if let Some(last) = roles.last_mut() {
        // "study co-author Ann Roe, a research fellow at Acme,": a role phrase before the
        // name and an appositive after it are one introduction, stated in two parts. A
        // formal title keeps its own role (title-mismatch compares it alone) and a bare
        // nationality gives way instead (`Entity::role`).
        let before_name = last.span.end < r.span.start;
        if before_name
            && last.title.is_none()
            && !is_demonym(&last.text)
            && !is_prep_role(&r.text)
            && reads_as_role(&r.text)
        {
            last.text = format!("{}, {}", last.text, r.text);
            last.span = Span::new(last.span.start, r.span.end);
            return;
        }
        if r.span.start > last.span.end
            && r.text.starts_with(|c: char| c.is_lowercase())
            && is_prep_role(&r.text)
        {
            last.text = format!("{} {}", last.text, r.text);
            last.span = Span::new(last.span.start, r.span.end);
            return;
        }
    }
    roles.push(r);
}

/// An appositive that names a role in a noun phrase: it opens on an article, a role
/// modifier or a role noun and has a role noun or title in it ("a research fellow at
/// Acme", "associate professor of law"); "served as governor" opens on a verb and "the
/// church" names no role.
pub(super) fn reads_as_role(text: &str) -> bool {
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let opens =
        matches!(first, "a" | "an" | "the") || is_role_modifier(first) || is_role_noun(first);
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // "son Sam and daughter Ann": a role noun before a capitalised word introduces
    // someone else.
    let another_person = words
        .windows(2)
        .any(|p| is_role_noun(p[0]) && first_upper(p[1]));
    opens && !another_person && words.iter().any(|w| is_role_noun(w) || is_title_head(w))
}

pub(super) fn is_prep_role(t: &str) -> bool {
    ["of ", "at ", "from ", "for "]
        .iter()
        .any(|p| t.starts_with(p))
}
