/**
 * What `submit` and `retry` do after the submit call: the plain or JSON answer, and with
 * `--wait` following the run to its end, waiting until its report files exist, listing the
 * items that failed, and picking an exit code a script can trust (0 only when every item is done).
 */
import { delay } from "../../common/src/abort";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import type { ControlClient } from "../../common/src/grpc/client";
import { ExitCode } from "../../common/src/main-runner";
import { RunState, runStateName, type RunStatus, type pb } from "../../common/src/proto";
import { escapeControl } from "../../common/src/safe-text";
import { formatDuration } from "../../common/src/units";
import { printJson } from "./client-flags";
import { statusJson, submitJson } from "./views";
import { watchRun } from "./watch";

/** How long `--wait` waits for the report after the run finished (`--report-timeout`). */
export const DEFAULT_REPORT_TIMEOUT_MS = 5 * 60_000;
const REPORT_POLL_MS = 1000;

/** 0 when every item of the run is done; {@link ExitCode.RUN_INCOMPLETE} when any failed, or the run was cancelled. */
export function runExitCode(s: RunStatus): number {
  const c = s.run?.counters;
  const allDone = s.run?.state === RunState.RUN_STATE_COMPLETED && c !== null && c !== undefined && c.done === c.total;
  return allDone ? ExitCode.OK : ExitCode.RUN_INCOMPLETE;
}

/** Lines for stderr: each failed item the status lists, how many more there are, and why the exit code is not 0. */
export function outcomeLines(s: RunStatus): string[] {
  const runId = s.run?.runId ?? "?";
  // Item keys come from benchmark files and errors quote backends' stderr: shown escaped.
  const lines = s.failures.map((f) => `failed: ${escapeControl(f.itemKey)} (${f.taskId}): ${escapeControl(f.error, { keep: "lines" })}`);
  const c = s.run?.counters;
  const failed = c?.failed ?? 0;
  if (failed > s.failures.length) lines.push(`... and ${failed - s.failures.length} more failed items (framefleet report ${runId} lists them all)`);
  if (s.run?.state === RunState.RUN_STATE_FAILED) lines.push(`framefleet: run ${runId} failed: ${s.run.reason}`);
  if (runExitCode(s) !== ExitCode.OK) {
    lines.push(
      `framefleet: run ${runId} ended ${runStateName(s.run?.state)} with ${c?.done ?? 0} of ${c?.total ?? 0} items done, ${failed} failed ` +
        `(exit code ${ExitCode.RUN_INCOMPLETE}; framefleet retry ${runId} --failed queues the failed ones again)`,
    );
  }
  return lines;
}

/**
 * Waits until the aggregator has written the report of the run's latest round: it writes
 * report.json, report.md and report.html into the run folder, then the object-store copies with
 * the json last, and the coordinator answers with a `path` once that json is there.
 * @returns the path of report.json in the run folder (as the coordinator sees it)
 */
export async function waitForReport(client: ControlClient, runId: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.getReport(runId, "json");
    if (r.path) return r.path;
    if (Date.now() >= deadline) {
      throw new FleetError(
        FleetErrorCode.TIMEOUT,
        `run ${runId} finished, but its report has not appeared within ${formatDuration(timeoutMs)}: is the aggregator running? ` +
          `(framefleet report ${runId} builds one from the run's records; a very large run may need a longer --report-timeout)`,
      );
    }
    // Why wait: the aggregator writes the files (and poster frames for report.html) after the run's last event.
    await delay(REPORT_POLL_MS);
  }
}

/**
 * Whether the aggregator writes a report for how the run ended: not for a FAILED run, nor for
 * one that ended before all its tasks were queued (cancelled while it was planned).
 */
export function hasReport(s: RunStatus): boolean {
  return s.run?.state !== RunState.RUN_STATE_FAILED && s.run?.publishedAll === true;
}

/** Without --wait: the submit JSON, or (submit only) the run id. */
export function printSubmitted(res: InstanceType<typeof pb.SubmitRunResponse>, json: boolean, printId: boolean): void {
  if (json) printJson(submitJson(res));
  else if (printId) process.stdout.write(`${res.runId}\n`);
}

/**
 * Follows the run until it finishes, waits for its report files, then prints `RUN STATE` (or the
 * status JSON) on stdout and the failed items on stderr, and sets the exit code: 0 only when
 * every item is done. A report that does not appear in time is an error (exit 1), after the
 * result was printed.
 */
export async function finishWait(client: ControlClient, runId: string, opts: { json: boolean; reportTimeoutMs: number }): Promise<void> {
  const final = await watchRun(client, runId, process.stderr);
  let reportError: unknown;
  try {
    if (hasReport(final)) await waitForReport(client, runId, opts.reportTimeoutMs);
  } catch (err) {
    reportError = err;
  }
  if (opts.json) printJson(statusJson(final));
  else process.stdout.write(`${runId} ${runStateName(final.run?.state)}\n`);
  for (const line of outcomeLines(final)) process.stderr.write(`${line}\n`);
  if (reportError) throw reportError;
  process.exitCode = runExitCode(final);
}
