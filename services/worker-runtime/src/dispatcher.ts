/**
 * The dispatch loop: while the node takes work, re-read the devices, pull as many tasks as
 * devices fit (one request per backend), place each on the best device for it now, and start it.
 * It never holds more tasks than free devices and never prefetches. The lifecycle (runtime.ts)
 * decides whether it takes work; `poke()` wakes it when that or a device changes.
 */
import type { JsMsg } from "@nats-io/jetstream";
import { decode } from "../../common/src/codec";
import { errorFields, type Logger } from "../../common/src/log";
import { pb, type Task } from "../../common/src/proto";
import type { TaskKindName } from "./backend";
import type { BackendPool } from "./backend-pool";
import type { DeviceReadings } from "./device-readings";
import type { DeviceSlots } from "./device-slots";
import type { DeviceSnapshot } from "./devices/types";
import type { PauseGate } from "./pause";
import { chooseDevice, fits, servableBackends, type BackendNeed } from "./placement";
import { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";
import { WorkerState } from "./state";
import type { TaskSource } from "./task-source";

/** Most tasks one pull asks for (a node with more free devices pulls again at once). */
const MAX_PULL_BATCH = 64;
/** A device reading younger than this places the rest of a batch; older ones are read again. */
const FRESH_READING_MS = 250;
/** How often the loop asks whether the node must pause (its output folder's free space). */
const PAUSE_CHECK_MS = 250;

/** Runs one placed task to its end (task-executor.ts), releasing its slot once the backend is done. */
export interface TaskRunner {
  run(rt: RunningTask, task: Task, device: DeviceSnapshot): Promise<void>;
}

export interface DispatcherOptions {
  readonly kind: TaskKindName;
  readonly memoryMarginMiB: number;
  /** How often devices are re-read while none is free. */
  readonly devicePollMs: number;
  /** How long one pull waits for a task (a single backend; several use 1 s each). */
  readonly pullExpiresMs: number;
}

export interface DispatcherDeps {
  /** The lifecycle's state: the loop takes work only while RUNNING, ends once STOPPING and empty. */
  readonly state: () => WorkerState;
  readonly source: TaskSource;
  readonly slots: DeviceSlots;
  readonly readings: DeviceReadings;
  readonly pool: Pick<BackendPool, "backends">;
  readonly pause: PauseGate;
  /** Whether NATS is reachable (connection-watch.ts): no pull while it is not. */
  readonly link: { readonly connected: boolean };
  readonly runner: TaskRunner;
  readonly log: Logger;
  readonly metrics: Pick<WorkerMetrics, "tasks" | "infraRetries">;
  /** What runs changed: advertise soon. */
  readonly onTaskStart: () => void;
  /** A task left flight (acked or handed back). */
  readonly onTaskEnd: () => void;
}

export class Dispatcher {
  private wake: (() => void) | undefined;
  private pauseCheckedAt = 0;

  constructor(
    private readonly opts: DispatcherOptions,
    private readonly deps: DispatcherDeps,
  ) {
    deps.slots.onFreed(() => this.poke());
  }

  /** Wakes the loop (a device freed up, the state changed, NATS came back). */
  poke(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Resolves once the state is STOPPING and no task is in flight. */
  async run(): Promise<void> {
    const { state, slots, readings, pause, link } = this.deps;
    const { devicePollMs: pollMs, memoryMarginMiB: margin } = this.opts;
    // Loop while we may take work or still have work in hand; STOPPING ends it once tasks are gone.
    while (state() !== WorkerState.STOPPING || slots.inFlight > 0) {
      if (state() !== WorkerState.RUNNING) {
        // Draining, drained or stopping: pull nothing; wait for tasks to end or the state to change.
        await this.waitForChange(pollMs);
        continue;
      }
      // A full output folder (or another reason the handler gives) pauses the node until it clears.
      // Asked at most every PAUSE_CHECK_MS here (the loop turns with every task that ends); the
      // first task of each pull is checked afresh anyway.
      if (pause.reason !== "" || Date.now() - this.pauseCheckedAt >= PAUSE_CHECK_MS) {
        this.pauseCheckedAt = Date.now();
        if (await pause.paused()) {
          await this.waitForChange(pollMs);
          continue;
        }
      }
      if (!link.connected) {
        await this.waitForChange(pollMs);
        continue;
      }
      // Re-read devices right before pulling: adverts are stale by design.
      const now = Date.now();
      const views = await readings.read();
      const servable = servableBackends(views, this.needs(), margin, now);
      if (servable.length === 0) {
        await this.waitForChange(pollMs);
        continue;
      }
      // With several backends, short pulls so one empty queue does not starve the others.
      const expires = servable.length > 1 ? 1000 : this.opts.pullExpiresMs;
      for (const need of servable) {
        // One pull for as many tasks as devices that fit: one request, not one per task.
        const free = views.filter((v) => fits(v, need, margin, now).ok).length;
        const got = await this.deps.source.pullBatch(need.name, Math.min(free, MAX_PULL_BATCH), expires, (msg, first) => this.place(msg, need, first));
        if (got > 0) break;
      }
    }
  }

  private needs(): BackendNeed[] {
    return this.deps.pool.backends.map((b) => ({ name: b.name, memoryMiB: b.memoryMiB }));
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

  /** Starts one pulled task on the best device for it now, or hands it back at once. */
  private async place(msg: JsMsg, need: BackendNeed, firstOfBatch: boolean): Promise<void> {
    const { pause, readings, metrics, log } = this.deps;
    if (this.deps.state() !== WorkerState.RUNNING) {
      msg.nak(); // pulled just as a drain began: straight back to the queue
      return;
    }
    // The pull may have waited seconds while the disk filled (a task of ours just handed back
    // for want of space comes straight back to us): ask again before starting it.
    if (firstOfBatch ? await pause.paused() : pause.reason !== "") {
      metrics.tasks.inc({ kind: this.opts.kind, backend: need.name, outcome: "handed_back" });
      msg.nak();
      return;
    }
    // Memory may have changed while the pull waited: choose on a fresh reading (one per batch
    // that arrives together).
    const views = readings.ageMs > FRESH_READING_MS ? await readings.read() : readings.views();
    const view = chooseDevice(views, need, this.opts.memoryMarginMiB, Date.now());
    if (!view) {
      log.info("no device fits any more; handing task back", { backend: need.name });
      metrics.tasks.inc({ kind: this.opts.kind, backend: need.name, outcome: "handed_back" });
      msg.nak();
      return;
    }
    this.start(msg, need.name, view.snapshot);
  }

  private start(msg: JsMsg, backend: string, device: DeviceSnapshot): void {
    const { slots, log, metrics } = this.deps;
    let task: Task;
    try {
      task = decode(pb.Task, msg.data, "task");
    } catch (err) {
      // A message we cannot read will never become readable: remove it, loudly.
      log.error("undecodable task; terminating it", { subject: msg.subject, ...errorFields(err) });
      msg.term();
      return;
    }
    const rt = new RunningTask(msg, task.taskId, task.runId, task.itemKey, backend, device.uuid, this.deps.source.heartbeatMs(), (err) => {
      metrics.infraRetries.inc({ what: "heartbeat" });
      log.warn("heartbeat not sent; trying again at the next beat", { task: task.taskId, ...errorFields(err) });
    });
    slots.occupy(rt);
    this.deps.onTaskStart();
    // The runner releases the slot as soon as the backend is done (the device then takes the next
    // task while this one reports); finish() counts it out of flight once acked or handed back.
    void this.deps.runner.run(rt, task, device).finally(() => {
      rt.stop();
      slots.finish(rt);
      this.deps.onTaskEnd();
      this.poke();
    });
  }
}
