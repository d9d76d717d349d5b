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

use crate::analysis::{self, Format, Report, RuleCode, Severity};
use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people: the message, a window of the line with carets under the flagged
    /// words, related places and the first fix (`--quiet`: one line per finding).
    Human,
    /// The schema in the README; tools depend on it.
    Json,
    /// SARIF 2.1.0, for code-scanning and review tools.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
}

/// When to colour the human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Information,
    Hint,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Information => Some(Severity::Information),
            FailOn::Hint => Some(Severity::Hint),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Drafts to check; directories are searched for .md, .markdown and .txt files.
    /// `-` reads one draft from standard input; no path checks the current folder.
    pub paths: Vec<PathBuf>,
    /// The name of the draft read from standard input (`-`): shown in the output, and
    /// its extension picks the format and its folder the `sayswho.toml`.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
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
    /// Colour the human output: `auto` on a terminal unless `NO_COLOR` is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `sayswho explain [CODE]`: a rule's documentation, or the list of rules. Status 2 for
/// a code that is not a rule.
pub fn explain(code: Option<&str>) -> anyhow::Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match code.map(|c| (c, RuleCode::parse(c.trim()))) {
        Some((_, Some(rule))) => writeln!(out, "{}", rule.explain()),
        Some((asked, None)) => {
            eprintln!("sayswho: no rule `{asked}`; the rules are:");
            list_rules(&mut std::io::stderr().lock())?;
            return Ok(2);
        }
        None => list_rules(&mut out),
    };
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}

/// Each rule's code, default severity and what it fires on.
fn list_rules(out: &mut impl Write) -> std::io::Result<()> {
    for code in RuleCode::ALL {
        writeln!(
            out,
            "{:<22} {:<11} {}",
            code.as_str(),
            code.default_severity().as_str(),
            sarif::summary(code)
        )?;
    }
    writeln!(
        out,
        "\n`sayswho explain CODE` prints one rule's documentation."
    )
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
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from(STDIN_NAME));
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let files = collect_files(&paths)?;
    let configs = Configs::new(args.config.as_deref())?;
    let mut jobs = Vec::with_capacity(files.len());
    let mut excluded = Vec::new();
    for (path, named) in files {
        let name = if is_stdin(&path) { &stdin_name } else { &path };
        let config = configs.for_file(name)?;
        if !config.exclude.is_empty() && config.is_excluded(name) {
            if named {
                excluded.push((name.clone(), config.path.clone()));
            }
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
        for (path, settings) in &excluded {
            let by = settings
                .as_deref()
                .map_or_else(|| "the settings".to_string(), |p| p.display().to_string());
            writeln!(
                err,
                "sayswho: {} is excluded by `exclude` in {by}; not checked",
                path.display()
            )?;
        }
    }

    let progress = progress_bar(jobs.len(), args.quiet);
    let results: Vec<anyhow::Result<Checked>> = jobs
        .par_iter()
        .map(|(path, config)| {
            let checked = if is_stdin(path) {
                check_stdin(&stdin_name, config)
            } else {
                check_file(path, config)
            };
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

    let failing = args.fail_on.threshold().is_some_and(|t| {
        checked
            .iter()
            .flat_map(|c| &c.report.findings)
            .any(|f| f.severity >= t)
    });
    match print(args, &checked) {
        Ok(()) => {}
        // The reader went away (`| head`): what it read is all it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(e.into()),
    }
    if unreadable > 0 || !settings_errors.is_empty() {
        return Ok(2);
    }
    Ok(i32::from(failing))
}

/// The name a draft from standard input goes by without `--stdin-filename`.
const STDIN_NAME: &str = "<stdin>";

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

fn print(args: &CheckArgs, checked: &[Checked]) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    // Stdout is line-buffered: unbuffered, pretty JSON costs a write per line.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match args.format {
        OutputFormat::Human => human::write(&mut out, checked, args.quiet, human_style(args))?,
        OutputFormat::Json => json::write(&mut out, checked)?,
        OutputFormat::Sarif => sarif::write(&mut out, checked)?,
        OutputFormat::Github => github::write(&mut out, checked)?,
    }
    out.flush()
}

/// Columns to fit when stdout is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: usize = 100;

/// Colour and width for the human output: the terminal's own width, else `COLUMNS`
/// (what a shell exports, and what tests set), else `DEFAULT_WIDTH`.
fn human_style(args: &CheckArgs) -> human::Style {
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let from_terminal = terminal
        .then(|| terminal_size::terminal_size_of(&stdout))
        .flatten()
        .map(|(w, _)| usize::from(w.0));
    let from_env = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
    };
    let width = from_terminal
        .or_else(from_env)
        .filter(|&w| w >= 20)
        .unwrap_or(DEFAULT_WIDTH);
    human::Style { color, width }
}

fn check_file(path: &Path, config: &Config) -> anyhow::Result<Checked> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if !meta.is_file() {
        anyhow::bail!("{} is not a regular file; not read", path.display());
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    checked(path, bytes, config)
}

/// The draft on standard input, under the name `--stdin-filename` gives it.
fn check_stdin(name: &Path, config: &Config) -> anyhow::Result<Checked> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
        .context("cannot read standard input")?;
    checked(name, bytes, config)
}

fn checked(path: &Path, bytes: Vec<u8>, config: &Config) -> anyhow::Result<Checked> {
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
        // A name that is not a file (`--stdin-filename`) is looked up from its folder.
        let dir = std::fs::canonicalize(draft)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .or_else(|| {
                draft
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(Path::to_path_buf)
            })
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

/// Files named on the command line (`true`: the desk asked for them by name; `-` is
/// standard input, once), and drafts found under named directories, sorted.
fn collect_files(paths: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, bool)>> {
    let mut files = Vec::new();
    let mut stdin = false;
    for path in paths {
        if is_stdin(path) {
            if !std::mem::replace(&mut stdin, true) {
                files.push((path.clone(), true));
            }
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                walk(path, &mut found)?;
                files.extend(found.into_iter().map(|f| (f, false)));
            }
            // A file that cannot be read is named when it is checked, with the others.
            _ => files.push((path.clone(), true)),
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
