/**
 * Escaping for the HTML pages. Prompts, item keys, labels and error messages come from benchmark
 * files and run specs (untrusted), so every string reaches markup through one of these.
 */

import { escapeControl, safeJson } from "../../../common/src/safe-text";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  // Control characters other than tab/newline have no business in a page and can confuse
  // terminals when the file is cat'ed (NUL is also invalid in HTML): shown escaped, as \x1b.
  return escapeControl(text, { keep: "lines" }).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no value can close the
 * script element (`</script>`) or open a comment, and U+2028/2029 so older parsers do not choke.
 */
export function jsonForScript(value: unknown): string {
  // safeJson: C1 controls and bidi overrides as \u escapes too, so the page is safe to cat.
  return safeJson(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A relative URL for a file inside the page's folder, or null when `path` is not one (absolute,
 * climbing out with `..`, a scheme, a backslash, NUL). Each segment is percent-encoded, so names
 * with spaces, `#`, `%` or `?` (VBench names files after prompts) still point at the file.
 */
export function relativeHref(path: string): string | null {
  if (path === "" || path.includes("\0") || path.includes("\\") || path.startsWith("/")) return null;
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return null;
  // A first segment like "javascript:x" would be read as a scheme; "./" makes it a path.
  return `./${segments.map((s) => encodeURIComponent(s)).join("/")}`;
}

/** Text cut to `max` characters (code points, so no emoji is split) with an ellipsis. Cut before escaping. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
