/**
 * The fleet-wide record of what went wrong with each task (KV ff_attempts), so that the decision
 * "retry or give up" is the same whichever worker makes it: real failures spend the task's
 * attempts; out-of-memory and full-disk hand-backs do not, but a task that ran out of memory on
 * too many distinct devices will not fit anywhere and is given up (and one handed back for a full
 * disk too often, likewise).
 */
import type { KV } from "@nats-io/kv";
import { encode } from "../../common/src/codec";
import { decodeAttempts, hasAttempts } from "../../common/src/outcome";
import { pb, type TaskAttempts, type TaskError } from "../../common/src/proto";
import { withInfraRetry, type InfraRetrySettings } from "./infra-retry";

const WRONG_LAST_SEQUENCE = 10071;
const MAX_CAS_TRIES = 10;

export type AttemptKind = "failure" | "handback";

export class AttemptsStore {
  /** @param retry how long, and how, a NATS failure is retried (worker.infra_retry_budget); none: one try. */
  constructor(
    private readonly kv: KV,
    private readonly retry?: InfraRetrySettings,
  ) {}

  /**
   * Adds one error (compare-and-set, retried on conflict) and returns the record after it. A NATS
   * failure is retried for the budget (until `signal` aborts).
   */
  add(taskId: string, kind: AttemptKind, error: TaskError, opts: { signal?: AbortSignal } = {}): Promise<TaskAttempts> {
    if (!this.retry) return this.addOnce(taskId, kind, error);
    return withInfraRetry("attempt record", () => this.addOnce(taskId, kind, error), { ...this.retry, signal: opts.signal });
  }

  private async addOnce(taskId: string, kind: AttemptKind, error: TaskError): Promise<TaskAttempts> {
    for (let i = 0; ; i++) {
      const entry = await this.kv.get(taskId);
      const exists = hasAttempts(entry);
      const rec = decodeAttempts(taskId, entry);
      const list = kind === "failure" ? rec.failures : rec.handbacks;
      // A retried write whose first try landed (only its answer was lost) must not count twice.
      if (list.some((e) => sameError(e, error))) return rec;
      list.push(pb.TaskError.create(error));
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

function sameError(a: TaskError, b: TaskError): boolean {
  return a.atMs === b.atMs && a.attempt === b.attempt && a.code === b.code && a.node === b.node && a.deviceUuid === b.deviceUuid;
}

