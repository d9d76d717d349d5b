//! Quick-fixes: each fix a finding carries (in `Diagnostic.data`, computed by the analysis)
//! becomes a `quickfix` code action with a real `WorkspaceEdit`.
//!
//! The edits were computed against the version the diagnostic describes. Clients that
//! support versioned `documentChanges` get that version in the edit, so an edit made stale
//! by typing is refused by the client rather than applied in the wrong place; for other
//! clients a stale fix is simply not offered.
//!
//! A request is answered for the diagnostics it is about, each action once: Neovim sends
//! every diagnostic on the cursor's line, and two findings of one rule there used to give
//! two identical menus (18 entries for two findings). The diagnostics under the request's
//! range are taken when there are any (`under_range`), identical actions are dropped and
//! the ones whose titles still collide say which words they fix (`once_each`).

use std::collections::{HashMap, HashSet};

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic, DocumentChanges,
    NumberOrString, OneOf, OptionalVersionedTextDocumentIdentifier, Range, TextDocumentEdit,
    TextEdit, Uri, WorkspaceEdit,
};

use super::backend::Analysed;
use super::commands;
use super::finding_index::FindingIndex;
use super::position::{self, Encoding};
use super::to_proto::{self, diagnostic_data};
use crate::analysis::excerpt::excerpt;
use crate::analysis::RuleCode;

/// A workspace edit of one document, versioned when the client supports it.
pub fn workspace_edit(
    uri: &Uri,
    version: i32,
    edits: Vec<TextEdit>,
    document_changes: bool,
) -> WorkspaceEdit {
    if document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: uri.clone(),
                    version: Some(version),
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..Default::default()
        }
    } else {
        WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..Default::default()
        }
    }
}

/// The answer to one `textDocument/codeAction` request, for a document now at
/// `current` and `analysed` as it is now. Synchronous: the backend runs it on the
/// blocking pool.
///
/// Published diagnostics carry no fixes (see `to_proto`), and some clients do not keep
/// `data` at all: the fixes come from the analysis of the diagnostic's version, matching
/// it by code and range through a `FindingIndex`. A diagnostic from an older version gets
/// none; fresh ones are on their way. A request with no diagnostics in its context at all
/// gets the findings under its range.
pub fn respond(
    mut params: CodeActionParams,
    analysed: Option<Analysed>,
    current: i32,
    document_changes: bool,
    enc: Encoding,
) -> Vec<CodeActionOrCommand> {
    let uri = params.text_document.uri.clone();
    let index = analysed
        .as_ref()
        .map(|a| FindingIndex::new(&a.report, &a.rope, enc));
    if let Some(a) = analysed.as_ref().filter(|a| a.version == current) {
        if params.context.diagnostics.is_empty() {
            let (span, _) = position::span(&a.rope, params.range, enc);
            let under = a.report.findings.iter().filter(|f| {
                let u = f.underline();
                u.overlaps(span) || (u.start <= span.start && span.end <= u.end)
            });
            params.context.diagnostics.extend(
                under.map(|f| to_proto::published_diagnostic(f, &uri, &a.rope, a.version, enc)),
            );
        }
    }
    params.context.diagnostics = under_range(
        std::mem::take(&mut params.context.diagnostics),
        params.range,
    );
    let desk_actions = match (&analysed, &index) {
        (Some(a), Some(index)) => commands::actions(a, index, &params, enc),
        _ => Vec::new(),
    };
    let mut diagnostics = params.context.diagnostics;
    if let (Some(a), Some(index)) = (&analysed, &index) {
        let ours = |d: &Diagnostic| d.source.as_deref() == Some(to_proto::SOURCE);
        for d in diagnostics.iter_mut().filter(|d| ours(d)) {
            let version = diagnostic_data(d).map_or(a.version, |data| data.version);
            if version != a.version {
                continue;
            }
            d.data = rule_of(d)
                .and_then(|code| index.get(code, d.range))
                .map(|f| to_proto::diagnostic(f, &uri, &a.rope, a.version, enc))
                .and_then(|full| full.data);
        }
    }
    let mut actions = quick_fixes(&uri, &diagnostics, current, document_changes);
    actions.extend(desk_actions);
    let flagged = |d: &Diagnostic| {
        let a = analysed.as_ref()?;
        let (span, _) = position::span(&a.rope, d.range, enc);
        a.text.get(span.start..span.end).map(str::to_string)
    };
    once_each(actions, flagged)
}

/// The sayswho rule a diagnostic names, if it names one.
fn rule_of(d: &Diagnostic) -> Option<RuleCode> {
    match &d.code {
        Some(NumberOrString::String(s)) => RuleCode::parse(s),
        _ => None,
    }
}

/// The quick-fixes for the diagnostics the client asks about, for a document now at
/// `current_version`.
pub fn quick_fixes(
    uri: &Uri,
    diagnostics: &[Diagnostic],
    current_version: i32,
    document_changes: bool,
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    for diagnostic in diagnostics {
        let Some(data) = diagnostic_data(diagnostic) else {
            continue;
        };
        if !document_changes && data.version != current_version {
            continue;
        }
        for fix in data.fixes {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(workspace_edit(
                    uri,
                    data.version,
                    fix.edits,
                    document_changes,
                )),
                is_preferred: fix.preferred.then_some(true),
                ..Default::default()
            }));
        }
    }
    actions
}

/// The diagnostics of a request that lie under its range (a cursor inside a finding,
/// a selection over some), or all of them when none does (a cursor elsewhere on the
/// line Neovim sent the diagnostics of).
pub fn under_range(diagnostics: Vec<Diagnostic>, range: Range) -> Vec<Diagnostic> {
    let touches = |d: &Diagnostic| d.range.start <= range.end && range.start <= d.range.end;
    if diagnostics.iter().any(touches) {
        diagnostics.into_iter().filter(touches).collect()
    } else {
        diagnostics
    }
}

/// Longest excerpt of flagged words put in a title to tell two actions apart.
const EXCERPT_CHARS: usize = 32;

/// Each action once: an action identical to an earlier one (same title and edit, or
/// same command) is dropped, like "Ignore <code> in this document" offered by two
/// findings of one rule; actions whose titles are still the same get the words of their
/// diagnostic (from `flagged`) after the title, so the menu says which one each fixes.
pub fn once_each(
    actions: Vec<CodeActionOrCommand>,
    flagged: impl Fn(&Diagnostic) -> Option<String>,
) -> Vec<CodeActionOrCommand> {
    let mut seen = HashSet::new();
    let mut unique: Vec<CodeActionOrCommand> = actions
        .into_iter()
        .filter(|a| seen.insert(identity(a)))
        .collect();
    let mut titles: HashMap<String, usize> = HashMap::new();
    for a in &unique {
        *titles.entry(title(a).to_string()).or_default() += 1;
    }
    for a in &mut unique {
        let CodeActionOrCommand::CodeAction(action) = a else {
            continue;
        };
        if titles.get(&action.title).copied().unwrap_or(0) < 2 {
            continue;
        }
        let words = action
            .diagnostics
            .as_ref()
            .and_then(|d| d.first())
            .and_then(&flagged);
        if let Some(words) = words {
            action.title = format!("{} — “{}”", action.title, excerpt(&words, EXCERPT_CHARS));
        }
    }
    unique
}

fn title(a: &CodeActionOrCommand) -> &str {
    match a {
        CodeActionOrCommand::CodeAction(a) => &a.title,
        CodeActionOrCommand::Command(c) => &c.title,
    }
}

/// What makes two actions the same for the writer: the title and what it does.
fn identity(a: &CodeActionOrCommand) -> String {
    match a {
        CodeActionOrCommand::CodeAction(a) => {
            let does = serde_json::to_string(&(&a.edit, &a.command)).unwrap_or_default();
            format!("{}\u{0}{does}", a.title)
        }
        CodeActionOrCommand::Command(c) => serde_json::to_string(c).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::to_proto::{DiagnosticData, FixData, SOURCE};
    use tower_lsp_server::ls_types::Position;

    fn diag(version: i32) -> Diagnostic {
        let range = Range::new(Position::new(0, 0), Position::new(0, 9));
        Diagnostic {
            range,
            source: Some(SOURCE.into()),
            message: "Which officials?".into(),
            data: serde_json::to_value(DiagnosticData {
                version,
                fixes: vec![FixData {
                    title: "Name the source".into(),
                    preferred: true,
                    edits: vec![TextEdit::new(range, "Kim".into())],
                }],
            })
            .ok(),
            ..Default::default()
        }
    }

    #[test]
    fn versioned_edit_when_supported() {
        let uri: Uri = "file:///a.md".parse().unwrap();
        let actions = quick_fixes(&uri, &[diag(3)], 4, true);
        assert_eq!(actions.len(), 1);
        let CodeActionOrCommand::CodeAction(a) = &actions[0] else {
            panic!("not a code action")
        };
        assert_eq!(a.title, "Name the source");
        assert_eq!(a.is_preferred, Some(true));
        let Some(DocumentChanges::Edits(edits)) =
            a.edit.as_ref().and_then(|e| e.document_changes.clone())
        else {
            panic!("no document changes")
        };
        assert_eq!(edits[0].text_document.version, Some(3));
    }

    #[test]
    fn stale_fix_not_offered_without_versioned_edits() {
        let uri: Uri = "file:///a.md".parse().unwrap();
        assert!(quick_fixes(&uri, &[diag(3)], 4, false).is_empty());
        assert_eq!(quick_fixes(&uri, &[diag(4)], 4, false).len(), 1);
    }

    fn on(start: u32, end: u32, fix: &str) -> Diagnostic {
        let range = Range::new(Position::new(0, start), Position::new(0, end));
        let mut d = diag(1);
        d.range = range;
        d.data = serde_json::to_value(DiagnosticData {
            version: 1,
            fixes: vec![
                FixData {
                    title: fix.into(),
                    preferred: false,
                    edits: vec![TextEdit::new(range, "Kim".into())],
                },
                FixData {
                    title: "Ignore this rule in this document".into(),
                    preferred: false,
                    edits: vec![TextEdit::new(
                        Range::new(Position::new(9, 0), Position::new(9, 0)),
                        "<!-- ignore -->".into(),
                    )],
                },
            ],
        })
        .ok();
        d
    }

    #[test]
    fn the_cursor_picks_the_finding_under_it() {
        let both = vec![on(0, 9, "Name"), on(20, 28, "Name")];
        let at = |c| Range::new(Position::new(0, c), Position::new(0, c));
        assert_eq!(under_range(both.clone(), at(22)).len(), 1);
        assert_eq!(
            under_range(both.clone(), at(22))[0].range.start.character,
            20
        );
        // A cursor on neither: both, as Neovim sent them.
        assert_eq!(under_range(both.clone(), at(14)).len(), 2);
        let line = Range::new(Position::new(0, 0), Position::new(0, 40));
        assert_eq!(under_range(both, line).len(), 2);
    }

    #[test]
    fn two_findings_give_each_action_once_and_say_which_words() {
        let uri: Uri = "file:///a.md".parse().unwrap();
        let diags = [
            on(0, 9, "Name the source: Kim"),
            on(20, 28, "Name the source: Kim"),
        ];
        let actions = quick_fixes(&uri, &diags, 1, true);
        assert_eq!(actions.len(), 4);
        let words = |d: &Diagnostic| Some(format!("words at {}", d.range.start.character));
        let once = once_each(actions, words);
        let titles: Vec<&str> = once.iter().map(title).collect();
        assert_eq!(
            titles,
            [
                "Name the source: Kim — “words at 0”",
                "Ignore this rule in this document",
                "Name the source: Kim — “words at 20”",
            ]
        );
    }

    #[test]
    fn foreign_diagnostics_are_ignored() {
        let uri: Uri = "file:///a.md".parse().unwrap();
        let mut d = diag(1);
        d.source = Some("typos".into());
        assert!(quick_fixes(&uri, &[d], 1, true).is_empty());
    }
}
