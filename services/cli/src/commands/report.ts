/**
 * `framefleet report RUN [--format md|json] [--out FILE]`.
 */
import { writeFileSync } from "node:fs";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseClientArgs, requirePositional, withClient } from "../client-flags";

export async function reportCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, { format: { type: "string" }, out: { type: "string" } });
  const runId = requirePositional(args, 0, "RUN", "framefleet report RUN [--format md|json] [--out FILE]");
  const format = (args.values.format as string | undefined) ?? (args.values.json ? "json" : "md");
  if (format !== "md" && format !== "json") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--format: "${format}" is not md or json`);
  await withClient(args.api, async (client) => {
    const r = await client.getReport(runId, format);
    if (args.values.out) writeFileSync(args.values.out as string, r.content);
    else process.stdout.write(r.content);
    if (!r.final) process.stderr.write(`note: run ${runId} has not finished; this report is partial\n`);
  });
}
