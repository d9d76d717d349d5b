#!/usr/bin/env python3
"""Latency and memory of a stdio language server, as an editor sees them.

Speaks LSP over stdio to a server binary and reports, as one JSON line:
  open_to_diagnostics_ms   didOpen -> first publishDiagnostics for the document
  edit_to_diagnostics_ms   each one-character edit -> publishDiagnostics for that version
  edit_minus_debounce_ms   the same minus --debounce-ms (the server's deliberate wait)
  peak_rss_kb              VmHWM of the server process (read before shutdown)
  shutdown_ms              shutdown request -> response
Not part of `cargo test`. Standard library only.

Build the benchmark documents (same recipe as benches/support/docs.rs) and measure:
  python3 benches/lsp_latency.py --make-docs /tmp/sayswho-docs
  python3 benches/lsp_latency.py --doc /tmp/sayswho-docs/doc10k.md --debounce-ms 0 \
      -- target/release/sayswho lsp
  python3 benches/lsp_latency.py --doc /tmp/sayswho-docs/doc10k.md -- harper-ls --stdio
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

KOREAN_PARAGRAPH = (
    "Seoul’s unification minister, Kim Yeon-chul (김연철), told "
    "reporters on Thursday that “dialogue remains the only path”. Park Ji-won (박지원), a former "
    "intelligence chief, said the estimate was “far too low” 🇰🇷. Officials said the talks would "
    "resume next week."
)


# ---------------------------------------------------------------- documents

def drafts_dir():
    env = os.environ.get("SAYSWHO_BENCH_DRAFTS")
    if env:
        return Path(env)
    root = Path(__file__).resolve().parent.parent
    for d in (root / "../shared/corpus/drafts", root / "../../shared/corpus/drafts"):
        if d.is_dir():
            return d
    return None


def drafts():
    texts = []
    d = drafts_dir()
    if d is not None:
        for p in sorted(d.iterdir()):
            if p.suffix in (".txt", ".md"):
                texts.append(p.read_text(encoding="utf-8"))
    if not texts:
        sample = Path(__file__).resolve().parent.parent / "tests/fixtures/troops.md"
        texts.append(sample.read_text(encoding="utf-8"))
    return texts


def koreanize(draft):
    out, opened = [], True
    for c in draft:
        if c == '"':
            out.append("“" if opened else "”")
            opened = not opened
        elif c == "'":
            out.append("’")
        else:
            out.append(c)
    return "".join(out).rstrip() + "\n\n" + KOREAN_PARAGRAPH + "\n"


def build(words, korean):
    ds, out, count, i = drafts(), [], 0, 0
    while count < words:
        piece = koreanize(ds[i % len(ds)]) if korean else ds[i % len(ds)]
        count += len(piece.split())
        out.append(piece.rstrip() + "\n\n")
        i += 1
    return "".join(out)


def make_docs(directory):
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for name, words, korean in (("doc10k", 10_000, False), ("doc10k-ko", 10_000, True),
                                ("doc100k", 100_000, False), ("doc100k-ko", 100_000, True)):
        text = build(words, korean)
        (d / f"{name}.md").write_text(text, encoding="utf-8")
        print(f"{d / name}.md: {len(text.split())} words, {len(text.encode())} bytes")


# ---------------------------------------------------------------- LSP client

class Server:
    def __init__(self, cmd, settings):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.settings = settings
        self.next_id = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put((time.perf_counter(), None))
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode("ascii", "replace").partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers.get("content-length", "0")))
            t = time.perf_counter()
            try:
                msg = json.loads(body)
            except ValueError:
                continue
            if "method" in msg and "id" in msg:
                self._answer(msg)
            self.inbox.put((t, msg))

    def _answer(self, msg):
        method, result = msg["method"], None
        if method == "workspace/configuration":
            items = msg.get("params", {}).get("items", [])
            result = [self.settings for _ in items]
        self.send({"jsonrpc": "2.0", "id": msg["id"], "result": result})

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        with self.lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        return time.perf_counter()

    def request(self, method, params):
        self.next_id += 1
        t = self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id, t

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, pred, timeout):
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("timed out waiting for the server")
            t, msg = self.inbox.get(timeout=left)
            if msg is None:
                raise EOFError("server closed its output")
            if pred(msg):
                return t, msg

    def drain(self, seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            try:
                self.inbox.get(timeout=max(0.0, end - time.perf_counter()))
            except queue.Empty:
                pass

    def vmhwm_kb(self):
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return None


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def is_diagnostics(uri, version=None):
    def pred(msg):
        if msg.get("method") != "textDocument/publishDiagnostics":
            return False
        p = msg.get("params", {})
        if p.get("uri") != uri:
            return False
        v = p.get("version")
        return version is None or v is None or v == version
    return pred


def measure(cmd, doc, edits, debounce_ms, settings, lang, timeout, quiet_s):
    text = Path(doc).read_text(encoding="utf-8")
    uri = Path(doc).resolve().as_uri()
    srv = Server(cmd, settings)
    out = {"server": " ".join(cmd), "doc": str(doc), "words": len(text.split()),
           "bytes": len(text.encode())}
    try:
        rid, t0 = srv.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "workspaceFolders": None,
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "textDocument": {"publishDiagnostics": {"relatedInformation": True,
                                                        "versionSupport": True},
                                 "synchronization": {"didSave": True}},
                "workspace": {"configuration": True}},
        })
        t1, init = srv.wait(lambda m: m.get("id") == rid, timeout)
        out["initialize_ms"] = round((t1 - t0) * 1000, 2)
        caps = init.get("result", {}).get("capabilities", {})
        sync = caps.get("textDocumentSync")
        kind = sync.get("change", 1) if isinstance(sync, dict) else (sync or 1)
        out["sync_kind"] = {1: "full", 2: "incremental"}.get(kind, str(kind))
        srv.notify("initialized", {})

        version = 1
        t0 = srv.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": lang, "version": version, "text": text}})
        t1, msg = srv.wait(is_diagnostics(uri, version), timeout)
        out["open_to_diagnostics_ms"] = round((t1 - t0) * 1000, 2)
        out["diagnostics_count"] = len(msg["params"].get("diagnostics", []))
        srv.drain(quiet_s)

        lines = text.split("\n")
        line = len(lines) // 2
        while line < len(lines) - 1 and len(lines[line]) < 2:
            line += 1
        col = utf16_len(lines[line][: len(lines[line]) // 2])
        times = []
        for _ in range(edits):
            version += 1
            if kind == 2:
                change = {"range": {"start": {"line": line, "character": col},
                                    "end": {"line": line, "character": col}}, "text": "x"}
            else:
                lc = lines[line]
                cut = len(lc) // 2
                lines[line] = lc[:cut] + "x" + lc[cut:]
                change = {"text": "\n".join(lines)}
            t0 = srv.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            t1, _ = srv.wait(is_diagnostics(uri, version), timeout)
            times.append(round((t1 - t0) * 1000, 2))
            srv.drain(quiet_s)
        out["edit_to_diagnostics_ms"] = times
        if times:
            s = sorted(times)
            out["edit_median_ms"] = s[len(s) // 2]
            out["edit_minus_debounce_ms"] = round(s[len(s) // 2] - debounce_ms, 2)
        out["peak_rss_kb"] = srv.vmhwm_kb()
        rid, t0 = srv.request("shutdown", None)
        t1, _ = srv.wait(lambda m: m.get("id") == rid, timeout)
        out["shutdown_ms"] = round((t1 - t0) * 1000, 2)
        srv.notify("exit", None)
    except (TimeoutError, EOFError, queue.Empty, BrokenPipeError) as e:
        out["error"] = f"{type(e).__name__}: {e}"
    finally:
        try:
            srv.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            srv.proc.kill()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--make-docs", metavar="DIR", help="write the benchmark documents and exit")
    ap.add_argument("--doc", help="document to open")
    ap.add_argument("--edits", type=int, default=5, help="one-character edits to time")
    ap.add_argument("--debounce-ms", type=float, default=0.0,
                    help="the server's debounce, subtracted from the edit latency")
    ap.add_argument("--settings", default="null", help="JSON answered to workspace/configuration")
    ap.add_argument("--lang", default="markdown")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--quiet", type=float, default=0.5,
                    help="seconds to let the server settle after each publish")
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="-- server command and arguments")
    a = ap.parse_args()
    if a.make_docs:
        make_docs(a.make_docs)
        return 0
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not a.doc or not cmd:
        ap.error("need --doc and a server command after --")
    out = measure(cmd, a.doc, a.edits, a.debounce_ms, json.loads(a.settings), a.lang,
                  a.timeout, a.quiet)
    print(json.dumps(out, ensure_ascii=False))
    return 1 if "error" in out else 0


if __name__ == "__main__":
    sys.exit(main())
