use super::*;
use crate::analysis::markup::Format;
use crate::analysis::segment::segment;

mod clauses;
mod credit;
mod marks;
mod speakers;
mod subjects;

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
