/**
 * `mbench`: MBench-A and MBench-T (docs/benchmarks/mbench.md). Plans from the dataset folder
 * (plan.ts), writes `models/<model_id>/samples.jsonl` beside the videos (samples-jsonl.ts), and
 * turns the evaluator's per-video scores into MBench's table (formula.ts, table.ts).
 *
 * Scores an evaluator returns for an item, per metric it was asked for (the registration name):
 * `<metric>` = the normalised score in [0, 1], `<metric>.triggered` = 1 / 0 when the VLM trigger
 * was judged (MBench-T only).
 */
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, RunArtifact, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import { dimensionsOf, isMBenchSetting, metricName, settingTitle, usesTrigger, type MBenchSetting } from "./dimensions";
import { ARTIFACT_DA3_TEMPLATE } from "./dataset";
import { dimensionScore, type DimensionResult, type MetricObservation } from "./formula";
import { mbenchOptionsSchema, planMBench, type MBenchOptions } from "./plan";
import { samplesJsonlArtifact } from "./samples-jsonl";
import { mbenchTable } from "./table";

export const TRIGGER_SUFFIX = ".triggered";

export interface FleetResults {
  readonly results: Record<string, DimensionResult>;
  /** `item: key = value` for values outside their range, left out. */
  readonly rejected: string[];
}

function inUnit(v: number | undefined): boolean {
  return v === undefined || (v >= 0 && v <= 1);
}

/** Per-metric results from the scores of the run's items of one setting. */
export function fleetResults(items: readonly ScoredItem[], setting: MBenchSetting): FleetResults {
  const results: Record<string, DimensionResult> = {};
  const rejected: string[] = [];
  for (const dim of dimensionsOf(setting)) {
    const name = metricName(setting, dim);
    const observations: MetricObservation[] = [];
    for (const item of items) {
      if (item.labels.setting !== setting) continue;
      const score = item.scores[name];
      const triggered = item.scores[name + TRIGGER_SUFFIX];
      if (!inUnit(score) || !inUnit(triggered)) {
        rejected.push(`${item.itemKey}: ${name} = ${score}, ${name}${TRIGGER_SUFFIX} = ${triggered}`);
        continue;
      }
      if (score !== undefined || triggered !== undefined) observations.push({ score, triggered });
    }
    const r = dimensionScore(observations, usesTrigger(setting));
    if (r.n !== 0) results[name] = r;
  }
  return { results, rejected };
}

/**
 * One note per DA3-dependent metric that has no score although the run planned videos of its
 * subset: an evaluator answers such a metric with a bare invalid_input, and the note says why.
 */
export function da3Notes(items: readonly ScoredItem[], setting: MBenchSetting, results: Readonly<Record<string, DimensionResult>>): string[] {
  const notes: string[] = [];
  for (const dim of dimensionsOf(setting)) {
    const name = metricName(setting, dim);
    if (dim.needsDa3 !== true || results[name] !== undefined) continue;
    const planned = items.filter((i) => i.labels.setting === setting && i.labels.subset === dim.subset).length;
    if (planned === 0) continue;
    notes.push(
      `${name} (${dim.label}): not measured on ${planned} ${dim.subset} video(s): it reads the DA3 camera-pose artifact ${ARTIFACT_DA3_TEMPLATE}, which the fleet neither computes nor passes to the evaluator, so an MBench evaluator reports invalid_input for it; run mbench eval on the run folder with DA3 artifacts to score it`,
    );
  }
  return notes;
}

function settingOf(items: readonly ScoredItem[]): MBenchSetting | undefined {
  const found = items.map((i) => i.labels.setting).find((s) => s !== undefined);
  return isMBenchSetting(found) ? found : undefined;
}

export const mbenchAdapter: BenchmarkAdapter<MBenchOptions> = {
  name: "mbench",
  optionsSchema: mbenchOptionsSchema,

  plan(spec: RunSpec, options: MBenchOptions, ctx: PlanContext): Promise<PlannedItem[]> {
    return planMBench(spec, options, ctx.files);
  },

  artifacts(items: readonly ScoredItem[], _spec: RunSpec, options: MBenchOptions): RunArtifact[] {
    const a = samplesJsonlArtifact(items, options.model_id);
    return a ? [a] : [];
  },

  table(items: readonly ScoredItem[], _spec: RunSpec, options: MBenchOptions): BenchmarkTable {
    const setting = settingOf(items);
    if (!setting) {
      return {
        title: `MBench: ${options.model_id}`,
        columns: [],
        rows: [],
        scores: { total: null, entity: null, environment: null, causal: null },
        notes: ["no item carries an MBench setting label (mbencha / mbencht), so there is nothing to score"],
      };
    }
    const { results, rejected } = fleetResults(items, setting);
    const withVideo = items.filter((i) => i.outputPath !== "").length;
    const notes = [
      `${withVideo} of ${items.length} planned videos were generated; an MBench backend must return "<metric>" (score in [0, 1]) and, for MBench-T with the trigger judge, "<metric>${TRIGGER_SUFFIX}" (0/1) per video`,
    ];
    if (Object.keys(results).length === 0) {
      notes.push("the built-in cpu-metrics evaluator computes no MBench metric; the scores need MBench's own metric backends (evaluation.backend)");
    }
    if (rejected.length > 0) notes.push(`left out, outside [0, 1]: ${rejected.join("; ")}`);
    notes.push(...da3Notes(items, setting, results));
    return mbenchTable(setting, [{ modelId: options.model_id, results }], `${settingTitle(setting)}: ${options.model_id}`, notes).table;
  },
};
