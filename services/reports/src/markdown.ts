/**
 * Renders a report (types.ts) as GitHub-flavoured Markdown (`report.md`). Every value that
 * reaches the page goes through {@link escapeMarkdown}: prompts and names come from
 * benchmark files and run specs, and must not be able to break a table or inject markup.
 *
 * report.md is a summary: its length does not grow with the run beyond the caps below (a line
 * per video made a 5,000-video sweep's file 5,147 lines long). report.json keeps every item.
 */
import { escapeControl } from "../../common/src/safe-text";
import { formatDuration } from "../../common/src/units";
import { doneMetricValues, failureCodeCounts, metricExtremes } from "./extremes";
import type { MetricAggregate, RunReport } from "./types";

/** Items are listed one per line only up to this many; above it the highest and lowest per metric stand for them. */
export const MD_ITEMS_LISTED = 100;
/** Failed items listed with their errors; above it a count per final error code stands for the rest. */
export const MD_FAILURES_LISTED = 50;
/** Highest and lowest items per metric when the items are not listed. */
export const MD_EXTREMES_N = 5;
/** A label with more values than this (a caption, a scene id) gets no table of groups. */
export const MD_GROUP_VALUES = 50;

/** Items table: prompts longer than this are cut, so one prompt cannot make the table unreadable. */
const PROMPT_CHARS = 80;
/** Items table: up to this many metrics get a column each; more go into one "scores" column. */
const METRIC_COLUMNS = 3;

/**
 * Makes untrusted text safe inside a Markdown table cell or heading: one line, control
 * characters shown escaped (ESC reads `\x1b`, so the file is safe to `cat` and the reader sees
 * what was there), and no character that could end a cell, start a link/image or raw HTML.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " "); // a line break would end the table row
  return escapeControl(oneLine).replace(/[\\|[\]<>]/g, "\\$&"); // backslash first in the class so `\|` cannot be unescaped
}

/** Renders the report as Markdown; ends with a newline. */
export function renderMarkdown(report: RunReport): string {
  const r = report.run;
  const out: string[] = [`# FrameFleet report: ${escapeMarkdown(r.name || r.run_id)}`, ""];
  if (!report.final) {
    out.push(`> **Partial report**: the run is still ${escapeMarkdown(r.state)}; numbers will change.`, "");
  }
  out.push(...summary(report), ...benchmark(report), ...counts(report), ...metrics(report), ...groups(report), ...nodes(report));
  out.push(...failures(report), ...items(report));
  return out.join("\n");
}

type Cell = string | number | null;
/** A column header; numeric columns are right-aligned. */
type Header = string | { right: string };

const right = (title: string): Header => ({ right: title });

function table(headers: Header[], rows: Cell[][]): string[] {
  const line = (cells: Cell[]): string => `| ${cells.map((c) => (c === null ? "-" : escapeMarkdown(String(c)))).join(" | ")} |`;
  const rule = `|${headers.map((h) => (typeof h === "string" ? " --- " : " ---: ")).join("|")}|`;
  return [line(headers.map((h) => (typeof h === "string" ? h : h.right))), rule, ...rows.map(line), ""];
}

function num(v: number | null, digits = 4): string | null {
  return v === null ? null : v.toFixed(digits);
}

function secs(v: number | null): string | null {
  return v === null ? null : formatDuration(v * 1000);
}

function summary(report: RunReport): string[] {
  const r = report.run;
  const t = report.timing;
  return [
    "## Run",
    "",
    ...table(
      ["field", "value"],
      [
        ["run id", r.run_id],
        ["name", r.name],
        ["benchmark", r.benchmark],
        ["state", r.state],
        ["created", r.created_at],
        ["finished", r.finished_at],
        ["wall time", secs(r.wall_s)],
        ["output folder", r.output_dir],
        ["generator backend", r.generator_backend],
        ["evaluator backend", r.evaluator_backend],
        ["videos per hour", num(t.videos_per_hour, 1)],
        ["mean generation time", secs(t.mean_gen_s)],
        ["mean evaluation time", secs(t.mean_eval_s)],
        ["mean queue wait", secs(t.mean_queue_wait_s)],
        ["report generated", report.generated_at],
      ],
    ),
  ];
}

/** The benchmark's own table first: it is what the run was for. Numbers are printed as the adapter rounded them. */
function benchmark(report: RunReport): string[] {
  const b = report.benchmark;
  if (!b) return [];
  const out = [`## ${escapeMarkdown(b.title)}`, ""];
  if (b.columns.length > 0) {
    const numeric = b.columns.map((_, i) => b.rows.some((r) => typeof r[i] === "number"));
    out.push(...table(b.columns.map((c, i) => (numeric[i] ? right(c) : c)), b.rows.map((r) => r.map(cell))));
  }
  const headline = Object.entries(b.scores);
  if (headline.length > 0) out.push(...table(["score", right("value")], headline.map(([k, v]) => [k, cell(v)])));
  for (const note of b.notes) out.push(`- ${escapeMarkdown(note)}`);
  if (b.notes.length > 0) out.push("");
  return out;
}

/** Numbers keep up to 4 decimals without trailing noise (0.1 stays 0.1; 1/3 prints 0.3333). */
function cell(v: string | number | null): Cell {
  if (typeof v !== "number") return v;
  return Number.isInteger(v) ? v : String(Number(v.toFixed(4)));
}

function counts(report: RunReport): string[] {
  const c = report.counts;
  return [
    "## Items by state",
    "",
    ...table(
      [right("total"), right("queued"), right("running"), right("generated"), right("evaluating"), right("done"), right("failed")],
      [[c.total, c.queued, c.running, c.generated, c.evaluating, c.done, c.failed]],
    ),
  ];
}

function aggregateRow(a: MetricAggregate): Cell[] {
  return [num(a.mean), num(a.min), num(a.max), a.n];
}

function metrics(report: RunReport): string[] {
  const names = Object.keys(report.aggregates);
  if (names.length === 0) return ["## Metrics", "", "_No scores yet._", ""];
  const rows = names.map((m) => [m, ...aggregateRow(report.aggregates[m] as MetricAggregate)]);
  return ["## Metrics", "", ...table(["metric", right("mean"), right("min"), right("max"), right("n")], rows)];
}

function groups(report: RunReport): string[] {
  const out: string[] = [];
  for (const [label, byValue] of Object.entries(report.groups ?? {})) {
    const values = Object.keys(byValue).length;
    if (values > MD_GROUP_VALUES) {
      out.push(`## Metrics by ${escapeMarkdown(label)}`, "", `${values} values, more than the ${MD_GROUP_VALUES} report.md lists; report.json has each group (\`groups\`).`, "");
      continue;
    }
    const rows: Cell[][] = [];
    for (const [value, byMetric] of Object.entries(byValue)) {
      for (const [metric, agg] of Object.entries(byMetric)) rows.push([value, metric, ...aggregateRow(agg)]);
    }
    out.push(`## Metrics by ${escapeMarkdown(label)}`, "", ...table([label, "metric", right("mean"), right("min"), right("max"), right("n")], rows));
  }
  return out;
}

function nodes(report: RunReport): string[] {
  if (report.nodes.length === 0) return [];
  const rows = report.nodes.map((n) => [n.node, n.items, n.gpu_seconds.toFixed(1)]);
  return ["## Generation nodes", "", ...table(["node", right("videos"), right("GPU seconds")], rows)];
}

function failures(report: RunReport): string[] {
  if (report.failures.length === 0) return [];
  const rows: Cell[][] = [];
  const more = report.failures.length - MD_FAILURES_LISTED;
  const head = [`## Failures (${report.failures.length})`, ""];
  if (more > 0) {
    const codes = failureCodeCounts(report);
    head.push(...table(["final error code", right("items")], codes));
    head.push(`The first ${MD_FAILURES_LISTED} failed items with their errors (report.md lists at most ${MD_FAILURES_LISTED}); ${more} more are in report.json.`, "");
  }
  for (const f of report.failures.slice(0, MD_FAILURES_LISTED)) {
    if (f.errors.length === 0) rows.push([f.task_id, f.item_key, null, null, null, null, null]);
    for (const e of f.errors) rows.push([f.task_id, f.item_key, e.attempt, e.node, e.device, e.code, e.message]);
  }
  return [...head, ...table(["task id", "item", right("attempt"), "node", "device", "code", "message"], rows)];
}

function truncate(text: string, max: number): string {
  // Cut before escaping, so an escape sequence is never split in half.
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function items(report: RunReport): string[] {
  const n = report.items.length;
  if (n === 0) return [];
  if (n > MD_ITEMS_LISTED) {
    return [
      `## Items (${n})`,
      "",
      `report.md lists items one per line only up to ${MD_ITEMS_LISTED}; this run has ${n}. Every item is in report.json, and in report.html's video grid (filter, sort, pages).`,
      "",
      ...extremes(report),
    ];
  }
  const metricNames = [...new Set(report.items.flatMap((it) => Object.keys(it.scores)))].sort();
  const perColumn = metricNames.length <= METRIC_COLUMNS;
  const headers: Header[] = ["task id", "item", "prompt", right("seed"), right("sample"), "state", "node", "device", "output"];
  headers.push(...(perColumn ? metricNames.map((m) => right(m)) : metricNames.length ? ["scores"] : []));
  const rows = report.items.map((it) => {
    const row: Cell[] = [
      it.task_id, it.item_key, truncate(it.prompt, PROMPT_CHARS), it.seed, it.sample_index,
      it.state, it.node, it.device, it.output_path,
    ];
    if (perColumn) row.push(...metricNames.map((m) => num(it.scores[m] ?? null)));
    else if (metricNames.length) row.push(Object.entries(it.scores).map(([m, v]) => `${m}=${v.toFixed(4)}`).join(", ") || null);
    return row;
  });
  return [`## Items (${report.items.length})`, "", ...table(headers, rows)];
}

/** Per metric that varies, the highest and lowest done items: what stands for a list too long to print. */
function extremes(report: RunReport): string[] {
  const rows: Cell[][] = [];
  for (const e of metricExtremes(doneMetricValues(report.items), MD_EXTREMES_N)) {
    const row = (rank: string, v: { index: number; value: number }): Cell[] => {
      const it = report.items[v.index];
      return [e.metric, rank, it?.task_id ?? null, it?.item_key ?? null, it?.sample_index ?? null, num(v.value)];
    };
    e.highest.forEach((v, i) => rows.push(row(`highest ${i + 1}`, v)));
    e.lowest.forEach((v, i) => rows.push(row(`lowest ${i + 1}`, v)));
  }
  if (rows.length === 0) return [];
  return [`## Highest and lowest ${MD_EXTREMES_N} per metric (done items)`, "", ...table(["metric", "rank", "task id", "item", right("sample"), right("value")], rows)];
}
