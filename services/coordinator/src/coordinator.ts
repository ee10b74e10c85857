/**
 * The coordinator: plans runs into tasks, publishes them, follows results, publishes evaluation
 * tasks as videos land, and keeps every run's state in KV so that a restarted coordinator carries
 * on. It holds no process or environment access; main.ts wires it.
 *
 * Events are applied one at a time from one durable consumer, so run state has one writer and
 * no locks. Each event is applied to a copy of the item; the copy replaces the item only once
 * its side effects (evaluation task published, record written) succeeded, so a failed event is
 * simply redelivered and applied again.
 */
import type { JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { KV } from "@nats-io/kv";
import { stat } from "node:fs/promises";
import { evalTaskId, taskMsgId } from "../../common/src/ids";
import { encode } from "../../common/src/codec";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { DurableFollower } from "../../common/src/nats/follower";
import { forEachLimit } from "../../common/src/nats/kv-util";
import { assertSpecSize, runLimits, type RunLimits } from "../../common/src/limits";
import { deleteSubjectMessages } from "../../common/src/nats/task-queue";
import { ItemState, RunState, TaskKind, pb, runStateName, type ItemRecord, type RunRecord, type RunStatus, type StuckQueue } from "../../common/src/proto";
import { int64 } from "../../common/src/run-rate";
import { CANCEL_SUBJECT, CONSUMER_COORDINATOR, EventType, STREAM_EVENTS, STREAM_TASKS, eventSubject, runTasksFilter, taskSubject } from "../../common/src/subjects";
import { backendNeeds, coverageProblems, type LiveBackends } from "./backend-coverage";
import type { CoordinatorMetrics } from "./coordinator-metrics";
import { decodeEvent, type FleetEvent } from "./events";
import { applyResult, applyRetry, applyStarted, isTerminal } from "./item-state";
import { chunkRecords } from "./item-chunks";
import type { PlannedRun } from "./planner";
import type { PlanningThreads } from "./planning-thread";
import { isRunProblem, progressOf, queuingFailureReason, type QueuingProgress } from "./queuing";
import { Stage } from "./progress";
import { fileCheck, planResume } from "./resume";
import { ActiveRun, isRunFinished, type EncodedItem, type RunStore } from "./run-store";
import { ItemWriter } from "./item-writer";
import { buildRunStatus, type StatusContext } from "./status";
import { buildEvalTask, buildGenTask, evalMetricsOf } from "./task-builder";

export interface CoordinatorOptions {
  /** Where run folders are created (shared with the workers). */
  readonly outputRoot: string;
  /** How often dirty run records (counters) are written. @default 1000 */
  readonly statusIntervalMs: number;
  /** coordinator.max_videos_per_run. */
  readonly maxVideosPerRun: number;
}

export interface CoordinatorDeps {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly store: RunStore;
  /** KV ff_attempts: the fleet-wide failure record of each task (cleared when a task is queued again). */
  readonly attempts: KV;
  readonly log: Logger;
  readonly metrics: CoordinatorMetrics;
  /** The live fleet's backends and stuck queues (BackendWatch); without it no submit check, and ETAs count no devices. */
  readonly backends?: FleetBackends;
  /** Where specs are planned (a thread per plan, with memory and time limits). */
  readonly planning: PlanningThreads;
}

/** What the coordinator reads of the live fleet. */
export interface FleetBackends {
  /** As of the last refresh (every few seconds). */
  liveBackends(): LiveBackends;
  /** Read now. */
  liveBackendsNow(): Promise<LiveBackends>;
  stuck(): StuckQueue[];
}

export interface SubmitResult {
  readonly runId: string;
  readonly tasks: number;
  readonly outputDir: string;
  readonly disposition: "new" | "running" | "resumed";
  readonly requeued: number;
  readonly reused: number;
  /** Backends of the run no live node serves (its tasks will wait), one line each. */
  readonly warnings: readonly string[];
}

const PUBLISH_CONCURRENCY = 256;
/** Planned records decoded between two yields to the event loop, so the API keeps answering. */
const DECODE_BATCH = 2048;

/** A run whose items are being written or published: cancel stops it through `abort`. */
interface Queuing {
  readonly abort: AbortController;
  /** Settles once the queuing has stopped, whatever the outcome. */
  readonly done: Promise<unknown>;
}

export class Coordinator {
  private stopped = false;
  private readonly events: DurableFollower;
  private statusTimer: NodeJS.Timeout | undefined;
  private ready = false;
  private readonly writer: ItemWriter;
  private readonly queuing = new Map<string, Queuing>();

  constructor(
    private readonly opts: CoordinatorOptions,
    private readonly deps: CoordinatorDeps,
  ) {
    this.writer = new ItemWriter((item) => deps.store.putItem(item), deps.log);
    this.events = new DurableFollower(deps.js, { stream: STREAM_EVENTS, consumer: CONSUMER_COORDINATOR, maxMessages: 512, log: deps.log }, (m) => this.handle(m));
  }

  isReady(): boolean {
    return this.ready && !this.stopped;
  }

  /**
   * Reloads unfinished runs, finishes any interrupted planning or publishing, and starts
   * following events. A run whose queuing cannot be finished (a limit, a plan that cannot be
   * rebuilt) ends FAILED with why; NATS being unreachable instead fails the start, which is
   * tried again.
   */
  async start(): Promise<void> {
    for (const run of await this.deps.store.loadActive()) {
      if (!run.record.publishedAll) {
        try {
          await this.queue(run, (signal, progress) => this.finishQueuing(run, signal, progress));
        } catch (err) {
          // Ended FAILED (recorded): the start goes on with the other runs.
          if (this.deps.store.get(run.id) === undefined) continue;
          throw err;
        }
      }
      await this.checkCompletion(run);
    }
    this.events.start();
    this.scheduleStatus();
    this.ready = true;
    this.deps.log.info("coordinator started", { activeRuns: this.deps.store.all().length });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.statusTimer) clearTimeout(this.statusTimer);
    await this.events.stop();
    await this.writer.flushed();
    await this.flushCounters();
  }

  // ---- submitting ------------------------------------------------------------------------------

  /**
   * Starts a run, or finds it: the same spec again (same run id) returns the run in progress
   * untouched, or resumes a finished one. `resumeRunId` resumes by id; with `failedOnly` only the
   * failed items are queued again (framefleet retry RUN --failed).
   */
  async submit(req: { specYaml: string; baseDir: string; specSource: string; resumeRunId: string; failedOnly?: boolean; requireNodes?: boolean }): Promise<SubmitResult> {
    const requireNodes = req.requireNodes ?? false;
    if (req.resumeRunId) return this.resume(req.resumeRunId, { failedOnly: req.failedOnly ?? false, requireNodes });
    const source = { name: req.specSource || "request", baseDir: req.baseDir || process.cwd() };
    // Every limit is checked before anything is written: the spec's size here, the rest while planning.
    const limits = this.limits();
    assertSpecSize(req.specYaml, source.name, limits);
    const planned = await this.deps.planning.plan({ specYaml: req.specYaml, source, outputRoot: this.opts.outputRoot, limits });
    const runId = planned.record.runId;
    const existing = await this.deps.store.record(runId);
    if (existing) {
      if (existing.specFingerprint && existing.specFingerprint !== planned.record.specFingerprint) {
        throw new FleetError(
          FleetErrorCode.ILLEGAL_STATE,
          `run ${runId} exists with a different spec; give the new spec another run_id (or name), or resume the old run with framefleet submit --resume ${runId}`,
        );
      }
      return this.resume(runId, { failedOnly: false, requireNodes });
    }
    const warnings = await this.checkBackends(planned.record, requireNodes);
    // The same spec submitted twice at once: the first one past planning makes the run.
    if (this.deps.store.get(runId)) return this.resume(runId, { failedOnly: false, requireNodes });
    return this.startRun(planned, warnings);
  }

  /** The limits of a run submitted now: the NATS server's max_payload and the configured video cap. */
  private limits(): RunLimits {
    return runLimits(this.deps.nc.info?.max_payload, this.opts.maxVideosPerRun);
  }

  /**
   * Makes a planned run: its record (PLANNING), then its item records, then its tasks. The run
   * is in memory from the start, so status shows it and cancel stops it while it is queued. A
   * coordinator that dies part-way finds it PLANNING at start and finishes it (finishQueuing);
   * any other failure ends it FAILED with what failed (queue).
   */
  private async startRun(planned: PlannedRun, warnings: string[]): Promise<SubmitResult> {
    const { store, log } = this.deps;
    const total = planned.record.counters?.total ?? 0;
    // Activated and registered as queuing in one go: a twin submit or a resume finds it in progress.
    const run = store.activate(planned.record);
    await this.queue(run, async (signal, progress) => {
      progress.step = "recording the run";
      await store.putRun(run.record);
      log.info("run planned", { run: run.id, items: total, benchmark: run.spec.benchmark });
      const records = await this.activateItems(run, planned);
      progress.step = "writing item records";
      progress.total = records.length;
      await store.putEncodedItems(run.id, records, signal, () => progress.done++);
      await this.publishPending(run, undefined, signal, progress);
    });
    return { runId: run.id, tasks: total, outputDir: run.record.outputDir, disposition: "new", requeued: total, reused: 0, warnings };
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
  private async finishQueuing(run: ActiveRun, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    if (run.missingItems > 0 || run.items.size === 0) await this.writeMissingItems(run, signal, progress);
    await this.publishPending(run, undefined, signal, progress);
  }

  /**
   * Plans the run again from its stored spec (the plan is deterministic) and writes the item
   * records its interrupted planning never wrote. Refused when the files its spec names changed
   * since: the plan would not be the run's any more.
   */
  private async writeMissingItems(run: ActiveRun, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    progress.step = "planning the run again to find its missing item records";
    const source = { name: `run ${run.id}`, baseDir: run.record.baseDir };
    const planned = await this.deps.planning.plan({ specYaml: run.record.specYaml, source, runId: run.id, outputRoot: this.opts.outputRoot, limits: this.limits() });
    if (planned.record.specFingerprint !== run.record.specFingerprint) {
      throw new FleetError(
        FleetErrorCode.ILLEGAL_STATE,
        `the files the run's spec names changed since it was planned, so its missing item records cannot be rebuilt; submit the spec as a new run (another name or run_id)`,
      );
    }
    const missing = await this.activateItems(run, planned, true);
    progress.step = "writing the missing item records";
    progress.done = 0;
    progress.total = missing.length;
    await this.deps.store.putEncodedItems(run.id, missing, signal, () => progress.done++);
    run.missingItems = 0;
    this.deps.log.info("missing item records written", { run: run.id, written: missing.length });
  }

  /**
   * Runs `work` (writing a run's records, publishing its tasks) so that cancel can stop it, and
   * ends the run FAILED with what failed when it throws: withdrawn tasks, a reason that says
   * where it stopped and why, and how to go on. Rejects with that reason (or CANCELLED).
   */
  private async queue(run: ActiveRun, work: (signal: AbortSignal, progress: QueuingProgress) => Promise<void>): Promise<void> {
    const abort = new AbortController();
    const progress = progressOf("queuing tasks");
    const done = work(abort.signal, progress);
    this.queuing.set(run.id, { abort, done: done.catch(() => undefined) });
    try {
      await done;
    } catch (err) {
      if (abort.signal.aborted) throw new FleetError(FleetErrorCode.CANCELLED, `run ${run.id} was cancelled while it was being queued`);
      // A restarting coordinator that cannot reach NATS tries its start again instead.
      if (!this.ready && !isRunProblem(err)) throw err;
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
      await this.finish(run, RunState.RUN_STATE_FAILED, reason);
    } catch (e) {
      // Still PLANNING in KV: status (from memory) says why; a restart or a resume carries on.
      run.record.reason = reason;
      log.error("could not record the failure of a run", { run: run.id, ...errorFields(e) });
    }
    return new FleetError(FleetErrorCode.INTERNAL, `run ${run.id}: ${reason}`, { cause: err });
  }

  /**
   * The run's backends that no live node serves: warnings, or with `require` an error before
   * anything is created or queued (SPEC_INVALID: most often the spec names a backend wrongly).
   */
  private async checkBackends(record: Pick<RunRecord, "generatorBackend" | "evaluatorBackend">, require: boolean): Promise<string[]> {
    const backends = this.deps.backends;
    if (!backends) return [];
    const problems = coverageProblems(backendNeeds(record.generatorBackend, record.evaluatorBackend), await backends.liveBackendsNow());
    if (problems.length === 0) return [];
    if (require) {
      throw new FleetError(
        FleetErrorCode.SPEC_INVALID,
        `${problems.join("\n")}\nnothing was queued (--require-nodes): fix the backend name in the spec, or start a worker that serves it; without --require-nodes the run is queued and waits for one`,
      );
    }
    return problems.map((p) => `${p}; the run's tasks wait in the queue until a node serves it`);
  }

  private async resume(runId: string, opts: { failedOnly: boolean; requireNodes: boolean }): Promise<SubmitResult> {
    const { store, log } = this.deps;
    let run = store.get(runId);
    const record = run?.record ?? (await store.record(runId));
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist (framefleet status lists runs)`);
    const warnings = await this.checkBackends(record, opts.requireNodes);
    const inProgress = () => ({ runId, tasks: run?.items.size ?? 0, outputDir: record.outputDir, disposition: "running" as const, requeued: 0, reused: 0, warnings });
    // Being queued right now: there is nothing to add.
    if (run && this.queuing.has(runId)) return inProgress();
    if (run && !run.record.publishedAll) {
      // In memory, its queuing stopped by a failure that could not be recorded: carry on with it.
      const active = run;
      await this.queue(active, (signal, progress) => this.finishQueuing(active, signal, progress));
      await this.checkCompletion(active);
      return { ...inProgress(), disposition: "resumed", requeued: active.record.counters?.queued ?? 0 };
    }
    // In progress: submitting the same spec again changes nothing.
    if (run && !opts.failedOnly) return inProgress();
    run ??= await store.load(record);
    const active = run;
    // A run whose queuing never finished (it failed, or was cancelled, while being planned or
    // queued) goes again with every unfinished item, whatever was asked: none was surely queued.
    const failedOnly = opts.failedOnly && active.record.publishedAll;
    const runDir = active.record.outputDir;
    const committed = [...active.items.values()].some((i) => i.output);
    if (!failedOnly && committed && !(await isDirectory(runDir))) {
      store.retire(runId);
      throw new FleetError(
        FleetErrorCode.DEPENDENCY_MISSING,
        `the coordinator cannot see the run folder ${runDir}, so it cannot check which videos to keep; mount the shared output folder on the coordinator`,
      );
    }
    let requeued = 0;
    let reused = 0;
    await this.queue(active, async (signal, progress) => {
      if (active.missingItems > 0 || active.items.size === 0) await this.writeMissingItems(active, signal, progress);
      progress.step = "checking which videos to keep";
      const plan = await planResume(active.items.values(), fileCheck(runDir), { failedOnly });
      const ev = active.spec.evaluation;
      for (const item of plan.changed) {
        // A fresh attempt budget: the fleet-wide failure records of its tasks start over.
        await this.deps.attempts.delete(item.taskId).catch(() => undefined);
        if (ev) await this.deps.attempts.delete(evalTaskId(item.taskId, ev.backend, evalMetricsOf(item, active.spec))).catch(() => undefined);
        active.replaceItem(active.items.get(item.taskId) ?? item, item);
      }
      await this.writer.writeAll(plan.changed);
      active.record.generation += 1;
      // PLANNING with published_all false: a coordinator that dies before the publish below
      // publishes every queued item again at start (with this generation's message ids).
      if (active.record.state !== RunState.RUN_STATE_RUNNING) active.record.state = RunState.RUN_STATE_PLANNING;
      active.record.finishedAtMs = 0;
      active.record.reason = "";
      active.record.publishedAll = false;
      active.refreshCounters();
      await store.putRun(active.record);
      log.info("run resumed", { run: runId, requeued: plan.changed.length, reused: plan.reused, generation: active.record.generation });
      requeued = plan.changed.length;
      reused = plan.reused;
      await this.publishPending(active, plan.changed, signal, progress);
    });
    await this.checkCompletion(active);
    return { runId, tasks: active.items.size, outputDir: runDir, disposition: "resumed", requeued, reused, warnings };
  }

  /**
   * Publishes the tasks the run still needs, then marks it RUNNING. By default (a new run, or a
   * restarted coordinator finishing an interrupted publish) that is every queued item's
   * generation task and every generated item's evaluation task; a resume passes just its items.
   * Stops at the first failed publish, or when `signal` aborts (a cancel), once the publishes in
   * flight have settled; `progress` counts what was published.
   */
  private async publishPending(run: ActiveRun, only: readonly ItemRecord[] | undefined, signal: AbortSignal, progress: QueuingProgress): Promise<void> {
    const { js, store, metrics } = this.deps;
    if (isRunFinished(run.record.state)) return;
    const work: { item: ItemRecord; gen: boolean }[] = [];
    for (const item of only ?? run.items.values()) {
      if (item.state === ItemState.ITEM_STATE_QUEUED && (only !== undefined || !run.record.publishedAll)) work.push({ item, gen: true });
      if (item.state === ItemState.ITEM_STATE_GENERATED && run.spec.evaluation) work.push({ item, gen: false });
    }
    // Longest expected first (LPT): a long item started last would leave every other GPU idle
    // while it finishes. Only simulated times are known in advance; with none, plan order stays.
    const cost = (w: { item: ItemRecord; gen: boolean }) => (w.gen ? w.item.simulatedMs : 0);
    work.sort((a, b) => cost(b) - cost(a));
    progress.step = "queuing tasks";
    progress.done = 0;
    progress.total = work.length;
    // Each task is built as it is published: a large run never holds all its messages at once.
    await forEachLimit(work, PUBLISH_CONCURRENCY, async ({ item, gen }) => {
      signal.throwIfAborted();
      const t = gen ? buildGenTask(item, run.spec) : buildEvalTask(item, run.spec);
      if (!t) return;
      const kind = gen ? "gen" : "eval";
      const ack = await js.publish(taskSubject(kind, t.backend, t.runId), encode(pb.Task, t), { msgID: taskMsgId(t.taskId, run.record.generation) });
      progress.done++;
      // A duplicate (the same task published before a crash) was not queued again.
      if (!ack.duplicate) metrics.tasksPublished.inc({ kind });
    });
    signal.throwIfAborted();
    const wasRunning = run.record.state === RunState.RUN_STATE_RUNNING;
    run.record.publishedAll = true;
    run.record.state = RunState.RUN_STATE_RUNNING;
    run.refreshCounters();
    await store.putRun(run.record);
    if (!wasRunning) await this.publishRunState(run, "all tasks published");
    run.notify();
  }

  /** Removes the run's tasks from the queue and stops its running ones, fleet-wide; returns how many were removed. */
  private async withdrawTasks(run: ActiveRun): Promise<number> {
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

  // ---- cancelling -----------------------------------------------------------------------------

  /**
   * Cancels a run in any unfinished state, or one that FAILED (e.g. while it was queued): a run
   * being queued stops first, so no task of it lands after the removal; then its queued tasks
   * are removed, its running ones stopped, and its unfinished items end as cancelled.
   */
  async cancel(runId: string): Promise<number> {
    const { store } = this.deps;
    const queuing = this.queuing.get(runId);
    if (queuing) {
      queuing.abort.abort();
      await queuing.done;
    }
    let run = store.get(runId);
    let before = "";
    if (!run) {
      const record = await store.record(runId);
      if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist`);
      if (record.state === RunState.RUN_STATE_COMPLETED || record.state === RunState.RUN_STATE_CANCELLED) {
        throw new FleetError(FleetErrorCode.ILLEGAL_STATE, `run ${runId} is already ${runStateName(record.state)}`);
      }
      if (record.state === RunState.RUN_STATE_FAILED) before = ` (it had failed: ${record.reason})`;
      run = await store.load(record);
    }
    const purged = await this.withdrawTasks(run);
    // Items that were not finished end here, so the run's counters, status and report add up.
    const ended: ItemRecord[] = [];
    const now = Date.now();
    for (const item of run.items.values()) {
      if (isTerminal(item.state)) continue;
      const next = pb.ItemRecord.create({
        ...item,
        state: ItemState.ITEM_STATE_FAILED,
        errors: [...item.errors, pb.TaskError.create({ code: FleetErrorCode.CANCELLED, message: "the run was cancelled", atMs: now })],
      });
      run.replaceItem(item, next);
      ended.push(next);
    }
    // The items it ended reached their final state now: the run's wall time ends here.
    if (ended.length > 0) run.record.lastItemDoneAtMs = now;
    await this.writer.writeAll(ended);
    const planning = run.record.publishedAll ? "" : " while it was being queued";
    await this.finish(run, RunState.RUN_STATE_CANCELLED, `cancelled by user${planning}${before}`);
    return purged;
  }

  // ---- following events -----------------------------------------------------------------------

  /**
   * Applies one event in memory and moves on; the event is acked once the record it changed is
   * durable (ItemWriter), so the next events are applied while this one's write is on its way.
   */
  private async handle(m: JsMsg): Promise<void> {
    let ev: FleetEvent | undefined;
    try {
      ev = decodeEvent(m);
    } catch (err) {
      this.deps.log.error("undecodable event; skipping it", { subject: m.subject, ...errorFields(err) });
      m.ack();
      return;
    }
    let durable: Promise<void>;
    try {
      durable = ev ? (await this.apply(ev)).durable : Promise.resolve();
    } catch (err) {
      // Nothing was committed to memory: the redelivery applies the event afresh.
      this.deps.log.warn("could not apply event; it will be redelivered", { subject: m.subject, ...errorFields(err) });
      m.nak(1000);
      return;
    }
    const type = ev?.type;
    void durable.then(() => {
      m.ack();
      if (type) this.deps.metrics.events.inc({ type });
    });
  }

  /**
   * Applies an event in memory; `durable` settles when the change is written. (Wrapped in an
   * object: a promise resolved with a promise would be awaited through.)
   */
  private async apply(ev: FleetEvent): Promise<{ durable: Promise<void> }> {
    const nothing = { durable: Promise.resolve() };
    if (ev.type === "run") return nothing; // our own announcements
    const run = this.deps.store.get(ev.runId);
    if (!run) return nothing; // finished or unknown run: late events change nothing
    const genTaskId =
      ev.type === "result" && ev.event.kind === TaskKind.TASK_KIND_EVAL ? ev.event.genTaskId : run.genTaskIdOf(ev.event.taskId);
    const current = genTaskId ? run.items.get(genTaskId) : undefined;
    if (!current) return nothing;
    const item = pb.ItemRecord.create({ ...current, errors: [...current.errors], scores: { ...current.scores }, loads: [...current.loads] });
    let changed = false;
    let publishEval = false;
    switch (ev.type) {
      case "started":
        changed = applyStarted(item, ev.event);
        break;
      case "retry":
        changed = applyRetry(item, ev.event);
        break;
      case "result": {
        const effect = applyResult(item, ev.event, run.spec.evaluation !== undefined);
        changed = effect.changed;
        publishEval = effect.publishEval;
        break;
      }
    }
    // A redelivered event changes nothing, but must not be acked before the write it caused.
    if (!changed) return { durable: this.writer.settled(current.taskId) };
    if (publishEval) {
      const t = buildEvalTask(item, run.spec);
      if (t) {
        item.evalTaskId = t.taskId;
        const ack = await this.deps.js.publish(taskSubject("eval", t.backend, t.runId), encode(pb.Task, t), { msgID: taskMsgId(t.taskId, run.record.generation) });
        if (!ack.duplicate) this.deps.metrics.tasksPublished.inc({ kind: "eval" });
      }
    }
    const durable = this.writer.write(item);
    run.replaceItem(current, item);
    if (ev.type === "result") {
      // Every attempt's time feeds the ETA model, whatever its outcome: it held a device that long.
      const t = ev.event.timings;
      run.progress.recordAttempt(ev.event.kind === TaskKind.TASK_KIND_GEN ? Stage.GENERATION : Stage.EVALUATION, int64(t?.startedAtMs), int64(t?.finishedAtMs));
    }
    if (isTerminal(item.state)) {
      // When the last item reached its final state is when the run's wall time ends; a result
      // replayed after a restart keeps its own time, not the time of the replay.
      const at = ev.type === "result" ? int64(ev.event.timings?.finishedAtMs) || Date.now() : Date.now();
      run.record.lastItemDoneAtMs = Math.max(int64(run.record.lastItemDoneAtMs), at);
      this.deps.metrics.itemsFinished.inc({ outcome: item.state === ItemState.ITEM_STATE_DONE ? "done" : "failed" });
    }
    run.notify();
    await this.checkCompletion(run);
    return { durable };
  }

  private async checkCompletion(run: ActiveRun): Promise<void> {
    const c = run.record.counters;
    // A run with no items never completes: it was never planned (start() fails such a run).
    if (run.record.state !== RunState.RUN_STATE_RUNNING || !run.record.publishedAll || !c || c.total === 0) return;
    if (c.done + c.failed < c.total) return;
    await this.finish(run, RunState.RUN_STATE_COMPLETED, c.failed > 0 ? `${c.failed} of ${c.total} items failed` : "");
  }

  private async finish(run: ActiveRun, state: RunState, reason: string): Promise<void> {
    // Every item's last change is durable before the run says it is over.
    await this.writer.flushed();
    run.record.state = state;
    run.record.finishedAtMs = Date.now();
    run.record.reason = reason;
    run.refreshCounters();
    await this.deps.store.putRun(run.record);
    // The record says it is over; the announcement is for the aggregator and watchers, and a
    // failed one must not keep a finished run in memory.
    await this.publishRunState(run, reason).catch((err: unknown) => this.deps.log.warn("could not announce the end of a run", { run: run.id, ...errorFields(err) }));
    this.deps.log.info("run finished", { run: run.id, state: runStateName(state), counters: run.record.counters });
    // The run leaves memory now: its gauges get their final values first.
    this.deps.metrics.observeRun(run.record, buildRunStatus(run.record, [], this.statusContext(run)));
    run.notify();
    this.deps.store.retire(run.id);
  }

  private async publishRunState(run: ActiveRun, reason: string): Promise<void> {
    const ev = { runId: run.id, state: run.record.state, atMs: Date.now(), reason, generation: run.record.generation };
    await this.deps.js.publish(eventSubject(run.id, EventType.RUN), encode(pb.RunStateChanged, ev), {
      msgID: `${run.id}.run.${runStateName(run.record.state)}.${run.record.updatedAtMs}`,
    });
  }

  // ---- status -----------------------------------------------------------------------------------

  /** The fleet's view a run's status is built with; the progress model only for runs in memory (in progress). */
  private statusContext(run: ActiveRun | undefined): StatusContext {
    const b = this.deps.backends;
    return { ...(run ? { progress: run.progress } : {}), ...(b ? { live: b.liveBackends(), stuck: b.stuck() } : {}) };
  }

  async status(runId: string): Promise<RunStatus> {
    const run = this.deps.store.get(runId);
    if (run) return buildRunStatus(run.record, run.items.values(), this.statusContext(run));
    const record = await this.deps.store.record(runId);
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist (framefleet status lists runs)`);
    return buildRunStatus(record, await this.deps.store.loadItems(runId), this.statusContext(undefined));
  }

  /**
   * Every run's status, without its spec: a spec may be up to 256 KiB, and a list of many would
   * outgrow a gRPC message (status RUN and the report carry the spec).
   */
  async listRuns(): Promise<RunStatus[]> {
    const records = await this.deps.store.allRecords();
    return records.map((r) => {
      const run = this.deps.store.get(r.runId);
      const status = run ? buildRunStatus(run.record, run.items.values(), this.statusContext(run)) : buildRunStatus(r, [], this.statusContext(undefined));
      status.run = pb.RunRecord.create({ ...status.run, specYaml: "" });
      return status;
    });
  }

  /** Yields the run's status now and on every change (at most every 250 ms) until it finishes. */
  async *watch(runId: string, signal: AbortSignal): AsyncGenerator<RunStatus> {
    for (;;) {
      const status = await this.status(runId);
      yield status;
      if (!status.run || isRunFinished(status.run.state) || signal.aborted) return;
      const run = this.deps.store.get(runId);
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, 2000);
        const off = run?.onChange(() => setTimeout(done, 250));
        signal.addEventListener("abort", done, { once: true });
        function done() {
          clearTimeout(t);
          off?.();
          signal.removeEventListener("abort", done);
          resolve();
        }
      });
      if (signal.aborted) return;
    }
  }

  private scheduleStatus(): void {
    this.statusTimer = setTimeout(() => {
      void this.flushCounters().finally(() => {
        if (!this.stopped) this.scheduleStatus();
      });
    }, this.opts.statusIntervalMs);
  }

  /** Writes changed counters and refreshes the run gauges. */
  private async flushCounters(): Promise<void> {
    for (const run of this.deps.store.all()) {
      this.deps.metrics.observeRun(run.record, buildRunStatus(run.record, run.items.values(), this.statusContext(run)));
      if (!run.dirty) continue;
      run.dirty = false;
      await this.deps.store.putRun(run.record).catch((err: unknown) => {
        run.dirty = true;
        this.deps.log.warn("could not write run record", errorFields(err));
      });
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
