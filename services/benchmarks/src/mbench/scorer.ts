/**
 * `framefleet score mbench --input runs/<run_name>`: reliability, coverage and M-Score per
 * dimension, the axis scores and the total, per model, from an MBench run folder, with the same
 * formula and table code as fleet reports.
 *
 * JSON: `{ setting, model_ids, models: { <model_id>: { dimensions, axes, total, missing } } }`; with
 * exactly one model, its `model_id`, `dimensions`, `axes`, `total` and `missing` also at the top.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { dimensionsOf, metricName, settingTitle, type MBenchSetting } from "./dimensions";
import type { DimensionResult, MBenchAggregate } from "./formula";
import { readMBenchRunFolder } from "./run-folder";
import { mbenchTable } from "./table";

const UNMEASURED: DimensionResult = { reliability: null, coverage: null, m_score: null, n: 0 };

/** One model's JSON: every dimension of the setting (unmeasured ones null), axes, total. */
export function modelJson(setting: MBenchSetting, results: Readonly<Record<string, DimensionResult>>, agg: MBenchAggregate): Record<string, unknown> {
  const dimensions = Object.fromEntries(
    dimensionsOf(setting).map((d) => {
      const name = metricName(setting, d);
      return [name, { ...(results[name] ?? UNMEASURED) }];
    }),
  );
  return { dimensions, axes: { ...agg.axes }, total: agg.total, missing: [...agg.missing] };
}

export const mbenchScorer: BenchmarkScorer = {
  name: "mbench",
  inputHelp: "an MBench run folder as `mbench eval --output` writes it (items.jsonl, metrics/<metric>/items.jsonl or summary.json)",

  async score(files: ScoreFiles): Promise<ScoreResult> {
    const run = await readMBenchRunFolder(files.input);
    if (run.models.size === 0) {
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `${files.input}: no metric under metrics/ has a scored item or summary group${run.notes.length > 0 ? ` (${run.notes.join("; ")})` : ""}; pass a run folder that mbench eval has finished`,
      );
    }
    const models = [...run.models.entries()].map(([modelId, results]) => ({ modelId, results }));
    const ids = models.map((m) => m.modelId);
    const { table, aggregates } = mbenchTable(run.setting, models, `${settingTitle(run.setting)}: ${ids.join(", ")}`, run.notes);
    const perModel = Object.fromEntries(models.map((m) => [m.modelId, modelJson(run.setting, m.results, aggregates.get(m.modelId) as MBenchAggregate)]));
    const json: Record<string, unknown> = { setting: run.setting, model_ids: ids, models: perModel };
    if (ids.length === 1) Object.assign(json, { model_id: ids[0] }, perModel[ids[0] as string]);
    return { json, table };
  },
};
