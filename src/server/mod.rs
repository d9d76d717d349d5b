//! The language server: a thin tower-lsp layer over `analysis`.

/// Serves LSP on stdin/stdout until the client exits.
pub async fn run_stdio() {
    todo!("language server: see issue 2")
}
