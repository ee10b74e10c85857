import type { JsMsg } from "@nats-io/jetstream";
import { Registry } from "prom-client";
import { CancelReason } from "../../common/src/errors";
import { nullLogger } from "../../common/src/log";
import { BackendPool } from "./backend-pool";
import { DeviceSlots, ownUsage } from "./device-slots";
import { RunningTask } from "./running-task";
import { createWorkerMetrics } from "./runtime-metrics";

const msg = { working: () => undefined } as unknown as JsMsg;

describe("device slots", () => {
  const tasks: RunningTask[] = [];
  const task = (taskId: string, device: string, runId = "r1") => {
    const rt = new RunningTask(msg, taskId, runId, "item-0001", "fake", device, 60_000);
    tasks.push(rt);
    return rt;
  };
  afterEach(() => tasks.splice(0).forEach((rt) => rt.stop()));

  it("keeps one record: busy until released, in flight until finished, and the busy gauge follows", async () => {
    const metrics = createWorkerMetrics(new Registry());
    const slots = new DeviceSlots(metrics, "gen");
    const own = ownUsage(new BackendPool([], nullLogger), slots);
    let freed = 0;
    slots.onFreed(() => freed++);
    const a = task("a", "GPU-0");
    slots.occupy(a);
    expect([own.busy("GPU-0"), slots.inFlight, slots.runningOn("GPU-0")]).toEqual([true, 1, a]);
    slots.release(a);
    slots.release(a);
    expect([own.busy("GPU-0"), slots.inFlight, freed]).toEqual([false, 1, 1]);
    expect((await metrics.deviceBusy.get()).values.find((v) => v.labels.device === "GPU-0")?.value).toBe(0);
    slots.finish(a);
    expect(slots.inFlight).toBe(0);
  });

  it("preempts only a task still in its backend, and cancels a run's tasks with their reasons", () => {
    const slots = new DeviceSlots(createWorkerMetrics(new Registry()), "gen");
    const finishing = task("f", "GPU-0");
    const other = task("o", "GPU-1", "r2");
    const mine = task("m", "GPU-2");
    for (const rt of [finishing, other, mine]) slots.occupy(rt);
    slots.release(finishing);
    expect(slots.preempt("f", "", "run r9", nullLogger)).toBe(false);
    expect(slots.preempt("o", "r2", "run r9", nullLogger)).toBe(true);
    expect(other.cancellation).toMatchObject({ reason: CancelReason.PREEMPTED, message: "handed back: preempted for run r9" });
    slots.cancelRun("r1");
    expect([finishing.cancellation, mine.cancellation?.reason]).toEqual([undefined, CancelReason.RUN_CANCELLED]);
  });

  it("hands back at the drain only what cannot finish in time, then everything still running", () => {
    const slots = new DeviceSlots(createWorkerMetrics(new Registry()), "gen");
    const slow = task("slow", "GPU-0");
    const quick = task("quick", "GPU-1");
    slots.occupy(slow);
    slots.occupy(quick);
    quick.setProgress(0.99);
    slots.handBackSlowerThan(1000, () => 600_000, nullLogger);
    expect([slow.cancellation?.reason, quick.cancellation]).toEqual([CancelReason.DRAIN_DEADLINE, undefined]);
    slots.handBackAll();
    expect(quick.cancellation?.reason).toBe(CancelReason.DRAIN_DEADLINE);
  });

  it("cools a device down until the time given", () => {
    const slots = new DeviceSlots(createWorkerMetrics(new Registry()), "gen");
    slots.coolDown("GPU-3", 12_345);
    expect([slots.coolingUntil("GPU-3"), slots.coolingUntil("GPU-4")]).toEqual([12_345, 0]);
  });
});
