/**
 * report.html of a 5,000-video VBench sweep in a real headless Chromium: the records are those of
 * the real VBench suite planned by its adapter (bench/lib/sweep-records.ts), with 3 % failed
 * items; every video and poster path points at one of a few real videos and posters made with
 * ffmpeg. The page must load with no console error, keep at most one page of cards in the DOM,
 * and page, filter, search and sort the items correctly; it has a histogram per measured metric
 * and charts no weights. Speed is measured by `npm run bench -- report`, not here.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { linkSampleMedia, makeSampleMedia } from "../bench/lib/sample-media";
import { vbenchSweepRecords } from "../bench/lib/sweep-records";
import { buildReport, formatBenchmarkCell, relativeHref, renderRunHtml, type ReportItem, type RunReport } from "../services/reports/src";
import { launchChromium, newCheckedPage, screenshot } from "./helpers/browser";

const ITEMS = 5000;
const EVIL = `</script><script>alert(1)</script><img src=x onerror="alert(2)"> & "quoted"`;

let dir: string;
let url: string;
let report: RunReport;
let browser: Browser;

/** The DOM shapes the browser-side callbacks use (the tests' tsconfig has no DOM library). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface ImgEl {
  naturalWidth: number;
  complete: boolean;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ff-large-report-"));
  const { run, items } = await vbenchSweepRecords(ITEMS, { outputDir: dir });
  // An untrusted prompt on the first item: it must stay text in the JSON block and on its card.
  (items[0] as (typeof items)[number]).prompt = EVIL;
  linkSampleMedia(dir, items, await makeSampleMedia(join(dir, ".samples"), 4));
  report = buildReport(run, items);
  writeFileSync(join(dir, "report.html"), renderRunHtml(report));
  url = pathToFileURL(join(dir, "report.html")).href;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh page with the grid's first page rendered; `errors` collects console errors and page errors. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await newCheckedPage(browser);
  opened.page.on("dialog", (d) => {
    opened.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await opened.page.goto(url);
  await opened.page.locator('#grid[data-ready="1"]').waitFor({ state: "attached" });
  return opened;
}

/** Task ids of the cards in the DOM, in order. */
const cardIds = (page: Page): Promise<string[]> => page.locator("#grid .card").evaluateAll((cards) => (cards as unknown as El[]).map((c) => c.getAttribute("data-task") ?? ""));
const ids = (items: readonly ReportItem[]): string[] => items.map((i) => i.task_id);
const hasDimension = (it: ReportItem, d: string): boolean => (it.labels.dimensions ?? "").split(",").includes(d);

test("loads with no console error, shows the benchmark table and summary first, and holds one page of cards", async () => {
  expect(report.items).toHaveLength(ITEMS);
  expect(report.counts.failed).toBeGreaterThan(0);
  const { page, errors } = await open();
  expect(await page.locator("main > section").first().getAttribute("id")).toBe("benchmark");
  expect(await page.locator("main > section").nth(1).getAttribute("id")).toBe("summary");
  expect(await page.locator("#shown").textContent()).toBe(String(ITEMS));
  expect(await page.locator(".card").count()).toBe(100);
  await screenshot(page, "html-report", "large");
  // The largest page size still keeps the DOM at 200 cards, on every page.
  await page.locator("#page-size").selectOption("200");
  expect(await page.locator(".card").count()).toBe(200);
  await page.locator("#next").click();
  expect(await page.locator(".card").count()).toBe(200);
  expect(await page.locator("video").count()).toBeLessThanOrEqual(200);
  expect(errors).toEqual([]);
  await page.close();
});

test("pages through the items in report order, and the controls follow", async () => {
  const { page, errors } = await open();
  expect(await cardIds(page)).toEqual(ids(report.items.slice(0, 100)));
  expect(await page.locator("#prev").isDisabled()).toBe(true);
  expect(await page.locator("#page").textContent()).toBe("page 1 of 50 (1–100)");
  await page.locator("#last").click();
  expect(await cardIds(page)).toEqual(ids(report.items.slice(-100)));
  expect(await page.locator("#next").isDisabled()).toBe(true);
  await page.locator("#first").click();
  await page.locator("#next").click();
  expect(await cardIds(page)).toEqual(ids(report.items.slice(100, 200)));
  expect(await page.locator("#page").textContent()).toBe("page 2 of 50 (101–200)");
  await page.locator("#prev").click();
  expect(await cardIds(page)).toEqual(ids(report.items.slice(0, 100)));
  expect(errors).toEqual([]);
  await page.close();
});

test("filters by state and by dimension, searches prompts, and the count and pages follow", async () => {
  const { page, errors } = await open();
  const failed = report.items.filter((i) => i.state === "failed");
  await page.locator('select[data-filter="state"]').selectOption("failed");
  expect(await page.locator("#shown").textContent()).toBe(String(failed.length));
  expect(await cardIds(page)).toEqual(ids(failed.slice(0, 100)));
  expect(await page.locator('.card:not([data-state="failed"])').count()).toBe(0);
  // The last page of the failed items holds the remainder.
  await page.locator("#next").click();
  expect(await cardIds(page)).toEqual(ids(failed.slice(100, 200)));
  expect(await page.locator("#next").isDisabled()).toBe(true);

  await page.locator('select[data-filter="state"]').selectOption("done");
  await page.locator('select[data-filter="dimensions"]').selectOption("scene");
  const scene = report.items.filter((i) => i.state === "done" && hasDimension(i, "scene"));
  expect(scene.length).toBeGreaterThan(0);
  expect(await page.locator("#shown").textContent()).toBe(String(scene.length));
  expect(await cardIds(page)).toEqual(ids(scene.slice(0, 100)));

  await page.locator('select[data-filter="dimensions"]').selectOption("");
  await page.locator('select[data-filter="state"]').selectOption("");
  await page.locator("#search").fill("hokusai");
  const hokusai = report.items.filter((i) => `${i.prompt}\n${i.item_key}`.toLowerCase().includes("hokusai"));
  expect(hokusai.length).toBeGreaterThan(0);
  expect(await page.locator("#shown").textContent()).toBe(String(hokusai.length));
  expect(await cardIds(page)).toEqual(ids(hokusai.slice(0, 100)));
  expect(errors).toEqual([]);
  await page.close();
});

test("sorts by a score both ways, items without it last", async () => {
  const { page, errors } = await open();
  const scored = report.items.map((it, index) => ({ it, index })).filter((x) => x.it.scores.temporal_flickering !== undefined);
  const desc = [...scored].sort((a, b) => (b.it.scores.temporal_flickering as number) - (a.it.scores.temporal_flickering as number) || a.index - b.index);
  const metric = await page.locator("#sort option", { hasText: "temporal_flickering: highest first" }).getAttribute("value");
  await page.locator("#sort").selectOption(metric as string);
  expect(await cardIds(page)).toEqual(desc.slice(0, 100).map((x) => x.it.task_id));
  await page.locator("#sort").selectOption((metric as string).replace("-", "+"));
  const asc = [...scored].sort((a, b) => (a.it.scores.temporal_flickering as number) - (b.it.scores.temporal_flickering as number) || a.index - b.index);
  expect(await cardIds(page)).toEqual(asc.slice(0, 100).map((x) => x.it.task_id));
  // Past the scored items come the others, in report order.
  await page.locator("#page-size").selectOption("200");
  await page.locator("#last").click();
  expect(await page.locator("#page").textContent()).toBe(`page ${ITEMS / 200} of ${ITEMS / 200} (${ITEMS - 199}–${ITEMS})`);
  const unscored = report.items.filter((i) => i.scores.temporal_flickering === undefined);
  expect(await cardIds(page)).toEqual(ids(unscored.slice(-200)));
  expect(errors).toEqual([]);
  await page.close();
});

test("a histogram per measured metric whose bars count every done score, and no chart of weights", async () => {
  const { page, errors } = await open();
  // Every metric once: a histogram when its values differ, a line when they are all equal (the frames/fps/size check).
  const metrics = Object.entries(report.aggregates);
  const varying = metrics.filter(([, a]) => a.min !== a.max).map(([m]) => m);
  expect(varying).toHaveLength(16);
  const labels = await page.locator("#distributions svg").evaluateAll((svgs) => (svgs as unknown as El[]).map((s) => s.getAttribute("aria-label")));
  expect(labels).toEqual(varying.map((m) => `${m} distribution`));
  const constant = await page.locator("#constant-metrics li").evaluateAll((lis) => (lis as unknown as El[]).map((l) => l.getAttribute("data-metric")));
  expect(constant).toEqual(metrics.filter(([, a]) => a.min === a.max).map(([m]) => m));
  expect(await page.locator('#constant-metrics li[data-metric="fps"]').textContent()).toBe(`fps = 16 (all ${report.aggregates.fps?.n})`);
  for (const m of ["temporal_flickering", "scene", "human_action"]) {
    const titles = await page.locator(`#distributions svg[aria-label="${m} distribution"] rect.bar title`).allTextContents();
    const total = titles.reduce((s, t) => s + Number(/: (\d+)$/.exec(t)?.[1]), 0);
    expect(total).toBe(report.aggregates[m]?.n);
  }
  // The benchmark table is charted by its score column, raw, and by nothing else: not weight, normalized or videos.
  const bench = report.benchmark as NonNullable<RunReport["benchmark"]>;
  const charts = await page.locator("#charts svg").evaluateAll((svgs) => (svgs as unknown as El[]).map((s) => s.getAttribute("aria-label") ?? ""));
  expect(charts.filter((t) => t.startsWith(`${bench.title}:`))).toEqual([`${bench.title}: raw`]);
  const raw = bench.columns.indexOf("raw");
  const bars = await page.locator(`#charts svg[aria-label="${bench.title}: raw"] text.val`).allTextContents();
  expect(bars).toEqual(bench.rows.filter((r) => typeof r[raw] === "number").map((r) => formatBenchmarkCell(r[raw] as number)));
  expect(errors).toEqual([]);
  await page.close();
});

test("galleries of the highest and lowest per dimension, with posters that load; a card's video plays", async () => {
  const { page, errors } = await open();
  const first = page.locator("#galleries details[open]");
  expect(await first.count()).toBe(1);
  const values = (await first.locator("figure.thumb").evaluateAll((f) => (f as unknown as El[]).map((x) => Number(x.getAttribute("data-value")))));
  expect(values).toHaveLength(10);
  expect(values.slice(0, 5)).toEqual([...values.slice(0, 5)].sort((a, b) => b - a));
  expect(values.slice(5)).toEqual([...values.slice(5)].sort((a, b) => a - b));
  await first.locator("img").first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const img = (globalThis as unknown as { document: { querySelector(s: string): ImgEl | null } }).document.querySelector("#galleries details[open] img");
    return img !== null && img.complete && img.naturalWidth > 0;
  });
  const done = report.items.find((i) => i.state === "done") as ReportItem;
  const card = page.locator(`.card[data-task="${done.task_id}"]`);
  expect(await card.locator("video").getAttribute("src")).toBe(relativeHref(done.output_path as string));
  const played = await card.locator("video").evaluate(async (el) => {
    const v = el as unknown as { muted: boolean; play(): Promise<void>; currentTime: number };
    v.muted = true;
    await v.play();
    const t0 = Date.now();
    while (v.currentTime === 0 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
    return v.currentTime;
  });
  expect(played).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("a prompt with markup stays text on its card and in the JSON block, and runs nothing", async () => {
  const { page, errors } = await open();
  const evil = report.items.find((i) => i.prompt === EVIL) as ReportItem;
  await page.locator("#search").fill("alert(1)");
  expect(await cardIds(page)).toEqual([evil.task_id]);
  expect(await page.locator(`.card[data-task="${evil.task_id}"] .prompt`).textContent()).toBe(EVIL);
  // The prompt's tags became no elements: no image in the grid, and still one script that runs.
  expect(await page.locator("#grid img").count()).toBe(0);
  expect(await page.locator("script:not([type])").count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});
