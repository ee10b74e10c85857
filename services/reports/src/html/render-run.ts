/**
 * `report.html`: one run as a self-contained page (inline CSS, SVG and script; no network) that
 * sits in the run folder beside the videos, which it links by relative path. Its size and the
 * browser's work grow with the number of metrics, not of items, except for the items' JSON block:
 * the grid shows one page of cards at a time (page-script.ts).
 */
import { formatDuration } from "../../../common/src/units";
import { doneMetricValues, failureCodeCounts, metricExtremes } from "../extremes";
import type { RunReport } from "../types";
import { dimensionCharts, histogramsSection } from "./distributions";
import { escapeHtml } from "./escape";
import { GALLERY_N, gallerySection } from "./gallery";
import { htmlTable, renderPage, type Cell } from "./page";
import { RUN_PAGE_SCRIPT } from "./page-script";
import { provenanceSection } from "./provenance";
import { buildTimeline, timelineCharts } from "./timeline";
import { videosSection } from "./videos-section";

/** Failed items whose errors are listed one by one; the rest are counted per error code. */
export const FAILURES_LISTED = 100;

/** Options of {@link renderRunHtml}. */
export interface RenderRunOptions {
  /**
   * Whether the page sits in the run folder, so videos can be linked by relative path. A copy
   * written elsewhere (`framefleet report --out`) shows the grid without players. @default true
   */
  inRunFolder?: boolean;
}

/** The benchmark table's cell text, the same rounding as report.md (up to 4 decimals, no trailing noise). */
export function formatBenchmarkCell(v: string | number | null): string {
  if (v === null) return "-";
  if (typeof v === "string") return v;
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
}

export function renderRunHtml(report: RunReport, opts: RenderRunOptions = {}): string {
  const r = report.run;
  const title = `FrameFleet report: ${r.name || r.run_id}`;
  const header = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<div class="muted">run <code>${escapeHtml(r.run_id)}</code> · ${escapeHtml(r.benchmark)} · ${escapeHtml(r.state)} · generated ${escapeHtml(report.generated_at)}</div>`,
    report.final ? "" : `<p class="partial">Partial report: the run is still ${escapeHtml(r.state)}; numbers will change.</p>`,
  ].join("\n");
  // Per-metric values of done items, computed once for the histograms and the galleries.
  const values = doneMetricValues(report.items);
  // [section id, link text, markup]; a section the run has nothing for is "" and gets no link.
  const sections: [string, string, string][] = [
    ["benchmark", "benchmark", benchmark(report)],
    ["summary", "summary", summary(report)],
    ["distributions", "distributions", histogramsSection(values)],
    ["charts", "by dimension", dimensionCharts(report)],
    ["galleries", "highest/lowest", gallerySection(report.items, metricExtremes(values, GALLERY_N), opts)],
    ["timeline", "timeline", timeline(report)],
    ["failures", "failures", failures(report)],
    ["provenance", "spec", provenanceSection(report)],
    ["videos", "videos", videosSection(report, opts)],
  ];
  const present = sections.filter(([, , html]) => html !== "");
  const nav = `<nav class="toc">${present.map(([id, text]) => `<a href="#${id}">${text}</a>`).join(" · ")}</nav>`;
  return renderPage({ title, header: header + nav, body: present.map(([, , html]) => html).join("\n"), script: RUN_PAGE_SCRIPT });
}

const num = (v: number | null, digits = 4): Cell => (v === null ? null : Number(v.toFixed(digits)));
const secs = (v: number | null): Cell => (v === null ? null : formatDuration(v * 1000));

function summary(report: RunReport): string {
  const r = report.run;
  const t = report.timing;
  const c = report.counts;
  const kv = htmlTable(["field", "value"], [
    ["run id", r.run_id], ["name", r.name], ["benchmark", r.benchmark], ["state", r.state],
    ["created", r.created_at], ["finished", r.finished_at], ["wall time", secs(r.wall_s)],
    ["generator backend", r.generator_backend], ["evaluator backend", r.evaluator_backend],
    ["videos per hour", num(t.videos_per_hour, 1)], ["mean generation time", secs(t.mean_gen_s)],
    ["mean evaluation time", secs(t.mean_eval_s)], ["mean queue wait", secs(t.mean_queue_wait_s)],
  ], ' class="kv"');
  const counts = htmlTable(
    [{ num: "total" }, { num: "queued" }, { num: "running" }, { num: "generated" }, { num: "evaluating" }, { num: "done" }, { num: "failed" }],
    [[c.total, c.queued, c.running, c.generated, c.evaluating, c.done, c.failed]],
    ' id="counts"',
  );
  const metrics = Object.entries(report.aggregates).map(([m, a]): Cell[] => [m, num(a.mean), num(a.min), num(a.max), a.n]);
  return [
    `<section id="summary"><h2>Run</h2>${kv}<h2>Items by state</h2>${counts}`,
    `<h2>Metrics</h2>${metrics.length ? htmlTable(["metric", { num: "mean" }, { num: "min" }, { num: "max" }, { num: "n" }], metrics, ' id="metrics"') : '<p class="muted">No scores yet.</p>'}</section>`,
  ].join("\n");
}

/** The benchmark's own table first: it is what the run was for. Cells carry their JSON value for checks. */
function benchmark(report: RunReport): string {
  const b = report.benchmark;
  if (!b) return "";
  const out = [`<section id="benchmark"><h2>${escapeHtml(b.title)}</h2>`];
  if (b.columns.length > 0) {
    const numeric = b.columns.map((_, i) => b.rows.some((row) => typeof row[i] === "number"));
    const th = b.columns.map((c, i) => `<th${numeric[i] ? ' class="num"' : ""}>${escapeHtml(c)}</th>`).join("");
    const rows = b.rows.map((row) => {
      const tds = b.columns.map((_, i) => {
        const v = row[i] ?? null;
        const cls = typeof v === "number" ? ' class="num"' : v === null ? ' class="muted"' : "";
        return `<td${cls} data-value="${escapeHtml(JSON.stringify(v))}">${escapeHtml(formatBenchmarkCell(v))}</td>`;
      });
      return `<tr>${tds.join("")}</tr>`;
    });
    out.push(`<table id="benchmark-table"><thead><tr>${th}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`);
  }
  const headline = Object.entries(b.scores);
  if (headline.length > 0) {
    const rows = headline.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="num" data-value="${escapeHtml(JSON.stringify(v))}">${escapeHtml(formatBenchmarkCell(v))}</td></tr>`);
    out.push(`<table id="benchmark-scores"><thead><tr><th>score</th><th class="num">value</th></tr></thead><tbody>${rows.join("")}</tbody></table>`);
  }
  if (b.notes.length > 0) out.push(`<ul class="notes">${b.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`);
  out.push("</section>");
  return out.join("\n");
}

function timeline(report: RunReport): string {
  const t = buildTimeline(report);
  const nodes = report.nodes.map((n): Cell[] => [n.node, n.items, Number(n.gpu_seconds.toFixed(1))]);
  const table = nodes.length ? htmlTable(["node", { num: "videos" }, { num: "GPU seconds" }], nodes, ' id="nodes"') : "";
  if (!t && !table) return "";
  return `<section id="timeline"><h2>Timeline</h2><div class="charts">${timelineCharts(t)}</div>${table}</section>`;
}

/** Every failed item's errors up to a cap; above it a count per error code stands for the rest. */
function failures(report: RunReport): string {
  if (report.failures.length === 0) return "";
  const rows: Cell[][] = [];
  for (const f of report.failures.slice(0, FAILURES_LISTED)) {
    if (f.errors.length === 0) rows.push([f.task_id, f.item_key, null, null, null, null, null]);
    for (const e of f.errors) rows.push([f.task_id, f.item_key, e.attempt, e.node, e.device, e.code, { text: e.message, cls: "err" }]);
  }
  const out = [`<section id="failures"><h2>Failures (${report.failures.length})</h2>`];
  const more = report.failures.length - FAILURES_LISTED;
  if (more > 0) {
    const codes = failureCodeCounts(report);
    out.push(htmlTable(["final error code", { num: "items" }], codes, ' id="failure-codes"'));
    out.push(`<p class="muted">The first ${FAILURES_LISTED} failed items follow; ${more} more are in the video grid (state failed) and in report.json.</p>`);
  }
  out.push(htmlTable(["task id", "item", { num: "attempt" }, "node", "device", "code", "message"], rows, ' id="failures-table"'), "</section>");
  return out.join("");
}
