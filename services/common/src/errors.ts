/**
 * Typed errors shared by every service. Each carries a stable `code` so that errors survive
 * process boundaries (they travel as `TaskError { code, message }` in protobuf) and so that
 * code can branch on them with the type guards below instead of `instanceof`, which breaks
 * across Jest realms and across processes.
 */

export const FleetErrorCode = {
  /** A config value (flag, env var, file) is wrong; the message names it. */
  CONFIG_INVALID: "config_invalid",
  /** A run spec field is wrong; the message names the field. */
  SPEC_INVALID: "spec_invalid",
  NOT_FOUND: "not_found",
  /** The device ran out of memory (CUDA OOM): a placement failure, not the task's fault. */
  RESOURCE_EXHAUSTED: "resource_exhausted",
  /** The task's inputs, or a request's arguments (a malformed run id), are unusable; retrying will not help. */
  INVALID_INPUT: "invalid_input",
  /** The backend failed this task; another attempt may succeed. */
  BACKEND_FAILED: "backend_failed",
  /** The backend process died or hung. */
  BACKEND_CRASHED: "backend_crashed",
  /** The produced file is not what was asked for (does not decode, wrong frames or fps). */
  OUTPUT_INVALID: "output_invalid",
  /**
   * A filesystem the task writes to is full (ENOSPC, or EDQUOT: a quota is used up). When it is
   * the output folder, the task is handed back without spending an attempt and the node takes no
   * new work until space returns (worker.min_free_space); the message says where and how much.
   */
  DISK_FULL: "disk_full",
  CANCELLED: "cancelled",
  /**
   * A running attempt was handed back so that a run of a higher priority (a class with
   * `preempt: true`) gets its device; the attempt is not spent and the task runs again later.
   */
  PREEMPTED: "preempted",
  TIMEOUT: "timeout",
  /** A program the fleet needs (ffmpeg, nats-server, nvidia-smi) is missing. */
  DEPENDENCY_MISSING: "dependency_missing",
  /**
   * A service the answer needs cannot be reached now (the coordinator's NATS); trying again once
   * it is back can succeed. Travels as gRPC UNAVAILABLE.
   */
  UNAVAILABLE: "unavailable",
  /**
   * The control plane (NATS, JetStream) could not record something for a task within
   * worker.infra_retry_budget: an outage, a leader election, a timeout. Not the task's fault: the
   * task is handed back without spending an attempt. Travels as gRPC UNAVAILABLE.
   */
  INFRASTRUCTURE: "infrastructure",
  ILLEGAL_STATE: "illegal_state",
  SHUTDOWN_TIMEOUT: "shutdown_timeout",
  /** Retries for this task are exhausted. */
  RETRIES_EXHAUSTED: "retries_exhausted",
  INTERNAL: "internal",
} as const;
export type FleetErrorCode = (typeof FleetErrorCode)[keyof typeof FleetErrorCode];

const CODES = new Set<string>(Object.values(FleetErrorCode));

export class FleetError extends Error {
  readonly code: FleetErrorCode;
  constructor(code: FleetErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.name = "FleetError";
  }
}

/** One or more bad fields in a config or run spec; `issues` lists each one. */
export class ValidationError extends FleetError {
  readonly issues: readonly string[];
  constructor(code: "config_invalid" | "spec_invalid", source: string, issues: readonly string[]) {
    super(code, `${source} is invalid:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/**
 * A command line the command cannot take: an unknown flag, a flag without its value, an
 * argument where none is taken. Exits 2 like every config error; the message ends by pointing
 * to `framefleet help COMMAND`.
 */
export class UsageError extends FleetError {
  /** The command, e.g. "submit". */
  readonly command: string;
  /** The flag at fault (`--gpus`), when one is. */
  readonly flag: string | undefined;
  constructor(command: string, message: string, flag?: string, options?: ErrorOptions) {
    super(FleetErrorCode.CONFIG_INVALID, message, options);
    this.name = "UsageError";
    this.command = command;
    this.flag = flag;
  }
}

/**
 * An id (run id, node name) that does not follow its rule (ids.ts `IdRule`). The message names
 * the value, as JSON so that control characters show, and the rule.
 */
export class InvalidIdError extends FleetError {
  /** "run id", "node name". */
  readonly what: string;
  readonly value: string;
  constructor(code: "config_invalid" | "invalid_input", what: string, value: string, rule: string) {
    // Cut: a hostile value may be megabytes long; what it starts with is enough to recognise it.
    const shown = value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}… (${value.length} characters)` : JSON.stringify(value);
    super(code, `invalid ${what} ${shown}: ${rule}`);
    this.name = "InvalidIdError";
    this.what = what;
    this.value = value;
  }
}

/**
 * A wait on the coordinator's Control API that ran out: the connection (`call` "connect"), a
 * call's answer (`call` the method, e.g. "GetRun"), or the next status on a WatchRun stream.
 * The message names the address and what to check.
 */
export class ApiTimeoutError extends FleetError {
  readonly address: string;
  readonly call: string;
  readonly timeoutMs: number;
  constructor(address: string, call: string, timeoutMs: number, message: string, options?: ErrorOptions) {
    super(FleetErrorCode.TIMEOUT, message, options);
    this.name = "ApiTimeoutError";
    this.address = address;
    this.call = call;
    this.timeoutMs = timeoutMs;
  }
}

/** Thrown by lifecycle methods called in the wrong state ("Not running. Current state: X"). */
export class IllegalStateError extends FleetError {
  constructor(message: string) {
    super(FleetErrorCode.ILLEGAL_STATE, message);
    this.name = "IllegalStateError";
  }
}

/**
 * A write failed for want of space (or quota). `handBack` is true when the full filesystem is
 * the worker's output folder: then the disk is to blame, not the task, which goes back to the
 * queue without spending an attempt while the node pauses until space returns. When another
 * filesystem is full (the temp folder a command backend works in), pausing on the output folder
 * would not help, so the attempt counts as a failure like any other.
 */
export class DiskFullError extends FleetError {
  /** The folder whose filesystem was checked (the output root). */
  readonly path: string;
  /** Its free bytes when the failure was examined; undefined when they could not be read. */
  readonly freeBytes: number | undefined;
  readonly handBack: boolean;
  constructor(message: string, fields: { path: string; freeBytes: number | undefined; handBack: boolean }, options?: ErrorOptions) {
    super(FleetErrorCode.DISK_FULL, message, options);
    this.name = "DiskFullError";
    this.path = fields.path;
    this.freeBytes = fields.freeBytes;
    this.handBack = fields.handBack;
  }
}

/**
 * Something a task needed recorded (its output commit, its attempt record) could not be, because
 * the control plane kept failing for the whole retry budget. `what` names it ("output commit");
 * the message also gives the last underlying error, which is the `cause`.
 */
export class InfrastructureError extends FleetError {
  readonly what: string;
  constructor(what: string, message: string, options?: ErrorOptions) {
    super(FleetErrorCode.INFRASTRUCTURE, message, options);
    this.name = "InfrastructureError";
    this.what = what;
  }
}

/**
 * Why a task's AbortSignal fired. A shutdown is a drain (its hand-backs are DRAIN_DEADLINE), and
 * a task has no deadline of its own: only reasons something raises are listed.
 */
export const CancelReason = {
  DRAIN_DEADLINE: "drain_deadline",
  RUN_CANCELLED: "run_cancelled",
  /** The coordinator asked for the device back for a run of a higher priority. */
  PREEMPTED: "preempted",
} as const;
export type CancelReason = (typeof CancelReason)[keyof typeof CancelReason];

export class TaskCancelledError extends FleetError {
  readonly reason: CancelReason;
  constructor(reason: CancelReason, message?: string) {
    super(FleetErrorCode.CANCELLED, message ?? `task cancelled: ${reason}`);
    this.name = "TaskCancelledError";
    this.reason = reason;
  }
}

export function isFleetError(err: unknown): err is FleetError {
  return (
    typeof err === "object" &&
    err !== null &&
    typeof (err as { code?: unknown }).code === "string" &&
    CODES.has((err as { code: string }).code) &&
    err instanceof Error
  );
}

export function hasCode(err: unknown, code: FleetErrorCode): boolean {
  return isFleetError(err) && err.code === code;
}

/** Errors that say nothing about the task itself: hand the task back without spending its budget. */
export function isPlacementFailure(err: unknown): boolean {
  return hasCode(err, FleetErrorCode.RESOURCE_EXHAUSTED);
}

/** The output folder is full: hand the task back without spending an attempt (DiskFullError.handBack). */
export function isDiskFullHandBack(err: unknown): boolean {
  return hasCode(err, FleetErrorCode.DISK_FULL) && (err as { handBack?: unknown }).handBack === true;
}

/** Errors after which another attempt cannot succeed. */
export function isPermanent(err: unknown): boolean {
  return hasCode(err, FleetErrorCode.INVALID_INPUT) || hasCode(err, FleetErrorCode.SPEC_INVALID);
}

/** Wraps anything thrown into a FleetError, keeping the original as `cause`. */
export function toFleetError(err: unknown, fallback: FleetErrorCode = FleetErrorCode.INTERNAL): FleetError {
  if (isFleetError(err)) return err;
  // Error-like, not only `instanceof Error`: Node's own errors come from another realm under Jest.
  if (err instanceof Error || (typeof err === "object" && err !== null && typeof (err as Error).message === "string")) {
    const errno = (err as NodeJS.ErrnoException).code;
    const code = errno === "ENOENT" ? FleetErrorCode.NOT_FOUND : errno === "ENOSPC" || errno === "EDQUOT" ? FleetErrorCode.DISK_FULL : fallback;
    return new FleetError(code, (err as Error).message, { cause: err });
  }
  return new FleetError(fallback, String(err));
}

/** Rebuilds a FleetError from its wire form; unknown codes become INTERNAL. */
export function fleetErrorFromWire(code: string, message: string): FleetError {
  return new FleetError(CODES.has(code) ? (code as FleetErrorCode) : FleetErrorCode.INTERNAL, message);
}
