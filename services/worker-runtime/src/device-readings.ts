/**
 * The latest reading of the node's devices and what placement sees in it. A failed read
 * (nvidia-smi timing out under load, a driver hiccup) must not stop the worker: it counts as
 * "no device is free" until a read succeeds again.
 */
import { errorFields, type Logger } from "../../common/src/log";
import type { BackendPool } from "./backend-pool";
import type { DeviceSlots } from "./device-slots";
import type { DeviceSnapshot, DeviceSource } from "./devices/types";
import type { DeviceView } from "./placement";
import type { WorkerMetrics } from "./runtime-metrics";

export interface DeviceReadingsDeps {
  readonly source: DeviceSource;
  readonly slots: DeviceSlots;
  readonly pool: Pick<BackendPool, "loadedBackend">;
  readonly log: Logger;
  readonly metrics: Pick<WorkerMetrics, "deviceReadErrors">;
  /** A device keeps its first backend ("never" switching). */
  readonly sticky: boolean;
}

export class DeviceReadings {
  private snapshots: DeviceSnapshot[] = [];
  private failing = false;
  /** When the devices were last read (a batch of tasks is placed on one reading). */
  private readAtMs = 0;

  constructor(private readonly deps: DeviceReadingsDeps) {}

  get last(): readonly DeviceSnapshot[] {
    return this.snapshots;
  }

  get ageMs(): number {
    return Date.now() - this.readAtMs;
  }

  /** The first reading, at start: a failure here is the worker's failure. */
  async first(): Promise<readonly DeviceSnapshot[]> {
    this.snapshots = await this.deps.source.read();
    this.readAtMs = Date.now();
    return this.snapshots;
  }

  /** Reads the devices now; returns the views placement uses ([] while reads fail). */
  async read(): Promise<DeviceView[]> {
    const { log, metrics } = this.deps;
    try {
      this.snapshots = await this.deps.source.read();
      this.readAtMs = Date.now();
      if (this.failing) log.info("device discovery works again");
      this.failing = false;
    } catch (err) {
      metrics.deviceReadErrors.inc();
      if (!this.failing) log.warn("device discovery failed; taking no work until it works again", errorFields(err));
      this.failing = true;
      return [];
    }
    return this.views();
  }

  /** The last reading with what we know now: busy, cooling and loaded devices. */
  views(): DeviceView[] {
    if (this.failing) return [];
    const { slots, pool, sticky } = this.deps;
    return this.snapshots.map((snapshot) => ({
      snapshot,
      busy: slots.busy(snapshot.uuid),
      coolingUntilMs: slots.coolingUntil(snapshot.uuid),
      loadedBackend: pool.loadedBackend(snapshot.uuid),
      sticky,
    }));
  }
}
