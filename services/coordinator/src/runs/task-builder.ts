/**
 * Builds the protobuf tasks the coordinator publishes, from item records and the run spec.
 */
import type { RunSpec } from "../../../benchmarks/src";
import { evalTaskId } from "../../../common/src/ids";
import { TaskKind, pb, type ItemRecord, type Task } from "../../../common/src/proto";

export function buildGenTask(item: ItemRecord, spec: RunSpec): Task {
  return pb.Task.create({
    taskId: item.taskId,
    runId: item.runId,
    kind: TaskKind.TASK_KIND_GEN,
    backend: spec.generator.backend,
    itemKey: item.itemKey,
    sampleIndex: item.sampleIndex,
    seed: item.seed,
    publishedAtMs: Date.now(),
    maxAttempts: spec.generator.max_attempts,
    labels: { ...item.labels },
    generate: pb.GenerateTask.create({
      prompt: item.prompt,
      video: item.video,
      outputPath: item.outputPath,
      inputs: { ...item.inputs },
      // The item's own parameters (text segments, action …) win over the run's.
      params: { ...spec.generator.params, ...item.params },
      simulatedMs: item.simulatedMs,
    }),
  });
}

/**
 * The metrics an item's evaluation computes: the spec's `metrics` when given, else the ones the
 * benchmark names for this video narrowed to `only`, then `plus` on every video.
 */
export function evalMetricsOf(item: Pick<ItemRecord, "evalMetrics">, spec: RunSpec): string[] {
  const ev = spec.evaluation;
  if (ev?.metrics) return [...new Set(ev.metrics)];
  const only = ev?.only ? new Set(ev.only) : undefined;
  const own = item.evalMetrics.filter((m) => !only || only.has(m));
  return [...new Set([...own, ...(ev?.plus ?? [])])];
}

/** The evaluation task for an item whose video is committed; its id is stable per (video, evaluator, metrics). */
export function buildEvalTask(item: ItemRecord, spec: RunSpec): Task | undefined {
  const ev = spec.evaluation;
  if (!ev || !item.output) return undefined;
  const metrics = evalMetricsOf(item, spec);
  return pb.Task.create({
    taskId: evalTaskId(item.taskId, ev.backend, metrics),
    runId: item.runId,
    kind: TaskKind.TASK_KIND_EVAL,
    backend: ev.backend,
    itemKey: item.itemKey,
    sampleIndex: item.sampleIndex,
    seed: item.seed,
    publishedAtMs: Date.now(),
    maxAttempts: ev.max_attempts,
    labels: { ...item.labels },
    evaluate: pb.EvaluateTask.create({
      genTaskId: item.taskId,
      videoPath: item.output.path,
      videoSha256: item.output.sha256,
      expected: item.video,
      metrics,
      prompt: item.prompt,
      inputs: { ...item.evalInputs },
      params: { ...item.evalParams },
    }),
  });
}
