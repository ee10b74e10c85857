/**
 * Which numbers of a benchmark table are scores. The run page charts them by row and the
 * comparison lines them up across runs; both ask here, so neither can plot a VBench weight, a
 * video count or the synthetic table's mix of widths and flicker scores as if it were a score.
 * The adapter that builds a table declares its score columns (`score_columns`); nothing is
 * guessed from the cells, since a column of weights is exactly as numeric as a column of scores.
 */
import type { ReportBenchmark } from "./types";

/** One row's value in a score column. */
export interface ScorePoint {
  /** The row's name: its label columns' text joined with " · ". */
  label: string;
  value: number;
}

/** A declared score column and the rows that have a number in it (unmeasured rows are left out). */
export interface ScoreSeries {
  column: string;
  points: ScorePoint[];
}

/**
 * The table's score columns in declared order, each with its measured rows; empty when the
 * table declares none (a report written before `score_columns` existed, or a table like the
 * synthetic one whose rows are different metrics).
 */
export function scoreSeries(b: ReportBenchmark | null): ScoreSeries[] {
  if (!b || !b.score_columns) return [];
  const labels = labelIndexes(b);
  const out: ScoreSeries[] = [];
  for (const column of b.score_columns) {
    const col = b.columns.indexOf(column);
    if (col < 0) continue;
    const points: ScorePoint[] = [];
    for (const row of b.rows) {
      const v = row[col];
      if (typeof v === "number" && Number.isFinite(v)) points.push({ label: rowLabel(row, labels), value: v });
    }
    if (points.length > 0) out.push({ column, points });
  }
  return out;
}

function labelIndexes(b: ReportBenchmark): number[] {
  const named = (b.label_columns ?? []).map((c) => b.columns.indexOf(c)).filter((i) => i >= 0);
  return named.length > 0 ? named : [0];
}

function rowLabel(row: readonly (string | number | null)[], labels: readonly number[]): string {
  return labels
    .map((i) => row[i])
    .filter((c) => c !== null && c !== undefined && c !== "")
    .map(String)
    .join(" · ");
}
