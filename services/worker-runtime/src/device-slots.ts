/**
 * The one record of what occupies each device: the task running on it, the tasks past their
 * backend that are still reporting (finishing), and devices cooling down after running out of
 * memory. Placement, adverts, the simulated devices' utilisation and the busy gauge all read it.
 */
import { CancelReason } from "../../common/src/errors";
import type { Logger } from "../../common/src/log";
import type { BackendPool } from "./backend-pool";
import type { OwnUsage } from "./devices/types";
import type { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";

export class DeviceSlots {
  private readonly running = new Map<string, RunningTask>(); // by device uuid
  /** Tasks whose backend is done (the device is free again) still publishing their result and ack. */
  private readonly finishing = new Set<RunningTask>();
  private readonly cooling = new Map<string, number>(); // device uuid → until ms
  private readonly freedListeners: (() => void)[] = [];

  constructor(
    private readonly metrics: Pick<WorkerMetrics, "deviceBusy" | "inFlight">,
    private readonly kind: string,
  ) {}

  /** The task now holds its device; it stays in flight until `finish`. */
  occupy(rt: RunningTask): void {
    this.running.set(rt.deviceUuid, rt);
    this.metrics.deviceBusy.set({ device: rt.deviceUuid }, 1);
    this.metrics.inFlight.inc({ kind: this.kind, backend: rt.backend });
  }

  /** Calls `listener` each time a device is released (the dispatch loop wakes to fill it). */
  onFreed(listener: () => void): void {
    this.freedListeners.push(listener);
  }

  /**
   * The backend is done with the device: the next task may take it while this one still reports
   * (its lease stays alive until the ack). Called by the executor; a second call does nothing.
   */
  release(rt: RunningTask): void {
    if (this.running.get(rt.deviceUuid) !== rt) return;
    this.running.delete(rt.deviceUuid);
    this.finishing.add(rt);
    this.metrics.deviceBusy.set({ device: rt.deviceUuid }, 0);
    for (const l of this.freedListeners) l();
  }

  /** The task is acked or handed back: it no longer counts as in flight. */
  finish(rt: RunningTask): void {
    this.release(rt);
    this.finishing.delete(rt);
    this.metrics.inFlight.dec({ kind: this.kind, backend: rt.backend });
  }

  /** Tasks not yet acked or handed back: running on a device, or finishing. */
  get inFlight(): number {
    return this.running.size + this.finishing.size;
  }

  busy(uuid: string): boolean {
    return this.running.has(uuid);
  }

  runningOn(uuid: string): RunningTask | undefined {
    return this.running.get(uuid);
  }

  /** Placement leaves the device alone until `untilMs` (it ran out of memory). */
  coolDown(uuid: string, untilMs: number): void {
    this.cooling.set(uuid, untilMs);
  }

  coolingUntil(uuid: string): number {
    return this.cooling.get(uuid) ?? 0;
  }

  /** Stops every running task of a run (the run was cancelled). */
  cancelRun(runId: string): void {
    for (const rt of this.running.values()) if (rt.runId === runId) rt.cancel(CancelReason.RUN_CANCELLED);
  }

  /**
   * Hands one running task back for a run of a higher priority. Only a task still in its backend
   * counts: one that is finishing (publishing its result) is as good as done.
   */
  preempt(taskId: string, runId: string, reason: string, log: Logger): boolean {
    let found = false;
    for (const rt of this.running.values()) {
      if (rt.taskId !== taskId || (runId !== "" && rt.runId !== runId)) continue;
      log.info("task preempted; handing it back", { task: taskId, run: rt.runId, reason });
      rt.cancel(CancelReason.PREEMPTED, `handed back: preempted for ${reason || "a run of a higher priority"}`);
      found = true;
    }
    return found;
  }

  /** Hands back at once each running task expected to outlast `deadlineMs` (a drain began). */
  handBackSlowerThan(deadlineMs: number, meanMs: (backend: string) => number | undefined, log: Logger): void {
    const now = Date.now();
    for (const rt of this.running.values()) {
      const left = rt.expectedRemainingMs(meanMs(rt.backend), now);
      if (left === undefined || left <= deadlineMs) continue;
      log.info("drain: task cannot finish in time; handing it back", { task: rt.taskId, expectedMs: Math.round(left), deadlineMs });
      rt.cancel(CancelReason.DRAIN_DEADLINE);
    }
  }

  /** The drain deadline passed: hand back what still runs (finishing tasks ack in moments). */
  handBackAll(): void {
    for (const rt of this.running.values()) rt.cancel(CancelReason.DRAIN_DEADLINE);
  }
}

/** What device discovery counts as ours: the pool's loaded backends, the slots' busy devices. */
export function ownUsage(pool: BackendPool, slots: Pick<DeviceSlots, "busy">): OwnUsage {
  return {
    pids: () => pool.pids(),
    memoryMiB: (uuid) => pool.memoryMiB(uuid),
    loadedBackend: (uuid) => pool.loadedBackend(uuid),
    busy: (uuid) => slots.busy(uuid),
  };
}
