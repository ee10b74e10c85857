/**
 * generator-worker: one per GPU node. Wiring only; the work is in generate-handler.ts and the
 * shared worker runtime.
 */
import { resolve } from "node:path";
import { parseServiceArgs, WORKER_COMMAND } from "../../common/src/config";
import { runMain } from "../../common/src/main-runner";
import { runWorkerProcess } from "../../worker-runtime/src/bootstrap";
import { createGenBackends } from "./backends";
import { GenerateHandler } from "./generate-handler";
import { OutputSpace } from "./output-space";
import { OutputStore } from "./output-store";

export async function main(argv: readonly string[]): Promise<void> {
  const { config } = parseServiceArgs(argv, WORKER_COMMAND);
  const cfg = { ...config, worker: { ...config.worker, role: "gen" as const } };
  await runWorkerProcess(cfg, {
    backends: createGenBackends(cfg.worker.backends),
    makeHandler: ({ log, topology, metrics }) => {
      const root = resolve(cfg.output_root);
      const space = new OutputSpace({ root, minFreeBytes: cfg.worker.min_free_space * 2 ** 20, gauge: metrics.outputFreeBytes, log });
      const outputs = new OutputStore(topology.outputs, log, { budgetMs: cfg.worker.infra_retry_budget, log, metrics });
      return new GenerateHandler(root, outputs, space);
    },
  });
}

if (require.main === module) runMain(main);
