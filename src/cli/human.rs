//! Output for people: `file:line:col: severity[code] message`, the source line, a caret.

use std::io::Write;

use super::terminal_safe::terminal_safe;
use super::Checked;
use crate::analysis::LineIndex;

/// `quiet` leaves out the closing count.
pub fn write(out: &mut impl Write, checked: &[Checked], quiet: bool) -> std::io::Result<()> {
    let mut total = 0;
    for file in checked {
        let index = LineIndex::new(&file.text);
        for f in &file.report.findings {
            total += 1;
            let at = index.line_col(f.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                terminal_safe(&file.path.display().to_string()),
                at.line,
                at.column,
                f.severity.as_str(),
                f.code,
                terminal_safe(&f.message)
            )?;
            let line = index.line_text(at.line);
            writeln!(out, "    {}", terminal_safe(line))?;
            let end = index.line_col(f.span.end);
            let width = if end.line == at.line {
                end.column.saturating_sub(at.column).max(1)
            } else {
                line.chars().count().saturating_sub(at.column - 1).max(1)
            };
            writeln!(
                out,
                "    {}{}",
                " ".repeat(at.column - 1),
                "^".repeat(width)
            )?;
        }
    }
    if quiet {
        return Ok(());
    }
    let files = checked.len();
    writeln!(
        out,
        "{total} finding{} in {files} file{}",
        if total == 1 { "" } else { "s" },
        if files == 1 { "" } else { "s" }
    )
}
