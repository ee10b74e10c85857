/**
 * `framefleet status [RUN] [--json] [--watch]`: all runs, or one run's progress, ETA, share of
 * the fleet and failures.
 */
import { escapeControl } from "../../../common/src/safe-text";
import { FleetErrorCode } from "../../../common/src/errors";
import { IdRule, checkId } from "../../../common/src/ids";
import { formatDuration } from "../../../common/src/units";
import { runStateName, taskKindName } from "../../../common/src/proto";
import { clientCommand, parseClientArgs, printJson, withClient } from "../client-flags";
import { renderTable } from "../ui/table";
import { runsTable, sharingLines, sharingTable, statusJson } from "../views";
import { watchRun } from "../watch";

export const STATUS_COMMAND = clientCommand({
  name: "status",
  summary: "runs, or one run's progress, ETA and failures",
  usage: ["[RUN] [--json] [--watch]"],
  flags: {
    watch: { type: "boolean", help: "follow the run until it finishes (progress on stderr), then print its status" },
  },
});

export async function statusCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, STATUS_COMMAND);
  const runId = args.positionals[0] === undefined ? undefined : checkId(IdRule.RUN, args.positionals[0], FleetErrorCode.CONFIG_INVALID);
  await withClient(args.api, async (client) => {
    if (!runId) {
      const { runs } = await client.listRuns();
      if (args.values.json) printJson(runs.map(statusJson));
      else if (runs.length === 0) process.stdout.write("no runs yet (framefleet submit RUNSPEC.yaml)\n");
      else {
        const sharing = sharingTable(runs);
        process.stdout.write(`${runsTable(runs)}\n${sharing ? `\n${sharing}\n` : ""}`);
      }
      return;
    }
    const s = args.values.watch ? await watchRun(client, runId, process.stderr) : await client.getRun(runId);
    if (args.values.json) {
      printJson(statusJson(s));
      return;
    }
    const j = statusJson(s);
    const c = j.counters;
    // Names, reasons and messages can carry text from outside: shown escaped (safe-text.ts).
    const t = (text: string) => escapeControl(text);
    const lines = [
      `run        ${j.run_id} (${t(j.name)}, ${t(j.benchmark)})`,
      `state      ${runStateName(s.run?.state)}${j.reason ? ` (${t(j.reason)})` : ""}`,
      `progress   ${c.done}/${c.total} done, ${c.failed} failed, ${c.queued} queued, ${c.running} generating, ${c.generated + c.evaluating} in evaluation`,
      `throughput ${j.videos_per_hour === null ? "unknown" : `${j.videos_per_hour.toFixed(1)} videos/h`}, ETA ${j.eta_s === null ? "unknown" : formatDuration(j.eta_s * 1000)}` +
        (j.eta_bottleneck ? ` (${j.eta_bottleneck} is the bottleneck)` : ""),
      ...sharingLines(s),
      `output     ${t(j.output_dir)}`,
      ...j.stuck.map((q) => `stuck      ${t(q.message)}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (s.running.length > 0) {
      process.stdout.write(
        `\n${renderTable(
          ["RUNNING", "KIND", "ITEM", "NODE", "DEVICE", "FOR", "PROGRESS"],
          s.running.map((t) => [
            t.taskId, taskKindName(t.kind), t.itemKey, t.node, t.deviceUuid || "-",
            t.startedAtMs ? formatDuration(Date.now() - t.startedAtMs) : "-",
            t.progress >= 0 ? `${Math.round(t.progress * 100)}%${t.stage ? ` ${t.stage}` : ""}` : "-",
          ]),
        )}\n`,
      );
    }
    if (s.failures.length > 0) {
      process.stdout.write(`\n${renderTable(["FAILED", "ITEM", "ERROR"], s.failures.map((f) => [f.taskId, f.itemKey, f.error]))}\n`);
    }
  });
}
