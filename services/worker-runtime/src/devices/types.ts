/**
 * What device discovery reports, whatever the source (nvidia-smi, a simulated GPU, a CPU slot).
 * Placement reads only this shape, so simulated devices exercise the same code as real GPUs.
 */

export type DeviceSourceKind = "nvidia" | "mig" | "sim" | "cpu";

export interface DeviceProcessInfo {
  readonly pid: number;
  readonly name: string;
  readonly usedMiB: number;
  /** True when the process is one of this worker's backends. */
  readonly ours: boolean;
}

export interface DeviceSnapshot {
  /** GPU-…/MIG-… UUID, or sim-<node>-<i> / cpu-<node>-<i>. */
  readonly uuid: string;
  readonly name: string;
  readonly index: number;
  readonly source: DeviceSourceKind;
  readonly totalMiB: number;
  readonly usedMiB: number;
  readonly freeMiB: number;
  /** Percent, or -1 when not reported. */
  readonly utilisationPct: number;
  readonly processes: readonly DeviceProcessInfo[];
  /** Environment a backend process needs to see only this device. */
  readonly env: Readonly<Record<string, string>>;
}

/** Memory our own backends hold, so discovery can tell ours from foreign. */
export interface OwnUsage {
  /** PIDs of our backend processes (real GPUs: matched against nvidia-smi's compute apps). */
  pids(): ReadonlySet<number>;
  /** MiB our loaded backends hold on a device (simulated devices, where no process is real). */
  memoryMiB(uuid: string): number;
  /** Name of the backend loaded on a device, if any. */
  loadedBackend(uuid: string): string | undefined;
  /** True while a task of ours runs on the device (simulated devices report it as utilisation). */
  busy(uuid: string): boolean;
}

export interface DeviceSource {
  readonly kind: DeviceSourceKind;
  /** Reads the devices now (never cached: placement re-reads right before each pull). */
  read(signal?: AbortSignal): Promise<DeviceSnapshot[]>;
}

export function ourMiB(d: DeviceSnapshot): number {
  return d.processes.filter((p) => p.ours).reduce((s, p) => s + p.usedMiB, 0);
}

/** Memory held by processes that are not ours (never negative). */
export function foreignMiB(d: DeviceSnapshot): number {
  return Math.max(0, d.usedMiB - ourMiB(d));
}
