#!/usr/bin/env bash
# Helix smoke test: the README's languages.toml, verbatim, with `sayswho` on PATH. Checks
# `hx --health markdown`, then drives a real Helix in tmux (Helix has no headless mode):
# the gutter marks the lines of the required findings, the diagnostics picker (Space d)
# lists them by code, and the hover (Space k) over Dmitry Peskov shows his role.
# Env: SAYSWHO (binary; default: the newer of target/release/sayswho and target/debug/sayswho),
#      HX (default: target/editor-tools/bin/hx from editors/install-tools.sh trixie).
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
HX=${HX:-$TOOLS/bin/hx}
[ -x "$SAYSWHO" ] || { echo "helix-e2e: no sayswho binary at $SAYSWHO (cargo build first)" >&2; exit 2; }
[ -x "$HX" ] || { echo "helix-e2e: no Helix at $HX (editors/install-tools.sh trixie)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "helix-e2e: needs tmux" >&2; exit 2; }
out=$ROOT/target/editors-e2e; mkdir -p "$out"
work=$(mktemp -d)
session=sayswho-hx-$$
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/config/helix" "$work/bin"
ln -s "$SAYSWHO" "$work/bin/sayswho"
# The README's languages.toml block, taken from the README itself so the two cannot drift.
python3 - "$ROOT/README.md" > "$work/config/helix/languages.toml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
helix = text[text.index("### Helix"):]
print(re.search(r"```toml\n(.*?)```", helix, re.S).group(1), end="")
PY
editors/e2e/make-draft.sh "$work/draft.md"
export PATH="$work/bin:$PATH" XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
"$HX" --version
passed=0; failed=0
check() { if [ "$2" = 0 ]; then echo "ok   $1"; passed=$((passed + 1)); else echo "FAIL $1${3:+: $3}"; failed=$((failed + 1)); fi; }

health=$("$HX" --health markdown 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
echo "$health" > "$out/helix-health.txt"
echo "$health" | grep -q "✓ sayswho: $work/bin/sayswho"; check "hx --health markdown finds sayswho" $?

tmux new-session -d -s "$session" -x 220 -y 50 "$HX $work/draft.md"
capture() { tmux capture-pane -p -t "$session"; }
# Wait for the gutter's diagnostic markers.
for _ in $(seq 1 80); do capture | grep -q '^●' && break; sleep 0.25; done
capture > "$out/helix-editor.txt"
marked=$(grep -oE '^●[[:space:]]+[0-9]+' "$out/helix-editor.txt" | grep -oE '[0-9]+$' | tr '\n' ' ')
for phrase in "officials" "Some South Korean media outlets" "Defense analysts" "Other experts" "reportedly" \
              "“We will not stand by while the border burns.”"; do
  line=$(grep -nF -- "$phrase" "$work/draft.md" | cut -d: -f1)
  [[ " $marked " == *" $line "* ]]; check "gutter marks line $line (“$phrase”)" $? "marked lines: $marked"
done

tmux send-keys -t "$session" Space d; sleep 1.5
capture > "$out/helix-diagnostics.txt"
vague=$(grep -c 'WARN *vague-attribution' "$out/helix-diagnostics.txt" || true)
quote=$(grep -c 'WARN *unattributed-quote' "$out/helix-diagnostics.txt" || true)
[ "$vague" -ge 5 ]; check "diagnostics picker lists vague-attribution ($vague)" $?
[ "$quote" -ge 1 ]; check "diagnostics picker lists unattributed-quote ($quote)" $?
tmux send-keys -t "$session" Escape; sleep 0.3

# Hover: search for the surname, then Space k.
tmux send-keys -t "$session" / Peskov Enter; sleep 0.5
tmux send-keys -t "$session" Space k; sleep 1.5
capture > "$out/helix-hover.txt"
grep -q "Kremlin spokesperson" "$out/helix-hover.txt"; check "hover over Peskov shows “Kremlin spokesperson”" $?
tmux send-keys -t "$session" Escape ':' 'q' '!' Enter
echo "helix-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
