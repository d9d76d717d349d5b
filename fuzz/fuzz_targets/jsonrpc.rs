//! The JSON-RPC input path: the server's real stdin reader (tower-lsp framing, JSON
//! parsing, parameter decoding, the handlers) on arbitrary bytes. A fixed, valid
//! `initialize`/`initialized`/`didOpen` prefix comes first so the fuzz bytes reach the
//! handlers of an initialized server with an open document; the bytes that follow may be
//! framed messages, broken frames or garbage. The server must not panic or hang.
//!
//! The server is initialized with a temporary workspace folder, emptied before every
//! input that finds it not empty, so a fuzzed `workspace/executeCommand` ("Ignore in this
//! project", "Add to the knowledge base") writes there and nowhere else (without a
//! workspace it writes nothing; with one it may only write inside it); after each input,
//! no `sayswho.toml` may have appeared beside the workspace or at the file system's root.
//! The process's working folder is left alone: libFuzzer writes its corpus by relative
//! path.
//!
//! Cheap per input, so a run reaches a million inputs: one tokio runtime serves every
//! input (building one and joining its blocking-pool thread each time cost more than the
//! server), and the workspace is emptied only when an input wrote to it (deleting and
//! making the folder cost a fifth of the time). Each input still gets a server of its
//! own, so a finding replays from its input alone. The server's settings poller holds
//! its state weakly and ends with its server, so tasks do not pile up on the shared
//! runtime.
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

/// Empties the workspace if an input wrote to it, so one input's writes cannot change how
/// the next one runs.
fn reset(dir: &PathBuf) {
    let written = std::fs::read_dir(dir).map_or(true, |mut entries| entries.next().is_some());
    if written {
        let _ = std::fs::remove_dir_all(dir);
        let _ = std::fs::create_dir_all(dir);
    }
}

/// The one runtime every input runs on.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("build the fuzz runtime")
    })
}

/// The valid start of every input (the same each time, so made once).
fn prefix(dir: &PathBuf) -> &'static [u8] {
    static PREFIX: OnceLock<Vec<u8>> = OnceLock::new();
    PREFIX.get_or_init(|| opening(dir))
}

fn opening(dir: &PathBuf) -> Vec<u8> {
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
    let mut input = prefix(dir).to_vec();
    input.extend_from_slice(data);
    runtime().block_on(async {
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
