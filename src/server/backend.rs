//! The tower-lsp backend: document sync, scheduling of analyses, publishing, and the
//! request handlers (each a few lines over `hover`, `symbols`, `navigation`,
//! `code_actions`).
//!
//! Invariants:
//! - `did_change` applies every edit before its first `.await`, so edits keep arrival order
//!   even though tower-lsp runs notification handlers concurrently.
//! - Every analysis uses the shared `Context` in force when it starts; swapping the context
//!   (`set_context`) bumps an epoch so results from the old one are neither cached nor
//!   published over newer ones.
//! - Diagnostics are published with the version they were computed for, only while the
//!   document is still at that version, and never after a result for a newer version or
//!   context (checked under `published`).
//! - At most one publishing analysis runs per document; a change during it makes it run
//!   once more on the latest text instead of starting another.
//! - `didOpen`/`didClose` change the document table before their first `.await` too.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

use ropey::Rope;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::document::Document;
use super::position::{self, Encoding};
use super::{code_actions, commands, hover, navigation, settings, symbols, to_proto};
use crate::analysis::{self, Context, Format, Memo, Report};

/// Default pause after the last keystroke before a draft is re-analysed.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(150);

/// The function that analyses a draft. Always `analysis::analyze_with` in the server;
/// tests put a panicking one in to prove a crash in analysis does not take the server down.
pub type Analyzer = fn(&str, Format, &Context, &mut Memo) -> Report;

/// One analysis result, with the exact text (and version) it describes, so its byte spans
/// convert to positions without reference to later edits.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub version: i32,
    pub epoch: u64,
    /// Which opening of the document this describes (a re-opened document starts again).
    pub session: u64,
    pub rope: Rope,
    pub text: Arc<str>,
    pub report: Arc<Report>,
}

struct Entry {
    doc: Document,
    session: u64,
    /// Renewed on every change; a debounced analysis runs only if it is still current.
    generation: u64,
    analysed: Option<Analysed>,
    /// A publishing analysis is running; at most one per document, so fast typing on a
    /// long draft cannot pile analyses up on the blocking pool.
    running: bool,
    /// The document changed while it ran: analyse again when it finishes.
    rerun: bool,
    /// What the last analysis of this opening kept of its sentences, so the next one
    /// works out only the sentences an edit touched.
    memo: Arc<Mutex<Memo>>,
    /// Held while an analysis of this document runs, so requests that arrive meanwhile
    /// wait for its result instead of starting analyses of their own.
    analysing: Arc<tokio::sync::Mutex<()>>,
}

/// Everything the backend knows, behind one lock per concern. Locks are never held over
/// an `.await` except `published`, an async mutex that orders publications.
pub struct State {
    docs: Mutex<HashMap<Uri, Entry>>,
    encoding: RwLock<Encoding>,
    context: RwLock<(u64, Arc<Context>)>,
    debounce: RwLock<Duration>,
    document_changes: RwLock<bool>,
    shutdown: RwLock<bool>,
    /// Per document: (session, version, context epoch) of the last publication.
    published: tokio::sync::Mutex<HashMap<Uri, (u64, i32, u64)>>,
    sessions: std::sync::atomic::AtomicU64,
    analyzer: Analyzer,
    /// Where the desk's settings come from, and the last good ones (`settings`).
    pub desk: settings::Desk,
    /// Set once the settings have loaded after `initialized`: no diagnostics go out
    /// before, so the first ones already follow the desk's settings.
    settings_ready: tokio::sync::watch::Sender<bool>,
}

/// The longest the first diagnostics wait for the settings (a client that never sends
/// `initialized` still gets them).
const SETTINGS_WAIT: Duration = Duration::from_secs(3);

impl State {
    pub fn new(analyzer: Analyzer) -> Self {
        State {
            docs: Mutex::new(HashMap::new()),
            encoding: RwLock::new(Encoding::default()),
            context: RwLock::new((0, Arc::new(Context::default()))),
            debounce: RwLock::new(DEFAULT_DEBOUNCE),
            document_changes: RwLock::new(false),
            shutdown: RwLock::new(false),
            published: tokio::sync::Mutex::new(HashMap::new()),
            sessions: std::sync::atomic::AtomicU64::new(0),
            analyzer,
            desk: settings::Desk::default(),
            settings_ready: tokio::sync::watch::channel(false).0,
        }
    }

    fn docs(&self) -> MutexGuard<'_, HashMap<Uri, Entry>> {
        // A panic while holding the lock cannot leave a document half-edited (ropey edits
        // are atomic), so a poisoned lock is still usable.
        self.docs.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn encoding(&self) -> Encoding {
        *self.encoding.read().unwrap_or_else(|e| e.into_inner())
    }

    fn context(&self) -> (u64, Arc<Context>) {
        let guard = self.context.read().unwrap_or_else(|e| e.into_inner());
        (guard.0, guard.1.clone())
    }

    fn debounce(&self) -> Duration {
        *self.debounce.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the client said `shutdown` (the process exit status depends on it).
    pub fn was_shut_down(&self) -> bool {
        *self.shutdown.read().unwrap_or_else(|e| e.into_inner())
    }
}

#[derive(Clone)]
pub struct Backend {
    client: Client,
    state: Arc<State>,
}

/// Runs `analyzer` on the blocking pool. A panic inside it is caught and logged, and the
/// result is `None`: nothing is published for that version, and the server keeps serving.
pub async fn run_analysis(
    analyzer: Analyzer,
    text: Arc<str>,
    format: Format,
    ctx: Arc<Context>,
    memo: Arc<Mutex<Memo>>,
) -> Option<Report> {
    let job = tokio::task::spawn_blocking(move || {
        // Analyses of one document take turns (`Backend::analyse`), but one whose request
        // was cancelled may still be running here and hold the memo: this one then goes
        // without rather than waiting. After a panic the memo starts over.
        let mut own = Memo::default();
        let mut guard = match memo.try_lock() {
            Ok(g) => Some(g),
            Err(std::sync::TryLockError::Poisoned(p)) => {
                let mut g = p.into_inner();
                *g = Memo::default();
                memo.clear_poison();
                Some(g)
            }
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        let memo: &mut Memo = guard.as_deref_mut().unwrap_or(&mut own);
        std::panic::catch_unwind(AssertUnwindSafe(|| analyzer(&text, format, &ctx, memo)))
    });
    match job.await {
        Ok(Ok(report)) => Some(report),
        Ok(Err(panic)) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            tracing::error!("analysis panicked: {what}; nothing published for this version");
            None
        }
        Err(e) => {
            tracing::error!("analysis task failed: {e}");
            None
        }
    }
}

impl Backend {
    pub fn new(client: Client, state: Arc<State>) -> Self {
        Backend { client, state }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn state(&self) -> &Arc<State> {
        &self.state
    }

    /// The context every analysis uses from now on.
    pub fn context(&self) -> Arc<Context> {
        self.state.context().1
    }

    /// Swaps in a new context (settings, knowledge base, ignores). Cached analyses become
    /// stale; call `recheck_all` to re-publish every open document under it.
    pub fn set_context(&self, ctx: Context) {
        let mut guard = self
            .state
            .context
            .write()
            .unwrap_or_else(|e| e.into_inner());
        *guard = (guard.0 + 1, Arc::new(ctx));
    }

    /// The settings are loaded: diagnostics may go out.
    pub fn settings_loaded(&self) {
        self.state.settings_ready.send_replace(true);
    }

    /// Waits (a bounded while) until the settings have loaded.
    async fn settings_ready(&self) {
        let mut ready = self.state.settings_ready.subscribe();
        let _ = tokio::time::timeout(SETTINGS_WAIT, ready.wait_for(|r| *r)).await;
    }

    /// A `didChange` the transport could not pass on (a negative position): said to the
    /// writer, since the server's copy of the draft no longer matches theirs.
    pub async fn rejected_change(&self, params: serde_json::Value) {
        let uri = params["uri"].as_str().unwrap_or("a draft");
        let message = format!(
            "sayswho: an edit to {uri} (version {}) had a negative position and was not applied; sayswho's copy of the draft may now differ from yours: close and reopen it",
            params["version"]
        );
        tracing::warn!("{message}");
        self.client
            .log_message(MessageType::WARNING, &message)
            .await;
        self.client
            .show_message(MessageType::WARNING, message)
            .await;
    }

    /// Sets the pause between the last edit and the re-analysis.
    pub fn set_debounce(&self, d: Duration) {
        *self
            .state
            .debounce
            .write()
            .unwrap_or_else(|e| e.into_inner()) = d;
    }

    /// Re-analyses and re-publishes every open document now.
    pub fn recheck_all(&self) {
        let uris: Vec<Uri> = self.state.docs().keys().cloned().collect();
        for uri in uris {
            self.schedule(uri, Duration::ZERO);
        }
    }

    /// Marks the document changed and analyses it after `delay`, unless it changes again
    /// in the meantime.
    fn schedule(&self, uri: Uri, delay: Duration) {
        let generation = {
            let mut docs = self.state.docs();
            let Some(entry) = docs.get_mut(&uri) else {
                return;
            };
            // Drawn from a server-wide counter, so a task scheduled for an earlier opening
            // of the same document can never match a later one.
            entry.generation = self
                .state
                .sessions
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            entry.generation
        };
        let this = self.clone();
        tokio::spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            this.check_and_publish(uri, generation).await;
        });
    }

    async fn check_and_publish(&self, uri: Uri, generation: u64) {
        let session = {
            let mut docs = self.state.docs();
            match docs.get_mut(&uri) {
                Some(entry) if entry.generation == generation => {
                    if entry.running {
                        entry.rerun = true; // the running one goes again when done
                        return;
                    }
                    entry.running = true;
                    entry.session
                }
                _ => return, // closed, or changed again: a later run will publish
            }
        };
        self.settings_ready().await;
        // Editors that watch no files (Neovim) still get a changed sayswho.toml or
        // knowledge file applied: a few stat calls per analysis notice it.
        if self.state.desk.stale() {
            settings::reload(self).await;
        }
        loop {
            if let Some(analysed) = self.analyse(&uri).await {
                self.publish(&uri, &analysed).await;
            }
            let mut docs = self.state.docs();
            let Some(entry) = docs.get_mut(&uri).filter(|e| e.session == session) else {
                return; // closed or re-opened: that opening runs its own analyses
            };
            if !std::mem::take(&mut entry.rerun) {
                entry.running = false;
                return;
            }
        }
    }

    /// The analysis of the document as it is now: the cached one if it is current, else a
    /// fresh one (cached for the next request). `None` when the document is not open or
    /// analysis failed.
    pub async fn analyse(&self, uri: &Uri) -> Option<Analysed> {
        let analysing = self.state.docs().get(uri)?.analysing.clone();
        let _one_at_a_time = analysing.lock().await;
        let (epoch, ctx) = self.state.context();
        let (rope, version, format, session, memo) = {
            let mut docs = self.state.docs();
            let entry = docs.get_mut(uri)?;
            if let Some(a) = &entry.analysed {
                if a.version == entry.doc.version && a.epoch == epoch && a.session == entry.session
                {
                    return Some(a.clone());
                }
            }
            // Stale: nothing will read it again (requests wait for this analysis), and
            // holding it while the next is built would double the peak on a long draft.
            entry.analysed = None;
            (
                entry.doc.rope.clone(),
                entry.doc.version,
                entry.doc.format,
                entry.session,
                entry.memo.clone(),
            )
        };
        let text: Arc<str> = Arc::from(rope.to_string());
        let report = run_analysis(self.state.analyzer, text.clone(), format, ctx, memo).await?;
        let analysed = Analysed {
            version,
            epoch,
            session,
            rope,
            text,
            report: Arc::new(report),
        };
        let mut docs = self.state.docs();
        if let Some(entry) = docs.get_mut(uri) {
            if entry.session == session
                && entry.doc.version == version
                && self.state.context().0 == epoch
            {
                entry.analysed = Some(analysed.clone());
            }
        }
        Some(analysed)
    }

    async fn publish(&self, uri: &Uri, analysed: &Analysed) {
        let enc = self.state.encoding();
        let mut published = self.state.published.lock().await;
        let current = {
            let docs = self.state.docs();
            docs.get(uri).map(|e| (e.session, e.doc.version))
        };
        if current != Some((analysed.session, analysed.version)) {
            return; // closed, re-opened or edited since: a newer analysis is on its way
        }
        let key = (analysed.session, analysed.version, analysed.epoch);
        if published.get(uri).is_some_and(|&last| last > key) {
            return;
        }
        published.insert(uri.clone(), key);
        // A draft the desk excludes (`exclude` in sayswho.toml) gets no findings.
        let excluded = self.state.desk.excludes(uri);
        let diagnostics = analysed
            .report
            .findings
            .iter()
            .filter(|_| !excluded)
            .map(|f| to_proto::published_diagnostic(f, uri, &analysed.rope, analysed.version, enc))
            .collect();
        self.client
            .publish_diagnostics(uri.clone(), diagnostics, Some(analysed.version))
            .await;
    }

    /// The current analysis and the byte offset of a client position in it.
    async fn at(&self, uri: &Uri, pos: Position) -> Option<(Analysed, usize)> {
        let analysed = self.analyse(uri).await?;
        let offset = position::offset(&analysed.rope, pos, self.state.encoding()).offset;
        Some((analysed, offset))
    }

    fn location(&self, uri: &Uri, a: &Analysed, span: analysis::Span) -> Location {
        Location::new(
            uri.clone(),
            position::range(&a.rope, span, self.state.encoding()),
        )
    }
}

fn initialization_debounce(params: &InitializeParams) -> Option<Duration> {
    let ms = params
        .initialization_options
        .as_ref()?
        .get("debounceMs")?
        .as_u64()?;
    Some(Duration::from_millis(ms.min(10_000)))
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let enc = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        *self
            .state
            .encoding
            .write()
            .unwrap_or_else(|e| e.into_inner()) = enc;
        let document_changes = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref())
            .and_then(|e| e.document_changes)
            .unwrap_or(false);
        *self
            .state
            .document_changes
            .write()
            .unwrap_or_else(|e| e.into_inner()) = document_changes;
        if let Some(d) = initialization_debounce(&params) {
            self.set_debounce(d);
        }
        self.state.desk.initialize(&params);
        settings::load_early(self);
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(enc.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                definition_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        resolve_provider: Some(false),
                        work_done_progress_options: Default::default(),
                    },
                )),
                execute_command_provider: Some(commands::capability()),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "sayswho".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        tracing::info!("sayswho language server ready");
        settings::initialized(self).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        settings::did_change_configuration(self, params).await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        settings::did_change_watched_files(self, params).await;
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        commands::execute(self, params).await
    }

    async fn shutdown(&self) -> Result<()> {
        *self
            .state
            .shutdown
            .write()
            .unwrap_or_else(|e| e.into_inner()) = true;
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        {
            let mut docs = self.state.docs();
            docs.insert(
                doc.uri.clone(),
                Entry {
                    doc: Document::new(&doc.text, doc.version, &doc.language_id),
                    session: self
                        .state
                        .sessions
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                    generation: u64::MAX,
                    analysed: None,
                    running: false,
                    rerun: false,
                    memo: Arc::default(),
                    analysing: Arc::default(),
                },
            );
        }
        settings::did_open(self, &doc.uri).await;
        self.schedule(doc.uri, Duration::ZERO);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        // Applied before any `.await`: see the module invariants.
        let enc = self.state.encoding();
        let uri = params.text_document.uri;
        let mut warnings = Vec::new();
        {
            let mut docs = self.state.docs();
            let Some(entry) = docs.get_mut(&uri) else {
                drop(docs);
                tracing::warn!("didChange for {} which is not open; ignored", uri.as_str());
                return;
            };
            if params.text_document.version <= entry.doc.version {
                warnings.push(format!(
                    "didChange version {} is not newer than {}",
                    params.text_document.version, entry.doc.version
                ));
            }
            for change in &params.content_changes {
                if let Some(w) = entry.doc.apply(change, enc) {
                    warnings.push(w.0);
                }
            }
            entry.doc.version = params.text_document.version;
        }
        self.schedule(uri.clone(), self.state.debounce());
        for w in warnings {
            tracing::warn!("{}: {w}", uri.as_str());
            self.client
                .log_message(MessageType::WARNING, format!("sayswho: {w}"))
                .await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        // Removed before any `.await`, like every edit: a didOpen that follows must not
        // be undone by this close finishing late.
        let uri = params.text_document.uri;
        self.state.docs().remove(&uri);
        let mut published = self.state.published.lock().await;
        if self.state.docs().contains_key(&uri) {
            return; // re-opened meanwhile: its own diagnostics replace the old ones
        }
        published.remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some((a, offset)) = self.at(&p.text_document.uri, p.position).await else {
            return Ok(None);
        };
        let ctx = self.context();
        Ok(
            hover::hover(&a, offset, &ctx).map(|(span, markdown)| Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: markdown,
                }),
                range: Some(position::range(&a.rope, span, self.state.encoding())),
            }),
        )
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(a) = self.analyse(&params.text_document.uri).await else {
            return Ok(None);
        };
        Ok(Some(DocumentSymbolResponse::Nested(symbols::symbols(
            &a,
            self.state.encoding(),
        ))))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some((a, offset)) = self.at(&uri, p.position).await else {
            return Ok(None);
        };
        let spans = navigation::references(&a.report, offset, params.context.include_declaration);
        Ok(spans.map(|s| s.into_iter().map(|s| self.location(&uri, &a, s)).collect()))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let uri = p.text_document.uri;
        let Some((a, offset)) = self.at(&uri, p.position).await else {
            return Ok(None);
        };
        Ok(navigation::definition(&a.report, offset)
            .map(|s| GotoDefinitionResponse::Scalar(self.location(&uri, &a, s))))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some((a, offset)) = self.at(&p.text_document.uri, p.position).await else {
            return Ok(None);
        };
        let enc = self.state.encoding();
        Ok(
            navigation::references(&a.report, offset, true).map(|spans| {
                spans
                    .into_iter()
                    .map(|s| DocumentHighlight {
                        range: position::range(&a.rope, s, enc),
                        kind: Some(DocumentHighlightKind::TEXT),
                    })
                    .collect()
            }),
        )
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let Some((a, offset)) = self.at(&params.text_document.uri, params.position).await else {
            return Ok(None);
        };
        Ok(
            navigation::prepare_rename(&a.report, &a.text, offset).map(|(span, placeholder)| {
                PrepareRenameResponse::RangeWithPlaceholder {
                    range: position::range(&a.rope, span, self.state.encoding()),
                    placeholder,
                }
            }),
        )
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let name = params.new_name.trim();
        if name.is_empty() || name.contains(['\n', '\r']) {
            return Err(tower_lsp_server::jsonrpc::Error::invalid_params(
                "A new name must be one line of text.",
            ));
        }
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some((a, offset)) = self.at(&uri, p.position).await else {
            return Ok(None);
        };
        let Some(edits) = navigation::rename(&a.report, &a.text, offset, &params.new_name) else {
            return Ok(None);
        };
        let enc = self.state.encoding();
        let edits: Vec<TextEdit> = edits
            .into_iter()
            .map(|e| TextEdit::new(position::range(&a.rope, e.span, enc), e.replacement))
            .collect();
        Ok(Some(code_actions::workspace_edit(
            &uri,
            a.version,
            edits,
            *self
                .state
                .document_changes
                .read()
                .unwrap_or_else(|e| e.into_inner()),
        )))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri.clone();
        let current = {
            let docs = self.state.docs();
            docs.get(&uri).map(|e| e.doc.version)
        };
        let Some(current) = current else {
            return Ok(None);
        };
        let document_changes = *self
            .state
            .document_changes
            .read()
            .unwrap_or_else(|e| e.into_inner());
        let analysed = self.analyse(&uri).await;
        let enc = self.state.encoding();
        // Off the async runtime: a request may carry thousands of diagnostics, and other
        // requests (hover, edits) must not wait behind it.
        let answer = tokio::task::spawn_blocking(move || {
            code_actions::respond(params, analysed, current, document_changes, enc)
        })
        .await;
        match answer {
            Ok(actions) => Ok((!actions.is_empty()).then_some(actions)),
            Err(e) => {
                tracing::error!("code actions failed: {e}");
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panicking(text: &str, format: Format, ctx: &Context, memo: &mut Memo) -> Report {
        // Half an analysis into the memo first, as a real bug might.
        analysis::analyze_with(&text[..text.len() / 2], format, ctx, memo);
        panic!("analysis bug on purpose")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panic_in_analysis_is_caught_and_the_next_run_works() {
        let ctx = Arc::new(Context::default());
        let text: Arc<str> = Arc::from("Officials said 12,000 people were there. Who knows.");
        let memo: Arc<Mutex<Memo>> = Arc::default();
        let r = run_analysis(
            panicking,
            text.clone(),
            Format::PlainText,
            ctx.clone(),
            memo.clone(),
        );
        assert!(r.await.is_none());
        let r = run_analysis(
            analysis::analyze_with,
            text.clone(),
            Format::PlainText,
            ctx.clone(),
            memo,
        );
        let fresh = analysis::analyze(&text, Format::PlainText, &ctx);
        assert_eq!(r.await.map(|r| r.findings), Some(fresh.findings));
    }

    #[test]
    fn debounce_from_initialization_options() {
        let params = InitializeParams {
            initialization_options: Some(serde_json::json!({"debounceMs": 40})),
            ..Default::default()
        };
        assert_eq!(
            initialization_debounce(&params),
            Some(Duration::from_millis(40))
        );
        assert_eq!(initialization_debounce(&InitializeParams::default()), None);
    }
}
