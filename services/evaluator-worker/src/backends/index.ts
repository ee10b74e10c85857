/**
 * The evaluation backends this worker can serve, built from `worker.backends` config (the
 * evaluation entries only: one config file serves both worker kinds).
 */
import type { BackendConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { CpuMetricsBackendFactory } from "./cpu-metrics";

export const DEFAULT_EVAL_BACKENDS: Readonly<Record<string, BackendConfig>> = { "cpu-metrics": { type: "cpu-metrics", memory: 0, load_time: 0 } };

const EVAL_TYPES = new Set<BackendConfig["type"]>(["cpu-metrics"]);

export function createEvalBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  const mine = Object.entries(config ?? {}).filter(([, b]) => EVAL_TYPES.has(b.type));
  const chosen = mine.length > 0 ? mine : Object.entries(DEFAULT_EVAL_BACKENDS);
  return chosen.map(([name, b]) => {
    if (b.type !== "cpu-metrics") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `worker.backends.${name}.type: "${b.type}" is not an evaluation backend`);
    return new CpuMetricsBackendFactory({ name });
  });
}
