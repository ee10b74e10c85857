/**
 * The executor's decision on each way a task can end, without a fleet: what happens to the
 * message (ack, nak now, nak later, term through the outbox), which retry event is published with
 * which hand-back reason, what the attempts record holds, and whether the device cools down. The
 * attempts record is the real AttemptsStore over an in-memory KV; the message, handler and outbox
 * are fakes that record what the executor asked of them.
 */
import type { JetStreamClient, JsMsg } from "@nats-io/jetstream";
import type { KV, KvEntry } from "@nats-io/kv";
import { Registry } from "prom-client";
import { decode } from "../../common/src/codec";
import { CancelReason, DiskFullError, FleetError, FleetErrorCode, InfrastructureError } from "../../common/src/errors";
import { nullLogger } from "../../common/src/log";
import { HandbackReason, Outcome, TaskKind, pb, type TaskAttempts, type TaskResult, type TaskRetry } from "../../common/src/proto";
import { AttemptsStore } from "./attempts";
import type { BackendPool } from "./backend-pool";
import type { DeviceSnapshot } from "./devices/types";
import type { TaskHandler } from "./handler";
import type { ResultOutbox } from "./result-outbox";
import { RunningTask } from "./running-task";
import { createWorkerMetrics } from "./runtime-metrics";
import { TaskExecutor } from "./task-executor";

/** An in-memory KV with the calls AttemptsStore makes (get, create, update with revision). */
function memoryKv(): KV & { records: Map<string, TaskAttempts> } {
  const data = new Map<string, { value: Uint8Array; revision: number }>();
  const records = new Map<string, TaskAttempts>();
  let rev = 0;
  const entry = (key: string): KvEntry | null => {
    const e = data.get(key);
    return e ? ({ key, value: e.value, revision: e.revision, operation: "PUT", length: e.value.length } as unknown as KvEntry) : null;
  };
  const put = (key: string, value: Uint8Array) => {
    data.set(key, { value, revision: ++rev });
    records.set(key, decode(pb.TaskAttempts, value));
    return Promise.resolve(rev);
  };
  return {
    records,
    get: (key: string) => Promise.resolve(entry(key)),
    create: (key: string, value: Uint8Array) => put(key, value),
    update: (key: string, value: Uint8Array) => put(key, value),
  } as unknown as KV & { records: Map<string, TaskAttempts> };
}

/** What the executor did with the task's message. */
function fakeMsg(deliveryCount: number) {
  const did: string[] = [];
  const msg = {
    info: { deliveryCount },
    nak: (delay?: number) => void did.push(delay === undefined ? "nak" : `nak(${delay})`),
    ackAck: () => (did.push("ack"), Promise.resolve(true)),
    working: () => undefined,
  } as unknown as JsMsg;
  return { msg, did };
}

const device: DeviceSnapshot = { uuid: "GPU-0", name: "fake", index: 0, source: "sim", totalMiB: 1000, usedMiB: 0, freeMiB: 1000, utilisationPct: 0, processes: [], env: {} };

function executor(opts: { maxAttempts?: number } = {}) {
  const kv = memoryKv();
  const retries: TaskRetry[] = [];
  const results: { result: TaskResult; then: string }[] = [];
  const cooled: string[] = [];
  let fail: () => unknown = () => undefined;
  const js = {
    publish: (_subject: string, data: Uint8Array) => (retries.push(decode(pb.TaskRetry, data)), Promise.resolve({ seq: 1 })),
  } as unknown as JetStreamClient;
  // No error to throw: the attempt succeeds.
  const handler: TaskHandler = { kind: "gen", handle: () => (fail() === undefined ? Promise.resolve({ outcome: "done", backendMs: 5 }) : Promise.reject(fail())) } as unknown as TaskHandler;
  const pool = { factory: () => ({ writesOutput: true }) } as unknown as BackendPool;
  const outbox = {
    send: (result: TaskResult, _msg: JsMsg, then: "ack" | "term") => (results.push({ result, then }), Promise.resolve("sent")),
  } as unknown as ResultOutbox;
  const exec = new TaskExecutor(
    { node: "n1", kind: "gen", retryDelayMs: 1000, oomCooldownMs: 60_000, oomDeviceLimit: 2, diskFullLimit: 2 },
    {
      js,
      handler,
      pool,
      log: nullLogger,
      metrics: createWorkerMetrics(new Registry()),
      slots: { release: () => undefined, coolDown: (uuid: string) => void cooled.push(uuid) },
      attempts: new AttemptsStore(kv),
      outbox,
    },
  );
  const task = pb.Task.create({ taskId: "g1", runId: "r1", kind: TaskKind.TASK_KIND_GEN, itemKey: "item-0001", maxAttempts: opts.maxAttempts ?? 3 });
  let deliveries = 0;
  /** Runs the next delivery, which fails with `err` (after `cancel`, when given) on `deviceUuid`. */
  async function attempt(err: unknown, cancel?: [CancelReason, string?], deviceUuid = device.uuid) {
    const { msg, did } = fakeMsg(++deliveries);
    const rt = new RunningTask(msg, task.taskId, task.runId, task.itemKey, "synthetic", deviceUuid, 60_000);
    if (cancel) rt.cancel(...cancel);
    fail = () => err;
    await exec.run(rt, task, { ...device, uuid: deviceUuid });
    rt.stop();
    return did;
  }
  return { attempt, retries, results, cooled, records: kv.records, exec };
}

describe("TaskExecutor: the fate of an attempt", () => {
  it("a done attempt's result goes through the outbox, which acks once it is published", async () => {
    const x = executor();
    expect(await x.attempt(undefined)).toEqual([]);
    expect(x.results.map((r) => [r.then, r.result.outcome, r.result.attempt, r.result.node, r.result.deviceUuid])).toEqual([["ack", Outcome.OUTCOME_DONE, 1, "n1", "GPU-0"]]);
    expect([x.retries, x.records.size, x.exec.tasksDone]).toEqual([[], 0, 1]);
  });

  it("an ordinary failure is retried with a growing delay until the attempts are spent, then failed with every error", async () => {
    const x = executor({ maxAttempts: 2 });
    expect(await x.attempt(new FleetError(FleetErrorCode.BACKEND_FAILED, "boom 1"))).toEqual(["nak(1000)"]);
    expect(x.retries.map((r) => [r.error?.code, r.delayMs, r.error?.handbackReason])).toEqual([[FleetErrorCode.BACKEND_FAILED, 1000, HandbackReason.HANDBACK_REASON_UNSPECIFIED]]);
    expect(await x.attempt(new FleetError(FleetErrorCode.BACKEND_FAILED, "boom 2"))).toEqual([]);
    // Given up through the outbox, which terminates the message once the result is out.
    expect(x.results.map((r) => r.then)).toEqual(["term"]);
    expect(x.results[0]?.result.outcome).toBe(Outcome.OUTCOME_FAILED);
    expect(x.results[0]?.result.errors.map((e) => [e.code, e.message, e.attempt])).toEqual([
      [FleetErrorCode.BACKEND_FAILED, "boom 1", 1],
      [FleetErrorCode.BACKEND_FAILED, "boom 2", 2],
    ]);
    expect(x.records.get("g1")?.failures).toHaveLength(2);
    expect(x.exec.tasksFailed).toBe(1);
  });

  it("a permanent error (invalid input) fails at once, spending one attempt", async () => {
    const x = executor();
    expect(await x.attempt(new FleetError(FleetErrorCode.INVALID_INPUT, "bad prompt"))).toEqual([]);
    expect(x.results.map((r) => r.then)).toEqual(["term"]);
    expect(x.retries).toEqual([]);
    expect(x.records.get("g1")?.failures).toHaveLength(1);
  });

  it("a run cancel acks: the task must not run anywhere again, and nothing is recorded", async () => {
    const x = executor();
    expect(await x.attempt(new Error("aborted"), [CancelReason.RUN_CANCELLED])).toEqual(["ack"]);
    expect([x.retries, x.results, x.records.size]).toEqual([[], [], 0]);
  });

  it("the drain deadline hands back at once, unspent, with reason DRAIN_DEADLINE", async () => {
    const x = executor();
    expect(await x.attempt(new Error("aborted"), [CancelReason.DRAIN_DEADLINE])).toEqual(["nak"]);
    expect(x.retries.map((r) => [r.error?.code, r.error?.handbackReason, r.delayMs])).toEqual([[FleetErrorCode.CANCELLED, HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE, 0]]);
    expect(x.records.size).toBe(0);
  });

  it("a preemption publishes its retry event first, then acks; the reason names the run in the message only", async () => {
    const x = executor();
    expect(await x.attempt(new Error("aborted"), [CancelReason.PREEMPTED, "handed back: preempted for run urgent-1"])).toEqual(["ack"]);
    expect(x.retries.map((r) => [r.error?.code, r.error?.handbackReason, r.error?.message])).toEqual([
      [FleetErrorCode.PREEMPTED, HandbackReason.HANDBACK_REASON_PREEMPTED, "handed back: preempted for run urgent-1"],
    ]);
  });

  it("out of memory cools the device and hands back unspent; on the limit of distinct devices it fails", async () => {
    const x = executor();
    const oom = () => new FleetError(FleetErrorCode.RESOURCE_EXHAUSTED, "CUDA out of memory");
    expect(await x.attempt(oom(), undefined, "GPU-0")).toEqual(["nak"]);
    expect(x.cooled).toEqual(["GPU-0"]);
    expect(x.retries.map((r) => r.error?.handbackReason)).toEqual([HandbackReason.HANDBACK_REASON_OUT_OF_MEMORY]);
    expect(x.records.get("g1")).toMatchObject({ failures: [], handbacks: [expect.objectContaining({ deviceUuid: "GPU-0" })] });
    // The same device again does not count twice; a second device reaches the limit (2).
    expect(await x.attempt(oom(), undefined, "GPU-1")).toEqual([]);
    expect(x.results.map((r) => [r.then, r.result.errors.length])).toEqual([["term", 2]]);
    expect(x.cooled).toEqual(["GPU-0", "GPU-1"]);
  });

  it("a full output folder hands back unspent with reason DISK_FULL, and fails on the limit", async () => {
    const x = executor();
    const full = () => new DiskFullError("no space", { path: "/out", freeBytes: 0, handBack: true });
    expect(await x.attempt(full())).toEqual(["nak"]);
    expect(x.retries.map((r) => [r.error?.code, r.error?.handbackReason])).toEqual([[FleetErrorCode.DISK_FULL, HandbackReason.HANDBACK_REASON_DISK_FULL]]);
    expect(await x.attempt(full())).toEqual([]);
    expect(x.results.map((r) => r.then)).toEqual(["term"]);
    expect(x.records.get("g1")?.failures).toEqual([]);
  });

  it("a full disk elsewhere (not the output folder) is an ordinary failure", async () => {
    const x = executor();
    expect(await x.attempt(new DiskFullError("no space in /tmp", { path: "/tmp", freeBytes: 0, handBack: false }))).toEqual(["nak(1000)"]);
    expect(x.records.get("g1")?.failures).toHaveLength(1);
  });

  it("NATS failing for the whole budget hands back unspent with reason INFRASTRUCTURE, saying what failed", async () => {
    const x = executor();
    expect(await x.attempt(new InfrastructureError("output commit", "output commit: timeout"))).toEqual(["nak"]);
    expect(x.retries.map((r) => [r.error?.code, r.error?.handbackReason, r.error?.message])).toEqual([
      [FleetErrorCode.INFRASTRUCTURE, HandbackReason.HANDBACK_REASON_INFRASTRUCTURE, "output commit: timeout"],
    ]);
    expect(x.records.get("g1")).toMatchObject({ failures: [], handbacks: [expect.objectContaining({ code: FleetErrorCode.INFRASTRUCTURE })] });
  });
});
