/**
 * `framefleet demo [--json]`: a whole fleet on this machine (nats-server, coordinator, aggregator,
 * two generator nodes with simulated GPUs, one evaluator node), the bundled demo run through it
 * with live progress, the result table and the path of its report.html, and everything stopped cleanly.
 */
import { join, resolve } from "node:path";
import { waitFor } from "../../../common/src/abort";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { RunState, runStateName } from "../../../common/src/proto";
import type { RunReport } from "../../../reports/src";
import { safeJson } from "../../../common/src/safe-text";
import { formatDuration } from "../../../common/src/units";
import { PACKAGE_ROOT } from "../../../common/src/version";
import { parseFlags, type CommandSpec } from "../../../common/src/flags";
import { LocalFleet } from "../local-fleet";
import { checkPrerequisites } from "../prerequisites";
import { readSpecFile } from "../spec-file";
import { renderTable } from "../ui/table";
import { watchRun } from "../watch";

export const DEMO_SPEC = join(PACKAGE_ROOT, "examples", "runs", "demo.yaml");

export const DEMO_COMMAND: CommandSpec = {
  name: "demo",
  summary: "local fleet + the bundled demo run end to end, then its report",
  usage: ["[--json] [--spec FILE] [--output-root DIR]"],
  flags: {
    json: { type: "boolean", help: "print the final report as JSON on stdout instead of the summary" },
    spec: { arg: "FILE", defaultText: "examples/runs/demo.yaml of the installation", help: "run spec to submit instead of the bundled one" },
    "output-root": { arg: "DIR", defaultText: "FRAMEFLEET_OUTPUT_ROOT, else ./framefleet-runs", help: "where the run folder and the logs go" },
  },
};

export async function demoCommand(argv: readonly string[]): Promise<void> {
  const { values } = parseFlags(DEMO_COMMAND, argv);
  await checkPrerequisites(["nats-server", "ffmpeg", "ffprobe"]);
  const started = Date.now();
  const specPath = resolve((values.spec as string | undefined) ?? DEMO_SPEC);
  const outputRoot = resolve((values["output-root"] as string | undefined) ?? (process.env.FRAMEFLEET_OUTPUT_ROOT || "framefleet-runs"));
  const logsDir = join(outputRoot, ".logs", new Date().toISOString().replace(/[:.]/g, "-"));
  const say = (s: string) => process.stderr.write(`${s}\n`);

  const fleet = new LocalFleet({
    outputRoot,
    logsDir,
    workers: [
      { role: "gen", node: "node-a", devices: "sim:2x80GiB" },
      { role: "gen", node: "node-b", devices: "sim:2x80GiB" },
      { role: "eval", node: "evaluator", devices: "cpu:2" },
    ],
  });
  // Signals are ours from the first process started: a Ctrl-C during the start aborts it (the
  // start then stops what it began), later it ends the watch; the fleet is stopped either way.
  const stopping = new AbortController();
  const onSignal = () => {
    if (stopping.signal.aborted) return;
    say("\ninterrupted: stopping the fleet");
    stopping.abort(new FleetError(FleetErrorCode.CANCELLED, "interrupted"));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  say("starting a local fleet: nats-server, coordinator, aggregator, 2 generator nodes (2 simulated 80 GiB GPUs each), 1 evaluator node");
  try {
    await fleet.start({ signal: stopping.signal });
    const live = fleet.endpoints().coordinator?.live?.replace(/\/runs$/, "/");
    say(`fleet ready in ${formatDuration(Date.now() - started)} (API ${fleet.apiAddress}, NATS ${fleet.natsUrl}, logs ${logsDir})`);
    if (live) say(`live page: ${live}`);
    const client = fleet.client();
    try {
      const spec = readSpecFile(specPath);
      const sub = await client.submitRun({ specYaml: spec.text, baseDir: spec.baseDir, specSource: specPath, resumeRunId: "" });
      say(`submitted run ${sub.runId}: ${sub.tasks} videos`);
      const final = await watchRun(client, sub.runId, process.stderr, stopping.signal);
      stopping.signal.throwIfAborted();
      if (final.run?.state !== RunState.RUN_STATE_COMPLETED) {
        throw new FleetError(FleetErrorCode.INTERNAL, `run ${sub.runId} ended ${runStateName(final.run?.state)}; logs in ${logsDir}`);
      }
      // The aggregator writes the final report just after the run completes.
      const report = await waitFor(
        async () => {
          const r = await client.getReport(sub.runId, "json");
          return r.path ? (JSON.parse(r.content) as RunReport) : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 200, what: "the aggregator's report" },
      );
      // The page is the last thing said: it is what a user opens next. With --json stdout stays pure JSON.
      if (values.json) {
        process.stdout.write(`${safeJson(report, 2)}\n`);
        say(`report: ${join(sub.outputDir, "report.html")}`);
      } else {
        process.stdout.write(summary(report, sub.outputDir, Date.now() - started));
      }
      if (report.counts.failed > 0) process.exitCode = 1;
    } finally {
      client.close();
    }
  } catch (err) {
    // Interrupted: the fleet is stopped below (or was, by a start that did not finish); exit 130.
    if (!stopping.signal.aborted) throw err;
    process.exitCode = 130;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    await fleet.stop();
  }
}

function summary(report: RunReport, outputDir: string, elapsedMs: number): string {
  const c = report.counts;
  const metrics = renderTable(
    ["METRIC", "MEAN", "MIN", "MAX", "N"],
    Object.entries(report.aggregates).map(([name, a]) => [name, a.mean.toFixed(4), a.min.toFixed(4), a.max.toFixed(4), a.n]),
  );
  const nodes = renderTable(
    ["NODE", "VIDEOS", "GPU SECONDS"],
    report.nodes.map((n) => [n.node, n.items, n.gpu_seconds.toFixed(1)]),
  );
  return [
    "",
    `run ${report.run.run_id} ${report.run.state}: ${c.done}/${c.total} videos done, ${c.failed} failed, in ${formatDuration(elapsedMs)}`,
    "",
    metrics,
    "",
    nodes,
    "",
    `videos:  ${join(outputDir, "videos")}`,
    `report:  ${join(outputDir, "report.md")}`,
    `         ${join(outputDir, "report.json")}`,
    `         ${join(outputDir, "report.html")}`,
    "",
  ].join("\n");
}
