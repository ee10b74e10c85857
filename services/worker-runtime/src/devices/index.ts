/**
 * Builds the device source named by `--devices`: `nvidia` (nvidia-smi from PATH),
 * `nvidia:/path/to/nvidia-smi`, `sim:SPEC` or `cpu:N`.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { CpuDeviceSource, parseCpuSpec } from "./cpu";
import { NvidiaDeviceSource } from "./nvidia/source";
import { VISIBLE_ENV } from "./nvidia/visible";
import { SimDeviceSource, parseSimSpec } from "./sim";
import type { DeviceSource, OwnUsage } from "./types";

export * from "./types";
export { parseSimSpec, SimDeviceSource } from "./sim";
export { CpuDeviceSource } from "./cpu";
export { NvidiaDeviceSource, type NvidiaSourceOptions } from "./nvidia/source";
export { findOnPath, resolveDevices, type ResolvedDevices } from "./default-spec";

/** `env` supplies CUDA_VISIBLE_DEVICES, which limits `nvidia` to the GPUs a scheduler gave this process. */
export function createDeviceSource(spec: string, node: string, own: OwnUsage, env: NodeJS.ProcessEnv = process.env): DeviceSource {
  const [kind, ...rest] = spec.split(":");
  const arg = rest.join(":");
  switch (kind) {
    case "sim":
      return new SimDeviceSource(parseSimSpec(arg), node, own);
    case "cpu":
      return new CpuDeviceSource(parseCpuSpec(arg), node);
    case "nvidia":
      return new NvidiaDeviceSource(own, { ...(arg.trim() === "" ? {} : { binary: arg }), visible: env[VISIBLE_ENV] });
    default:
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `devices: "${spec}" is not a device source; use nvidia, nvidia:/path/to/nvidia-smi, sim:2x80GiB or cpu:2`);
  }
}
