/**
 * Where tasks come from: the (kind, backend) work-queue consumers. It keeps one consumer handle
 * per backend, pulls batches (one request for as many tasks as devices fit), and knows the lease
 * (the consumer's ack_wait) that running tasks heartbeat against.
 *
 * A pull or a back-off in progress is cut short by `interrupt()` (a drain, a shutdown, a lost
 * connection), so the dispatch loop sees the change at once instead of after `expires`.
 */
import type { Consumer, ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import { sleep } from "../../common/src/abort";
import { errorFields, type Logger } from "../../common/src/log";
import { retrying } from "../../common/src/nats/startup";
import { ensureTaskConsumer, type TaskConsumerOptions } from "../../common/src/nats/topology";
import { STREAM_TASKS, taskConsumerName } from "../../common/src/subjects";
import type { TaskKindName } from "./backend";

/** How long a failed pull waits before the next (missed heartbeats, a NATS restart). */
const PULL_BACKOFF_MS = 1000;
/** A cluster electing a leader answers nothing for a few seconds: consumer creation keeps trying this long. */
const OPEN_DEADLINE_MS = 120_000;

/** What the dispatch loop needs of a task source; tests give it an in-memory one. */
export interface TaskSource {
  /** Makes sure every backend's consumer exists (at start). */
  open(): Promise<void>;
  /**
   * Pulls up to `n` tasks for `backend`, waiting at most `expiresMs`, and hands each to `place`
   * as it arrives. Returns how many came; a failed pull backs off and returns what came before.
   */
  pullBatch(backend: string, n: number, expiresMs: number, place: (msg: JsMsg, firstOfBatch: boolean) => Promise<void>): Promise<number>;
  /** Cuts short the pull or back-off in progress, if any. */
  interrupt(): void;
  /** How often a running task must heartbeat to keep its lease. */
  heartbeatMs(): number;
}

export interface JetStreamTaskSourceOptions {
  readonly kind: TaskKindName;
  readonly backends: readonly string[];
  readonly consumer: TaskConsumerOptions;
}

export class JetStreamTaskSource implements TaskSource {
  private readonly consumers = new Map<string, Consumer>();
  private pendingPull: ConsumerMessages | undefined;
  private backoff: AbortController | undefined;
  /** Shortest ack_wait of the consumers we pull from (refreshed with each full advert). */
  private ackWaitMs: number;

  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly opts: JetStreamTaskSourceOptions,
    private readonly log: Logger,
  ) {
    this.ackWaitMs = opts.consumer.ackWaitMs;
  }

  async open(): Promise<void> {
    const deadline = Date.now() + OPEN_DEADLINE_MS;
    for (const b of this.opts.backends) {
      await retrying(`creating the ${taskConsumerName(this.opts.kind, b)} consumer`, this.log, deadline, () => this.ensure(b));
    }
  }

  async pullBatch(backend: string, n: number, expiresMs: number, place: (msg: JsMsg, firstOfBatch: boolean) => Promise<void>): Promise<number> {
    let got = 0;
    try {
      const iter = await (await this.consumer(backend)).fetch({ max_messages: n, expires: expiresMs });
      this.pendingPull = iter;
      for await (const msg of iter) {
        got++;
        await place(msg, got === 1);
      }
    } catch (err) {
      // Armed before anything else happens, so an interrupt from here on cuts the back-off short.
      this.backoff = new AbortController();
      this.log.warn("pull failed; retrying", { backend, ...errorFields(err) });
      this.consumers.delete(backend);
      // Interrupted (a drain or shutdown began): no consumer to recreate for a pull that will not come.
      if (await sleep(PULL_BACKOFF_MS, this.backoff.signal)) await this.ensure(backend).catch(() => undefined);
    } finally {
      this.pendingPull = undefined;
      this.backoff = undefined;
    }
    return got;
  }

  interrupt(): void {
    void this.pendingPull?.close().catch(() => undefined);
    this.backoff?.abort();
  }

  /** The lease is the consumer's ack_wait, which the last worker to create the consumer set: beat at a third of the shortest one seen. */
  heartbeatMs(): number {
    return Math.max(500, Math.floor(this.ackWaitMs / 3));
  }

  /** Re-reads the consumers' ack_wait (another worker may have recreated them with its own). */
  async refreshLease(): Promise<void> {
    let shortest = this.opts.consumer.ackWaitMs;
    for (const b of this.opts.backends) {
      const ci = await this.jsm.consumers.info(STREAM_TASKS, taskConsumerName(this.opts.kind, b)).catch(() => undefined);
      if (ci?.config.ack_wait) shortest = Math.min(shortest, Math.floor(ci.config.ack_wait / 1e6));
    }
    if (shortest !== this.ackWaitMs) this.log.info("task lease follows the consumer's ack_wait", { ackWaitMs: shortest });
    this.ackWaitMs = shortest;
  }

  private async ensure(backend: string): Promise<void> {
    await ensureTaskConsumer(this.jsm, this.opts.kind, backend, this.opts.consumer);
  }

  private async consumer(backend: string): Promise<Consumer> {
    let c = this.consumers.get(backend);
    if (!c) {
      c = await this.js.consumers.get(STREAM_TASKS, taskConsumerName(this.opts.kind, backend));
      this.consumers.set(backend, c);
    }
    return c;
  }
}
