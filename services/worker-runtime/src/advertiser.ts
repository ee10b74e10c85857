/**
 * The node advert (KV ff_nodes[<node>]): built from one device reading, which also refreshes the
 * per-device gauges, so `framefleet nodes`, the dashboards and placement all see one truth. Sent
 * every advert interval (with a fresh reading and the consumers' lease), on each state change,
 * and within ADVERT_SOON_MS of a change in what runs (so status shows a task running).
 */
import type { KV } from "@nats-io/kv";
import { encode } from "../../common/src/codec";
import { errorFields, type Logger } from "../../common/src/log";
import { pb, type NodeAdvert, type NodeState } from "../../common/src/proto";
import type { DeviceReadings } from "./device-readings";
import type { DeviceSlots } from "./device-slots";
import { nodeStateOf, WorkerState } from "./state";
import type { BackendPool } from "./backend-pool";
import { foreignMiB, type DeviceSnapshot } from "./devices/types";
import type { WorkerMetrics } from "./runtime-metrics";

export interface AdvertInput {
  readonly node: string;
  readonly role: string;
  readonly version: string;
  readonly state: NodeState;
  readonly backends: readonly string[];
  readonly devices: readonly DeviceSnapshot[];
  readonly slots: Pick<DeviceSlots, "runningOn" | "coolingUntil">;
  readonly pool: Pick<BackendPool, "loadedBackend">;
  readonly startedAtMs: number;
  readonly advertIntervalMs: number;
  readonly metricsUrl: string;
  readonly tasksDone: number;
  readonly tasksFailed: number;
  readonly metrics: WorkerMetrics;
  /** Why the running node takes no new work (its output folder is full); "" when it takes work. */
  readonly pausedReason: string;
}

export function buildAdvert(a: AdvertInput): NodeAdvert {
  const devices = a.devices.map((d) => {
    const labels = { device: d.uuid, name: d.name };
    a.metrics.deviceFree.set(labels, d.freeMiB);
    a.metrics.deviceUsed.set(labels, d.usedMiB);
    a.metrics.deviceForeign.set(labels, foreignMiB(d));
    a.metrics.deviceUtil.set(labels, d.utilisationPct);
    const rt = a.slots.runningOn(d.uuid);
    return pb.DeviceStatus.create({
      uuid: d.uuid,
      name: d.name,
      index: d.index,
      totalMib: d.totalMiB,
      usedMib: d.usedMiB,
      freeMib: d.freeMiB,
      foreignMib: foreignMiB(d),
      utilisationPct: d.utilisationPct,
      processes: d.processes.map((p) => pb.DeviceProcess.create({ pid: p.pid, name: p.name, usedMib: p.usedMiB, ours: p.ours })),
      runningTaskId: rt?.taskId ?? "",
      runningRunId: rt?.runId ?? "",
      runningItemKey: rt?.itemKey ?? "",
      runningAttempt: rt?.msg.info.deliveryCount ?? 0,
      runningStartedAtMs: rt?.startedAt ?? 0,
      runningBackend: rt?.backend ?? "",
      runningProgress: rt?.progress ?? 0,
      runningStage: rt?.stage ?? "",
      loadedBackend: a.pool.loadedBackend(d.uuid) ?? "",
      coolingUntilMs: a.slots.coolingUntil(d.uuid),
      source: d.source,
    });
  });
  return pb.NodeAdvert.create({
    node: a.node,
    role: a.role,
    state: a.state,
    version: a.version,
    backends: [...a.backends],
    devices,
    sentAtMs: Date.now(),
    startedAtMs: a.startedAtMs,
    metricsUrl: a.metricsUrl,
    tasksDone: a.tasksDone,
    tasksFailed: a.tasksFailed,
    advertIntervalMs: a.advertIntervalMs,
    pausedReason: a.pausedReason,
  });
}

/** A node whose running tasks changed advertises within this, so status shows them running. */
const ADVERT_SOON_MS = 1000;

export interface AdvertiserOptions {
  readonly node: string;
  readonly role: string;
  readonly version: string;
  readonly advertIntervalMs: number;
  readonly metricsUrl: string;
  readonly startedAtMs: number;
}

export interface AdvertiserDeps {
  readonly kv: Pick<KV, "put">;
  readonly state: () => WorkerState;
  readonly readings: DeviceReadings;
  readonly slots: DeviceSlots;
  readonly pool: Pick<BackendPool, "backends" | "loadedBackend">;
  /** The consumers' ack_wait, re-read with each full advert (task-source.ts). */
  readonly refreshLease: () => Promise<void>;
  readonly counts: () => { readonly done: number; readonly failed: number };
  /** Why the node takes no work now ("" when it does). */
  readonly pausedReason: () => string;
  readonly log: Logger;
  readonly metrics: WorkerMetrics;
}

export class Advertiser {
  private timer: NodeJS.Timeout | undefined;
  private soonTimer: NodeJS.Timeout | undefined;
  /** A worker stopped before it ever ran is not advertised at all. */
  private started = false;
  /** The advert being written (never rejects). */
  private last: Promise<void> = Promise.resolve();

  constructor(
    private readonly opts: AdvertiserOptions,
    private readonly deps: AdvertiserDeps,
  ) {}

  /** Advertises every interval until `stop()`. */
  start(): void {
    this.started = true;
    this.timer = setTimeout(() => {
      void this.advertise().finally(() => {
        const s = this.deps.state();
        if (this.timer && s !== WorkerState.STOPPED && s !== WorkerState.FAILED) this.start();
      });
    }, this.opts.advertIntervalMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.soonTimer);
    this.timer = undefined;
    this.soonTimer = undefined;
  }

  /** One advert within ADVERT_SOON_MS of a change in what runs (the coordinator shows it running). */
  soon(): void {
    if (this.soonTimer) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      void this.advertise(false);
    }, ADVERT_SOON_MS);
  }

  /**
   * Writes the node's advert; adverts go one after another, so a slow periodic one (reading the
   * devices) cannot land after the advert of a later state and undo it (a stopped node shown active).
   * @param full also re-read the devices and the consumers' lease (the periodic advert).
   */
  advertise(full = true): Promise<void> {
    this.last = this.last.then(() => this.write(full));
    return this.last;
  }

  private async write(full: boolean): Promise<void> {
    const { state: stateOf, readings, slots, pool, metrics } = this.deps;
    if (!this.started) return;
    try {
      const before = stateOf();
      if (full && (before === WorkerState.RUNNING || before === WorkerState.DRAINING || before === WorkerState.DRAINED)) {
        await readings.read();
        await this.deps.refreshLease();
      }
      // The state as of the write, not as of the device read.
      const state = stateOf();
      const counts = this.deps.counts();
      const advert = buildAdvert({
        ...this.opts,
        state: nodeStateOf(state),
        backends: pool.backends.map((b) => b.name),
        devices: readings.last,
        slots,
        pool,
        tasksDone: counts.done,
        tasksFailed: counts.failed,
        metrics,
        // Only a node that would otherwise take work is paused; draining says enough by itself.
        pausedReason: state === WorkerState.RUNNING ? this.deps.pausedReason() : "",
      });
      await this.deps.kv.put(this.opts.node, encode(pb.NodeAdvert, advert));
    } catch (err) {
      this.deps.log.warn("advert failed", errorFields(err));
    }
  }
}
