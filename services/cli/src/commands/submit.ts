/**
 * `framefleet submit RUNSPEC.yaml [--wait] [--json] [--require-nodes]` and `framefleet submit --resume RUN [--wait]`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseDurationMs } from "../../../common/src/units";
import { parseClientArgs, withClient } from "../client-flags";
import { DEFAULT_REPORT_TIMEOUT_MS, finishWait, printSubmitted } from "../run-outcome";
import { describeSubmit } from "../views";

export const SUBMIT_USAGE =
  "framefleet submit RUNSPEC.yaml [--wait] [--json] [--require-nodes] [--report-timeout 5m] | framefleet submit --resume RUN [--wait]";

export async function submitCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, {
    wait: { type: "boolean" },
    resume: { type: "string" },
    "require-nodes": { type: "boolean" },
    "report-timeout": { type: "string" },
  });
  const specPath = args.positionals[0];
  const resume = (args.values.resume as string | undefined) ?? "";
  if (!specPath && !resume) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `missing RUNSPEC.yaml. Usage: ${SUBMIT_USAGE}`);
  const reportTimeoutMs = args.values["report-timeout"] ? parseDurationMs(args.values["report-timeout"] as string, "--report-timeout") : DEFAULT_REPORT_TIMEOUT_MS;
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
    const res = await client.submitRun({ specYaml, baseDir, specSource: specPath ?? "", resumeRunId: resume, requireNodes: args.values["require-nodes"] === true });
    process.stderr.write(`${describeSubmit(res)}\n`);
    for (const w of res.warnings) process.stderr.write(`warning: ${w}\n`);
    if (!args.values.wait) {
      printSubmitted(res, args.values.json === true, true);
      return;
    }
    await finishWait(client, res.runId, { json: args.values.json === true, reportTimeoutMs });
  });
}
