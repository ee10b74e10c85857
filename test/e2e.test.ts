/**
 * End to end: a run of 24 items through the whole fleet (nats-server, coordinator, aggregator,
 * two generator worker processes, one evaluator worker process), all real.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { completedRun, startTestFleet, submitSpec, TWO_GEN_ONE_EVAL, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet(TWO_GEN_ONE_EVAL);
});

afterAll(async () => {
  await t?.close();
});

test("a 24-item run completes across two workers; every output exists once, decodes with the requested shape and is in the report", async () => {
  const spec = writeSpec(t.dir, "e2e", { items: 24, frames: 17, fps: 8, simulated: "100ms-500ms" });
  const sub = await submitSpec(t, spec);
  expect(sub.tasks).toBe(24);
  const { status: final, report } = await completedRun(t, sub.runId);
  expect(final.run?.counters?.done).toBe(24);

  expect(report.final).toBe(true);
  expect(report.counts).toMatchObject({ total: 24, done: 24, failed: 0 });
  // Both generator processes took part.
  expect(new Set(report.items.map((i) => i.node))).toEqual(new Set(["gen-a", "gen-b"]));
  for (const item of report.items) {
    expect(item.task_id).toMatch(/^g[0-9a-f]{23}$/);
    expect(item.attempts).toBeGreaterThanOrEqual(1);
    expect(item.device).toMatch(/^sim-gen-[ab]-[01]$/);
    expect(item.durations.generate_s).toBeGreaterThan(0);
    expect(item.durations.evaluate_s).not.toBeNull();
    expect(item.scores.temporal_flickering).toBeGreaterThan(0);
    expect(item.scores.temporal_flickering).toBeLessThanOrEqual(1);
    expect(item.scores.frames_ok).toBe(1);
    expect(item.error).toBeNull();
  }
  expect(report.aggregates.temporal_flickering?.n).toBe(24);

  const nc = await t.nc();
  await expectEveryOutputExactlyOnce(nc, report, join(t.outputRoot, sub.runId), { frames: 17, fps: 8, width: 64, height: 48 });

  // The aggregator's files are in the run folder and say the same as the API.
  const onDisk = JSON.parse(readFileSync(join(t.outputRoot, sub.runId, "report.json"), "utf8"));
  expect(onDisk.items.map((i: { sha256: string }) => i.sha256).sort()).toEqual(report.items.map((i) => i.sha256).sort());
  expect(readFileSync(join(t.outputRoot, sub.runId, "report.md"), "utf8")).toContain("temporal_flickering");
});

test("a bad spec is refused with an error naming the field, and nothing is queued", async () => {
  const spec = writeSpec(t.dir, "bad", { items: 3 }).replace(/$/, "");
  const yaml = readFileSync(spec, "utf8").replace("width: 64", "width: 63");
  await expect(t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: "bad.yaml", resumeRunId: "" })).rejects.toThrow(/video\.width: width must be even/);
  const { runs } = await t.client.listRuns();
  expect(runs.some((r) => r.run?.name === "bad")).toBe(false);
});

test("every service serves /metrics, /healthz and /readyz, and the counters saw the run", async () => {
  const urls = t.fleet.metricsUrls();
  expect(Object.keys(urls).sort()).toEqual(["aggregator", "coordinator", "worker-eval-a", "worker-gen-a", "worker-gen-b"]);
  const text: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) {
    const base = url.replace(/\/metrics$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    text[name] = await res.text();
  }
  const value = (body: string, re: RegExp) => body.split("\n").filter((l) => re.test(l)).reduce((s, l) => s + Number(l.split(" ").pop()), 0);
  const gen = (text["worker-gen-a"] ?? "") + (text["worker-gen-b"] ?? "");
  expect(value(gen, /^framefleet_videos_generated_total\{/)).toBeGreaterThanOrEqual(24);
  expect(value(gen, /^framefleet_tasks_total\{.*outcome="done"/)).toBeGreaterThanOrEqual(24);
  expect(value(gen, /^framefleet_task_duration_seconds_count\{/)).toBeGreaterThanOrEqual(24);
  expect(gen).toMatch(/^framefleet_worker_tasks_in_flight\{/m);
  expect(gen).toMatch(/^framefleet_device_memory_free_mib\{.*device="sim-gen-a-0"/m);
  expect(value(text["worker-eval-a"] ?? "", /^framefleet_tasks_total\{kind="eval".*outcome="done"/)).toBeGreaterThanOrEqual(24);
  expect(text.coordinator).toMatch(/^framefleet_queue_depth\{kind="gen",backend="synthetic"/m);
  expect(value(text.coordinator ?? "", /^framefleet_tasks_published_total\{kind="gen"/)).toBeGreaterThanOrEqual(24);
  expect(value(text.aggregator ?? "", /^framefleet_scores_total/)).toBeGreaterThanOrEqual(24);
});
