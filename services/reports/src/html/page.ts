/**
 * The shell every page shares: one file, inline CSS and script, and a Content-Security-Policy
 * that lets only that one script run (by hash) and loads nothing from the network, so even a
 * string that escaped escaping could not run code or call home.
 */
import { createHash } from "node:crypto";
import { escapeHtml } from "./escape";
import { PAGE_CSS } from "./styles";

export interface PageParts {
  title: string;
  /** Already-escaped markup of the header (h1 and what follows it). */
  header: string;
  /** Already-escaped markup of the main part. */
  body: string;
  /** The page's inline script, if any. */
  script?: string;
  /** Extra CSP sources, e.g. `connect-src 'self'` for the live page. */
  csp?: string[];
}

/** A script's CSP source: its hash, so it runs while any injected script would not. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

export function renderPage(p: PageParts): string {
  // 'self' covers a page served over HTTP; file: a report opened from disk (videos, posters).
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' file: data:",
    "media-src 'self' file:",
    `script-src ${p.script ? scriptHash(p.script) : "'none'"}`,
    ...(p.csp ?? []),
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    // An empty icon: otherwise the browser asks the server (or the disk) for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(p.title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    `<header>${p.header}</header>`,
    `<main>${p.body}</main>`,
    p.script ? `<script>${p.script}</script>` : "",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A table from already-formatted cells (escaped here); `num` columns are right-aligned. */
export function htmlTable(headers: readonly (string | { num: string })[], rows: readonly (readonly Cell[])[], attrs = ""): string {
  const th = headers.map((h) => (typeof h === "string" ? `<th>${escapeHtml(h)}</th>` : `<th class="num">${escapeHtml(h.num)}</th>`)).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => td(c)).join("")}</tr>`).join("\n");
  return `<table${attrs}><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

/** A cell: text, or a number (right-aligned), or null ("-"), or text with a class. */
export type Cell = string | number | null | { text: string; cls: string };

function td(c: Cell): string {
  if (c === null) return '<td class="muted">-</td>';
  if (typeof c === "number") return `<td class="num">${escapeHtml(String(c))}</td>`;
  if (typeof c === "string") return `<td>${escapeHtml(c)}</td>`;
  return `<td class="${escapeHtml(c.cls)}">${escapeHtml(c.text)}</td>`;
}
