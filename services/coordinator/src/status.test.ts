import { ItemState, RunState, TaskKind, pb, type ItemRecord, type Props } from "../../common/src/proto";
import type { Throughput } from "./progress";
import { buildRunStatus } from "./status";

function record(counters: { total: number; done?: number; failed?: number } | null) {
  return pb.RunRecord.create({ runId: "bench-20250101-abcdef", name: "bench", state: RunState.RUN_STATE_RUNNING, counters: counters ? pb.RunCounters.create(counters) : null });
}

function item(taskId: string, state: ItemState, extra: Props<typeof pb.ItemRecord> = {}): ItemRecord {
  return pb.ItemRecord.create({ taskId, itemKey: `key-${taskId}`, state, errors: [], ...extra });
}

function stubThroughput(eta: number, vph: number) {
  const etaSeconds = jest.fn((_remaining: number) => eta);
  const videosPerHour = jest.fn(() => vph);
  return { tp: { etaSeconds, videosPerHour } as unknown as Throughput, etaSeconds, videosPerHour };
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

describe("buildRunStatus: ETA and throughput", () => {
  test("without throughput: ETA 0 when every item is done or failed, -1 (unknown) otherwise; 0 videos per hour", () => {
    const finished = buildRunStatus(record({ total: 4, done: 3, failed: 1 }), [], undefined);
    expect(finished.etaS).toBe(0);
    expect(finished.videosPerHour).toBe(0);
    const open = buildRunStatus(record({ total: 4, done: 1, failed: 1 }), [], undefined);
    expect(open.etaS).toBe(-1);
    expect(open.videosPerHour).toBe(0);
  });

  test("with throughput: asks it for the ETA of total - done - failed items and reports its rate", () => {
    const { tp, etaSeconds, videosPerHour } = stubThroughput(321, 45);
    const s = buildRunStatus(record({ total: 10, done: 3, failed: 2 }), [], tp);
    expect(etaSeconds).toHaveBeenCalledTimes(1);
    expect(etaSeconds.mock.calls[0]?.[0]).toBe(5);
    expect(videosPerHour).toHaveBeenCalledTimes(1);
    expect(s.etaS).toBe(321);
    expect(s.videosPerHour).toBe(45);
  });

  test("the run record is returned with its counters", () => {
    const rec = record({ total: 10, done: 3, failed: 2 });
    const s = buildRunStatus(rec, [], undefined);
    expect(s.run?.runId).toBe("bench-20250101-abcdef");
    expect(s.run?.counters).toMatchObject({ total: 10, done: 3, failed: 2 });
  });
});
