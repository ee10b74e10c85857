/**
 * GPU-aware placement on a real fleet with simulated devices (the same placement code as real
 * GPUs): foreign memory keeps tasks off a busy device, and CUDA OOM hands tasks back.
 */
import { readFileSync } from "node:fs";
import { RunState } from "../services/common/src/proto";
import { finalReport, startTestFleet, submitSpec, waitForRunWithLogs, writeSpec, type TestFleet } from "./helpers/fleet";

const GiB = 1024;
// The model needs 30 GiB and takes a moment to load.
const MODEL = ["--backend", "synthetic:memory=30GiB,load_time=200ms"];
const OOM_ARGS = [...MODEL, "--oom-cooldown", "1s", "--oom-device-limit", "3"];

describe("a device held by a foreign process", () => {
  let t: TestFleet;
  const WINDOW_MS = 12_000;
  beforeAll(async () => {
    t = await startTestFleet(
      [
        // Device 1 of gen-a has 70 of 80 GiB held by someone else for the first 12 s.
        { role: "gen", node: "gen-a", devices: `sim:2x80GiB;foreign=1:70GiB@0s-${WINDOW_MS / 1000}s`, args: MODEL },
        { role: "gen", node: "gen-b", devices: "sim:2x80GiB", args: MODEL },
        { role: "eval", node: "eval-a", devices: "cpu:2" },
      ],
    );
  });
  afterAll(async () => t?.close());

  test("no task runs on it while it is busy, and it is used again once the foreign load goes away", async () => {
    const nodes = (await t.client.listNodes()).nodes;
    const genA = nodes.find((n) => n.advert?.node === "gen-a")?.advert;
    const busy = genA?.devices.find((d) => d.uuid === "sim-gen-a-1");
    // The advert shows the foreign memory while it is there.
    expect(busy?.foreignMib).toBe(70 * GiB);
    expect(busy?.freeMib).toBe(10 * GiB);
    const windowEnd = (genA?.startedAtMs ?? 0) + WINDOW_MS;

    const sub = await submitSpec(t, writeSpec(t.dir, "foreign", { items: 40, frames: 9, simulated: "1s-2s" }));
    const final = await waitForRunWithLogs(t, sub.runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: 40, done: 40, failed: 0 });

    const onBusy = report.items.filter((i) => i.device === "sim-gen-a-1");
    expect(onBusy.length).toBeGreaterThan(0);
    for (const item of onBusy) {
      // The simulated clock starts a moment before the advert's start time: 500 ms of slack.
      expect(Date.parse(item.started_at as string)).toBeGreaterThanOrEqual(windowEnd - 500);
    }
    // Other devices worked throughout the window.
    expect(report.items.filter((i) => i.device !== "sim-gen-a-1" && Date.parse(i.started_at as string) < windowEnd).length).toBeGreaterThan(0);
    // Models stay loaded: one load per (device, backend), not per item.
    const genLoads = report.backend_loads.filter((l) => l.kind === "gen");
    expect(genLoads.map((l) => l.loads)).toEqual(genLoads.map(() => 1));
    expect(new Set(genLoads.map((l) => l.device))).toEqual(new Set(report.items.map((i) => i.device)));
  });
});

describe("CUDA out of memory", () => {
  let t: TestFleet;
  beforeAll(async () => {
    t = await startTestFleet(
      [
        // Every task on gen-a's device 1 runs out of memory.
        { role: "gen", node: "gen-a", devices: "sim:2x80GiB;oom=1", args: OOM_ARGS },
        { role: "gen", node: "gen-b", devices: "sim:2x80GiB", args: OOM_ARGS },
        { role: "eval", node: "eval-a", devices: "cpu:2" },
      ],
    );
  });
  afterAll(async () => t?.close());

  test("a backend that OOMs on one device: its tasks finish elsewhere, none fails, the OOM counter counts", async () => {
    const sub = await submitSpec(t, writeSpec(t.dir, "oom-one", { items: 16, frames: 9, simulated: "300ms-600ms" }));
    const final = await waitForRunWithLogs(t, sub.runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: 16, done: 16, failed: 0 });
    expect(report.items.some((i) => i.device === "sim-gen-a-1")).toBe(false);
    // Some item met the OOM on the way and still succeeded, with its attempts budget intact.
    const handedBack = report.items.filter((i) => (i.error ?? "").includes("CUDA out of memory"));
    expect(handedBack.length).toBeGreaterThan(0);

    const metrics = await (await fetch(t.fleet.metricsUrls()["worker-gen-a"] as string)).text();
    const oom = metrics.split("\n").find((l) => l.startsWith("framefleet_oom_handbacks_total{") && l.includes('device="sim-gen-a-1"'));
    expect(Number(oom?.split(" ").pop())).toBeGreaterThan(0);
    // The OOM'd device loaded its model once and kept it: loads stay one per (device, backend).
    for (const l of report.backend_loads) expect(l.loads).toBe(1);
  });

  test("an item that OOMs everywhere is dead-lettered after 3 devices; the run completes with it failed and its errors listed", async () => {
    const spec = writeSpec(t.dir, "oom-all", {
      items: 6,
      frames: 9,
      simulated: "200ms-400ms",
    });
    // Prompts containing the marker run out of memory on every device (synthetic backend).
    const yaml = readFileSync(spec, "utf8")
      .replace("generator: { backend: synthetic, simulated_time: 200ms-400ms }", "generator: { backend: synthetic, simulated_time: 200ms-400ms, params: { simulate_oom_prompt: '[oom]' } }")
      .replace('"a red kite over a beach"', '"[oom] a scene too big for any GPU"');
    const sub = await t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: spec, resumeRunId: "" });
    const final = await waitForRunWithLogs(t, sub.runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    // Items 0 and 3 get the marked prompt (prompts cycle through three).
    expect(report.counts).toMatchObject({ total: 6, done: 4, failed: 2 });
    expect(report.failures).toHaveLength(2);
    for (const f of report.failures) {
      const ooms = f.errors.filter((e) => e.code === "resource_exhausted");
      expect(new Set(ooms.map((e) => e.device)).size).toBe(3);
      expect(ooms.every((e) => e.message.includes("CUDA out of memory"))).toBe(true);
    }
    expect(final.failures.map((f) => f.itemKey).sort()).toEqual(["item-0000", "item-0003"]);
  });
});
