/**
 * `report.html`: one run as a self-contained page (inline CSS, SVG and script; no network) that
 * sits in the run folder beside the videos, which it links by relative path.
 */
import { formatDuration } from "../../units";
import type { ReportItem, RunReport } from "../types";
import { escapeHtml, relativeHref } from "./escape";
import { htmlTable, renderPage, type Cell } from "./page";
import { RUN_PAGE_SCRIPT } from "./page-script";
import { barChart, type Bar } from "./svg-charts";
import { buildTimeline, timelineCharts } from "./timeline";

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
  const body = [benchmark(report), summary(report), charts(report), timeline(report), failures(report), videos(report, opts)].join("\n");
  return renderPage({ title, header, body, script: RUN_PAGE_SCRIPT });
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

/** Bar charts: the benchmark table's first numeric column by row, then each label's groups per metric. */
function charts(report: RunReport): string {
  const out: string[] = [];
  const b = report.benchmark;
  const col = b ? b.columns.findIndex((_, i) => b.rows.filter((row) => typeof row[i] === "number").length >= 2) : -1;
  if (b && col > 0) {
    const bars: Bar[] = b.rows.flatMap((row) => (typeof row[col] === "number" ? [{ label: String(row[0] ?? ""), value: row[col] as number }] : []));
    out.push(barChart(`${b.title}: ${b.columns[col] ?? ""}`, bars));
  }
  for (const [label, byValue] of Object.entries(report.groups ?? {})) {
    const metrics = [...new Set(Object.values(byValue).flatMap((m) => Object.keys(m)))].sort();
    for (const metric of metrics) {
      const bars = Object.entries(byValue).flatMap(([value, m]) => {
        const a = m[metric];
        return a ? [{ label: value, value: a.mean, hint: `${value}: mean ${a.mean.toFixed(4)} over ${a.n}` }] : [];
      });
      // A metric equal everywhere (frames, fps of a frames/fps check) says nothing per dimension.
      if (bars.length === 1 || bars.some((b) => b.value !== bars[0]?.value)) out.push(barChart(`${metric} by ${label}`, bars));
    }
  }
  if (out.length === 0) return "";
  return `<section id="charts"><h2>By dimension</h2><div class="charts">${out.join("\n")}</div></section>`;
}

function timeline(report: RunReport): string {
  const t = buildTimeline(report);
  const nodes = report.nodes.map((n): Cell[] => [n.node, n.items, Number(n.gpu_seconds.toFixed(1))]);
  const table = nodes.length ? htmlTable(["node", { num: "videos" }, { num: "GPU seconds" }], nodes, ' id="nodes"') : "";
  if (!t && !table) return "";
  return `<section id="timeline"><h2>Timeline</h2><div class="charts">${timelineCharts(t)}</div>${table}</section>`;
}

function failures(report: RunReport): string {
  if (report.failures.length === 0) return "";
  const rows: Cell[][] = [];
  for (const f of report.failures) {
    if (f.errors.length === 0) rows.push([f.task_id, f.item_key, null, null, null, null, null]);
    for (const e of f.errors) rows.push([f.task_id, f.item_key, e.attempt, e.node, e.device, e.code, { text: e.message, cls: "err" }]);
  }
  const table = htmlTable(["task id", "item", { num: "attempt" }, "node", "device", "code", "message"], rows, ' id="failures-table"');
  return `<section id="failures"><h2>Failures (${report.failures.length})</h2>${table}</section>`;
}

/** Label names and their values (comma lists split: VBench items name several dimensions). */
function filterOptions(items: readonly ReportItem[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const it of items) {
    for (const [k, v] of Object.entries(it.labels)) {
      const set = out.get(k) ?? new Set<string>();
      for (const part of v.split(",")) if (part) set.add(part);
      out.set(k, set);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, [...s].sort()]));
}

function videos(report: RunReport, opts: RenderRunOptions): string {
  if (report.items.length === 0) return "";
  const select = (key: string, values: readonly string[]): string =>
    `<label>${escapeHtml(key)} <select data-filter="${escapeHtml(key)}"><option value="">all</option>${values.map((v) => `<option>${escapeHtml(v)}</option>`).join("")}</select></label>`;
  const filters = [...filterOptions(report.items)].map(([k, vs]) => select(k, vs));
  filters.push(select("state", [...new Set(report.items.map((i) => i.state))].sort()));
  const note = opts.inRunFolder === false ? `<p class="muted">Videos play in the run folder's own report.html (${escapeHtml(report.run.output_dir)}).</p>` : "";
  const cards = report.items.map((it) => card(it, opts));
  return [
    `<section id="videos"><h2>Videos (<span id="shown">${report.items.length}</span> of ${report.items.length})</h2>${note}`,
    `<div class="filters">${filters.join("")}</div>`,
    `<div class="grid">\n${cards.join("\n")}\n</div></section>`,
  ].join("\n");
}

function card(it: ReportItem, opts: RenderRunOptions): string {
  const href = it.output_path && opts.inRunFolder !== false ? relativeHref(it.output_path) : null;
  // Made by the generator worker beside the video (report item poster_path); linked like the video.
  const poster = it.poster_path ? relativeHref(it.poster_path) : null;
  // With a poster only the frame is loaded until play; without one the browser reads the metadata to show a frame.
  const player = href
    ? `<video controls playsinline preload="${poster ? "none" : "metadata"}"${poster ? ` poster="${escapeHtml(poster)}"` : ""} src="${escapeHtml(href)}"></video><div class="meta"><a href="${escapeHtml(href)}">${escapeHtml(it.output_path ?? "")}</a></div>`
    : "";
  const scores = Object.entries(it.scores).map(([m, v]) => `${escapeHtml(m)}=${escapeHtml(String(Number(v.toFixed(4))))}`).join(" · ");
  const labels = Object.entries(it.labels).map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join(" · ");
  return [
    `<div class="card${it.state === "failed" ? " failed" : ""}" data-task="${escapeHtml(it.task_id)}" data-state="${escapeHtml(it.state)}" data-labels="${escapeHtml(JSON.stringify(it.labels))}">`,
    player,
    `<div class="prompt">${escapeHtml(it.prompt)}</div>`,
    `<div class="meta">${escapeHtml(it.item_key)} #${it.sample_index} · seed ${escapeHtml(String(it.seed))} · ${escapeHtml(it.state)} · node ${escapeHtml(it.node ?? "-")}${it.device ? ` (${escapeHtml(it.device)})` : ""}</div>`,
    labels ? `<div class="meta">${labels}</div>` : "",
    scores ? `<div class="scores">${scores}</div>` : "",
    it.error ? `<div class="err">${escapeHtml(it.error)}</div>` : "",
    "</div>",
  ].join("");
}
