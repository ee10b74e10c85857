import { ItemState, NodeState, RunState, TaskKind, pb, type ItemRecord, type Props } from "../../../common/src/proto";
import { LiveBackends } from "../fleet/backend-coverage";
import { RunProgress, Stage } from "../runs/progress";
import { buildRunStatus } from "./status";

function record(counters: { total: number; done?: number; failed?: number } | null) {
  return pb.RunRecord.create({ runId: "bench-20250101-abcdef", name: "bench", state: RunState.RUN_STATE_RUNNING, counters: counters ? pb.RunCounters.create(counters) : null });
}

function item(taskId: string, state: ItemState, extra: Props<typeof pb.ItemRecord> = {}): ItemRecord {
  return pb.ItemRecord.create({ taskId, itemKey: `key-${taskId}`, state, errors: [], ...extra });
}

describe("buildRunStatus: running tasks", () => {
  test("a RUNNING item is listed as its generation task on its gen node and device", () => {
    const s = buildRunStatus(
      record({ total: 1 }),
      [item("g1", ItemState.ITEM_STATE_RUNNING, { node: "gpu-node-1", deviceUuid: "GPU-1", startedAtMs: 1234, evalTaskId: "e1", evalNode: "eval-9" })],
      undefined,
    );
    expect(s.running).toHaveLength(1);
    expect(s.running[0]).toMatchObject({ taskId: "g1", itemKey: "key-g1", node: "gpu-node-1", deviceUuid: "GPU-1", startedAtMs: 1234, kind: TaskKind.TASK_KIND_GEN });
  });

  test("an EVALUATING item is listed as its evaluation task on its eval node, with no GPU device", () => {
    const s = buildRunStatus(
      record({ total: 1 }),
      [item("g1", ItemState.ITEM_STATE_EVALUATING, { node: "gpu-node-1", deviceUuid: "GPU-1", startedAtMs: 5678, evalTaskId: "e1", evalNode: "eval-9" })],
      undefined,
    );
    expect(s.running).toHaveLength(1);
    expect(s.running[0]).toMatchObject({ taskId: "e1", itemKey: "key-g1", node: "eval-9", deviceUuid: "", startedAtMs: 5678, kind: TaskKind.TASK_KIND_EVAL });
  });

  test("queued, generated, done and failed items are not running; order of items is kept", () => {
    const s = buildRunStatus(
      record({ total: 6 }),
      [
        item("a", ItemState.ITEM_STATE_QUEUED),
        item("b", ItemState.ITEM_STATE_EVALUATING, { evalTaskId: "eb" }),
        item("c", ItemState.ITEM_STATE_GENERATED),
        item("d", ItemState.ITEM_STATE_DONE),
        item("e", ItemState.ITEM_STATE_FAILED),
        item("f", ItemState.ITEM_STATE_RUNNING),
      ],
      undefined,
    );
    expect(s.running.map((r) => r.taskId)).toEqual(["eb", "f"]);
  });
});

describe("buildRunStatus: failures", () => {
  test("each failed item shows its last error as 'code: message'", () => {
    const errors = [
      pb.TaskError.create({ code: "resource_exhausted", message: "CUDA out of memory", attempt: 1, atMs: 1 }),
      pb.TaskError.create({ code: "backend_failed", message: "nan in latents", attempt: 2, atMs: 2 }),
    ];
    const s = buildRunStatus(record({ total: 2, failed: 2 }), [item("g1", ItemState.ITEM_STATE_FAILED, { errors }), item("g2", ItemState.ITEM_STATE_FAILED)], undefined);
    expect(s.failures.map((f) => ({ ...f }))).toEqual([
      { taskId: "g1", itemKey: "key-g1", error: "backend_failed: nan in latents" },
      { taskId: "g2", itemKey: "key-g2", error: "unknown error" },
    ]);
  });

  test("at most 100 failures are listed, the first ones", () => {
    const items = Array.from({ length: 105 }, (_, n) => item(`g${n}`, ItemState.ITEM_STATE_FAILED));
    const s = buildRunStatus(record({ total: 105, failed: 105 }), items, undefined);
    expect(s.failures).toHaveLength(100);
    expect(s.failures[0]?.taskId).toBe("g0");
    expect(s.failures[99]?.taskId).toBe("g99");
  });

  test("running items are still listed after the failure list is full", () => {
    const items = [...Array.from({ length: 101 }, (_, n) => item(`g${n}`, ItemState.ITEM_STATE_FAILED)), item("r", ItemState.ITEM_STATE_RUNNING)];
    const s = buildRunStatus(record({ total: 102, failed: 101 }), items, undefined);
    expect(s.running.map((r) => r.taskId)).toEqual(["r"]);
  });
});

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function finishedRecord(over: Props<typeof pb.RunRecord>) {
  return pb.RunRecord.create({ runId: "r", state: RunState.RUN_STATE_COMPLETED, createdAtMs: T0, counters: pb.RunCounters.create({ total: 12, done: 10, failed: 2 }), ...over });
}

function liveGen(devices: number, backend = "synthetic") {
  const advert = pb.NodeAdvert.create({ node: "gen-a", role: "gen", state: NodeState.NODE_STATE_ACTIVE, backends: [backend], devices: Array.from({ length: devices }, (_, i) => ({ uuid: `GPU-${i}` })) });
  return LiveBackends.fromNodes([pb.NodeView.create({ advert, ageS: 1 })]);
}

describe("buildRunStatus: ETA and throughput", () => {
  test("a finished run: ETA 0, and items done per hour of wall time, submit to the last item done", () => {
    const s = buildRunStatus(finishedRecord({ lastItemDoneAtMs: T0 + 30 * MIN, finishedAtMs: T0 + 30 * MIN }), []);
    expect(s.etaS).toBe(0);
    // 10 done in half an hour.
    expect(s.videosPerHour).toBeCloseTo(20, 9);
    expect(s.etaBottleneck).toBe("");
  });

  test("a later finish that did nothing (a retry with nothing to retry) does not change it", () => {
    const s = buildRunStatus(finishedRecord({ lastItemDoneAtMs: T0 + 30 * MIN, finishedAtMs: T0 + 16 * 60 * MIN }), []);
    expect(s.videosPerHour).toBeCloseTo(20, 9);
  });

  test("a record from before last_item_done_at_ms: the finish time ends the wall time", () => {
    expect(buildRunStatus(finishedRecord({ finishedAtMs: T0 + 60 * MIN }), []).videosPerHour).toBeCloseTo(10, 9);
  });

  test("a finished run shorter than 30 s has no rate (-1), not thousands per hour", () => {
    const s = buildRunStatus(finishedRecord({ counters: pb.RunCounters.create({ total: 3, done: 3 }), lastItemDoneAtMs: T0 + 1000, finishedAtMs: T0 + 1000 }), []);
    expect(s.videosPerHour).toBe(-1);
  });

  test("in progress without a progress model: ETA unknown (-1), or 0 when nothing remains; rate unknown", () => {
    const open = buildRunStatus(record({ total: 4, done: 1, failed: 1 }), []);
    expect([open.etaS, open.videosPerHour, open.etaBottleneck]).toEqual([-1, -1, ""]);
    expect(buildRunStatus(record({ total: 4, done: 3, failed: 1 }), []).etaS).toBe(0);
  });

  test("in progress: the model gets the queued items, the running attempts and the devices serving the backend", () => {
    const progress = new RunProgress(T0 - 60 * MIN);
    for (let i = 0; i < 3; i++) progress.recordAttempt(Stage.GENERATION, T0 - MIN, T0);
    const rec = pb.RunRecord.create({ runId: "r", state: RunState.RUN_STATE_RUNNING, generatorBackend: "synthetic", counters: pb.RunCounters.create({ total: 10, queued: 8, running: 2 }) });
    const items = [item("a", ItemState.ITEM_STATE_RUNNING, { startedAtMs: T0 }), item("b", ItemState.ITEM_STATE_RUNNING, { startedAtMs: T0 })];
    const s = buildRunStatus(rec, items, { progress, live: liveGen(2), now: T0 + 30_000 });
    // 2 running with 30 s left each, 8 waiting of 60 s over 2 devices: (60 + 480) / 2 + the last device's spread.
    expect(s.etaS).toBeGreaterThanOrEqual(270);
    expect(s.etaS).toBeLessThan(270 + 60);
    expect(s.etaBottleneck).toBe("generation");
    expect(s.videosPerHour).toBeCloseTo(120, 9);
    // With no live node serving its backend, nothing will take the waiting items.
    const none = buildRunStatus(rec, items, { progress, live: liveGen(2, "other"), now: T0 + 30_000 });
    expect([none.etaS, none.etaBottleneck]).toEqual([-1, "generation"]);
  });

  test("the run record is returned with its counters", () => {
    const rec = record({ total: 10, done: 3, failed: 2 });
    const s = buildRunStatus(rec, []);
    expect(s.run?.runId).toBe("bench-20250101-abcdef");
    expect(s.run?.counters).toMatchObject({ total: 10, done: 3, failed: 2 });
  });
});

describe("buildRunStatus: stuck queues", () => {
  const stuck = [
    pb.StuckQueue.create({ kind: TaskKind.TASK_KIND_GEN, backend: "wan", queued: 5, stuckS: 130, message: "5 gen tasks for backend wan ..." }),
    pb.StuckQueue.create({ kind: TaskKind.TASK_KIND_EVAL, backend: "vbench", queued: 1, stuckS: 200, message: "1 eval task ..." }),
  ];
  const running = (counters: Props<typeof pb.RunCounters>, state = RunState.RUN_STATE_RUNNING) =>
    pb.RunRecord.create({ runId: "r", state, generatorBackend: "wan", evaluatorBackend: "vbench", counters: pb.RunCounters.create(counters) });

  test("a run with generation tasks waiting on a stuck backend lists it; its evaluation queue only once it has videos to evaluate", () => {
    expect(buildRunStatus(running({ total: 5, queued: 5 }), [], { stuck }).stuck.map((q) => q.backend)).toEqual(["wan"]);
    expect(buildRunStatus(running({ total: 5, queued: 4, generated: 1 }), [], { stuck }).stuck.map((q) => q.backend)).toEqual(["wan", "vbench"]);
  });

  test("runs on other backends, runs without waiting work there, and finished runs list none", () => {
    const other = pb.RunRecord.create({ runId: "o", state: RunState.RUN_STATE_RUNNING, generatorBackend: "synthetic", counters: pb.RunCounters.create({ total: 5, queued: 5 }) });
    expect(buildRunStatus(other, [], { stuck }).stuck).toEqual([]);
    expect(buildRunStatus(running({ total: 5, done: 5 }), [], { stuck }).stuck).toEqual([]);
    expect(buildRunStatus(running({ total: 5, queued: 5 }, RunState.RUN_STATE_CANCELLED), [], { stuck }).stuck).toEqual([]);
  });
});
