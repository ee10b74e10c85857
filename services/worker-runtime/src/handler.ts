/**
 * The one thing that differs between the generator and the evaluator worker: what to do with a
 * task once the runtime has placed it on a device. Everything else (pulling, leases, drain,
 * placement, adverts) is the shared runtime's.
 */
import type { FleetErrorCode } from "../../common/src/errors";
import type { Logger } from "../../common/src/log";
import type { Props, Task } from "../../common/src/proto";
import type { pb } from "../../common/src/proto";
import type { BackendInstance, DeviceLease, TaskKindName } from "./backend";

export interface TaskContext {
  readonly signal: AbortSignal;
  readonly log: Logger;
  readonly device: DeviceLease;
  readonly node: string;
  /** 1 for the first delivery of this task. */
  readonly attempt: number;
  /** Whether the task's backend writes an output file (false only for the noop backend). */
  readonly writesOutput: boolean;
  /** The loaded backend for this task; loads it on first call (the pool keeps it loaded). */
  backend(): Promise<BackendInstance>;
  /**
   * The backend is done with the device: the runtime may place the next task on it while this
   * one checks and commits its output, which needs no GPU. Idempotent; the runtime frees the
   * device when the handler returns anyway.
   */
  backendDone(): void;
  progress(fraction: number, message?: string): void;
}

export interface HandlerResult {
  /** "duplicate": another attempt already committed this task's output; nothing new was made. */
  readonly outcome: "done" | "duplicate";
  readonly output?: Props<typeof pb.OutputFile>;
  readonly scores?: Readonly<Record<string, number>>;
  /** Time spent inside the backend. */
  readonly backendMs: number;
}

/** Why a worker takes no new work although it is running (advertised as `paused_reason`). */
export interface PauseReason {
  /** A FleetErrorCode naming the condition, e.g. "disk_full"; the metric label. */
  readonly code: FleetErrorCode;
  /** What is wrong and what to do, for `framefleet nodes` and the live page. */
  readonly message: string;
}

export interface TaskHandler {
  readonly kind: TaskKindName;
  /** Runs one task; throws typed FleetErrors (see common/src/errors.ts) on failure. */
  handle(task: Task, ctx: TaskContext): Promise<HandlerResult>;
  /**
   * Asked before every pull (and again when a task arrives): a reason when the worker must take
   * no new work now, e.g. its output folder is full. The worker resumes on the first answer of
   * undefined. Absent: the worker never pauses.
   */
  pauseReason?(): Promise<PauseReason | undefined>;
}
