/**
 * Group commit for item records. The coordinator applies events one at a time in memory (one
 * writer, no locks); the records they change queue here, and one flush writes every queued record
 * (the latest per item) concurrently. An event is acked only once the record it changed is
 * durable, so a crash loses nothing: unacked events are redelivered and applied again.
 *
 * Without it each event waited for its own KV round trip before the next could be applied, and
 * that round trip, not the CPU, bounded how many tasks per second the fleet could finish.
 *
 * Flushes run one after another, so a record never overwrites a newer one of the same item. A
 * flush that fails stays queued and is retried: an acked event's change is never dropped. A flush
 * is one ordered batch (RunStore.putItems: two acknowledgements for the lot), and once it is
 * durable `written` hears of it (the coordinator feeds finished items to the aggregator) before
 * the events that caused it are acked.
 */
import { errorFields, type Logger } from "../../../common/src/log";
import type { ItemRecord } from "../../../common/src/proto";
import { sleep } from "../../../common/src/abort";

interface Pending {
  item: ItemRecord;
  /** A lazy change waits for a flush until then (0: the next flush takes it). */
  dueAt: number;
  readonly done: Promise<void>;
  readonly resolve: () => void;
}

const RETRY_MS = 500;
/** How long a lazy change may wait for a flush. */
const LAZY_MS = 1000;

export class ItemWriter {
  private queued = new Map<string, Pending>();
  /** Being written by the current flush, by task id. */
  private writing = new Map<string, Pending>();
  private flushing: Promise<void> | undefined;
  private lazyTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly putAll: (items: readonly ItemRecord[]) => Promise<void>,
    private readonly log: Logger,
    /** Told of each durable flush, awaited before its writes resolve; its failures are its own. */
    private readonly written: (items: readonly ItemRecord[]) => Promise<void> = async () => undefined,
  ) {}

  /**
   * Queues the item's latest record; resolves once it (or a newer one) is durable.
   *
   * @param lazy the change may wait up to LAZY_MS for the next flush (a record that says a task
   *   was admitted: losing it in a crash only admits the task again under the same message id).
   *   A short task's result comes first and its record replaces the admitted one: one write.
   */
  write(item: ItemRecord, lazy = false): Promise<void> {
    const p = this.queued.get(item.taskId);
    let done: Promise<void>;
    const dueAt = lazy ? Date.now() + LAZY_MS : 0;
    if (p) {
      p.item = item;
      p.dueAt = Math.min(p.dueAt, dueAt);
      done = p.done;
    } else {
      let resolve!: () => void;
      done = new Promise<void>((r) => (resolve = r));
      this.queued.set(item.taskId, { item, dueAt, done, resolve });
    }
    if (!lazy) this.flushNow();
    else if (!this.flushing) this.lazyTimer ??= setTimeout(() => this.flushNow(), LAZY_MS);
    return done;
  }

  private flushNow(): void {
    if (this.lazyTimer) clearTimeout(this.lazyTimer);
    this.lazyTimer = undefined;
    this.flushing ??= this.flushLoop().finally(() => (this.flushing = undefined));
  }

  writeAll(items: readonly ItemRecord[]): Promise<void> {
    return Promise.all(items.map((i) => this.write(i))).then(() => undefined);
  }

  /** Resolves once no write of this item is pending (a redelivered event must not ack before it). */
  settled(taskId: string): Promise<void> {
    return this.queued.get(taskId)?.done ?? this.writing.get(taskId)?.done ?? Promise.resolve();
  }

  /** Resolves once everything queued so far is durable. */
  async flushed(): Promise<void> {
    for (const p of this.queued.values()) p.dueAt = 0;
    if (this.queued.size > 0) this.flushNow();
    while (this.flushing) await this.flushing;
  }

  get pending(): number {
    return this.queued.size + this.writing.size;
  }

  private async flushLoop(): Promise<void> {
    for (;;) {
      // Let the events already buffered be applied first: they join this batch.
      await new Promise<void>((r) => setImmediate(r));
      const now = Date.now();
      this.writing = new Map();
      for (const [id, p] of this.queued) {
        if (p.dueAt > now) continue;
        this.writing.set(id, p);
        this.queued.delete(id);
      }
      if (this.writing.size === 0) break;
      const batch = [...this.writing.values()];
      let failed = false;
      try {
        await this.putAll(batch.map((p) => p.item));
      } catch (err) {
        failed = true;
        this.log.warn("could not write item records; retrying", { records: batch.length, ...errorFields(err) });
        for (const p of batch) this.requeue(p);
      }
      if (!failed) {
        await this.written(batch.map((p) => p.item)).catch((err: unknown) => this.log.warn("item records written, but not passed on", errorFields(err)));
        for (const p of batch) p.resolve();
      }
      this.writing = new Map();
      if (failed) await sleep(RETRY_MS);
    }
    // Only lazy changes left: the first one due gets a flush then.
    let next = Infinity;
    for (const p of this.queued.values()) next = Math.min(next, p.dueAt);
    if (next !== Infinity) this.lazyTimer ??= setTimeout(() => this.flushNow(), Math.max(0, next - Date.now()));
  }

  /** A failed write goes back to the queue, unless a newer record of the item is queued already. */
  private requeue(p: Pending): void {
    const newer = this.queued.get(p.item.taskId);
    if (newer) void newer.done.then(p.resolve);
    else this.queued.set(p.item.taskId, { ...p, dueAt: 0 });
  }
}
