#!/usr/bin/env bash
# Neovim end-to-end test: a real headless Neovim loads editors/nvim, opens the draft made
# from the seed draft, and checks diagnostics, hover, a code action, a re-check after an
# edit, and :checkhealth (editors/nvim/test/e2e.lua), in three setups:
#   plugin  require("sayswho").setup{} (vim.lsp.config/enable on 0.11+)
#   start   setup{} forced onto the vim.lsp.start path that Neovim 0.10 uses
#   bare    the README's two-line setup without the plugin
# and then, when Neovim 0.10 is there (editors/install-tools.sh trixie), the plugin again
# on 0.10, where setup{} must take the vim.lsp.start path by itself.
# Env: SAYSWHO (binary; default: the newer of target/release/sayswho and target/debug/sayswho),
#      NVIM (default: target/editor-tools/venv-nvim/bin/nvim from editors/install-tools.sh nvim),
#      NVIM_010 (default: target/editor-tools/bin/nvim-0.10; skipped when absent).
# Results: target/editors-e2e/nvim-<mode>.json, nvim010-plugin.json
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
NVIM=${NVIM:-$TOOLS/venv-nvim/bin/nvim}
[ -x "$SAYSWHO" ] || { echo "nvim-e2e: no sayswho binary at $SAYSWHO (cargo build first)" >&2; exit 2; }
command -v "$NVIM" >/dev/null || { echo "nvim-e2e: no Neovim at $NVIM (editors/install-tools.sh nvim)" >&2; exit 2; }
"$NVIM" --version | head -1

out=$ROOT/target/editors-e2e; mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# An isolated home so no user config or state leaks in or out.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache
mkdir -p "$work/drafts"
passed=0; failed=0
runs=()
for mode in ${NVIM_E2E_MODES:-plugin start bare}; do runs+=("$NVIM|$mode|nvim-$mode"); done
NVIM_010=${NVIM_010:-$TOOLS/bin/nvim-0.10}
if [ -x "$NVIM_010" ]; then
  "$NVIM_010" --version | head -1
  runs+=("$NVIM_010|plugin|nvim010-plugin")
else
  echo "(no Neovim 0.10 at $NVIM_010: the 0.10 run is skipped; editors/install-tools.sh trixie)"
fi
for run in "${runs[@]}"; do
  IFS='|' read -r bin mode name <<<"$run"
  editors/e2e/make-draft.sh "$work/drafts/draft.md"
  status=0
  SAYSWHO=$SAYSWHO E2E_DRAFT=$work/drafts/draft.md E2E_MODE=$mode \
    timeout 120 "$bin" --headless --clean -c "luafile $ROOT/editors/nvim/test/e2e.lua" \
    > "$out/$name.json" 2> "$out/$name.stderr" || status=$?
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print(f"ok {sys.argv[2]} (Neovim {r['nvim']}, {r.get('method', 'two-line setup')}): {len(r['checks'])} checks, "
      f"{r.get('diagnostics')} diagnostics, attach {r.get('attach_ms')} ms, diagnostics at {r.get('diagnostics_ms')} ms, "
      f"encoding {r.get('offset_encoding')}")
PY
  else
    failed=$((failed + 1))
    echo "FAIL $name (status $status):"
    cat "$out/$name.json" "$out/$name.stderr" | tail -c 4000
  fi
done
echo "nvim-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
