#!/usr/bin/env bash
# Score sayswho on the held-out drafts (tests/heldout/drafts) against their gold.
# usage: tests/heldout/score.sh [--verbose]
# SAYSWHO_SCORE_PY overrides the scorer path (default /work/shared/eval/score.py).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
score_py="${SAYSWHO_SCORE_PY:-/work/shared/eval/score.py}"
out="${TMPDIR:-/tmp}/sayswho-heldout.$$.json"
trap 'rm -f "$out"' EXIT
cd "$root"
cargo build -q
# `check` exits 1 when it has findings; that is expected here.
./target/debug/sayswho check --format json tests/heldout/drafts/* > "$out" || [ $? -eq 1 ]
python3 "$score_py" "$out" tests/heldout/gold --raw tests/heldout/drafts "$@"
