/**
 * Turns a submitted spec into a planned run: validates it, lets the adapter plan the items, and
 * builds the run and item records. Publishing is separate (publisher.ts) so that a coordinator
 * that died half-way through can publish again from the records alone.
 */
import { resolve } from "node:path";
import { FleetError, FleetErrorCode, ValidationError } from "../../common/src/errors";
import { fingerprint, genTaskId, specRunId } from "../../common/src/ids";
import { ItemState, RunState, pb, type ItemRecord, type RunRecord } from "../../common/src/proto";
import { assertRunId } from "../../common/src/subjects";
import { planContext, validateRunSpec, type PlannedItem, type RunSpec, type SpecSource } from "../../common/src/benchmarks";
import type { DataRootsConfig } from "../../common/src/data-roots";
import { controlCharProblem } from "../../common/src/encoding";
import { evalMetricsOf } from "./task-builder";

export interface PlannedRun {
  readonly record: RunRecord;
  readonly spec: RunSpec;
  readonly items: ItemRecord[];
}

export interface PlanRequest {
  readonly specYaml: string;
  readonly source: SpecSource;
  /** Fixed run id (resume); otherwise the spec's run_id or a new one. */
  readonly runId?: string;
  readonly outputRoot: string;
  /** The folders the spec may read from (coordinator.data_roots, allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
}

/** At most this many items' text problems are listed; the rest are counted. */
const MAX_TEXT_ISSUES = 20;

/**
 * Control characters in what reaches file names, models and judges (prompt, params, labels),
 * whatever file or format they came from (JSON and YAML escapes included), one issue per value.
 */
export function itemTextIssues(planned: readonly PlannedItem[]): string[] {
  const issues: string[] = [];
  for (const p of planned) {
    const values: [string, string][] = [
      ["prompt", p.prompt],
      ...Object.entries(p.params ?? {}).map(([k, v]): [string, string] => [`params.${k}`, v]),
      ...Object.entries(p.evalParams ?? {}).map(([k, v]): [string, string] => [`evaluation params.${k}`, v]),
      ...Object.entries(p.labels).map(([k, v]): [string, string] => [`labels.${k}`, v]),
    ];
    for (const [what, v] of values) {
      const problem = controlCharProblem(v);
      if (problem) issues.push(`item ${p.itemKey} (sample ${p.sampleIndex}): ${what} ${problem}; fix it in the benchmark's data file`);
    }
  }
  const unique = [...new Set(issues)];
  return unique.length > MAX_TEXT_ISSUES ? [...unique.slice(0, MAX_TEXT_ISSUES), `… and ${unique.length - MAX_TEXT_ISSUES} more`] : unique;
}

export async function planRun(req: PlanRequest): Promise<PlannedRun> {
  // Every bad field at once: the common ones, the benchmark's section and unknown fields.
  const { spec, adapter, options } = validateRunSpec(req.specYaml, req.source);
  // Every file the adapter reads or hands on goes through the data roots (spec-files.ts).
  const planned = await adapter.plan(spec, options, await planContext(req.source, req.dataRoots));
  const textIssues = itemTextIssues(planned);
  if (textIssues.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, textIssues);
  // What makes two submissions "the same spec": the spec and what it plans. The plan carries the
  // content of files the spec names (a prompts file edited since is another run), and its
  // resolved input paths.
  const specFingerprint = fingerprint({
    spec,
    items: planned.map((p) => [p.itemKey, p.sampleIndex, p.seed, p.prompt, p.outputPath, p.inputs, p.labels, p.simulatedMs]),
  });
  const runId = assertRunId(req.runId || spec.run_id || specRunId(spec.name, specFingerprint));
  if (planned.length === 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, [`${adapter.name}: plans no items`]);

  const seenPaths = new Map<string, string>();
  const items: ItemRecord[] = planned.map((p) => {
    const key = `${p.itemKey}#${p.sampleIndex}`;
    const other = seenPaths.get(p.outputPath);
    if (other !== undefined) {
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `${adapter.name}: items ${other} and ${key} would both write ${p.outputPath}`);
    }
    seenPaths.set(p.outputPath, key);
    return pb.ItemRecord.create({
      taskId: genTaskId(runId, p.itemKey, p.sampleIndex, p.seed),
      runId,
      itemKey: p.itemKey,
      prompt: p.prompt,
      seed: p.seed,
      sampleIndex: p.sampleIndex,
      state: ItemState.ITEM_STATE_QUEUED,
      backend: spec.generator.backend,
      video: pb.VideoParams.create(spec.video),
      labels: { ...p.labels },
      outputPath: p.outputPath,
      inputs: { ...p.inputs },
      simulatedMs: p.simulatedMs,
      params: { ...p.params },
      evalMetrics: [...(p.evalMetrics ?? [])],
      evalInputs: { ...p.evalInputs },
      evalParams: { ...p.evalParams },
    });
  });
  if (spec.evaluation) {
    const bare = items.find((i) => evalMetricsOf(i, spec).length === 0);
    if (bare) {
      const named = bare.evalMetrics.length > 0 ? `only [${bare.evalMetrics.join(", ")}]` : "no metrics";
      throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, [
        `evaluation: item ${bare.itemKey} would be evaluated on nothing (the ${adapter.name} benchmark names ${named} for it` +
          `${spec.evaluation.only ? ` and evaluation.only keeps none of them` : ""}); set evaluation.metrics, or add e.g. video_check to evaluation.plus`,
      ]);
    }
  }
  const now = Date.now();
  const record = pb.RunRecord.create({
    runId,
    name: spec.name,
    benchmark: spec.benchmark,
    state: RunState.RUN_STATE_PLANNING,
    specYaml: req.specYaml,
    baseDir: req.source.baseDir,
    outputDir: resolve(req.outputRoot, runId),
    createdAtMs: now,
    updatedAtMs: now,
    generatorBackend: spec.generator.backend,
    evaluatorBackend: spec.evaluation?.backend ?? "",
    specFingerprint,
    counters: { total: items.length, queued: items.length },
  });
  return { record, spec, items };
}
