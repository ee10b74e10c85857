/**
 * Results leave a worker in batches. One publish is in flight at a time; the results that finish
 * meanwhile go together in the next message (ff.event.<run>.results), so a busy worker pays one
 * message and one acknowledgement for many results and an idle one waits for nobody (group
 * commit, as the coordinator writes its records).
 *
 * The order per task is unchanged: its result is durable in FF_EVENTS before its task message is
 * acked (or terminated, for a task given up), so a worker that dies in between leaves a task whose
 * output is committed, which the next attempt reports at once.
 *
 * A publish that fails (NATS restarting, a leader election) is retried with backoff for
 * `budgetMs` (worker.infra_retry_budget, infra-retry.ts); the results wait, their tasks' leases kept alive meanwhile (a task's heartbeat runs
 * until it is settled). Past
 * the budget the tasks go back to the queue (nak) without spending an attempt: not the task's
 * fault, and its output is committed.
 */
import { createHash } from "node:crypto";
import type { JetStreamClient, JsMsg } from "@nats-io/jetstream";
import { repeatedField } from "../../common/src/codec";
import { errorFields, type Logger } from "../../common/src/log";
import { pb, type TaskResult } from "../../common/src/proto";
import { EventType, eventSubject } from "../../common/src/subjects";
import { withInfraRetry, type InfraRetryOptions } from "./infra-retry";

export interface ResultOutboxOptions {
  /** How long a result may keep failing to publish before its task is handed back. */
  readonly budgetMs: number;
  /** Bytes of results per message, well under NATS' max_payload. @default 256 KiB */
  readonly maxBytes?: number;
  /** framefleet_infrastructure_retries_total{what="results"}. */
  readonly metrics?: InfraRetryOptions["metrics"];
  /** A result whose task went back to the queue because its publish kept failing. */
  readonly onHandBack?: (result: TaskResult) => void;
}

/** What happened to a result: published and its task acked, or its task handed back. */
export type Delivery = "published" | "handed_back";

interface Entry {
  readonly result: TaskResult;
  readonly bytes: Uint8Array;
  readonly msg: JsMsg;
  /** `ack` for a finished task, `term` for one given up (term(), never term(reason): 2.9 ignores it). */
  readonly then: "ack" | "term";
  readonly resolve: (d: Delivery) => void;
}

export class ResultOutbox {
  private queue: Entry[] = [];
  private flushing: Promise<void> | undefined;
  /** Messages published, and results in them (the batching a busy worker gets). */
  messages = 0;
  results = 0;

  constructor(
    private readonly js: JetStreamClient,
    private readonly log: Logger,
    private readonly opts: ResultOutboxOptions,
  ) {}

  /** Queues the result; resolves once it is published and its task acked, or its task handed back. */
  send(result: TaskResult, msg: JsMsg, then: "ack" | "term"): Promise<Delivery> {
    return new Promise<Delivery>((resolve) => {
      this.queue.push({ result, bytes: pb.TaskResult.encode(result).finish(), msg, then, resolve });
      this.flushing ??= this.flushLoop().finally(() => (this.flushing = undefined));
    });
  }

  /** Resolves once nothing is queued or being published. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      for (const group of this.split(batch)) await this.deliver(group);
    }
  }

  /** One message per run, each under the byte limit, in the order the results came. */
  private split(batch: readonly Entry[]): Entry[][] {
    const max = this.opts.maxBytes ?? 256 * 1024;
    const groups: Entry[][] = [];
    const open = new Map<string, { entries: Entry[]; bytes: number }>();
    for (const e of batch) {
      let g = open.get(e.result.runId);
      if (!g || (g.bytes + e.bytes.length > max && g.entries.length > 0)) {
        g = { entries: [], bytes: 0 };
        open.set(e.result.runId, g);
        groups.push(g.entries);
      }
      g.entries.push(e);
      g.bytes += e.bytes.length + 8;
    }
    return groups;
  }

  private async deliver(group: readonly Entry[]): Promise<void> {
    const first = group[0] as Entry;
    const data = repeatedField(group.map((e) => e.bytes));
    // The same batch published again after a lost acknowledgement is dropped as a duplicate.
    const msgID = `results.${createHash("sha1")
      .update(group.map((e) => `${e.result.taskId}:${e.msg.seq}:${e.result.outcome}`).join(","))
      .digest("base64url")}`;
    try {
      await withInfraRetry("results", () => this.js.publish(eventSubject(first.result.runId, EventType.RESULTS), data, { msgID }), {
        budgetMs: this.opts.budgetMs,
        log: this.log,
        ...(this.opts.metrics ? { metrics: this.opts.metrics } : {}),
      });
    } catch (err) {
      // Past the budget, or an error no retry mends: the tasks go back without spending an
      // attempt; their outputs are committed, so the next attempt reports them at once.
      this.log.warn("could not publish results; handing their tasks back (their outputs are committed)", { results: group.length, ...errorFields(err) });
      for (const e of group) {
        e.msg.nak();
        this.opts.onHandBack?.(e.result);
        e.resolve("handed_back");
      }
      return;
    }
    this.messages++;
    this.results += group.length;
    for (const e of group) {
      if (e.then === "term") e.msg.term();
      else e.msg.ack();
      e.resolve("published");
    }
  }
}

