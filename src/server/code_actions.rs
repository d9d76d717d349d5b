//! Quick-fixes: each fix a finding carries (in `Diagnostic.data`, computed by the analysis)
//! becomes a `quickfix` code action with a real `WorkspaceEdit`.
//!
//! The edits were computed against the version the diagnostic describes. Clients that
//! support versioned `documentChanges` get that version in the edit, so an edit made stale
//! by typing is refused by the client rather than applied in the wrong place; for other
//! clients a stale fix is simply not offered.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DocumentChanges, OneOf,
    OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::to_proto::diagnostic_data;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::to_proto::{DiagnosticData, FixData, SOURCE};
    use tower_lsp_server::ls_types::{Position, Range};

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

    #[test]
    fn foreign_diagnostics_are_ignored() {
        let uri: Uri = "file:///a.md".parse().unwrap();
        let mut d = diag(1);
        d.source = Some("typos".into());
        assert!(quick_fixes(&uri, &[d], 1, true).is_empty());
    }
}
