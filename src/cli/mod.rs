//! The command-line checker: the same `analyze` over files, printed for people or tools.

mod human;
mod json;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::ValueEnum;

use crate::analysis::{self, Format, Report, Severity};
use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Information,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Information => Some(Severity::Information),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Drafts to check; directories are searched for .md, .markdown and .txt files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Exit with status 1 when any finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
}

/// One checked file.
pub struct Checked {
    pub path: PathBuf,
    pub text: String,
    pub report: Report,
}

/// Exit status: 0 clean, 1 findings at or above `--fail-on`, 2 usage or I/O error.
pub fn check(args: &CheckArgs) -> anyhow::Result<i32> {
    let config = Config::default();
    let files = collect_files(&args.paths)?;
    let mut checked = Vec::with_capacity(files.len());
    for path in files {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| anyhow::anyhow!("{} is not UTF-8 text", path.display()))?;
        let report = analysis::analyze(&text, Format::from_path(&path), &config.context);
        checked.push(Checked { path, text, report });
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        OutputFormat::Human => human::write(&mut out, &checked)?,
        OutputFormat::Json => json::write(&mut out, &checked)?,
    }
    out.flush()?;
    let failing = args.fail_on.threshold().is_some_and(|t| {
        checked
            .iter()
            .flat_map(|c| &c.report.findings)
            .any(|f| f.severity >= t)
    });
    Ok(i32::from(failing))
}

fn is_draft(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("md" | "markdown" | "txt")
    )
}

/// Files named on the command line, and drafts found under named directories, sorted.
fn collect_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let meta =
            std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
        if meta.is_dir() {
            walk(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type()?.is_dir() {
            walk(&path, files)?;
        } else if is_draft(&path) {
            files.push(path);
        }
    }
    Ok(())
}
