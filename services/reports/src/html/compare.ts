/**
 * Several runs side by side (`framefleet report RUN1 RUN2 … --format html|md|json`): one row per
 * run (its model is the generator backend), one column per headline score, per dimension of the
 * benchmark's table and per metric mean, with deltas to a baseline run or to the best value.
 */
import { scoreSeries } from "../score-columns";
import type { RunReport } from "../types";

/** The comparison's JSON schema (`--format json` with several runs). */
export const COMPARE_SCHEMA = "framefleet.compare/v1";

/** What deltas are relative to: the first run given, or the highest value of each column. */
export type CompareBaseline = "first" | "best";

export interface CompareColumn {
  /**
   * Unique: `score:total_score`, `dimension:temporal_flickering`, `metric:temporal_flickering`.
   * A table with several score columns names the column too: `dimension:joint:all`.
   */
  key: string;
  group: "score" | "dimension" | "metric";
  label: string;
}

export interface CompareRow {
  run_id: string;
  name: string;
  /** The generator backend: the model the run evaluated. */
  model: string;
  benchmark: string;
  state: string;
  final: boolean;
  /** Column key -> value; null when this run has no value for it. */
  values: Record<string, number | null>;
  /** Column key -> value minus the baseline's; null when either is missing. */
  deltas: Record<string, number | null>;
}

export interface Comparison {
  schema: typeof COMPARE_SCHEMA;
  baseline: CompareBaseline;
  /** The first run given (the baseline when `baseline` is "first"). */
  baseline_run: string;
  columns: CompareColumn[];
  /** Sorted by the first headline score (highest first), runs without it last; else as given. */
  rows: CompareRow[];
  notes: string[];
}

export function buildComparison(reports: readonly RunReport[], baseline: CompareBaseline = "first"): Comparison {
  const columns = new Map<string, CompareColumn>();
  const add = (group: CompareColumn["group"], name: string, label = name): string => {
    const key = `${group}:${name}`;
    if (!columns.has(key)) columns.set(key, { key, group, label });
    return key;
  };
  const notes: string[] = [];
  const rows: CompareRow[] = reports.map((rep) => {
    const values: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(rep.benchmark?.scores ?? {})) values[add("score", k)] = v;
    // Only the table's declared score columns: a weight or a video count is not a dimension's score.
    // The declared columns, not the measured ones, decide the key: runs of one benchmark line up.
    const several = (rep.benchmark?.score_columns?.length ?? 0) > 1;
    for (const s of scoreSeries(rep.benchmark)) {
      for (const p of s.points) values[add("dimension", several ? `${s.column}:${p.label}` : p.label, `${p.label} (${s.column})`)] = p.value;
    }
    for (const [k, a] of Object.entries(rep.aggregates)) values[add("metric", k, `${k} (mean)`)] = a.mean;
    if (!rep.final) notes.push(`run ${rep.run.run_id} is still ${rep.run.state}: its numbers are partial`);
    const r = rep.run;
    return { run_id: r.run_id, name: r.name, model: r.generator_backend, benchmark: r.benchmark, state: r.state, final: rep.final, values, deltas: {} };
  });
  const benchmarks = new Set(rows.map((r) => r.benchmark));
  if (benchmarks.size > 1) notes.push(`the runs are of different benchmarks (${[...benchmarks].join(", ")}): only columns they share compare`);
  const cols = [...columns.values()];
  for (const c of cols) {
    const base = baseline === "first" ? rows[0]?.values[c.key] ?? null : best(rows.map((r) => r.values[c.key] ?? null));
    for (const r of rows) {
      const v = r.values[c.key] ?? null;
      r.deltas[c.key] = v === null || base === null ? null : v - base;
    }
  }
  if (baseline === "best") notes.push("deltas are to the highest value of each column; for a metric where lower is better, the best run is the one furthest below 0");
  const first = cols.find((c) => c.group === "score");
  const sorted = first ? [...rows].sort((a, b) => (b.values[first.key] ?? -Infinity) - (a.values[first.key] ?? -Infinity)) : rows;
  return { schema: COMPARE_SCHEMA, baseline, baseline_run: reports[0]?.run.run_id ?? "", columns: cols, rows: sorted, notes };
}

function best(values: readonly (number | null)[]): number | null {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? Math.max(...nums) : null;
}

/** Values as report.md prints numbers: up to 4 decimals; deltas signed. */
export function formatValue(v: number | null): string {
  return v === null ? "-" : String(Number(v.toFixed(4)));
}

export function formatDelta(v: number | null): string {
  if (v === null) return "-";
  const s = String(Number(v.toFixed(4)));
  return v > 0 ? `+${s}` : s;
}
