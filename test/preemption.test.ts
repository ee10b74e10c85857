/**
 * Preemption (issue 16): a run of a class with `preempt: true` takes devices from a running
 * lower-priority run at once, the tasks it preempts run again later without spending an attempt,
 * and no item is handed back more than coordinator.max_preemptions times. On a real fleet, with
 * simulated GPU times; every time compared is one the fleet recorded.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kvm } from "@nats-io/kv";
import { waitFor } from "../services/common/src/abort";
import { decode } from "../services/common/src/codec";
import { kvGetAll } from "../services/common/src/nats/kv-util";
import { HandbackReason, ItemState, RunState, TaskKind, pb, type ItemRecord } from "../services/common/src/proto";
import { int64 } from "../services/common/src/run-rate";
import { finalReport, startTestFleet, submitSpec, waitForRun, waitForRunWithLogs, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

const SHAPE = { frames: 9, fps: 8, width: 64, height: 48 };
const LONG_MS = 10_000;

async function submit(t: TestFleet, name: string, items: number, simulated: string, priority: string): Promise<string> {
  const spec = writeSpec(t.dir, name, { items, frames: SHAPE.frames, fps: SHAPE.fps, simulated, evaluation: false, extra: `priority: ${priority}` });
  return (await submitSpec(t, spec)).runId;
}

async function itemRecords(t: TestFleet, runId: string): Promise<ItemRecord[]> {
  const kv = await new Kvm(await t.nc()).open("ff_items");
  return (await kvGetAll(kv, `${runId}.>`)).map((e) => decode(pb.ItemRecord, e.value));
}

const startOf = (i: ItemRecord) => int64(i.genTimings?.startedAtMs);
const finishOf = (i: ItemRecord) => int64(i.genTimings?.finishedAtMs);

describe("preemption", () => {
  let t: TestFleet;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ff-preempt-cfg-"));
    const configFile = join(dir, "config.yaml");
    writeFileSync(
      configFile,
      JSON.stringify({
        coordinator: {
          priority_classes: { urgent: { value: 200, preempt: true }, normal: { value: 0 }, low: { value: -100 } },
          max_preemptions: 1,
        },
      }),
    );
    t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:2x80GiB" }], { configFile });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("an urgent run starts at once on a fleet full of low tasks; the preempted tasks finish later with no attempt spent, once at most", async () => {
    // Two devices: 2 low tasks run, 2 more are queued ahead of anything submitted later.
    const low = await submit(t, "low-sweep", 4, `${LONG_MS / 1000}s`, "low");
    await waitFor(async () => (await t.client.getRun(low)).running.filter((r) => r.kind === TaskKind.TASK_KIND_GEN).length >= 2, { timeoutMs: 30_000, what: "2 low tasks running" });

    const urgent1 = await submit(t, "urgent-1", 2, "1s", "urgent");
    const u1 = await waitForRunWithLogs(t, urgent1, 60_000);
    expect(u1.run?.state).toBe(RunState.RUN_STATE_COMPLETED);

    // The preempted low tasks run again (head of their line): a second urgent run finds them at
    // max_preemptions (1) and must wait for a device instead.
    // Running is what the node's advert shows (item records are written at the result).
    await waitFor(
      async () => {
        const running = new Set((await t.client.getRun(low)).running.filter((r) => r.kind === TaskKind.TASK_KIND_GEN).map((r) => r.taskId));
        return (await itemRecords(t, low)).filter((i) => i.preemptions === 1 && running.has(i.taskId)).length === 2;
      },
      { timeoutMs: 30_000, what: "the 2 preempted low tasks running again" },
    );
    const urgent2 = await submit(t, "urgent-2", 2, "1s", "urgent");
    for (const id of [urgent2, low]) expect((await waitForRun(t.client, id, 120_000)).run?.state).toBe(RunState.RUN_STATE_COMPLETED);

    const lowItems = await itemRecords(t, low);
    const u1Items = await itemRecords(t, urgent1);
    const u2Items = await itemRecords(t, urgent2);
    const preempted = lowItems.filter((i) => i.preemptions > 0);
    // The two running low tasks were handed back for urgent-1, and nothing more: max_preemptions holds.
    expect(preempted).toHaveLength(2);
    for (const i of lowItems) expect(i.preemptions).toBeLessThanOrEqual(1);
    for (const i of preempted) {
      const handbacks = i.errors.filter((e) => e.code === "preempted");
      expect(handbacks.map((e) => e.handbackReason)).toEqual([HandbackReason.HANDBACK_REASON_PREEMPTED]);
      expect(handbacks[0]?.node).toBe("gen-a");
      // Not spent: the hand-back is no failed attempt, and the item is done with its first attempt count.
      expect(i.attempts).toBe(1);
      expect(i.state).toBe(ItemState.ITEM_STATE_DONE);
    }

    // Urgent-1 started before any low task finished: neither the running ones nor the two queued
    // ahead of it (withdrawn from the queue) held it up for their 10 s.
    const u1FirstStart = Math.min(...u1Items.map(startOf));
    expect(u1FirstStart).toBeLessThan(Math.min(...lowItems.map(finishOf)));
    for (const i of preempted) expect(u1FirstStart).toBeGreaterThanOrEqual(Math.min(...i.errors.filter((e) => e.code === "preempted").map((e) => e.atMs)) - 1000);

    // Urgent-2 preempted nothing: it started only once a preempted task's 10 s were over, and
    // before the two low tasks that were queued when it came (withdrawn again for it).
    const u2FirstStart = Math.min(...u2Items.map(startOf));
    expect(u2FirstStart).toBeGreaterThanOrEqual(Math.min(...preempted.map((i) => startOf(i) + LONG_MS)));
    const neverPreempted = lowItems.filter((i) => i.preemptions === 0);
    expect(u2FirstStart).toBeLessThan(Math.min(...neverPreempted.map(startOf)));

    for (const id of [low, urgent1, urgent2]) await expectEveryOutputExactlyOnce(await t.nc(), await finalReport(t.client, id), join(t.outputRoot, id), SHAPE);

    // The coordinator counted the two hand-backs.
    const url = t.fleet.metricsUrls().coordinator;
    expect(url).toBeTruthy();
    const metrics = await (await fetch(url as string)).text();
    expect(metrics).toMatch(/framefleet_preemptions_total\{[^}]*kind="gen"[^}]*\} 2\b/);
  });
});
