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
import type { DataRootsConfig } from "../../common/src/data-roots";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { DurableFollower } from "../../common/src/nats/follower";
import { forEachLimit } from "../../common/src/nats/kv-util";
import { deleteSubjectMessages } from "../../common/src/nats/task-queue";
import { ItemState, RunState, TaskKind, pb, runStateName, type ItemRecord, type RunRecord, type RunStatus, type StuckQueue, type Task } from "../../common/src/proto";
import { int64 } from "../../common/src/run-rate";
import { CANCEL_SUBJECT, CONSUMER_COORDINATOR, EventType, STREAM_EVENTS, STREAM_TASKS, eventSubject, runTasksFilter, taskSubject } from "../../common/src/subjects";
import { backendNeeds, coverageProblems, type LiveBackends } from "./backend-coverage";
import type { CoordinatorMetrics } from "./coordinator-metrics";
import { decodeEvent, type FleetEvent } from "./events";
import { applyResult, applyRetry, applyStarted, isTerminal } from "./item-state";
import { planRun } from "./planner";
import { Stage } from "./progress";
import { fileCheck, planResume } from "./resume";
import { ActiveRun, isRunFinished, type RunStore } from "./run-store";
import { ItemWriter } from "./item-writer";
import { buildRunStatus, type StatusContext } from "./status";
import { buildEvalTask, buildGenTask, evalMetricsOf } from "./task-builder";

export interface CoordinatorOptions {
  /** Where run folders are created (shared with the workers). */
  readonly outputRoot: string;
  /** How often dirty run records (counters) are written. @default 1000 */
  readonly statusIntervalMs: number;
  /** The folders run specs may read from (coordinator.data_roots, coordinator.allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
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

export class Coordinator {
  private stopped = false;
  private readonly events: DurableFollower;
  private statusTimer: NodeJS.Timeout | undefined;
  private ready = false;
  private readonly writer: ItemWriter;

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

  /** Reloads unfinished runs, finishes any interrupted publishing, and starts following events. */
  async start(): Promise<void> {
    for (const run of await this.deps.store.loadActive()) {
      // Publishing is idempotent (Nats-Msg-Id = task id), so after a crash we publish again.
      await this.publishPending(run);
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
    const planned = await planRun({ specYaml: req.specYaml, source, outputRoot: this.opts.outputRoot, dataRoots: this.opts.dataRoots });
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
    const { store, log } = this.deps;
    // Records first, then tasks: a crash in between leaves a PLANNING run that start() publishes.
    await store.putRun(planned.record);
    await store.putItems(planned.items);
    const run = store.activate(planned.record);
    for (const item of planned.items) run.items.set(item.taskId, item);
    log.info("run planned", { run: run.id, items: planned.items.length, benchmark: planned.spec.benchmark });
    await this.publishPending(run);
    return { runId: run.id, tasks: planned.items.length, outputDir: run.record.outputDir, disposition: "new", requeued: planned.items.length, reused: 0, warnings };
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
    if (run && !opts.failedOnly) {
      // In progress: submitting the same spec again changes nothing.
      return { runId, tasks: run.items.size, outputDir: run.record.outputDir, disposition: "running", requeued: 0, reused: 0, warnings };
    }
    if (!run) {
      run = store.activate(record);
      for (const item of await store.loadItems(runId)) run.items.set(item.taskId, item);
      run.refreshCounters();
    }
    const runDir = run.record.outputDir;
    if (!opts.failedOnly && !(await isDirectory(runDir))) {
      store.retire(runId);
      throw new FleetError(
        FleetErrorCode.DEPENDENCY_MISSING,
        `the coordinator cannot see the run folder ${runDir}, so it cannot check which videos to keep; mount the shared output folder on the coordinator`,
      );
    }
    const plan = await planResume(run.items.values(), fileCheck(runDir), opts);
    const ev = run.spec.evaluation;
    for (const item of plan.changed) {
      // A fresh attempt budget: the fleet-wide failure records of its tasks start over.
      await this.deps.attempts.delete(item.taskId).catch(() => undefined);
      if (ev) await this.deps.attempts.delete(evalTaskId(item.taskId, ev.backend, evalMetricsOf(item, run.spec))).catch(() => undefined);
      run.replaceItem(run.items.get(item.taskId) ?? item, item);
    }
    await this.writer.writeAll(plan.changed);
    run.record.generation += 1;
    // PLANNING with published_all false: a coordinator that dies before the publish below
    // publishes every queued item again at start (with this generation's message ids).
    if (run.record.state !== RunState.RUN_STATE_RUNNING) run.record.state = RunState.RUN_STATE_PLANNING;
    run.record.finishedAtMs = 0;
    run.record.reason = "";
    run.record.publishedAll = false;
    run.refreshCounters();
    await store.putRun(run.record);
    log.info("run resumed", { run: runId, requeued: plan.changed.length, reused: plan.reused, generation: run.record.generation });
    await this.publishPending(run, plan.changed);
    await this.checkCompletion(run);
    return { runId, tasks: run.items.size, outputDir: runDir, disposition: "resumed", requeued: plan.changed.length, reused: plan.reused, warnings };
  }

  /**
   * Publishes the tasks the run still needs, then marks it RUNNING. By default (a new run, or a
   * restarted coordinator finishing an interrupted publish) that is every queued item's
   * generation task and every generated item's evaluation task; a resume passes just its items.
   */
  private async publishPending(run: ActiveRun, only?: readonly ItemRecord[]): Promise<void> {
    const { js, store, metrics } = this.deps;
    if (isRunFinished(run.record.state)) return;
    const tasks: Task[] = [];
    for (const item of only ?? run.items.values()) {
      if (item.state === ItemState.ITEM_STATE_QUEUED && (only !== undefined || !run.record.publishedAll)) tasks.push(buildGenTask(item, run.spec));
      if (item.state === ItemState.ITEM_STATE_GENERATED) {
        const t = buildEvalTask(item, run.spec);
        if (t) tasks.push(t);
      }
    }
    // Longest expected first (LPT): a long item started last would leave every other GPU idle
    // while it finishes. Only simulated times are known in advance; with none, plan order stays.
    tasks.sort((a, b) => expectedCostMs(b) - expectedCostMs(a));
    await forEachLimit(tasks, PUBLISH_CONCURRENCY, async (t) => {
      const kind = t.kind === TaskKind.TASK_KIND_GEN ? "gen" : "eval";
      const ack = await js.publish(taskSubject(kind, t.backend, t.runId), encode(pb.Task, t), { msgID: taskMsgId(t.taskId, run.record.generation) });
      // A duplicate (the same task published before a crash) was not queued again.
      if (!ack.duplicate) metrics.tasksPublished.inc({ kind });
    });
    const wasRunning = run.record.state === RunState.RUN_STATE_RUNNING;
    run.record.publishedAll = true;
    run.record.state = RunState.RUN_STATE_RUNNING;
    run.refreshCounters();
    await store.putRun(run.record);
    if (!wasRunning) await this.publishRunState(run, "all tasks published");
    run.notify();
  }

  // ---- cancelling -----------------------------------------------------------------------------

  async cancel(runId: string): Promise<number> {
    const run = this.deps.store.get(runId);
    if (!run) {
      const record = await this.deps.store.record(runId);
      if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist`);
      throw new FleetError(FleetErrorCode.ILLEGAL_STATE, `run ${runId} is already ${runStateName(record.state)}`);
    }
    let purged = 0;
    for (const [kind, backend] of [
      ["gen", run.record.generatorBackend],
      ["eval", run.record.evaluatorBackend],
    ] as const) {
      if (!backend) continue;
      purged += await deleteSubjectMessages(this.deps.jsm, STREAM_TASKS, runTasksFilter(kind, backend, runId));
    }
    // Running tasks of the run stop wherever they are.
    this.deps.nc.publish(CANCEL_SUBJECT, encode(pb.CancelRunCommand, { runId }));
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
    await this.finish(run, RunState.RUN_STATE_CANCELLED, "cancelled by user");
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
    if (run.record.state !== RunState.RUN_STATE_RUNNING || !run.record.publishedAll || !c) return;
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
    await this.publishRunState(run, reason);
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

  async listRuns(): Promise<RunStatus[]> {
    const records = await this.deps.store.allRecords();
    return records.map((r) => {
      const run = this.deps.store.get(r.runId);
      return run ? buildRunStatus(run.record, run.items.values(), this.statusContext(run)) : buildRunStatus(r, [], this.statusContext(undefined));
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

function expectedCostMs(t: Task): number {
  return t.generate?.simulatedMs ?? 0;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
