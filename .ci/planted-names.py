#!/usr/bin/env python3
"""Planted-error suite for names and titles (issue 14): errors planted into the lent corpus
drafts at run time, in temporary files (never copied here), each checked for its finding.

usage: planted-names.py SAYSWHO_BINARY SHARED_DIR [--gate]

The clean drafts are checked once; the people the checker finds there (full name, later
surname references, the role given) choose where to plant. Per person, one draft each:
- title: a later surname reference ("Raab said") becomes the full name under a title that
  cannot hold with the role given before ("Harbourline Chief Executive Dominic Raab" for
  a Foreign Secretary; "Health Minister Ann Lee" for a chief executive; "High Court Judge
  Tom Bell" for an MP or senator) → a `title-mismatch` finding on the planted title;
- name: a later surname reference gets two neighbouring letters swapped ("Rabb" for
  "Raab" is too short; "Jonhson" for "Johnson") → a `name-mismatch` finding there;
- first: the full-name introduction is cut to the surname ("Dominic Raab" → "Raab") →
  a `first-reference` finding on it or on a later reference by that surname (counted
  apart, as first-once, for people the draft names only once).
References inside quotation marks and headlines are left alone. In every planted draft no
name or title finding may appear outside the plant, and the clean drafts must have none.
Prints the detection rate of each kind. With --gate, exits 1 when title or name
detection is below 0.85, or on any false alarm; without it, only reports.
"""
import json, pathlib, re, subprocess, sys, tempfile

BAR = 0.85
NAME_CODES = {"name-mismatch", "title-mismatch"}
WANT = {"title": "title-mismatch", "name": "name-mismatch", "first": "first-reference",
        "first-once": "first-reference"}

# The role classes the planted titles are chosen by (lower-case words of the role given
# first), and a title that cannot hold for the same person at the same time.
EXECUTIVE = {"chief executive", "ceo", "chairman", "chairwoman", "chair", "boss", "founder",
             "co-founder", "managing director"}
OFFICE = {"minister", "secretary", "chancellor", "president", "premier", "spokesman",
          "spokeswoman", "spokesperson", "governor", "mayor", "ambassador", "envoy",
          "general", "colonel", "admiral", "judge"}
LEGISLATOR = {"mp", "mep", "msp", "senator", "sen.", "representative", "rep.",
              "congressman", "congresswoman", "lawmaker"}
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss)\.? $")


def check(binary, paths):
    out = subprocess.run([binary, "check", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"sayswho failed: {out.stderr}")
    return {pathlib.Path(f["path"]).name: f for f in json.loads(out.stdout)["files"]}


def incompatible_title(role):
    """A title that cannot hold with `role`, or None when the role names no office."""
    r = " " + re.sub(r"[^\w.\- ]", " ", (role or "").lower()) + " "
    if re.search(r"\b(former|ex-|then|outgoing|shadow|deputy|vice)\b", r):
        return None
    words = set(r.split())
    if any(f" {w} " in r for w in EXECUTIVE):
        return "Health Minister"
    if words & OFFICE:
        return "Harbourline Chief Executive"
    if words & LEGISLATOR:
        return "High Court Judge"
    return None


def quoted(text, pos):
    """Is `pos` inside a quotation in its paragraph?"""
    para = text[text.rfind("\n\n", 0, pos) + 1:pos]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def in_headline(text, pos):
    first = text.split("\n", 1)[0]
    return pos < len(first) and not first.rstrip().endswith((".", "!", "?", "”", '"'))


def people(text, tb, f):
    """(name, role, intro span, later surname spans) of each person with a full name."""
    out = []
    for e in f.get("entities", []):
        words = e["name"].split()
        if e["kind"] != "person" or not 2 <= len(words) <= 3:
            continue
        spans = [(len(tb[:m["start"]].decode("utf-8", "replace")),
                  len(tb[:m["end"]].decode("utf-8", "replace"))) for m in e["mentions"]]
        full = [s for s in spans if text[s[0]:s[1]] == e["name"]]
        if not full or full[0] != spans[0]:
            continue
        later = [s for s in spans[1:] if text[s[0]:s[1]] == words[-1]
                 and not quoted(text, s[0]) and not in_headline(text, s[0])]
        out.append((e["name"], e.get("role"), full[0], later))
    return out


def plants(text, tb, f):
    """(kind, start, end, replacement, plant start, plant end) for one draft."""
    out = []
    for name, role, intro, later in people(text, tb, f):
        surname = name.split()[-1]
        title = incompatible_title(role)
        if title and later:
            a, b = later[0]
            hon = HONORIFIC.search(text[max(0, a - 5):a])
            if hon:
                a -= len(hon.group(0))
            new = f"{title} {name}"
            out.append(("title", a, b, new, a, a + len(title)))
        if later and len(surname) >= 5 and surname.isalpha():
            k = len(surname) // 2
            slip = surname[:k - 1] + surname[k] + surname[k - 1] + surname[k + 1:]
            if slip != surname and slip.lower() != surname.lower() + "s":
                a, b = later[-1]
                out.append(("name", a, b, slip, a, a + len(slip)))
        if not in_headline(text, intro[0]) and not quoted(text, intro[0]):
            a, b = intro
            kind = "first" if later else "first-once"
            out.append((kind, a, b, surname, a, a + len(surname)))
    return out


def key(d, tb, shift_at, by):
    s = len(tb[:d["span"]["start"]].decode("utf-8", "replace"))
    e = len(tb[:d["span"]["end"]].decode("utf-8", "replace"))
    if s >= shift_at:
        s, e = s + by, e + by
    return (d["code"], s, e)


def touches(d, tb, a, b):
    spans = [d["span"]] + [r["span"] for r in d.get("related", [])]
    for sp in spans:
        s = len(tb[:sp["start"]].decode("utf-8", "replace"))
        e = len(tb[:sp["end"]].decode("utf-8", "replace"))
        if s < b and a < e:
            return True
    return False


def hits(x, ptb, kind, pa, pb, new):
    """Does finding `x` report the plant? A title or a spelling on the planted words; a
    missing introduction on the cut name or on a later reference to the same surname
    (the checker may not read a sentence-initial surname as a name, and then reports
    the next reference it does read)."""
    if touches({"span": x["span"]}, ptb, pa, pb):
        return True
    text = ptb[x["span"]["start"]:x["span"]["end"]].decode("utf-8", "replace")
    return kind.startswith("first") and text.split()[-1:] == [new]


def main():
    args = [a for a in sys.argv[1:] if a != "--gate"]
    gate = "--gate" in sys.argv
    binary, shared = args[0], pathlib.Path(args[1])
    drafts = sorted((shared / "corpus" / "drafts").glob("*.txt"))
    base = check(binary, drafts)
    failures = []
    clean_flags = [(n, d["code"]) for n, f in base.items() for d in f["diagnostics"]
                   if d["code"] in NAME_CODES]
    for n, code in clean_flags:
        failures.append(f"{n}: {code} on the clean draft")
    found = {k: 0 for k in WANT}
    total = {k: 0 for k in WANT}
    misses = {k: [] for k in WANT}
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for d in drafts:
            text = d.read_text(encoding="utf-8")
            tb = text.encode("utf-8")
            for n, (kind, a, b, new, pa, pb) in enumerate(plants(text, tb, base[d.name])):
                planted = text[:a] + new + text[b:]
                name = f"{d.stem}--{kind}-{n}.txt"
                (pathlib.Path(tmp) / name).write_text(planted, encoding="utf-8")
                jobs.append((name, d.name, kind, a, b, new, pa, pb))
        got = check(binary, [pathlib.Path(tmp) / j[0] for j in jobs]) if jobs else {}
        for name, orig, kind, a, b, new, pa, pb in jobs:
            planted_text = (pathlib.Path(tmp) / name).read_text(encoding="utf-8")
            ptb = planted_text.encode("utf-8")
            diags = got[name]["diagnostics"]
            total[kind] += 1
            if any(x["code"] == WANT[kind] and hits(x, ptb, kind, pa, pb, new) for x in diags):
                found[kind] += 1
            else:
                misses[kind].append(f"{orig}: {new!r} for {planted_text[pa:pb]!r}"
                                    if kind != "title" else f"{orig}: {new!r}")
            otb = (shared / "corpus" / "drafts" / orig).read_bytes()
            by = len(new) - (b - a)
            before = {key(x, otb, b, by) for x in base[orig]["diagnostics"]
                      if x["code"] in NAME_CODES}
            after = {key(x, ptb, 10**12, 0) for x in diags
                     if x["code"] in NAME_CODES and not touches(x, ptb, a, a + len(new))}
            for extra in sorted(after - before):
                failures.append(f"{orig}: {kind} plant {new!r} brought {extra} elsewhere")
    print(f"planted name errors: {len(jobs)} plants in {len(drafts)} drafts; "
          f"name/title findings on the clean drafts: {len(clean_flags)}")
    for kind in WANT:
        rate = found[kind] / total[kind] if total[kind] else 1.0
        print(f"  {kind:10} detection {rate:.3f} ({found[kind]}/{total[kind]})")
        for m in misses[kind][:8]:
            print(f"    missed {m}")
        if kind in ("title", "name") and rate < BAR:
            failures.append(f"{kind} detection {rate:.3f} is below {BAR}")
    for f in failures[:40]:
        print("  FAIL", f)
    sys.exit(1 if failures and gate else 0)


if __name__ == "__main__":
    main()
