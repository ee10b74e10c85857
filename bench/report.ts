/**
 * `report`: the end-of-run report of a 1k, 5k and 20k-video VBench sweep. For each size, in a
 * fresh process each time (lib/report-size.ts), the time to build it (buildReport, report.json
 * text, report.md, report.html; no file writes) and that process's peak RSS, median of a few
 * runs. Then report.html of the 5k sweep, its video and poster paths linked to a few real videos
 * and posters made with ffmpeg, loaded from the file system in headless Chromium until the first
 * page of the grid is rendered and its controls work. Needs no fleet: the report is a pure
 * function of the records, which are made as the coordinator would hold them.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { linkSampleMedia, makeSampleMedia } from "./lib/sample-media";
import type { ReportSizeResult } from "./lib/report-size";
import { median, round } from "./lib/harness";
import { vbenchSweepRecords } from "./lib/sweep-records";

const SIZES = [1000, 5000, 20_000] as const;
/** Child processes per size; the figures are their medians. */
const BUILDS = 3;
/** Page loads in Chromium, each in a fresh browser context (no cache shared between them). */
const LOADS = 5;
const BROWSER_SIZE = 5000;
const CHROMIUM = process.env.FRAMEFLEET_CHROMIUM ?? "/usr/bin/chromium";

export async function report(): Promise<Record<string, unknown>> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: the report benchmark loads the page in Chromium (sudo apt-get install -y chromium; FRAMEFLEET_CHROMIUM=PATH for another)`);
  const dir = mkdtempSync(join(tmpdir(), "ff-bench-report-"));
  // Timings on a shared machine follow what else runs: the load average says how busy it was.
  const loadAtStart = round(loadavg()[0] ?? 0, 2);
  try {
    const build_s: Record<string, number> = {};
    const peak_rss_mb: Record<string, number> = {};
    const detail: Record<string, unknown> = {};
    for (const n of SIZES) {
      const runs: ReportSizeResult[] = [];
      for (let r = 0; r < BUILDS; r++) runs.push(await sizeInChild(n, join(dir, `run-${n}`), n === BROWSER_SIZE && r === 0));
      const med = (k: keyof ReportSizeResult): number => median(runs.map((x) => x[k]));
      build_s[n] = round(med("build_s"), 3);
      peak_rss_mb[n] = round(med("peak_rss_mb"), 1);
      detail[n] = {
        build_report_s: round(med("build_report_s"), 3), json_s: round(med("json_s"), 3), markdown_s: round(med("markdown_s"), 3), html_s: round(med("html_s"), 3),
        records_rss_mb: round(med("records_rss_mb"), 1), json_bytes: runs[0]?.json_bytes, md_lines: runs[0]?.md_lines, html_bytes: runs[0]?.html_bytes,
        build_s_runs: runs.map((x) => round(x.build_s, 3)), peak_rss_mb_runs: runs.map((x) => x.peak_rss_mb),
      };
      console.log(`  ${n} items: build ${build_s[n]} s, peak RSS ${peak_rss_mb[n]} MB, report.html ${runs[0]?.html_bytes} bytes`);
    }
    const browser = await loadInChromium(join(dir, `run-${BROWSER_SIZE}`));
    const html = statSync(join(dir, `run-${BROWSER_SIZE}`, "report.html")).size;
    return {
      build_s,
      peak_rss_mb,
      [`chromium_load_s_${BROWSER_SIZE}`]: browser.load_s,
      [`chromium_next_page_s_${BROWSER_SIZE}`]: browser.next_page_s,
      [`html_bytes_${BROWSER_SIZE}`]: html,
      goals: { build_s: 5, chromium_load_s: 2 },
      sizes: detail,
      chromium: browser.detail,
      load_avg_1m: { start: loadAtStart, end: round(loadavg()[0] ?? 0, 2) },
      records: "VBench standard suite (946 prompts, 16 dimensions) planned by the adapter, 3 % failed; 24 metrics (16 dimensions + the frames/fps/size check)",
    };
  } finally {
    if (process.env.FRAMEFLEET_KEEP_BENCH_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
  }
}

/** One size in a fresh node process: its own heap, so its peak RSS is its own. */
function sizeInChild(n: number, runDir: string, write: boolean): Promise<ReportSizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, "lib", "report-size.js"), String(n), runDir, ...(write ? ["--write"] : [])], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`report-size ${n} exited ${code}`));
      else resolve(JSON.parse(out) as ReportSizeResult);
    });
  });
}

/**
 * Loads report.html from the file system, LOADS times, each in a new context: from the goto until
 * the grid's first page is in the DOM (the page script sets data-ready once its controls are
 * wired, after the load event's parse and layout). Then the time to render the next page.
 */
async function loadInChromium(runDir: string): Promise<{ load_s: number; next_page_s: number; detail: Record<string, unknown> }> {
  const { items } = await vbenchSweepRecords(BROWSER_SIZE, { outputDir: runDir });
  const linked = linkSampleMedia(runDir, items, await makeSampleMedia(join(runDir, ".samples"), 6));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const loads: number[] = [];
  const loadEvents: number[] = [];
  const nextPages: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      const t0 = process.hrtime.bigint();
      await page.goto(pathToFileURL(join(runDir, "report.html")).href, { waitUntil: "load" });
      await page.locator('#grid[data-ready="1"]').waitFor({ state: "attached" });
      loads.push(Number(process.hrtime.bigint() - t0) / 1e9);
      loadEvents.push((await page.evaluate<number>("performance.getEntriesByType('navigation')[0].loadEventEnd")) / 1000);
      // The next page, as a click does it, and the layout it causes.
      nextPages.push((await page.evaluate<number>("(() => { const t = performance.now(); document.getElementById('next').click(); void document.body.offsetHeight; return performance.now() - t; })()")) / 1000);
      const cards = await page.locator(".card").count();
      if (cards !== 100 || errors.length > 0) throw new Error(`report.html of ${BROWSER_SIZE} items: ${cards} cards, errors: ${errors.join("; ")}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    load_s: round(median(loads), 3),
    next_page_s: round(median(nextPages), 3),
    detail: { loads: LOADS, load_s_runs: loads.map((s) => round(s, 3)), load_event_s_runs: loadEvents.map((s) => round(s, 3)), next_page_s_runs: nextPages.map((s) => round(s, 3)), linked_files: linked, sample_videos: 6 },
  };
}
