//! A small LSP client for tests: runs the built `sayswho` binary and speaks to it over its
//! stdin/stdout with real `Content-Length` framing, as an editor would.
//!
//! Requests the server sends to the client (`workspace/configuration`,
//! `client/registerCapability`, ...) are answered by the reader thread (configuration
//! with one `null` per item, everything else with `null`) and also recorded.
//!
//! It also carries an independent position model (`position`, `offset`) so tests check
//! the server's positions against arithmetic that shares no code with it.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enc {
    Utf8,
    Utf16,
}

pub struct Client {
    child: Child,
    stdin: Arc<Mutex<Option<ChildStdin>>>,
    rx: Receiver<Value>,
    /// Messages received while waiting for something else, oldest first.
    backlog: VecDeque<Value>,
    /// Every notification seen, in arrival order (for ordering checks).
    pub seen: Vec<Value>,
    next_id: i64,
    pub encoding: Enc,
}

fn write_frame(stdin: &Mutex<Option<ChildStdin>>, msg: &Value) -> std::io::Result<()> {
    let body = msg.to_string();
    let mut guard = stdin.lock().unwrap_or_else(|e| e.into_inner());
    let Some(w) = guard.as_mut() else {
        return Err(std::io::Error::other("stdin closed"));
    };
    write!(w, "Content-Length: {}\r\n\r\n{}", body.len(), body)?;
    w.flush()
}

fn read_frame(r: &mut impl BufRead) -> Option<Value> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts `sayswho` with `args` (e.g. `["lsp"]`).
    pub fn spawn(args: &[&str]) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sayswho"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start sayswho");
        let stdin = Arc::new(Mutex::new(child.stdin.take()));
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        let writer = stdin.clone();
        thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(msg) = read_frame(&mut r) {
                if let (Some(id), Some(method)) = (msg.get("id"), msg.get("method")) {
                    let result = if method == "workspace/configuration" {
                        let n = msg["params"]["items"].as_array().map_or(0, Vec::len);
                        Value::Array(vec![Value::Null; n])
                    } else {
                        Value::Null
                    };
                    let _ = write_frame(
                        &writer,
                        &json!({"jsonrpc": "2.0", "id": id, "result": result}),
                    );
                }
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            backlog: VecDeque::new(),
            seen: Vec::new(),
            next_id: 1,
            encoding: Enc::Utf16,
        }
    }

    /// Starts `sayswho lsp` and initializes it, offering `encodings` (None: the field is
    /// left out, as old clients do). The server's answer decides `self.encoding`.
    pub fn start(encodings: Option<&[&str]>) -> (Client, Value) {
        Self::start_with(&["lsp"], encodings, json!({}))
    }

    pub fn start_with(
        args: &[&str],
        encodings: Option<&[&str]>,
        init_options: Value,
    ) -> (Client, Value) {
        Self::start_in(args, encodings, init_options, None)
    }

    /// `start_with`, opening `workspace` (a `file://` URI) as the workspace folder.
    pub fn start_in(
        args: &[&str],
        encodings: Option<&[&str]>,
        init_options: Value,
        workspace: Option<&str>,
    ) -> (Client, Value) {
        let mut c = Client::spawn(args);
        let mut general = json!({});
        if let Some(e) = encodings {
            general["positionEncodings"] = json!(e);
        }
        let result = c.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": workspace,
                "workspaceFolders": workspace.map(|w| json!([{"uri": w, "name": "desk"}])),
                "capabilities": {
                    "general": general,
                    "workspace": {"workspaceEdit": {"documentChanges": true}},
                    "textDocument": {
                        "publishDiagnostics": {"relatedInformation": true, "versionSupport": true},
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "documentSymbol": {"hierarchicalDocumentSymbolSupport": true},
                        "rename": {"prepareSupport": true},
                        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}
                    }
                },
                "initializationOptions": init_options,
            }),
        );
        let result = result.get("result").cloned().expect("initialize result");
        c.encoding = match result["capabilities"]["positionEncoding"].as_str() {
            Some("utf-8") => Enc::Utf8,
            _ => Enc::Utf16,
        };
        c.notify("initialized", json!({}));
        (c, result)
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        write_frame(
            &self.stdin,
            &json!({"jsonrpc": "2.0", "method": method, "params": params}),
        )
        .expect("write to server");
    }

    /// Sends a request and waits for its response (the whole response object).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        write_frame(
            &self.stdin,
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        )
        .expect("write to server");
        self.wait(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
            .unwrap_or_else(|| panic!("no response to {method}"))
    }

    /// The result of a request, failing the test on an error response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params);
        assert!(r.get("error").is_none(), "{method} failed: {r}");
        r["result"].clone()
    }

    fn next_message(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.checked_duration_since(Instant::now())?;
        match self.rx.recv_timeout(left) {
            Ok(m) => {
                if m.get("method").is_some() {
                    self.seen.push(m.clone());
                }
                Some(m)
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => None,
        }
    }

    /// The first message (backlog first) matching `pred`, within `TIMEOUT`.
    pub fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        self.wait_for(TIMEOUT, pred)
    }

    pub fn wait_for(&mut self, timeout: Duration, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + timeout;
        loop {
            let m = self.next_message(deadline)?;
            if pred(&m) {
                return Some(m);
            }
            self.backlog.push_back(m);
        }
    }

    /// The diagnostics published for `uri` at `version` (earlier versions are skipped).
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self
            .wait(|m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && m["params"]["version"] == version
            })
            .unwrap_or_else(|| panic!("no diagnostics for {uri} at version {version}"));
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The versions of every `publishDiagnostics` for `uri` seen so far, in order.
    pub fn published_versions(&self, uri: &str) -> Vec<Value> {
        self.seen
            .iter()
            .filter(|m| {
                m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
            })
            .map(|m| m["params"]["version"].clone())
            .collect()
    }

    pub fn open(&mut self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// `shutdown` then `exit`; the process's exit status.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "shutdown failed: {r}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            assert!(Instant::now() < deadline, "server did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Writes raw bytes to the server's stdin (broken frames, garbage).
    pub fn send_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut guard = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let Some(w) = guard.as_mut() else {
            return Err(std::io::Error::other("stdin closed"));
        };
        w.write_all(bytes)?;
        w.flush()
    }

    /// Writes one framed message with this exact body (which need not be valid JSON).
    pub fn send_body(&mut self, body: &str) -> std::io::Result<()> {
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes())
    }

    /// Sends a request without waiting; returns its id (see `response`).
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        write_frame(
            &self.stdin,
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        )
        .expect("write to server");
        id
    }

    /// The response to request `id`, within `timeout`.
    pub fn response(&mut self, id: i64, timeout: Duration) -> Option<Value> {
        self.wait_for(timeout, |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        })
    }

    /// The server's peak resident memory so far (VmHWM), in KiB, where /proc has it.
    pub fn peak_rss_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
    }

    /// Whether the server process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// A position in `text` as this client counts it.
    pub fn pos(&self, text: &str, offset: usize) -> Value {
        let (line, character) = position(text, offset, self.encoding);
        json!({"line": line, "character": character})
    }

    pub fn range(&self, text: &str, start: usize, end: usize) -> Value {
        json!({"start": self.pos(text, start), "end": self.pos(text, end)})
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// Line starts per LSP: after `\n`, after a `\r` not followed by `\n`.
fn line_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut v = vec![0];
    for i in 0..b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            v.push(i + 1);
        }
    }
    v
}

fn units(s: &str, enc: Enc) -> usize {
    match enc {
        Enc::Utf8 => s.len(),
        Enc::Utf16 => s.encode_utf16().count(),
    }
}

/// (line, character) of a byte offset.
pub fn position(text: &str, offset: usize, enc: Enc) -> (u32, u32) {
    let starts = line_starts(text);
    let line = starts.partition_point(|&s| s <= offset) - 1;
    (line as u32, units(&text[starts[line]..offset], enc) as u32)
}

/// Byte offset of a (line, character) that names a valid place.
pub fn offset(text: &str, line: u32, character: u32, enc: Enc) -> usize {
    let starts = line_starts(text);
    let start = starts[line as usize];
    let mut count = 0;
    for (i, c) in text[start..].char_indices() {
        if count >= character as usize {
            return start + i;
        }
        count += match enc {
            Enc::Utf8 => c.len_utf8(),
            Enc::Utf16 => c.len_utf16(),
        };
    }
    text.len()
}

pub fn offset_of(text: &str, pos: &Value, enc: Enc) -> usize {
    offset(
        text,
        pos["line"].as_u64().unwrap_or(0) as u32,
        pos["character"].as_u64().unwrap_or(0) as u32,
        enc,
    )
}

/// Applies LSP text edits (`[{range, newText}]`) to `text`, as an editor would.
pub fn apply_edits(text: &str, edits: &[Value], enc: Enc) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset_of(text, &e["range"]["start"], enc),
                offset_of(text, &e["range"]["end"], enc),
                e["newText"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (s, e, t) in spans {
        out.replace_range(s..e, &t);
    }
    out
}

/// The edits of a `WorkspaceEdit` for `uri`, whichever form the server chose.
pub fn workspace_edits(edit: &Value, uri: &str) -> Vec<Value> {
    if let Some(changes) = edit["documentChanges"].as_array() {
        return changes
            .iter()
            .filter(|c| c["textDocument"]["uri"] == uri)
            .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
            .collect();
    }
    edit["changes"][uri].as_array().cloned().unwrap_or_default()
}

/// What the server should publish for `text`: a fresh analysis, its findings converted
/// by the harness's own position model, as (range, code, severity, message).
pub fn expected_diagnostics(
    text: &str,
    format: sayswho::analysis::Format,
    enc: Enc,
) -> Vec<(Value, String, u64, String)> {
    let report = sayswho::analysis::analyze(text, format, &sayswho::analysis::Context::default());
    report
        .findings
        .iter()
        .map(|f| {
            let (l1, c1) = position(text, f.span.start, enc);
            let (l2, c2) = position(text, f.span.end, enc);
            let severity = match f.severity {
                sayswho::analysis::Severity::Error => 1,
                sayswho::analysis::Severity::Warning => 2,
                sayswho::analysis::Severity::Information => 3,
                sayswho::analysis::Severity::Hint => 4,
            };
            (
                json!({"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}),
                f.code.as_str().to_string(),
                severity,
                f.message.clone(),
            )
        })
        .collect()
}

/// The same four fields of published diagnostics.
pub fn summarize(diags: &[Value]) -> Vec<(Value, String, u64, String)> {
    diags
        .iter()
        .map(|d| {
            (
                d["range"].clone(),
                d["code"].as_str().unwrap_or("").to_string(),
                d["severity"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// The draft with Hangul and an emoji (a surrogate pair in UTF-16) at the start of every
/// paragraph, so UTF-8, UTF-16 and character columns all differ on every line.
pub fn with_hangul_and_emoji(text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            if p.starts_with('#') || p.trim().is_empty() {
                p.to_string()
            } else {
                format!("[서울 🇰🇷] {p}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The draft the desk tests keep on disk: a minister the knowledge base lists with
/// another title, a vague source and an unlisted shopkeeper.
pub const DESK_DRAFT: &str = "# Budget row\n\nHealth Minister Sue Essex said the budget would rise next year.\n\nThe council will close three libraries, officials said.\n\nTom Baker, a local shopkeeper, said trade had fallen.\n";
