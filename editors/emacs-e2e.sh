#!/usr/bin/env bash
# Emacs end-to-end test: Emacs 30's eglot, in batch mode, drives sayswho on the draft made
# from the seed draft (editors/emacs/sayswho-e2e.el).
# Env: SAYSWHO (binary; default: the newer of target/release/sayswho and target/debug/sayswho),
#      EMACS (default: emacs; 29+ for built-in eglot; editors/install-tools.sh apt installs 30).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ -z "${SAYSWHO:-}" ]; then
  # The newer of the release and debug builds, so a stale one is never tested by accident.
  SAYSWHO=$ROOT/target/debug/sayswho
  if [ -x target/release/sayswho ] && { [ ! -x "$SAYSWHO" ] || [ target/release/sayswho -nt "$SAYSWHO" ]; }; then
    SAYSWHO=$ROOT/target/release/sayswho
  fi
fi
SAYSWHO=$(realpath "$SAYSWHO")
EMACS=${EMACS:-emacs}
[ -x "$SAYSWHO" ] || { echo "emacs-e2e: no sayswho binary at $SAYSWHO (cargo build first)" >&2; exit 2; }
"$EMACS" --version | head -1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
editors/e2e/make-draft.sh "$work/draft.md"
mkdir -p target/editors-e2e
status=0
HOME=$work SAYSWHO=$SAYSWHO timeout 120 "$EMACS" --batch -Q -l "$ROOT/editors/emacs/sayswho-e2e.el" "$work/draft.md" \
  > target/editors-e2e/emacs.log 2>&1 || status=$?
grep -E '^(ok  |FAIL|diagnostics after|emacs-e2e:)' target/editors-e2e/emacs.log || true
if [ "$status" -ne 0 ]; then echo "emacs-e2e failed (status $status); the rest of the log:"; grep -vE '^(ok  |FAIL)' target/editors-e2e/emacs.log | tail -30; fi
exit "$status"
