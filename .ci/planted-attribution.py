#!/usr/bin/env python3
"""Planted-error suite for attribution: vague sources and unsourced claims of our own
wording, inserted into the lent corpus drafts at run time (never copied here).

usage: planted-attribution.py SAYSWHO_BINARY SHARED_DIR

For every draft of SHARED_DIR/corpus/drafts and every planted paragraph below, the
paragraph is inserted at a paragraph boundary (the end of the draft, and the middle
boundary where no quotation or colon runs across it). The check passes when
- each planted vague source gets a `vague-attribution` finding inside the plant, and
  each planted unsourced claim an `unattributed-claim` finding;
- each planted clean sentence (named source, covered figure, non-claim) gets neither;
- the draft's own findings are all still there, moved by the insertion, and no new
  finding appears outside the plant (one whose span or related span touches the plant,
  such as a figure mismatch with the planted figure, is the plant's own).
Exit status 1 on any failure, with the failures listed.
"""
import json, pathlib, subprocess, sys, tempfile

# (kind, paragraph): kind is "vague", "claim" or "clean". Our own sentences.
PLANTS = [
    ("vague", "Officials said the harbour tunnel would cost more than planned."),
    ("vague", "According to people familiar with the talks, the tunnel deal is close."),
    ("vague", "The tunnel is expected to open to lorries next spring."),
    ("vague", "The harbour master reportedly met the contractors twice in secret."),
    ("vague", "Critics say the tunnel tolls will drive hauliers to other ports."),
    ("vague", "Some Republicans say the tunnel plan is a waste of federal money."),
    ("vague", "A senior official told reporters the tunnel contract would be rewritten."),
    ("claim", "The tunnel contractor laid off 2,300 of its workers last winter."),
    ("claim", "Tolls on the harbour tunnel brought in £48m in its first year."),
    ("clean", "Harriet Vane, the harbour master, said the tunnel would open in May."),
    ("clean", "The tunnel will close at 22:15 on Saturday for cleaning."),
]


def findings(binary, paths):
    out = subprocess.run([binary, "check", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"sayswho failed: {out.stderr}")
    files = json.loads(out.stdout)["files"]
    return {pathlib.Path(f["path"]).name: f["diagnostics"] for f in files}


def boundaries(text):
    """Byte offsets where a new paragraph may go: the end, and a middle boundary after a
    paragraph whose quotation marks balance, which ends in no colon, and before one that
    opens no quotation."""
    b = text.encode("utf-8")
    paras = b.split(b"\n\n")
    cuts, mids, pos = [len(b)], [], 0
    for k, para in enumerate(paras[:-1]):
        pos += len(para) + 2
        nxt = paras[k + 1].lstrip()
        closed = (para.count("“".encode()) == para.count("”".encode())
                  and para.count(b'"') % 2 == 0)
        if (closed and para.strip() and not para.rstrip().endswith(b":")
                and not nxt.startswith(("“".encode(), b'"', "‘".encode())) and k >= 2):
            mids.append(pos)
    if mids:
        cuts.append(mids[len(mids) // 2])
    return cuts


def insert(text, cut, para):
    b = text.encode("utf-8")
    if cut >= len(b):
        head = b.rstrip(b"\n") + b"\n\n"
        new = head + para.encode() + b"\n"
        return new.decode("utf-8"), len(head), len(head) + len(para.encode()), len(new) - len(b)
    ins = para.encode() + b"\n\n"
    return (b[:cut] + ins + b[cut:]).decode("utf-8"), cut, cut + len(para.encode()), len(ins)


def key(d, shift_from, by):
    s, e = d["span"]["start"], d["span"]["end"]
    if s >= shift_from:
        s, e = s + by, e + by
    return (d["code"], s, e)


def touches(d, a, b):
    spans = [d["span"]] + [r["span"] for r in d.get("related", [])]
    return any(sp["start"] < b and a < sp["end"] for sp in spans)


def main():
    binary, shared = sys.argv[1], pathlib.Path(sys.argv[2])
    drafts = sorted((shared / "corpus" / "drafts").glob("*.txt"))
    base = findings(binary, drafts)
    failures, checks = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for d in drafts:
            text = d.read_text(encoding="utf-8")
            for cut in boundaries(text):
                for n, (kind, para) in enumerate(PLANTS):
                    new, a, b, by = insert(text, cut, para)
                    name = f"{d.stem}--{cut}--{n}.txt"
                    (pathlib.Path(tmp) / name).write_text(new, encoding="utf-8")
                    jobs.append((name, d.name, kind, para, a, b, cut, by))
        got = findings(binary, [pathlib.Path(tmp) / j[0] for j in jobs])
        for name, orig, kind, para, a, b, cut, by in jobs:
            diags = got.get(name, [])
            inside = [x["code"] for x in diags if a <= x["span"]["start"] and x["span"]["end"] <= b]
            checks += 1
            want = {"vague": "vague-attribution", "claim": "unattributed-claim"}.get(kind)
            if want and want not in inside:
                failures.append(f"{orig} @{cut}: planted {kind} not found: {para}")
            if kind == "clean" and {"vague-attribution", "unattributed-claim"} & set(inside):
                failures.append(f"{orig} @{cut}: clean plant flagged {inside}: {para}")
            before = {key(x, cut, by) for x in base.get(orig, [])}
            after = {key(x, 10**12, 0) for x in diags if not touches(x, a, b)}
            for lost in sorted(before - after):
                failures.append(f"{orig} @{cut}: lost {lost} after planting: {para}")
            for new in sorted(after - before):
                failures.append(f"{orig} @{cut}: new {new} outside the plant: {para}")
    print(f"planted attribution errors: {checks} plants in {len(drafts)} drafts, "
          f"{len(failures)} failures")
    for f in failures[:40]:
        print("  FAIL", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
