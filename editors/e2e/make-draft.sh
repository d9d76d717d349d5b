#!/usr/bin/env bash
# Writes the end-to-end draft: the seed draft (tests/fixtures/troops.md) with Korean text
# and an emoji put in front of "officials" on its line, so every client's column
# conversion is tested past multi-byte and surrogate-pair characters.
# Usage: editors/e2e/make-draft.sh OUT.md
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../tests/fixtures/troops.md"
out=${1:?usage: make-draft.sh OUT.md}
sed 's/^For years, South Korea has accused/For years, South Korea (대한민국 🇰🇷) has accused/' "$src" > "$out"
grep -q '대한민국 🇰🇷) has accused the North' "$out" || { echo "make-draft: seed draft changed; update the sed pattern" >&2; exit 1; }
