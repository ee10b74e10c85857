/**
 * Every NATS name the fleet uses, in one place. Names may change; these properties may not:
 * - TASKS is a WorkQueue stream with one durable pull consumer per (kind, backend), shared by
 *   every worker serving that backend; a task's subject carries its run so a cancel can purge
 *   exactly that run's queued tasks.
 * - EVENTS is a limits stream of the workers' results and retries, read by the coordinator
 *   through its durable consumer.
 * - FEED is a limits stream the coordinator writes for the aggregator: the items that reached
 *   their final state (once each, in batches) and the runs' state changes.
 */
import { FleetError, FleetErrorCode } from "./errors";
import { IdRule } from "./ids";
import type { TaskKindName } from "./task-kind";

export const STREAM_TASKS = "FF_TASKS";
export const STREAM_EVENTS = "FF_EVENTS";
export const STREAM_FEED = "FF_FEED";
/** Captures MAX_DELIVERIES advisories durably (core NATS advisories are fire and forget). */
export const STREAM_ADVISORIES = "FF_ADVISORIES";

export const KV_RUNS = "ff_runs";
export const KV_ITEMS = "ff_items";
export const KV_NODES = "ff_nodes";
export const KV_OUTPUTS = "ff_outputs";
export const KV_ATTEMPTS = "ff_attempts";
export const OBJ_REPORTS = "ff_reports";

export const CONSUMER_COORDINATOR = "coordinator";
export const CONSUMER_AGGREGATOR = "aggregator";

export const EventType = {
  /** TaskResult: an attempt finished (done, failed for good, or duplicate). */
  RESULT: "result",
  /** TaskResults: several attempts finished on one worker (what workers publish). */
  RESULTS: "results",
  /** TaskStarted: an attempt began on a device. */
  STARTED: "started",
  /** TaskRetry: an attempt failed and the task went back to the queue. */
  RETRY: "retry",
  /** RunStateChanged. */
  RUN: "run",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

const TOKEN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Backend names become subject tokens and consumer names: keep them to `[a-z0-9_-]`. */
export function assertBackendName(name: string, field = "backend"): string {
  if (!TOKEN.test(name)) {
    throw new FleetError(
      FleetErrorCode.CONFIG_INVALID,
      `${field}: "${name}" is not a valid backend name (lower-case letters, digits, '_' and '-', at most 64)`,
    );
  }
  return name;
}

export function assertRunId(runId: string, field = "run id"): string {
  if (!IdRule.RUN.pattern.test(runId)) {
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `${field}: "${runId}" must be lower-case letters, digits, '_' and '-'`);
  }
  return runId;
}

export function taskSubject(kind: TaskKindName, backend: string, runId: string): string {
  return `ff.task.${kind}.${backend}.${runId}`;
}

/** Filter matching every queued task of one run (for purging on cancel). */
export function runTasksFilter(kind: TaskKindName, backend: string, runId: string): string {
  return taskSubject(kind, backend, runId);
}

export function taskConsumerName(kind: TaskKindName, backend: string): string {
  return `${kind}_${backend}`;
}

export function taskConsumerFilter(kind: TaskKindName, backend: string): string {
  return `ff.task.${kind}.${backend}.>`;
}

export function eventSubject(runId: string, type: EventType): string {
  return `ff.event.${runId}.${type}`;
}

export const FeedType = {
  /** ItemOutcomes: items that reached their final state. */
  ITEMS: "items",
  /** RunStateChanged. */
  RUN: "run",
} as const;
export type FeedType = (typeof FeedType)[keyof typeof FeedType];

export function feedSubject(runId: string, type: FeedType): string {
  return `ff.feed.${runId}.${type}`;
}

/** The run and type of a feed subject; undefined for anything else. */
export function parseFeedSubject(subject: string): { runId: string; type: string } | undefined {
  const parts = subject.split(".");
  if (parts.length !== 4 || parts[0] !== "ff" || parts[1] !== "feed") return undefined;
  return { runId: parts[2] as string, type: parts[3] as string };
}

/** Parses `ff.event.<run>.<type>`; undefined for anything else. */
export function parseEventSubject(subject: string): { runId: string; type: string } | undefined {
  const parts = subject.split(".");
  if (parts.length !== 4 || parts[0] !== "ff" || parts[1] !== "event") return undefined;
  return { runId: parts[2] as string, type: parts[3] as string };
}

export function nodeControlSubject(node: string): string {
  return `ff.node.${node}.ctl`;
}

/** Broadcast to every worker: cancel a run's running tasks. */
export const CANCEL_SUBJECT = "ff.ctl.cancel";

export function itemKey(runId: string, taskId: string): string {
  return `${runId}.${taskId}`;
}

export const MAX_DELIVERIES_ADVISORY = `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${STREAM_TASKS}.>`;
