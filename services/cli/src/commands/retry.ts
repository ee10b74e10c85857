/**
 * `framefleet retry RUN --failed [--wait]`: queues a run's failed items again, with a fresh
 * attempt budget (a run with failures completes; this gives those items another go).
 */
import { escapeControl } from "../../../common/src/safe-text";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseDurationMs } from "../../../common/src/units";
import { clientCommand, parseClientArgs, requireRunId, withClient } from "../client-flags";
import { DEFAULT_REPORT_TIMEOUT_MS, finishWait, printSubmitted } from "../run-outcome";
import { describeSubmit } from "../views";

export const RETRY_COMMAND = clientCommand({
  name: "retry",
  summary: "queue a run's failed items again with a fresh attempt budget",
  usage: ["RUN --failed [--wait]"],
  notes: ["With --wait the exit code says how the run ended: 0 when every item is done, 3 when any item failed or the run was cancelled (the failed items are listed on stderr), 2 for usage errors, 1 for anything else (including a report that did not appear in time)."],
  flags: {
    failed: { type: "boolean", help: "retry the failed items (required: it says what to retry)" },
    wait: { type: "boolean", help: "follow the run until it finishes (progress on stderr), then print its final state" },
    "report-timeout": { arg: "DURATION", default: "5m", help: "with --wait: how long to wait for the report files after the run ends (exit 1 if they do not appear)" },
  },
});

export async function retryCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, RETRY_COMMAND);
  const runId = requireRunId(args, 0, "framefleet retry RUN --failed [--wait] [--report-timeout 5m]");
  if (!args.values.failed) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, "say what to retry: framefleet retry RUN --failed (to redo everything, resume: framefleet submit --resume RUN)");
  }
  const reportTimeoutMs = args.values["report-timeout"] ? parseDurationMs(args.values["report-timeout"] as string, "--report-timeout") : DEFAULT_REPORT_TIMEOUT_MS;
  await withClient(args.api, async (client) => {
    const res = await client.submitRun({ specYaml: "", baseDir: "", specSource: "", resumeRunId: runId, failedOnly: true });
    process.stderr.write(`${escapeControl(describeSubmit(res), { keep: "lines" })}\n`);
    for (const w of res.warnings) process.stderr.write(`warning: ${escapeControl(w, { keep: "lines" })}\n`);
    if (!args.values.wait) {
      printSubmitted(res, args.values.json === true, false);
      return;
    }
    await finishWait(client, runId, { json: args.values.json === true, reportTimeoutMs });
  });
}
