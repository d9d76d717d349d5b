//! "Its chairman": the organisation a possessive "its" stands for.

use super::*;

/// "Its chairman" → "chairman of Rivers Alive": "its" is the organisation the clause is
/// about. Mid-sentence, that is the sentence's subject, else the one organisation named
/// before it in the sentence; opening a sentence, the subject of the sentence before,
/// else the one organisation that sentence names ("The health board cut jobs at Ward
/// Hospital. Its chief executive ..." is the board's). When neither settles it, the
/// role stays without an employer ("chief executive"): a guessed one would show in the
/// hover and the fix titles.
pub(crate) fn resolve_its(r: &mut Role, s: &Sent, out: &[Candidate]) {
    let (rest, opens) = match (r.text.strip_prefix("Its "), r.text.strip_prefix("its ")) {
        (Some(rest), _) => (rest.to_string(), true),
        (_, Some(rest)) => (rest.to_string(), false),
        _ => return,
    };
    let doc = s.doc;
    let Some(si) = doc.sentence_at(r.span.start) else {
        return;
    };
    let this = doc.sentences[si].span;
    let before_role = Span::new(this.start, r.span.start);
    let mut org = None;
    if !opens {
        org = sentence_subject_org(doc, si, out).or_else(|| only_org_in(before_role, out));
    }
    if org.is_none() && si > 0 {
        let prev = doc.sentences[si - 1].span;
        org = sentence_subject_org(doc, si - 1, out).or_else(|| only_org_in(prev, out));
    }
    r.text = match org {
        Some(name) => format!("{rest} of {name}"),
        None => rest,
    };
}

/// The organisation opening sentence `si` ("Acme said", "The Acme board said"), if any.
fn sentence_subject_org(doc: &Document, si: usize, out: &[Candidate]) -> Option<String> {
    let toks = &doc.tokens[doc.sentences[si].tokens.clone()];
    let mut first = toks.iter().find(|t| t.kind == TokenKind::Word)?;
    if doc.slice(first.span).eq_ignore_ascii_case("the") {
        first = toks.iter().filter(|t| t.kind == TokenKind::Word).nth(1)?;
    }
    out.iter()
        .find(|c| c.span.start == first.span.start && c.kind == EntityKind::Organization)
        .map(|c| c.name.clone())
}

/// The one organisation named inside `span` (None for none or several).
fn only_org_in(span: Span, out: &[Candidate]) -> Option<String> {
    let mut orgs = out
        .iter()
        .filter(|c| c.kind == EntityKind::Organization && span.contains(c.span.start))
        .filter(|c| c.span.end <= span.end)
        .map(|c| c.name.as_str());
    let first = orgs.next()?;
    orgs.all(|n| n == first).then(|| first.to_string())
}
