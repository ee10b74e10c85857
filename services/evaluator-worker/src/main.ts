/**
 * evaluator-worker: the same worker runtime with evaluator backends. Wiring only.
 */
import { resolve } from "node:path";
import { parseServiceArgs, WORKER_COMMAND } from "../../common/src/config";
import { runMain } from "../../common/src/main-runner";
import { runWorkerProcess } from "../../worker-runtime/src/bootstrap";
import { createEvalBackends } from "./backends";
import { EvaluateHandler } from "./evaluate-handler";

export async function main(argv: readonly string[]): Promise<void> {
  const { config } = parseServiceArgs(argv, WORKER_COMMAND);
  const cfg = { ...config, worker: { ...config.worker, role: "eval" as const } };
  await runWorkerProcess(cfg, {
    backends: createEvalBackends(cfg.worker.backends),
    makeHandler: () => new EvaluateHandler(resolve(cfg.output_root)),
  });
}

if (require.main === module) runMain(main);
