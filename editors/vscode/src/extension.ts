// The sayswho extension: starts `sayswho lsp` for Markdown and plain-text documents and
// keeps its settings in step with VS Code's.

import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import { RESTART_SETTINGS, resolveServer, RULE_CODES, ServerSettings, toServerSettings } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let extensionUri: vscode.Uri;

function workspaceDir(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function currentSettings(): ServerSettings {
  const cfg = vscode.workspace.getConfiguration("sayswho");
  return toServerSettings(
    {
      config: cfg.get("config"),
      rules: cfg.get("rules"),
      debounceMs: cfg.get("debounceMs"),
      knowledge: cfg.get("knowledge"),
    },
    workspaceDir(),
    (m) => output.appendLine(`[settings] ${m}`),
  );
}

function isExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function serverBinary() {
  const cfg = vscode.workspace.getConfiguration("sayswho");
  return resolveServer(cfg.get<string>("server.path"), {
    pathVar: process.env.PATH,
    home: os.homedir(),
    workspaceDir: workspaceDir(),
    isExecutable,
  });
}

/** The rule code of the sayswho finding under the cursor, if any. */
function codeAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const at = editor.selection.active;
  const d = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === "sayswho" && d.range.contains(at));
  const code = d?.code;
  if (code === undefined) return undefined;
  return typeof code === "object" ? String(code.value) : String(code);
}

/** What a rule flags and why, from `sayswho explain CODE`, beside the draft. */
async function explainRule(): Promise<void> {
  const code =
    codeAtCursor() ?? (await vscode.window.showQuickPick([...RULE_CODES], { placeHolder: "Explain which rule?" }));
  if (!code) return;
  const resolved = serverBinary();
  if (!resolved.ok) {
    void vscode.window.showErrorMessage(resolved.message);
    return;
  }
  execFile(resolved.command, ["explain", code], async (err, stdout, stderr) => {
    if (err) {
      void vscode.window.showErrorMessage(`sayswho explain ${code}: ${stderr || err.message}`);
      return;
    }
    const doc = await vscode.workspace.openTextDocument({ content: stdout, language: "markdown" });
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  });
}

async function startClient(): Promise<void> {
  const cfg = vscode.workspace.getConfiguration("sayswho");
  const resolved = serverBinary();
  if (!resolved.ok) {
    output.appendLine(resolved.message);
    const install = "Install instructions";
    const settings = "Open settings";
    void vscode.window.showErrorMessage(resolved.message, install, settings).then((choice) => {
      if (choice === install) {
        void vscode.commands.executeCommand(
          "markdown.showPreview",
          vscode.Uri.joinPath(extensionUri, "README.md"),
        );
      } else if (choice === settings) {
        void vscode.commands.executeCommand("workbench.action.openSettings", "sayswho.server.path");
      }
    });
    return;
  }
  output.appendLine(`Starting ${resolved.command} (from ${resolved.from})`);

  const extraArgs = cfg.get<string[]>("server.extraArgs") ?? [];
  // TransportKind.stdio makes the client append `--stdio`; `sayswho lsp --stdio` accepts it.
  const serverOptions: ServerOptions = {
    command: resolved.command,
    args: ["lsp", ...extraArgs],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
    ],
    outputChannel: output,
    initializationOptions: currentSettings(),
    middleware: {
      workspace: {
        // Answer `workspace/configuration` for the "sayswho" section with the same mapped
        // object the server got at start, so both paths agree.
        configuration: (params, token, next) => {
          const asked = params.items.map((item) =>
            item.section === "sayswho" || item.section === undefined ? currentSettings() : undefined,
          );
          if (asked.every((a) => a !== undefined)) return asked;
          return Promise.resolve(next(params, token)).then((res) =>
            Array.isArray(res) ? res.map((r, i) => asked[i] ?? r) : res,
          );
        },
      },
    },
  };
  client = new LanguageClient("sayswho", "sayswho", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The sayswho server failed to start: ${String(e)}`);
    void vscode.window.showErrorMessage(`The sayswho server failed to start: ${String(e)}`);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    try {
      await c.stop();
    } catch (e) {
      output.appendLine(`Stopping the server: ${String(e)}`);
    }
  }
}

async function restart(): Promise<void> {
  await stopClient();
  await startClient();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionUri = context.extensionUri;
  output = vscode.window.createOutputChannel("sayswho", { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand("sayswho.restartServer", restart),
    vscode.commands.registerCommand("sayswho.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("sayswho.explainRule", explainRule),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("sayswho")) return;
      if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s)) || !client) {
        await restart();
        return;
      }
      // Everything else applies without a restart: push the new settings; the server may
      // also pull them with workspace/configuration.
      if (client.state === State.Running) {
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { sayswho: currentSettings() },
        });
      }
    }),
  );
  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
