/**
 * Builds the protobuf tasks the coordinator publishes, from items and the run spec.
 */
import { evalTaskId } from "../../common/src/ids";
import { TaskKind, pb, type ItemRecord, type Task } from "../../common/src/proto";
import type { RunSpec } from "./run-spec";

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
      params: { ...spec.generator.params },
      simulatedMs: item.simulatedMs,
    }),
  });
}

/** The evaluation task for an item whose video is committed; its id is stable per (video, evaluator, metrics). */
export function buildEvalTask(item: ItemRecord, spec: RunSpec): Task | undefined {
  const ev = spec.evaluation;
  if (!ev || !item.output) return undefined;
  return pb.Task.create({
    taskId: evalTaskId(item.taskId, ev.backend, ev.metrics),
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
      metrics: [...ev.metrics],
      prompt: item.prompt,
    }),
  });
}
