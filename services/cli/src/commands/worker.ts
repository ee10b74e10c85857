/**
 * `framefleet worker ...`: runs the generator or evaluator worker in the foreground. The role comes
 * from the configuration like every other setting (--role, FRAMEFLEET_ROLE, worker.role).
 */
import { parseServiceArgs, WORKER_COMMAND } from "../../../common/src/config";
import { main as evaluatorMain } from "../../../evaluator-worker/src/main";
import { main as generatorMain } from "../../../generator-worker/src/main";

export async function workerCommand(argv: readonly string[]): Promise<void> {
  const { config } = parseServiceArgs(argv, WORKER_COMMAND);
  await (config.worker.role === "eval" ? evaluatorMain(argv) : generatorMain(argv));
}
