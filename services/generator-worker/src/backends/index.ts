/**
 * The generation backends this worker can serve, built from `worker.backends` config.
 */
import type { BackendConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { SyntheticBackendFactory } from "./synthetic";

export const DEFAULT_GEN_BACKENDS: Readonly<Record<string, BackendConfig>> = { synthetic: { type: "synthetic", memory: 0, load_time: 0 } };

export function createGenBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  return Object.entries(config ?? DEFAULT_GEN_BACKENDS).map(([name, b]) => {
    switch (b.type) {
      case "synthetic":
        return new SyntheticBackendFactory({ name, memoryMiB: b.memory, loadMs: b.load_time });
      default:
        throw new FleetError(FleetErrorCode.CONFIG_INVALID, `worker.backends.${name}.type: "${b.type}" is not a generation backend (use synthetic)`);
    }
  });
}
