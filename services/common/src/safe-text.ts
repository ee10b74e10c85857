/**
 * Text from outside the fleet (a backend's stderr, nvidia-smi's output, prompts and names from
 * benchmark files, error messages that quote any of these) made safe to print and to log.
 *
 * A terminal obeys control characters: ESC starts sequences that recolour, move the cursor,
 * clear the screen or retitle the window, C1 controls (U+0080–U+009F, e.g. U+009B CSI) do the same
 * in terminals that honour them, `\r` lets a later part of a line overwrite an earlier one, and
 * bidirectional overrides (U+202E …) reorder what is shown. {@link escapeControl} renders each as
 * a visible escape (`\x1b`, `\x9b`, `\u202e`), so the reader sees that it was there and nothing
 * acts on it. Backslashes are left alone: the point is that nothing can act, not a reversible
 * encoding (report.json and `--json` keep the exact text, JSON-escaped).
 *
 * {@link clip} bounds a string's length and says how long it was, for log lines.
 */

/** C0 controls, DEL and C1 controls; tab and newline are handled by the `keep` option. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
/** Bidirectional formatting and line/paragraph separators: they change how a line is shown. */
const FORMATTING = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE = new RegExp(`${CONTROLS.source}|${FORMATTING.source}`, "g");

export interface EscapeOptions {
  /**
   * Characters printed as they are: "none" escapes every control (one line, e.g. a table cell);
   * "lines" keeps newline and tab (a multi-line error message). `\r` is always escaped.
   * @default "none"
   */
  readonly keep?: "none" | "lines";
}

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` with every control character (C0, DEL, C1) and bidirectional formatting character
 * rendered visibly, e.g. ESC as the four characters `\x1b`. Safe to write to a terminal.
 */
export function escapeControl(text: string, opts: EscapeOptions = {}): string {
  const keepLines = opts.keep === "lines";
  return text.replace(UNSAFE, (c) => (keepLines && (c === "\n" || c === "\t") ? c : visible(c)));
}

/** Whether `text` holds anything {@link escapeControl} would change (newline and tab aside). */
export function hasControl(text: string): boolean {
  return escapeControl(text, { keep: "lines" }) !== text;
}

/**
 * `text` cut to at most `max` characters (UTF-16 units; a surrogate pair is not split) followed
 * by a note of its full length, e.g. `abc… [cut: 200603 chars in all]`. Shorter text is returned
 * as it is.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  // Do not leave half of a surrogate pair at the cut.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… [cut: ${text.length} chars in all]`;
}

/** What JSON.stringify leaves raw but a terminal (or an editor) may act on. */
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f]|${FORMATTING.source}`, "g");

/**
 * JSON.stringify, with DEL, C1 controls and bidirectional formatting characters written as
 * `\uXXXX` escapes as well (JSON.stringify escapes only C0). The value parses back exactly the
 * same; the text is safe to `cat`. Such characters can only occur inside strings, where an
 * escape is always valid.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
