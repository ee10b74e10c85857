/**
 * The HTML pages in a real headless Chromium: a run's report.html as the aggregator writes it
 * (opened from the file system, videos playing), the comparison page `framefleet report A B
 * --format html` writes, and the coordinator's live page behind the Control API token. The fleet
 * is real (nats-server, the services as processes) and runs the VBench mini example twice.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { formatBenchmarkCell, type RunReport } from "../services/reports/src";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { launchChromium, newCheckedPage, screenshot } from "./helpers/browser";
import { framefleet } from "./helpers/cli";
import { finalReport, startTestFleet, waitForRunWithLogs, type TestFleet } from "./helpers/fleet";

const TOKEN = "html-report-token-0123456789";
const EXAMPLES = join(PACKAGE_ROOT, "examples", "runs");
const SPEC_A = readFileSync(join(EXAMPLES, "vbench-mini.yaml"), "utf8");
// The same benchmark with another seed and name: a second run (run ids come from the spec).
const SPEC_B = SPEC_A.replace(/^name: .*$/m, "name: vbench-mini-b").replace(/^seed: .*$/m, "seed: 7");

let t: TestFleet;
let browser: Browser;
let liveUrl: string;
const runs: { id: string; report?: RunReport }[] = [];

/** The DOM shapes the browser-side callbacks use (the tests' tsconfig has no DOM library). */
interface CellEl {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface RowEl {
  querySelectorAll(sel: string): ArrayLike<CellEl>;
}
interface VideoEl {
  muted: boolean;
  play(): Promise<void>;
  currentTime: number;
  readyState: number;
  error: { code: number } | null;
  videoWidth: number;
}

/** Opens a report.html and waits until its script has unpacked the items and rendered the grid's first page. */
async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#grid[data-ready="1"]').waitFor({ state: "attached" });
}

const cli = (args: string[]) => framefleet([...args, "--api", t.fleet.apiAddress], { env: { FRAMEFLEET_API_TOKEN: TOKEN }, timeoutMs: 60_000 });

beforeAll(async () => {
  browser = await launchChromium();
  t = await startTestFleet(
    [
      { role: "gen", node: "gen-a", devices: "sim:2x80GiB" },
      { role: "gen", node: "gen-b", devices: "sim:1x80GiB" },
      { role: "eval", node: "eval-a", devices: "cpu:2" },
    ],
    { env: { FRAMEFLEET_API_TOKEN: TOKEN }, clientOptions: { token: TOKEN } },
  );
  liveUrl = (t.fleet.metricsUrls().coordinator ?? "").replace(/\/metrics$/, "");
  for (const spec of [SPEC_A, SPEC_B]) {
    const sub = await t.client.submitRun({ specYaml: spec, baseDir: EXAMPLES, specSource: "vbench-mini.yaml", resumeRunId: "" });
    runs.push({ id: sub.runId });
  }
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe("live page on the coordinator's HTTP port", () => {
  test("is refused without the token (401), also its JSON; /metrics stays open", async () => {
    expect(liveUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${liveUrl}/runs`)).status).toBe(401);
    expect((await fetch(`${liveUrl}/api/runs`)).status).toBe(401);
    expect((await fetch(`${liveUrl}/api/runs`, { headers: { authorization: "Bearer not-the-token-at-all" } })).status).toBe(401);
    expect((await fetch(`${liveUrl}/metrics`)).status).toBe(200);
  });

  test("with ?token= it loads in Chromium with no console errors and shows the runs and the nodes' devices", async () => {
    const { page, errors } = await newCheckedPage(browser);
    const res = await page.goto(`${liveUrl}/runs?token=${TOKEN}`);
    expect(res?.status()).toBe(200);
    // The token went into a cookie and out of the address bar.
    expect(page.url()).toBe(`${liveUrl}/runs`);
    for (const r of runs) await page.locator(`#runs-body tr[data-run="${r.id}"]`).waitFor({ timeout: 30_000 });
    await page.locator('tr[data-node="gen-a"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-node="gen-a"]').count()).toBe(2);
    expect(await page.locator(`#runs-body tr[data-run="${runs[0]?.id}"] td`).first().textContent()).toBe("vbench-mini");
    await screenshot(page, "html-report", "live");
    // The page polls: it keeps working after a refresh interval.
    await page.waitForTimeout(2500);
    expect(await page.locator("#error").textContent()).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("report.html", () => {
  beforeAll(async () => {
    for (const r of runs) {
      await waitForRunWithLogs(t, r.id);
      r.report = await finalReport(t.client, r.id);
    }
  });

  test("is written beside report.json and its videos, loads from the file system with no console errors, and its benchmark table equals report.json", async () => {
    const run = runs[0] as { id: string; report: RunReport };
    const runDir = join(t.outputRoot, run.id);
    const file = join(runDir, "report.html");
    expect(existsSync(file)).toBe(true);
    const onDisk = JSON.parse(readFileSync(join(runDir, "report.json"), "utf8")) as RunReport;
    const bench = onDisk.benchmark;
    expect(bench?.rows.length).toBeGreaterThan(0);

    const { page, errors } = await newCheckedPage(browser);
    await openReport(page, pathToFileURL(file).href);
    const cells = await page.locator("#benchmark-table tbody tr").evaluateAll((trs) =>
      (trs as unknown as RowEl[]).map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => ({ json: td.getAttribute("data-value"), text: td.textContent }))),
    );
    expect(cells.map((r) => r.map((c) => JSON.parse(c.json as string)))).toEqual(bench?.rows);
    expect(cells.map((r) => r.map((c) => c.text))).toEqual(bench?.rows.map((r) => r.map(formatBenchmarkCell)));
    const scores = await page.locator("#benchmark-scores td[data-value]").evaluateAll((tds) => (tds as unknown as CellEl[]).map((td) => JSON.parse(td.getAttribute("data-value") as string)));
    expect(scores).toEqual(Object.values(bench?.scores ?? {}));
    expect(await page.locator("h2").first().textContent()).toBe(bench?.title);
    // One card per item, each with its seed and node; poster frames made by the workers into .previews/.
    expect(await page.locator(".card").count()).toBe(onDisk.items.length);
    const first = onDisk.items[0] as RunReport["items"][number];
    expect(await page.locator(`.card[data-task="${first.task_id}"] .meta`).nth(1).textContent()).toContain(`seed ${first.seed}`);
    expect(first.poster_path).toBe(`.previews/${first.task_id}.jpg`);
    expect(existsSync(join(runDir, ".previews", `${first.task_id}.jpg`))).toBe(true);
    // Charts: per dimension and the timeline with a lane per device that generated. The mini run
    // measures one VBench dimension, so the table chart is raw with one bar, never the weights.
    expect(await page.locator("#charts svg").first().getAttribute("aria-label")).toBe(`${bench?.title}: raw`);
    expect(await page.locator("#charts svg").first().locator("text.val").count()).toBe(1);
    expect(await page.locator('#distributions svg[aria-label="temporal_flickering distribution"]').count()).toBe(1);
    // Provenance: the spec exactly as submitted, through the coordinator and the aggregator.
    expect(onDisk.run.spec_yaml).toBe(SPEC_A);
    expect(await page.locator("#spec").textContent()).toBe(SPEC_A);
    expect(await page.locator("#timeline svg").count()).toBe(2);
    await screenshot(page, "html-report", "run");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a video plays in Chromium (H.264 MP4 from the synthetic backend), and a poster frame loads", async () => {
    const runDir = join(t.outputRoot, runs[0]?.id as string);
    const { page, errors } = await newCheckedPage(browser);
    await openReport(page, pathToFileURL(join(runDir, "report.html")).href);
    const played = await page.locator(".card video").first().evaluate(async (el) => {
      const v = el as unknown as VideoEl;
      v.muted = true;
      await v.play();
      // Wait for the clock to move: the decoder really produced frames.
      const t0 = Date.now();
      while (v.currentTime === 0 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
      return { currentTime: v.currentTime, readyState: v.readyState, error: v.error?.code ?? null, width: v.videoWidth };
    });
    expect(played.error).toBeNull();
    expect(played.currentTime).toBeGreaterThan(0);
    expect(played.width).toBe(64);
    // The poster as the page resolves it (relative to the file), decoded by the browser.
    const poster = await page.evaluate<number>(
      `new Promise((resolve) => { const img = new Image(); img.onload = () => resolve(img.naturalWidth); img.onerror = () => resolve(-1); img.src = document.querySelector(".card video").poster; })`,
    );
    expect(poster).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the grid filters by dimension", async () => {
    const report = runs[0]?.report as RunReport;
    const { page, errors } = await newCheckedPage(browser);
    await openReport(page, pathToFileURL(join(t.outputRoot, report.run.run_id, "report.html")).href);
    const select = page.locator('select[data-filter="dimensions"]');
    await select.selectOption("temporal_flickering");
    const expected = report.items.filter((i) => (i.labels.dimensions ?? "").split(",").includes("temporal_flickering")).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(report.items.length);
    expect(await page.locator(".card:visible").count()).toBe(expected);
    expect(await page.locator("#shown").textContent()).toBe(String(expected));
    await select.selectOption("");
    expect(await page.locator(".card:visible").count()).toBe(report.items.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("framefleet report", () => {
  test("with several runs and --format html writes a leaderboard page, prints its path, and the page shows each run's scores", async () => {
    const out = join(t.dir, "compare.html");
    const r = await cli(["report", runs[0]?.id as string, runs[1]?.id as string, "--format", "html", "--out", out]);
    if (r.code !== 0) throw new Error(`report exited ${r.code}\n${r.stderr}`);
    expect(r.stdout.trim()).toBe(out);
    const { page, errors } = await newCheckedPage(browser);
    await page.goto(pathToFileURL(out).href);
    expect(await page.locator("#leaderboard tbody tr").count()).toBe(2);
    for (const run of runs) {
      const total = await page.locator(`tr[data-run="${run.id}"] td[data-key="score:total_score"]`).getAttribute("data-value");
      expect(JSON.parse(total as string)).toBe(run.report?.benchmark?.scores.total_score);
    }
    // One dimension measured: its column is its raw score; no weight or video count is a column.
    const headers = await page.locator("#leaderboard th").allTextContents();
    expect(headers).toContain("temporal_flickering (raw)");
    expect(headers.filter((h) => /\((weight|videos|normalized)\)$/.test(h))).toEqual([]);
    // The first run is the baseline: the other row carries deltas to it.
    expect(await page.locator(`tr[data-run="${runs[1]?.id}"] small`).count()).toBeGreaterThan(0);
    await screenshot(page, "html-report", "compare");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("with one run, --format md and json are the coordinator's report as before; html prints the run folder's page", async () => {
    const id = runs[0]?.id as string;
    for (const format of ["md", "json"] as const) {
      const r = await cli(["report", id, "--format", format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe((await t.client.getReport(id, format)).content);
    }
    const html = await cli(["report", id, "--format", "html"]);
    expect(html.code).toBe(0);
    expect(html.stdout.trim()).toBe(join(t.outputRoot, id, "report.html"));
    const md = await cli(["report", id, runs[1]?.id as string]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# FrameFleet comparison: 2 runs/);
  });
});
