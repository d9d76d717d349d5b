//! A tolerant reader in front of tower-lsp's stdin.
//!
//! tower-lsp decodes stdin with a `FramedRead`, and a `FramedRead` ends its stream after
//! the first decoding error: one malformed JSON body or a burst of binary garbage made the
//! server stop reading and exit. This reader frames the input itself, skips garbage up to
//! the next `Content-Length` header, drops (and logs) bodies that are not JSON-RPC
//! messages, and hands tower-lsp only well-formed frames, so a broken client message costs
//! that message and nothing else.

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Request, Response};

/// Bodies larger than this are skipped rather than buffered (a 5 MB draft is fine).
const MAX_BODY: usize = 256 << 20;
/// Header lines longer than this are garbage.
const MAX_HEADER_LINE: u64 = 4096;

/// Whether tower-lsp would accept `body` as a message.
pub fn is_message(body: &[u8]) -> bool {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    serde_json::from_value::<Request>(value.clone()).is_ok()
        || serde_json::from_value::<Response>(value).is_ok()
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

/// Stdin as tower-lsp should see it: only well-formed frames of JSON-RPC messages.
pub fn tolerant<R: AsyncRead + Unpin + Send + 'static>(input: R) -> impl AsyncRead + Unpin {
    let (mut tx, rx) = tokio::io::duplex(1 << 16);
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
            if !is_message(&body) {
                tracing::warn!(
                    "dropped a message that is not JSON-RPC ({} bytes)",
                    body.len()
                );
                continue;
            }
            let header = format!("Content-Length: {}\r\n\r\n", body.len());
            if tx.write_all(header.as_bytes()).await.is_err() || tx.write_all(&body).await.is_err()
            {
                break; // the server stopped reading: it is exiting
            }
        }
        let _ = tx.shutdown().await;
    });
    rx
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
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
        tolerant(std::io::Cursor::new(input))
            .read_to_end(&mut out)
            .await
            .expect("read");
        let mut expected = frame(good);
        expected.extend(frame(good));
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&expected)
        );
    }
}
