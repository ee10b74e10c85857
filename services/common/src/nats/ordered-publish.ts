/**
 * Many writes to one stream for the price of two acknowledgements. A JetStream publish costs a
 * message and its acknowledgement; a core publish to the same subject is stored just the same,
 * only unconfirmed. A stream stores one connection's messages in the order they were sent, so:
 *
 *   first entry   acknowledged publish            → its sequence S
 *   middle        core publishes, no reply
 *   last entry    acknowledged publish, expecting the stream's last sequence to be S + n - 2
 *
 * The server stores the last entry only if every middle one was stored and nothing else came in
 * between; its acknowledgement then confirms the whole batch. Any other answer (a middle one
 * dropped during a reconnect or for a limit, another writer in between, a duplicate message id,
 * a timeout) sends every entry after the first through `single`, one acknowledged publish each,
 * which is what the caller would have done without the batch. So the batch is an optimisation
 * with no failure mode of its own: a write is either confirmed or retried the careful way.
 *
 * Batches of one publisher run one after another, so they never count each other's messages as
 * foreign; one stream should have one publisher per process.
 */
import type { JetStreamClient, JetStreamPublishOptions } from "@nats-io/jetstream";
import { headers as natsHeaders, type NatsConnection } from "@nats-io/transport-node";
import { forEachLimit } from "./kv-util";

export interface StreamWrite {
  readonly subject: string;
  readonly data: Uint8Array;
  /** Nats-Msg-Id: JetStream drops a second message with the same id inside the duplicate window. */
  readonly msgID?: string;
}

/** One entry written with its own acknowledgement; the fallback, and how small batches go. */
export type SingleWrite<E extends StreamWrite> = (entry: E) => Promise<void>;

export interface OrderedPublisherOptions {
  /** Entries per batch (one acknowledgement pair each). @default 1000 */
  readonly maxBatch?: number;
  /** Acknowledged publishes in flight at once on the fallback path. @default 256 */
  readonly fallbackConcurrency?: number;
}

export class OrderedPublisher {
  private tail: Promise<unknown> = Promise.resolve();
  /** Entries confirmed by a batch's last acknowledgement. */
  batched = 0;
  /** Entries that went through `single` (small batches, or a batch that could not be confirmed). */
  singles = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly opts: OrderedPublisherOptions = {},
  ) {}

  /**
   * Resolves once every entry is stored (or, with a message id, known to be a duplicate);
   * rejects with the first failure of a `single` write, after the others have settled.
   * `stored` counts the entries known stored as they are (progress, and how far a failed write got).
   */
  write<E extends StreamWrite>(entries: readonly E[], single: SingleWrite<E> = (e) => this.acked(e), stored: (n: number) => void = () => undefined): Promise<void> {
    const counted: SingleWrite<E> = async (e) => {
      await single(e);
      stored(1);
    };
    const run = this.tail.then(() => this.writeAll(entries, counted, stored));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The plain acknowledged publish of one entry. */
  async acked(e: StreamWrite): Promise<void> {
    await this.js.publish(e.subject, e.data, e.msgID ? { msgID: e.msgID } : undefined);
  }

  private async writeAll<E extends StreamWrite>(entries: readonly E[], single: SingleWrite<E>, stored: (n: number) => void): Promise<void> {
    const max = Math.max(3, this.opts.maxBatch ?? 1000);
    for (let i = 0; i < entries.length; i += max) await this.writeBatch(entries.slice(i, i + max), single, stored);
  }

  /** `single` counts its own successes; `stored` hears of the rest (the first entry, a confirmed batch). */
  private async writeBatch<E extends StreamWrite>(batch: readonly E[], single: SingleWrite<E>, stored: (n: number) => void): Promise<void> {
    if (batch.length < 3) return this.singly(batch, single);
    const first = batch[0] as E;
    const last = batch[batch.length - 1] as E;
    let firstSeq: number;
    try {
      const ack = await this.js.publish(first.subject, first.data, first.msgID ? { msgID: first.msgID } : undefined);
      // A duplicate stores nothing: the sequence says nothing about where the batch starts. The
      // first entry goes the careful way too: `single` may know what to do with its duplicate (a
      // withdrawn task is published again under a new id), and a plain publish only repeats it.
      if (ack.duplicate) return this.singly(batch, single);
      firstSeq = ack.seq;
      stored(1);
    } catch {
      return this.singly(batch, single);
    }
    try {
      for (let i = 1; i < batch.length - 1; i++) {
        const e = batch[i] as E;
        if (e.msgID) {
          const h = natsHeaders();
          h.set("Nats-Msg-Id", e.msgID);
          this.nc.publish(e.subject, e.data, { headers: h });
        } else this.nc.publish(e.subject, e.data);
      }
      const opts: Partial<JetStreamPublishOptions> = { expect: { lastSequence: firstSeq + batch.length - 2 } };
      if (last.msgID) opts.msgID = last.msgID;
      const ack = await this.js.publish(last.subject, last.data, opts);
      if (!ack.duplicate && ack.seq === firstSeq + batch.length - 1) {
        this.batched += batch.length;
        stored(batch.length - 1);
        return;
      }
    } catch {
      // Not confirmed (see the header): the careful way below.
    }
    return this.singly(batch.slice(1), single);
  }

  private async singly<E extends StreamWrite>(entries: readonly E[], single: SingleWrite<E>): Promise<void> {
    this.singles += entries.length;
    let failure: unknown;
    await forEachLimit(entries, this.opts.fallbackConcurrency ?? 256, async (e) => {
      try {
        await single(e);
      } catch (err) {
        failure ??= err;
      }
    });
    if (failure !== undefined) throw failure;
  }
}
