/**
 * The generation backends this worker can serve, built from `worker.backends` config. One config
 * file serves both worker kinds (framefleet up passes it to every service), so a generator takes
 * the generation backends listed there and leaves the evaluation ones to the evaluators.
 */
import type { BackendConfig } from "../../../common/src/config";
import type { BackendFactory } from "../../../worker-runtime/src/backend";
import { externalBackend } from "../../../worker-runtime/src/backends/external";
import { NoopBackendFactory } from "./noop";
import { SyntheticBackendFactory } from "./synthetic";

/** Generation entries: the synthetic and noop backends, and `grpc`/`command` entries of kind gen. */
export function createGenBackends(config: Readonly<Record<string, BackendConfig>> | undefined): BackendFactory[] {
  const mine: BackendFactory[] = [];
  for (const [name, b] of Object.entries(config ?? {})) {
    if (b.type === "synthetic") mine.push(new SyntheticBackendFactory({ name, memoryMiB: b.memory, loadMs: b.load_time }));
    else if (b.type === "noop") mine.push(new NoopBackendFactory({ name, memoryMiB: b.memory, loadMs: b.load_time }));
    else {
      const external = externalBackend(name, b, "gen");
      if (external) mine.push(external);
    }
  }
  // Nothing configured for generation: the built-in synthetic backend, as the demo uses it.
  return mine.length > 0 ? mine : [new SyntheticBackendFactory({ name: "synthetic" })];
}
