/**
 * Per-metric views of the items that the summaries share: every done item's score of each metric
 * (for histograms) and the highest and lowest N (for report.md and the run page's galleries).
 * Done items only, as the aggregates: a failed item's partial scores are not results.
 * Also the failures per final error code, for the summaries that list only the first failures.
 */
import type { ReportItem, RunReport } from "./types";

/** One item's value of one metric; `index` is its position in `report.items`. */
export interface MetricValue {
  index: number;
  value: number;
}

/** Metric name (sorted) -> the done items' values, in item order. One pass over the items. */
export function doneMetricValues(items: readonly ReportItem[]): Map<string, MetricValue[]> {
  const byMetric = new Map<string, MetricValue[]>();
  items.forEach((it, index) => {
    if (it.state !== "done") return;
    for (const [metric, value] of Object.entries(it.scores)) {
      if (!Number.isFinite(value)) continue;
      const list = byMetric.get(metric);
      if (list) list.push({ index, value });
      else byMetric.set(metric, [{ index, value }]);
    }
  });
  return new Map([...byMetric.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The highest and lowest values of one metric. */
export interface MetricExtremes {
  metric: string;
  /** Done items with a value. */
  n: number;
  /** Highest first. */
  highest: MetricValue[];
  /** Lowest first; never repeats an item of `highest` (fewer than 2N values split between them). */
  lowest: MetricValue[];
}

/**
 * Highest and lowest `n` per metric, for metrics whose values differ (a frames or fps check that
 * is equal everywhere has no best or worst). Ties keep item order. Which end is "best" depends
 * on the metric (LPIPS, RotErr: lower is better), so callers say highest/lowest, not best/worst.
 */
export function metricExtremes(values: ReadonlyMap<string, readonly MetricValue[]>, n: number): MetricExtremes[] {
  const out: MetricExtremes[] = [];
  for (const [metric, list] of values) {
    const first = list[0]?.value;
    if (first === undefined || list.every((v) => v.value === first)) continue;
    // Array.prototype.sort is stable, so equal values stay in item order at both ends.
    const highest = [...list].sort((a, b) => b.value - a.value).slice(0, n);
    const taken = new Set(highest.map((v) => v.index));
    const lowest = [...list].sort((a, b) => a.value - b.value).filter((v) => !taken.has(v.index)).slice(0, n);
    out.push({ metric, n: list.length, highest, lowest });
  }
  return out;
}

/**
 * Failed items per final error code, most frequent first (ties by code): the summary both
 * report.md and report.html give when they list only the first failures.
 */
export function failureCodeCounts(report: RunReport): [string, number][] {
  const byCode = new Map<string, number>();
  for (const f of report.failures) {
    const code = f.errors[f.errors.length - 1]?.code || "(none)";
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  return [...byCode.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}
