/**
 * `framefleet retry RUN --failed [--wait]`: queues a run's failed items again, with a fresh
 * attempt budget (a run with failures completes; this gives those items another go).
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { RunState, runStateName } from "../../../common/src/proto";
import { clientCommand, parseClientArgs, printJson, requirePositional, withClient } from "../client-flags";
import { describeSubmit, statusJson, submitJson } from "../views";
import { watchRun } from "../watch";

export const RETRY_COMMAND = clientCommand({
  name: "retry",
  summary: "queue a run's failed items again with a fresh attempt budget",
  usage: ["RUN --failed [--wait]"],
  flags: {
    failed: { type: "boolean", help: "retry the failed items (required: it says what to retry)" },
    wait: { type: "boolean", help: "follow the run until it finishes (progress on stderr), then print its final state" },
  },
});

export async function retryCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, RETRY_COMMAND);
  const runId = requirePositional(args, 0, "RUN", "framefleet retry RUN --failed [--wait]");
  if (!args.values.failed) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, "say what to retry: framefleet retry RUN --failed (to redo everything, resume: framefleet submit --resume RUN)");
  }
  await withClient(args.api, async (client) => {
    const res = await client.submitRun({ specYaml: "", baseDir: "", specSource: "", resumeRunId: runId, failedOnly: true });
    process.stderr.write(`${describeSubmit(res)}\n`);
    if (!args.values.wait) {
      if (args.values.json) printJson(submitJson(res));
      return;
    }
    const final = await watchRun(client, runId, process.stderr);
    if (args.values.json) printJson(statusJson(final));
    else process.stdout.write(`${runId} ${runStateName(final.run?.state)}\n`);
    for (const f of final.failures) process.stderr.write(`failed: ${f.itemKey} (${f.taskId}): ${f.error}\n`);
    if (final.run?.state !== RunState.RUN_STATE_COMPLETED) process.exitCode = 1;
  });
}
