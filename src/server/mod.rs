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
pub mod finding_index;
pub mod hover;
pub mod navigation;
pub mod position;
pub mod settings;
pub mod symbols;
pub mod to_proto;
pub mod transport;

use std::sync::Arc;

use tower_lsp_server::{LspService, Server};

pub use backend::{Backend, State};

/// How much the server writes to stderr: warnings by default, because editors show a
/// server's stderr as errors (VS Code's output channel marks every line "[error]");
/// `SAYSWHO_LOG=info` or `debug` asks for more when diagnosing a problem.
fn stderr_log_level(setting: Option<&str>) -> tracing::Level {
    setting
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(tracing::Level::WARN)
}

/// Gives glibc's malloc one arena. glibc gives each thread that allocates its own arena
/// and keeps what is freed there, so analyses that ran on different threads of the
/// blocking pool each left a long draft's peak behind. On a 100,000-word draft the
/// server's peak RSS was 47 MB; it is 41 MB with two arenas and 35 MB with one, with no
/// change in latency (`benches/lsp_latency.py`): the server allocates from one analysis
/// at a time. (mimalloc was tried instead and doubled it.)
pub fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc tunable; `serve` calls this before it starts any
    // thread, and a refusal (return 0) leaves glibc's default in place.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Serves LSP on stdin/stdout until the client exits. Returns whether the client asked
/// for `shutdown` before leaving (the exit status depends on it, per the protocol).
pub async fn run_stdio() -> bool {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_max_level(stderr_log_level(
            std::env::var("SAYSWHO_LOG").ok().as_deref(),
        ))
        .try_init();
    let state = Arc::new(State::new(crate::analysis::analyze_with));
    let (service, socket) = {
        let state = state.clone();
        LspService::build(move |client| Backend::new(client, state))
            .custom_method(transport::REJECTED_CHANGE, Backend::rejected_change)
            .finish()
    };
    let (input, ended) = transport::tolerant(tokio::io::stdin());
    let serve = Server::new(input, tokio::io::stdout(), socket)
        // Notifications, `$/cancelRequest` among them, wait for a free slot like requests
        // do: with tower-lsp's default of 4, four requests waiting on a long analysis held
        // back the cancellation of any of them until the analysis finished.
        .concurrency_level(64)
        .serve(service);
    tokio::pin!(serve);
    tokio::select! {
        () = &mut serve => {}
        _ = ended => {
            // `exit` or the end of input: tower-lsp would wait for every pending handler,
            // and one waiting on an answer from a client that has gone never returns.
            // What is already buffered (a `shutdown` sent just before) gets a moment.
            let grace = tokio::time::sleep(EXIT_GRACE);
            tokio::pin!(grace);
            while !state.was_shut_down() {
                tokio::select! {
                    () = &mut serve => break,
                    () = &mut grace => break,
                    () = tokio::time::sleep(std::time::Duration::from_millis(5)) => {}
                }
            }
        }
    }
    state.was_shut_down()
}

/// How long messages already received may still run once the input has ended.
const EXIT_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

#[cfg(test)]
mod tests {
    use super::stderr_log_level;

    #[test]
    fn stderr_log_level_defaults_to_warnings_and_accepts_names() {
        assert_eq!(stderr_log_level(None), tracing::Level::WARN);
        assert_eq!(stderr_log_level(Some("info")), tracing::Level::INFO);
        assert_eq!(stderr_log_level(Some(" DEBUG ")), tracing::Level::DEBUG);
        assert_eq!(stderr_log_level(Some("loud")), tracing::Level::WARN);
    }
}
