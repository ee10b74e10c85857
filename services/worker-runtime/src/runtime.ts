/**
 * The worker's lifecycle (state.ts): run once, drain, undrain, shut down, each move checked
 * against one table. The work itself lives elsewhere: the dispatch loop (dispatcher.ts) pulls
 * from the task source (task-source.ts) onto the device slots (device-slots.ts); the advertiser
 * (advertiser.ts) shows the state; assembly.ts wires the real parts.
 *
 * Drain order: stop pulling (interrupt the pull in progress), hand back at once each task that
 * cannot finish within the deadline, let the rest finish, hand back what still runs at the
 * deadline; DRAINED once nothing is in flight. Shutdown is such a drain, then STOPPING → STOPPED.
 */
import { IllegalStateError } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import type { NodeState } from "../../common/src/proto";
import type { DeviceSlots } from "./device-slots";
import type { Controllable } from "./node-control";
import { nodeStateOf, WorkerState } from "./state";
import type { TaskSource } from "./task-source";

const { INITIALIZED, RUNNING, DRAINING, DRAINED, STOPPING, STOPPED, FAILED } = WorkerState;

/** The only moves there are; any other is a bug in the caller and throws IllegalStateError. */
const MOVES: Readonly<Record<WorkerState, readonly WorkerState[]>> = {
  INITIALIZED: [RUNNING, STOPPED, FAILED],
  RUNNING: [DRAINING, FAILED],
  DRAINING: [DRAINED, RUNNING, FAILED],
  DRAINED: [RUNNING, STOPPING, FAILED],
  STOPPING: [STOPPED, FAILED],
  STOPPED: [],
  FAILED: [],
};

export interface LifecycleParts {
  readonly log: Logger;
  /** Default drain deadline (SIGTERM uses it). */
  readonly drainDeadlineMs: number;
  readonly slots: Pick<DeviceSlots, "inFlight" | "handBackSlowerThan" | "handBackAll" | "cancelRun" | "preempt">;
  readonly dispatcher: { run(): Promise<void>; poke(): void };
  readonly source: Pick<TaskSource, "interrupt">;
  /** Mean time of a backend's tasks here (a drain uses it for tasks that report no progress). */
  meanDurationMs(backend: string): number | undefined;
  /** Everything before the first pull: consumers, control subscriptions, the first device reading. */
  open(): Promise<void>;
  /** Everything after the last task: adverts stopped, results flushed, subscriptions and backends closed. */
  close(): Promise<void>;
  /** Called on entering each state (metrics, an advert); awaited only for STOPPED; its failures are ignored. */
  entered(state: WorkerState): Promise<void>;
}

export class WorkerRuntime implements Controllable {
  private state: WorkerState = INITIALIZED;
  private runPromise: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private drainTimer: NodeJS.Timeout | undefined;
  /** Settles once the advert of the latest state is written (node-control replies after it). */
  private advertised: Promise<void> = Promise.resolve();
  private drainWaiters: { resolve: () => void; reject: (err: Error) => void }[] = [];

  constructor(private readonly parts: LifecycleParts) {}

  get defaultDrainDeadlineMs(): number {
    return this.parts.drainDeadlineMs;
  }

  getState(): WorkerState {
    return this.state;
  }

  nodeState(): NodeState {
    return nodeStateOf(this.state);
  }

  /** Resolves when the worker has stopped; rejects if it failed. Callable once. */
  run(): Promise<void> {
    if (this.runPromise || this.state !== INITIALIZED) throw new IllegalStateError(`Worker already started. Current state: ${this.state}`);
    this.runPromise = this.start();
    return this.runPromise;
  }

  private async start(): Promise<void> {
    try {
      await this.parts.open();
      // shutdown() while we opened: stop without ever taking work.
      if (!this.stopping) {
        this.move(RUNNING);
        await this.parts.dispatcher.run();
      }
    } catch (err) {
      this.move(FAILED);
      this.parts.log.error("worker failed", errorFields(err));
      this.settleDrainWaiters(new IllegalStateError(`Worker failed. Current state: ${FAILED}`));
      await this.parts.close();
      throw err;
    }
    await this.parts.close();
    await this.move(STOPPED);
  }

  /**
   * Begins a drain: no more pulls; each running task finishes if it is expected to within
   * `deadlineMs`, else is handed back (nak) at once, as is whatever still runs at the deadline.
   * A second call while draining keeps the first deadline. Resolves once the node's advert shows
   * the drain, so whoever asked reads the new state from then on.
   * @throws IllegalStateError before the worker runs, or after it failed
   */
  beginDrain(deadlineMs: number = this.parts.drainDeadlineMs): Promise<void> {
    if (this.state === DRAINING || this.state === DRAINED || this.state === STOPPING || this.state === STOPPED) return this.advertised;
    void this.move(DRAINING);
    const { slots, source, log } = this.parts;
    source.interrupt();
    slots.handBackSlowerThan(deadlineMs, (b) => this.parts.meanDurationMs(b), log);
    this.drainTimer = setTimeout(() => slots.handBackAll(), deadlineMs);
    this.taskEnded();
    return this.advertised;
  }

  /** beginDrain, resolving once no task is in flight (DRAINED); rejects on an illegal state or an undrain. */
  drain(deadlineMs: number = this.parts.drainDeadlineMs): Promise<void> {
    try {
      void this.beginDrain(deadlineMs);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    if (this.state !== DRAINING) return Promise.resolve();
    return new Promise<void>((resolve, reject) => this.drainWaiters.push({ resolve, reject }));
  }

  /**
   * Back to taking work; resolves once the advert says so.
   * @throws IllegalStateError unless draining or drained, or while shutting down
   */
  undrain(): Promise<void> {
    if (this.stopping) throw new IllegalStateError(`Shutting down. Current state: ${this.state}`);
    if (this.state !== DRAINING && this.state !== DRAINED) throw new IllegalStateError(`Not draining. Current state: ${this.state}`);
    clearTimeout(this.drainTimer);
    const advertised = this.move(RUNNING);
    this.settleDrainWaiters(new IllegalStateError("Drain called off by undrain. Current state: RUNNING"));
    return advertised;
  }

  /** Drain with the deadline, then stop. Idempotent: every call returns the same promise. */
  shutdown(deadlineMs: number = this.parts.drainDeadlineMs): Promise<void> {
    this.stopping ??= this.stop(deadlineMs);
    return this.stopping;
  }

  private async stop(deadlineMs: number): Promise<void> {
    if (this.state === INITIALIZED && !this.runPromise) {
      await this.move(STOPPED);
      return;
    }
    if (this.state === RUNNING || this.state === DRAINING || this.state === DRAINED) {
      // Rejects only if the worker failed meanwhile; run() reports that.
      await this.drain(deadlineMs).then(() => this.move(STOPPING), () => undefined);
    }
    await this.runPromise?.catch(() => undefined);
  }

  /** The dispatcher reports each task that left flight: the last one ends a drain. */
  taskEnded(): void {
    if (this.state !== DRAINING || this.parts.slots.inFlight > 0) return;
    clearTimeout(this.drainTimer);
    this.move(DRAINED);
    this.settleDrainWaiters();
  }

  cancelRun(runId: string): void {
    this.parts.slots.cancelRun(runId);
  }

  preempt(taskId: string, runId: string, reason: string): boolean {
    return this.parts.slots.preempt(taskId, runId, reason, this.parts.log);
  }

  private settleDrainWaiters(err?: Error): void {
    for (const w of this.drainWaiters.splice(0)) if (err) w.reject(err);
    else w.resolve();
  }

  /** The one way the state changes. */
  private move(next: WorkerState): Promise<void> {
    if (!MOVES[this.state].includes(next)) throw new IllegalStateError(`Cannot move to ${next}. Current state: ${this.state}`);
    this.parts.log.info("worker state", { from: this.state, to: next });
    this.state = next;
    this.parts.dispatcher.poke();
    this.advertised = this.parts.entered(next).catch(() => undefined);
    return this.advertised;
  }
}
