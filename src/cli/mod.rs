//! The command-line checker: the same `analyze` over files, printed for people or tools.

mod github;
mod human;
mod json;
mod sarif;
pub mod terminal_safe;

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use clap::ValueEnum;
use rayon::prelude::*;

use crate::analysis::{self, Format, Report, Severity};
use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// `file:line:col: severity[code] message`, the line, a caret.
    Human,
    /// The schema in the README; tools depend on it.
    Json,
    /// SARIF 2.1.0, for code-scanning and review tools.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
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
    /// Use this sayswho.toml for every draft instead of looking for one beside each
    /// draft (in its directory or any parent).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the findings and nothing else: no summary, no progress bar, no warnings
    /// about settings.
    #[arg(long, short)]
    pub quiet: bool,
}

/// One checked file.
pub struct Checked {
    pub path: PathBuf,
    pub text: String,
    pub report: Report,
}

/// Exit status: 0 clean, 1 findings at or above `--fail-on`, 2 usage, I/O or settings
/// error (a broken `sayswho.toml` or knowledge-base file is reported with path and line).
pub fn check(args: &CheckArgs) -> anyhow::Result<i32> {
    let files = collect_files(&args.paths)?;
    let configs = Configs::new(args.config.as_deref())?;
    let mut jobs = Vec::with_capacity(files.len());
    for path in files {
        let config = configs.for_file(&path)?;
        if !config.exclude.is_empty() && config.is_excluded(&path) {
            continue;
        }
        jobs.push((path, config));
    }
    let settings_errors = configs.errors();
    {
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        if !args.quiet {
            for warning in configs.warnings() {
                writeln!(err, "sayswho: warning: {warning}")?;
            }
        }
        for error in &settings_errors {
            writeln!(err, "sayswho: error: {error}")?;
        }
    }

    let progress = progress_bar(jobs.len(), args.quiet);
    let results: Vec<anyhow::Result<Checked>> = jobs
        .par_iter()
        .map(|(path, config)| {
            let checked = check_file(path, config);
            progress.inc(1);
            checked
        })
        .collect();
    progress.finish_and_clear();
    // One unreadable draft (not UTF-8, a dangling symlink) is named and the rest are
    // still reported; the exit status then says something went wrong.
    let mut unreadable = 0;
    let mut checked = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(c) => checked.push(c),
            Err(e) => {
                unreadable += 1;
                eprintln!("sayswho: error: {e:#}");
            }
        }
    }

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        OutputFormat::Human => human::write(&mut out, &checked, args.quiet)?,
        OutputFormat::Json => json::write(&mut out, &checked)?,
        OutputFormat::Sarif => sarif::write(&mut out, &checked)?,
        OutputFormat::Github => github::write(&mut out, &checked)?,
    }
    out.flush()?;
    let failing = args.fail_on.threshold().is_some_and(|t| {
        checked
            .iter()
            .flat_map(|c| &c.report.findings)
            .any(|f| f.severity >= t)
    });
    if unreadable > 0 || !settings_errors.is_empty() {
        return Ok(2);
    }
    Ok(i32::from(failing))
}

fn check_file(path: &Path, config: &Config) -> anyhow::Result<Checked> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if !meta.is_file() {
        anyhow::bail!("{} is not a regular file; not read", path.display());
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("{} is not UTF-8 text; not checked", path.display()))?;
    // A byte-order mark is no column an editor shows: dropped, line 1 counts from the
    // first letter in every output format.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    let report = analysis::analyze(&text, Format::from_path(path), &config.context);
    Ok(Checked {
        path: path.to_path_buf(),
        text,
        report,
    })
}

/// Drafts checked before a progress bar is worth drawing.
const PROGRESS_MIN_FILES: usize = 8;

/// A bar on stderr when it is a terminal and the run is long enough; hidden otherwise
/// (piped output, CI logs, `--quiet`).
fn progress_bar(len: usize, quiet: bool) -> indicatif::ProgressBar {
    if quiet || len < PROGRESS_MIN_FILES || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} drafts checked ({eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// The settings for each draft: one `--config` for all, or the nearest `sayswho.toml`
/// above each draft, each file read once.
struct Configs {
    fixed: Option<Arc<Config>>,
    by_file: std::sync::Mutex<HashMap<PathBuf, Arc<Config>>>,
    default: Arc<Config>,
}

impl Configs {
    fn new(explicit: Option<&Path>) -> anyhow::Result<Self> {
        let fixed = match explicit {
            Some(path) => Some(Arc::new(Config::load(path)?)),
            None => None,
        };
        Ok(Configs {
            fixed,
            by_file: std::sync::Mutex::new(HashMap::new()),
            default: Arc::new(Config::new()),
        })
    }

    fn for_file(&self, draft: &Path) -> anyhow::Result<Arc<Config>> {
        if let Some(fixed) = &self.fixed {
            return Ok(fixed.clone());
        }
        let dir = std::fs::canonicalize(draft)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let Some(path) = Config::discover(&dir) else {
            return Ok(self.default.clone());
        };
        let mut cache = self
            .by_file
            .lock()
            .map_err(|_| anyhow::anyhow!("settings cache poisoned"))?;
        if let Some(config) = cache.get(&path) {
            return Ok(config.clone());
        }
        let config = Arc::new(Config::load(&path)?);
        cache.insert(path, config.clone());
        Ok(config)
    }

    /// Every settings file read, once each, in path order.
    fn all(&self) -> Vec<Arc<Config>> {
        let mut all: Vec<_> = self.fixed.iter().cloned().collect();
        if let Ok(cache) = self.by_file.lock() {
            let mut cached: Vec<_> = cache.iter().collect();
            cached.sort_by(|a, b| a.0.cmp(b.0));
            all.extend(cached.into_iter().map(|(_, c)| c.clone()));
        }
        all
    }

    /// Every warning of every settings file read, once each, in path order.
    fn warnings(&self) -> Vec<crate::config::Problem> {
        self.all()
            .iter()
            .flat_map(|c| c.warnings.iter().cloned())
            .collect()
    }

    /// What each settings file had to leave out (a knowledge file it cannot read), once.
    fn errors(&self) -> Vec<crate::config::Problem> {
        self.all()
            .iter()
            .flat_map(|c| c.errors.iter().cloned())
            .collect()
    }
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
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files)?,
            // A file that cannot be read is named when it is checked, with the others.
            _ => files.push(path.clone()),
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
