/**
 * The coordinator: plans runs into tasks (in the planning thread, runs/planning-thread.ts), queues
 * them (runs/run-queuer.ts) for admission (admission/), follows results (events/event-applier.ts),
 * and keeps every run's state in KV so that a restarted coordinator carries on. This file wires
 * those parts, starts and stops them, and runs the two clocks (admission, counters); the jobs
 * live in their folders (docs/architecture.md, "Coordinator modules"). It holds no process or
 * environment access; main.ts wires it.
 */
import type { RunStatus } from "../../common/src/proto";
import { CONSUMER_COORDINATOR, STREAM_EVENTS } from "../../common/src/subjects";
import { DurableFollower } from "../../common/src/nats/follower";
import { errorFields } from "../../common/src/log";
import { Admission } from "./admission/admission";
import { DEFAULT_SCHEDULING } from "./admission/scheduling";
import { RunStatusView } from "./api/run-status";
import type { CoordinatorDeps, CoordinatorOptions, SubmitRequest, SubmitResult } from "./coordinator-types";
import { EventApplier } from "./events/event-applier";
import { Feed } from "./events/feed";
import { LiveBackends } from "./fleet/backend-coverage";
import { cancelRun } from "./runs/cancel";
import { RunCompletion } from "./runs/completion";
import { ItemWriter } from "./runs/item-writer";
import { RunQueuer } from "./runs/run-queuer";
import { Submissions } from "./runs/submission";

export type { CoordinatorDeps, CoordinatorOptions, FleetBackends, SubmitRequest, SubmitResult } from "./coordinator-types";

export class Coordinator {
  private stopped = false;
  private readonly events: DurableFollower;
  private statusTimer: NodeJS.Timeout | undefined;
  private ready = false;
  private readonly writer: ItemWriter;
  private readonly queuer: RunQueuer;
  private readonly completion: RunCompletion;
  private readonly submissions: Submissions;
  private readonly applier: EventApplier;
  private readonly statusView: RunStatusView;
  readonly admission: Admission;
  private admissionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly opts: CoordinatorOptions,
    private readonly deps: CoordinatorDeps,
  ) {
    const feed = new Feed(deps.js, deps.log);
    this.writer = new ItemWriter((items) => deps.store.putItems(items), deps.log, (items) => feed.items(items));
    const writer = this.writer;
    this.admission = new Admission({
      js: deps.js,
      jsm: deps.jsm,
      nc: deps.nc,
      log: deps.log,
      metrics: deps.metrics,
      run: (id) => deps.store.get(id),
      live: () => deps.backends?.liveBackends() ?? LiveBackends.NONE,
      write: (item, lazy) => writer.write(item, lazy),
      scheduling: opts.scheduling ?? DEFAULT_SCHEDULING,
      margin: opts.admissionMargin ?? 0.25,
      maxPreemptions: opts.maxPreemptions ?? 2,
    });
    const admission = this.admission;
    this.statusView = new RunStatusView(deps.store, admission, deps.backends);
    this.completion = new RunCompletion({ store: deps.store, writer, feed, admission, statusView: this.statusView, metrics: deps.metrics, log: deps.log });
    const completion = this.completion;
    this.queuer = new RunQueuer({
      admission,
      ...deps,
      outputRoot: opts.outputRoot,
      dataRoots: opts.dataRoots,
      // Called once a run is queued, when submissions exists.
      limits: () => this.submissions.limits(),
      finish: (run, state, reason) => completion.finish(run, state, reason),
      announce: (run, reason) => completion.announce(run, reason),
    });
    this.submissions = new Submissions(opts, { ...deps, queuer: this.queuer, writer, completion });
    this.applier = new EventApplier({ store: deps.store, writer, admission, completion, metrics: deps.metrics, log: deps.log });
    this.events = new DurableFollower(deps.js, { stream: STREAM_EVENTS, consumer: CONSUMER_COORDINATOR, maxMessages: 512, log: deps.log }, (m) => this.applier.handle(m));
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
      await this.completion.check(run);
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

  // ---- the API (control-api.ts) ----------------------------------------------------------------

  /**
   * Starts a run, or finds it: the same spec again (same run id) returns the run in progress
   * untouched, or resumes a finished one. `resumeRunId` resumes by id; with `failedOnly` only the
   * failed items are queued again (framefleet retry RUN --failed).
   */
  submit(req: SubmitRequest): Promise<SubmitResult> {
    return this.submissions.submit(req);
  }

  /** Cancels a run (runs/cancel.ts); returns how many of its queued tasks were removed. */
  cancel(runId: string): Promise<number> {
    return cancelRun({ store: this.deps.store, queuer: this.queuer, admission: this.admission, writer: this.writer, completion: this.completion }, runId);
  }

  status(runId: string): Promise<RunStatus> {
    return this.statusView.status(runId);
  }

  /** Every run's status, without its spec. */
  listRuns(): Promise<RunStatus[]> {
    return this.statusView.listRuns();
  }

  /** Yields the run's status now and on every change (at most every 250 ms) until it finishes. */
  watch(runId: string, signal: AbortSignal): AsyncGenerator<RunStatus> {
    return this.statusView.watch(runId, signal);
  }

  // ---- clocks -----------------------------------------------------------------------------------

  /**
   * Admission looks at the fleet every second: devices that joined (a node started, undrained,
   * its disk freed) take tasks without waiting for a result to wake it. The team gauges follow.
   */
  private scheduleAdmission(): void {
    this.admissionTimer = setTimeout(() => {
      void (async () => {
        try {
          await this.deps.backends?.liveBackendsNow();
          this.applier.applyRunning(this.deps.backends?.running() ?? []);
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
      this.deps.metrics.observeRun(run.record, this.statusView.live(run));
      if (!run.dirty) continue;
      run.dirty = false;
      await this.deps.store.putRun(run.record).catch((err: unknown) => {
        run.dirty = true;
        this.deps.log.warn("could not write run record", errorFields(err));
      });
    }
  }
}
