/**
 * MBench's trigger-conditioned scoring (README "Trigger-Conditioned Scoring") and the aggregate
 * columns of its leaderboard. Per metric:
 *
 * - reliability R = mean score over the samples whose trigger fired;
 * - coverage C = samples whose trigger fired / samples judged;
 * - M-Score = 2RC / (R + C), the harmonic mean (0 when C = 0).
 *
 * Without a trigger (every MBench-A metric, or an MBench-T run without the VLM judge) every scored
 * sample counts as triggered, so C = 1. Axis scores and the total are unweighted means of the
 * M-Scores of the sub-dimensions measured, as the leaderboard says it derives its aggregate columns
 * ("unweighted averages over the reported sub-dimensions"); the total averages sub-dimensions, not
 * axes. See docs/benchmarks/mbench.md for what is not verified.
 */
import { MBENCH_AXES, dimensionsOf, metricName, type MBenchAxis, type MBenchSetting } from "./dimensions";

/** One sample's result for one metric: its score and, on the T side with the judge on, its trigger. */
export interface MetricObservation {
  /** In [0, 1]; absent when the sample was not triggered or the metric had no valid result. */
  readonly score?: number;
  /** 1 = trigger fired, 0 = not; absent when no trigger was judged. */
  readonly triggered?: number;
}

export interface DimensionResult {
  /** Null when no triggered sample has a score. */
  readonly reliability: number | null;
  /** Null when no sample was judged. */
  readonly coverage: number | null;
  readonly m_score: number | null;
  /** Samples judged (null when only a summary was available and it gave no count). */
  readonly n: number | null;
}

/** The harmonic mean of reliability and coverage; 0 when both are 0. */
export function mScore(reliability: number, coverage: number): number {
  const sum = reliability + coverage;
  return sum === 0 ? 0 : (2 * reliability * coverage) / sum;
}

function combine(reliability: number | null, coverage: number | null, n: number | null): DimensionResult {
  // With C = 0 the harmonic mean is 0 whatever R is, so a model that never triggers scores 0.
  const m = coverage === null ? null : coverage === 0 ? 0 : reliability === null ? null : mScore(reliability, coverage);
  return { reliability, coverage, m_score: m, n };
}

/**
 * R, C and M-Score of one metric from its per-sample results. `trigger` false (MBench-A) ignores
 * any `triggered` field. A triggered sample without a score counts towards coverage only.
 */
export function dimensionScore(observations: readonly MetricObservation[], trigger: boolean): DimensionResult {
  let judged = 0;
  let fired = 0;
  let sum = 0;
  let scored = 0;
  for (const o of observations) {
    const hasTrigger = trigger && o.triggered !== undefined;
    if (!hasTrigger && o.score === undefined) continue; // nothing was measured for this sample
    judged++;
    const isFired = hasTrigger ? (o.triggered as number) >= 0.5 : true;
    if (!isFired) continue;
    fired++;
    if (o.score !== undefined) {
      sum += o.score;
      scored++;
    }
  }
  if (judged === 0) return { reliability: null, coverage: null, m_score: null, n: 0 };
  return combine(scored > 0 ? sum / scored : null, fired / judged, judged);
}

/**
 * R, C and M-Score from a metric's summary.json group: with MBench's "mean" aggregator the group's
 * `score` is the mean over the samples that have one (only triggered samples do) and `triggered` the
 * mean of the 0/1 triggers, i.e. R and C.
 */
export function dimensionFromSummary(score: number | undefined, triggered: number | undefined, trigger: boolean, n: number | null): DimensionResult {
  const coverage = trigger && triggered !== undefined ? triggered : score !== undefined ? 1 : null;
  return combine(score ?? null, coverage, n);
}

export interface MBenchAggregate {
  /** Per axis: unweighted mean of the measured sub-dimensions' M-Scores; null when none was measured. */
  readonly axes: Record<MBenchAxis, number | null>;
  /** Unweighted mean of every measured sub-dimension's M-Score (not of the axis scores). */
  readonly total: number | null;
  /** Registration names of the setting's metrics with no M-Score. */
  readonly missing: string[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Axis scores and the total from the per-metric results (keyed by registration name). */
export function aggregate(setting: MBenchSetting, results: Readonly<Record<string, DimensionResult>>): MBenchAggregate {
  const mOf = (name: string): number | null => results[name]?.m_score ?? null;
  const dims = dimensionsOf(setting);
  const measured = (axis?: MBenchAxis): number[] =>
    dims
      .filter((d) => axis === undefined || d.axis === axis)
      .map((d) => mOf(metricName(setting, d)))
      .filter((m): m is number => m !== null);
  const axes = Object.fromEntries(MBENCH_AXES.map((a) => [a, mean(measured(a))])) as Record<MBenchAxis, number | null>;
  const missing = dims.map((d) => metricName(setting, d)).filter((name) => mOf(name) === null);
  return { axes, total: mean(measured()), missing };
}
