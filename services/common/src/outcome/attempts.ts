/**
 * A task's attempts record (KV ff_attempts[<task>]) read one way everywhere: the worker deciding
 * "retry or give up" and the coordinator failing a dead letter see the same history, and the
 * default number of attempts lives here only.
 */
import type { KvEntry } from "@nats-io/kv";
import { decode } from "../codec";
import { FleetErrorCode } from "../errors";
import { pb, type TaskAttempts, type TaskError } from "../proto";

/** Attempts a task may spend on real failures when its run spec names none. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** The attempts a task may spend (Task.max_attempts, or the default when unset). */
export function maxAttemptsOf(task: { readonly maxAttempts: number }): number {
  return task.maxAttempts > 0 ? task.maxAttempts : DEFAULT_MAX_ATTEMPTS;
}

/** True when the KV entry holds a record (not absent, deleted or purged). */
export function hasAttempts(entry: KvEntry | null): entry is KvEntry {
  return entry !== null && entry.operation === "PUT" && entry.length > 0;
}

/** The task's record; an empty one when the task has none yet. */
export function decodeAttempts(taskId: string, entry: KvEntry | null): TaskAttempts {
  return hasAttempts(entry) ? decode(pb.TaskAttempts, entry.value, "attempts record") : pb.TaskAttempts.create({ taskId });
}

/** Every error the task met, failures and hand-backs together, oldest first. */
export function errorHistory(rec: TaskAttempts | undefined): TaskError[] {
  if (!rec) return [];
  return [...rec.failures, ...rec.handbacks].sort((a, b) => a.atMs - b.atMs);
}

/** Times a task was handed back because the output folder was full. */
export function diskFullHandbacks(rec: TaskAttempts): number {
  return rec.handbacks.filter((e) => e.code === FleetErrorCode.DISK_FULL).length;
}

/** Distinct devices a task ran out of memory on. */
export function oomDevices(rec: TaskAttempts): Set<string> {
  return new Set(rec.handbacks.filter((e) => e.code === FleetErrorCode.RESOURCE_EXHAUSTED).map((e) => e.deviceUuid));
}
