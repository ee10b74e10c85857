/**
 * Turns a submitted spec into a planned run: validates it (limits included), lets the adapter plan
 * the items, checks every planned video against the limits, and builds the run record and the
 * encoded item records. Nothing is written here: a spec refused for any reason leaves no trace.
 * The coordinator runs this in a planning thread (planning-thread.ts), so a spec that asks for
 * too much costs that thread its memory or its time, never the coordinator's.
 */
import { resolve } from "node:path";
import { FleetError, FleetErrorCode, ValidationError } from "../../../common/src/errors";
import { PlanFingerprint, genTaskId, specRunId } from "../../../common/src/ids";
import { encode } from "../../../common/src/codec";
import { videoCountIssue, type RunLimits } from "../../../common/src/limits";
import { ItemState, RunState, pb, type RunRecord } from "../../../common/src/proto";
import { assertRunId } from "../../../common/src/subjects";
import { planContext, validateRunSpec, type PlannedItem, type SpecSource } from "../../../benchmarks/src";
import type { DataRootsConfig } from "../../../common/src/data-roots";
import { controlCharProblem } from "../../../common/src/encoding";
import { evalMetricsOf } from "./task-builder";
import { ChunkWriter, type ItemChunk } from "./item-chunks";
import { PlanSizeCheck } from "./plan-limits";

export interface PlannedRun {
  /** state PLANNING, counters.total = the number of videos. */
  readonly record: RunRecord;
  /** The item records in plan order. */
  readonly chunks: ItemChunk[];
}

export interface PlanRequest {
  readonly specYaml: string;
  readonly source: SpecSource;
  /** Fixed run id (planning an existing run again); otherwise the spec's run_id or a derived one. */
  readonly runId?: string;
  readonly outputRoot: string;
  /** The folders the spec may read from (coordinator.data_roots, allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
  readonly limits: RunLimits;
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
  const { limits } = req;
  // Every bad field at once: the common ones, the benchmark's section, unknown fields, and a
  // video count the spec alone gives above the cap (before the adapter builds a single item).
  const { spec, adapter, options } = validateRunSpec(req.specYaml, req.source, { maxVideos: limits.maxVideos });
  // Every file the adapter reads or hands on goes through the data roots (spec-files.ts).
  const planned: (PlannedItem | undefined)[] = await adapter.plan(spec, options, await planContext(req.source, req.dataRoots));
  const invalid = (issue: string) => new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, [issue]);
  if (planned.length === 0) throw invalid(`${adapter.name}: plans no items`);
  if (planned.length > limits.maxVideos) throw invalid(videoCountIssue(adapter.name, planned.length, limits.maxVideos));
  const textIssues = itemTextIssues(planned as PlannedItem[]);
  if (textIssues.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, textIssues);

  // What makes two submissions "the same spec": the spec and what it plans. The plan carries the
  // content of files the spec names (a prompts file edited since is another run), and its
  // resolved input paths.
  const fp = new PlanFingerprint();
  for (const p of planned as PlannedItem[]) fp.add([p.itemKey, p.sampleIndex, p.seed, p.prompt, p.outputPath, p.inputs, p.labels, p.simulatedMs]);
  // Scheduling fields say how the run shares the fleet, not what it makes: the same spec at
  // another priority or for another team is the same run.
  const { priority: _p, owner: _o, team: _t, share: _s, ...made } = spec;
  const specFingerprint = fp.finish(made);
  const runId = assertRunId(req.runId || spec.run_id || specRunId(spec.name, specFingerprint));

  const seenPaths = new Map<string, string>();
  const sizes = new PlanSizeCheck(spec, limits);
  const out = new ChunkWriter();
  const video = pb.VideoParams.create(spec.video);
  for (let i = 0; i < planned.length; i++) {
    const p = planned[i] as PlannedItem;
    // Each planned item is dropped once its record is built: the plan is never held twice.
    planned[i] = undefined;
    const other = seenPaths.get(p.outputPath);
    if (other !== undefined) {
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `${adapter.name}: items ${other} and ${p.itemKey}#${p.sampleIndex} would both write ${p.outputPath}`);
    }
    seenPaths.set(p.outputPath, `${p.itemKey}#${p.sampleIndex}`);
    const item = pb.ItemRecord.create({
      taskId: genTaskId(runId, p.itemKey, p.sampleIndex, p.seed),
      runId,
      itemKey: p.itemKey,
      prompt: p.prompt,
      seed: p.seed,
      sampleIndex: p.sampleIndex,
      state: ItemState.ITEM_STATE_QUEUED,
      backend: spec.generator.backend,
      video,
      labels: { ...p.labels },
      outputPath: p.outputPath,
      inputs: { ...p.inputs },
      simulatedMs: p.simulatedMs,
      params: { ...p.params },
      evalMetrics: [...(p.evalMetrics ?? [])],
      evalInputs: { ...p.evalInputs },
      evalParams: { ...p.evalParams },
    });
    if (spec.evaluation && evalMetricsOf(item, spec).length === 0) {
      const named = item.evalMetrics.length > 0 ? `only [${item.evalMetrics.join(", ")}]` : "no metrics";
      throw invalid(
        `evaluation: item ${item.itemKey} would be evaluated on nothing (the ${adapter.name} benchmark names ${named} for it` +
          `${spec.evaluation.only ? ` and evaluation.only keeps none of them` : ""}); set evaluation.metrics, or add e.g. video_check to evaluation.plus`,
      );
    }
    const bytes = encode(pb.ItemRecord, item);
    sizes.check(item, bytes.length);
    out.add(bytes);
  }
  const problems = sizes.problems();
  if (problems.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${req.source.name}`, problems);

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
    counters: { total: out.size, queued: out.size },
    // Its tasks enter the work queue through admission (the coordinator sets the scheduling
    // fields from the spec, its priority classes and the submitter).
    admission: true,
  });
  return { record, chunks: out.finish() };
}
