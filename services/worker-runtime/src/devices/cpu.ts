/**
 * `cpu:N`: N slots with no GPU memory, for CPU-only backends (the built-in metrics evaluator).
 * Placement treats a backend that needs 0 MiB as fitting any idle slot.
 */
import { cpus } from "node:os";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { DeviceSnapshot, DeviceSource } from "./types";

export function parseCpuSpec(spec: string): number {
  if (spec.trim() === "") return Math.max(1, cpus().length);
  const n = Number(spec);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `devices: "cpu:${spec}" needs a slot count from 1 to 256 (e.g. cpu:2)`);
  }
  return n;
}

export class CpuDeviceSource implements DeviceSource {
  readonly kind = "cpu" as const;
  constructor(
    private readonly slots: number,
    private readonly node: string,
  ) {}

  async read(): Promise<DeviceSnapshot[]> {
    return Array.from({ length: this.slots }, (_, index) => ({
      uuid: `cpu-${this.node}-${index}`,
      name: "CPU slot",
      index,
      source: "cpu" as const,
      totalMiB: 0,
      usedMiB: 0,
      freeMiB: 0,
      utilisationPct: -1,
      processes: [],
      env: { CUDA_VISIBLE_DEVICES: "" },
    }));
  }
}
