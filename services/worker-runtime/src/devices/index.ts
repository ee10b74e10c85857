/**
 * Builds the device source named by `--devices`: `sim:SPEC` or `cpu:N`.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { CpuDeviceSource, parseCpuSpec } from "./cpu";
import { SimDeviceSource, parseSimSpec } from "./sim";
import type { DeviceSource, OwnUsage } from "./types";

export * from "./types";
export { parseSimSpec, SimDeviceSource } from "./sim";
export { CpuDeviceSource } from "./cpu";

export function createDeviceSource(spec: string, node: string, own: OwnUsage): DeviceSource {
  const [kind, ...rest] = spec.split(":");
  const arg = rest.join(":");
  switch (kind) {
    case "sim":
      return new SimDeviceSource(parseSimSpec(arg), node, own);
    case "cpu":
      return new CpuDeviceSource(parseCpuSpec(arg), node);
    default:
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `devices: "${spec}" is not a device source; use sim:2x80GiB or cpu:2`);
  }
}
