/**
 * One size of the `report` benchmark, in a process of its own so that sizes do not share a heap
 * (peak RSS is per process): makes the records of an n-item VBench sweep, then builds the report
 * the way the aggregator does at run end (buildReport, report.json text, report.md, report.html)
 * and times each step. File writes are not timed; the files are written afterwards when asked,
 * so the parent can open report.html in Chromium.
 *
 *   node dist/bench/lib/report-size.js N RUN_DIR [--write]   → one line of JSON on stdout
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport, renderMarkdown, renderRunHtml } from "../../services/reports/src";
import { vbenchSweepRecords } from "./sweep-records";

/** What one size measured; the parent writes these into bench/results/report.json. */
export interface ReportSizeResult {
  items: number;
  /** buildReport + JSON + Markdown + HTML, seconds. */
  build_s: number;
  build_report_s: number;
  json_s: number;
  markdown_s: number;
  html_s: number;
  /** Peak RSS of this process (records and report together), MiB. */
  peak_rss_mb: number;
  /** RSS once the records exist, before the report is built: the records' share of the peak. */
  records_rss_mb: number;
  json_bytes: number;
  md_lines: number;
  html_bytes: number;
}

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const secs = (fromNs: bigint): number => Number(process.hrtime.bigint() - fromNs) / 1e9;

async function main(argv: string[]): Promise<void> {
  const [nArg, runDir, flag] = argv;
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 1 || !runDir) throw new Error("usage: report-size N RUN_DIR [--write]");
  const { run, items } = await vbenchSweepRecords(n, { outputDir: runDir });
  const recordsRss = process.memoryUsage().rss;

  const t0 = process.hrtime.bigint();
  const report = buildReport(run, items);
  const buildReportS = secs(t0);
  let t = process.hrtime.bigint();
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const jsonS = secs(t);
  t = process.hrtime.bigint();
  const md = renderMarkdown(report);
  const markdownS = secs(t);
  t = process.hrtime.bigint();
  const html = renderRunHtml(report);
  const htmlS = secs(t);
  const buildS = secs(t0);
  // maxRSS is in KiB on Linux: the high-water mark of the whole process so far.
  const peak = process.resourceUsage().maxRSS * 1024;

  if (flag === "--write") {
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, "report.json"), json);
    writeFileSync(join(runDir, "report.md"), md);
    writeFileSync(join(runDir, "report.html"), html);
  }
  const result: ReportSizeResult = {
    items: report.items.length,
    build_s: buildS,
    build_report_s: buildReportS,
    json_s: jsonS,
    markdown_s: markdownS,
    html_s: htmlS,
    peak_rss_mb: mib(peak),
    records_rss_mb: mib(recordsRss),
    json_bytes: Buffer.byteLength(json),
    md_lines: md.split("\n").length,
    html_bytes: Buffer.byteLength(html),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`report-size failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
