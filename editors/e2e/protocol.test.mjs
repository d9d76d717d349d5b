// The protocol layer the VS Code extension uses, tested directly: the sayswho binary is
// driven through vscode-languageclient's own libraries (vscode-jsonrpc and
// vscode-languageserver-protocol), started as the extension starts it (`sayswho lsp`
// plus the `--stdio` that TransportKind.stdio appends).
//
//   SAYSWHO=target/debug/sayswho node --test editors/e2e/protocol.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import proto from "vscode-languageserver-protocol/node";
import {
  VAGUE_SOURCES, SPEAKERLESS_QUOTE, HOVER_NAME, HOVER_ROLE, ATTRIBUTION_ACTION, locate, checkWordRange, jsIndex,
} from "./expect.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
// Default: the newer of the release and debug builds, so a stale one is never tested.
const builds = ["target/release/sayswho", "target/debug/sayswho"].map((p) => join(repo, p)).filter((p) => existsSync(p));
const bin = process.env.SAYSWHO ?? builds.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? join(repo, "target/debug/sayswho");
const TIMEOUT = Number(process.env.LSP_TIMEOUT_MS ?? 15000);

const dir = mkdtempSync(join(tmpdir(), "sayswho-protocol-"));
const draftPath = join(dir, "draft.md");
execFileSync(join(here, "make-draft.sh"), [draftPath]);
const draft = readFileSync(draftPath, "utf8");
const uri = pathToFileURL(draftPath).href;

/** A client over stdio: the connection, the child, and the diagnostics it has been sent. */
async function startClient(positionEncodings) {
  const child = spawn(bin, ["lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  const exited = new Promise((res) => child.on("exit", (code, signal) => res({ code, signal })));
  const conn = proto.createMessageConnection(
    new proto.StreamMessageReader(child.stdout),
    new proto.StreamMessageWriter(child.stdin),
  );
  const published = []; // every publishDiagnostics for our uri, in arrival order
  const waiters = [];
  conn.onNotification(proto.PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== uri) return;
    published.push(p);
    for (const w of [...waiters]) w();
  });
  const applied = [];
  conn.onRequest(proto.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.onRequest(proto.RegistrationRequest.type, () => null);
  conn.onRequest(proto.UnregistrationRequest.type, () => null);
  conn.onRequest(proto.WorkDoneProgressCreateRequest.type, () => null);
  conn.onRequest(proto.ApplyWorkspaceEditRequest.type, (p) => { applied.push(p.edit); return { applied: true }; });
  conn.onNotification(proto.LogMessageNotification.type, () => {});
  conn.onNotification(proto.ShowMessageNotification.type, () => {});
  conn.listen();

  const init = await conn.sendRequest(proto.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "drafts" }],
    initializationOptions: {},
    capabilities: {
      general: positionEncodings ? { positionEncodings } : {},
      workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: {
          relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true,
        },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: {
          codeActionLiteralSupport: {
            codeActionKind: { valueSet: ["", "quickfix", "refactor", "source"] },
          },
          dataSupport: true,
          resolveSupport: { properties: ["edit"] },
          isPreferredSupport: true,
        },
      },
    },
  });
  await conn.sendNotification(proto.InitializedNotification.type, {});

  /** Resolves with the first publish for `version` (or any, when null) matching `pred`. */
  function waitDiagnostics(version, pred = () => true) {
    return new Promise((res, rej) => {
      const check = () => {
        const hit = published.find((p) => (version === null || p.version === version) && pred(p));
        if (hit) {
          waiters.splice(waiters.indexOf(check), 1);
          clearTimeout(timer);
          res(hit);
        }
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        rej(new Error(`no diagnostics for version ${version} within ${TIMEOUT} ms; got versions ` +
          `${JSON.stringify(published.map((p) => p.version))}; server stderr:\n${stderr.slice(-2000)}`));
      }, TIMEOUT);
      waiters.push(check);
      check();
    });
  }
  return { child, conn, init, exited, published, applied, waitDiagnostics, stderr: () => stderr };
}

/** JS string index of an LSP position in `text`, for the negotiated encoding. */
function offsetOf(text, pos, units) {
  const lines = text.split("\n");
  let off = 0;
  for (let i = 0; i < pos.line; i++) off += lines[i].length + 1;
  return off + (units === "utf16" ? pos.character : jsIndex(lines[pos.line] ?? "", pos.character, units));
}

/** The text edits of a WorkspaceEdit for our document (changes or documentChanges). */
function editsFor(edit) {
  const out = [];
  if (edit?.changes?.[uri]) out.push(...edit.changes[uri]);
  for (const dc of edit?.documentChanges ?? []) {
    if (dc.textDocument?.uri === uri) out.push(...dc.edits);
  }
  return out;
}

/** Applies edits (last position first) and returns the new text. */
function applyEdits(text, edits, units) {
  const sorted = [...edits].sort((a, b) =>
    offsetOf(text, b.range.start, units) - offsetOf(text, a.range.start, units));
  for (const e of sorted) {
    text = text.slice(0, offsetOf(text, e.range.start, units)) + e.newText + text.slice(offsetOf(text, e.range.end, units));
  }
  return { text, sorted };
}

function describe(d) {
  return `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${JSON.stringify(d.message)}`;
}

/** Asserts every required diagnostic is there at exact word-aligned positions. */
function assertRequired(text, diagnostics, units, { skipQuote = false, skipVague = [] } = {}) {
  const lines = text.split("\n");
  const all = diagnostics.map(describe).join("\n  ");
  for (const phrase of VAGUE_SOURCES) {
    if (skipVague.includes(phrase)) continue;
    const loc = locate(text, phrase);
    const hits = diagnostics.filter((d) => d.code === "vague-attribution" &&
      checkWordRange(d.range, loc, lines[loc.line], units) === null);
    assert.equal(hits.length, 1,
      `want one vague-attribution on ${JSON.stringify(phrase)} at line ${loc.line} ${units} ` +
      `${loc[units].start}-${loc[units].end}; got:\n  ${all}`);
    assert.equal(hits[0].source, "sayswho");
  }
  if (!skipQuote) {
    const loc = locate(text, SPEAKERLESS_QUOTE);
    const hits = diagnostics.filter((d) => d.code === "unattributed-quote" &&
      checkWordRange(d.range, loc, lines[loc.line], units) === null);
    assert.equal(hits.length, 1, `want one unattributed-quote on the speakerless quote (line ${loc.line}); got:\n  ${all}`);
  }
}

test("sayswho over vscode-jsonrpc, as the VS Code extension drives it", async (t) => {
  const c = await startClient(undefined); // a client that offers no encodings: UTF-16
  let text = draft;
  let version = 1;
  try {
    await t.test("initialize: accepts --stdio, incremental sync, UTF-16 by default", () => {
      const caps = c.init.capabilities;
      assert.ok(caps, "initialize returned capabilities");
      assert.ok(caps.positionEncoding === undefined || caps.positionEncoding === "utf-16",
        `UTF-16 for a client that offers nothing, got ${caps.positionEncoding}`);
      const sync = typeof caps.textDocumentSync === "number" ? caps.textDocumentSync : caps.textDocumentSync?.change;
      assert.equal(sync, proto.TextDocumentSyncKind.Incremental);
    });

    await t.test("didOpen: required diagnostics at exact UTF-16 positions, with version, and no link to docs that are not published", async () => {
      await c.conn.sendNotification(proto.DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: "markdown", version, text },
      });
      const pub = await c.waitDiagnostics(version, (p) => p.diagnostics.length > 0);
      assert.equal(pub.version, version);
      assertRequired(text, pub.diagnostics, "utf16");
      for (const d of pub.diagnostics) {
        assert.equal(d.source, "sayswho", describe(d));
        assert.ok(typeof d.code === "string" && /^[a-z]+(-[a-z]+)*$/.test(d.code), describe(d));
        assert.equal(d.codeDescription, undefined, `no codeDescription on ${describe(d)}`);
        assert.ok(d.severity >= 1 && d.severity <= 3,
          `published at Information or higher so the Problems panel shows it: ${describe(d)}`);
      }
    });

    await t.test(`hover over ${HOVER_NAME} shows the role`, async () => {
      const loc = locate(text, HOVER_NAME);
      const hover = await c.conn.sendRequest(proto.HoverRequest.type, {
        textDocument: { uri },
        position: { line: loc.line, character: loc.utf16.start + HOVER_NAME.indexOf("Peskov") + 2 },
      });
      assert.ok(hover, "a hover result");
      const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
      const shown = contents.map((m) => (typeof m === "string" ? m : m.value)).join("\n");
      assert.match(shown, new RegExp(HOVER_ROLE), `hover text:\n${shown}`);
      assert.match(shown, /Peskov/);
    });

    await t.test("a quick-fix names the vague source “officials”, and the re-check clears that finding", async () => {
      const loc = locate(text, "officials");
      const lines = text.split("\n");
      const last = c.published.filter((p) => p.version === version).at(-1);
      const diag = last.diagnostics.find((d) => d.code === "vague-attribution" &&
        checkWordRange(d.range, loc, lines[loc.line], "utf16") === null);
      assert.ok(diag, "the vague-attribution diagnostic on “officials”");
      const vagueBefore = last.diagnostics.filter((d) => d.code === "vague-attribution").length;
      const actions = await c.conn.sendRequest(proto.CodeActionRequest.type, {
        textDocument: { uri },
        range: diag.range,
        context: { diagnostics: [diag], only: ["quickfix"], triggerKind: 1 },
      });
      assert.ok(Array.isArray(actions) && actions.length > 0, "code actions offered");
      const titles = actions.map((a) => a.title);
      let action = actions.find((a) => ATTRIBUTION_ACTION.test(a.title));
      assert.ok(action, `an action that names a source among ${JSON.stringify(titles)}`);
      if (!action.edit && !action.command) {
        action = await c.conn.sendRequest(proto.CodeActionResolveRequest.type, action);
      }
      let edit = action.edit;
      if (!edit && action.command) {
        await c.conn.sendRequest(proto.ExecuteCommandRequest.type, action.command);
        edit = c.applied.at(-1);
      }
      const edits = editsFor(edit);
      assert.ok(edits.length > 0, `action ${JSON.stringify(action.title)} carries an edit`);
      const { text: next, sorted } = applyEdits(text, edits, "utf16");
      assert.notEqual(next, text, "the edit changes the text");
      const named = action.title.replace(ATTRIBUTION_ACTION, "").replace(/ \(.*\)$/, "");
      const newLine = next.split("\n")[loc.line];
      assert.ok(!newLine.includes("officials") && newLine.includes(named),
        `“officials” replaced by ${named}:\n${newLine}`);
      text = next;
      version += 1;
      await c.conn.sendNotification(proto.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
      });
      const pub = await c.waitDiagnostics(version);
      assert.equal(pub.diagnostics.filter((d) => d.code === "vague-attribution").length, vagueBefore - 1,
        `one vague source fewer after "${action.title}":\n  ${pub.diagnostics.map(describe).join("\n  ")}`);
      assertRequired(text, pub.diagnostics, "utf16", { skipVague: ["officials"] });
    });

    await t.test("a quick-fix attributes the speakerless quote (“Attribute to …”), and the re-check clears it", async () => {
      const loc = locate(text, SPEAKERLESS_QUOTE);
      const lines = text.split("\n");
      const last = c.published.filter((p) => p.version === version).at(-1);
      const diag = last.diagnostics.find((d) => d.code === "unattributed-quote" &&
        checkWordRange(d.range, loc, lines[loc.line], "utf16") === null);
      assert.ok(diag, "the unattributed-quote diagnostic");
      const actions = await c.conn.sendRequest(proto.CodeActionRequest.type, {
        textDocument: { uri },
        range: diag.range,
        context: { diagnostics: [diag], only: ["quickfix"], triggerKind: 1 },
      });
      const titles = (actions ?? []).map((a) => a.title);
      const action = (actions ?? []).find((a) => /^Attribute to /.test(a.title));
      assert.ok(action, `an “Attribute to …” action among ${JSON.stringify(titles)}`);
      const edits = editsFor(action.edit);
      assert.ok(edits.length > 0, `action ${JSON.stringify(action.title)} carries an edit`);
      const { text: next, sorted } = applyEdits(text, edits, "utf16");
      const named = action.title.replace(/^Attribute to /, "").replace(/ \(.*\)$/, "");
      const quoteLine = next.split("\n").find((l) => l.includes("We will not stand by"));
      // The fix writes the full name, or the short form the draft already uses for the
      // person ("Kim" for Kim Hong-kyun) on later reference.
      const names = quoteLine.includes(named) ||
        named.split(" ").some((word) => quoteLine.includes(`${word} said`));
      assert.ok(names, `the quote now names ${named}:\n${quoteLine}`);
      text = next;
      version += 1;
      await c.conn.sendNotification(proto.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
      });
      const pub = await c.waitDiagnostics(version);
      assert.deepEqual(pub.diagnostics.filter((d) => d.code === "unattributed-quote").map(describe), [],
        `after "${action.title}" no quote is unattributed:\n${quoteLine}`);
      assertRequired(text, pub.diagnostics, "utf16", { skipQuote: true, skipVague: ["officials"] });
    });

    await t.test("an edit is re-checked: removing “reportedly” removes its finding", async () => {
      const loc = locate(text, "reportedly ");
      const vagueBefore = c.published.filter((p) => p.version === version).at(-1)
        .diagnostics.filter((d) => d.code === "vague-attribution").length;
      version += 1;
      const range = { start: { line: loc.line, character: loc.utf16.start }, end: { line: loc.line, character: loc.utf16.end } };
      await c.conn.sendNotification(proto.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text: "" }],
      });
      text = text.slice(0, offsetOf(text, range.start, "utf16")) + text.slice(offsetOf(text, range.end, "utf16"));
      const pub = await c.waitDiagnostics(version);
      assert.equal(pub.diagnostics.filter((d) => d.code === "vague-attribution").length, vagueBefore - 1,
        `one vague source fewer after the edit:\n  ${pub.diagnostics.map(describe).join("\n  ")}`);
      assertRequired(text, pub.diagnostics, "utf16", { skipQuote: true, skipVague: ["officials", "reportedly"] });
    });

    await t.test("didClose clears the diagnostics", async () => {
      const before = c.published.length;
      await c.conn.sendNotification(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      const pub = await c.waitDiagnostics(null, (p) => c.published.indexOf(p) >= before && p.diagnostics.length === 0);
      assert.deepEqual(pub.diagnostics, []);
    });

    await t.test("shutdown and exit end the process with status 0", async () => {
      await c.conn.sendRequest(proto.ShutdownRequest.type);
      await c.conn.sendNotification(proto.ExitNotification.type);
      const { code } = await c.exited;
      assert.equal(code, 0);
    });
  } finally {
    c.conn.dispose();
    c.child.kill();
  }
});

test("a client that offers UTF-8 gets UTF-8 positions, exact past Korean text and emoji", async () => {
  const c = await startClient(["utf-8", "utf-16"]);
  try {
    assert.equal(c.init.capabilities.positionEncoding, "utf-8");
    await c.conn.sendNotification(proto.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "markdown", version: 7, text: draft },
    });
    const pub = await c.waitDiagnostics(7, (p) => p.diagnostics.length > 0);
    assertRequired(draft, pub.diagnostics, "utf8");
    await c.conn.sendRequest(proto.ShutdownRequest.type);
    await c.conn.sendNotification(proto.ExitNotification.type);
    assert.equal((await c.exited).code, 0);
  } finally {
    c.conn.dispose();
    c.child.kill();
  }
});
