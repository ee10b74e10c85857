/**
 * Run and item records: durable in JetStream KV (ff_runs, ff_items), cached in memory for the runs
 * in progress. The coordinator is the only writer, so a restarted coordinator reloads them and
 * carries on exactly where the KV says it was.
 */
import type { KV } from "@nats-io/kv";
import { decode, encode } from "../../../common/src/codec";
import type { Logger } from "../../../common/src/log";
import { forEachLimit, kvGetAll } from "../../../common/src/nats/kv-util";
import { ItemState, RunState, pb, type ItemRecord, type RunRecord } from "../../../common/src/proto";
import { KV_ITEMS, itemKey } from "../../../common/src/subjects";
import { OrderedPublisher } from "../../../common/src/nats/ordered-publish";
import type { JetStreamClient } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";

/** Planned records written per step of a run's queuing (progress and cancellation between steps). */
const PLAN_CHUNK = 2000;
/** A finished run's status lists at most this many failures (status.ts MAX_FAILURES). */
const FINISHED_FAILURES_KEPT = 100;
const FINISHED_RUNS_KEPT = 64;
import { countItems, moveCounter } from "./item-state";
import { RunProgress, Stage } from "./progress";
import { int64 } from "../../../common/src/run-rate";
import { parseRunSpec, type RunSpec } from "../../../benchmarks/src";

/** An item record as planned and encoded, ready to write. */
export interface EncodedItem {
  readonly taskId: string;
  readonly bytes: Uint8Array;
}

export function isRunFinished(state: RunState): boolean {
  return state === RunState.RUN_STATE_COMPLETED || state === RunState.RUN_STATE_CANCELLED || state === RunState.RUN_STATE_FAILED;
}

/** A run in memory: its record, its items by generation task id, and who is watching it. */
export class ActiveRun {
  /** Items by generation task id. */
  readonly items = new Map<string, ItemRecord>();
  /** Evaluation task id → generation task id. */
  private readonly evalIndex = new Map<string, string>();
  /** The ETA and rate model: attempt times and concurrency seen while the run is in memory. */
  readonly progress: RunProgress;
  private seeded = false;
  private readonly listeners = new Set<() => void>();
  /** Counters changed since the record was last written. */
  dirty = false;
  /**
   * Videos the run was planned with (its record's counters.total when it was loaded) but has no
   * item record of: planning was interrupted while the records were written. Resuming such a
   * run plans it again to find them.
   */
  missingItems = 0;

  constructor(
    public record: RunRecord,
    readonly spec: RunSpec,
  ) {
    this.progress = new RunProgress(int64(record.createdAtMs));
  }

  get id(): string {
    return this.record.runId;
  }

  refreshCounters(): void {
    const c = countItems(this.items.values());
    // Planned items with no record yet are still the run's (queued): a total of only the records
    // would, once written (a cancel, a failure), make a resume forget them.
    c.total += this.missingItems;
    c.queued += this.missingItems;
    this.record.counters = c;
    for (const i of this.items.values()) if (i.evalTaskId) this.evalIndex.set(i.evalTaskId, i.taskId);
    if (!this.seeded) this.seedProgress();
  }

  /**
   * The items' last attempt times, oldest first, so a restarted coordinator (or a resumed run)
   * has an ETA at once instead of waiting for new attempts to finish.
   */
  private seedProgress(): void {
    this.seeded = true;
    const attempts: { stage: Stage; start: number; end: number }[] = [];
    for (const i of this.items.values()) {
      for (const [stage, t] of [[Stage.GENERATION, i.genTimings], [Stage.EVALUATION, i.evalTimings]] as const) {
        const start = int64(t?.startedAtMs);
        const end = int64(t?.finishedAtMs);
        if (start && end) attempts.push({ stage, start, end });
      }
    }
    attempts.sort((a, b) => a.end - b.end);
    for (const a of attempts) this.progress.recordAttempt(a.stage, a.start, a.end);
  }

  /** The generation task id an event's task id belongs to (itself, or the video it evaluates). */
  genTaskIdOf(taskId: string): string | undefined {
    return this.items.has(taskId) ? taskId : this.evalIndex.get(taskId);
  }

  /** Swaps in an updated item and moves the counters with it. */
  replaceItem(previous: ItemRecord, next: ItemRecord): void {
    this.items.set(next.taskId, next);
    if (next.evalTaskId) this.evalIndex.set(next.evalTaskId, next.taskId);
    if (this.record.counters) moveCounter(this.record.counters, previous.state, next.state);
    else this.refreshCounters();
    this.dirty = true;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  notify(): void {
    for (const fn of this.listeners) fn();
  }
}

export class RunStore {
  private readonly active = new Map<string, ActiveRun>();
  /** Failed items of runs finished lately, oldest first (see retire). */
  private readonly finished = new Map<string, ItemRecord[]>();

  /**
   * Every item record goes through this one publisher (this process is the bucket's only writer),
   * so a batch of records costs two acknowledgements, not one each.
   */
  private readonly itemWrites: OrderedPublisher | undefined;

  constructor(
    private readonly runsKv: KV,
    private readonly itemsKv: KV,
    private readonly log: Logger,
    /** Without it (tests of pure logic), every record is its own KV put. */
    writer?: { readonly nc: NatsConnection; readonly js: JetStreamClient },
  ) {
    this.itemWrites = writer ? new OrderedPublisher(writer.nc, writer.js) : undefined;
  }

  /** How item records were written so far: confirmed in batches, or one by one. */
  itemWriteCounts(): { batched: number; singles: number } {
    return { batched: this.itemWrites?.batched ?? 0, singles: this.itemWrites?.singles ?? 0 };
  }

  /** Loads every unfinished run with its items (coordinator start). */
  async loadActive(): Promise<ActiveRun[]> {
    const loaded: ActiveRun[] = [];
    for (const e of await kvGetAll(this.runsKv, ">")) {
      const record = decode(pb.RunRecord, e.value, "run record");
      if (isRunFinished(record.state)) continue;
      const run = await this.load(record);
      loaded.push(run);
      this.log.info("resumed run", { run: record.runId, items: run.items.size, state: record.state });
    }
    return loaded;
  }

  /** Activates a run from its record and its item records in KV, noting planned items that have no record. */
  async load(record: RunRecord): Promise<ActiveRun> {
    const planned = record.counters?.total ?? 0;
    const run = this.activate(record);
    for (const item of await this.loadItems(record.runId)) run.items.set(item.taskId, item);
    run.missingItems = Math.max(0, planned - run.items.size);
    run.refreshCounters();
    return run;
  }

  activate(record: RunRecord): ActiveRun {
    this.finished.delete(record.runId);
    const spec = parseRunSpec(record.specYaml, { name: `run ${record.runId}`, baseDir: record.baseDir });
    const run = new ActiveRun(record, spec);
    this.active.set(record.runId, run);
    return run;
  }

  get(runId: string): ActiveRun | undefined {
    return this.active.get(runId);
  }

  all(): ActiveRun[] {
    return [...this.active.values()];
  }

  async record(runId: string): Promise<RunRecord | undefined> {
    const a = this.active.get(runId);
    if (a) return a.record;
    const e = await this.runsKv.get(runId);
    return e && e.operation === "PUT" && e.length > 0 ? decode(pb.RunRecord, e.value, "run record") : undefined;
  }

  async allRecords(): Promise<RunRecord[]> {
    const out = new Map<string, RunRecord>();
    for (const e of await kvGetAll(this.runsKv, ">")) {
      const r = decode(pb.RunRecord, e.value, "run record");
      out.set(r.runId, r);
    }
    for (const a of this.active.values()) out.set(a.id, a.record);
    return [...out.values()].sort((a, b) => a.createdAtMs - b.createdAtMs);
  }

  async loadItems(runId: string): Promise<ItemRecord[]> {
    const a = this.active.get(runId);
    if (a && a.items.size > 0) return [...a.items.values()];
    return (await kvGetAll(this.itemsKv, `${runId}.>`)).map((e) => decode(pb.ItemRecord, e.value, "item record"));
  }

  async putRun(record: RunRecord): Promise<void> {
    record.updatedAtMs = Date.now();
    await this.runsKv.put(record.runId, encode(pb.RunRecord, record));
  }

  async putItem(item: ItemRecord): Promise<void> {
    await this.putItems([item]);
  }

  /** Writes the records in order; resolves once every one is durable. */
  async putItems(items: readonly ItemRecord[]): Promise<void> {
    await this.putEncoded(items.map((i) => ({ key: itemKey(i.runId, i.taskId), bytes: encode(pb.ItemRecord, i) })));
  }

  private async putEncoded(records: readonly { key: string; bytes: Uint8Array }[], stored: (n: number) => void = () => undefined): Promise<void> {
    if (!this.itemWrites) {
      await forEachLimit(records, 256, async (r) => {
        await this.itemsKv.put(r.key, r.bytes);
        stored(1);
      });
      return;
    }
    const writes = this.itemWrites;
    await writes.write(
      records.map((r) => ({ subject: `$KV.${KV_ITEMS}.${r.key}`, data: r.bytes })),
      (e) => writes.acked(e),
      stored,
    );
  }

  /**
   * Writes item records already encoded (a plan's); stops at the first failure or when `signal`
   * aborts, once the writes in flight have settled. `written` counts each durable one.
   */
  async putEncodedItems(runId: string, records: readonly EncodedItem[], signal: AbortSignal, written: () => void): Promise<void> {
    for (let i = 0; i < records.length; i += PLAN_CHUNK) {
      signal.throwIfAborted();
      const chunk = records.slice(i, i + PLAN_CHUNK);
      await this.putEncoded(
        chunk.map((r) => ({ key: itemKey(runId, r.taskId), bytes: r.bytes })),
        (n) => {
          for (let j = 0; j < n; j++) written();
        },
      );
    }
  }

  /**
   * Finished runs leave memory; their records stay in KV for reports. Their failed items (what
   * the status of a finished run shows) stay a while, so `submit --wait` and the status right
   * after the end do not read every item of the run back.
   */
  retire(runId: string): void {
    const run = this.active.get(runId);
    this.active.delete(runId);
    if (!run) return;
    const failed: ItemRecord[] = [];
    for (const i of run.items.values()) {
      if (i.state !== ItemState.ITEM_STATE_FAILED) continue;
      failed.push(i);
      if (failed.length >= FINISHED_FAILURES_KEPT) break;
    }
    this.finished.delete(runId);
    this.finished.set(runId, failed);
    for (const oldest of this.finished.keys()) {
      if (this.finished.size <= FINISHED_RUNS_KEPT) break;
      this.finished.delete(oldest);
    }
  }

  /**
   * The items a run's status needs: all of a run in progress; of a run finished here lately, its
   * first failed ones (a finished run's status shows nothing else of its items); else all, from KV.
   */
  async statusItems(runId: string): Promise<Iterable<ItemRecord>> {
    const run = this.active.get(runId);
    if (run) return run.items.values();
    return this.finished.get(runId) ?? (await this.loadItems(runId));
  }
}
