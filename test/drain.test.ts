/**
 * Drain and worker faults without losing work: the acceptance points of issue 4, on a real fleet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { HandbackReason, NodeState, RunState, TaskKind } from "../services/common/src/proto";
import { stopProcess } from "../services/cli/src/local-fleet";
import { finalReport, startTestFleet, submitSpec, TWO_GEN_ONE_EVAL, waitForRun, waitForRunWithLogs, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { itemRecords } from "./helpers/records";

async function submit(t: TestFleet, name: string, items: number, simulated: string) {
  const spec = writeSpec(t.dir, name, { items, frames: 9, simulated });
  return submitSpec(t, spec);
}

/** Waits until `n` generation tasks of the run run on `node`. */
async function runningOn(t: TestFleet, runId: string, node: string, n: number) {
  await waitFor(
    async () => (await t.client.getRun(runId)).running.filter((r) => r.kind === TaskKind.TASK_KIND_GEN && r.node === node).length >= n,
    { timeoutMs: 30_000, intervalMs: 50, what: `${n} tasks running on ${node}` },
  );
}

async function nodeState(t: TestFleet, node: string) {
  return (await t.client.listNodes()).nodes.find((n) => n.advert?.node === node)?.advert?.state;
}

/** A fleet where gen-a takes the work first and gen-b joins once the tasks are running. */
async function fleetWithLateSecondNode(workerArgs: string[] = []) {
  const t = await startTestFleet([
    { role: "gen", node: "gen-a", devices: "sim:2x80GiB", args: workerArgs },
    { role: "eval", node: "eval-a", devices: "cpu:2" },
  ]);
  return {
    t,
    async addSecondNode() {
      t.fleet.startWorker({ role: "gen", node: "gen-b", devices: "sim:2x80GiB", args: workerArgs });
      await waitFor(async () => (await nodeState(t, "gen-b")) === NodeState.NODE_STATE_ACTIVE, { timeoutMs: 20_000, what: "gen-b to start" });
    },
  };
}

describe("drain", () => {
  let t: TestFleet;
  let addSecondNode: () => Promise<void>;
  beforeEach(async () => {
    ({ t, addSecondNode } = await fleetWithLateSecondNode());
  });
  afterEach(async () => t?.close());

  test("a deadline shorter than the running tasks' remaining time hands both back within 1 s, and another node finishes them", async () => {
    const sub = await submit(t, "drain-short", 2, "8s");
    await runningOn(t, sub.runId, "gen-a", 2);
    await addSecondNode();
    const decidedAt = Date.now();
    const reply = await t.client.drainNode({ node: "gen-a", deadlineMs: 2000, undrain: false });
    expect(reply.ok).toBe(true);
    await waitFor(async () => (await nodeState(t, "gen-a")) === NodeState.NODE_STATE_DRAINED, { timeoutMs: 5000, what: "gen-a drained" });
    const final = await waitForRun(t.client, sub.runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ done: 2, failed: 0 });
    const items = await itemRecords(await t.nc(), sub.runId);
    for (const item of report.items) {
      expect(item.node).toBe("gen-b");
      expect(item.attempts).toBe(2);
      // Handed back by gen-a within 1 s of the decision (the hand-back is in the item's history).
      const handback = items.get(item.task_id)?.errors.find((e) => e.handbackReason === HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE);
      expect(handback?.node).toBe("gen-a");
      expect((handback?.atMs ?? Infinity) - decidedAt).toBeLessThan(1000);
    }
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), { frames: 9, fps: 8, width: 64, height: 48 });
  });

  test("a deadline that fits lets the running tasks finish on the draining node, which then takes no work", async () => {
    const sub = await submit(t, "drain-fits", 2, "3s");
    await runningOn(t, sub.runId, "gen-a", 2);
    await addSecondNode();
    await t.client.drainNode({ node: "gen-a", deadlineMs: 60_000, undrain: false });
    expect(await nodeState(t, "gen-a")).toBe(NodeState.NODE_STATE_DRAINING);
    await waitForRun(t.client, sub.runId);
    const report = await finalReport(t.client, sub.runId);
    for (const item of report.items) expect([item.node, item.attempts]).toEqual(["gen-a", 1]);
    await waitFor(async () => (await nodeState(t, "gen-a")) === NodeState.NODE_STATE_DRAINED, { timeoutMs: 5000, what: "gen-a drained" });

    // Drained means drained: new work goes to gen-b only, until undrain.
    const next = await submit(t, "after-drain", 3, "200ms");
    await waitForRun(t.client, next.runId);
    expect((await finalReport(t.client, next.runId)).items.every((i) => i.node === "gen-b")).toBe(true);
    await t.client.drainNode({ node: "gen-a", deadlineMs: 0, undrain: true });
    expect(await nodeState(t, "gen-a")).toBe(NodeState.NODE_STATE_ACTIVE);
  });
});

describe("SIGTERM and SIGKILL", () => {
  test("SIGTERM drains with the configured deadline: long tasks are handed back at once and the worker exits 0", async () => {
    const { t, addSecondNode } = await fleetWithLateSecondNode(["--drain-deadline", "1s"]);
    try {
      const sub = await submit(t, "sigterm", 2, "8s");
      await runningOn(t, sub.runId, "gen-a", 2);
      await addSecondNode();
      const worker = t.fleet.services.get("worker-gen-a");
      const sentAt = Date.now();
      const code = await stopProcess(worker!.child, 10_000, "SIGTERM");
      expect(code).toBe(0);
      expect(Date.now() - sentAt).toBeLessThan(3000);
      await waitForRun(t.client, sub.runId);
      const report = await finalReport(t.client, sub.runId);
      expect(report.counts).toMatchObject({ done: 2, failed: 0 });
      const items = await itemRecords(await t.nc(), sub.runId);
      for (const item of report.items) {
        const handback = items.get(item.task_id)?.errors.find((e) => e.handbackReason === HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE);
        expect((handback?.atMs ?? Infinity) - sentAt).toBeLessThan(1000);
        expect(item.node).toBe("gen-b");
      }
    } finally {
      await t.close();
    }
  });

  test("a worker killed with SIGKILL: its tasks are redone elsewhere within ack_wait + a few seconds, with no duplicate commit", async () => {
    const { t, addSecondNode } = await fleetWithLateSecondNode(["--ack-wait", "3s"]);
    try {
      const sub = await submit(t, "sigkill", 2, "6s");
      await runningOn(t, sub.runId, "gen-a", 2);
      await addSecondNode();
      const killedAt = Date.now();
      await stopProcess(t.fleet.services.get("worker-gen-a")!.child, 1000, "SIGKILL");
      await waitForRunWithLogs(t, sub.runId);
      const report = await finalReport(t.client, sub.runId);
      expect(report.counts).toMatchObject({ done: 2, failed: 0 });
      for (const item of report.items) {
        expect(item.node).toBe("gen-b");
        const restart = Date.parse(item.started_at as string) - killedAt;
        expect(restart).toBeLessThan(3000 + 3000);
      }
      await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), { frames: 9, fps: 8, width: 64, height: 48 });
    } finally {
      await t.close();
    }
  });
});

describe("cancel", () => {
  test("stops that run's tasks fleet-wide and nothing else", async () => {
    const t = await startTestFleet(TWO_GEN_ONE_EVAL);
    try {
      const doomed = await submit(t, "doomed", 12, "4s");
      const kept = await submit(t, "kept", 6, "300ms");
      await waitFor(async () => (await t.client.getRun(doomed.runId)).running.length >= 2, { timeoutMs: 20_000, what: "doomed tasks running" });
      const cancelledAt = Date.now();
      const r = await t.client.cancelRun(doomed.runId);
      expect(r.purgedTasks).toBeGreaterThan(0);
      const doomedFinal = await t.client.getRun(doomed.runId);
      expect(doomedFinal.run?.state).toBe(RunState.RUN_STATE_CANCELLED);
      expect(doomedFinal.run?.counters).toMatchObject({ queued: 0, running: 0, failed: 12 - (doomedFinal.run?.counters?.done ?? 0) });
      expect(doomedFinal.running).toEqual([]);
      const keptFinal = await waitForRun(t.client, kept.runId);
      expect(keptFinal.run?.counters).toMatchObject({ total: 6, done: 6, failed: 0 });
      // The running tasks were stopped at once, not left to run their 4 s: when the workers say
      // so (their log time), not when this test got round to looking after the other run ended.
      const stoppedAt = await waitFor(
        () => {
          const logs = ["worker-gen-a", "worker-gen-b"].map((n) => readFileSync(join(t.dir, "logs", `${n}.log`), "utf8")).join("");
          const line = logs.split("\n").find((l) => l.includes('"message":"task cancelled with its run"'));
          return line ? Date.parse((JSON.parse(line) as { timestamp: string }).timestamp) : undefined;
        },
        { timeoutMs: 3000, what: "the workers to stop the cancelled tasks" },
      );
      expect(stoppedAt - cancelledAt).toBeLessThan(4000);
      const report = await finalReport(t.client, doomed.runId);
      expect(report.run.state).toBe("cancelled");
      expect(report.failures.every((f) => f.errors.at(-1)?.code === "cancelled")).toBe(true);
    } finally {
      await t.close();
    }
  });
});
