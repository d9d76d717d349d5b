#!/usr/bin/env python3
"""Planted figure errors: does sayswho find a number slip planted into real copy?

usage: planted-figures.py CORPUS_DIR SAYSWHO_BIN [--verbose]

Reads the lent corpus drafts (CORPUS_DIR/drafts, gold in CORPUS_DIR/gold) at run time and
plants, in a temporary directory that is removed afterwards (no corpus text is ever
stored in this repository), one error of each kind a desk catches:

  restated    a sentence stating a gold figure is repeated as a new last paragraph with
              the number changed by half again ("About 300 fans ..." ... "About 450
              fans ..."): figure-mismatch must join the two;
  transposed  the same, with two neighbouring digits swapped ("1,140" / "1,410"):
              figure-mismatch must join them and say "transposed";
  doubled     a number word gets its neighbour written after it ("three goals" ->
              "three four goals"): doubled-number must flag it;
  change      in a sentence stating a change between two values ("rose 25%, from 200 to
              250"), the after value is moved so the change no longer holds:
              figure-arithmetic must flag that sentence.
  counted     a list of three or more names after the plural noun that names them
              ("founding members Tom Ash, Ann Lee and Pat Roe") gets a count and a colon
              that count one too many ("four founding members: Tom Ash, ..."):
              figure-mismatch must join the count and the list. The same plant with the
              right count is the control, and must gain no figure finding. Such lists are
              rare in the corpus, so this kind also plants in the PolNeAR articles beside
              it (CORPUS_DIR/../polnear/train/text), when they are there.

It also checks that a planted draft gains no other figure finding than the planted one,
and counts figure-mismatch and figure-arithmetic findings on the untouched drafts whose
gold lists no conflicts (the false-alarm rate a desk sees on clean copy). Exits 1 when a
kind's detection falls below 0.85, a planted draft gains a stray finding, a right-count
control gains a figure finding, or clean drafts get more than one such finding per ten
drafts.
"""
import json, pathlib, re, subprocess, sys, tempfile

MIN_DETECTION = 0.85
MAX_CLEAN_PER_10 = 1.0
FIGURE_CODES = ("figure-mismatch", "figure-arithmetic", "doubled-number")
BOUND_BEFORE = re.compile(
    r"(more than|at least|over|up to|as many as|nearly|almost|under|less than|fewer than|"
    r"around|about|some|roughly|approximately|between|from|to|by)\s*[£$€]?$", re.I)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
SENT_END = re.compile(r"[.!?][\"\u201d\u2019')]*\s+|\n")


def sentence_around(text, start, end):
    s = 0
    for m in SENT_END.finditer(text, 0, start):
        s = m.end()
    m = SENT_END.search(text, end)
    return s, (m.start() + 1 if m else len(text))


def fmt_like(written, value):
    """`value` written the way `written` is: same decimals, commas if it had them."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    s = f"{value:,.{decimals}f}" if "," in written or value >= 10000 else f"{value:.{decimals}f}"
    return s


def transpose(written):
    digits = [c for c in written if c.isdigit()]
    if len(digits) < 3:
        return None
    for i in list(range(1, len(digits) - 1)) + [0]:
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0"):
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            it = iter(digits)
            return "".join(next(it) if c.isdigit() else c for c in written)
    return None


def restatement_site(text, gold):
    """A gold figure written in digits, with words after it and no bound word before it,
    in a sentence of its own: (sentence span, number span)."""
    for f in gold.get("figures", []):
        snip = f["snippet"]
        i = text.find(snip)
        m = NUMBER.search(snip)
        if i < 0 or not m or f["value"] < 10:
            continue
        after = snip[m.end():]
        if not re.match(r"(%| per ?cent| percent|m|bn|k)?\s+[a-z]", after):
            continue
        ns, ne = i + m.start(), i + m.end()
        s, e = sentence_around(text, ns, ne)
        sentence = text[s:e].strip()
        if BOUND_BEFORE.search(text[s:ns]) or len(sentence.split()) < 6 or "\n" in sentence:
            continue
        if sentence.count('"') % 2 or sentence.count("\u201c") != sentence.count("\u201d"):
            continue
        return (s, e), (ns, ne)
    return None


def plant_restated(text, gold, swap):
    site = restatement_site(text, gold)
    if not site:
        return None
    (s, e), (ns, ne) = site
    written = text[ns:ne]
    if swap:
        new = transpose(written)
    else:
        v = float(written.replace(",", ""))
        new = fmt_like(written, v * 1.5)
    if not new or new == written:
        return None
    copy = text[s:ns] + new + text[ne:e]
    head = text.rstrip("\n") + "\n\n"
    planted = head + copy.strip() + "\n"
    at = len(head) + (ns - s) - (len(copy) - len(copy.lstrip()))
    return planted, [(ns, ne), (at, at + len(new))]


def plant_doubled(text, gold):
    for m in re.finditer(r"\b(%s) ([a-z]+s)\b" % "|".join(WORDS), text):
        word = m.group(1)
        s, e = sentence_around(text, m.start(), m.end())
        before = text[max(s, m.start() - 12):m.start()].lower()
        if re.search(r"(the|of|and|or|-)\s*$", before) or "\n" in text[s:e].strip():
            continue
        nxt = WORDS[WORDS.index(word) + 1] if word != "ten" else "nine"
        planted = text[:m.end(1)] + " " + nxt + text[m.end(1):]
        return planted, [(m.start(1), m.end(1) + 1 + len(nxt))]
    return None


CHANGE = re.compile(
    r"from [£$€]?(?P<b>\d[\d,]*(?:\.\d+)?)(?P<u>%| ?per ?cent| percent|m|bn)? to "
    r"[£$€]?(?P<a>\d[\d,]*(?:\.\d+)?)")
STATED = re.compile(r"\b(rose|fell|jumped|dropped|increased|decreased|climbed|slipped|"
                    r"grew|declined|rise|fall|drop|increase|decrease|up|down|or)\b", re.I)


def plant_change(text, gold):
    for m in CHANGE.finditer(text):
        s, e = sentence_around(text, m.start(), m.end())
        sentence = text[s:e]
        # The stated change: another number of the sentence, a percentage or an amount
        # after "by" ("rose 25%", "fell by £600", ", or 12.9%"), not a year.
        others = [x for x in NUMBER.finditer(sentence)
                  if not (m.start() - s <= x.start() < m.end() - s)
                  and (re.match(r"\s*(%| ?per ?cent| percent| pct)", sentence[x.end():])
                       or re.search(r"\bby [£$€]?$", sentence[:x.start()]))]
        if not STATED.search(sentence) or not others:
            continue
        b, a = float(m.group("b").replace(",", "")), float(m.group("a").replace(",", ""))
        if a == b or b == 0:
            continue
        new_a = a + (a - b)  # the change doubled: the stated change no longer holds
        if new_a <= 0:
            continue
        written = m.group("a")
        new = fmt_like(written, new_a)
        start, end = m.start("a"), m.end("a")
        return text[:start] + new + text[end:], [(s, s + len(sentence))]
    return None


COUNT_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve"]
NAME_WORD = r"[A-Z][\w'\u2019.]*(?:-[A-Z][\w'\u2019.]*)?"
NAME = r"%s(?: %s){0,3}" % (NAME_WORD, NAME_WORD)
# A list of names in apposition to the plural noun before it, closed: a full stop,
# semicolon or bracket after it, or a lower-case word that is not "and", "or" or the
# like (the phrase goes on, the list does not).
NAMED_LIST = re.compile(r"\b(?P<noun>[a-z][a-z-]+s) (?P<list>(?:%s, ){1,}%s,? and %s)"
                        r"(?=[.;)]|\s+(?!(?:and|or|nor|plus|as|with|along)\b)[a-z])"
                        % (NAME, NAME, NAME))
# Where a noun phrase starts: after a preposition, determiner or comma.
PHRASE_START = re.compile(r"(?:^|[\s(])(?:of|on|from|with|by|for|to|join|joined|"
                          r"among|between)\s+$|,\s+$", re.I)
# Words that end a noun phrase's modifiers (the "noun" was a verb: "that makes A, B").
NOT_MODIFIERS = {"that", "which", "who", "the", "a", "an", "and", "or", "it", "he", "she",
                 "they", "we", "is", "are", "was", "were", "has", "have", "had"}


def plant_counted(text, gold, extra=1):
    """A count (off by `extra`) and a colon before the first list of names that follows
    the plural noun naming them, the count put where the noun's modifiers start ("from
    hedge fund billionaires A, B and C" -> "from four hedge fund billionaires: A, ...")."""
    for m in NAMED_LIST.finditer(text):
        s, e = sentence_around(text, m.start(), m.end())
        if "\n" in text[s:e].strip():
            continue
        items = len(re.split(r",? and |, ", m.group("list")))
        if not 3 <= items <= len(COUNT_WORDS) - 1 + 2 - extra:
            continue
        # Back from the noun over lower-case modifiers to a word a count may follow.
        start = m.start("noun")
        for _ in range(3):
            if PHRASE_START.search(text[s:start]):
                break
            prev = re.search(r"([a-z][a-z-]*) $", text[s:start])
            if not prev or prev.group(1) in NOT_MODIFIERS:
                break
            start = s + prev.start(1)
        if not PHRASE_START.search(text[s:start]):
            continue
        count = COUNT_WORDS[items + extra - 2]
        noun_end = m.end("noun")
        planted = text[:start] + count + " " + text[start:noun_end] + ":" + text[noun_end:]
        at = start
        list_at = noun_end + len(count) + 3
        return planted, [(at, at + len(count)), (list_at, list_at + len(m.group("list")))]
    return None


def run(bin_, paths):
    out = subprocess.run([bin_, "check", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"sayswho failed: {out.stderr[:500]}")
    return {pathlib.Path(f["path"]).name: f for f in json.loads(out.stdout)["files"]}


def char_spans(text, d):
    tb = text.encode("utf-8")
    cs = lambda sp: (len(tb[:sp["start"]].decode("utf-8", "replace")),
                     len(tb[:sp["end"]].decode("utf-8", "replace")))
    return [cs(d["span"])] + [cs(r["span"]) for r in d.get("related", [])]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def flagged(text, d):
    s, e = char_spans(text, d)[0]
    return (d["code"], text[s:e])


def counted_controls(bin_, tmp, pool, base, verbose):
    """The counted plant with the right count: the list spells the count out, so the
    draft must gain no figure finding."""
    sites = {}
    for name, (text, gold) in pool.items():
        p = plant_counted(text, gold, extra=0)
        if p:
            sites[name] = p
            (tmp / f"counted-ok-{name}").write_text(p[0])
    got = run(bin_, [tmp / f"counted-ok-{n}" for n in sites])
    gained = 0
    for name, (planted, _) in sites.items():
        text = pool[name][0]
        before = [flagged(text, d) for d in base.get(name, {}).get("diagnostics", [])
                  if d["code"] in FIGURE_CODES]
        for d in got.get(f"counted-ok-{name}", {}).get("diagnostics", []):
            if d["code"] not in FIGURE_CODES:
                continue
            f = flagged(planted, d)
            if f in before:
                before.remove(f)
            else:
                gained += 1
                if verbose:
                    print(f"  control flagged in {name}: {f}")
    ok = gained == 0
    print(f"{'ok  ' if ok else 'FAIL'} {'counted':11} right-count controls: {gained} figure "
          f"findings gained on {len(sites)} drafts (bar 0)")
    return ok


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    corpus, bin_ = pathlib.Path(sys.argv[1]), sys.argv[2]
    verbose = "--verbose" in sys.argv
    drafts, golds = corpus / "drafts", corpus / "gold"
    if not drafts.is_dir():
        print(f"no corpus at {corpus}: skipping the planted figure errors")
        return 0
    kinds = {
        "restated": ("figure-mismatch", lambda t, g: plant_restated(t, g, False), None),
        "transposed": ("figure-mismatch", lambda t, g: plant_restated(t, g, True), "transposed"),
        "doubled": ("doubled-number", plant_doubled, None),
        "change": ("figure-arithmetic", plant_change, None),
        "counted": ("figure-mismatch", plant_counted, None),
    }
    originals = {}
    for g in sorted(golds.glob("*.json")):
        gold = json.loads(g.read_text())
        originals[gold["file"]] = ((drafts / gold["file"]).read_text(), gold)
    # The counted kind also plants in the PolNeAR articles beside the corpus (no gold
    # needed): lists of names after the noun naming them are rare in either.
    polnear = corpus.parent / "polnear" / "train" / "text"
    extra = {}
    if polnear.is_dir():
        for p in sorted(polnear.glob("*.txt")):
            text = p.read_text(encoding="utf-8", errors="replace")
            if p.name not in originals and plant_counted(text, {}):
                extra[p.name] = (text, {})
    pools = {kind: originals for kind in kinds}
    pools["counted"] = {**originals, **extra}
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        base = run(bin_, [drafts / n for n in originals])
        if extra:
            base.update(run(bin_, [polnear / n for n in extra]))
        # False alarms on clean copy: drafts whose gold lists no conflicts.
        clean = [n for n, (_, g) in originals.items() if not g.get("conflicts")]
        n_clean = sum(1 for n in clean for d in base.get(n, {}).get("diagnostics", [])
                      if d["code"] in ("figure-mismatch", "figure-arithmetic"))
        per10 = 10 * n_clean / max(1, len(clean))
        ok = per10 <= MAX_CLEAN_PER_10
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} clean drafts: {n_clean} figure-mismatch/arithmetic "
              f"findings on {len(clean)} drafts ({per10:.2f} per 10; bar <= {MAX_CLEAN_PER_10})")
        for kind, (code, plant, word) in kinds.items():
            sites = {}
            pool = pools[kind]
            for name, (text, gold) in pool.items():
                p = plant(text, gold)
                if p:
                    sites[name] = p
                    (tmp / f"{kind}-{name}").write_text(p[0])
            if not sites:
                print(f"FAIL {kind}: no draft to plant in")
                failed = True
                continue
            got = run(bin_, [tmp / f"{kind}-{n}" for n in sites])
            found = stray = 0
            for name, (planted, spans) in sites.items():
                diags = [d for d in got.get(f"{kind}-{name}", {}).get("diagnostics", [])
                         if d["code"] in FIGURE_CODES]
                hits = [d for d in diags if d["code"] == code
                        and all(any(overlaps(s, sp) for s in char_spans(planted, d)) for sp in spans)
                        and (word is None or word in d["message"])]
                if hits:
                    found += 1
                elif verbose:
                    print(f"  missed {kind} in {name}: {[planted[a:b] for a, b in spans]}")
                # Every other figure finding must be one the untouched draft had.
                text = pool[name][0]
                before = [flagged(text, d) for d in base.get(name, {}).get("diagnostics", [])
                          if d["code"] in FIGURE_CODES]
                for d in diags:
                    if d in hits[:1]:
                        continue
                    f = flagged(planted, d)
                    if f in before:
                        before.remove(f)
                    elif not any(overlaps(s, sp) for s in char_spans(planted, d) for sp in spans):
                        stray += 1
                        if verbose:
                            print(f"  stray in {kind}-{name}: {f}")
            rate = found / len(sites)
            ok = rate >= MIN_DETECTION and stray == 0
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {kind:11} found {found}/{len(sites)} = {rate:.3f} "
                  f"(bar >= {MIN_DETECTION}); stray findings {stray} (bar 0)")
            if kind == "counted":
                failed |= not counted_controls(bin_, tmp, pool, base, verbose)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
