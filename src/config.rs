//! `sayswho.toml`: the desk's shared settings. Read by both front ends and turned into an
//! `analysis::Context`.
//!
//! ```toml
//! knowledge = ["knowledge/people.toml"]   # knowledge-base files, relative to this file
//! exclude = ["archive/**", "**/notes-*.md"] # drafts never checked
//! debounce-ms = 300                         # the language server's pause before checking
//!
//! [rules.unattributed-claim]
//! severity = "warning"                      # error | warning | information | hint
//! [rules.first-reference]
//! enabled = false
//!
//! [lexicon]                                 # added to the built-in word lists
//! reporting-verbs = ["relayed"]
//! vague-sources = ["people in the know"]
//! titles = ["chief whip"]
//! organization-cues = ["Authority"]
//! not-names = ["Brexit"]
//!
//! [[ignore]]                                # silenced everywhere in the project
//! rule = "vague-attribution"
//! text = "sources close to the club"
//! ```
//!
//! A file that does not parse is an error with its path and line; a key sayswho does not
//! know is a warning, never fatal, so an older sayswho can read a newer desk's file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analysis::context::{LexiconExtensions, ProjectIgnore, RuleSetting};
use crate::analysis::{Context, LineIndex, RuleCode, Severity};

/// The file name looked for in a draft's directory and its parents.
pub const FILE_NAME: &str = "sayswho.toml";

/// The language server's default pause after an edit before it checks the draft.
pub const DEFAULT_DEBOUNCE_MS: u64 = 250;

/// The settings in force for a check.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub context: Context,
    /// The `sayswho.toml` these settings came from, if any.
    pub path: Option<PathBuf>,
    /// Glob patterns, relative to the config file's directory, of drafts never checked.
    pub exclude: Vec<String>,
    /// Knowledge-base files, resolved against the config file's directory.
    pub knowledge_files: Vec<PathBuf>,
    /// The language server's pause after an edit, in milliseconds.
    pub debounce_ms: Option<u64>,
    /// Keys this version does not understand, and other things worth a word.
    pub warnings: Vec<Problem>,
    /// Parts of the settings left out because a file they name could not be used (a
    /// knowledge file missing, unreadable, outside the desk or broken); the rest of the
    /// settings are in force. Each is placed where the fix goes.
    pub errors: Vec<Problem>,
    /// The folder every desk file must resolve inside (`confine`): the workspace folder,
    /// or the one holding this `sayswho.toml`.
    pub confine: Option<PathBuf>,
    /// The `sayswho.toml` that named `knowledge_files`, and its text, so a knowledge file
    /// that cannot be read is reported at the line naming it. `None` when the editor's
    /// settings named them.
    knowledge_named_in: Option<(PathBuf, std::sync::Arc<str>)>,
}

/// Something wrong at a place in a file: a parse error, an unknown key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// Byte range in the file, when known.
    pub span: Option<Range<usize>>,
    /// 1-based line and column (column in Unicode scalar values).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    /// A problem at `span` of `text` (the file's contents).
    pub fn at(path: &Path, text: &str, span: Option<Range<usize>>, message: String) -> Self {
        let offset = span.as_ref().map_or(0, |s| s.start.min(text.len()));
        let at = LineIndex::new(text).line_col(offset);
        Problem {
            path: path.to_path_buf(),
            span,
            line: at.line,
            column: at.column,
            message,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

/// Why settings could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(Problem),
    #[error("{0}")]
    Refused(crate::confine::Refusal),
}

impl From<crate::confine::Refusal> for ConfigError {
    fn from(r: crate::confine::Refusal) -> Self {
        match r {
            crate::confine::Refusal::Io { path, source } => ConfigError::Io { path, source },
            other => ConfigError::Refused(other),
        }
    }
}

impl ConfigError {
    /// The file the error is in.
    pub fn path(&self) -> &Path {
        match self {
            ConfigError::Io { path, .. } => path,
            ConfigError::Invalid(p) => &p.path,
            ConfigError::Refused(r) => r.path(),
        }
    }

    /// Where in the file, when the file could be read.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ConfigError::Io { .. } | ConfigError::Refused(_) => None,
            ConfigError::Invalid(p) => Some(p),
        }
    }
}

/// `sayswho.toml` as written. Every field is optional so the same shape serves as an
/// override from the editor (`initializationOptions`, `workspace/configuration`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct RawConfig {
    pub knowledge: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
    #[serde(alias = "debounceMs")]
    pub debounce_ms: Option<u64>,
    pub rules: Option<BTreeMap<String, RawRule>>,
    pub lexicon: Option<RawLexicon>,
    pub ignore: Option<Vec<RawIgnore>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawRule {
    pub enabled: Option<bool>,
    pub severity: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct RawLexicon {
    #[serde(default, alias = "reportingVerbs")]
    pub reporting_verbs: Vec<String>,
    #[serde(default, alias = "vagueSources")]
    pub vague_sources: Vec<String>,
    #[serde(default)]
    pub titles: Vec<String>,
    #[serde(default, alias = "organizationCues")]
    pub organization_cues: Vec<String>,
    #[serde(default, alias = "notNames")]
    pub not_names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RawIgnore {
    pub rule: String,
    pub text: String,
    /// Why it is ignored; for people, not read by sayswho.
    pub reason: Option<String>,
}

/// One step of a path into a TOML document: a key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPath {
    Key(String),
    Index(usize),
}

/// A setting that parsed but makes no sense, with where it sits.
#[derive(Debug, Clone)]
pub struct Invalid {
    pub at: Vec<KeyPath>,
    pub message: String,
    /// A warning leaves the rest of the settings in force; an error rejects the file.
    pub fatal: bool,
}

impl RawConfig {
    /// Parses TOML, collecting the paths of keys not understood.
    pub fn from_toml(text: &str) -> Result<(Self, Vec<Vec<KeyPath>>), toml::de::Error> {
        let de = toml::Deserializer::parse(text)?;
        let mut unknown = Vec::new();
        let raw = serde_ignored::deserialize(de, |path| unknown.push(key_path(&path)))?;
        Ok((raw, unknown))
    }

    /// Parses editor settings (JSON), collecting the paths of keys not understood.
    pub fn from_json(
        value: &serde_json::Value,
    ) -> Result<(Self, Vec<Vec<KeyPath>>), serde_json::Error> {
        let mut unknown = Vec::new();
        let raw = serde_ignored::deserialize(value, |path| unknown.push(key_path(&path)))?;
        Ok((raw, unknown))
    }

    /// Lays these settings over `config`: rules, lexicon words and ignores are added to
    /// (a rule named here replaces its earlier setting); lists of files and globs are
    /// replaced. Knowledge paths are resolved against `base`.
    pub fn apply(&self, config: &mut Config, base: Option<&Path>) -> Vec<Invalid> {
        let mut invalid = Vec::new();
        if let Some(files) = &self.knowledge {
            config.knowledge_named_in = None;
            config.knowledge_files = files
                .iter()
                .map(|f| match base {
                    Some(base) => base.join(f),
                    None => PathBuf::from(f),
                })
                .collect();
        }
        if let Some(exclude) = &self.exclude {
            for (i, glob) in exclude.iter().enumerate() {
                if let Err(e) = globset::Glob::new(glob) {
                    invalid.push(Invalid {
                        at: vec![KeyPath::Key("exclude".into()), KeyPath::Index(i)],
                        message: format!("`{glob}` is not a valid glob: {}", e.kind()),
                        fatal: true,
                    });
                }
            }
            config.exclude = exclude.clone();
        }
        if let Some(ms) = self.debounce_ms {
            config.debounce_ms = Some(ms);
        }
        for (name, rule) in self.rules.iter().flatten() {
            let at = vec![KeyPath::Key("rules".into()), KeyPath::Key(name.clone())];
            let Some(code) = RuleCode::parse(name) else {
                invalid.push(Invalid {
                    at,
                    message: format!("unknown rule `{name}`; known rules: {}", rule_list()),
                    fatal: false,
                });
                continue;
            };
            // `severity = "off"` is the other way desks (and other linters) turn a rule off.
            let off = rule
                .severity
                .as_deref()
                .is_some_and(|s| s.trim().eq_ignore_ascii_case("off"));
            let severity = match rule.severity.as_deref().map(|s| (s, Severity::parse(s))) {
                _ if off => None,
                None => None,
                Some((_, Some(sev))) => Some(sev),
                Some((s, None)) => {
                    let mut at = at.clone();
                    at.push(KeyPath::Key("severity".into()));
                    invalid.push(Invalid {
                        at,
                        message: format!(
                            "unknown severity `{s}`; say error, warning, information, hint or off"
                        ),
                        fatal: true,
                    });
                    continue;
                }
            };
            let overrides = &mut config.context.rules.overrides;
            let before = overrides.get(&code).copied();
            overrides.insert(
                code,
                RuleSetting {
                    enabled: !off && rule.enabled.or(before.map(|b| b.enabled)).unwrap_or(true),
                    severity: severity.or(before.and_then(|b| b.severity)),
                },
            );
        }
        if let Some(lex) = &self.lexicon {
            let into = &mut config.context.lexicon;
            extend_unique(&mut into.reporting_verbs, &lex.reporting_verbs);
            extend_unique(&mut into.vague_sources, &lex.vague_sources);
            extend_unique(&mut into.titles, &lex.titles);
            extend_unique(&mut into.organization_cues, &lex.organization_cues);
            extend_unique(&mut into.not_names, &lex.not_names);
        }
        for (i, ignore) in self.ignore.iter().flatten().enumerate() {
            let Some(code) = RuleCode::parse(&ignore.rule) else {
                invalid.push(Invalid {
                    at: vec![
                        KeyPath::Key("ignore".into()),
                        KeyPath::Index(i),
                        KeyPath::Key("rule".into()),
                    ],
                    message: format!(
                        "unknown rule `{}`; known rules: {}",
                        ignore.rule,
                        rule_list()
                    ),
                    fatal: false,
                });
                continue;
            };
            let entry = ProjectIgnore {
                code,
                text: ignore.text.clone(),
            };
            if !config.context.ignores.contains(&entry) {
                config.context.ignores.push(entry);
            }
        }
        invalid
    }
}

fn rule_list() -> String {
    RuleCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn extend_unique(into: &mut Vec<String>, more: &[String]) {
    for m in more {
        if !into.contains(m) {
            into.push(m.clone());
        }
    }
}

pub(crate) fn key_path(path: &serde_ignored::Path) -> Vec<KeyPath> {
    let mut out = Vec::new();
    push_path(path, &mut out);
    out
}

fn push_path(path: &serde_ignored::Path, out: &mut Vec<KeyPath>) {
    use serde_ignored::Path as P;
    match path {
        P::Root => {}
        P::Seq { parent, index } => {
            push_path(parent, out);
            out.push(KeyPath::Index(*index));
        }
        P::Map { parent, key } => {
            push_path(parent, out);
            out.push(KeyPath::Key(key.clone()));
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            push_path(parent, out)
        }
    }
}

/// Dotted form of a key path for messages: `rules.foo.severity`, `ignore[2].rule`.
pub fn dotted(path: &[KeyPath]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            KeyPath::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            KeyPath::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// The byte range of the key (or array element) at `path` in a TOML text, for pointing
/// at it in a message. `None` when the text does not parse or has no such key.
pub fn toml_span(text: &str, path: &[KeyPath]) -> Option<Range<usize>> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut item: &toml_edit::Item = doc.as_item();
    let mut span = None;
    for step in path {
        match step {
            KeyPath::Key(k) => {
                let (key, next) = item.as_table_like()?.get_key_value(k)?;
                span = key.span().or_else(|| next.span()).or(span);
                item = next;
            }
            KeyPath::Index(i) => {
                let next = item.get(*i)?;
                span = next
                    .span()
                    .or_else(|| next.as_value().and_then(|v| v.span()))
                    .or(span);
                item = next;
            }
        }
    }
    span
}

/// Turns a TOML parse error into a `Problem` at its line.
pub fn toml_problem(path: &Path, text: &str, e: &toml::de::Error) -> Problem {
    Problem::at(path, text, e.span(), e.message().trim().to_string())
}

impl Config {
    /// The settings sayswho uses when a desk has no `sayswho.toml`.
    pub fn new() -> Self {
        Config::default()
    }

    /// The nearest `sayswho.toml` in `dir` or any parent of it.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads a `sayswho.toml` and the knowledge-base files it names, all confined to the
    /// folder that holds it (what `check` does).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let path = crate::confine::absolute(path);
        let root = path
            .parent()
            .map_or_else(|| PathBuf::from("/"), Path::to_path_buf);
        Config::load_in(&path, &root)
    }

    /// Reads a `sayswho.toml` and the knowledge-base files it names, refusing any of
    /// them that does not resolve inside `root` (see `confine`).
    pub fn load_in(path: &Path, root: &Path) -> Result<Config, ConfigError> {
        let text = crate::confine::read(path, root, "config")?;
        Config::parse_in(path, &text, Some(root))
    }

    /// Parses `text` as the contents of the `sayswho.toml` at `path` and loads the
    /// knowledge-base files it names (relative to `path`'s directory, and confined to it).
    pub fn from_toml_text(path: &Path, text: &str) -> Result<Config, ConfigError> {
        Config::parse_in(path, text, path.parent())
    }

    fn parse_in(path: &Path, text: &str, root: Option<&Path>) -> Result<Config, ConfigError> {
        let (raw, unknown) = RawConfig::from_toml(text)
            .map_err(|e| ConfigError::Invalid(toml_problem(path, text, &e)))?;
        let mut config = Config {
            path: Some(path.to_path_buf()),
            confine: root.map(Path::to_path_buf),
            ..Config::default()
        };
        for key in unknown {
            config.warnings.push(Problem::at(
                path,
                text,
                toml_span(text, &key),
                format!("unknown key `{}` (ignored)", dotted(&key)),
            ));
        }
        let base = path.parent().map(Path::to_path_buf);
        for invalid in raw.apply(&mut config, base.as_deref()) {
            let problem = Problem::at(path, text, toml_span(text, &invalid.at), invalid.message);
            if invalid.fatal {
                return Err(ConfigError::Invalid(problem));
            }
            config.warnings.push(problem);
        }
        if raw.knowledge.is_some() {
            config.knowledge_named_in = Some((path.to_path_buf(), text.into()));
        }
        config.errors = config.load_knowledge();
        Ok(config)
    }

    /// (Re)loads `knowledge_files` into the context, replacing what was there. A file
    /// that cannot be used is left out, the others load, and its problem is returned:
    /// at the line of `sayswho.toml` that names it when it cannot be read, in the file
    /// itself when it does not parse.
    pub fn load_knowledge(&mut self) -> Vec<Problem> {
        let mut entities = Vec::new();
        let mut problems = Vec::new();
        for (i, file) in self.knowledge_files.iter().enumerate() {
            let setting = format!("knowledge[{i}]");
            let loaded = match &self.confine {
                Some(root) => crate::confine::read(file, root, &setting),
                None => Err(crate::confine::Refusal::Outside {
                    setting: setting.clone(),
                    path: file.clone(),
                    root: PathBuf::from("(no workspace folder)"),
                }),
            }
            .map_err(ConfigError::from)
            .and_then(|text| crate::knowledge::parse(file, &text));
            match loaded {
                Ok(loaded) => {
                    entities.extend(loaded.entities);
                    self.warnings.extend(loaded.warnings);
                }
                Err(ConfigError::Invalid(problem)) => problems.push(problem),
                Err(e) => problems.push(self.knowledge_problem(i, file, &e)),
            }
        }
        self.context.knowledge = entities;
        problems
    }

    /// A knowledge file that cannot be read, placed at the `knowledge` entry naming it.
    fn knowledge_problem(&self, i: usize, file: &Path, e: &ConfigError) -> Problem {
        let _ = file;
        let message = format!("{e}; that knowledge file is left out until it is fixed");
        match &self.knowledge_named_in {
            Some((config, text)) => {
                let at = [KeyPath::Key("knowledge".into()), KeyPath::Index(i)];
                Problem::at(config, text, toml_span(text, &at), message)
            }
            None => Problem {
                path: file.to_path_buf(),
                span: None,
                line: 1,
                column: 1,
                message,
            },
        }
    }

    /// Whether the knowledge files were named by a `sayswho.toml` (so their problems
    /// have a line to sit on) rather than by the editor's settings.
    pub fn knowledge_named_by_file(&self) -> bool {
        self.knowledge_named_in.is_some()
    }

    /// The directory globs and knowledge paths are relative to.
    pub fn root(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// A matcher for `exclude`; patterns that do not compile were rejected at load.
    pub fn exclude_matcher(&self) -> globset::GlobSet {
        let mut builder = globset::GlobSetBuilder::new();
        for pattern in &self.exclude {
            if let Ok(glob) = globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
            {
                builder.add(glob);
            }
        }
        builder
            .build()
            .unwrap_or_else(|_| globset::GlobSet::empty())
    }

    /// Whether `file` matches an `exclude` glob (relative to the config's directory).
    pub fn is_excluded(&self, file: &Path) -> bool {
        if self.exclude.is_empty() {
            return false;
        }
        self.is_excluded_by(&self.exclude_matcher(), file)
    }

    /// `is_excluded` with a matcher built once for many files.
    pub fn is_excluded_by(&self, matcher: &globset::GlobSet, file: &Path) -> bool {
        let absolute = absolute(file);
        let relative = self
            .root()
            .map(absolute_dir)
            .and_then(|root| absolute.strip_prefix(&root).ok().map(Path::to_path_buf));
        match relative {
            Some(rel) => matcher.is_match(&rel),
            None => matcher.is_match(file),
        }
    }

    /// The lexicon words the desk added, for callers that want them in one place.
    pub fn lexicon(&self) -> &LexiconExtensions {
        &self.context.lexicon
    }
}

/// `text` (a `sayswho.toml`, possibly empty) with an `[[ignore]]` entry for `code` and
/// the flagged `flagged` text appended, unless an equal entry is already there. The rest
/// of the file keeps its comments and formatting.
pub fn add_ignore(
    text: &str,
    code: RuleCode,
    flagged: &str,
) -> Result<String, crate::knowledge::EditError> {
    let mut doc: toml_edit::DocumentMut = text.parse()?;
    let array = doc
        .entry("ignore")
        .or_insert_with(|| toml_edit::Item::ArrayOfTables(toml_edit::ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or(crate::knowledge::EditError::Shape("ignore"))?;
    let present = array.iter().any(|t| {
        t.get("rule").and_then(|v| v.as_str()) == Some(code.as_str())
            && t.get("text").and_then(|v| v.as_str()) == Some(flagged)
    });
    if !present {
        let mut table = toml_edit::Table::new();
        table.insert("rule", toml_edit::value(code.as_str()));
        table.insert("text", toml_edit::value(flagged));
        table.set_position(Some(isize::MAX));
        array.push(table);
    }
    let mut out = doc.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// `text` (a `sayswho.toml`, possibly empty) with `file` added to its `knowledge` list,
/// unless it is there already. Comments and formatting are kept.
pub fn add_knowledge_file(text: &str, file: &str) -> Result<String, crate::knowledge::EditError> {
    let mut doc: toml_edit::DocumentMut = text.parse()?;
    if doc
        .as_table()
        .iter()
        .all(|(_, item)| item.is_table_like() || item.is_array_of_tables())
    {
        // No top-level values yet: toml_edit would put the key above the file's opening
        // comments, so it goes in as text, after them.
        let line = format!("knowledge = [{}]\n", toml_edit::Value::from(file));
        let out = insert_top_level(text, &line);
        let _: toml_edit::DocumentMut = out.parse()?;
        return Ok(out);
    }
    let list = doc
        .entry("knowledge")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()
        .ok_or(crate::knowledge::EditError::Shape("knowledge"))?;
    if !list.iter().any(|v| v.as_str() == Some(file)) {
        list.push(file);
    }
    let mut out = doc.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// `line` placed among a file's top-level keys when it has none: after an opening block
/// of comments that a blank line separates from what follows, else first.
fn insert_top_level(text: &str, line: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let header = lines
        .iter()
        .take_while(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        })
        .count();
    if header == lines.len() {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(line);
        return out;
    }
    let at = lines[..header]
        .iter()
        .rposition(|l| l.trim().is_empty())
        .map_or(0, |i| i + 1);
    let mut out: String = lines[..at].concat();
    out.push_str(line);
    out.push('\n');
    out.push_str(&lines[at..].concat());
    out
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    })
}

fn absolute_dir(dir: &Path) -> PathBuf {
    if dir.as_os_str().is_empty() {
        return absolute(Path::new("."));
    }
    absolute(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml_text(Path::new("/desk/sayswho.toml"), text)
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let config = parse("").unwrap();
        assert_eq!(config.context, Context::default());
        assert!(config.warnings.is_empty());
    }

    #[test]
    fn rules_lexicon_and_ignores_reach_the_context() {
        let config = parse(
            r#"
exclude = ["archive/**"]
debounce-ms = 400

[rules.unattributed-claim]
severity = "warning"
[rules.first-reference]
enabled = false

[lexicon]
reporting-verbs = ["relayed"]
not-names = ["Brexit"]

[[ignore]]
rule = "vague-attribution"
text = "sources close to the club"
"#,
        )
        .unwrap();
        let rules = &config.context.rules;
        assert!(!rules.enabled(RuleCode::FirstReference));
        assert!(rules.enabled(RuleCode::UnattributedClaim));
        assert_eq!(
            rules.severity(RuleCode::UnattributedClaim),
            Severity::Warning
        );
        assert_eq!(config.context.lexicon.reporting_verbs, ["relayed"]);
        assert_eq!(config.context.lexicon.not_names, ["Brexit"]);
        assert_eq!(
            config.context.ignores,
            [ProjectIgnore {
                code: RuleCode::VagueAttribution,
                text: "sources close to the club".into()
            }]
        );
        assert_eq!(config.debounce_ms, Some(400));
        assert_eq!(config.exclude, ["archive/**"]);
        assert!(config.warnings.is_empty(), "{:?}", config.warnings);
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let err = parse("exclude = []\n\n[rules.first-reference\nenabled = false\n").unwrap_err();
        let problem = err.problem().unwrap();
        assert_eq!(problem.line, 3, "{problem}");
        assert!(problem.to_string().starts_with("/desk/sayswho.toml:3:"));
    }

    #[test]
    fn a_wrong_type_names_its_line() {
        let err = parse("exclude = []\ndebounce-ms = \"soon\"\n").unwrap_err();
        assert_eq!(err.problem().unwrap().line, 2);
    }

    #[test]
    fn a_bad_severity_is_an_error_at_its_line() {
        let err = parse("[rules.vague-attribution]\nseverity = \"loud\"\n").unwrap_err();
        let problem = err.problem().unwrap();
        assert_eq!(problem.line, 2);
        assert!(problem.message.contains("loud"));
    }

    #[test]
    fn unknown_keys_and_rules_are_warnings_with_lines() {
        let config = parse(
            "exclude = []\ncolour = \"blue\"\n[rules.no-such-rule]\nenabled = false\n[lexicon]\nverbs = []\n",
        )
        .unwrap();
        let lines: Vec<_> = config
            .warnings
            .iter()
            .map(|w| (w.line, w.message.clone()))
            .collect();
        assert!(
            lines.iter().any(|(l, m)| *l == 2 && m.contains("colour")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 3 && m.contains("no-such-rule")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 6 && m.contains("lexicon.verbs")),
            "{lines:?}"
        );
    }

    #[test]
    fn severity_off_disables_a_rule_and_a_later_severity_enables_it() {
        let mut config = parse("[rules.vague-attribution]\nseverity = \"off\"\n").unwrap();
        assert!(!config.context.rules.enabled(RuleCode::VagueAttribution));
        assert!(config.context.rules.enabled(RuleCode::UnattributedClaim));
        let json = serde_json::json!({"rules": {"vague-attribution": {"severity": "error", "enabled": true}}});
        let (raw, _) = RawConfig::from_json(&json).unwrap();
        assert!(raw.apply(&mut config, None).is_empty());
        assert!(config.context.rules.enabled(RuleCode::VagueAttribution));
        assert_eq!(
            config.context.rules.severity(RuleCode::VagueAttribution),
            Severity::Error
        );
        let err = parse("[rules.vague-attribution]\nseverity = \"of\"\n").unwrap_err();
        assert!(err.to_string().contains("or off"), "{err}");
    }

    #[test]
    fn a_missing_knowledge_file_keeps_the_rest_and_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            "# desk\nknowledge = [\"kb/none.toml\"]\n[rules.first-reference]\nenabled = false\n",
        )
        .unwrap();
        let config = Config::load(&path).unwrap();
        assert!(!config.context.rules.enabled(RuleCode::FirstReference));
        let [problem] = config.errors.as_slice() else {
            panic!("{:?}", config.errors)
        };
        assert_eq!(problem.path, path);
        assert_eq!(problem.line, 2, "{problem}");
        assert!(problem.message.contains("none.toml"), "{problem}");
    }

    #[test]
    fn knowledge_outside_the_config_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let desk = dir.path().join("desk");
        std::fs::create_dir_all(&desk).unwrap();
        std::fs::write(
            dir.path().join("people.toml"),
            "[[person]]\nname = \"A B\"\n",
        )
        .unwrap();
        let path = desk.join(FILE_NAME);
        std::fs::write(&path, "knowledge = [\"../people.toml\"]\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert!(config.context.knowledge.is_empty());
        assert!(
            config.errors[0].message.contains("`knowledge[0]`"),
            "{:?}",
            config.errors
        );
    }

    #[test]
    fn a_bad_glob_is_an_error() {
        let err = parse("exclude = [\"ok/**\",\n  \"bad[\"]\n").unwrap_err();
        assert_eq!(err.problem().unwrap().line, 2);
    }

    #[test]
    fn exclude_globs_are_relative_to_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "exclude = [\"archive/**\", \"*.txt\"]\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert!(config.is_excluded(&dir.path().join("archive/2020/old.md")));
        assert!(config.is_excluded(&dir.path().join("notes.txt")));
        assert!(!config.is_excluded(&dir.path().join("drafts/notes.txt")));
        assert!(!config.is_excluded(&dir.path().join("story.md")));
    }

    #[test]
    fn discovery_walks_up_from_the_draft() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/c");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(Config::discover(&deep), None);
        std::fs::write(dir.path().join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(
            Config::discover(&deep),
            Some(dir.path().join("a").join(FILE_NAME))
        );
    }

    #[test]
    fn add_ignore_appends_once_and_keeps_comments() {
        let before = "# desk settings\nexclude = [\"archive/**\"] # old stories\n";
        let once = add_ignore(before, RuleCode::VagueAttribution, "a source said").unwrap();
        assert!(once.starts_with(before), "{once}");
        let twice = add_ignore(&once, RuleCode::VagueAttribution, "a source said").unwrap();
        assert_eq!(once, twice);
        let config = parse(&twice).unwrap();
        assert_eq!(
            config.context.ignores,
            [ProjectIgnore {
                code: RuleCode::VagueAttribution,
                text: "a source said".into()
            }]
        );
    }

    #[test]
    fn add_knowledge_file_keeps_an_opening_comment_first() {
        assert_eq!(
            add_knowledge_file("# nothing yet\n", "k.toml").unwrap(),
            "# nothing yet\nknowledge = [\"k.toml\"]\n"
        );
        assert_eq!(
            add_knowledge_file("# desk\n\n[rules.x]\nenabled = true\n", "k.toml").unwrap(),
            "# desk\n\nknowledge = [\"k.toml\"]\n\n[rules.x]\nenabled = true\n"
        );
        assert_eq!(
            add_knowledge_file("# about rules\n[rules.x]\n", "k.toml").unwrap(),
            "knowledge = [\"k.toml\"]\n\n# about rules\n[rules.x]\n"
        );
        assert_eq!(
            add_knowledge_file("# a\nexclude = []\n", "k.toml").unwrap(),
            "# a\nexclude = []\nknowledge = [\"k.toml\"]\n"
        );
        assert_eq!(
            add_knowledge_file("", "k.toml").unwrap(),
            "knowledge = [\"k.toml\"]\n"
        );
    }

    #[test]
    fn add_knowledge_file_goes_before_the_tables() {
        let before = "# desk\n[rules.first-reference]\nenabled = false\n";
        let out = add_knowledge_file(before, "knowledge.toml").unwrap();
        assert_eq!(out, add_knowledge_file(&out, "knowledge.toml").unwrap());
        assert!(out.contains("# desk"));
        let config = parse(&out.replace("knowledge.toml", "/dev/null"));
        // /dev/null is an empty knowledge base: loads, adds nobody.
        let config = config.unwrap();
        assert_eq!(config.knowledge_files, [PathBuf::from("/dev/null")]);
        assert!(!config.context.rules.enabled(RuleCode::FirstReference));
    }

    #[test]
    fn editor_settings_override_the_file() {
        let mut config =
            parse("[rules.first-reference]\nenabled = false\nseverity = \"hint\"\n").unwrap();
        let json = serde_json::json!({
            "rules": {"first-reference": {"enabled": true}},
            "debounceMs": 100,
            "lexicon": {"vagueSources": ["a little bird"]}
        });
        let (raw, unknown) = RawConfig::from_json(&json).unwrap();
        assert!(unknown.is_empty());
        assert!(raw.apply(&mut config, None).is_empty());
        let rules = &config.context.rules;
        assert!(rules.enabled(RuleCode::FirstReference));
        assert_eq!(rules.severity(RuleCode::FirstReference), Severity::Hint);
        assert_eq!(config.debounce_ms, Some(100));
        assert_eq!(config.context.lexicon.vague_sources, ["a little bird"]);
    }
}
