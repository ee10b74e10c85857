/**
 * `framefleet worker --role gen|eval ...`: runs the generator or evaluator worker in the foreground.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { main as evaluatorMain } from "../../../evaluator-worker/src/main";
import { main as generatorMain } from "../../../generator-worker/src/main";

export async function workerCommand(argv: readonly string[]): Promise<void> {
  const i = argv.findIndex((a) => a === "--role" || a.startsWith("--role="));
  const role = i < 0 ? (process.env.FRAMEFLEET_ROLE ?? "gen") : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  if (role !== "gen" && role !== "eval") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--role: "${role}" is not gen or eval`);
  await (role === "gen" ? generatorMain(argv) : evaluatorMain(argv));
}
