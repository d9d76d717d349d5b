//! The JSON-RPC input path: the server's real stdin reader (tower-lsp framing, JSON
//! parsing, parameter decoding, the handlers) on arbitrary bytes. A fixed, valid
//! `initialize`/`initialized`/`didOpen` prefix comes first so the fuzz bytes reach the
//! handlers of an initialized server with an open document; the bytes that follow may be
//! framed messages, broken frames or garbage. The server must not panic or hang.
//!
//! The server is initialized with a temporary workspace folder, emptied before every
//! input, so a fuzzed `workspace/executeCommand` ("Ignore in this project", "Add to the
//! knowledge base") writes there and nowhere else (without a workspace it writes nothing;
//! with one it may only write inside it). The process's working folder is left alone:
//! libFuzzer writes its corpus by relative path, and the workspace is deleted and made
//! again before every input.
#![no_main]

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use sayswho::server::{Backend, State};
use tower_lsp_server::{LspService, Server};

fn frame(out: &mut Vec<u8>, body: &str) {
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body.as_bytes());
}

/// The temporary workspace: made once per fuzzing process, under the system's temp folder.
fn workspace() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("sayswho-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the fuzz workspace");
        let dir = dir.canonicalize().expect("resolve the fuzz workspace");
        dir
    })
}

/// Empties the workspace, so one input's writes cannot change how the next one runs.
fn reset(dir: &PathBuf) {
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::create_dir_all(dir);
}

fn prefix(dir: &PathBuf) -> Vec<u8> {
    let uri = serde_json::Value::String(format!("file://{}", dir.display()));
    let mut out = Vec::new();
    frame(
        &mut out,
        &format!(
            r#"{{"jsonrpc":"2.0","id":0,"method":"initialize","params":{{"capabilities":{{}},"rootUri":{uri},"workspaceFolders":[{{"uri":{uri},"name":"desk"}}],"initializationOptions":{{"debounceMs":0}}}}}}"#
        ),
    );
    frame(
        &mut out,
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    );
    frame(
        &mut out,
        r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///d.md","languageId":"markdown","version":1,"text":"Officials said 1,500 troops arrived. “We will respond,” Kim Hong-kyun said.\n김 said 😀"}}}"#,
    );
    out
}

fuzz_target!(|data: &[u8]| {
    let dir = workspace();
    reset(dir);
    let mut input = prefix(dir);
    input.extend_from_slice(data);
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    rt.block_on(async {
        let state = Arc::new(State::new(sayswho::analysis::analyze_with));
        let (service, socket) = LspService::new(move |client| Backend::new(client, state));
        let serve = Server::new(&input[..], tokio::io::sink(), socket).serve(service);
        // Bounded: a hang is a finding, not a stuck fuzzer.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(5), serve).await;
    });
    // Nothing written above the workspace: not beside it, not at the file system's root.
    for outside in [dir.parent(), Some(std::path::Path::new("/"))]
        .into_iter()
        .flatten()
    {
        assert!(
            !outside.join("sayswho.toml").exists(),
            "a command wrote {}",
            outside.join("sayswho.toml").display()
        );
    }
});
