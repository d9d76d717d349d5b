//! The desk's settings in the language server: `sayswho.toml` and its knowledge base,
//! overridden by what the editor sends (`initializationOptions`, then
//! `workspace/configuration` / `didChangeConfiguration`), reloaded when the files change
//! (`workspace/didChangeWatchedFiles`, registered dynamically), and re-applied to every
//! open draft.
//!
//! A file that does not load never stops the server: its error is published as a
//! diagnostic in that file at the right line, the last good settings stay in force, and
//! the log says so. Keys sayswho does not know are warnings in the file.
//!
//! Editor settings have the shape of `sayswho.toml` (camelCase keys accepted), plus
//! `config`: the path of the `sayswho.toml` to use instead of looking for one.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use ropey::Rope;
use serde_json::Value;
use tower_lsp_server::ls_types::{
    ConfigurationItem, Diagnostic, DiagnosticSeverity, DidChangeConfigurationParams,
    DidChangeWatchedFilesParams, DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher,
    GlobPattern, InitializeParams, MessageType, Position, Range, Registration, Uri,
};

use super::backend::Backend;
use super::position;
use super::to_proto::SOURCE;
use crate::config::{dotted, Config, ConfigError, Problem, RawConfig, FILE_NAME};

/// The section asked for in `workspace/configuration` and looked for in
/// `didChangeConfiguration`.
pub const SECTION: &str = "sayswho";

const WATCHER_ID: &str = "sayswho-settings-files";

/// What the server knows about where settings come from, and the last good ones.
#[derive(Default)]
pub struct Desk {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    roots: Vec<PathBuf>,
    init_options: Option<Value>,
    editor: Option<Value>,
    /// Found by looking up from an open draft when there is no workspace folder.
    discovered_from: Option<PathBuf>,
    /// The settings file's last successful load, with the path it came from.
    last_good: Option<Config>,
    /// What is in force now (file + editor).
    effective: Config,
    /// Settings files we published problems for, to clear them once fixed.
    flagged: HashSet<PathBuf>,
    /// `effective.exclude`, compiled.
    exclude: Option<globset::GlobSet>,
    /// The desk files the last load read (or looked for), with what they were then, so a
    /// change on disk is noticed without the editor's file watching (`stale`).
    stamps: Vec<(PathBuf, Option<Stamp>)>,
    can_pull: bool,
    can_watch: bool,
}

/// What a file was at a load: enough to notice an edit, a replacement or a removal.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some(Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
    })
}

/// Where the settings file in force is, and the folder every desk file must stay in.
#[derive(Debug, Clone, PartialEq)]
struct Located {
    path: PathBuf,
    /// The workspace folder holding `path`; else the folder holding it when it was found
    /// above the workspace, or there is no workspace.
    root: PathBuf,
    /// The name of what chose it, for messages: `config` (the editor) or the file name.
    setting: &'static str,
}

/// One reload's results, for the caller to apply and report.
struct Reloaded {
    effective: Config,
    /// Whether anything an analysis or a publication uses differs from before.
    changed: bool,
    /// Per settings file: its problems (empty: clear it), and whether they are errors.
    files: Vec<(PathBuf, Vec<(Problem, DiagnosticSeverity)>)>,
    log: Vec<(MessageType, String)>,
}

impl Desk {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records what `initialize` says: workspace folders, options, client abilities.
    pub fn initialize(&self, params: &InitializeParams) {
        let mut inner = self.lock();
        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        #[allow(deprecated)]
        if roots.is_empty() {
            if let Some(p) = params.root_uri.as_ref().and_then(|u| u.to_file_path()) {
                roots.push(p.into_owned());
            }
        }
        inner.roots = roots;
        inner.init_options = params
            .initialization_options
            .clone()
            .filter(|v| !v.is_null());
        let workspace = params.capabilities.workspace.as_ref();
        inner.can_pull = workspace.and_then(|w| w.configuration).unwrap_or(false);
        inner.can_watch = workspace
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
    }

    /// The `sayswho.toml` in force: the editor's `config`, else the nearest one above the
    /// workspace root (or the first opened draft when there is no workspace).
    pub fn config_path(&self) -> Option<PathBuf> {
        let inner = self.lock();
        inner.config_path()
    }

    /// The folder the desk's commands may write in: the workspace folder holding the
    /// settings in force, else the first workspace folder. `None` without a workspace:
    /// then the commands write nothing.
    pub fn write_root(&self) -> Option<PathBuf> {
        let inner = self.lock();
        if inner.roots.is_empty() {
            return None;
        }
        let located = inner.located();
        match located {
            Some(l) if inner.roots.contains(&l.root) => Some(l.root),
            _ => inner.roots.first().cloned(),
        }
    }

    /// Whether a desk file read at the last load has changed on disk since (or one looked
    /// for has appeared). Editors that register no file watches (Neovim) rely on this.
    pub fn stale(&self) -> bool {
        let inner = self.lock();
        inner.stamps.iter().any(|(path, was)| stamp(path) != *was)
    }

    /// The settings in force now.
    pub fn effective(&self) -> Config {
        self.lock().effective.clone()
    }

    /// Whether the draft at `uri` matches an `exclude` glob (it then gets no findings).
    pub fn excludes(&self, uri: &Uri) -> bool {
        let inner = self.lock();
        let (Some(matcher), Some(path)) = (&inner.exclude, uri.to_file_path()) else {
            return false;
        };
        inner.effective.is_excluded_by(matcher, &path)
    }

    /// Whether `path` is a file whose change should reload the settings.
    pub fn watches(&self, path: &Path) -> bool {
        let inner = self.lock();
        path.file_name().is_some_and(|n| n == FILE_NAME)
            || inner.config_path().as_deref() == Some(path)
            || inner
                .effective
                .knowledge_files
                .iter()
                .chain(inner.last_good.iter().flat_map(|c| &c.knowledge_files))
                .any(|k| k == path)
    }

    fn reload(&self) -> Reloaded {
        let mut inner = self.lock();
        let mut files: Vec<(PathBuf, Vec<(Problem, DiagnosticSeverity)>)> = Vec::new();
        let mut log = Vec::new();
        let located = inner.located();
        let base_config = match &located {
            Some(Located {
                path,
                root,
                setting,
            }) => match Config::load_in(path, root).map_err(|e| renamed(e, setting)) {
                Ok(config) => {
                    log.push((
                        MessageType::INFO,
                        format!("sayswho: settings loaded from {}", path.display()),
                    ));
                    push_warnings(&mut files, &config.warnings);
                    push_errors(&mut files, &config.errors, &mut log);
                    inner.last_good = Some(config.clone());
                    config
                }
                Err(e) => {
                    let kept = if inner.last_good.is_some() {
                        "keeping the last good settings"
                    } else {
                        "using the defaults"
                    };
                    log.push((
                        MessageType::ERROR,
                        format!("sayswho: {e}; {kept} until it is fixed"),
                    ));
                    if let Some(problem) = problem_of(&e, &inner.roots) {
                        files.push((
                            problem.path.clone(),
                            vec![(problem, DiagnosticSeverity::ERROR)],
                        ));
                    }
                    if let Some(good) = &inner.last_good {
                        push_warnings(&mut files, &good.warnings);
                        push_errors(&mut files, &good.errors, &mut Vec::new());
                    }
                    inner.last_good.clone().unwrap_or_default()
                }
            },
            None => {
                inner.last_good = None;
                Config::default()
            }
        };
        let mut effective = base_config;
        if effective.confine.is_none() {
            effective.confine = located
                .as_ref()
                .map(|l| l.root.clone())
                .or_else(|| inner.roots.first().cloned());
        }
        let knowledge_before = effective.knowledge_files.clone();
        let base = inner.roots.first().cloned();
        for settings in [inner.init_options.clone(), inner.editor.clone()]
            .into_iter()
            .flatten()
        {
            apply_editor(&settings, &mut effective, base.as_deref(), &mut log);
        }
        if effective.knowledge_files != knowledge_before {
            let problems = effective.load_knowledge();
            if effective.knowledge_named_by_file() {
                push_errors(&mut files, &problems, &mut log);
            } else {
                for p in problems {
                    log.push((
                        MessageType::ERROR,
                        format!("sayswho: editor setting `knowledge`: {}", p.message),
                    ));
                }
            }
            effective.errors = Vec::new();
        }
        inner.stamps = inner.stamp_files(located.as_ref(), &effective);
        // Files flagged before and clean now get an empty list.
        let now: HashSet<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
        for old in inner.flagged.iter() {
            if !now.contains(old) {
                files.push((old.clone(), Vec::new()));
            }
        }
        inner.flagged = now;
        inner.exclude = (!effective.exclude.is_empty()).then(|| effective.exclude_matcher());
        let changed = inner.effective.context != effective.context
            || inner.effective.exclude != effective.exclude
            || inner.effective.debounce_ms != effective.debounce_ms;
        inner.effective = effective.clone();
        Reloaded {
            effective,
            changed,
            files,
            log,
        }
    }
}

impl Inner {
    fn config_path(&self) -> Option<PathBuf> {
        self.located().map(|l| l.path)
    }

    /// The settings file in force and the folder it confines desk files to: the editor's
    /// `config` (which must lie in a workspace folder when there is one), else the nearest
    /// `sayswho.toml` at or above a workspace folder (or the first opened draft's folder
    /// when there is no workspace).
    fn located(&self) -> Option<Located> {
        for settings in [&self.editor, &self.init_options].into_iter().flatten() {
            if let Some(p) = settings.get("config").and_then(Value::as_str) {
                let p = PathBuf::from(p);
                let path = match (p.is_relative(), self.roots.first()) {
                    (true, Some(root)) => root.join(p),
                    _ => crate::confine::absolute(&p),
                };
                let root = self
                    .root_holding(&path)
                    .or_else(|| self.roots.first().cloned())
                    .or_else(|| path.parent().map(Path::to_path_buf))?;
                return Some(Located {
                    path,
                    root,
                    setting: "config",
                });
            }
        }
        let path = self
            .roots
            .iter()
            .chain(self.discovered_from.iter())
            .find_map(|dir| Config::discover(dir))?;
        let root = self
            .root_holding(&path)
            .or_else(|| path.parent().map(Path::to_path_buf))?;
        Some(Located {
            path,
            root,
            setting: FILE_NAME,
        })
    }

    /// The workspace folder `path` lies in, by name (symlinks are judged when reading).
    fn root_holding(&self, path: &Path) -> Option<PathBuf> {
        self.roots.iter().find(|r| path.starts_with(r)).cloned()
    }

    /// What to watch on disk for the next `stale` check: the settings file in force (or,
    /// with none, where one would be found), and the knowledge files.
    fn stamp_files(
        &self,
        located: Option<&Located>,
        effective: &Config,
    ) -> Vec<(PathBuf, Option<Stamp>)> {
        let mut paths: Vec<PathBuf> = match located {
            Some(l) => vec![l.path.clone()],
            None => self
                .roots
                .iter()
                .chain(self.discovered_from.iter())
                .map(|d| d.join(FILE_NAME))
                .collect(),
        };
        paths.extend(effective.knowledge_files.iter().cloned());
        paths
            .into_iter()
            .map(|p| {
                let s = stamp(&p);
                (p, s)
            })
            .collect()
    }
}

/// A refusal of the settings file names what chose it.
fn renamed(e: ConfigError, setting: &str) -> ConfigError {
    match e {
        ConfigError::Refused(crate::confine::Refusal::Outside { path, root, .. }) => {
            ConfigError::Refused(crate::confine::Refusal::Outside {
                setting: setting.to_string(),
                path,
                root,
            })
        }
        ConfigError::Refused(crate::confine::Refusal::NotRegular { path, .. }) => {
            ConfigError::Refused(crate::confine::Refusal::NotRegular {
                setting: setting.to_string(),
                path,
            })
        }
        other => other,
    }
}

/// Problems that left part of the settings out: errors in their files, and a log line.
fn push_errors(
    files: &mut Vec<(PathBuf, Vec<(Problem, DiagnosticSeverity)>)>,
    errors: &[Problem],
    log: &mut Vec<(MessageType, String)>,
) {
    for e in errors {
        log.push((MessageType::ERROR, format!("sayswho: {e}")));
        match files.iter_mut().find(|(p, _)| *p == e.path) {
            Some((_, list)) => list.push((e.clone(), DiagnosticSeverity::ERROR)),
            None => files.push((e.path.clone(), vec![(e.clone(), DiagnosticSeverity::ERROR)])),
        }
    }
}

fn push_warnings(
    files: &mut Vec<(PathBuf, Vec<(Problem, DiagnosticSeverity)>)>,
    warnings: &[Problem],
) {
    for w in warnings {
        match files.iter_mut().find(|(p, _)| *p == w.path) {
            Some((_, list)) => list.push((w.clone(), DiagnosticSeverity::WARNING)),
            None => files.push((
                w.path.clone(),
                vec![(w.clone(), DiagnosticSeverity::WARNING)],
            )),
        }
    }
}

/// Where a settings file's failure to load is shown: in the file, when it lies (by name)
/// in a workspace folder; never on a file elsewhere.
fn problem_of(e: &ConfigError, roots: &[PathBuf]) -> Option<Problem> {
    match e {
        ConfigError::Invalid(p) => Some(p.clone()),
        ConfigError::Refused(r) if roots.iter().any(|root| r.path().starts_with(root)) => {
            Some(Problem {
                path: r.path().to_path_buf(),
                span: None,
                line: 1,
                column: 1,
                message: format!("{r}; not read"),
            })
        }
        ConfigError::Refused(_) => None,
        ConfigError::Io { path, source } if source.kind() != std::io::ErrorKind::NotFound => {
            Some(Problem {
                path: path.clone(),
                span: None,
                line: 1,
                column: 1,
                message: format!("cannot read: {source}"),
            })
        }
        // A missing file has nowhere to put a diagnostic; the log says it.
        ConfigError::Io { .. } => None,
    }
}

/// Lays editor settings over `config`, logging what is not understood.
fn apply_editor(
    settings: &Value,
    config: &mut Config,
    base: Option<&Path>,
    log: &mut Vec<(MessageType, String)>,
) {
    let mut settings = settings.clone();
    if let Some(obj) = settings.as_object_mut() {
        obj.remove("config");
    }
    match RawConfig::from_json(&settings) {
        Ok((raw, unknown)) => {
            for key in unknown {
                log.push((
                    MessageType::WARNING,
                    format!(
                        "sayswho: unknown editor setting `{}` (ignored)",
                        dotted(&key)
                    ),
                ));
            }
            for invalid in raw.apply(config, base) {
                log.push((
                    MessageType::WARNING,
                    format!(
                        "sayswho: editor setting `{}`: {} (ignored)",
                        dotted(&invalid.at),
                        invalid.message
                    ),
                ));
            }
        }
        Err(e) => log.push((
            MessageType::WARNING,
            format!("sayswho: editor settings not understood ({e}); ignored"),
        )),
    }
}

/// The editor settings inside a `didChangeConfiguration` or `workspace/configuration`
/// answer: the `sayswho` section when there is one, else the object itself.
fn section(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Object(map) if map.is_empty() => None,
        Value::Object(map) => Some(map.get(SECTION).cloned().unwrap_or(value.clone())),
        _ => None,
    }
    .filter(|v| !v.is_null())
}

/// A problem as a diagnostic in its file, positioned in the file's current text.
fn diagnostic(problem: &Problem, severity: DiagnosticSeverity, backend: &Backend) -> Diagnostic {
    let enc = backend.state().encoding();
    // Only a problem with a span needs the text, and only a desk file has one.
    let text = match (&problem.span, backend.state().desk.effective().confine) {
        (Some(_), Some(root)) => {
            crate::confine::read(&problem.path, &root, "config").unwrap_or_default()
        }
        _ => String::new(),
    };
    let rope = Rope::from_str(&text);
    let range = match &problem.span {
        Some(span) if span.end <= text.len() => position::range(
            &rope,
            crate::analysis::Span::new(span.start, span.end.max(span.start)),
            enc,
        ),
        _ => {
            let line = problem.line.saturating_sub(1) as u32;
            Range::new(Position::new(line, 0), Position::new(line, 0))
        }
    };
    let message = if severity == DiagnosticSeverity::ERROR {
        format!(
            "{} — sayswho cannot load this file and keeps its last good settings until it is fixed",
            problem.message
        )
    } else {
        problem.message.clone()
    };
    Diagnostic {
        range,
        severity: Some(severity),
        source: Some(SOURCE.to_string()),
        message,
        ..Default::default()
    }
}

/// Loads the settings afresh and applies them: new context, debounce, every open draft
/// re-checked, problems in settings files published, and a line in the log.
pub async fn reload(backend: &Backend) {
    let reloaded = backend.state().desk.reload();
    for (path, problems) in &reloaded.files {
        let Some(uri) = Uri::from_file_path(path) else {
            continue;
        };
        let diagnostics = problems
            .iter()
            .map(|(p, s)| diagnostic(p, *s, backend))
            .collect();
        backend
            .client()
            .publish_diagnostics(uri, diagnostics, None)
            .await;
    }
    for (level, message) in &reloaded.log {
        match *level {
            MessageType::ERROR => tracing::error!("{message}"),
            MessageType::WARNING => tracing::warn!("{message}"),
            _ => tracing::info!("{message}"),
        }
        backend.client().log_message(*level, message).await;
    }
    if !reloaded.changed {
        return; // the same settings: nothing to re-check
    }
    if let Some(ms) = reloaded.effective.debounce_ms {
        backend.set_debounce(Duration::from_millis(ms.min(10_000)));
    }
    backend.set_context(reloaded.effective.context);
    backend.recheck_all();
}

/// During `initialize`: the settings file's settings in force before any draft is
/// opened, so the first diagnostics use them even if the editor's settings come late.
/// Problems and log lines wait for the full load after `initialized`.
pub fn load_early(backend: &Backend) {
    let reloaded = backend.state().desk.reload();
    if reloaded.changed {
        if let Some(ms) = reloaded.effective.debounce_ms {
            backend.set_debounce(Duration::from_millis(ms.min(10_000)));
        }
        backend.set_context(reloaded.effective.context);
    }
    // The full load after `initialized` publishes these files' problems again.
    backend.state().desk.lock().flagged.clear();
}

/// How long the server waits for the editor to answer a request it sent
/// (`workspace/configuration`, `client/registerCapability`): a client that never answers
/// must not hold the settings, or the exit, forever.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(2);

/// After `initialized`: ask for the editor's settings, load, let the first diagnostics
/// out, then watch the settings files.
pub async fn initialized(backend: &Backend) {
    let (can_watch, can_pull) = {
        let inner = backend.state().desk.lock();
        (inner.can_watch, inner.can_pull)
    };
    if can_pull {
        pull(backend).await;
    }
    reload(backend).await;
    backend.settings_loaded();
    watch_by_polling(backend);
    if can_watch {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                // sayswho.toml and knowledge-base files; `watches` picks the relevant ones.
                glob_pattern: GlobPattern::String("**/*.toml".to_string()),
                kind: None,
            }],
        };
        let registration = Registration {
            id: WATCHER_ID.to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        };
        let registered = tokio::time::timeout(
            CLIENT_TIMEOUT,
            backend.client().register_capability(vec![registration]),
        )
        .await;
        match registered {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!("sayswho: cannot watch settings files ({e}); their changes are noticed at the next check"),
            Err(_) => tracing::warn!("sayswho: the editor did not answer client/registerCapability; changes to settings files are noticed at the next check"),
        }
    } else {
        tracing::info!("sayswho: the client cannot watch files; changes to sayswho.toml are noticed at the next check");
    }
}

/// How often the desk files' modification times are looked at between analyses.
const POLL: Duration = Duration::from_secs(1);

/// Notices edits to `sayswho.toml` and the knowledge files by their modification times,
/// so every editor picks them up by itself: Neovim on Linux registers no file watches,
/// and a change with no draft edited after it would otherwise wait for the next edit.
/// A few `stat` calls a second. The task holds the server's state only weakly, so it
/// ends with the server rather than with the process: a program that runs many servers
/// on one runtime (the `jsonrpc` fuzz target, one per input) does not pile up pollers.
fn watch_by_polling(backend: &Backend) {
    let client = backend.client().clone();
    let state = Arc::downgrade(backend.state());
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(POLL).await;
            let Some(state) = state.upgrade() else {
                return;
            };
            if state.desk.stale() {
                reload(&Backend::new(client.clone(), state)).await;
            }
        }
    });
}

/// Asks the client for the `sayswho` section and records it.
async fn pull(backend: &Backend) {
    let items = vec![ConfigurationItem {
        scope_uri: None,
        section: Some(SECTION.to_string()),
    }];
    match tokio::time::timeout(CLIENT_TIMEOUT, backend.client().configuration(items)).await {
        Ok(Ok(values)) => {
            let editor = values.first().and_then(section);
            backend.state().desk.lock().editor = editor;
        }
        Ok(Err(e)) => tracing::warn!("sayswho: workspace/configuration failed: {e}"),
        Err(_) => tracing::warn!(
            "sayswho: the editor did not answer workspace/configuration within {} s; going on without its settings",
            CLIENT_TIMEOUT.as_secs()
        ),
    }
}

/// `workspace/didChangeConfiguration`: settings pushed in the notification win; an empty
/// notification means "ask me" when the client can be asked.
pub async fn did_change_configuration(backend: &Backend, params: DidChangeConfigurationParams) {
    match section(&params.settings) {
        Some(settings) => backend.state().desk.lock().editor = Some(settings),
        None => {
            let can_pull = backend.state().desk.lock().can_pull;
            if can_pull {
                pull(backend).await;
            }
        }
    }
    reload(backend).await;
}

/// `workspace/didChangeWatchedFiles`: reload when a settings or knowledge file changed.
pub async fn did_change_watched_files(backend: &Backend, params: DidChangeWatchedFilesParams) {
    let relevant = params.changes.iter().any(|c| {
        c.uri
            .to_file_path()
            .is_some_and(|p| backend.state().desk.watches(&p))
    });
    if relevant {
        reload(backend).await;
    }
}

/// `didOpen`: without a workspace folder, the first draft's folder is where the search
/// for `sayswho.toml` starts.
pub async fn did_open(backend: &Backend, uri: &Uri) {
    let needs = {
        let mut inner = backend.state().desk.lock();
        if inner.roots.is_empty() && inner.discovered_from.is_none() {
            let dir = uri
                .to_file_path()
                .and_then(|p| p.parent().map(Path::to_path_buf));
            let found = dir.as_deref().and_then(Config::discover).is_some();
            inner.discovered_from = dir;
            found && inner.config_path().is_some()
        } else {
            false
        }
    };
    if needs {
        reload(backend).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_section_is_found_or_the_object_taken_whole() {
        let v = serde_json::json!({"sayswho": {"debounceMs": 10}});
        assert_eq!(section(&v), Some(serde_json::json!({"debounceMs": 10})));
        let v = serde_json::json!({"debounceMs": 10});
        assert_eq!(section(&v), Some(v.clone()));
        assert_eq!(section(&Value::Null), None);
        assert_eq!(section(&serde_json::json!({})), None);
        assert_eq!(section(&serde_json::json!({"sayswho": null})), None);
    }

    #[test]
    fn a_broken_file_keeps_the_last_good_settings() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "[rules.first-reference]\nenabled = false\n").unwrap();
        let desk = Desk::default();
        desk.lock().roots = vec![dir.path().to_path_buf()];
        let first = desk.reload();
        assert!(!first
            .effective
            .context
            .rules
            .enabled(crate::analysis::RuleCode::FirstReference));
        std::fs::write(&path, "[rules.first-reference]\nenabled = \n").unwrap();
        let second = desk.reload();
        assert!(!second
            .effective
            .context
            .rules
            .enabled(crate::analysis::RuleCode::FirstReference));
        let (file, problems) = &second.files[0];
        assert_eq!(file, &path);
        assert_eq!(problems[0].0.line, 2);
        assert!(second
            .log
            .iter()
            .any(|(t, m)| *t == MessageType::ERROR && m.contains("last good")));
        std::fs::write(&path, "").unwrap();
        let third = desk.reload();
        assert!(third
            .effective
            .context
            .rules
            .enabled(crate::analysis::RuleCode::FirstReference));
        assert_eq!(third.files, vec![(path, Vec::new())]);
    }

    #[test]
    fn excluded_drafts_are_recognised_by_uri() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "exclude = [\"archive/**\"]\n").unwrap();
        let desk = Desk::default();
        desk.lock().roots = vec![dir.path().to_path_buf()];
        desk.reload();
        let old = Uri::from_file_path(dir.path().join("archive/old.md")).unwrap();
        let new = Uri::from_file_path(dir.path().join("drafts/new.md")).unwrap();
        assert!(desk.excludes(&old));
        assert!(!desk.excludes(&new));
    }

    #[test]
    fn editor_settings_override_the_file_and_name_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.toml");
        std::fs::write(&path, "[rules.first-reference]\nenabled = false\n").unwrap();
        let desk = Desk::default();
        desk.lock().init_options = Some(serde_json::json!({
            "config": path.to_str().unwrap(),
        }));
        desk.lock().editor = Some(serde_json::json!({
            "rules": {"first-reference": {"enabled": true}}
        }));
        let r = desk.reload();
        assert_eq!(desk.config_path(), Some(path));
        assert!(r
            .effective
            .context
            .rules
            .enabled(crate::analysis::RuleCode::FirstReference));
    }
}
