//! The JSON-RPC input path: the server's real stdin reader (tower-lsp framing, JSON
//! parsing, parameter decoding, the handlers) on arbitrary bytes. A fixed, valid
//! `initialize`/`initialized`/`didOpen` prefix comes first so the fuzz bytes reach the
//! handlers of an initialized server with an open document; the bytes that follow may be
//! framed messages, broken frames or garbage. The server must not panic or hang.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use sayswho::server::{Backend, State};
use tower_lsp_server::{LspService, Server};

fn frame(out: &mut Vec<u8>, body: &str) {
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body.as_bytes());
}

fn prefix() -> Vec<u8> {
    let mut out = Vec::new();
    frame(
        &mut out,
        r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{},"initializationOptions":{"debounceMs":0}}}"#,
    );
    frame(&mut out, r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
    frame(
        &mut out,
        r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///d.md","languageId":"markdown","version":1,"text":"Officials said 1,500 troops arrived. “We will respond,” Kim Hong-kyun said.\n김 said 😀"}}}"#,
    );
    out
}

fuzz_target!(|data: &[u8]| {
    let mut input = prefix();
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
});
