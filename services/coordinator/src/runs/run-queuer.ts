/**
 * Queuing a run: writing its item records and publishing its tasks, after a submit, a resume or
 * a coordinator restart. A run being queued can be stopped (cancel); a failure on the way ends
 * the run FAILED with where it stopped and why, its queued tasks withdrawn, so no run is ever
 * left PLANNING with nothing happening, nor COMPLETED with nothing done.
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { encode } from "../../../common/src/codec";
import type { DataRootsConfig } from "../../../common/src/data-roots";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { RunLimits } from "../../../common/src/limits";
import { errorFields, type Logger } from "../../../common/src/log";
import { deleteSubjectMessages } from "../../../common/src/nats/task-queue";
import { RunState, pb, type ItemRecord } from "../../../common/src/proto";
import { CANCEL_SUBJECT, STREAM_TASKS, runTasksFilter } from "../../../common/src/subjects";
import type { CoordinatorMetrics } from "../fleet/coordinator-metrics";
import { chunkRecords } from "./item-chunks";
import type { PlannedRun } from "./planner";
import type { PlanningThreads } from "./planning-thread";
import { isRunProblem, progressOf, queuingFailureReason, type QueuingProgress } from "./queuing";
import { isRunFinished, type ActiveRun, type EncodedItem, type RunStore } from "./run-store";
import type { Admission } from "../admission/admission";

/** Planned records decoded between two yields to the event loop, so the API keeps answering. */
const DECODE_BATCH = 2048;

/** The work of queuing a run, stoppable through `signal`, reporting where it is in `progress`. */
export type Work = (signal: AbortSignal, progress: QueuingProgress) => Promise<void>;

export interface RunQueuerDeps {
  /** Where a queued run's tasks wait to enter the work queue. */
  readonly admission: Admission;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly store: RunStore;
  readonly log: Logger;
  readonly metrics: CoordinatorMetrics;
  readonly planning: PlanningThreads;
  /** Where run folders are created. */
  readonly outputRoot: string;
  /** The folders run specs may read from (coordinator.data_roots, allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
  /** The limits of a run planned now. */
  limits(): RunLimits;
  /** Ends a run (the coordinator's: records it, announces it, retires it). */
  finish(run: ActiveRun, state: RunState, reason: string): Promise<void>;
  /** Announces the run's state (a RunStateChanged event). */
  announce(run: ActiveRun, reason: string): Promise<void>;
}

/** A run whose items are being written or published: cancel stops it through `abort`. */
interface Queuing {
  readonly abort: AbortController;
  /** Settles once the queuing has stopped, whatever the outcome. */
  readonly done: Promise<unknown>;
}

export class RunQueuer {
  private readonly queuing = new Map<string, Queuing>();

  constructor(private readonly deps: RunQueuerDeps) {}

  isQueuing(runId: string): boolean {
    return this.queuing.has(runId);
  }

  /** Stops the queuing of a run, if any, and resolves once nothing of it is still on its way. */
  async stop(runId: string): Promise<void> {
    const q = this.queuing.get(runId);
    if (!q) return;
    q.abort.abort();
    await q.done;
  }

  /**
   * Queues a newly planned run: its record (PLANNING), its item records, then its tasks. A
   * coordinator that dies part-way finds it PLANNING at start and finishes it (finishQueuing).
   */
  recordAndQueue(run: ActiveRun, planned: PlannedRun): Promise<void> {
    const { store, log } = this.deps;
    return this.queue(run, async (signal, progress) => {
      progress.step = "recording the run";
      await store.putRun(run.record);
      log.info("run planned", { run: run.id, items: planned.record.counters?.total ?? 0, benchmark: run.spec.benchmark });
      const records = await this.activateItems(run, planned);
      progress.step = "writing item records";
      progress.total = records.length;
      await store.putEncodedItems(run.id, records, signal, () => progress.done++);
      // Written: the encoded plan is not needed any more (tens of MB for a large run).
      records.length = 0;
      planned.chunks.length = 0;
      await this.publishPending(run, undefined, signal, progress);
    });
  }

  /** Puts a plan's items into the run, yielding to the event loop between batches; returns them encoded for KV. */
  private async activateItems(run: ActiveRun, planned: PlannedRun, onlyMissing = false): Promise<EncodedItem[]> {
    const records: EncodedItem[] = [];
    let batch = 0;
    for (const chunk of planned.chunks) {
      for (const { item, bytes } of chunkRecords(chunk)) {
        if (onlyMissing && run.items.has(item.taskId)) continue;
        run.items.set(item.taskId, item);
        records.push({ taskId: item.taskId, bytes });
        // Why yield: decoding a large plan at once would hold up every API call behind it.
        if (++batch % DECODE_BATCH === 0) await new Promise<void>((r) => setImmediate(r));
      }
    }
    run.refreshCounters();
    return records;
  }

  /**
   * After an interruption (a coordinator restart, a failure that could not be recorded): writes
   * the item records the run never got, then publishes what is queued.
   */
  async finishQueuing(run: ActiveRun, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    if (run.missingItems > 0 || run.items.size === 0) await this.writeMissingItems(run, signal, progress);
    await this.publishPending(run, undefined, signal, progress);
  }

  /**
   * Plans the run again from its stored spec (the plan is deterministic) and writes the item
   * records its interrupted planning never wrote. Refused when the files its spec names changed
   * since: the plan would not be the run's any more.
   */
  async writeMissingItems(run: ActiveRun, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    progress.step = "planning the run again to find its missing item records";
    const source = { name: `run ${run.id}`, baseDir: run.record.baseDir };
    const planned = await this.deps.planning.plan({ specYaml: run.record.specYaml, source, runId: run.id, outputRoot: this.deps.outputRoot, dataRoots: this.deps.dataRoots, limits: this.deps.limits() });
    if (planned.record.specFingerprint !== run.record.specFingerprint) {
      throw new FleetError(
        FleetErrorCode.ILLEGAL_STATE,
        `the files the run's spec names changed since it was planned, so its missing item records cannot be rebuilt; submit the spec as a new run (another name or run_id)`,
      );
    }
    // Counted from here as the items they become (not twice).
    run.missingItems = 0;
    const missing = await this.activateItems(run, planned, true);
    progress.step = "writing the missing item records";
    progress.done = 0;
    progress.total = missing.length;
    await this.deps.store.putEncodedItems(run.id, missing, signal, () => progress.done++);
    this.deps.log.info("missing item records written", { run: run.id, written: missing.length });
  }

  /**
   * Runs `work` (writing a run's records, publishing its tasks) so that cancel can stop it, and
   * ends the run FAILED with what failed when it throws: withdrawn tasks, a reason that says
   * where it stopped and why, and how to go on. Rejects with that reason (or CANCELLED).
   */
  async queue(run: ActiveRun, work: Work, opts: { duringStart?: boolean } = {}): Promise<void> {
    const abort = new AbortController();
    const progress = progressOf("queuing tasks");
    const done = work(abort.signal, progress);
    this.queuing.set(run.id, { abort, done: done.catch(() => undefined) });
    try {
      await done;
    } catch (err) {
      if (abort.signal.aborted) throw new FleetError(FleetErrorCode.CANCELLED, `run ${run.id} was cancelled while it was being queued`);
      // A restarting coordinator that cannot reach NATS tries its start again instead.
      if (opts.duringStart && !isRunProblem(err)) throw err;
      throw await this.failQueuing(run, progress, err);
    } finally {
      this.queuing.delete(run.id);
    }
  }

  private async failQueuing(run: ActiveRun, progress: QueuingProgress, err: unknown): Promise<FleetError> {
    const { log } = this.deps;
    let removed = 0;
    try {
      // Nothing of a run that cannot go on is left for the workers.
      removed = await this.withdrawTasks(run);
    } catch (e) {
      log.warn("could not remove the tasks of a run whose queuing failed", { run: run.id, ...errorFields(e) });
    }
    const reason = queuingFailureReason(run.id, progress, err, removed);
    log.error("run failed while it was being queued", { run: run.id, reason, ...errorFields(err) });
    try {
      await this.deps.finish(run, RunState.RUN_STATE_FAILED, reason);
    } catch (e) {
      // Still PLANNING in KV: status (from memory) says why; a restart or a resume carries on.
      run.record.reason = reason;
      log.error("could not record the failure of a run", { run: run.id, ...errorFields(e) });
    }
    return new FleetError(FleetErrorCode.INTERNAL, `run ${run.id}: ${reason}`, { cause: err });
  }

  /**
   * Hands the run's open tasks to admission (which lets them into the work queue a few at a
   * time), then marks the run RUNNING. By default (a new run, or a restarted coordinator
   * finishing an interrupted queuing) that is every open item; a resume passes just its items.
   * Nothing is published here: queuing a run of 100,000 videos writes its records, not 100,000
   * task messages.
   */
  async publishPending(run: ActiveRun, only: readonly ItemRecord[] | undefined, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    const { store, admission } = this.deps;
    if (isRunFinished(run.record.state)) return;
    progress.step = "handing the tasks to admission";
    signal.throwIfAborted();
    run.record.admission = true;
    if (only === undefined) admission.load(run);
    else admission.requeue(run, only);
    const wasRunning = run.record.state === RunState.RUN_STATE_RUNNING;
    run.record.publishedAll = true;
    run.record.state = RunState.RUN_STATE_RUNNING;
    run.refreshCounters();
    await store.putRun(run.record);
    if (!wasRunning) await this.deps.announce(run, "all tasks queued for admission");
    run.notify();
  }

  /** Removes the run's tasks from the queue and stops its running ones, fleet-wide; returns how many were removed. */
  async withdrawTasks(run: ActiveRun): Promise<number> {
    let purged = 0;
    for (const [kind, backend] of [
      ["gen", run.record.generatorBackend],
      ["eval", run.record.evaluatorBackend],
    ] as const) {
      if (!backend) continue;
      purged += await deleteSubjectMessages(this.deps.jsm, STREAM_TASKS, runTasksFilter(kind, backend, run.id));
    }
    // Running tasks of the run stop wherever they are.
    this.deps.nc.publish(CANCEL_SUBJECT, encode(pb.CancelRunCommand, { runId: run.id }));
    return purged;
  }
}
