/**
 * The evaluation backends this worker can serve, built from `worker.backends` config.
 */
import type { BackendConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { CpuMetricsBackendFactory } from "./cpu-metrics";

export const DEFAULT_EVAL_BACKENDS: Readonly<Record<string, BackendConfig>> = { "cpu-metrics": { type: "cpu-metrics", memory: 0, load_time: 0 } };

export function createEvalBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  return Object.entries(config ?? DEFAULT_EVAL_BACKENDS).map(([name, b]) => {
    switch (b.type) {
      case "cpu-metrics":
        return new CpuMetricsBackendFactory({ name });
      default:
        throw new FleetError(FleetErrorCode.CONFIG_INVALID, `worker.backends.${name}.type: "${b.type}" is not an evaluation backend (use cpu-metrics)`);
    }
  });
}
