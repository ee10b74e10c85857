/**
 * What a task's attempt ends as, built one way for every sender: done (the result with its
 * output or scores), failed (the result with the task's whole error history) and handed back
 * (the error that goes on the retry event and into the attempts record, with a typed reason).
 */
import { CancelReason, FleetErrorCode, type FleetErrorCode as Code } from "../errors";
import { HandbackReason, Outcome, pb, type BackendLoad, type Props, type Task, type TaskError, type TaskResult } from "../proto";

/** Who ran the attempt and what it cost; empty for a result no worker sent (a dead letter). */
export interface AttemptFields {
  /** The backend that ran it. @default task.backend */
  readonly backend?: string;
  readonly attempt?: number;
  readonly node?: string;
  readonly deviceUuid?: string;
  readonly timings?: Props<typeof pb.Timings>;
  readonly load?: BackendLoad | null;
}

export interface DoneFields extends AttemptFields {
  readonly output?: Props<typeof pb.OutputFile> | null;
  readonly scores?: Readonly<Record<string, number>>;
}

function resultOf(task: Task, outcome: Outcome, f: AttemptFields): TaskResult {
  return pb.TaskResult.create({
    taskId: task.taskId,
    runId: task.runId,
    kind: task.kind,
    backend: f.backend ?? task.backend,
    itemKey: task.itemKey,
    outcome,
    attempt: f.attempt ?? 0,
    node: f.node ?? "",
    deviceUuid: f.deviceUuid ?? "",
    timings: f.timings ? pb.Timings.create(f.timings) : null,
    genTaskId: task.evaluate?.genTaskId ?? "",
    labels: task.labels,
    load: f.load ?? null,
  });
}

/** The task succeeded. */
export function doneResult(task: Task, f: DoneFields): TaskResult {
  const res = resultOf(task, Outcome.OUTCOME_DONE, f);
  res.output = f.output ? pb.OutputFile.create(f.output) : null;
  res.scores = f.scores ? { ...f.scores } : {};
  return res;
}

/** The task will not succeed: `errors` is its history, oldest first (errorHistory + the last). */
export function failedResult(task: Task, errors: readonly TaskError[], f: AttemptFields = {}): TaskResult {
  const res = resultOf(task, Outcome.OUTCOME_FAILED, f);
  res.errors = [...errors];
  return res;
}

/** A reason a running attempt goes back to the queue unspent. */
export type HandBack = Exclude<HandbackReason, (typeof HandbackReason)["HANDBACK_REASON_UNSPECIFIED"]>;

/** The error code each hand-back reason travels with (older readers and the history read codes). */
const HANDBACK_CODE: Readonly<Record<HandBack, Code>> = {
  [HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE]: FleetErrorCode.CANCELLED,
  [HandbackReason.HANDBACK_REASON_PREEMPTED]: FleetErrorCode.PREEMPTED,
  [HandbackReason.HANDBACK_REASON_OUT_OF_MEMORY]: FleetErrorCode.RESOURCE_EXHAUSTED,
  [HandbackReason.HANDBACK_REASON_DISK_FULL]: FleetErrorCode.DISK_FULL,
  [HandbackReason.HANDBACK_REASON_INFRASTRUCTURE]: FleetErrorCode.INFRASTRUCTURE,
};

/**
 * The attempt's error as a hand-back: the reason's code and the reason itself, so readers
 * branch on fields; `message` is for people only.
 */
export function handBackError(attemptError: TaskError, reason: HandBack, message: string): TaskError {
  return pb.TaskError.create({ ...attemptError, code: HANDBACK_CODE[reason], handbackReason: reason, message });
}

/** The hand-back reason of a worker-side cancel; undefined for one that is no hand-back. */
export function handbackReasonOf(reason: CancelReason | undefined): HandBack | undefined {
  switch (reason) {
    case CancelReason.DRAIN_DEADLINE:
      return HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE;
    case CancelReason.PREEMPTED:
      return HandbackReason.HANDBACK_REASON_PREEMPTED;
    default:
      return undefined;
  }
}
