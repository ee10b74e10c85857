/**
 * The evaluation backends this worker can serve, built from `worker.backends` config (the
 * evaluation entries only: one config file serves both worker kinds).
 */
import type { BackendConfig } from "../../../common/src/config";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { externalBackend } from "../../../worker-runtime/src/backends/external";
import { CpuMetricsBackendFactory } from "./cpu-metrics";

/** Evaluation entries: the CPU metrics, and `grpc`/`command` entries of kind eval. */
export function createEvalBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  const mine: BackendFactory[] = [];
  for (const [name, b] of Object.entries(config ?? {})) {
    if (b.type === "cpu-metrics") mine.push(new CpuMetricsBackendFactory({ name }));
    else {
      const external = externalBackend(name, b, "eval");
      if (external) mine.push(external);
    }
  }
  return mine.length > 0 ? mine : [new CpuMetricsBackendFactory({ name: "cpu-metrics" })];
}
