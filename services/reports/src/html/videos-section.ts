/**
 * The video grid's section: its controls (a filter per label and for the state, a search box,
 * sort by any score, page size, previous/next) and the items' JSON block. The cards themselves
 * are made by the page script (page-script.ts), one page at a time.
 */
import type { RunReport } from "../types";
import { escapeHtml } from "./escape";
import { gridData, gridDataBlock, type GridDataOptions } from "./grid-data";

/** Cards per page offered; the DOM never holds more than the largest. */
export const PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 100;

export function videosSection(report: RunReport, opts: GridDataOptions): string {
  if (report.items.length === 0) return "";
  const data = gridData(report, opts);
  const select = (key: string, kind: "label" | "state", values: readonly string[]): string =>
    `<label>${escapeHtml(key)} <select data-filter="${escapeHtml(key)}" data-kind="${kind}"><option value="">all</option>${values.map((v) => `<option>${escapeHtml(v)}</option>`).join("")}</select></label>`;
  const filters = data.filters.map(([k, vs]) => select(k, "label", vs));
  filters.push(select("state", "state", data.states));
  // Sort keys: "" is report order; "-i" highest first and "+i" lowest first by metric i.
  const sorts = data.metrics.flatMap((m, i) => [`<option value="-${i}">${escapeHtml(m)}: highest first</option>`, `<option value="+${i}">${escapeHtml(m)}: lowest first</option>`]);
  const sizes = PAGE_SIZES.map((n) => `<option${n === DEFAULT_PAGE_SIZE ? " selected" : ""}>${n}</option>`).join("");
  const controls = [
    `<div class="filters">${filters.join("")}<label>search <input type="search" id="search" placeholder="prompt, item, label"></label></div>`,
    `<div class="filters"><label>sort <select id="sort"><option value="">item (key, sample)</option>${sorts.join("")}</select></label>`,
    `<label>per page <select id="page-size">${sizes}</select></label>`,
    `<button type="button" id="first">first</button> <button type="button" id="prev">previous</button> <span id="page" class="muted"></span> <button type="button" id="next">next</button> <button type="button" id="last">last</button></div>`,
  ];
  const note = opts.inRunFolder === false ? `<p class="muted">Videos play in the run folder's own report.html (${escapeHtml(report.run.output_dir)}).</p>` : "";
  const n = report.items.length;
  return [
    `<section id="videos"><h2>Videos (<span id="shown">${n}</span> of ${n})</h2>${note}`,
    controls.join("\n"),
    // Rendered by the page script; without scripts the note below is all there is.
    `<div class="grid" id="grid"><noscript>The video grid needs JavaScript; every item is in report.json.</noscript></div>`,
    gridDataBlock(data),
    "</section>",
  ].join("\n");
}
