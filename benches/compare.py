#!/usr/bin/env python3
"""sayswho and harper-ls side by side, in one run, as the README's Performance table.

For each benchmark document (10,000 and 100,000 words, built by lsp_latency.py from the
corpus drafts or the sample fixture) it runs benches/lsp_latency.py against each server
and prints a Markdown table: open -> first diagnostics, one-character edit -> updated
diagnostics (sayswho's 150 ms debounce subtracted; harper-ls does not debounce), and
peak RSS; harper-ls is told to lint files of any length (it skips those over 120 KB by
default). It also times `sayswho check` over the corpus drafts (files per second).

  python3 benches/compare.py [--harper PATH] [--edits N] [--runs N]

harper-ls: PATH, else $HARPER_LS, else harper-ls on PATH; left out when none is found.
Needs a release build of sayswho (cargo build --release). Standard library only.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LATENCY = ROOT / "benches" / "lsp_latency.py"
SAYSWHO = ROOT / "target" / "release" / "sayswho"
DEBOUNCE_MS = 150


def latency(cmd, doc, edits, debounce, settings):
    out = subprocess.run(
        [sys.executable, str(LATENCY), "--doc", str(doc), "--edits", str(edits),
         "--debounce-ms", str(debounce), "--settings", settings, "--", *cmd],
        capture_output=True, text=True, timeout=900)
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": (out.stderr or out.stdout).strip()[-300:]}


def best_of(cmd, doc, edits, debounce, settings, runs):
    """Median of `runs` runs for each figure (the machine is shared and noisy)."""
    results = [latency(cmd, doc, edits, debounce, settings) for _ in range(runs)]
    ok = [r for r in results if "error" not in r]
    if not ok:
        return results[0]
    med = lambda k: statistics.median(r[k] for r in ok)
    return {
        "open": med("open_to_diagnostics_ms"),
        "edit": med("edit_minus_debounce_ms"),
        "rss_mb": med("peak_rss_kb") / 1024,
        "diagnostics": ok[0]["diagnostics_count"],
    }


def files_per_second(drafts):
    files = sorted(p for p in drafts.iterdir() if p.suffix in (".txt", ".md"))
    if not files:
        return None
    start = time.perf_counter()
    subprocess.run([str(SAYSWHO), "check", "--format", "json", *map(str, files)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return len(files), elapsed, os.cpu_count()


def cell(r, key, fmt):
    if "error" in r:
        return "error"
    return fmt.format(r[key])


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--harper", help="harper-ls binary")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--docs", default=str(ROOT / "target" / "bench-docs"))
    a = ap.parse_args()
    if not SAYSWHO.exists():
        sys.exit("build first: cargo build --release")
    subprocess.run([sys.executable, str(LATENCY), "--make-docs", a.docs], check=True,
                   stdout=subprocess.DEVNULL)
    harper = a.harper or os.environ.get("HARPER_LS") or shutil.which("harper-ls")
    servers = [("sayswho", [str(SAYSWHO), "lsp"], DEBOUNCE_MS, "null")]
    if harper:
        # harper-ls skips files over 120,000 bytes by default; lift that so it lints
        # the 100k-word document too.
        lift = json.dumps({"harper-ls": {"maxFileLength": 100_000_000}})
        servers.append(("harper-ls", [harper, "--stdio"], 0, lift))
    rows = []
    for doc in ("doc10k", "doc100k"):
        path = Path(a.docs) / f"{doc}.md"
        for name, cmd, debounce, settings in servers:
            r = best_of(cmd, path, a.edits, debounce, settings, a.runs)
            rows.append((doc, name, r))
            print(f"{doc} {name}: {r}", file=sys.stderr)
    print("| document | server | open → diagnostics | edit → diagnostics (beyond debounce) "
          "| peak RSS | diagnostics |")
    print("|---|---|---|---|---|---|")
    for doc, name, r in rows:
        words = "10k words" if doc == "doc10k" else "100k words"
        print(f"| {words} | {name} | {cell(r, 'open', '{:.0f} ms')} | "
              f"{cell(r, 'edit', '{:.1f} ms')} | {cell(r, 'rss_mb', '{:.0f} MB')} | "
              f"{cell(r, 'diagnostics', '{}')} |")
    drafts = ROOT.parent / "shared" / "corpus" / "drafts"
    if drafts.is_dir():
        n, s, cpus = files_per_second(drafts)
        print(f"\n`sayswho check` on the {n} corpus drafts: {s:.2f} s, "
              f"{n / s:.0f} files/s on {cpus} cores.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
