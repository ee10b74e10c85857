/**
 * Simulated GPUs for the demo, tests and benchmarks: `sim:2x80GiB`, `sim:2x80GiB,1x40GiB`, with
 * optional scripted foreign load, e.g. `sim:2x80GiB;foreign=1:70GiB@5s-20s` (device 1 has 70 GiB
 * held by someone else from 5 s to 20 s after the worker started), or `;oom=1` (every task on
 * device 1 runs out of memory, through the backend's OOM path). They report through the same
 * DeviceSnapshot shape as nvidia-smi, so placement cannot tell them apart.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseDurationMs, parseSizeMiB } from "../../../common/src/units";
import type { DeviceSnapshot, DeviceSource, OwnUsage } from "./types";

export interface ForeignLoad {
  readonly device: number;
  readonly mib: number;
  readonly fromMs: number;
  /** Infinity for "until the end". */
  readonly toMs: number;
}

export interface SimSpec {
  readonly devices: readonly { readonly totalMiB: number }[];
  readonly foreign: readonly ForeignLoad[];
  /** Devices whose backends run out of memory on every task (`;oom=1`). */
  readonly oom: readonly number[];
  /**
   * `;epoch=<unix ms>`: foreign-load times count from this instant instead of the worker's start,
   * so a benchmark can line several nodes' scripted load up with its own clock.
   */
  readonly epochMs?: number;
}

const DEFAULT_SIM_MIB = 80 * 1024;
/** A fake pid range for foreign processes, far from real ones. */
const FOREIGN_PID_BASE = 900_000;

export function parseSimSpec(spec: string): SimSpec {
  const bad = (why: string) =>
    new FleetError(FleetErrorCode.CONFIG_INVALID, `devices: "sim:${spec}" ${why} (expected e.g. sim:2x80GiB, sim:2x80GiB;foreign=1:70GiB@5s-20s or sim:2x80GiB;oom=1)`);
  const [devicePart, ...options] = spec.split(";");
  const devices: { totalMiB: number }[] = [];
  for (const group of (devicePart ?? "").split(",").filter((g) => g.trim() !== "")) {
    const m = /^\s*(\d+)\s*(?:x\s*(.+))?$/.exec(group);
    if (!m) throw bad(`has a bad device group "${group}"`);
    const count = Number(m[1]);
    let totalMiB: number;
    try {
      totalMiB = m[2] ? parseSizeMiB(m[2], "sim device memory") : DEFAULT_SIM_MIB;
    } catch {
      throw bad(`has a bad memory size "${m[2]}"`);
    }
    if (count < 1 || count > 64) throw bad("needs 1 to 64 devices per group");
    for (let i = 0; i < count; i++) devices.push({ totalMiB });
  }
  if (devices.length === 0) throw bad("names no devices");
  const foreign: ForeignLoad[] = [];
  const oom: number[] = [];
  let epochMs: number | undefined;
  for (const opt of options) {
    const em = /^\s*epoch=(\d{10,16})\s*$/.exec(opt);
    if (em) {
      epochMs = Number(em[1]);
      continue;
    }
    const om = /^\s*oom=(\d+)\s*$/.exec(opt);
    if (om) {
      const device = Number(om[1]);
      if (device >= devices.length) throw bad(`makes device ${device} run out of memory, but it does not exist`);
      oom.push(device);
      continue;
    }
    const fm = /^\s*foreign=(\d+):([^@]+)@([^-]+)-(.*)$/.exec(opt);
    if (!fm) throw bad(`has an unknown option "${opt}"`);
    const device = Number(fm[1]);
    if (device >= devices.length) throw bad(`puts foreign load on device ${device}, which does not exist`);
    try {
      foreign.push({
        device,
        mib: parseSizeMiB(fm[2] as string),
        fromMs: parseDurationMs(fm[3] as string),
        toMs: (fm[4] as string).trim() === "" ? Infinity : parseDurationMs(fm[4] as string),
      });
    } catch {
      throw bad(`has a bad foreign load "${opt}"`);
    }
    const last = foreign[foreign.length - 1] as ForeignLoad;
    if (last.toMs <= last.fromMs) throw bad(`has a foreign load "${opt}" that ends before it starts`);
  }
  return { devices, foreign, oom, ...(epochMs !== undefined ? { epochMs } : {}) };
}

export class SimDeviceSource implements DeviceSource {
  readonly kind = "sim" as const;
  private readonly startedAt: number;

  constructor(
    private readonly spec: SimSpec,
    private readonly node: string,
    private readonly own: OwnUsage,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = spec.epochMs ?? now();
  }

  async read(): Promise<DeviceSnapshot[]> {
    const t = this.now() - this.startedAt;
    return this.spec.devices.map((d, index) => {
      const uuid = `sim-${this.node}-${index}`;
      const foreignLoads = this.spec.foreign.filter((f) => f.device === index && t >= f.fromMs && t < f.toMs);
      const ours = this.own.memoryMiB(uuid);
      const processes = [
        ...foreignLoads.map((f, i) => ({ pid: FOREIGN_PID_BASE + index * 100 + i, name: "foreign-sim", usedMiB: f.mib, ours: false })),
        ...(ours > 0 ? [{ pid: process.pid, name: this.own.loadedBackend(uuid) ?? "backend", usedMiB: ours, ours: true }] : []),
      ];
      const used = Math.min(d.totalMiB, processes.reduce((s, p) => s + p.usedMiB, 0));
      return {
        uuid,
        name: `Simulated GPU ${Math.round(d.totalMiB / 1024)}GiB`,
        index,
        source: "sim" as const,
        totalMiB: d.totalMiB,
        usedMiB: used,
        freeMiB: d.totalMiB - used,
        utilisationPct: this.own.busy(uuid) ? 100 : 0,
        processes,
        env: {
          CUDA_VISIBLE_DEVICES: uuid,
          CUDA_DEVICE_ORDER: "PCI_BUS_ID",
          // Read by the synthetic backend (SIM_OOM_ENV); a real backend never sees it.
          ...(this.spec.oom.includes(index) ? { FRAMEFLEET_SIM_OOM: "1" } : {}),
        },
      };
    });
  }
}
