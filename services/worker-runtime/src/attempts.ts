/**
 * The fleet-wide record of what went wrong with each task (KV ff_attempts), so that the decision
 * "retry or give up" is the same whichever worker makes it: real failures spend the task's
 * attempts; out-of-memory and full-disk hand-backs do not, but a task that ran out of memory on
 * too many distinct devices will not fit anywhere and is given up (and one handed back for a full
 * disk too often, likewise).
 */
import type { KV } from "@nats-io/kv";
import { decode, encode } from "../../common/src/codec";
import { pb, type TaskAttempts, type TaskError } from "../../common/src/proto";

const WRONG_LAST_SEQUENCE = 10071;
const MAX_CAS_TRIES = 10;

export type AttemptKind = "failure" | "handback";

export class AttemptsStore {
  constructor(private readonly kv: KV) {}

  /** Adds one error (compare-and-set, retried on conflict) and returns the record after it. */
  async add(taskId: string, kind: AttemptKind, error: TaskError): Promise<TaskAttempts> {
    for (let i = 0; ; i++) {
      const entry = await this.kv.get(taskId);
      const exists = entry !== null && entry.operation === "PUT" && entry.length > 0;
      const rec = exists ? decode(pb.TaskAttempts, entry.value) : pb.TaskAttempts.create({ taskId });
      (kind === "failure" ? rec.failures : rec.handbacks).push(pb.TaskError.create(error));
      try {
        if (exists) await this.kv.update(taskId, encode(pb.TaskAttempts, rec), entry.revision);
        else await this.kv.create(taskId, encode(pb.TaskAttempts, rec));
        return rec;
      } catch (err) {
        const conflict = (err as { code?: number }).code === WRONG_LAST_SEQUENCE || /wrong last sequence/i.test((err as Error).message);
        if (!conflict || i >= MAX_CAS_TRIES) throw err;
        // Another worker wrote in between: read again and re-apply.
      }
    }
  }
}

/** Times a task was handed back because the output folder was full. */
export function diskFullHandbacks(rec: TaskAttempts): number {
  return rec.handbacks.filter((e) => e.code === "disk_full").length;
}

/** Distinct devices a task ran out of memory on. */
export function oomDevices(rec: TaskAttempts): Set<string> {
  return new Set(rec.handbacks.filter((e) => e.code === "resource_exhausted").map((e) => e.deviceUuid));
}
