/**
 * The device spec of a worker given none. Simulated devices are never a silent default: a worker
 * on a real GPU node that fell back to a simulated GPU would "generate" without the GPU and
 * report success. So: `nvidia` when nvidia-smi is on PATH, otherwise a config error saying how
 * to ask for simulated devices or CPU slots on purpose.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { DEFAULT_NVIDIA_SMI } from "./nvidia/source";

/** Where the spec came from: given (flag, variable, file) or chosen here because nvidia-smi was found. */
export interface ResolvedDevices {
  readonly spec: string;
  /** Set when no spec was given: the nvidia-smi found on PATH. */
  readonly foundNvidiaSmi?: string;
}

/** The first executable `name` on `pathVar` (PATH), as a shell would find it; undefined if none. */
export function findOnPath(name: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here, or not executable: keep looking, as the shell does
    }
  }
  return undefined;
}

export function resolveDevices(spec: string | undefined, env: NodeJS.ProcessEnv = process.env): ResolvedDevices {
  if (spec !== undefined) return { spec };
  const found = findOnPath(DEFAULT_NVIDIA_SMI, env.PATH);
  if (found) return { spec: "nvidia", foundNvidiaSmi: found };
  throw new FleetError(
    FleetErrorCode.CONFIG_INVALID,
    "worker.devices: none given, and nvidia-smi is not on PATH, so this machine shows the worker no NVIDIA GPU. " +
      "On a GPU node, install the NVIDIA driver or give --devices nvidia:/path/to/nvidia-smi. " +
      "To run without GPUs, ask for it: --devices sim:1x80GiB (simulated GPUs, no real work on a GPU) or --devices cpu:N (N CPU slots, e.g. for an evaluator). " +
      "worker.devices in the config file and FRAMEFLEET_DEVICES set it too.",
  );
}
