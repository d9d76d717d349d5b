//! `--format github`: GitHub Actions workflow commands, one line a finding, which the
//! runner turns into annotations on the pull request:
//!
//! `::warning file=drafts/a.md,line=3,col=5,endLine=3,endColumn=14,title=vague-attribution (sayswho)::Which officials? …`
//!
//! Values are escaped as the runner expects: `%`, CR and LF in the message; those and
//! `:` and `,` in properties.

use std::io::Write;

use super::Checked;
use crate::analysis::{LineIndex, Severity};

pub fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    for file in checked {
        let index = LineIndex::new(&file.text);
        let path = file.path.to_string_lossy().replace('\\', "/");
        for f in &file.report.findings {
            let start = index.line_col(f.underline().start);
            let end = index.line_col(f.underline().end);
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Information | Severity::Hint => "notice",
            };
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&format!("{} (sayswho)", f.code)),
                escape_data(&f.message),
            )?;
        }
    }
    Ok(())
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(escape_data("50% said\r\nno"), "50%25 said%0D%0Ano");
        assert_eq!(escape_property("a,b:c%"), "a%2Cb%3Ac%25");
    }
}
