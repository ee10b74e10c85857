/**
 * `framefleet submit RUNSPEC.yaml [--wait] [--json] [--require-nodes]` and `framefleet submit --resume RUN [--wait]`.
 */
import { escapeControl } from "../../../common/src/safe-text";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { IdRule, checkId } from "../../../common/src/ids";
import { parseDurationMs } from "../../../common/src/units";
import { clientCommand, parseClientArgs, withClient } from "../client-flags";
import { DEFAULT_REPORT_TIMEOUT_MS, finishWait, printSubmitted } from "../run-outcome";
import { readSpecFile } from "../spec-file";
import { describeSubmit } from "../views";

export const SUBMIT_USAGE =
  "framefleet submit RUNSPEC.yaml [--wait] [--json] [--require-nodes] [--report-timeout 5m] | framefleet submit --resume RUN [--wait]";

export const SUBMIT_COMMAND = clientCommand({
  name: "submit",
  summary: "submit a run (or resume one); prints its id, --wait follows it",
  usage: ["RUNSPEC.yaml [--wait] [--json] [--require-nodes]", "--resume RUN [--wait] [--json]"],
  notes: ["With --wait the exit code says how the run ended: 0 when every item is done, 3 when any item failed or the run was cancelled (the failed items are listed on stderr), 2 for usage errors, 1 for anything else (including a report that did not appear in time)."],
  flags: {
    wait: { type: "boolean", help: "follow the run until it finishes (progress on stderr), then print its final state" },
    resume: { arg: "RUN", help: "carry on the run RUN (keep valid videos, redo the rest) instead of submitting a spec" },
    "require-nodes": { type: "boolean", help: "refuse the run when no live node serves its generator or evaluator backend (default: a warning)" },
    "report-timeout": { arg: "DURATION", default: "5m", help: "with --wait: how long to wait for the report files after the run ends (exit 1 if they do not appear)" },
  },
});

export async function submitCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, SUBMIT_COMMAND);
  const specPath = args.positionals[0];
  const resumeArg = args.values.resume as string | undefined;
  const resume = resumeArg === undefined ? "" : checkId(IdRule.RUN, resumeArg, FleetErrorCode.CONFIG_INVALID);
  if (!specPath && !resume) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `missing RUNSPEC.yaml. Usage: ${SUBMIT_USAGE}`);
  const reportTimeoutMs = args.values["report-timeout"] ? parseDurationMs(args.values["report-timeout"] as string, "--report-timeout") : DEFAULT_REPORT_TIMEOUT_MS;
  let specYaml = "";
  let baseDir = "";
  if (specPath) ({ text: specYaml, baseDir } = readSpecFile(specPath));
  await withClient(args.api, async (client) => {
    const res = await client.submitRun({ specYaml, baseDir, specSource: specPath ?? "", resumeRunId: resume, requireNodes: args.values["require-nodes"] === true, ...args.submitter });
    process.stderr.write(`${escapeControl(describeSubmit(res), { keep: "lines" })}\n`);
    for (const w of res.warnings) process.stderr.write(`warning: ${escapeControl(w, { keep: "lines" })}\n`);
    if (!args.values.wait) {
      printSubmitted(res, args.values.json === true, true);
      return;
    }
    await finishWait(client, res.runId, { json: args.values.json === true, reportTimeoutMs });
  });
}
