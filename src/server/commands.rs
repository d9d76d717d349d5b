//! Code actions that change the desk's files, carried out by the server itself through
//! `workspace/executeCommand`, so they work in every editor:
//!
//! - "Add <name> to the knowledge base" appends a `[[person]]` / `[[organization]]` entry
//!   (the role as the draft states it) to the first configured knowledge file, creating
//!   `knowledge.toml` and naming it in `sayswho.toml` when there is none yet;
//! - "Ignore in this project" appends an `[[ignore]]` entry keyed by rule and the flagged
//!   text to `sayswho.toml`, so it survives edits and travels through git.
//!
//! Both edit with `toml_edit`, keeping the files' comments and formatting, write the file
//! directly, and reload the settings so open drafts are re-checked at once.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Command,
    ExecuteCommandOptions, ExecuteCommandParams, MessageType, NumberOrString, Uri,
};

use super::backend::{Analysed, Backend};
use super::finding_index::FindingIndex;
use super::position::{self, Encoding};
use super::settings;
use super::to_proto::SOURCE;
use crate::analysis::context::KnownEntity;
use crate::analysis::entities::{EntityKind, MentionForm};
use crate::analysis::RuleCode;
use crate::config::FILE_NAME;

pub const ADD_TO_KNOWLEDGE: &str = "sayswho.addToKnowledgeBase";
pub const IGNORE_IN_PROJECT: &str = "sayswho.ignoreInProject";

/// The file a knowledge base is started in when the desk has none.
pub const DEFAULT_KNOWLEDGE_FILE: &str = "knowledge.toml";

pub fn capability() -> ExecuteCommandOptions {
    ExecuteCommandOptions {
        commands: vec![ADD_TO_KNOWLEDGE.to_string(), IGNORE_IN_PROJECT.to_string()],
        work_done_progress_options: Default::default(),
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct AddArgs {
    uri: Uri,
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    role: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct IgnoreArgs {
    uri: Uri,
    code: String,
    text: String,
}

/// The desk actions for the range a client asks about: one "Add … to the knowledge base"
/// per unverified name there, one "Ignore in this project" per sayswho diagnostic.
/// `a` is the analysis of the document now; `index` its findings by range.
pub fn actions(
    a: &Analysed,
    index: &FindingIndex,
    params: &CodeActionParams,
    enc: Encoding,
) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let (span, _) = position::span(&a.rope, params.range, enc);
    let mut out = Vec::new();
    for e in &a.report.entities {
        if e.knowledge.is_some() {
            continue;
        }
        let touches = e.mentions.iter().any(|m| {
            m.span.overlaps(span)
                || (span.is_empty() && m.span.start <= span.start && span.start <= m.span.end)
        });
        if !touches {
            continue;
        }
        let args = AddArgs {
            uri: uri.clone(),
            name: e.name.clone(),
            kind: e.kind.as_str().to_string(),
            aliases: aliases(e, &a.text),
            role: e.role().map(role_for_knowledge),
        };
        let title = format!("Add {} to the knowledge base", e.name);
        out.push(command_action(title, ADD_TO_KNOWLEDGE, &args, None));
    }
    for d in &params.context.diagnostics {
        if d.source.as_deref() != Some(SOURCE) {
            continue;
        }
        let Some(NumberOrString::String(code)) = &d.code else {
            continue;
        };
        let Some(rule) = RuleCode::parse(code) else {
            continue;
        };
        let Some(f) = index.get(rule, d.range) else {
            continue; // the draft changed since: the client will ask again
        };
        let text = f.span.slice(&a.text).to_string();
        if text.trim().is_empty() {
            continue;
        }
        let args = IgnoreArgs {
            uri: uri.clone(),
            code: rule.as_str().to_string(),
            text: text.clone(),
        };
        let title = format!("Ignore {} “{}” in this project", rule, short(&text));
        out.push(command_action(
            title,
            IGNORE_IN_PROJECT,
            &args,
            Some(d.clone()),
        ));
    }
    out
}

fn command_action(
    title: String,
    command: &str,
    args: &impl Serialize,
    diagnostic: Option<tower_lsp_server::ls_types::Diagnostic>,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title: title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: diagnostic.map(|d| vec![d]),
        command: Some(Command {
            title,
            command: command.to_string(),
            arguments: serde_json::to_value(args).ok().map(|v| vec![v]),
        }),
        ..Default::default()
    })
}

/// The short forms the draft uses that are worth recognising: a surname or an acronym,
/// never an honorific form ("Mr Kim").
fn aliases(e: &crate::analysis::entities::Entity, text: &str) -> Vec<String> {
    let words: Vec<&str> = e.name.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    for m in e.mentions.iter().filter(|m| m.form == MentionForm::Short) {
        let s = m.span.slice(text).trim();
        let single = !s.is_empty() && !s.contains(char::is_whitespace);
        let acronym = single && s.chars().all(|c| c.is_uppercase() || c == '.');
        if single && s != e.name && (words.contains(&s) || acronym) && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

fn short(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= 40 {
        return folded;
    }
    let cut: String = folded.chars().take(39).collect();
    format!("{}…", cut.trim_end())
}

/// `workspace/executeCommand` for the desk's commands.
pub async fn execute(backend: &Backend, params: ExecuteCommandParams) -> Result<Option<Value>> {
    let arg = params.arguments.into_iter().next().unwrap_or(Value::Null);
    let outcome = match params.command.as_str() {
        ADD_TO_KNOWLEDGE => {
            let args: AddArgs = serde_json::from_value(arg)
                .map_err(|e| Error::invalid_params(format!("bad arguments: {e}")))?;
            add_to_knowledge(backend, args)
        }
        IGNORE_IN_PROJECT => {
            let args: IgnoreArgs = serde_json::from_value(arg)
                .map_err(|e| Error::invalid_params(format!("bad arguments: {e}")))?;
            ignore_in_project(backend, args)
        }
        other => {
            return Err(Error::invalid_params(format!("unknown command {other}")));
        }
    };
    match outcome {
        Ok((path, message)) => {
            tracing::info!("sayswho: {message}");
            backend
                .client()
                .show_message(MessageType::INFO, &message)
                .await;
            settings::reload(backend).await;
            Ok(Some(
                serde_json::json!({"file": path.display().to_string()}),
            ))
        }
        Err(message) => {
            tracing::warn!("sayswho: {message}");
            backend
                .client()
                .show_message(MessageType::ERROR, &message)
                .await;
            let mut e = Error::internal_error();
            e.message = message.into();
            Err(e)
        }
    }
}

/// The folder the commands may write in, or why they may not: without a workspace
/// folder nothing is written (a draft's `uri` names no desk).
fn write_root(backend: &Backend) -> std::result::Result<PathBuf, String> {
    backend.state().desk.write_root().ok_or_else(|| {
        "sayswho writes desk files only inside a workspace folder, and this editor session has none: open the desk's folder as the workspace".to_string()
    })
}

fn read_or_empty(path: &Path, root: &Path, setting: &str) -> std::result::Result<String, String> {
    crate::confine::read_or_empty(path, root, setting).map_err(|e| e.to_string())
}

fn write(path: &Path, root: &Path, setting: &str, text: &str) -> std::result::Result<(), String> {
    crate::confine::write(path, root, setting, text)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn add_to_knowledge(
    backend: &Backend,
    args: AddArgs,
) -> std::result::Result<(PathBuf, String), String> {
    let root = write_root(backend)?;
    let effective = backend.state().desk.effective();
    let kind = match args.kind.as_str() {
        "organization" => EntityKind::Organization,
        _ => EntityKind::Person,
    };
    if effective
        .context
        .knowledge
        .iter()
        .any(|k| k.name == args.name || k.aliases.contains(&args.name))
    {
        return Err(format!("{} is already in the knowledge base", args.name));
    }
    let draft = args
        .uri
        .to_file_path()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let entry = KnownEntity {
        name: args.name.clone(),
        aliases: args.aliases,
        kind: Some(kind),
        role: args.role,
        note: Some(match draft {
            Some(d) => format!("Added from {d}: the role as that draft states it; verify it."),
            None => "Added from a draft: the role as the draft states it; verify it.".into(),
        }),
        ..KnownEntity::default()
    };
    let mut started = Vec::new();
    let target = match effective.knowledge_files.first() {
        Some(file) => file.clone(),
        None => {
            // No knowledge base yet: start one and name it in sayswho.toml.
            let config = desk_config(backend, &root);
            let existed = config.exists();
            let text = read_or_empty(&config, &root, "config")?;
            let updated = crate::config::add_knowledge_file(&text, DEFAULT_KNOWLEDGE_FILE)
                .map_err(|e| format!("cannot update {}: {e}", config.display()))?;
            let knowledge = config
                .parent()
                .map(|d| d.join(DEFAULT_KNOWLEDGE_FILE))
                .unwrap_or_else(|| root.join(DEFAULT_KNOWLEDGE_FILE));
            // Refuse before writing anything, so a refusal leaves no half-made desk.
            crate::confine::resolve_inside(&knowledge, &root, "knowledge[0]")
                .map_err(|e| e.to_string())?;
            if !existed {
                started.push(format!("started {}", config.display()));
            }
            write(&config, &root, "config", &updated)?;
            started.push(format!(
                "started the knowledge base {}",
                knowledge.display()
            ));
            knowledge
        }
    };
    let text = read_or_empty(&target, &root, "knowledge[0]")?;
    let updated = crate::knowledge::append_entry(&text, &entry)
        .map_err(|e| format!("cannot update {}: {e}", target.display()))?;
    write(&target, &root, "knowledge[0]", &updated)?;
    let mut message = format!("Added {} to {}", entry.name, target.display());
    if !started.is_empty() {
        message.push_str(&format!(" (sayswho {})", started.join(" and ")));
    }
    Ok((target, message))
}

/// The `sayswho.toml` the desk reads, or where a new one goes: the workspace root.
fn desk_config(backend: &Backend, root: &Path) -> PathBuf {
    backend
        .state()
        .desk
        .config_path()
        .unwrap_or_else(|| root.join(FILE_NAME))
}

fn ignore_in_project(
    backend: &Backend,
    args: IgnoreArgs,
) -> std::result::Result<(PathBuf, String), String> {
    let code = RuleCode::parse(&args.code).ok_or_else(|| format!("unknown rule {}", args.code))?;
    let root = write_root(backend)?;
    let config = desk_config(backend, &root);
    let existed = config.exists();
    let text = read_or_empty(&config, &root, "config")?;
    let updated = crate::config::add_ignore(&text, code, &args.text)
        .map_err(|e| format!("cannot update {}: {e}", config.display()))?;
    write(&config, &root, "config", &updated)?;
    let started = if !existed {
        format!(
            "; sayswho started {} for the desk's settings",
            config.display()
        )
    } else {
        String::new()
    };
    let message = format!(
        "{code} “{}” is ignored in this project ({}){started}",
        short(&args.text),
        config.display()
    );
    Ok((config, message))
}

/// A role as the knowledge base keeps it: "the finance chief" in the draft is stored
/// as "finance chief", so hover and messages can put their own article before it.
fn role_for_knowledge(role: &str) -> String {
    let role = role.trim();
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = role.strip_prefix(article) {
            if !rest.trim().is_empty() {
                return rest.trim().to_string();
            }
        }
    }
    role.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_shortened_on_a_char_boundary() {
        assert_eq!(short("officials  said"), "officials said");
        let long = "“".repeat(50);
        let s = short(&long);
        assert_eq!(s.chars().count(), 40);
        assert!(s.ends_with('…'));
    }

    #[test]
    fn roles_are_stored_without_a_leading_article() {
        assert_eq!(role_for_knowledge("the finance chief"), "finance chief");
        assert_eq!(
            role_for_knowledge("The harbour board chair"),
            "harbour board chair"
        );
        assert_eq!(role_for_knowledge("an adviser"), "adviser");
        assert_eq!(
            role_for_knowledge("Kremlin spokesperson"),
            "Kremlin spokesperson"
        );
        assert_eq!(role_for_knowledge("theatre director"), "theatre director");
    }
}
