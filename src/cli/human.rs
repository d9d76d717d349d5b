//! Output for people, as rustc, ruff and Vale print it: the severity, code and message;
//! `--> file:line:col`; a window of the line around the flagged words cut to the
//! terminal's width, with carets under them; the related places ("Peskov is introduced
//! here") under their own lines; and the first fix as `help:`. `--quiet` prints one
//! line per finding, `file:line:col: severity[code] message`.
//!
//! Rendering is annotate-snippets (the rust-lang crate behind rustc's and cargo's
//! messages): it cuts a long line to a window around its annotations, which a news
//! paragraph of 900 characters on one line needs, and its styles are anstyle's.

use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use unicode_width::UnicodeWidthStr;

use super::terminal_safe::terminal_safe;
use super::Checked;
use crate::analysis::{suppress, Finding, LineIndex, Severity, Span};

/// Narrowest column for wrapped text, however narrow the terminal.
const MIN_TEXT_WIDTH: usize = 30;

/// How to draw: colours (a terminal, and `NO_COLOR` not set) and the width to fit.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

/// Every finding of every file, then (unless `quiet`) the count.
pub fn write(
    out: &mut impl Write,
    checked: &[Checked],
    quiet: bool,
    style: Style,
) -> std::io::Result<()> {
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(style.width);
    let mut total = 0;
    for file in checked {
        let index = LineIndex::new(&file.text);
        // The draft as it is safe to show: control characters made visible, byte for byte.
        let text = terminal_safe(&file.text);
        let path = terminal_safe(&file.path.display().to_string()).into_owned();
        for f in &file.report.findings {
            total += 1;
            if quiet {
                let at = index.line_col(f.underline().start);
                writeln!(
                    out,
                    "{path}:{}:{}: {}[{}] {}",
                    at.line,
                    at.column,
                    f.severity.as_str(),
                    f.code,
                    terminal_safe(&f.message)
                )?;
            } else {
                let report = finding_report(&text, &index, &path, f, style.width);
                writeln!(out, "{}\n", renderer.render(&report))?;
            }
        }
    }
    if quiet {
        return Ok(());
    }
    if total > 0 {
        writeln!(
            out,
            "`sayswho explain CODE` says what a rule flags, and why."
        )?;
    }
    let files = checked.len();
    writeln!(
        out,
        "{total} finding{} in {files} file{}",
        if total == 1 { "" } else { "s" },
        if files == 1 { "" } else { "s" }
    )?;
    Ok(())
}

fn level_name(severity: Severity) -> &'static str {
    severity.as_str()
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Information => Level::INFO.with_name("information"),
        Severity::Hint => Level::NOTE.with_name("hint"),
    }
}

/// One finding as annotate-snippets draws it: its lines with the flagged words marked,
/// each related place as a note over its own lines, and the first fix that edits the
/// copy (the "Ignore …" fixes every finding has are left to the editor).
fn finding_report<'a>(
    text: &'a str,
    index: &LineIndex,
    path: &'a str,
    f: &'a Finding,
    width: usize,
) -> Vec<Group<'a>> {
    let head = level_name(f.severity).len() + f.code.as_str().len() + 4;
    let title = level(f.severity)
        .primary_title(safe_wrap(&f.message, width.saturating_sub(head)))
        .id(f.code.as_str());
    let mut groups = vec![Group::with_title(title).element(marked(
        text,
        index,
        path,
        f.underline(),
        AnnotationKind::Primary,
    ))];
    for r in &f.related {
        let note = Level::NOTE.secondary_title(safe_wrap(&r.message, width.saturating_sub(6)));
        groups.push(Group::with_title(note).element(marked(
            text,
            index,
            path,
            r.span,
            AnnotationKind::Context,
        )));
    }
    if let Some(fix) = f.fixes.iter().find(|fix| !suppress::is_ignore(fix)) {
        let help = safe_wrap(&fix.title, width.saturating_sub(5));
        groups.push(Group::with_title(
            Level::HELP.with_name("fix").secondary_title(help),
        ));
    }
    groups
}

/// The lines of `span`, with its words underlined.
fn marked<'a>(
    text: &'a str,
    index: &LineIndex,
    path: &'a str,
    span: Span,
    kind: AnnotationKind,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let (lines, first_line) = lines_around(text, index, span);
    Snippet::source(&text[lines.clone()])
        .line_start(first_line)
        .path(path)
        .annotation(kind.span(relative(span, &lines)))
}

/// The byte range of the whole lines `span` touches (without the last line ending),
/// and the 1-based number of the first.
fn lines_around(text: &str, index: &LineIndex, span: Span) -> (Range<usize>, usize) {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..]
        .find('\n')
        .map_or(text.len(), |i| end + i)
        .max(line_start);
    let line_end = if text[line_start..line_end].ends_with('\r') {
        line_end - 1
    } else {
        line_end
    };
    let number = index.line_col(line_start).line;
    (line_start..line_end.max(line_start), number)
}

/// `span` made relative to `lines`, kept inside them and at least one character wide.
fn relative(span: Span, lines: &Range<usize>) -> Range<usize> {
    let start = span.start.clamp(lines.start, lines.end) - lines.start;
    let end = span.end.clamp(lines.start, lines.end) - lines.start;
    start..end.max(start)
}

/// `text` broken at spaces into lines of at most `width` columns (a longer word keeps
/// its own line), the lines after the first indented by `indent` to sit under the
/// first. Columns are counted as a terminal shows them (unicode-width).
/// `text` (a message that may quote the draft) made safe to print, then wrapped.
fn safe_wrap(text: &str, width: usize) -> Cow<'_, str> {
    match terminal_safe(text) {
        Cow::Borrowed(text) => wrap(text, width, 0),
        Cow::Owned(safe) => Cow::Owned(wrap(&safe, width, 0).into_owned()),
    }
}

fn wrap(text: &str, width: usize, indent: usize) -> Cow<'_, str> {
    let width = width.max(MIN_TEXT_WIDTH);
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut line = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.width();
        if line > 0 && line + 1 + w > width {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += w;
    }
    Cow::Owned(out)
}
