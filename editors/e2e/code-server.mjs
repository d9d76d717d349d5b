// Drives a real VS Code (code-server) with headless Chromium through puppeteer-core and
// checks what a user of the sayswho extension sees. Started by editors/vscode-e2e.sh:
//   node code-server.mjs URL DRAFT_PATH OUT_DIR
// Checks: squiggles and Problems-panel entries for the required findings at the right
// line and column; a hover over a person's name that shows the role; a quick-fix that
// names a vague source, changes the text and clears that finding. Screenshots: OUT_DIR/vscode-*.png.

import puppeteer from "puppeteer-core";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  VAGUE_SOURCES, SPEAKERLESS_QUOTE, HOVER_NAME, HOVER_ROLE, ATTRIBUTION_ACTION, FIX_TARGET, locate,
} from "./expect.mjs";

const [url, draftPath, outDir] = process.argv.slice(2);
const text = readFileSync(draftPath, "utf8");
const fileName = basename(draftPath);
const T = Number(process.env.E2E_TIMEOUT_MS ?? 60000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const results = { checks: [], failures: [] };
function check(name, ok, detail) {
  results.checks.push({ name, ok: !!ok, at_ms: Date.now() - t0 });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? `: ${detail}` : ""}`);
  if (!ok) results.failures.push(name);
  return ok;
}

async function until(page, fn, arg, what, timeout = T) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg);
    if (last && (last.ok ?? true)) return last;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 2000)}`);
}

async function press(page, combo) {
  const keys = combo.split("+");
  for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
  await page.keyboard.press(keys.at(-1));
  for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
}

/** Runs a workbench command by its palette title. */
async function command(page, title) {
  await press(page, "F1");
  await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 20000 });
  await page.keyboard.type(title, { delay: 10 });
  await sleep(600);
  await page.keyboard.press("Enter");
  await sleep(400);
}

/** Moves the cursor to a 1-based line and column with Quick Open's ":line:col". */
async function goTo(page, line, col) {
  await press(page, "Control+KeyP");
  await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 20000 });
  await page.keyboard.type(`:${line}:${col}`, { delay: 10 });
  await sleep(400);
  await page.keyboard.press("Enter");
  await sleep(400);
}

/** The Problems panel rows as text (whitespace normalised). */
function problemRows() {
  const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")];
  return rows.map((r) => r.innerText.replace(/[\s\u00a0]+/g, " ").trim());
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1400"],
});
let page;
try {
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1400 });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: T });
  await page.waitForSelector(".monaco-workbench", { timeout: T });
  await sleep(3000);

  // Open the draft the way a user does: Quick Open, type its name, Enter.
  await press(page, "Control+KeyP");
  await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 20000 });
  await page.keyboard.type(fileName, { delay: 20 });
  await until(page, (f) => ({ ok: [...document.querySelectorAll(".quick-input-list .monaco-list-row")].some((r) => r.innerText.includes(f)) }), fileName, "the draft in Quick Open", 20000);
  await sleep(500);
  await page.keyboard.press("Enter");
  const tOpen = Date.now();
  const editorShows = () => ({ ok: /North Korean troops in Russia/.test((document.querySelector(".monaco-editor .view-lines")?.innerText ?? "").replace(/\u00a0/g, " ")) });
  try {
    await until(page, editorShows, null, "the draft in the editor", 10000);
  } catch {
    // Quick Open sometimes swallows the first Enter while it is still filtering: open the
    // draft from the Explorer instead, as a user would.
    await page.keyboard.press("Escape");
    await page.evaluate((f) => {
      const row = [...document.querySelectorAll(".explorer-folders-view .monaco-list-row")].find((r) => r.innerText.trim() === f);
      row?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
      row?.click();
    }, fileName);
    await until(page, editorShows, null, "the draft in the editor");
  }

  // The status bar counts sayswho's problems; squiggles mark them in the text (checked
  // with the speakerless quote scrolled into view, since Monaco renders visible lines only).
  const counted = await until(page, () => {
    const status = document.querySelector("#status\\.problems")?.innerText.replace(/\s+/g, " ").trim() ?? "";
    return { ok: /[1-9]/.test(status), status };
  }, null, "problems in the status bar");
  results.open_to_problems_ms = Date.now() - tOpen;
  results.statusbar = counted.status;
  check(`the status bar counts problems (“${counted.status}”)`, true);
  const q = locate(text, SPEAKERLESS_QUOTE);
  await goTo(page, q.line + 1, 1);
  const seen = await until(page, () => {
    const squiggles = document.querySelectorAll('.monaco-editor [class*="squiggly-"]').length;
    return { ok: squiggles > 0, squiggles };
  }, null, "sayswho squiggles", 20000);
  results.squiggles = seen.squiggles;
  check(`squiggles in the editor (${seen.squiggles} in view)`, seen.squiggles > 0);
  await page.screenshot({ path: join(outDir, "vscode-diagnostics.png") });

  // The Problems panel lists each required finding at its line and column.
  await press(page, "Control+Shift+KeyM");
  await page.waitForSelector(".markers-panel", { visible: true, timeout: 20000 });
  await command(page, "View: Toggle Maximized Panel");
  const expected = [
    ...VAGUE_SOURCES.map((p) => ({ code: "vague-attribution", loc: locate(text, p) })),
    { code: "unattributed-quote", loc: locate(text, SPEAKERLESS_QUOTE) },
  ];
  // A row reads "<message> sayswho(<code>) [Ln L, Col C]" (innerText drops the parentheses
// when the code is a link); Col is 1-based UTF-16.
  const rowMatches = (row, e) => {
    const m = row.match(/sayswho ?\(?([a-z-]+)\)? \[Ln (\d+), Col (\d+)\]/);
    if (!m || m[1] !== e.code || Number(m[2]) !== e.loc.line + 1) return false;
    const col = Number(m[3]) - 1;
    return col >= e.loc.utf16.start && col < e.loc.utf16.end;
  };
  let rows = [];
  try {
    rows = (await until(page, (n) => {
      const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")]
        .map((r) => r.innerText.replace(/[\s\u00a0]+/g, " ").trim());
      return { ok: rows.filter((r) => /sayswho ?\(?[a-z-]+\)? \[Ln/.test(r)).length >= n, rows };
    }, expected.length, "the Problems panel rows")).rows;
  } catch (e) {
    rows = await page.evaluate(problemRows);
  }
  results.problems = rows;
  for (const e of expected) {
    check(`Problems: ${e.code} on ${JSON.stringify(e.loc.needle.slice(0, 40))} at Ln ${e.loc.line + 1}, Col ${e.loc.utf16.start + 1}`,
      rows.filter((r) => rowMatches(r, e)).length === 1, `rows:\n  ${rows.join("\n  ")}`);
  }
  await page.screenshot({ path: join(outDir, "vscode-problems.png") });
  await command(page, "View: Toggle Maximized Panel");
  await press(page, "Control+KeyJ"); // hide the panel again
  await sleep(500);

  // Hover over the person's name shows the role.
  const name = locate(text, HOVER_NAME);
  await goTo(page, name.line + 1, name.utf16.start + HOVER_NAME.indexOf("Peskov") + 3);
  await command(page, "Show or Focus Hover");
  try {
    const hover = await until(page, (role) => {
      const h = [...document.querySelectorAll(".monaco-hover")].map((e) => e.innerText).join("\n");
      return { ok: h.includes(role), h };
    }, HOVER_ROLE, "the hover", 20000);
    results.hover = hover.h.slice(0, 400);
    check(`hover over ${HOVER_NAME} shows “${HOVER_ROLE}”`, true);
  } catch (e) {
    check(`hover over ${HOVER_NAME} shows “${HOVER_ROLE}”`, false, e.message);
  }
  await page.screenshot({ path: join(outDir, "vscode-hover.png") });
  await page.keyboard.press("Escape");

  // Quick-fix that adds attribution: on “officials”, Ctrl+. and pick the action that names
  // the source from the draft; the text changes and the server re-checks it.
  const target = locate(text, FIX_TARGET);
  const lineWith = (needle) => {
    const lines = [...document.querySelectorAll(".monaco-editor .view-line")].map((l) => l.innerText.replace(/\u00a0/g, " "));
    const i = lines.findIndex((l) => l.includes(needle));
    // A wrapped line is several view-lines, each keeping its trailing space: join them as they are.
    return { ok: i >= 0, line: i >= 0 ? lines.slice(i, i + 8).join("").replace(/ +/g, " ") : null };
  };
  const anchor = "has accused the North";
  await goTo(page, target.line + 1, target.utf16.start + 3);
  const before = (await until(page, lineWith, anchor, "the line with “officials”")).line;
  const vagueBefore = rows.filter((r) => /sayswho ?\(?vague-attribution/.test(r)).length;
  await press(page, "Control+Period");
  let picked = null;
  try {
    const menu = await until(page, () => {
      const items = [...document.querySelectorAll(".action-widget .monaco-list-row")].map((r) => r.innerText.trim());
      return { ok: items.length > 0, items };
    }, null, "the quick-fix menu", 20000);
    results.quick_fixes = menu.items;
    await page.screenshot({ path: join(outDir, "vscode-quick-fix-menu.png") });
    const twice = menu.items.filter((t, i) => t && menu.items.indexOf(t) !== i);
    check(`the quick-fix menu offers each action once (${menu.items.length} entries)`, twice.length === 0,
      JSON.stringify(menu.items));
    picked = menu.items.find((t) => ATTRIBUTION_ACTION.test(t));
    check("a quick-fix that names the source is offered", picked, JSON.stringify(menu.items));
  } catch (e) {
    check("a quick-fix that names the source is offered", false, e.message);
  }
  if (picked) {
    results.applied = picked;
    await page.evaluate((title) => {
      const row = [...document.querySelectorAll(".action-widget .monaco-list-row")].find((r) => r.innerText.trim() === title);
      row?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
      row?.click();
    }, picked);
    const named = picked.replace(ATTRIBUTION_ACTION, "").replace(/ \(.*\)$/, "");
    let after = null;
    try {
      after = (await until(page, (a) => {
        const lines = [...document.querySelectorAll(".monaco-editor .view-line")].map((l) => l.innerText.replace(/\u00a0/g, " "));
        const i = lines.findIndex((l) => l.includes(a.anchor));
        const line = i >= 0 ? lines.slice(i, i + 8).join("").replace(/ +/g, " ") : null;
        return { ok: line !== null && line !== a.before, line };
      }, { anchor, before }, "the quick-fix edit", 20000)).line;
    } catch (e) {
      after = e.message;
    }
    results.line_after = after;
    check(`“${picked}” changed the text (“officials” → ${named})`,
      after && !after.includes("officials") && after.includes(named) && !before.includes(named), after);
    // The server re-checks the edited text: one vague source fewer in the Problems panel.
    await press(page, "Control+Shift+KeyM");
    try {
      await until(page, (n) => {
        const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")]
          .map((r) => r.innerText.replace(/[\s\u00a0]+/g, " "));
        const vague = rows.filter((r) => /sayswho ?\(?vague-attribution/.test(r)).length;
        return { ok: vague === n, vague, rows };
      }, vagueBefore - 1, "one vague source fewer in the Problems panel", 20000);
      check("after the fix the Problems panel lists one vague source fewer", true);
    } catch (e) {
      check("after the fix the Problems panel lists one vague source fewer", false, e.message);
    }
  }
  await page.screenshot({ path: join(outDir, "vscode-after-fix.png") });

  // Settings apply without a restart: vague-attribution is turned off in the settings
  // (code-server reads the server side's Machine settings.json, the file that VS Code's
  // settings editor writes in a remote window); the extension pushes the change and the
  // server re-checks the draft.
  if (process.env.USER_SETTINGS) {
    for (const file of process.env.USER_SETTINGS.split(":")) {
      const settings = JSON.parse(readFileSync(file, "utf8"));
      settings["sayswho.rules"] = { "vague-attribution": { enabled: false } };
      writeFileSync(file, JSON.stringify(settings, null, 2));
    }
    try {
      const r = await until(page, () => {
        const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")]
          .map((r) => r.innerText.replace(/[\s\u00a0]+/g, " "));
        const vague = rows.filter((r) => /sayswho ?\(?vague-attribution/.test(r)).length;
        const quote = rows.filter((r) => /sayswho ?\(?unattributed-quote/.test(r)).length;
        return { ok: vague === 0 && quote === 1, vague, quote, rows };
      }, null, "vague-attribution to go after the settings change", 30000);
      check(`turning vague-attribution off in the settings clears it without a restart (quote still flagged: ${r.quote})`, true);
    } catch (e) {
      check("turning vague-attribution off in the settings clears it without a restart", false, e.message);
    }
    await page.screenshot({ path: join(outDir, "vscode-settings-change.png") });
  }
} catch (e) {
  check("the workbench session ran to the end", false, e.stack ?? String(e));
  if (page) await page.screenshot({ path: join(outDir, "vscode-failure.png") }).catch(() => {});
} finally {
  await browser.close();
}
results.total_ms = Date.now() - t0;
writeFileSync(join(outDir, "vscode.json"), JSON.stringify(results, null, 2));
console.log(`vscode-e2e: ${results.checks.length - results.failures.length} passed, ${results.failures.length} failed`);
process.exit(results.failures.length === 0 ? 0 : 1);
