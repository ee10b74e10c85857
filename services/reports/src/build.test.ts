import { ItemState, RunState, TaskKind, pb } from "../../common/src/proto";
import type { ItemRecord, RunRecord } from "../../common/src/proto";
import { buildReport } from "./build";
import { REPORT_SCHEMA } from "./types";

const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);
const HOUR = 3_600_000;
const NOW = new Date(T0 + 2 * HOUR);

function run(state: RunState, finishedAtMs = 0): RunRecord {
  return pb.RunRecord.create({
    runId: "r-1",
    name: "mini",
    benchmark: "vbench",
    state,
    outputDir: "/out/r-1",
    createdAtMs: T0,
    finishedAtMs,
    generatorBackend: "synthetic",
    evaluatorBackend: "cpu-metrics",
    // Deliberately wrong: the report must count from the items, not from these.
    counters: { total: 99, done: 99 },
  });
}

const video = { frames: 16, fps: 8, width: 64, height: 48 };
const output = (path: string) => ({ path, sha256: `sha-${path}`, sizeBytes: 1234, video });

/** Seven items in every state, given out of order; hand-computed expectations below. */
function items(): ItemRecord[] {
  return [
    pb.ItemRecord.create({
      taskId: "t-A", itemKey: "b-item", sampleIndex: 10, seed: 7, prompt: "a cat", state: ItemState.ITEM_STATE_DONE,
      attempts: 1, node: "n1", deviceUuid: "GPU-1", backend: "synthetic", output: { ...output("b/b-10.mp4"), posterPath: ".previews/t-A.jpg" },
      params: { action: "jump" }, evalParams: { scene_id: "s1" },
      genTimings: { publishedAtMs: T0, startedAtMs: T0 + 2000, finishedAtMs: T0 + 12_000, backendMs: 9000 },
      evalTimings: { publishedAtMs: T0 + 12_000, startedAtMs: T0 + 13_000, finishedAtMs: T0 + 15_000 },
      scores: { temporal_flickering: 0.9, psnr: 30 }, labels: { dimension: "temporal_flickering" }, evalNode: "e1",
      errors: [{ code: "resource_exhausted", message: "CUDA OOM", node: "n2", deviceUuid: "GPU-2", attempt: 1 }],
    }),
    pb.ItemRecord.create({
      taskId: "t-H", itemKey: "f-item", sampleIndex: 0, state: ItemState.ITEM_STATE_DONE, node: "n1",
      backend: "synthetic", output: output("f/f-0.mp4"), scores: { temporal_flickering: 0.4 },
      labels: { dimension: "other" },
    }),
    pb.ItemRecord.create({
      taskId: "t-D", itemKey: "c-item", state: ItemState.ITEM_STATE_FAILED, attempts: 2, node: "n2",
      deviceUuid: "GPU-2", backend: "synthetic",
      errors: [
        { code: "backend_failed", message: "boom 1", node: "n2", deviceUuid: "GPU-2", attempt: 1 },
        { code: "retries_exhausted", message: "boom 2", node: "n3", deviceUuid: "GPU-3", attempt: 2 },
      ],
    }),
    pb.ItemRecord.create({
      taskId: "t-B", itemKey: "b-item", sampleIndex: 2, state: ItemState.ITEM_STATE_DONE, node: "n2",
      deviceUuid: "GPU-2", backend: "synthetic", output: output("b/b-2.mp4"),
      genTimings: { publishedAtMs: T0, startedAtMs: T0 + 4000, finishedAtMs: T0 + 12_000 + HOUR / 2, backendMs: 8000 },
      scores: { temporal_flickering: 0.8, psnr: Number.NaN }, labels: { dimension: "temporal_flickering" },
    }),
    pb.ItemRecord.create({ taskId: "t-E", itemKey: "d-item", state: ItemState.ITEM_STATE_QUEUED, backend: "synthetic", video }),
    pb.ItemRecord.create({
      taskId: "t-C", itemKey: "a-item", state: ItemState.ITEM_STATE_GENERATED, node: "n1", deviceUuid: "GPU-1",
      backend: "synthetic", output: output("a/a-0.mp4"),
      genTimings: { publishedAtMs: T0, startedAtMs: T0 + 1000, finishedAtMs: T0 + 12_000 + HOUR, backendMs: 1000 },
    }),
    pb.ItemRecord.create({ taskId: "t-F", itemKey: "e-item", state: ItemState.ITEM_STATE_RUNNING, node: "n2", backend: "synthetic" }),
  ];
}

describe("buildReport", () => {
  it("counts items by their own state, not by the run counters", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    expect(r.counts).toEqual({ total: 7, queued: 1, running: 1, generated: 1, evaluating: 0, done: 3, failed: 1 });
  });

  it("sorts items by item_key, then numerically by sample_index", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    expect(r.items.map((it) => it.task_id)).toEqual(["t-C", "t-B", "t-A", "t-D", "t-E", "t-F", "t-H"]);
  });

  it("aggregates finite scores of done items, overall and per label", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    // temporal_flickering: 0.9, 0.8, 0.4; psnr: 30 (the NaN of t-B is skipped).
    expect(r.aggregates.temporal_flickering?.mean).toBeCloseTo(0.7, 12);
    expect(r.aggregates.temporal_flickering).toMatchObject({ min: 0.4, max: 0.9, n: 3 });
    expect(r.aggregates.psnr).toEqual({ mean: 30, min: 30, max: 30, n: 1 });
    expect(r.groups?.dimension?.temporal_flickering?.temporal_flickering?.mean).toBeCloseTo(0.85, 12);
    expect(r.groups?.dimension?.temporal_flickering?.temporal_flickering).toMatchObject({ min: 0.8, max: 0.9, n: 2 });
    expect(r.groups?.dimension?.other).toEqual({ temporal_flickering: { mean: 0.4, min: 0.4, max: 0.4, n: 1 } });
  });

  it("leaves groups out when no done item has labels", () => {
    const plain = items().filter((it) => it.taskId === "t-E");
    expect(buildReport(run(RunState.RUN_STATE_RUNNING), plain, { now: NOW }).groups).toBeUndefined();
  });

  it("derives per-item durations from the timings", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    const byId = new Map(r.items.map((it) => [it.task_id, it]));
    expect(byId.get("t-A")?.durations).toEqual({ queue_wait_s: 2, generate_s: 10, evaluate_s: 2 });
    expect(byId.get("t-C")?.durations).toEqual({ queue_wait_s: 1, generate_s: 3611, evaluate_s: null });
    expect(byId.get("t-H")?.durations).toEqual({ queue_wait_s: null, generate_s: null, evaluate_s: null });
  });

  it("computes timing and per-node shares", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    // A partial report: 3 items done in the 2 hours since the submit.
    expect(r.timing.videos_per_hour).toBeCloseTo(1.5, 12);
    expect(r.timing.mean_gen_s).toBeCloseTo((10 + 1808 + 3611) / 3, 9);
    expect(r.timing.mean_queue_wait_s).toBeCloseTo((2 + 4 + 1) / 3, 12);
    expect(r.timing.mean_eval_s).toBe(2);
    // Only items with a committed video count; t-H has no timings, so no GPU time.
    expect(r.nodes).toEqual([
      { node: "n1", items: 3, gpu_seconds: 10 },
      { node: "n2", items: 1, gpu_seconds: 8 },
    ]);
  });

  it("a finished run's throughput is its items done over its wall time, submit to the last item done", () => {
    const r = pb.RunRecord.create({ ...run(RunState.RUN_STATE_COMPLETED, T0 + 5 * HOUR), lastItemDoneAtMs: T0 + HOUR / 2 });
    const rep = buildReport(r, items(), { now: NOW });
    // A later finish (a retry that found nothing to do) does not stretch the wall time.
    expect(rep.run.wall_s).toBe(1800);
    expect(rep.timing.videos_per_hour).toBeCloseTo(6, 12);
  });

  it("gives null throughput over less than 30 s (3 videos in a second are not 10,000 videos/h)", () => {
    const quick = pb.RunRecord.create({ ...run(RunState.RUN_STATE_COMPLETED, T0 + 1000), lastItemDoneAtMs: T0 + 1000 });
    const rep = buildReport(quick, items(), { now: NOW });
    expect(rep.run.wall_s).toBe(1);
    expect(rep.timing.videos_per_hour).toBeNull();
    expect(buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: new Date(T0 + 29_000) }).timing.videos_per_hour).toBeNull();
  });

  it("lists failed items with every error, and the last error per item", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    expect(r.failures).toEqual([
      {
        task_id: "t-D",
        item_key: "c-item",
        errors: [
          { code: "backend_failed", message: "boom 1", node: "n2", device: "GPU-2", attempt: 1 },
          { code: "retries_exhausted", message: "boom 2", node: "n3", device: "GPU-3", attempt: 2 },
        ],
      },
    ]);
    const byId = new Map(r.items.map((it) => [it.task_id, it]));
    expect(byId.get("t-D")?.error).toBe("boom 2");
    expect(byId.get("t-A")?.error).toBe("CUDA OOM"); // succeeded after an OOM hand-back
    expect(byId.get("t-B")?.error).toBeNull();
  });

  it("reports where each item came from", () => {
    const r = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    const byId = new Map(r.items.map((it) => [it.task_id, it]));
    expect(byId.get("t-A")).toEqual({
      task_id: "t-A", item_key: "b-item", prompt: "a cat", seed: 7, sample_index: 10, state: "done", attempts: 1,
      node: "n1", device: "GPU-1", backend: "synthetic", output_path: "b/b-10.mp4", poster_path: ".previews/t-A.jpg", sha256: "sha-b/b-10.mp4",
      size_bytes: 1234, video, durations: { queue_wait_s: 2, generate_s: 10, evaluate_s: 2 },
      started_at: new Date(T0 + 2000).toISOString(), finished_at: new Date(T0 + 12_000).toISOString(),
      scores: { psnr: 30, temporal_flickering: 0.9 }, labels: { dimension: "temporal_flickering" },
      error: "CUDA OOM", eval_node: "e1", params: { action: "jump" }, eval_params: { scene_id: "s1" },
    });
    expect(byId.get("t-B")?.scores).toEqual({ temporal_flickering: 0.8 });
    // A video committed without a poster (or before workers made them) has none.
    expect(byId.get("t-B")).toMatchObject({ output_path: "b/b-2.mp4", poster_path: null });
    // Not started: no node, no output, the requested video shape.
    expect(byId.get("t-E")).toMatchObject({ state: "queued", node: null, device: null, output_path: null, sha256: null, size_bytes: null, video, eval_node: null });
    expect(byId.get("t-E")).toMatchObject({ poster_path: null, params: {}, eval_params: {} });
  });

  it("marks a running run partial and a finished one final", () => {
    const partial = buildReport(run(RunState.RUN_STATE_RUNNING), items(), { now: NOW });
    expect(partial).toMatchObject({ schema: REPORT_SCHEMA, final: false, generated_at: NOW.toISOString() });
    expect(partial.run).toMatchObject({ state: "running", finished_at: null, wall_s: null, created_at: new Date(T0).toISOString() });
    // A record without a spec (as here) says so; with one, the report carries it for provenance.
    expect(partial.run).toMatchObject({ spec_yaml: null, base_dir: "" });
    const withSpec = pb.RunRecord.create({ ...run(RunState.RUN_STATE_RUNNING), specYaml: "name: x\n", baseDir: "/specs" });
    expect(buildReport(withSpec, [], { now: NOW }).run).toMatchObject({ spec_yaml: "name: x\n", base_dir: "/specs" });
    for (const state of [RunState.RUN_STATE_COMPLETED, RunState.RUN_STATE_CANCELLED, RunState.RUN_STATE_FAILED]) {
      const done = buildReport(run(state, T0 + 90_000), items(), { now: NOW });
      expect(done.final).toBe(true);
      expect(done.run.finished_at).toBe(new Date(T0 + 90_000).toISOString());
      expect(done.run.wall_s).toBe(90);
    }
    expect(buildReport(run(RunState.RUN_STATE_PLANNING), [], { now: NOW }).final).toBe(false);
  });

  it("gives the same report for records that went through protobuf encoding", () => {
    // Decoded int64 fields (and defaults) may be Long objects at runtime despite the typings.
    const r = run(RunState.RUN_STATE_COMPLETED, T0 + 90_000);
    const decodedRun = pb.RunRecord.decode(pb.RunRecord.encode(r).finish());
    const decodedItems = items().map((it) => pb.ItemRecord.decode(pb.ItemRecord.encode(it).finish()));
    // NaN survives encoding as NaN, so the two reports must be equal field by field.
    expect(buildReport(decodedRun, decodedItems, { now: NOW })).toEqual(buildReport(r, items(), { now: NOW }));
  });

  it("handles an empty run and writes plain JSON", () => {
    const r = buildReport(pb.RunRecord.create({ runId: "r-0" }), [], { now: NOW });
    expect(r.counts.total).toBe(0);
    expect(r.aggregates).toEqual({});
    expect(r.timing).toEqual({ videos_per_hour: null, mean_gen_s: null, mean_eval_s: null, mean_queue_wait_s: null });
    const full = buildReport(run(RunState.RUN_STATE_COMPLETED, T0 + 1), items(), { now: NOW });
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
  });
});

describe("backend loads", () => {
  it("sums loads per (node, device, backend, kind) over every attempt, including failed ones", () => {
    const load = (node: string, deviceUuid: string, attempt: number, loadMs: number, kind = TaskKind.TASK_KIND_GEN) =>
      pb.BackendLoad.create({ node, deviceUuid, backend: "wan", attempt, loadMs, kind });
    const recs = [
      pb.ItemRecord.create({ taskId: "a", itemKey: "a", state: ItemState.ITEM_STATE_DONE, loads: [load("n1", "GPU-1", 1, 30_000), load("e1", "cpu-0", 1, 500, TaskKind.TASK_KIND_EVAL)] }),
      // An OOM on GPU-2 after its load, then success on GPU-3: both loads count.
      pb.ItemRecord.create({ taskId: "b", itemKey: "b", state: ItemState.ITEM_STATE_DONE, loads: [load("n1", "GPU-2", 1, 20_000), load("n2", "GPU-3", 2, 25_000)] }),
      pb.ItemRecord.create({ taskId: "c", itemKey: "c", state: ItemState.ITEM_STATE_DONE, loads: [] }),
    ];
    expect(buildReport(run(RunState.RUN_STATE_COMPLETED, T0 + HOUR), recs, { now: NOW }).backend_loads).toEqual([
      { node: "e1", device: "cpu-0", backend: "wan", kind: "eval", loads: 1, load_s: 0.5 },
      { node: "n1", device: "GPU-1", backend: "wan", kind: "gen", loads: 1, load_s: 30 },
      { node: "n1", device: "GPU-2", backend: "wan", kind: "gen", loads: 1, load_s: 20 },
      { node: "n2", device: "GPU-3", backend: "wan", kind: "gen", loads: 1, load_s: 25 },
    ]);
  });
});
