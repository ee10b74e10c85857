/**
 * evaluator-worker: the same worker runtime with evaluator backends. Wiring only.
 */
import { resolve } from "node:path";
import { parseServiceArgs, WORKER_FLAGS } from "../../common/src/config";
import { runMain } from "../../common/src/main-runner";
import { runWorkerProcess } from "../../worker-runtime/src/bootstrap";
import { createEvalBackends } from "./backends";
import { EvaluateHandler } from "./evaluate-handler";

export async function main(argv: readonly string[]): Promise<void> {
  const { config } = parseServiceArgs(argv, WORKER_FLAGS);
  await runWorkerProcess({ ...config, worker: { ...config.worker, role: "eval" } }, ({ cfg }) => ({
    handler: new EvaluateHandler(resolve(cfg.output_root)),
    backends: createEvalBackends(cfg.worker.backends),
  }));
}

if (require.main === module) runMain(main);
