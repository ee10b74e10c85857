/**
 * The generation backends this worker can serve, built from `worker.backends` config. One config
 * file serves both worker kinds (framefleet up passes it to every service), so a generator takes
 * the generation backends listed there and leaves the evaluation ones to the evaluators.
 */
import type { BackendConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { SyntheticBackendFactory } from "./synthetic";

export const DEFAULT_GEN_BACKENDS: Readonly<Record<string, BackendConfig>> = { synthetic: { type: "synthetic", memory: 0, load_time: 0 } };

const GEN_TYPES = new Set<BackendConfig["type"]>(["synthetic"]);

export function createGenBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  const mine = Object.entries(config ?? {}).filter(([, b]) => GEN_TYPES.has(b.type));
  const chosen = mine.length > 0 ? mine : Object.entries(DEFAULT_GEN_BACKENDS);
  return chosen.map(([name, b]) => {
    if (b.type !== "synthetic") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `worker.backends.${name}.type: "${b.type}" is not a generation backend`);
    return new SyntheticBackendFactory({ name, memoryMiB: b.memory, loadMs: b.load_time });
  });
}
