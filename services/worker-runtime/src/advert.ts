/**
 * Builds the node advert (KV ff_nodes[<node>]) and refreshes the per-device gauges from the same
 * reading, so `framefleet nodes`, the dashboards and placement all see one truth.
 */
import { pb, type NodeAdvert, type NodeState } from "../../common/src/proto";
import type { BackendPool } from "./backend-pool";
import { foreignMiB, type DeviceSnapshot } from "./devices/types";
import type { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";

export interface AdvertInput {
  readonly node: string;
  readonly role: string;
  readonly version: string;
  readonly state: NodeState;
  readonly backends: readonly string[];
  readonly devices: readonly DeviceSnapshot[];
  readonly running: ReadonlyMap<string, RunningTask>;
  readonly cooling: ReadonlyMap<string, number>;
  readonly pool: BackendPool;
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
    const rt = a.running.get(d.uuid);
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
      coolingUntilMs: a.cooling.get(d.uuid) ?? 0,
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
