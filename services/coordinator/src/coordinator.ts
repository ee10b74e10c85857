/**
 * The coordinator: plans runs into tasks (in the planning thread, planning-thread.ts), queues
 * them (run-queuer.ts), follows results, publishes evaluation tasks as videos land, and keeps
 * every run's state in KV so that a restarted coordinator carries on. It holds no process or
 * environment access; main.ts wires it.
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
import { evalTaskId } from "../../common/src/ids";
import type { DataRootsConfig } from "../../common/src/data-roots";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { DurableFollower } from "../../common/src/nats/follower";
import { assertSpecSize, runLimits, type RunLimits } from "../../common/src/limits";
import { ItemState, RunState, TaskKind, pb, runStateName, type ItemRecord, type RunRecord, type RunStatus, type StuckQueue } from "../../common/src/proto";
import { int64 } from "../../common/src/run-rate";
import { CONSUMER_COORDINATOR, STREAM_EVENTS } from "../../common/src/subjects";
import { LiveBackends, backendNeeds, coverageProblems, type RunningOnNode } from "./fleet/backend-coverage";
import type { CoordinatorMetrics } from "./fleet/coordinator-metrics";
import { decodeEvent, type FleetEvent } from "./events/events";
import { applyResult, applyRetry, applyStarted, isTerminal } from "./runs/item-state";
import type { PlannedRun } from "./runs/planner";
import type { PlanningThreads } from "./runs/planning-thread";
import { RunQueuer } from "./runs/run-queuer";
import { Admission, stageOf } from "./admission/admission";
import { DEFAULT_SCHEDULING, resolveScheduling, teamOf, type SchedulingConfig, type Submitter } from "./admission/scheduling";
import { parseRunSpec } from "../../common/src/benchmarks";
import { Stage } from "./runs/progress";
import { fileCheck, planResume } from "./runs/resume";
import { ActiveRun, isRunFinished, type RunStore } from "./runs/run-store";
import { ItemWriter } from "./runs/item-writer";
import { Feed } from "./events/feed";
import { buildRunStatus, type StatusContext } from "./api/status";
import { buildEvalTask, evalMetricsOf } from "./runs/task-builder";

export interface CoordinatorOptions {
  /** Where run folders are created (shared with the workers). */
  readonly outputRoot: string;
  /** How often dirty run records (counters) are written. @default 1000 */
  readonly statusIntervalMs: number;
  /** The folders run specs may read from (coordinator.data_roots, coordinator.allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
  /** coordinator.max_videos_per_run. */
  readonly maxVideosPerRun: number;
  /** Priority classes and teams (coordinator.priority_classes, default_priority, teams). */
  readonly scheduling?: SchedulingConfig;
  /** coordinator.admission_margin. */
  readonly admissionMargin?: number;
  /** coordinator.max_preemptions. @default 2 */
  readonly maxPreemptions?: number;
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
  /** The tasks the live nodes' adverts show running, as of the last read. */
  running(): readonly RunningOnNode[];
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

export class Coordinator {
  private stopped = false;
  private readonly events: DurableFollower;
  private statusTimer: NodeJS.Timeout | undefined;
  private ready = false;
  private readonly writer: ItemWriter;
  private readonly feed: Feed;
  private readonly queuer: RunQueuer;
  readonly admission: Admission;
  private admissionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly opts: CoordinatorOptions,
    private readonly deps: CoordinatorDeps,
  ) {
    this.feed = new Feed(deps.js, deps.log);
    this.writer = new ItemWriter((items) => deps.store.putItems(items), deps.log, (items) => this.feed.items(items));
    this.admission = new Admission({
      js: deps.js,
      jsm: deps.jsm,
      nc: deps.nc,
      log: deps.log,
      metrics: deps.metrics,
      run: (id) => deps.store.get(id),
      live: () => deps.backends?.liveBackends() ?? LiveBackends.NONE,
      write: (item, lazy) => this.writer.write(item, lazy),
      scheduling: opts.scheduling ?? DEFAULT_SCHEDULING,
      margin: opts.admissionMargin ?? 0.25,
      maxPreemptions: opts.maxPreemptions ?? 2,
    });
    this.queuer = new RunQueuer({
      admission: this.admission,
      ...deps,
      outputRoot: opts.outputRoot,
      dataRoots: opts.dataRoots,
      limits: () => this.limits(),
      finish: (run, state, reason) => this.finish(run, state, reason),
      announce: (run, reason) => this.publishRunState(run, reason),
    });
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
          await this.queuer.queue(run, (signal, progress) => this.queuer.finishQueuing(run, signal, progress), { duringStart: true });
        } catch (err) {
          // Ended FAILED (recorded): the start goes on with the other runs.
          if (this.deps.store.get(run.id) === undefined) continue;
          throw err;
        }
      }
      // Queued runs wait for admission; an interrupted queuing handed its run over already.
      else this.admission.load(run);
      await this.checkCompletion(run);
    }
    this.events.start();
    this.scheduleStatus();
    this.scheduleAdmission();
    this.ready = true;
    this.deps.log.info("coordinator started", { activeRuns: this.deps.store.all().length });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.statusTimer) clearTimeout(this.statusTimer);
    if (this.admissionTimer) clearTimeout(this.admissionTimer);
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
  async submit(req: {
    specYaml: string;
    baseDir: string;
    specSource: string;
    resumeRunId: string;
    failedOnly?: boolean;
    requireNodes?: boolean;
    owner?: string;
    team?: string;
  }): Promise<SubmitResult> {
    const requireNodes = req.requireNodes ?? false;
    if (req.resumeRunId) return this.resume(req.resumeRunId, { failedOnly: req.failedOnly ?? false, requireNodes });
    const source = { name: req.specSource || "request", baseDir: req.baseDir || process.cwd() };
    // Every limit is checked before anything is written: the spec's size here, the rest while planning.
    const limits = this.limits();
    assertSpecSize(req.specYaml, source.name, limits);
    const planned = await this.deps.planning.plan({ specYaml: req.specYaml, source, outputRoot: this.opts.outputRoot, dataRoots: this.opts.dataRoots, limits });
    const runId = planned.record.runId;
    // Resolved before anything is written: an unknown priority class is a spec error.
    const submitter: Submitter = { owner: req.owner ?? "", team: req.team ?? "" };
    resolveScheduling(planned.record, parseRunSpec(req.specYaml, source), submitter, this.opts.scheduling ?? DEFAULT_SCHEDULING, source.name);
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
   * Makes a planned run. It is in memory and registered as queuing at once, so status shows it,
   * cancel stops it, and a twin submit or a resume finds it in progress; any failure on the way
   * ends it FAILED with what failed (run-queuer.ts).
   */
  private async startRun(planned: PlannedRun, warnings: string[]): Promise<SubmitResult> {
    const total = planned.record.counters?.total ?? 0;
    const run = this.deps.store.activate(planned.record);
    await this.queuer.recordAndQueue(run, planned);
    return { runId: run.id, tasks: total, outputDir: run.record.outputDir, disposition: "new", requeued: total, reused: 0, warnings };
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
    if (run && this.queuer.isQueuing(runId)) return inProgress();
    if (run && !run.record.publishedAll) {
      // In memory, its queuing stopped by a failure that could not be recorded: carry on with it.
      const active = run;
      await this.queuer.queue(active, (signal, progress) => this.queuer.finishQueuing(active, signal, progress));
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
    await this.queuer.queue(active, async (signal, progress) => {
      if (active.missingItems > 0 || active.items.size === 0) await this.queuer.writeMissingItems(active, signal, progress);
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
      await this.queuer.publishPending(active, plan.changed, signal, progress);
    });
    await this.checkCompletion(active);
    return { runId, tasks: active.items.size, outputDir: runDir, disposition: "resumed", requeued, reused, warnings };
  }

  // ---- cancelling -----------------------------------------------------------------------------

  /**
   * Cancels a run in any unfinished state, or one that FAILED (e.g. while it was queued): a run
   * being queued stops first, so no task of it lands after the removal; then its queued tasks
   * are removed, its running ones stopped, and its unfinished items end as cancelled.
   */
  async cancel(runId: string): Promise<number> {
    const { store } = this.deps;
    // A run being queued stops first: no task of it lands after the removal below.
    await this.queuer.stop(runId);
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
    // Nothing of it waits for admission any more, and what it holds in the queue goes. A pump
    // under way may still be publishing tasks it chose before the forget: they land first, so
    // the removal below finds them.
    this.admission.forget(run.id);
    await this.admission.idle();
    const purged = await this.queuer.withdrawTasks(run);
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
    let durable: Promise<unknown>;
    try {
      if (ev?.type === "results") {
        // Applied one by one, in the order the worker finished them; acked once all are durable.
        const all: Promise<void>[] = [];
        for (const event of ev.events) all.push((await this.apply({ type: "result", runId: ev.runId, event })).durable);
        durable = Promise.all(all);
      } else durable = ev ? (await this.apply(ev)).durable : Promise.resolve();
    } catch (err) {
      // Nothing was committed to memory: the redelivery applies the event afresh (results already
      // applied from a batch change nothing the second time).
      this.deps.log.warn("could not apply event; it will be redelivered", { subject: m.subject, ...errorFields(err) });
      m.nak(1000);
      return;
    }
    const type = ev?.type === "results" ? "result" : ev?.type;
    const n = ev?.type === "results" ? ev.events.length : 1;
    void durable.then(() => {
      m.ack();
      if (type) this.deps.metrics.events.inc({ type }, n);
    });
  }

  /**
   * Marks the items the nodes' adverts show running (in memory only: a start is not worth a write
   * per task; the result that follows writes the item with its attempt, node and device). What
   * status, the ETA and preemption read is as fresh as the adverts, a second or so.
   */
  private applyRunning(running: readonly RunningOnNode[]): void {
    for (const r of running) {
      const run = this.deps.store.get(r.runId);
      const genTaskId = run?.genTaskIdOf(r.taskId);
      const current = genTaskId ? run?.items.get(genTaskId) : undefined;
      if (!run || !current) continue;
      // An advert up to an interval old may still show an attempt that has since been handed back
      // (preempted, drained, out of memory): only a start after the item's last error is news.
      const lastError = current.errors.reduce((t, e) => Math.max(t, int64(e.atMs)), 0);
      if (r.startedAtMs > 0 && r.startedAtMs <= lastError) continue;
      // Already shown running from an earlier advert of this attempt: nothing to change or notify.
      const shown = current.state === (r.kind === TaskKind.TASK_KIND_GEN ? ItemState.ITEM_STATE_RUNNING : ItemState.ITEM_STATE_EVALUATING);
      if (shown && int64(current.startedAtMs) === r.startedAtMs) continue;
      const item = pb.ItemRecord.create({ ...current });
      const ev = pb.TaskStarted.create({ taskId: r.taskId, runId: r.runId, kind: r.kind, attempt: r.attempt, node: r.node, deviceUuid: r.deviceUuid, atMs: r.startedAtMs });
      if (!applyStarted(item, ev)) continue;
      run.replaceItem(current, item);
      run.notify();
    }
  }

  /**
   * Applies an event in memory; `durable` settles when the change is written. (Wrapped in an
   * object: a promise resolved with a promise would be awaited through.)
   */
  private async apply(ev: Exclude<FleetEvent, { type: "results" }>): Promise<{ durable: Promise<void> }> {
    const nothing = { durable: Promise.resolve() };
    if (ev.type === "run") return nothing; // announcements of an older coordinator
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
    // The stage the event ended frees its place in the work queue; a video to evaluate waits for one.
    const before = stageOf(current, run);
    if (publishEval) {
      const t = buildEvalTask(item, run.spec);
      if (t) item.evalTaskId = t.taskId;
    }
    const after = stageOf(item, run);
    if (before !== after) item.admitted = false;
    // Handed back for a run of a higher priority: the worker acked its message, so admission
    // publishes it again (under a new id: the count is part of it).
    const preempted = ev.type === "retry" && ev.event.error?.code === FleetErrorCode.PREEMPTED && before !== undefined && before === after && current.state !== item.state;
    if (preempted) {
      item.admitted = false;
      item.preemptions += 1;
    }
    const durable = this.writer.write(item);
    run.replaceItem(current, item);
    if (before && before !== after) this.admission.stageEnded(run, item.taskId, before);
    if (after && before !== after) this.admission.enqueue(run, item);
    if (preempted && before) this.admission.preempted(run, item, before);
    if (ev.type === "result") {
      // Every attempt's time feeds the ETA model, whatever its outcome: it held a device that long.
      const t = ev.event.timings;
      run.progress.recordAttempt(ev.event.kind === TaskKind.TASK_KIND_GEN ? Stage.GENERATION : Stage.EVALUATION, int64(t?.startedAtMs), int64(t?.finishedAtMs));
      this.recordDeviceTime(run, int64(t?.startedAtMs), int64(t?.finishedAtMs));
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

  /** Device time an attempt held, for fair share's tie-breaks and the team's metrics. */
  private recordDeviceTime(run: ActiveRun, startMs: number, endMs: number): void {
    if (!startMs || endMs <= startMs) return;
    run.record.deviceMs = int64(run.record.deviceMs) + (endMs - startMs);
    run.dirty = true;
    this.deps.metrics.teamDeviceSeconds.inc({ team: teamOf(run.record) }, (endMs - startMs) / 1000);
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
    this.admission.forget(run.id);
    this.deps.store.retire(run.id);
  }

  private async publishRunState(run: ActiveRun, reason: string): Promise<void> {
    await this.feed.runState(run.record, reason);
  }

  // ---- status -----------------------------------------------------------------------------------

  /** A run in progress's standing in admission: admitted and waiting tasks, devices, fair share, why it waits. */
  private withAdmission(run: ActiveRun, status: RunStatus): RunStatus {
    const a = this.admission.status(run);
    const c = run.record.counters;
    status.admitted = a.admitted;
    status.waiting = a.waiting;
    status.fairShare = a.fairShare;
    status.waitingReason = a.waitingReason;
    status.devicesInUse = (c?.running ?? 0) + (c?.evaluating ?? 0);
    return status;
  }

  /**
   * Admission looks at the fleet every second: devices that joined (a node started, undrained,
   * its disk freed) take tasks without waiting for a result to wake it. The team gauges follow.
   */
  private scheduleAdmission(): void {
    this.admissionTimer = setTimeout(() => {
      void (async () => {
        try {
          await this.deps.backends?.liveBackendsNow();
          this.applyRunning(this.deps.backends?.running() ?? []);
        } catch (err) {
          this.deps.log.debug("could not read the node adverts for admission", errorFields(err));
        }
        this.admission.wake();
        this.deps.metrics.teamDevices.reset();
        for (const [team, n] of this.admission.teamHeld()) this.deps.metrics.teamDevices.set({ team }, n);
      })().finally(() => {
        if (!this.stopped) this.scheduleAdmission();
      });
    }, 1000);
  }

  /** The fleet's view a run's status is built with; the progress model only for runs in memory (in progress). */
  private statusContext(run: ActiveRun | undefined): StatusContext {
    const b = this.deps.backends;
    return { ...(run ? { progress: run.progress } : {}), ...(b ? { live: b.liveBackends(), stuck: b.stuck() } : {}) };
  }

  async status(runId: string): Promise<RunStatus> {
    const run = this.deps.store.get(runId);
    if (run) return this.withAdmission(run, buildRunStatus(run.record, run.items.values(), this.statusContext(run)));
    const record = await this.deps.store.record(runId);
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist (framefleet status lists runs)`);
    return buildRunStatus(record, await this.deps.store.statusItems(runId), this.statusContext(undefined));
  }

  /**
   * Every run's status, without its spec: a spec may be up to 256 KiB, and a list of many would
   * outgrow a gRPC message (status RUN and the report carry the spec).
   */
  async listRuns(): Promise<RunStatus[]> {
    const records = await this.deps.store.allRecords();
    return records.map((r) => {
      const run = this.deps.store.get(r.runId);
      const status = run ? this.withAdmission(run, buildRunStatus(run.record, run.items.values(), this.statusContext(run))) : buildRunStatus(r, [], this.statusContext(undefined));
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
      this.deps.metrics.observeRun(run.record, this.withAdmission(run, buildRunStatus(run.record, run.items.values(), this.statusContext(run))));
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
