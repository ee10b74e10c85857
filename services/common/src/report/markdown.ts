/**
 * Renders a report (types.ts) as GitHub-flavoured Markdown (`report.md`). Every value that
 * reaches the page goes through {@link escapeMarkdown}: prompts and names come from
 * benchmark files and run specs, and must not be able to break a table or inject markup.
 */
import { formatDuration } from "../units";
import type { MetricAggregate, RunReport } from "./types";

/** Items table: prompts longer than this are cut, so one prompt cannot make the table unreadable. */
const PROMPT_CHARS = 80;
/** Items table: up to this many metrics get a column each; more go into one "scores" column. */
const METRIC_COLUMNS = 3;

/**
 * Makes untrusted text safe inside a Markdown table cell or heading: one line, no control
 * characters, and no character that could end a cell, start a link/image or raw HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ") // a line break would end the table row
    .replace(/[\u0000-\u001f\u007f]/g, "") // e.g. ANSI escapes, harmful when the file is cat'ed
    .replace(/[\\|[\]<>]/g, "\\$&"); // backslash first in the class so `\|` cannot be unescaped
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
  for (const f of report.failures) {
    if (f.errors.length === 0) rows.push([f.task_id, f.item_key, null, null, null, null, null]);
    for (const e of f.errors) rows.push([f.task_id, f.item_key, e.attempt, e.node, e.device, e.code, e.message]);
  }
  return [
    `## Failures (${report.failures.length})`,
    "",
    ...table(["task id", "item", right("attempt"), "node", "device", "code", "message"], rows),
  ];
}

function truncate(text: string, max: number): string {
  // Cut before escaping, so an escape sequence is never split in half.
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function items(report: RunReport): string[] {
  if (report.items.length === 0) return [];
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
