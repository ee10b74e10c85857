import { CancelReason, FleetErrorCode } from "../errors";
import { HandbackReason, Outcome, TaskKind, pb } from "../proto";
import { DEFAULT_MAX_ATTEMPTS, diskFullHandbacks, doneResult, errorHistory, failedResult, handBackError, handbackReasonOf, maxAttemptsOf, oomDevices } from ".";

const task = pb.Task.create({ taskId: "g1", runId: "r1", kind: TaskKind.TASK_KIND_EVAL, backend: "synthetic", itemKey: "k", labels: { a: "b" }, evaluate: { genTaskId: "g0" } });
const err = (code: string, atMs: number, deviceUuid = "d0") => pb.TaskError.create({ code, message: "m", atMs, deviceUuid });

describe("attempts record", () => {
  test("a task without max_attempts gets the default", () => {
    expect(maxAttemptsOf({ maxAttempts: 0 })).toBe(DEFAULT_MAX_ATTEMPTS);
    expect(maxAttemptsOf({ maxAttempts: 7 })).toBe(7);
  });

  test("the history merges failures and hand-backs oldest first", () => {
    const rec = pb.TaskAttempts.create({ taskId: "g1", failures: [err("internal", 30), err("internal", 10)], handbacks: [err("disk_full", 20)] });
    expect(errorHistory(rec).map((e) => e.atMs)).toEqual([10, 20, 30]);
    expect(errorHistory(undefined)).toEqual([]);
  });

  test("out-of-memory devices are counted distinct, full-disk hand-backs each", () => {
    const rec = pb.TaskAttempts.create({ handbacks: [err("resource_exhausted", 1, "a"), err("resource_exhausted", 2, "a"), err("resource_exhausted", 3, "b"), err("disk_full", 4), err("disk_full", 5)] });
    expect([...oomDevices(rec)].sort()).toEqual(["a", "b"]);
    expect(diskFullHandbacks(rec)).toBe(2);
  });
});

describe("results", () => {
  test("a done result carries the task's identity, the attempt and the output", () => {
    const res = doneResult(task, { attempt: 2, node: "n", deviceUuid: "d", output: { path: "v.mp4" }, scores: { s: 1 }, timings: { startedAtMs: 5 } });
    expect(res).toMatchObject({ taskId: "g1", runId: "r1", outcome: Outcome.OUTCOME_DONE, backend: "synthetic", attempt: 2, node: "n", genTaskId: "g0", scores: { s: 1 }, labels: { a: "b" } });
    expect(res.output?.path).toBe("v.mp4");
    expect(res.timings?.startedAtMs).toBe(5);
  });

  test("a failed result from no worker (a dead letter) carries the errors and no attempt", () => {
    const res = failedResult(task, [err("internal", 1), err(FleetErrorCode.RETRIES_EXHAUSTED, 2)]);
    expect(res).toMatchObject({ outcome: Outcome.OUTCOME_FAILED, attempt: 0, node: "", timings: null });
    expect(res.errors.map((e) => e.code)).toEqual(["internal", FleetErrorCode.RETRIES_EXHAUSTED]);
  });
});

describe("hand-backs", () => {
  test.each([
    [HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE, FleetErrorCode.CANCELLED],
    [HandbackReason.HANDBACK_REASON_PREEMPTED, FleetErrorCode.PREEMPTED],
    [HandbackReason.HANDBACK_REASON_OUT_OF_MEMORY, FleetErrorCode.RESOURCE_EXHAUSTED],
    [HandbackReason.HANDBACK_REASON_DISK_FULL, FleetErrorCode.DISK_FULL],
    [HandbackReason.HANDBACK_REASON_INFRASTRUCTURE, FleetErrorCode.INFRASTRUCTURE],
  ] as const)("reason %s travels with code %s and keeps the attempt's fields", (reason, code) => {
    const e = handBackError(pb.TaskError.create({ code: "internal", node: "n", attempt: 3, atMs: 9 }), reason, "why");
    expect(e).toMatchObject({ code, handbackReason: reason, node: "n", attempt: 3, atMs: 9 });
  });

  test("worker-side cancels map to reasons; a run cancel is no hand-back", () => {
    expect(handbackReasonOf(CancelReason.DRAIN_DEADLINE)).toBe(HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE);
    expect(handbackReasonOf(CancelReason.PREEMPTED)).toBe(HandbackReason.HANDBACK_REASON_PREEMPTED);
    expect(handbackReasonOf(CancelReason.RUN_CANCELLED)).toBeUndefined();
    expect(handbackReasonOf(undefined)).toBeUndefined();
  });

  test("the reason survives the wire", () => {
    const e = handBackError(pb.TaskError.create({}), HandbackReason.HANDBACK_REASON_PREEMPTED, "x");
    expect(pb.TaskError.decode(pb.TaskError.encode(e).finish()).handbackReason).toBe(HandbackReason.HANDBACK_REASON_PREEMPTED);
  });
});
