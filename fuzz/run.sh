#!/usr/bin/env bash
# Runs every fuzz target, one at a time on one core, for a number of executions or a
# time, and prints the executions reached. Not part of `cargo test` nor of .ci/run.
# Usage: fuzz/run.sh [--runs N | --seconds S] [target...]     (default: --seconds 120)
#
# The closing run of issue 18 (a million executions per target, one after the other):
#   fuzz/run.sh --runs 1000000
# A target that runs each input in well under a millisecond gets there in 10-20 minutes
# on one core of a quiet machine; libFuzzer prints its executions, time and exec/s at the
# end ("Done N runs in S second(s)", stat::number_of_executed_units, average_exec_per_sec).
# A crash or a hang (-timeout) stops the run and writes the input to fuzz/artifacts/;
# `cargo +nightly fuzz run -s none TARGET fuzz/artifacts/TARGET/crash-...` replays it.
# libFuzzer's whole output (its pulses show the rate while a run is going) is kept in
# fuzz/target/TARGET.log.
#
# cargo-fuzz drives libFuzzer, which needs nightly-only rustc flags. The nightly toolchain
# is used when rustup has it; otherwise RUSTC_BOOTSTRAP=1 unlocks the flags on stable.
# `-s none` turns off AddressSanitizer (the code under test is safe Rust, so a panic or a
# timeout is the finding, and ASan would halve the executions).
#
# Inputs are kept small (-max_len per target below; the seeds are single paragraphs of the
# drafts): the bugs worth finding are in shapes (a quote mark here, a surrogate pair
# there), not in length, and the analysis of a long draft costs milliseconds, which would
# cap a run at a few thousand executions. Long inputs are the time-growth tests' job
# (tests/hostile_drafts.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=(-max_total_time=120)
case "${1:-}" in
  --runs) limit=(-runs="$2"); shift 2 ;;
  --seconds) limit=(-max_total_time="$2"); shift 2 ;;
  [0-9]*) limit=(-max_total_time="$1"); shift ;; # the old form: seconds per target
esac
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
    analyze) echo 512 ;;
    document_edits) echo 512 ;;
    jsonrpc) echo 1024 ;;
    *) echo 1024 ;;
  esac
}

# Seed corpus from the drafts, read at run time (never committed: fuzz/corpus is ignored):
# a few paragraphs of each draft, each cut to the target's -max_len.
drafts=${SAYSWHO_BENCH_DRAFTS:-../shared/corpus/drafts}
for t in "${targets[@]}"; do mkdir -p "fuzz/corpus/$t"; done
if [ -d "$drafts" ]; then
  python3 - "$drafts" "$(max_len analyze)" "$(max_len document_edits)" <<'PY'
import json, os, sys
drafts, analyze_len, edits_len = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def cut(text, n):
    b = text.encode()[:n]
    return b.decode("utf-8", "ignore").encode()
def frame(m):
    b = json.dumps(m, ensure_ascii=False).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
u = "file:///d.md"
def session(text):
    msgs = [
        {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": u, "version": 2}, "contentChanges": [{"text": text}]}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": u, "version": 3}, "contentChanges": [{"range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 5}}, "text": "김😀"}]}},
        {"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": u}, "position": {"line": 0, "character": 4}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": u}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": u}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}, "context": {"diagnostics": []}}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 2}},
        {"jsonrpc": "2.0", "id": 4, "method": "shutdown"},
    ]
    return b"".join(frame(m) for m in msgs)
for name in sorted(os.listdir(drafts)):
    text = open(os.path.join(drafts, name), encoding="utf-8").read()
    paragraphs = [p for p in text.split("\n\n") if len(p.split()) >= 8][:3]
    for i, p in enumerate(paragraphs):
        seed = f"{name}.{i}"
        open(f"fuzz/corpus/analyze/{seed}", "wb").write(cut(p, analyze_len))
        open(f"fuzz/corpus/document_edits/{seed}", "wb").write(cut(p, edits_len))
    if paragraphs:
        open(f"fuzz/corpus/jsonrpc/{name}", "wb").write(session(cut(paragraphs[0], 400).decode()))
PY
fi

for t in "${targets[@]}"; do
  echo "== $t (${limit[*]}, -max_len=$(max_len "$t"))"
  # One process on one core (the machine is shared). Without -jobs libFuzzer runs exactly
  # that; -jobs=1 -workers=1 would do the same in a child process whose output goes to
  # fuzz-0.log instead of here.
  cargo "${toolchain[@]}" fuzz run -s none "$t" "fuzz/corpus/$t" -- \
    "${limit[@]}" -max_len="$(max_len "$t")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    tee "fuzz/target/$t.log" |
    grep -E "^#[0-9]+ +(DONE|pulse)|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|panicked|ERROR|Test unit written" | tail -8
done
