#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 120 s each) and prints executions.
# Not part of `cargo test`. Usage: fuzz/run.sh [seconds-per-target] [target...]
#
# cargo-fuzz drives libFuzzer, which needs nightly-only rustc flags (-Cpasses=sancov-module
# with -Z options). This machine has one stable toolchain, so RUSTC_BOOTSTRAP=1 unlocks
# them on stable; `-s none` turns off AddressSanitizer (the code under test is safe Rust,
# so a panic or a timeout is the finding, and ASan would halve the executions).
# Install: cargo install cargo-fuzz --locked
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-120}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(analyze document_edits jsonrpc)
export RUSTC_BOOTSTRAP=1

# Seed corpus from the drafts, read at run time (never committed: fuzz/corpus is ignored).
drafts=${SAYSWHO_BENCH_DRAFTS:-../shared/corpus/drafts}
for t in "${targets[@]}"; do mkdir -p "fuzz/corpus/$t"; done
if [ -d "$drafts" ]; then
  for f in "$drafts"/*; do
    base=$(basename "$f")
    cp "$f" "fuzz/corpus/analyze/$base"
    head -c 2000 "$f" > "fuzz/corpus/document_edits/$base"
    python3 - "$f" "fuzz/corpus/jsonrpc/$base" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()[:3000]
def frame(m):
    b = json.dumps(m, ensure_ascii=False).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
u = "file:///d.md"
msgs = [
    {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": u, "version": 2}, "contentChanges": [{"text": text}]}},
    {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": u, "version": 3}, "contentChanges": [{"range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 5}}, "text": "김😀"}]}},
    {"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": u}, "position": {"line": 0, "character": 4}}},
    {"jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": u}}},
    {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": u}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}, "context": {"diagnostics": []}}},
    {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 2}},
    {"jsonrpc": "2.0", "id": 4, "method": "shutdown"},
]
open(sys.argv[2], "wb").write(b"".join(frame(m) for m in msgs))
PY
  done
fi

for t in "${targets[@]}"; do
  echo "== $t (${secs}s)"
  cargo fuzz run -s none "$t" "fuzz/corpus/$t" -- -max_total_time="$secs" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 2>&1 | grep -E "^#[0-9]+ +(DONE|pulse)|Done [0-9]+ runs|SUMMARY|panicked|ERROR" | tail -4
done
