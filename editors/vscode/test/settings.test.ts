// Unit tests for the pure half of the extension: settings -> initializationOptions and
// server path resolution. Run with `npm test` (bundled by esbuild, run by node --test).

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { expandPath, resolveServer, ResolveEnv, toServerSettings } from "../src/settings";

test("empty settings send nothing, so sayswho.toml decides", () => {
  assert.deepEqual(toServerSettings({}, "/ws"), {});
  assert.deepEqual(toServerSettings({ rules: {}, debounceMs: null, knowledge: [] }, "/ws"), {});
});

test("rule settings are passed per code, with severity normalised", () => {
  const warnings: string[] = [];
  const out = toServerSettings(
    {
      rules: {
        "unattributed-claim": { enabled: false },
        "vague-attribution": { severity: "Error" },
        "figure-mismatch": { enabled: true, severity: "information" },
      },
    },
    "/ws",
    (m) => warnings.push(m),
  );
  assert.deepEqual(out, {
    rules: {
      "unattributed-claim": { enabled: false },
      "vague-attribution": { severity: "error" },
      "figure-mismatch": { enabled: true, severity: "information" },
    },
  });
  assert.deepEqual(warnings, []);
});

test("bad rule settings are dropped with a warning, good ones kept", () => {
  const warnings: string[] = [];
  const out = toServerSettings(
    {
      rules: {
        "no-such-rule": { enabled: false },
        "vague-attribution": { severity: "loud", enabled: "yes" },
        "unattributed-quote": "off",
        "first-reference": { enabled: false },
      },
    },
    "/ws",
    (m) => warnings.push(m),
  );
  assert.deepEqual(out, { rules: { "first-reference": { enabled: false } } });
  assert.equal(warnings.length, 4);
  assert.match(warnings.join("\n"), /unknown rule "no-such-rule"/);
  assert.match(warnings.join("\n"), /severity must be one of/);
});

test("rules that are not an object are ignored", () => {
  const warnings: string[] = [];
  assert.deepEqual(toServerSettings({ rules: ["vague-attribution"] }, "/ws", (m) => warnings.push(m)), {});
  assert.equal(warnings.length, 1);
});

test("a sayswho.toml path is passed as `config`, absolute from the workspace", () => {
  assert.deepEqual(toServerSettings({ config: "desk/sayswho.toml" }, "/ws"), { config: path.join("/ws", "desk/sayswho.toml") });
  assert.deepEqual(toServerSettings({ config: "/etc/sayswho.toml" }, "/ws"), { config: "/etc/sayswho.toml" });
  assert.deepEqual(toServerSettings({ config: "" }, "/ws"), {});
  const warnings: string[] = [];
  assert.deepEqual(toServerSettings({ config: 3 }, "/ws", (m) => warnings.push(m)), {});
  assert.equal(warnings.length, 1);
});

test("debounce is passed when it is a sane integer", () => {
  assert.deepEqual(toServerSettings({ debounceMs: 300 }, undefined), { debounceMs: 300 });
  assert.deepEqual(toServerSettings({ debounceMs: 0 }, undefined), { debounceMs: 0 });
  const warnings: string[] = [];
  assert.deepEqual(toServerSettings({ debounceMs: -5 }, undefined, (m) => warnings.push(m)), {});
  assert.deepEqual(toServerSettings({ debounceMs: 1.5 }, undefined, (m) => warnings.push(m)), {});
  assert.deepEqual(toServerSettings({ debounceMs: "200" }, undefined, (m) => warnings.push(m)), {});
  assert.equal(warnings.length, 3);
});

test("knowledge-base paths are made absolute from the workspace", () => {
  const out = toServerSettings({ knowledge: ["desk/people.toml", "/abs/kb.toml", " "] }, "/ws");
  assert.deepEqual(out, { knowledge: [path.join("/ws", "desk/people.toml"), "/abs/kb.toml"] });
  // Without a workspace folder a relative path is left for the server to resolve.
  assert.deepEqual(toServerSettings({ knowledge: ["kb.toml"] }, undefined), { knowledge: ["kb.toml"] });
  const warnings: string[] = [];
  assert.deepEqual(toServerSettings({ knowledge: "kb.toml" }, "/ws", (m) => warnings.push(m)), {});
  assert.equal(warnings.length, 1);
});

function env(executables: string[], over: Partial<ResolveEnv> = {}): ResolveEnv {
  return {
    pathVar: ["/usr/local/bin", "/usr/bin"].join(path.delimiter),
    home: "/home/ed",
    workspaceDir: "/ws",
    isExecutable: (f) => executables.includes(f),
    ...over,
  };
}

test("server: the setting wins when it points at an executable", () => {
  const r = resolveServer("/opt/sayswho/bin/sayswho", env(["/opt/sayswho/bin/sayswho", "/usr/bin/sayswho"]));
  assert.deepEqual(r, { ok: true, command: "/opt/sayswho/bin/sayswho", from: "setting" });
});

test("server: ~ and ${workspaceFolder} and relative paths in the setting are expanded", () => {
  assert.deepEqual(resolveServer("~/bin/sayswho", env(["/home/ed/bin/sayswho"])), {
    ok: true, command: "/home/ed/bin/sayswho", from: "setting",
  });
  assert.deepEqual(resolveServer("${workspaceFolder}/target/debug/sayswho", env(["/ws/target/debug/sayswho"])), {
    ok: true, command: "/ws/target/debug/sayswho", from: "setting",
  });
  assert.deepEqual(resolveServer("target/release/sayswho", env(["/ws/target/release/sayswho"])), {
    ok: true, command: "/ws/target/release/sayswho", from: "setting",
  });
  assert.equal(expandPath("~", { home: "/home/ed", workspaceDir: undefined }), "/home/ed");
});

test("server: a bare command name in the setting is looked up on PATH", () => {
  assert.deepEqual(resolveServer("sayswho-nightly", env(["/usr/bin/sayswho-nightly"])), {
    ok: true, command: "/usr/bin/sayswho-nightly", from: "setting",
  });
});

test("server: a setting that points nowhere is an error, not a silent fallback", () => {
  const r = resolveServer("/nope/sayswho", env(["/usr/bin/sayswho"]));
  assert.equal(r.ok, false);
  assert.match(r.ok ? "" : r.message, /\/nope\/sayswho is not an executable file/);
});

test("server: PATH first, in PATH order, then ~/.cargo/bin", () => {
  assert.deepEqual(resolveServer("", env(["/usr/bin/sayswho", "/usr/local/bin/sayswho"])), {
    ok: true, command: "/usr/local/bin/sayswho", from: "PATH",
  });
  assert.deepEqual(resolveServer(undefined, env(["/home/ed/.cargo/bin/sayswho"])), {
    ok: true, command: "/home/ed/.cargo/bin/sayswho", from: "cargo",
  });
});

test("server: missing everywhere gives a message that says how to install", () => {
  const r = resolveServer(undefined, env([], { pathVar: undefined }));
  assert.equal(r.ok, false);
  assert.match(r.ok ? "" : r.message, /cargo install/);
  assert.match(r.ok ? "" : r.message, /sayswho\.server\.path/);
});
