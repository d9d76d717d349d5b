// Pure logic of the extension, kept free of the `vscode` module so it can be unit-tested
// with node's own test runner: turning settings into what the server receives, and
// finding the server binary.

import * as path from "node:path";

/** Rule codes the server knows (README "Rules"). */
export const RULE_CODES = [
  "unattributed-quote",
  "vague-attribution",
  "unattributed-claim",
  "figure-mismatch",
  "figure-arithmetic",
  "date-mismatch",
  "name-mismatch",
  "title-mismatch",
  "first-reference",
  "unfilled-placeholder",
] as const;

export type Severity = "error" | "warning" | "information" | "hint";
const SEVERITIES: readonly string[] = ["error", "warning", "information", "hint"];

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** The `sayswho.*` settings as VS Code hands them over (untrusted shapes). */
export interface RawSettings {
  config?: unknown;
  rules?: unknown;
  debounceMs?: unknown;
  knowledge?: unknown;
}

/**
 * What the server receives in `initializationOptions` and as the `sayswho` section of
 * `workspace/configuration`: only the keys the user set, so `sayswho.toml` fills the rest.
 */
export interface ServerSettings {
  /** The sayswho.toml to use instead of looking for one. */
  config?: string;
  rules?: Record<string, RuleSetting>;
  debounceMs?: number;
  knowledge?: string[];
}

/**
 * Maps the editor settings to the server's settings object. Unknown shapes are dropped
 * rather than sent, with a warning for each, so a typo in settings.json never breaks the
 * server. Relative knowledge-base paths are resolved against `workspaceDir`.
 */
export function toServerSettings(
  raw: RawSettings,
  workspaceDir: string | undefined,
  warn: (message: string) => void = () => {},
): ServerSettings {
  const out: ServerSettings = {};

  if (raw.config !== undefined && raw.config !== null && raw.config !== "") {
    if (typeof raw.config === "string") {
      const c = raw.config.trim();
      out.config = path.isAbsolute(c) || !workspaceDir ? c : path.join(workspaceDir, c);
    } else {
      warn("sayswho.config must be a file path; ignored");
    }
  }

  if (raw.rules !== undefined && raw.rules !== null) {
    if (typeof raw.rules !== "object" || Array.isArray(raw.rules)) {
      warn("sayswho.rules must be an object keyed by rule code; ignored");
    } else {
      const rules: Record<string, RuleSetting> = {};
      for (const [code, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!(RULE_CODES as readonly string[]).includes(code)) {
          warn(`sayswho.rules: unknown rule "${code}"; ignored`);
          continue;
        }
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          warn(`sayswho.rules["${code}"] must be an object; ignored`);
          continue;
        }
        const v = value as Record<string, unknown>;
        const rule: RuleSetting = {};
        if (typeof v.enabled === "boolean") rule.enabled = v.enabled;
        else if (v.enabled !== undefined) warn(`sayswho.rules["${code}"].enabled must be true or false; ignored`);
        if (typeof v.severity === "string" && SEVERITIES.includes(v.severity.toLowerCase())) {
          rule.severity = v.severity.toLowerCase() as Severity;
        } else if (v.severity !== undefined) {
          warn(`sayswho.rules["${code}"].severity must be one of ${SEVERITIES.join(", ")}; ignored`);
        }
        if (Object.keys(rule).length > 0) rules[code] = rule;
      }
      if (Object.keys(rules).length > 0) out.rules = rules;
    }
  }

  if (raw.debounceMs !== undefined && raw.debounceMs !== null) {
    const n = raw.debounceMs;
    if (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 5000) out.debounceMs = n;
    else warn("sayswho.debounceMs must be an integer from 0 to 5000; ignored");
  }

  if (raw.knowledge !== undefined && raw.knowledge !== null) {
    if (Array.isArray(raw.knowledge) && raw.knowledge.every((k) => typeof k === "string")) {
      const files = (raw.knowledge as string[])
        .filter((k) => k.trim() !== "")
        .map((k) => (path.isAbsolute(k) || !workspaceDir ? k : path.join(workspaceDir, k)));
      if (files.length > 0) out.knowledge = files;
    } else {
      warn("sayswho.knowledge must be a list of file paths; ignored");
    }
  }

  return out;
}

/** What the resolver may look at; injected so tests need no real file system. */
export interface ResolveEnv {
  /** The PATH variable. */
  pathVar: string | undefined;
  /** The user's home directory. */
  home: string;
  /** The first workspace folder, if any. */
  workspaceDir: string | undefined;
  /** True when `file` exists and is an executable regular file. */
  isExecutable: (file: string) => boolean;
}

export type Resolved =
  | { ok: true; command: string; from: "setting" | "PATH" | "cargo" }
  | { ok: false; message: string };

/** Expands `~` and `${workspaceFolder}`; makes a relative path absolute from the workspace. */
export function expandPath(p: string, env: Pick<ResolveEnv, "home" | "workspaceDir">): string {
  let out = p.trim();
  if (out === "~") out = env.home;
  else if (out.startsWith("~/")) out = path.join(env.home, out.slice(2));
  out = out.replace(/\$\{workspaceFolder\}/g, env.workspaceDir ?? "");
  if (!path.isAbsolute(out) && out.includes(path.sep) && env.workspaceDir) {
    out = path.join(env.workspaceDir, out);
  }
  return out;
}

/**
 * Finds the server binary: the `sayswho.server.path` setting when set (it must exist),
 * else `sayswho` on PATH, else `~/.cargo/bin/sayswho` (where `cargo install` puts it).
 */
export function resolveServer(setting: string | undefined, env: ResolveEnv): Resolved {
  const exe = process.platform === "win32" ? "sayswho.exe" : "sayswho";
  if (setting && setting.trim() !== "") {
    const p = expandPath(setting, env);
    if (!p.includes(path.sep)) {
      // A bare command name: look it up on PATH like a shell would.
      const found = searchPath(p, env);
      if (found) return { ok: true, command: found, from: "setting" };
      return {
        ok: false,
        message: `sayswho.server.path is "${setting}", but no "${p}" was found on PATH.`,
      };
    }
    if (env.isExecutable(p)) return { ok: true, command: p, from: "setting" };
    return {
      ok: false,
      message: `sayswho.server.path is "${setting}", but ${p} is not an executable file.`,
    };
  }
  const onPath = searchPath(exe, env);
  if (onPath) return { ok: true, command: onPath, from: "PATH" };
  const cargo = path.join(env.home, ".cargo", "bin", exe);
  if (env.isExecutable(cargo)) return { ok: true, command: cargo, from: "cargo" };
  return {
    ok: false,
    message:
      "The sayswho language server was not found on PATH or in ~/.cargo/bin. " +
      "Install it with `cargo install --path .` from a sayswho checkout, or set sayswho.server.path.",
  };
}

function searchPath(name: string, env: ResolveEnv): string | undefined {
  for (const dir of (env.pathVar ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    if (env.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Settings whose change needs a new server process rather than a configuration push. */
export const RESTART_SETTINGS = ["sayswho.server.path", "sayswho.server.extraArgs"];
