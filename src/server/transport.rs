//! A tolerant reader in front of tower-lsp's stdin.
//!
//! tower-lsp decodes stdin with a `FramedRead`, and a `FramedRead` ends its stream after
//! the first decoding error: one malformed JSON body or a burst of binary garbage made the
//! server stop reading and exit. This reader frames the input itself, skips garbage up to
//! the next `Content-Length` header, drops (and logs) bodies that are not JSON-RPC
//! messages, and hands tower-lsp only well-formed frames, so a broken client message costs
//! that message and nothing else.
//!
//! It also tells the server when the session is over (`exit`, or the end of input), so
//! the process ends then, whatever handlers are still waiting (tower-lsp waits for every
//! pending handler, and one waiting for an answer from a client that has gone never
//! finishes). And a `didChange` with a negative position, which tower-lsp would drop
//! without a word while the document drifts, is passed on as `REJECTED_CHANGE` so the
//! server can tell the writer.

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Request, Response};

/// Bodies larger than this are skipped rather than buffered (a 5 MB draft is fine).
const MAX_BODY: usize = 256 << 20;
/// Header lines longer than this are garbage.
const MAX_HEADER_LINE: u64 = 4096;

/// The notification a `didChange` with a negative position becomes: its `params` are the
/// `textDocument` (uri and version) of the change that could not be applied.
pub const REJECTED_CHANGE: &str = "sayswho/rejectedChange";

/// Whether tower-lsp would accept `body` as a message.
pub fn is_message(body: &[u8]) -> bool {
    parse_message(body).is_some()
}

/// `body` as a message tower-lsp would accept.
fn parse_message(body: &[u8]) -> Option<Value> {
    let value = serde_json::from_slice::<Value>(body).ok()?;
    let ok = serde_json::from_value::<Request>(value.clone()).is_ok()
        || serde_json::from_value::<Response>(value.clone()).is_ok();
    ok.then_some(value)
}

/// A `didChange` whose ranges hold a negative line or character.
fn has_negative_range(msg: &Value) -> bool {
    if msg.get("method").and_then(Value::as_str) != Some("textDocument/didChange") {
        return false;
    }
    let negative = |v: &Value| v.as_i64().is_some_and(|n| n < 0);
    msg["params"]["contentChanges"]
        .as_array()
        .is_some_and(|changes| {
            changes.iter().any(|c| {
                ["start", "end"].iter().any(|end| {
                    negative(&c["range"][end]["line"]) || negative(&c["range"][end]["character"])
                })
            })
        })
}

/// `exit`: the client is done, whatever it left pending.
fn is_exit(msg: &Value) -> bool {
    msg.get("method").and_then(Value::as_str) == Some("exit") && msg.get("id").is_none()
}

/// Reads one frame's body. `Ok(None)` at the end of input; frames without a usable
/// `Content-Length` are skipped.
async fn next_body<R: AsyncRead + Unpin>(
    input: &mut BufReader<R>,
) -> std::io::Result<Option<Vec<u8>>> {
    loop {
        let mut len: Option<usize> = None;
        let mut saw_header = false;
        loop {
            let mut line = Vec::new();
            let n = (&mut *input)
                .take(MAX_HEADER_LINE)
                .read_until(b'\n', &mut line)
                .await?;
            if n == 0 {
                return Ok(None);
            }
            let text = String::from_utf8_lossy(&line);
            let trimmed = text.trim();
            if trimmed.is_empty() {
                if saw_header {
                    break;
                }
                continue;
            }
            // Garbage before a header: keep only what follows "Content-Length".
            let header = match trimmed.find("Content-Length") {
                Some(i) => &trimmed[i..],
                None => trimmed,
            };
            if let Some((name, value)) = header.split_once(':') {
                saw_header = true;
                if name.trim().eq_ignore_ascii_case("content-length") {
                    len = value.trim().parse().ok();
                }
            }
        }
        match len {
            Some(n) if n <= MAX_BODY => {
                let mut body = vec![0; n];
                input.read_exact(&mut body).await?;
                return Ok(Some(body));
            }
            Some(n) => {
                tracing::warn!("skipping a {n}-byte message (limit {MAX_BODY})");
                tokio::io::copy(&mut (&mut *input).take(n as u64), &mut tokio::io::sink()).await?;
            }
            None => tracing::warn!("skipping a frame without a valid Content-Length"),
        }
    }
}

/// Stdin as tower-lsp should see it: only well-formed frames of JSON-RPC messages; and
/// a signal that fires once `exit` has been passed on or the input has ended.
pub fn tolerant<R: AsyncRead + Unpin + Send + 'static>(
    input: R,
) -> (impl AsyncRead + Unpin, tokio::sync::oneshot::Receiver<()>) {
    let (mut tx, rx) = tokio::io::duplex(1 << 16);
    let (ended, on_end) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let mut input = BufReader::new(input);
        loop {
            let body = match next_body(&mut input).await {
                Ok(Some(body)) => body,
                Ok(None) => break,
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(e) => {
                    tracing::warn!("reading stdin: {e}");
                    break;
                }
            };
            let Some(msg) = parse_message(&body) else {
                tracing::warn!(
                    "dropped a message that is not JSON-RPC ({} bytes)",
                    body.len()
                );
                continue;
            };
            let body = if has_negative_range(&msg) {
                let rejected = serde_json::json!({
                    "jsonrpc": "2.0",
                    "method": REJECTED_CHANGE,
                    "params": msg["params"]["textDocument"].clone(),
                });
                rejected.to_string().into_bytes()
            } else {
                body
            };
            let header = format!("Content-Length: {}\r\n\r\n", body.len());
            if tx.write_all(header.as_bytes()).await.is_err() || tx.write_all(&body).await.is_err()
            {
                break; // the server stopped reading: it is exiting
            }
            if is_exit(&msg) {
                break;
            }
        }
        // tower-lsp still reads what is buffered before it sees the end.
        let _ = tx.shutdown().await;
        let _ = ended.send(());
    });
    (rx, on_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    }

    fn expected_len(good: &str) -> usize {
        2 * frame(good).len()
    }

    async fn passed_on(input: Vec<u8>) -> Vec<Value> {
        let (reader, ended) = tolerant(std::io::Cursor::new(input));
        ended.await.expect("ended");
        let mut reader = BufReader::new(reader);
        let mut out = Vec::new();
        while let Ok(Ok(Some(body))) = tokio::time::timeout(
            std::time::Duration::from_millis(200),
            next_body(&mut reader),
        )
        .await
        {
            out.push(serde_json::from_slice(&body).expect("json"));
        }
        out
    }

    #[tokio::test]
    async fn exit_ends_the_input_and_later_bytes_are_not_read() {
        let mut input = frame(r#"{"jsonrpc":"2.0","method":"exit"}"#);
        input.extend(frame(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#));
        let got = passed_on(input).await;
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0]["method"], "exit");
    }

    #[tokio::test]
    async fn a_negative_range_becomes_a_rejected_change() {
        let change = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":-1},"end":{"line":0,"character":2}},"text":"x"}]}}"#;
        let fine = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":4},"contentChanges":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"text":"x"}]}}"#;
        let mut input = frame(change);
        input.extend(frame(fine));
        let got = passed_on(input).await;
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0]["method"], REJECTED_CHANGE);
        assert_eq!(got[0]["params"]["version"], 3);
        assert_eq!(got[1]["method"], "textDocument/didChange");
    }

    #[tokio::test]
    async fn keeps_good_frames_and_drops_garbage_and_bad_json() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let mut input = Vec::new();
        input.extend_from_slice(b"\x00\xff garbage\r\n\r\n");
        input.extend(frame("{not json"));
        input.extend(frame("[1,2,3]"));
        input.extend_from_slice(b"\xfe\xfdxx");
        input.extend(frame(good));
        input.extend_from_slice(b"Content-Length: zzz\r\n\r\n");
        input.extend(frame(good));
        let mut out = Vec::new();
        let (mut reader, ended) = tolerant(std::io::Cursor::new(input));
        ended.await.expect("the end of input is signalled");
        let mut buf = vec![0; expected_len(good)];
        reader.read_exact(&mut buf).await.expect("read");
        out.extend(buf);
        let mut expected = frame(good);
        expected.extend(frame(good));
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&expected)
        );
    }
}
