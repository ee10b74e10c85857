/**
 * `framefleet report RUN [RUN…] [--format md|json|html] [--out FILE] [--baseline first|best]`.
 *
 * One run, md or json: the coordinator's report as it is. html: the run's page, or with several
 * runs a leaderboard comparing them (md and json compare too). HTML files are written (never to
 * stdout) and their path printed.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { ControlClient } from "../../../common/src/grpc/client";
import { sanitizeComponent } from "../../../common/src/paths";
import {
  buildComparison,
  renderCompareHtml,
  renderCompareMarkdown,
  renderRunHtml,
  type RunReport,
} from "../../../reports/src";
import { clientCommand, parseClientArgs, requirePositional, requireRunId, withClient } from "../client-flags";

const USAGE = "framefleet report RUN [RUN…] [--format md|json|html] [--out FILE] [--baseline first|best]";

export const REPORT_COMMAND = clientCommand({
  name: "report",
  summary: "a run's report (md, json, html); several runs: a leaderboard",
  usage: ["RUN [RUN…] [--format md|json|html] [--out FILE] [FLAGS]"],
  flags: {
    format: { arg: "md|json|html", defaultText: "md, or json with --json", help: "report format; html writes a page and prints its path" },
    out: { arg: "FILE", defaultText: "stdout (md, json); html: the run's report.html or a file in this folder", help: "write the report to FILE" },
    baseline: { arg: "first|best", default: "first", help: "several runs: the run the others are compared with" },
  },
});

export async function reportCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, REPORT_COMMAND);
  requirePositional(args, 0, "RUN", USAGE);
  const runIds = args.positionals.map((_, i) => requireRunId(args, i, USAGE));
  const format = (args.values.format as string | undefined) ?? (args.values.json ? "json" : "md");
  if (format !== "md" && format !== "json" && format !== "html") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--format: "${format}" is not md, json or html`);
  const baseline = args.values.baseline as string;
  if (baseline !== "first" && baseline !== "best") throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--baseline: "${baseline}" is not first or best`);
  const out = args.values.out as string | undefined;
  await withClient(args.api, async (client) => {
    if (runIds.length === 1 && format !== "html") return single(client, runIds[0] as string, format, out);
    const fetched = [];
    for (const id of runIds) fetched.push(await fetchReport(client, id));
    if (runIds.length === 1) return runPage(fetched[0] as Fetched, out);
    const cmp = buildComparison(fetched.map((f) => f.report), baseline);
    if (format === "html") {
      const file = resolve(out ?? defaultCompareName(runIds));
      writeFileSync(file, renderCompareHtml(cmp));
      process.stdout.write(`${file}\n`);
    } else {
      const text = format === "json" ? `${JSON.stringify(cmp, null, 2)}\n` : renderCompareMarkdown(cmp);
      if (out) writeFileSync(out, text);
      else process.stdout.write(text);
    }
  });
}

/** Unchanged behaviour of one run in md/json: the coordinator's text as it is. */
async function single(client: ControlClient, runId: string, format: "md" | "json", out: string | undefined): Promise<void> {
  const r = await client.getReport(runId, format);
  if (out) writeFileSync(out, r.content);
  else process.stdout.write(r.content);
  if (!r.final) partialNote(runId);
}

interface Fetched {
  report: RunReport;
  /** Where the aggregator wrote report.json (final reports only), as the coordinator sees it. */
  path: string;
}

async function fetchReport(client: ControlClient, runId: string): Promise<Fetched> {
  const r = await client.getReport(runId, "json");
  if (!r.final) partialNote(runId);
  return { report: JSON.parse(r.content) as RunReport, path: r.path };
}

function partialNote(runId: string): void {
  process.stderr.write(`note: run ${runId} has not finished; this report is partial\n`);
}

/**
 * One run as HTML. Without --out, the aggregator's report.html in the run folder when this machine
 * sees it (it plays the videos); otherwise a page rendered here, which plays the videos only when
 * written into the run folder itself.
 */
async function runPage(f: Fetched, out: string | undefined): Promise<void> {
  const runDir = resolve(f.report.run.output_dir);
  const aggregatorPage = f.path ? join(dirname(f.path), "report.html") : "";
  if (!out && aggregatorPage && existsSync(aggregatorPage)) {
    process.stdout.write(`${aggregatorPage}\n`);
    return;
  }
  const file = resolve(out ?? `framefleet-report-${sanitizeComponent(f.report.run.run_id)}.html`);
  const inRunFolder = dirname(file) === runDir;
  writeFileSync(file, renderRunHtml(f.report, { inRunFolder }));
  process.stdout.write(`${file}\n`);
}

function defaultCompareName(runIds: readonly string[]): string {
  return `framefleet-compare-${sanitizeComponent(runIds.join("-vs-"), 180)}.html`;
}
