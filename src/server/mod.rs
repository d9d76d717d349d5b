//! The language server: a thin tower-lsp layer over `analysis`.
//!
//! - `document`: one open draft (ropey rope + version) and how client edits apply to it.
//! - `position`: byte offsets <-> LSP positions (UTF-8 or UTF-16), both ways, tested.
//! - `to_proto`: findings → diagnostics (the only conversion of analysis results to LSP).
//! - `backend`: sync, debounced analysis, publishing, and the request handlers over
//!   `hover`, `symbols`, `navigation` and `code_actions`.
//! - `settings`: `sayswho.toml`, the knowledge base and editor settings, reloaded live;
//!   `commands`: the code actions that write to them (knowledge base, project ignores).
//!
//! Nothing in `analysis` knows this module exists.

pub mod backend;
pub mod code_actions;
pub mod commands;
pub mod document;
pub mod hover;
pub mod navigation;
pub mod position;
pub mod settings;
pub mod symbols;
pub mod to_proto;

use std::sync::Arc;

use tower_lsp_server::{LspService, Server};

pub use backend::{Backend, State};

/// Serves LSP on stdin/stdout until the client exits. Returns whether the client asked
/// for `shutdown` before leaving (the exit status depends on it, per the protocol).
pub async fn run_stdio() -> bool {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .try_init();
    let state = Arc::new(State::new(crate::analysis::analyze));
    let (service, socket) = {
        let state = state.clone();
        LspService::new(move |client| Backend::new(client, state))
    };
    Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
        .serve(service)
        .await;
    state.was_shut_down()
}
