#!/usr/bin/env bash
# The editor half of CI (called from .ci/run; a developer can run it too): installs what the
# editor tests need from the registries, checks and packages the VS Code extension, and
# runs each real-client end-to-end test. Needs a built binary: SAYSWHO (default: the newer
# of target/release/sayswho and target/debug/sayswho).
# Artifacts (screenshots, logs, JSON results): target/editors-e2e/, the .vsix:
# editors/vscode/sayswho.vsix.
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
export SAYSWHO
step() { echo; echo "== editors: $*"; }
timed() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "   [$* took $(( SECONDS - s )) s]"; return $rc; }

step "install tools (apt, PyPI, npm)"
timed editors/install-tools.sh all

step "VS Code extension: type-check, unit tests, package (.vsix, offline)"
(cd editors/vscode && timed npm run -s typecheck && timed npm test && timed npm run -s package)
ls -l editors/vscode/sayswho.vsix

step "protocol test: the server through vscode-jsonrpc / vscode-languageserver-protocol"
(cd editors/e2e && timed node --test protocol.test.mjs)

step "Neovim end to end"
timed editors/nvim-e2e.sh

step "Emacs (eglot) end to end"
timed editors/emacs-e2e.sh

step "Helix end to end (in tmux)"
timed editors/helix-e2e.sh

step "VS Code (code-server + headless Chromium) end to end"
timed editors/vscode-e2e.sh
