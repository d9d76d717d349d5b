// What sayswho is required to report on the end-to-end draft (editors/e2e/make-draft.sh),
// with positions computed from the text itself, never typed in by hand:
//  - issue 3: `vague-attribution` on each vague source an editor would query;
//  - issue 2: `unattributed-quote` on the speakerless quote paragraph;
//  - issue 4: hover over Dmitry Peskov shows his role as the draft states it.

export const VAGUE_SOURCES = [
  "officials",
  "Some South Korean media outlets",
  "Defense analysts",
  "Other experts",
  "reportedly",
];
export const SPEAKERLESS_QUOTE = "“We will not stand by while the border burns.”";
export const HOVER_NAME = "Dmitry Peskov";
export const HOVER_ROLE = "Kremlin spokesperson";
/**
 * The quick-fix every editor applies: issue 3's fix that names a vague source from the
 * draft ("Name the source: Dmitry Peskov (Kremlin spokesperson)"), applied on “officials”.
 * Never an "Ignore ..." action, which silences a finding without adding attribution.
 * (The protocol test and Neovim also apply “Attribute to …” on the speakerless quote.)
 */
export const ATTRIBUTION_ACTION = /^Name the source: /;
export const FIX_TARGET = "officials";

/** Finds the only occurrence of `needle`; returns 0-based line and UTF-16/UTF-8 columns. */
export function locate(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`draft does not contain ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, at + 1) >= 0) throw new Error(`draft contains ${JSON.stringify(needle)} twice`);
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(0, at).split("\n").length - 1;
  const before = text.slice(lineStart, at);
  const utf8 = (s) => Buffer.byteLength(s, "utf8");
  const cps = (s) => [...s].length;
  return {
    needle,
    line,
    utf16: { start: at - lineStart, end: at - lineStart + needle.length },
    utf8: { start: utf8(before), end: utf8(before) + utf8(needle) },
    codepoints: { start: cps(before), end: cps(before) + cps(needle) },
  };
}

/** True when an LSP range (single line) overlaps the located phrase in the given units. */
export function overlaps(range, loc, units = "utf16") {
  if (range.start.line !== loc.line) return false;
  const endCol = range.end.line === range.start.line ? range.end.character : Infinity;
  return range.start.character < loc[units].end && endCol > loc[units].start;
}

/**
 * The exactness check used for every expected diagnostic: the range lies on the phrase's
 * line, inside the phrase, and starts and ends on word boundaries of it, so a column that
 * is off by even one unit (a UTF-8/UTF-16 mix-up past Korean text or an emoji) fails.
 * `lineText` is the line as a JS string, and `units` the position encoding in use.
 * Returns null when it holds, else a description of what is wrong.
 */
export function checkWordRange(range, loc, lineText, units = "utf16") {
  if (range.start.line !== loc.line || range.end.line !== loc.line) {
    return `on line ${range.start.line}-${range.end.line}, want line ${loc.line}`;
  }
  const { start, end } = range.start.character < range.end.character
    ? { start: range.start.character, end: range.end.character }
    : { start: -1, end: -1 };
  if (start < 0) return "empty or inverted range";
  if (start < loc[units].start || end > loc[units].end) {
    return `columns ${start}-${end} not inside ${loc[units].start}-${loc[units].end}`;
  }
  const toJs = (col) => (units === "utf16" ? col : jsIndex(lineText, col, units));
  const s = toJs(start), e = toJs(end);
  const isWord = (ch) => ch !== undefined && /[\p{L}\p{N}’'-]/u.test(ch);
  if (isWord(lineText[s - 1]) && isWord(lineText[s])) return `starts inside a word: ${JSON.stringify(lineText.slice(s, e))}`;
  if (isWord(lineText[e - 1]) && isWord(lineText[e])) return `ends inside a word: ${JSON.stringify(lineText.slice(s, e))}`;
  return null;
}

/** Converts a column in UTF-8 bytes or code points to a JS (UTF-16) index into `line`. */
export function jsIndex(line, col, units) {
  let count = 0, i = 0;
  for (const ch of line) {
    if (count >= col) break;
    count += units === "utf8" ? Buffer.byteLength(ch, "utf8") : 1;
    i += ch.length;
  }
  return i;
}
