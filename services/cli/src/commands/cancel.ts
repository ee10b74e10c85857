/**
 * `framefleet cancel RUN`: removes the run's queued tasks and stops its running ones, fleet-wide.
 */
import { clientCommand, parseClientArgs, requireRunId, withClient } from "../client-flags";

export const CANCEL_COMMAND = clientCommand({
  name: "cancel",
  summary: "cancel a run: queued tasks removed, running ones stopped",
  usage: ["RUN"],
  flags: {},
});

export async function cancelCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, CANCEL_COMMAND);
  const runId = requireRunId(args, 0, "framefleet cancel RUN");
  await withClient(args.api, async (client) => {
    const r = await client.cancelRun(runId);
    // The purge removes the run's tasks from the queue, the running ones included (they are stopped).
    process.stdout.write(`${runId}: cancelled (${r.purgedTasks} tasks removed from the queue, running ones stopped)\n`);
  });
}
