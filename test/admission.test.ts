/**
 * Admission on a real fleet (issue 16): a high-priority run overtakes a sweep, two equal runs
 * share the devices, a team's quota holds. Checked from the coordinator's item records (when
 * each generation was published and ran), not from timing the test: the order and the shares
 * are what the records say happened.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { startTestFleet, submitSpec, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";
import { genIntervals, itemRecords, maxConcurrent, timeWithin } from "./helpers/records";

let t: TestFleet | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function submit(fleet: TestFleet, name: string, items: number, simulated: string, extra = ""): Promise<string> {
  const spec = writeSpec(fleet.dir, name, { items, frames: 9, simulated, evaluation: false, extra });
  const r = await submitSpec(fleet, spec);
  return r.runId;
}

async function completed(fleet: TestFleet, runId: string): Promise<void> {
  const s = await waitForRun(fleet.client, runId, 180_000);
  expect(s.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(s.run?.counters).toMatchObject({ done: s.run?.counters?.total, failed: 0 });
}

test("a high-priority run submitted behind a low one: every one of its videos goes before any the low run still had waiting", async () => {
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:2x80GiB" }]);
  const window = 2 + 2;
  const low = await submit(t, "sweep-low", 24, "600ms", "priority: low");
  const fleet = t;
  await waitFor(async () => ((await fleet.client.getRun(low)).run?.counters?.done ?? 0) >= 4, { timeoutMs: 60_000, intervalMs: 100, what: "the low run to be under way" });
  const submittedAt = Date.now();
  const high = await submit(t, "urgent-high", 6, "600ms", "priority: high");
  // The submit answers once the run is handed to admission: from here the low run's waiting tasks wait behind it.
  const loadedAt = Date.now();
  await completed(t, high);
  await completed(t, low);

  const nc = await t.nc();
  const highItems = [...(await itemRecords(nc, high)).values()];
  const lowItems = [...(await itemRecords(nc, low)).values()];
  const published = (r: (typeof highItems)[number]) => Number(r.genTimings?.publishedAtMs ?? 0);
  const lastHighPublished = Math.max(...highItems.map(published));
  const lastHighStart = Math.max(...genIntervals(highItems).map((i) => i.start));
  // Admission order: no low task admitted after the high run arrived went before a high one.
  const lowAdmittedLater = lowItems.filter((r) => published(r) >= loadedAt);
  expect(lowAdmittedLater.length).toBeGreaterThan(0);
  for (const r of lowAdmittedLater) expect(published(r)).toBeGreaterThanOrEqual(lastHighPublished);
  // Start order: only low tasks already in the work queue (at most the window) started before
  // the high run's last one.
  const lowStartedMeanwhile = genIntervals(lowItems).filter((i) => i.start >= submittedAt && i.start < lastHighStart);
  expect(lowStartedMeanwhile.length).toBeLessThanOrEqual(window);
  // The low run was not done when the high one finished: it really was overtaken.
  const highEnd = Math.max(...genIntervals(highItems).map((i) => i.end));
  expect(genIntervals(lowItems).filter((i) => i.start > highEnd).length).toBeGreaterThan(0);
});

test("two equal runs on 4 devices: while both have work, each holds about half", async () => {
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:4x80GiB" }]);
  // Submitted one after the other: the first fills the work queue before the second exists.
  const a = await submit(t, "equal-a", 16, "800ms");
  const b = await submit(t, "equal-b", 16, "800ms");
  await completed(t, a);
  await completed(t, b);

  const nc = await t.nc();
  const ia = genIntervals((await itemRecords(nc, a)).values());
  const ib = genIntervals((await itemRecords(nc, b)).values());
  const from = Math.max(Math.min(...ia.map((i) => i.start)), Math.min(...ib.map((i) => i.start)));
  const to = Math.min(Math.max(...ia.map((i) => i.end)), Math.max(...ib.map((i) => i.end)));
  expect(to).toBeGreaterThan(from);
  const ta = timeWithin(ia, from, to);
  const tb = timeWithin(ib, from, to);
  const shareA = ta / (ta + tb);
  expect(shareA).toBeGreaterThanOrEqual(0.35);
  expect(shareA).toBeLessThanOrEqual(0.65);
  // The overlap is most of the work, not a moment at the end of one run.
  expect(ta + tb).toBeGreaterThan(0.5 * (timeWithin(ia, 0, Infinity) + timeWithin(ib, 0, Infinity)));
});

test("a team capped at one device never runs two videos at once, says so while it waits, and another team's run uses the rest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ff-quota-"));
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, JSON.stringify({ coordinator: { teams: { capped: { max_devices: 1 } } } }));
  try {
    t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:3x80GiB" }], { configFile });
    const capped = await submit(t, "capped-run", 8, "500ms", "team: capped");
    const other = await submit(t, "other-run", 12, "500ms", "team: other");
    const fleet = t;
    const waiting = await waitFor(
      async () => {
        const s = await fleet.client.getRun(capped);
        return s.waiting > 0 && /quota/.test(s.waitingReason) ? s : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100, what: "the capped run to wait for its quota" },
    );
    expect(waiting.waitingReason).toMatch(/quota: team capped holds 1 of its 1 devices \(coordinator\.teams\.capped\.max_devices\)/);
    expect(waiting.admitted).toBe(1);
    await completed(t, other);
    await completed(t, capped);

    const nc = await t.nc();
    expect(maxConcurrent(genIntervals((await itemRecords(nc, capped)).values()))).toBe(1);
    expect(maxConcurrent(genIntervals((await itemRecords(nc, other)).values()))).toBeGreaterThanOrEqual(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
