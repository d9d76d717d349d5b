#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 120 s each), one at a time on one
# core, and prints the executions reached. Not part of `cargo test` nor of .ci/run.
# Usage: fuzz/run.sh [seconds-per-target] [target...]
#
# cargo-fuzz drives libFuzzer, which needs nightly-only rustc flags. The nightly toolchain
# is used when rustup has it; otherwise RUSTC_BOOTSTRAP=1 unlocks the flags on stable.
# `-s none` turns off AddressSanitizer (the code under test is safe Rust, so a panic or a
# timeout is the finding, and ASan would halve the executions).
#
# Inputs are kept small (-max_len per target below): the bugs worth finding are in shapes
# (a quote mark here, a surrogate pair there), not in length, and the analysis of a long
# draft costs milliseconds, which would cap a run at a few thousand executions. Long
# inputs are the time-growth tests' job (tests/hostile_drafts.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-120}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(analyze document_edits jsonrpc)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: installing it (cargo install cargo-fuzz --locked)"
  cargo install cargo-fuzz --locked
fi
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

max_len() {
  case "$1" in
    analyze) echo 1024 ;;
    document_edits) echo 512 ;;
    jsonrpc) echo 2048 ;;
    *) echo 1024 ;;
  esac
}

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
  echo "== $t (${secs}s, -max_len=$(max_len "$t"))"
  # One process on one core (the machine is shared). Without -jobs libFuzzer runs exactly
  # that; -jobs=1 -workers=1 would do the same in a child process whose output goes to
  # fuzz-0.log instead of here.
  cargo "${toolchain[@]}" fuzz run -s none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -max_len="$(max_len "$t")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E "^#[0-9]+ +(DONE|pulse)|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|panicked|ERROR|Test unit written" | tail -8
done
