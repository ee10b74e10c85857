import { parseRunSpec } from "../../../benchmarks/src";
import { ItemState, RunState, pb } from "../../../common/src/proto";
import { Stage } from "./progress";
import { ActiveRun } from "./run-store";

const T0 = 1_700_000_000_000;
const SPEC = [
  "name: seeded",
  "benchmark: synthetic",
  "video: { frames: 9, fps: 8, width: 64, height: 48 }",
  "generator: { backend: synthetic }",
  "evaluation: { backend: cpu-metrics, metrics: [video_check] }",
  "synthetic: { items: 4 }",
].join("\n");

describe("ActiveRun after a coordinator restart", () => {
  test("the progress model is seeded with the items' last attempt times, so the ETA needs no new attempt", () => {
    const record = pb.RunRecord.create({ runId: "r", state: RunState.RUN_STATE_RUNNING, createdAtMs: T0, generatorBackend: "synthetic", evaluatorBackend: "cpu-metrics" });
    const run = new ActiveRun(record, parseRunSpec(SPEC, { name: "test", baseDir: "/tmp" }));
    const timings = (start: number, end: number) => ({ startedAtMs: T0 + start, finishedAtMs: T0 + end });
    const items = [
      pb.ItemRecord.create({ taskId: "a", state: ItemState.ITEM_STATE_DONE, genTimings: timings(0, 60_000), evalTimings: timings(60_000, 70_000) }),
      pb.ItemRecord.create({ taskId: "b", state: ItemState.ITEM_STATE_GENERATED, genTimings: timings(0, 60_000) }),
      pb.ItemRecord.create({ taskId: "c", state: ItemState.ITEM_STATE_QUEUED }),
      pb.ItemRecord.create({ taskId: "d", state: ItemState.ITEM_STATE_QUEUED }),
    ];
    for (const i of items) run.items.set(i.taskId, i);
    run.refreshCounters();
    expect(run.progress.attempts(Stage.GENERATION)).toBe(2);
    expect(run.progress.attempts(Stage.EVALUATION)).toBe(1);
    // Seeded once: counting again (every publish does) adds nothing.
    run.refreshCounters();
    expect(run.progress.attempts(Stage.GENERATION)).toBe(2);
    const est = run.progress.estimate({ now: T0 + 70_000, gen: { waiting: 2, running: [], devices: 1 }, eval: { waiting: 1, running: [], devices: 1 } });
    // Two videos of 60 s on one GPU, then the last one's 10 s evaluation.
    expect(est.etaS).toBeCloseTo(130, 6);
  });
});

describe("ActiveRun whose planning stopped part-way through its item records", () => {
  test("the planned items with no record count as queued, so a record written now (a cancel, a failure) keeps the planned total for a resume", () => {
    const record = pb.RunRecord.create({ runId: "r", state: RunState.RUN_STATE_FAILED, createdAtMs: T0, generatorBackend: "synthetic" });
    const run = new ActiveRun(record, parseRunSpec(SPEC, { name: "test", baseDir: "/tmp" }));
    run.items.set("a", pb.ItemRecord.create({ taskId: "a", state: ItemState.ITEM_STATE_FAILED }));
    run.missingItems = 3;
    run.refreshCounters();
    expect(run.record.counters).toMatchObject({ total: 4, queued: 3, failed: 1 });
    run.missingItems = 0;
    run.refreshCounters();
    expect(run.record.counters).toMatchObject({ total: 1, queued: 0, failed: 1 });
  });
});
