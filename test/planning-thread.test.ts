/**
 * The planning thread (the built plan-worker.js) on its own: a spec whose plan needs more memory
 * or time than the coordinator allows ends the thread with an error naming the setting, this
 * process lives on, and the next plan gets a fresh thread. The coordinator plans every spec so.
 */
import { runLimits } from "../services/common/src/limits";
import { chunkRecords } from "../services/coordinator/src/runs/item-chunks";
import { PlanningThreads } from "../services/coordinator/src/runs/planning-thread";
import type { PlanRequest } from "../services/coordinator/src/runs/planner";
import { rejectionOf } from "../services/common/src/testing/rejection";

function request(items: number, maxVideos = 1_000_000): PlanRequest {
  const specYaml = `name: t\nbenchmark: synthetic\nvideo: {frames: 9, fps: 8, width: 64, height: 48}\ngenerator: {backend: noop}\nsynthetic: {items: ${items}, prompts: [a cat, a dog]}\n`;
  return { specYaml, source: { name: `t-${items}.yaml`, baseDir: "/tmp" }, outputRoot: "/out", dataRoots: { roots: [], allowSpecFolder: true }, limits: runLimits(undefined, maxVideos) };
}

test("a plan that outgrows the thread's heap is refused naming coordinator.planning_memory; the next plan works", async () => {
  const planning = new PlanningThreads({ memoryMiB: 48, timeoutMs: 600_000 });
  try {
    const r = await rejectionOf(planning.plan(request(500_000)));
    expect(r.code).toBe("spec_invalid");
    expect(r.message).toBe(
      "planning run spec t-500000.yaml needed more than 48 MiB of memory (coordinator.planning_memory) and was stopped; nothing was created. " +
        "The spec (or a file it names) plans too much: plan fewer videos per run, or raise coordinator.planning_memory",
    );
    const ok = await planning.plan(request(3));
    expect(ok.record.counters?.total).toBe(3);
    expect(ok.chunks.flatMap((c) => [...chunkRecords(c)].map((x) => x.item.itemKey))).toEqual(["item-0000", "item-0001", "item-0002"]);
  } finally {
    await planning.close();
  }
});

test("a plan that takes longer than allowed is stopped naming coordinator.planning_timeout", async () => {
  const slow = new PlanningThreads({ memoryMiB: 1024, timeoutMs: 50 });
  try {
    const r = await rejectionOf(slow.plan(request(300_000)));
    expect(r.code).toBe("timeout");
    expect(r.message).toMatch(/^planning run spec t-300000\.yaml took longer than 50 ms \(coordinator\.planning_timeout\) and was stopped; nothing was created/);
  } finally {
    await slow.close();
  }
});

test("plans wait their turn: two at once both finish, each with its own items; a refusal in the thread comes back as it was made", async () => {
  const planning = new PlanningThreads({ memoryMiB: 1024, timeoutMs: 600_000 });
  try {
    const [a, b, c] = await Promise.allSettled([planning.plan(request(20_000)), planning.plan(request(7)), planning.plan(request(11, 10))]);
    expect(a.status === "fulfilled" && a.value.record.counters?.total).toBe(20_000);
    expect(b.status === "fulfilled" && b.value.record.counters?.total).toBe(7);
    expect(c.status === "rejected" && (c.reason as { code: string }).code).toBe("spec_invalid");
    expect(c.status === "rejected" && (c.reason as Error).message).toContain("11 × 1 = 11 videos; a run may have at most 10 videos");
  } finally {
    await planning.close();
  }
});
