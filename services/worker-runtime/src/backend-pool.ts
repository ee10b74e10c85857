/**
 * Keeps backends loaded: one instance per device, reused across tasks, loaded lazily, replaced
 * when a task needs another backend on that device or when the instance died. It also tells
 * device discovery which memory and processes are ours (OwnUsage).
 */
import type { Counter } from "prom-client";
import type { Logger } from "../../common/src/log";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import type { BackendFactory, BackendInstance, DeviceLease } from "./backend";
import type { OwnUsage } from "./devices/types";

interface Entry {
  readonly factory: BackendFactory;
  readonly instance: BackendInstance;
}

export interface Acquired {
  readonly instance: BackendInstance;
  /** True when this call loaded the backend (false: it was already loaded). */
  readonly loaded: boolean;
  /** Time spent loading for this call; 0 when the instance was already loaded. */
  readonly loadMs: number;
}

/** Which device is busy is not the pool's to know: device-slots.ts `ownUsage` adds it. */
export class BackendPool implements Omit<OwnUsage, "busy"> {
  private readonly entries = new Map<string, Entry>();
  private readonly factories: ReadonlyMap<string, BackendFactory>;

  constructor(
    factories: readonly BackendFactory[],
    private readonly log: Logger,
    private readonly loads?: Counter<"backend" | "device">,
  ) {
    this.factories = new Map(factories.map((f) => [f.name, f]));
  }

  get backends(): readonly BackendFactory[] {
    return [...this.factories.values()];
  }

  factory(name: string): BackendFactory {
    const f = this.factories.get(name);
    if (!f) throw new FleetError(FleetErrorCode.INVALID_INPUT, `this worker does not serve backend "${name}"`);
    return f;
  }

  async acquire(device: DeviceLease, backend: string, signal: AbortSignal): Promise<Acquired> {
    const factory = this.factory(backend);
    const current = this.entries.get(device.uuid);
    if (current && current.factory.name === backend && current.instance.alive()) return { instance: current.instance, loaded: false, loadMs: 0 };
    if (current) {
      // One loaded backend per device: GPU memory is the constraint, so unload before loading.
      await this.unload(device.uuid, current.instance.alive() ? "switching backend" : "instance died");
    }
    const t0 = Date.now();
    this.log.info("loading backend", { backend, device: device.uuid });
    const instance = await factory.load(device, { signal, log: this.log.child({ backend, device: device.uuid }) });
    const loadMs = Date.now() - t0;
    this.entries.set(device.uuid, { factory, instance });
    this.loads?.inc({ backend, device: device.uuid });
    this.log.info("backend loaded", { backend, device: device.uuid, loadMs });
    return { instance, loaded: true, loadMs };
  }

  async unload(uuid: string, why: string): Promise<void> {
    const e = this.entries.get(uuid);
    if (!e) return;
    this.entries.delete(uuid);
    this.log.info("unloading backend", { backend: e.factory.name, device: uuid, why });
    await e.instance.close().catch((err: unknown) => this.log.warn("backend close failed", { error: (err as Error).message }));
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((uuid) => this.unload(uuid, "worker stopping")));
  }

  loadedBackend(uuid: string): string | undefined {
    return this.entries.get(uuid)?.factory.name;
  }

  /** What the device's loaded backend holds: its own report once loaded, else the configured need. */
  memoryMiB(uuid: string): number {
    const e = this.entries.get(uuid);
    return e?.instance.memoryMiB ?? e?.factory.memoryMiB ?? 0;
  }

  pids(): ReadonlySet<number> {
    const s = new Set<number>();
    for (const e of this.entries.values()) if (e.instance.pid !== undefined) s.add(e.instance.pid);
    return s;
  }
}
