#!/usr/bin/env python3
"""Compare a scorer's --json figures with one table of .ci/quality-bars.toml.

usage: gate.py BARS.toml TABLE SCORES.json
Prints one line per bar and a closing 'TABLE: N passed, N failed'; exits 1 on a failure.
"""
import json, sys, tomllib

bars_path, table, scores_path = sys.argv[1:4]
bars = tomllib.load(open(bars_path, "rb"))[table]
score = json.load(open(scores_path))
failed = 0
for name, (op, bar) in bars.items():
    value = score.get(name)
    ok = value is not None and (value >= bar if op == ">=" else value <= bar)
    failed += not ok
    shown = f"{value:.3f}" if isinstance(value, float) else f"{value}"
    print(f"{'ok  ' if ok else 'FAIL'} {name:36} {shown} (bar {op} {bar})")
print(f"{table}: {len(bars) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
