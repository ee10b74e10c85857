/**
 * `framefleet submit RUNSPEC.yaml [--wait] [--json]` and `framefleet submit --resume RUN [--wait]`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { RunState, runStateName } from "../../../common/src/proto";
import { clientCommand, parseClientArgs, printJson, withClient } from "../client-flags";
import { describeSubmit, statusJson, submitJson } from "../views";
import { watchRun } from "../watch";

export const SUBMIT_USAGE = "framefleet submit RUNSPEC.yaml [--wait] [--json] | framefleet submit --resume RUN [--wait]";

export const SUBMIT_COMMAND = clientCommand({
  name: "submit",
  summary: "submit a run (or resume one); prints its id, --wait follows it",
  usage: ["RUNSPEC.yaml [--wait] [--json]", "--resume RUN [--wait] [--json]"],
  flags: {
    wait: { type: "boolean", help: "follow the run until it finishes (progress on stderr), then print its final state" },
    resume: { arg: "RUN", help: "carry on the run RUN (keep valid videos, redo the rest) instead of submitting a spec" },
  },
});

export async function submitCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, SUBMIT_COMMAND);
  const specPath = args.positionals[0];
  const resume = (args.values.resume as string | undefined) ?? "";
  if (!specPath && !resume) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `missing RUNSPEC.yaml. Usage: ${SUBMIT_USAGE}`);
  let specYaml = "";
  let baseDir = "";
  if (specPath) {
    const abs = resolve(specPath);
    try {
      specYaml = readFileSync(abs, "utf8");
    } catch (err) {
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `cannot read run spec ${specPath}: ${(err as Error).message}`);
    }
    baseDir = dirname(abs);
  }
  await withClient(args.api, async (client) => {
    const res = await client.submitRun({ specYaml, baseDir, specSource: specPath ?? "", resumeRunId: resume });
    process.stderr.write(`${describeSubmit(res)}\n`);
    if (!args.values.wait) {
      if (args.values.json) printJson(submitJson(res));
      else process.stdout.write(`${res.runId}\n`);
      return;
    }
    const final = await watchRun(client, res.runId, process.stderr);
    const state = final.run?.state ?? RunState.RUN_STATE_UNSPECIFIED;
    if (args.values.json) printJson(statusJson(final));
    else process.stdout.write(`${res.runId} ${runStateName(state)}\n`);
    for (const f of final.failures) process.stderr.write(`failed: ${f.itemKey} (${f.taskId}): ${f.error}\n`);
    if (state !== RunState.RUN_STATE_COMPLETED) process.exitCode = 1;
  });
}
