/**
 * The worker's lifecycle with the real dispatch loop and device slots, and an in-memory task
 * source and task runner in place of JetStream and the executor (Temporal's MockNativeWorker).
 */
import type { JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { Registry } from "prom-client";
import { decode, encode } from "../../common/src/codec";
import { CancelReason, FleetErrorCode } from "../../common/src/errors";
import { nullLogger, type Logger } from "../../common/src/log";
import { NodeState, pb, TaskKind, type Task } from "../../common/src/proto";
import { installShutdown } from "../../common/src/shutdown";
import { nodeControlSubject } from "../../common/src/subjects";
import type { BackendFactory } from "./backend";
import { BackendPool } from "./backend-pool";
import { DeviceReadings } from "./device-readings";
import { DeviceSlots } from "./device-slots";
import type { DeviceSnapshot, DeviceSource } from "./devices/types";
import { Dispatcher, type TaskRunner } from "./dispatcher";
import { subscribeNodeControl } from "./node-control";
import { PauseGate } from "./pause";
import type { RunningTask } from "./running-task";
import { WorkerRuntime } from "./runtime";
import { createWorkerMetrics } from "./runtime-metrics";
import { WorkerState } from "./state";
import { JetStreamTaskSource, type TaskSource } from "./task-source";

class FakeMsg {
  readonly data: Uint8Array;
  readonly subject = "ff.task.gen.fake.r1";
  readonly info = { deliveryCount: 1 };
  readonly calls: string[] = [];
  constructor(task: Partial<Task>) {
    this.data = encode(pb.Task, pb.Task.create({ runId: "r1", kind: TaskKind.TASK_KIND_GEN, backend: "fake", ...task }));
  }
  working(): void {}
  ack(): void {
    this.calls.push("ack");
  }
  nak(): void {
    this.calls.push("nak");
  }
  term(): void {
    this.calls.push("term");
  }
  get jsMsg(): JsMsg {
    return this as unknown as JsMsg;
  }
}

/** Tasks pushed by the test; a pull with none waits until one is pushed or the pull is interrupted. */
class FakeTaskSource implements TaskSource {
  private readonly queue: FakeMsg[] = [];
  private wake: (() => void) | undefined;
  interrupts = 0;
  async open(): Promise<void> {}
  push(task: Partial<Task>): FakeMsg {
    const m = new FakeMsg(task);
    this.queue.push(m);
    this.wakeUp();
    return m;
  }
  async pullBatch(_backend: string, n: number, _expiresMs: number, place: (msg: JsMsg, first: boolean) => Promise<void>): Promise<number> {
    if (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    const batch = this.queue.splice(0, n);
    for (const [i, m] of batch.entries()) await place(m.jsMsg, i === 0);
    return batch.length;
  }
  interrupt(): void {
    this.interrupts++;
    this.wakeUp();
  }
  heartbeatMs(): number {
    return 60_000;
  }
  private wakeUp(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
}

/** Runs each task until the test finishes it (ack) or its signal aborts (nak, as the executor hands back). */
class FakeRunner implements TaskRunner {
  readonly started: RunningTask[] = [];
  private readonly finishers = new Map<string, () => void>();
  private waiters: { count: number; resolve: () => void }[] = [];
  constructor(private readonly slots: DeviceSlots) {}
  run(rt: RunningTask, task: Task): Promise<void> {
    this.started.push(rt);
    const done = new Promise<void>((resolve) => {
      rt.signal.addEventListener("abort", () => (rt.msg.nak(), resolve()), { once: true });
      this.finishers.set(task.taskId, () => (this.slots.release(rt), rt.msg.ack(), resolve()));
    });
    for (const w of this.waiters.filter((w) => this.started.length >= w.count)) w.resolve();
    return done;
  }
  finish(taskId: string): void {
    this.finishers.get(taskId)?.();
  }
  whenStarted(count: number): Promise<void> {
    if (this.started.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }
}

const device: DeviceSnapshot = { uuid: "GPU-0", name: "fake", index: 0, source: "sim", totalMiB: 1000, usedMiB: 0, freeMiB: 1000, utilisationPct: 0, processes: [], env: {} };
const devices: DeviceSource = { kind: "sim", read: () => Promise.resolve([device]) };
const factory: BackendFactory = { name: "fake", kind: "gen", memoryMiB: 0, load: () => Promise.reject(new Error("the fake runner loads nothing")) };

function worker(opts: { meanMs?: number; open?: () => Promise<void>; advertMs?: number } = {}) {
  const metrics = createWorkerMetrics(new Registry());
  const slots = new DeviceSlots(metrics, "gen");
  const pool = new BackendPool([factory], nullLogger);
  const readings = new DeviceReadings({ source: devices, slots, pool, log: nullLogger, metrics, sticky: false });
  const source = new FakeTaskSource();
  const runner = new FakeRunner(slots);
  const states: WorkerState[] = [];
  const pause = new PauseGate({ check: undefined, log: nullLogger, metrics, onChange: () => undefined });
  const dispatcher = new Dispatcher(
    { kind: "gen", memoryMarginMiB: 0, devicePollMs: 60_000, pullExpiresMs: 60_000 },
    { state: () => runtime.getState(), source, slots, readings, pool, pause, link: { connected: true }, runner, log: nullLogger, metrics, onTaskStart: () => undefined, onTaskEnd: () => runtime.taskEnded() },
  );
  const runtime: WorkerRuntime = new WorkerRuntime({
    log: nullLogger,
    drainDeadlineMs: 60_000,
    slots,
    dispatcher,
    source,
    meanDurationMs: () => opts.meanMs,
    open: opts.open ?? (async () => void (await readings.first())),
    close: async () => undefined,
    // `states` are the adverts written, each taking advertMs.
    entered: async (s) => {
      if (opts.advertMs) await new Promise((r) => setTimeout(r, opts.advertMs));
      states.push(s);
    },
  });
  return { runtime, source, runner, states };
}

const illegal = (message: RegExp) => expect.objectContaining({ name: "IllegalStateError", code: FleetErrorCode.ILLEGAL_STATE, message: expect.stringMatching(message) });

describe("worker lifecycle", () => {
  const listenersBefore = process.listeners("SIGTERM");
  afterEach(() => {
    for (const l of process.listeners("SIGTERM")) if (!listenersBefore.includes(l)) process.off("SIGTERM", l);
  });

  it("SIGTERM: DRAINING at once, the running task finishes and is acked, then DRAINED → STOPPING → STOPPED", async () => {
    const w = worker();
    const shutdown = installShutdown({ signals: ["SIGTERM"], forceMs: 600_000, log: nullLogger });
    shutdown.register("drain and stop worker", () => w.runtime.shutdown());
    const msg = w.source.push({ taskId: "t1" });
    const running = w.runtime.run();
    await w.runner.whenStarted(1);
    process.emit("SIGTERM", "SIGTERM");
    expect(w.runtime.getState()).toBe(WorkerState.DRAINING);
    expect(w.source.interrupts).toBe(1); // the pull in progress is cut short
    const later = w.source.push({ taskId: "t2" }); // nothing more is pulled while draining
    w.runner.finish("t1");
    await running;
    expect(w.states).toEqual(["RUNNING", "DRAINING", "DRAINED", "STOPPING", "STOPPED"]);
    expect(msg.calls).toEqual(["ack"]);
    expect(later.calls).toEqual([]);
    expect(w.runner.started.map((rt) => rt.taskId)).toEqual(["t1"]);
    expect(() => w.runtime.run()).toThrow(illegal(/already started. Current state: STOPPED/));
  });

  it("a drain hands back at once a task that cannot finish by the deadline, with the drain reason", async () => {
    const w = worker({ meanMs: 600_000 });
    const msg = w.source.push({ taskId: "long" });
    const running = w.runtime.run();
    await w.runner.whenStarted(1);
    await w.runtime.drain(1000);
    expect(w.runtime.getState()).toBe(WorkerState.DRAINED);
    expect(msg.calls).toEqual(["nak"]);
    expect(w.runner.started[0]?.cancellation?.reason).toBe(CancelReason.DRAIN_DEADLINE);
    await w.runtime.shutdown();
    await running;
    expect(w.states).toEqual(["RUNNING", "DRAINING", "DRAINED", "STOPPING", "STOPPED"]);
  });

  it("undrain calls a drain off: the drain's promise rejects and the worker pulls again", async () => {
    const w = worker();
    w.source.push({ taskId: "t1" });
    const running = w.runtime.run();
    await w.runner.whenStarted(1);
    const drained = w.runtime.drain();
    w.runtime.undrain();
    await expect(drained).rejects.toEqual(illegal(/called off by undrain/));
    expect(w.runtime.getState()).toBe(WorkerState.RUNNING);
    w.runner.finish("t1");
    w.source.push({ taskId: "t2" });
    await w.runner.whenStarted(2);
    w.runner.finish("t2");
    await w.runtime.shutdown();
    await running;
    expect(w.states).toEqual(["RUNNING", "DRAINING", "RUNNING", "DRAINING", "DRAINED", "STOPPING", "STOPPED"]);
  });

  it("refuses moves the table does not allow", async () => {
    const w = worker();
    await expect(w.runtime.drain()).rejects.toEqual(illegal(/Cannot move to DRAINING. Current state: INITIALIZED/));
    expect(() => w.runtime.undrain()).toThrow(illegal(/Not draining. Current state: INITIALIZED/));
    w.source.push({ taskId: "t1" });
    const running = w.runtime.run();
    expect(() => w.runtime.run()).toThrow(illegal(/already started/));
    await w.runner.whenStarted(1);
    w.runner.finish("t1");
    await w.runtime.drain();
    w.runtime.undrain();
    expect(() => w.runtime.undrain()).toThrow(illegal(/Not draining. Current state: RUNNING/));
    const stopped = w.runtime.shutdown();
    expect(w.runtime.shutdown()).toBe(stopped);
    await stopped;
    await running;
    expect(() => w.runtime.undrain()).toThrow(illegal(/Shutting down. Current state: STOPPED/));
    expect(w.states).toEqual(["RUNNING", "DRAINING", "DRAINED", "RUNNING", "DRAINING", "DRAINED", "STOPPING", "STOPPED"]);
  });

  it("shutdown before run stops at once, and run is refused after", async () => {
    const w = worker();
    await w.runtime.shutdown();
    expect(w.states).toEqual(["STOPPED"]);
    expect(() => w.runtime.run()).toThrow(illegal(/Current state: STOPPED/));
  });

  it("a start that fails leaves FAILED, and a drain then rejects", async () => {
    const w = worker({ open: () => Promise.reject(new Error("no consumer")) });
    await expect(w.runtime.run()).rejects.toThrow("no consumer");
    expect(w.states).toEqual(["FAILED"]);
    await expect(w.runtime.drain()).rejects.toEqual(illegal(/Current state: FAILED/));
  });
});

describe("node control", () => {
  /** The control subject's handler, called as NATS would, and the reply it sends. */
  function control(target: WorkerRuntime) {
    const handlers = new Map<string, (err: Error | null, m: unknown) => void>();
    const nc = { subscribe: (subject: string, o: { callback: (err: Error | null, m: unknown) => void }) => (handlers.set(subject, o.callback), {} as Subscription) };
    subscribeNodeControl(nc as unknown as NatsConnection, "n1", target);
    return (cmd: Parameters<typeof pb.NodeCommand.create>[0]) =>
      new Promise<object>((resolve) => handlers.get(nodeControlSubject("n1"))?.(null, { data: encode(pb.NodeCommand, cmd), respond: (b: Uint8Array) => (resolve(decode(pb.NodeCommandReply, b)), true) }));
  }

  it("refuses undrain on a running node and drain before start, with the reason; accepts them when they apply, replying once the advert shows it", async () => {
    const w = worker({ advertMs: 50 });
    const send = control(w.runtime);
    expect(await send({ drain: { deadlineMs: 1000 } })).toMatchObject({ ok: false, message: "Cannot move to DRAINING. Current state: INITIALIZED" });
    w.source.push({ taskId: "t1" });
    const running = w.runtime.run();
    await w.runner.whenStarted(1);
    expect(await send({ undrain: {} })).toMatchObject({ ok: false, message: "Not draining. Current state: RUNNING", state: NodeState.NODE_STATE_ACTIVE });
    expect(await send({ drain: { deadlineMs: 60_000 } })).toMatchObject({ ok: true, state: NodeState.NODE_STATE_DRAINING });
    // Whoever asked reads the node's advert next: it must already say so.
    expect(w.states.at(-1)).toBe(WorkerState.DRAINING);
    expect(await send({ undrain: {} })).toMatchObject({ ok: true, message: "active", state: NodeState.NODE_STATE_ACTIVE });
    expect(w.states.at(-1)).toBe(WorkerState.RUNNING);
    w.runner.finish("t1");
    await w.runtime.shutdown();
    await running;
  });
});

describe("JetStream task source back-off", () => {
  /** A consumer that cannot be reached; counts each attempt to recreate it. */
  function unreachable() {
    let recreations = 0;
    const fail = () => Promise.reject(new Error("no responders"));
    const js = { consumers: { get: fail } } as unknown as JetStreamClient;
    const jsm = {
      get consumers() {
        recreations++;
        return { info: fail, add: fail, update: fail };
      },
    } as unknown as JetStreamManager;
    return { js, jsm, recreations: () => recreations };
  }
  const opts = { kind: "gen" as const, backends: ["fake"], consumer: { ackWaitMs: 30_000, maxDeliver: 10, maxAckPending: 100, maxWaiting: 10 } };

  it("an interrupt during the back-off ends it without recreating the consumer", async () => {
    const nats = unreachable();
    // The warning is logged as the back-off begins: interrupt right there, as a drain would.
    const log: Logger = { ...nullLogger, warn: () => src.interrupt() };
    const src: JetStreamTaskSource = new JetStreamTaskSource(nats.js, nats.jsm, opts, log);
    expect(await src.pullBatch("fake", 1, 1000, () => Promise.resolve())).toBe(0);
    expect(nats.recreations()).toBe(0);
  });

  it("a back-off left to run recreates the consumer", async () => {
    const nats = unreachable();
    const src = new JetStreamTaskSource(nats.js, nats.jsm, opts, nullLogger);
    expect(await src.pullBatch("fake", 1, 1000, () => Promise.resolve())).toBe(0);
    expect(nats.recreations()).toBeGreaterThan(0);
  });
});
