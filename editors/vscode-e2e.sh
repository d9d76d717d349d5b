#!/usr/bin/env bash
# VS Code end-to-end test: builds the .vsix, installs it into a real VS Code (code-server,
# from the npm registry), and drives the workbench with headless Chromium through
# puppeteer-core (editors/e2e/code-server.mjs): diagnostics (squiggles and the Problems
# panel), hover over a name, and a quick-fix (a screenshot of the menu, each entry once).
# Screenshots go to target/editors-e2e/.
# Needs: editors/install-tools.sh apt node code-server
# Env: SAYSWHO (binary; default: the newer of target/release/sayswho and target/debug/sayswho),
#      CHROMIUM (default /usr/bin/chromium), CODE_SERVER_PORT (default 18080 + a random offset).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=${SAYSWHO_EDITOR_TOOLS:-$ROOT/target/editor-tools}
if [ -z "${SAYSWHO:-}" ]; then
  # The newer of the release and debug builds, so a stale one is never tested by accident.
  SAYSWHO=$ROOT/target/debug/sayswho
  if [ -x target/release/sayswho ] && { [ ! -x "$SAYSWHO" ] || [ target/release/sayswho -nt "$SAYSWHO" ]; }; then
    SAYSWHO=$ROOT/target/release/sayswho
  fi
fi
SAYSWHO=$(realpath "$SAYSWHO")
[ -x "$SAYSWHO" ] || { echo "vscode-e2e: no sayswho binary at $SAYSWHO (cargo build first)" >&2; exit 2; }
NODE24=$TOOLS/bin/node
CODE_SERVER=$TOOLS/code-server/node_modules/.bin/code-server
[ -x "$NODE24" ] && [ -x "$CODE_SERVER" ] || { echo "vscode-e2e: run editors/install-tools.sh node code-server first" >&2; exit 2; }
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
out=$ROOT/target/editors-e2e; mkdir -p "$out"

echo "== vscode-e2e: build the .vsix"
(cd editors/vscode && { [ -d node_modules ] || npm ci -q --no-audit --no-fund; } && npm run -s package >/dev/null)
ls -l editors/vscode/sayswho.vsix

work=$(mktemp -d)
cs_pid=
cleanup() {
  if [ -n "$cs_pid" ]; then kill "$cs_pid" 2>/dev/null || true; wait "$cs_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/ws" "$work/ud/User" "$work/ud/Machine" "$work/ext" "$work/home"
editors/e2e/make-draft.sh "$work/ws/draft.md"
# The user's settings: the server path (as a user without sayswho on PATH would set it),
# no workspace-trust prompt, nothing that calls out to the network.
cat > "$work/ud/User/settings.json" <<JSON
{
  "sayswho.server.path": "$SAYSWHO",
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 100
}
JSON
# code-server applies machine-scoped settings from the remote side's Machine settings.
cp "$work/ud/User/settings.json" "$work/ud/Machine/settings.json"
port=${CODE_SERVER_PORT:-$((18080 + RANDOM % 1000))}
cat > "$work/cs.yaml" <<YAML
bind-addr: 127.0.0.1:$port
auth: none
cert: false
YAML
export HOME=$work/home
cs=(env PATH="$TOOLS/bin:$PATH" "$CODE_SERVER" --config "$work/cs.yaml" --user-data-dir "$work/ud" --extensions-dir "$work/ext"
    --disable-telemetry --disable-update-check --disable-workspace-trust)

echo "== vscode-e2e: install the .vsix into code-server $("${cs[@]}" --version 2>/dev/null | head -1)"
"${cs[@]}" --install-extension "$ROOT/editors/vscode/sayswho.vsix" 2>&1 | grep -v ENOTFOUND | tail -3
"${cs[@]}" --list-extensions --show-versions 2>/dev/null | grep -q '^sayswho.sayswho@' \
  || { echo "vscode-e2e: the extension did not install" >&2; exit 1; }

echo "== vscode-e2e: start code-server on 127.0.0.1:$port"
"${cs[@]}" "$work/ws" > "$out/code-server.log" 2>&1 &
cs_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$cs_pid" 2>/dev/null || { echo "code-server exited:"; tail -20 "$out/code-server.log"; exit 1; }
  sleep 0.5
done

echo "== vscode-e2e: drive the workbench with headless Chromium"
status=0
USER_SETTINGS=$work/ud/Machine/settings.json "$NODE24" editors/e2e/code-server.mjs "http://127.0.0.1:$port/?folder=$work/ws" "$work/ws/draft.md" "$out" || status=$?
# The extension's own log, from the output channel's file, for the CI artifacts.
find "$work/ud" -path '*sayswho*' -name '*.log' -exec cp {} "$out/" \; 2>/dev/null || true
exit "$status"
