/**
 * The worker runtime shared by generator and evaluator workers: discovers devices, pulls as many
 * tasks as it has free devices from the (kind, backend) work queues in one request, runs each
 * through the kind's TaskHandler with a live lease, reports, acks; drains without losing work.
 *
 * Delivery rules (docs/architecture.md): never more tasks than free devices, never prefetch;
 * `working()` every ack_wait/3; `nak()` hands a task back at once; results are published (in
 * batches, result-outbox.ts) before the ack, so a crash between the two redelivers a task whose
 * output is already committed.
 */
import type { Consumer, ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { KV } from "@nats-io/kv";
import { sleep } from "../../common/src/abort";
import { decode, encode } from "../../common/src/codec";
import { CancelReason, IllegalStateError } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { NodeState, pb, type Task } from "../../common/src/proto";
import { STREAM_TASKS } from "../../common/src/subjects";
import { ensureTaskConsumer, type TaskConsumerOptions } from "../../common/src/nats/topology";
import { retrying } from "../../common/src/nats/startup";
import type { TaskKindName } from "./backend";
import type { BackendPool } from "./backend-pool";
import type { DeviceSnapshot, DeviceSource } from "./devices/types";
import type { TaskHandler } from "./handler";
import { chooseDevice, fits, servableBackends, type BackendNeed, type DeviceView } from "./placement";

/** Most tasks one pull asks for (a node with more free devices pulls again at once). */
const MAX_PULL_BATCH = 64;
/** A device reading younger than this places the rest of a batch; older ones are read again. */
const FRESH_READING_MS = 250;
/** How often the dispatch loop asks whether the node must pause (its output folder's free space). */
const PAUSE_CHECK_MS = 250;
/** A node whose running tasks changed advertises within this, so status shows them running. */
const ADVERT_SOON_MS = 1000;
import { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";
import { WorkerState } from "./state";
import { buildAdvert } from "./advert";
import { subscribeNodeControl, type Controllable } from "./node-control";
import { TaskExecutor } from "./task-executor";
import { PauseGate } from "./pause";
import { ResultOutbox } from "./result-outbox";
import type { AttemptsStore } from "./attempts";
import { ConnectionWatch } from "./connection-watch";

export interface WorkerRuntimeConfig {
  readonly node: string;
  readonly role: TaskKindName;
  readonly version: string;
  readonly memoryMarginMiB: number;
  readonly advertIntervalMs: number;
  /** Default drain deadline (SIGTERM uses it). */
  readonly drainDeadlineMs: number;
  readonly consumer: TaskConsumerOptions;
  /** How long one pull waits for a task. @default 5000 */
  readonly pullExpiresMs?: number;
  /** How often devices are re-read while none is free. @default 1000 */
  readonly devicePollMs?: number;
  /** Delay before a failed attempt is retried. @default 2000 */
  readonly retryDelayMs?: number;
  /** How long an OOM'd device is left alone. @default 30000 */
  readonly oomCooldownMs?: number;
  /** A task that ran out of memory on this many distinct devices is given up. @default 3 */
  readonly oomDeviceLimit?: number;
  /** A task handed back this many times because the output folder was full is given up (it may not fit at all). @default 5 */
  readonly diskFullLimit?: number;
  /** "idle": a device switches backend when its loaded one has no work; "never": it keeps its first. @default "idle" */
  readonly backendSwitch?: "idle" | "never";
  /** How long results may keep failing to publish (NATS away) before their tasks are handed back. @default 120000 */
  readonly infraRetryBudgetMs?: number;
  readonly metricsUrl?: string;
}

export interface WorkerRuntimeDeps {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly nodesKv: KV;
  readonly attempts: AttemptsStore;
  readonly devices: DeviceSource;
  readonly pool: BackendPool;
  readonly handler: TaskHandler;
  readonly log: Logger;
  readonly metrics: WorkerMetrics;
}

export class WorkerRuntime implements Controllable {
  private state: WorkerState = WorkerState.INITIALIZED;
  private readonly running = new Map<string, RunningTask>(); // by device uuid
  /** Tasks whose backend is done (the device is free again) still publishing their result and ack. */
  private readonly finishing = new Set<RunningTask>();
  private readonly cooling = new Map<string, number>(); // device uuid → until ms
  private readonly consumers = new Map<string, Consumer>();
  private readonly subs: Subscription[] = [];
  private pendingPull: ConsumerMessages | undefined;
  private wake: (() => void) | undefined;
  private lastDevices: DeviceSnapshot[] = [];
  private drainTimer: NodeJS.Timeout | undefined;
  private drainedWaiters: (() => void)[] = [];
  private advertTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private readonly startedAt = Date.now();
  private readonly kind: TaskKindName;
  private readonly executor: TaskExecutor;
  private readonly outbox: ResultOutbox;
  private pauseCheckedAt = 0;
  /** When the devices were last read (a batch of tasks is placed on one reading). */
  private devicesReadAt = 0;
  private advertSoonTimer: NodeJS.Timeout | undefined;
  private runPromise: Promise<void> | undefined;
  private deviceReadFailing = false;
  /** Shortest ack_wait of the consumers we pull from (refreshed with each advert). */
  private ackWaitMs: number;
  /** Whether the handler lets the node take work now (a full output folder pauses it). */
  private readonly pause: PauseGate;
  /** Whether NATS is reachable: no pull while it is not, an advert the moment it is back. */
  private readonly link: ConnectionWatch;

  constructor(
    private readonly cfg: WorkerRuntimeConfig,
    private readonly deps: WorkerRuntimeDeps,
  ) {
    this.kind = deps.handler.kind;
    this.ackWaitMs = cfg.consumer.ackWaitMs;
    this.outbox = new ResultOutbox(deps.js, deps.log, {
      budgetMs: cfg.infraRetryBudgetMs ?? 120_000,
      metrics: deps.metrics,
      onHandBack: (r) => deps.metrics.infraHandbacks.inc({ kind: this.kind, backend: r.backend }),
    });
    const check = deps.handler.pauseReason?.bind(deps.handler);
    this.pause = new PauseGate({ check, log: deps.log, metrics: deps.metrics, onChange: () => void this.advertise() });
    this.link = new ConnectionWatch(deps.nc, deps.log, {
      onDown: () => void this.pendingPull?.close().catch(() => undefined),
      onUp: () => {
        void this.advertise();
        this.poke();
      },
    }).start();
    this.executor = new TaskExecutor(
      {
        node: cfg.node,
        kind: this.kind,
        retryDelayMs: cfg.retryDelayMs ?? 2000,
        oomCooldownMs: cfg.oomCooldownMs ?? 30_000,
        oomDeviceLimit: cfg.oomDeviceLimit ?? 3,
        diskFullLimit: cfg.diskFullLimit ?? 5,
      },
      { js: deps.js, handler: deps.handler, pool: deps.pool, log: deps.log, metrics: deps.metrics, cooling: this.cooling, attempts: deps.attempts, outbox: this.outbox,
        infraRetry: { budgetMs: cfg.infraRetryBudgetMs ?? 120_000, log: deps.log, metrics: deps.metrics } },
    );
  }

  get defaultDrainDeadlineMs(): number {
    return this.cfg.drainDeadlineMs;
  }

  getState(): WorkerState {
    return this.state;
  }

  private setState(next: WorkerState): void {
    if (next === this.state) return;
    this.deps.log.info("worker state", { from: this.state, to: next });
    this.state = next;
    for (const s of Object.values(WorkerState)) this.deps.metrics.nodeState.set({ state: s.toLowerCase() }, s === next ? 1 : 0);
    this.poke();
    void this.advertise();
  }

  /** Wakes the dispatcher (a device freed up, the state changed). */
  private poke(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private needs(): BackendNeed[] {
    return this.deps.pool.backends.map((b) => ({ name: b.name, memoryMiB: b.memoryMiB }));
  }

  /** Resolves when the worker has stopped; rejects if it failed. Callable once. */
  run(): Promise<void> {
    if (this.state !== WorkerState.INITIALIZED) throw new IllegalStateError(`Worker already started. Current state: ${this.state}`);
    this.runPromise = this.start();
    return this.runPromise;
  }

  private async start(): Promise<void> {
    const { jsm, nc, log } = this.deps;
    // A cluster electing a leader answers nothing for a few seconds: keep trying for a while.
    const deadline = Date.now() + 120_000;
    for (const b of this.deps.pool.backends) {
      await retrying(`creating the ${this.kind}_${b.name} consumer`, log, deadline, () => ensureTaskConsumer(jsm, this.kind, b.name, this.cfg.consumer));
    }
    this.subs.push(...subscribeNodeControl(nc, this.cfg.node, this));
    this.lastDevices = await this.deps.devices.read();
    log.info("worker started", {
      node: this.cfg.node,
      role: this.cfg.role,
      backends: this.deps.pool.backends.map((b) => b.name),
      devices: this.lastDevices.map((d) => `${d.uuid} ${d.freeMiB}/${d.totalMiB} MiB`),
    });
    this.setState(WorkerState.RUNNING);
    this.scheduleAdvert();
    try {
      await this.dispatchLoop();
    } catch (err) {
      this.setState(WorkerState.FAILED);
      log.error("worker failed", errorFields(err));
      await this.cleanup();
      throw err;
    }
    await this.cleanup();
    this.setState(WorkerState.STOPPED);
    await this.advertise();
  }

  // ---- the dispatch loop --------------------------------------------------------------------

  /**
   * The devices as they are now. A failed read (nvidia-smi timing out under load, a driver hiccup)
   * must not stop the worker: it counts as "no device is free" until a read succeeds again.
   */
  private async readViews(): Promise<DeviceView[]> {
    try {
      this.lastDevices = await this.deps.devices.read();
      this.devicesReadAt = Date.now();
      if (this.deviceReadFailing) this.deps.log.info("device discovery works again");
      this.deviceReadFailing = false;
    } catch (err) {
      this.deps.metrics.deviceReadErrors.inc();
      if (!this.deviceReadFailing) this.deps.log.warn("device discovery failed; taking no work until it works again", errorFields(err));
      this.deviceReadFailing = true;
      return [];
    }
    return this.views();
  }

  /** The last reading with what we know now: busy, cooling and loaded devices. */
  private views(): DeviceView[] {
    if (this.deviceReadFailing) return [];
    return this.lastDevices.map((snapshot) => ({
      snapshot,
      busy: this.running.has(snapshot.uuid),
      coolingUntilMs: this.cooling.get(snapshot.uuid) ?? 0,
      loadedBackend: this.deps.pool.loadedBackend(snapshot.uuid),
      sticky: this.cfg.backendSwitch === "never",
    }));
  }

  private waitForChange(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private async dispatchLoop(): Promise<void> {
    const pollMs = this.cfg.devicePollMs ?? 1000;
    const margin = this.cfg.memoryMarginMiB;
    // Loop while we may take work or still have work in hand; STOPPING ends it once tasks are gone.
    while (this.state !== WorkerState.STOPPING || this.inFlight() > 0) {
      if (this.state !== WorkerState.RUNNING) {
        // Draining, drained or stopping: pull nothing; wait for tasks to end or the state to change.
        await this.waitForChange(pollMs);
        continue;
      }
      // A full output folder (or another reason the handler gives) pauses the node until it clears.
      // Asked at most every PAUSE_CHECK_MS here (the loop turns with every task that ends); the
      // first task of each pull is checked afresh anyway.
      if (this.pause.reason !== "" || Date.now() - this.pauseCheckedAt >= PAUSE_CHECK_MS) {
        this.pauseCheckedAt = Date.now();
        if (await this.pause.paused()) {
          await this.waitForChange(pollMs);
          continue;
        }
      }
      if (!this.link.connected) {
        await this.waitForChange(pollMs);
        continue;
      }
      // Re-read devices right before pulling: adverts are stale by design.
      const now = Date.now();
      const views = await this.readViews();
      const servable = servableBackends(views, this.needs(), margin, now);
      if (servable.length === 0) {
        await this.waitForChange(pollMs);
        continue;
      }
      // With several backends, short pulls so one empty queue does not starve the others.
      const expires = servable.length > 1 ? 1000 : (this.cfg.pullExpiresMs ?? 5000);
      for (const need of servable) {
        // One pull for as many tasks as devices that fit: one request, not one per task.
        const free = views.filter((v) => fits(v, need, margin, now).ok).length;
        if ((await this.pullBatch(need, Math.min(free, MAX_PULL_BATCH), expires)) > 0) break;
      }
    }
  }

  /**
   * Pulls up to `n` tasks for the backend and places each as it arrives; returns how many came.
   * Cancellable: a drain closes the pending pull, and what still arrives goes straight back.
   */
  private async pullBatch(need: BackendNeed, n: number, expires: number): Promise<number> {
    let got = 0;
    try {
      const c = await this.consumer(need.name);
      const iter = await c.fetch({ max_messages: n, expires });
      this.pendingPull = iter;
      for await (const msg of iter) {
        got++;
        await this.place(msg, need, got === 1);
      }
    } catch (err) {
      // Missed heartbeats or a NATS restart reject the pull: log, back off, pull again.
      this.deps.log.warn("pull failed; retrying", { backend: need.name, ...errorFields(err) });
      this.consumers.delete(need.name);
      await sleep(1000);
      if (this.state === WorkerState.RUNNING) {
        await ensureTaskConsumer(this.deps.jsm, this.kind, need.name, this.cfg.consumer).catch(() => undefined);
      }
    } finally {
      this.pendingPull = undefined;
    }
    return got;
  }

  /** Starts one pulled task on the best device for it now, or hands it back at once. */
  private async place(msg: JsMsg, need: BackendNeed, firstOfBatch: boolean): Promise<void> {
    const margin = this.cfg.memoryMarginMiB;
    if (this.state !== WorkerState.RUNNING) {
      msg.nak(); // pulled just as a drain began: straight back to the queue
      return;
    }
    // The pull may have waited seconds while the disk filled (a task of ours just handed back
    // for want of space comes straight back to us): ask again before starting it.
    if (firstOfBatch ? await this.pause.paused() : this.pause.reason !== "") {
      this.deps.metrics.tasks.inc({ kind: this.kind, backend: need.name, outcome: "handed_back" });
      msg.nak();
      return;
    }
    // Memory may have changed while the pull waited: choose on a fresh reading (one per batch
    // that arrives together).
    const views = Date.now() - this.devicesReadAt > FRESH_READING_MS ? await this.readViews() : this.views();
    const view = chooseDevice(views, need, margin, Date.now());
    if (!view) {
      this.deps.log.info("no device fits any more; handing task back", { backend: need.name });
      this.deps.metrics.tasks.inc({ kind: this.kind, backend: need.name, outcome: "handed_back" });
      msg.nak();
      return;
    }
    this.startTask(msg, need.name, view.snapshot);
  }

  private async consumer(backend: string): Promise<Consumer> {
    let c = this.consumers.get(backend);
    if (!c) {
      c = await this.deps.js.consumers.get(STREAM_TASKS, `${this.kind}_${backend}`);
      this.consumers.set(backend, c);
    }
    return c;
  }

  // ---- one task -----------------------------------------------------------------------------

  private startTask(msg: JsMsg, backend: string, device: DeviceSnapshot): void {
    let task: Task;
    try {
      task = decode(pb.Task, msg.data, "task");
    } catch (err) {
      // A message we cannot read will never become readable: remove it, loudly.
      this.deps.log.error("undecodable task; terminating it", { subject: msg.subject, ...errorFields(err) });
      msg.term();
      return;
    }
    // The lease is the consumer's ack_wait, which the last worker to create the consumer set:
    // heartbeat at a third of the shortest one seen, never of our own setting alone.
    const heartbeatMs = Math.max(500, Math.floor(this.ackWaitMs / 3));
    const rt = new RunningTask(msg, task.taskId, task.runId, task.itemKey, backend, device.uuid, heartbeatMs, (err) => {
      this.deps.metrics.infraRetries.inc({ what: "heartbeat" });
      this.deps.log.warn("heartbeat not sent; trying again at the next beat", { task: task.taskId, ...errorFields(err) });
    });
    this.running.set(device.uuid, rt);
    this.deps.pool.setBusy(device.uuid, true);
    this.deps.metrics.deviceBusy.set({ device: device.uuid }, 1);
    this.deps.metrics.inFlight.inc({ kind: this.kind, backend });
    this.advertSoon();
    let released = false;
    // The device is free as soon as the backend is done: the next task can be pulled while this
    // one's result and ack are still on their way (its lease stays alive until the ack).
    const releaseDevice = () => {
      if (released) return;
      released = true;
      this.running.delete(device.uuid);
      this.finishing.add(rt);
      this.deps.pool.setBusy(device.uuid, false);
      this.deps.metrics.deviceBusy.set({ device: device.uuid }, 0);
      this.poke();
    };
    void this.executor.run(rt, task, device, releaseDevice).finally(() => {
      releaseDevice();
      rt.stop();
      this.finishing.delete(rt);
      this.deps.metrics.inFlight.dec({ kind: this.kind, backend });
      this.checkDrained();
      this.poke();
    });
  }

  /** Tasks not yet acked or handed back: running on a device, or finishing. */
  private inFlight(): number {
    return this.running.size + this.finishing.size;
  }

  // ---- drain, cancel, control -----------------------------------------------------------------

  /**
   * Stops pulling; lets each running task finish if it is expected to within `deadlineMs`,
   * hands the others back at once (nak), and hands back whatever still runs at the deadline.
   * Resolves once no task runs (state DRAINED).
   */
  drain(deadlineMs = this.cfg.drainDeadlineMs): Promise<void> {
    if (this.state === WorkerState.RUNNING) {
      this.setState(WorkerState.DRAINING);
      void this.pendingPull?.close().catch(() => undefined);
      const now = Date.now();
      for (const rt of this.running.values()) {
        const left = rt.expectedRemainingMs(this.executor.meanDurationMs(rt.backend), now);
        if (left !== undefined && left > deadlineMs) {
          this.deps.log.info("drain: task cannot finish in time; handing it back", { task: rt.taskId, expectedMs: Math.round(left), deadlineMs });
          rt.cancel(CancelReason.DRAIN_DEADLINE);
        }
      }
      this.drainTimer = setTimeout(() => {
        // Finishing tasks are past their backend: they ack in moments, nothing to hand back.
        for (const rt of this.running.values()) rt.cancel(CancelReason.DRAIN_DEADLINE);
      }, deadlineMs);
      this.checkDrained();
    }
    if (this.state === WorkerState.DRAINED || this.state === WorkerState.STOPPED) return Promise.resolve();
    return new Promise<void>((resolve) => this.drainedWaiters.push(resolve));
  }

  undrain(): void {
    if (this.state !== WorkerState.DRAINING && this.state !== WorkerState.DRAINED) return;
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.setState(WorkerState.RUNNING);
  }

  private checkDrained(): void {
    if (this.inFlight() > 0) return;
    if (this.state === WorkerState.DRAINING) {
      if (this.drainTimer) clearTimeout(this.drainTimer);
      this.setState(WorkerState.DRAINED);
    }
    if (this.state === WorkerState.DRAINED || this.state === WorkerState.STOPPING) {
      const waiters = this.drainedWaiters.splice(0);
      for (const w of waiters) w();
    }
  }

  /** Drain with the deadline, then stop. Idempotent. */
  shutdown(deadlineMs = this.cfg.drainDeadlineMs): Promise<void> {
    this.stopping ??= (async () => {
      if (this.state === WorkerState.INITIALIZED) {
        this.state = WorkerState.STOPPED;
        return;
      }
      await this.drain(deadlineMs);
      this.setState(WorkerState.STOPPING);
      this.poke();
      await this.runPromise?.catch(() => undefined);
    })();
    return this.stopping;
  }

  /** Stops every running task of a run (the run was cancelled). */
  cancelRun(runId: string): void {
    for (const rt of this.running.values()) {
      if (rt.runId === runId) rt.cancel(CancelReason.RUN_CANCELLED);
    }
  }

  /**
   * Hands one running task back for a run of a higher priority. Only a task still in its backend
   * counts: one that is finishing (publishing its result) is as good as done.
   */
  preempt(taskId: string, runId: string, reason: string): boolean {
    let found = false;
    for (const rt of this.running.values()) {
      if (rt.taskId !== taskId || (runId !== "" && rt.runId !== runId)) continue;
      this.deps.log.info("task preempted; handing it back", { task: taskId, run: rt.runId, reason });
      rt.cancel(CancelReason.PREEMPTED, `handed back: preempted for ${reason || "a run of a higher priority"}`);
      found = true;
    }
    return found;
  }

  // ---- adverts ----------------------------------------------------------------------------------

  nodeState(): NodeState {
    switch (this.state) {
      case WorkerState.DRAINING:
        return NodeState.NODE_STATE_DRAINING;
      case WorkerState.DRAINED:
        return NodeState.NODE_STATE_DRAINED;
      case WorkerState.STOPPING:
      case WorkerState.STOPPED:
      case WorkerState.FAILED:
        return NodeState.NODE_STATE_STOPPED;
      default:
        return NodeState.NODE_STATE_ACTIVE;
    }
  }

  /** One advert within ADVERT_SOON_MS of a change in what runs (the coordinator shows it running). */
  private advertSoon(): void {
    if (this.advertSoonTimer) return;
    this.advertSoonTimer = setTimeout(() => {
      this.advertSoonTimer = undefined;
      void this.advertise(false);
    }, ADVERT_SOON_MS);
  }

  private scheduleAdvert(): void {
    this.advertTimer = setTimeout(() => {
      void this.advertise().finally(() => {
        if (this.state !== WorkerState.STOPPED && this.state !== WorkerState.FAILED) this.scheduleAdvert();
      });
    }, this.cfg.advertIntervalMs);
  }

  /** @param full also re-read the devices and the consumers' lease (the periodic advert). */
  private async advertise(full = true): Promise<void> {
    if (this.state === WorkerState.INITIALIZED) return;
    try {
      if (full && (this.state === WorkerState.RUNNING || this.state === WorkerState.DRAINING || this.state === WorkerState.DRAINED)) {
        await this.readViews();
        await this.refreshAckWait();
      }
      const advert = buildAdvert({
        node: this.cfg.node,
        role: this.cfg.role,
        version: this.cfg.version,
        state: this.nodeState(),
        backends: this.deps.pool.backends.map((b) => b.name),
        devices: this.lastDevices,
        running: this.running,
        cooling: this.cooling,
        pool: this.deps.pool,
        startedAtMs: this.startedAt,
        advertIntervalMs: this.cfg.advertIntervalMs,
        metricsUrl: this.cfg.metricsUrl ?? "",
        tasksDone: this.executor.tasksDone,
        tasksFailed: this.executor.tasksFailed,
        metrics: this.deps.metrics,
        // Only a node that would otherwise take work is paused; draining says enough by itself.
        pausedReason: this.state === WorkerState.RUNNING ? this.pause.reason : "",
      });
      await this.deps.nodesKv.put(this.cfg.node, encode(pb.NodeAdvert, advert));
    } catch (err) {
      this.deps.log.warn("advert failed", errorFields(err));
    }
  }

  private async refreshAckWait(): Promise<void> {
    let shortest = this.cfg.consumer.ackWaitMs;
    for (const b of this.deps.pool.backends) {
      const ci = await this.deps.jsm.consumers.info(STREAM_TASKS, `${this.kind}_${b.name}`).catch(() => undefined);
      if (ci?.config.ack_wait) shortest = Math.min(shortest, Math.floor(ci.config.ack_wait / 1e6));
    }
    if (shortest !== this.ackWaitMs) this.deps.log.info("task lease follows the consumer's ack_wait", { ackWaitMs: shortest });
    this.ackWaitMs = shortest;
  }

  private async cleanup(): Promise<void> {
    if (this.advertTimer) clearTimeout(this.advertTimer);
    if (this.advertSoonTimer) clearTimeout(this.advertSoonTimer);
    await this.outbox.idle();
    if (this.drainTimer) clearTimeout(this.drainTimer);
    for (const s of this.subs) s.unsubscribe();
    await this.deps.pool.closeAll();
  }
}
