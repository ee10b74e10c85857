/**
 * Admission across faults, on a real fleet: a coordinator SIGKILLed while runs are partly
 * admitted admits the rest after its restart, each item done once; a partly admitted run that is
 * cancelled leaves the work queue and never publishes what it had waiting, while another run on
 * the same devices goes on to the end.
 */
import { join } from "node:path";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { waitFor } from "../services/common/src/abort";
import { decode } from "../services/common/src/codec";
import { stopProcess } from "../services/cli/src/local-fleet";
import { ItemState, RunState, pb } from "../services/common/src/proto";
import { STREAM_TASKS, taskSubject } from "../services/common/src/subjects";
import type { TaskKindName } from "../services/common/src/task-kind";
import { finalReport, startTestFleet, submitSpec, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { itemRecords } from "./helpers/records";

let t: TestFleet | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function submit(fleet: TestFleet, name: string, items: number, simulated: string, evaluation: boolean): Promise<string> {
  const spec = writeSpec(fleet.dir, name, { items, frames: 9, simulated, evaluation });
  return (await submitSpec(fleet, spec)).runId;
}

/** Tasks of the run in the work queue (published, not yet acked). */
async function inQueue(jsm: JetStreamManager, kind: TaskKindName, backend: string, runId: string): Promise<number> {
  const subject = taskSubject(kind, backend, runId);
  const info = await jsm.streams.info(STREAM_TASKS, { subjects_filter: subject });
  return info.state.subjects?.[subject] ?? 0;
}

test("a coordinator SIGKILLed while a run is partly admitted admits the rest after its restart: every video once, no item run twice", async () => {
  t = await startTestFleet([
    { role: "gen", node: "gen-a", devices: "sim:2x80GiB" },
    { role: "eval", node: "eval-a", devices: "cpu:1" },
  ]);
  const fleet = t;
  const jsm = await jetstreamManager(await t.nc());
  const runId = await submit(t, "killed-mid-admission", 30, "300ms", true);
  const partly = await waitFor(
    async () => {
      const s = await fleet.client.getRun(runId);
      return (s.run?.counters?.done ?? 0) >= 3 && s.waiting >= 10 ? s : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100, what: "the run to be partly admitted" },
  );
  // Never more in the work queue than the window: 2 devices + 2 for generation, 1 + 2 for evaluation.
  expect(partly.admitted).toBeLessThanOrEqual(4 + 3);
  const coordinator = t.fleet.services.get("coordinator");
  if (!coordinator) throw new Error("no coordinator");
  await stopProcess(coordinator.child, 1000, "SIGKILL");
  expect(coordinator.child.signalCode).toBe("SIGKILL");
  // With no coordinator, the workers finish what was admitted and nothing more enters the queue.
  await waitFor(async () => (await inQueue(jsm, "gen", "synthetic", runId)) + (await inQueue(jsm, "eval", "cpu-metrics", runId)) === 0, {
    timeoutMs: 60_000,
    intervalMs: 200,
    what: "the admitted tasks to be taken",
  });
  const atRestart = [...(await itemRecords(await t.nc(), runId)).values()];
  expect(atRestart.filter((r) => r.state === ItemState.ITEM_STATE_QUEUED && !r.admitted).length).toBeGreaterThan(0);

  t.fleet.restart("coordinator");
  const final = await waitForRun(t.client, runId, 180_000);
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  const report = await finalReport(t.client, runId);
  expect(report.counts).toMatchObject({ total: 30, done: 30, failed: 0 });
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), { frames: 9, fps: 8, width: 64, height: 48 });
  // An attempt beyond the first would be explained by an error in the item's history; there is none.
  for (const rec of (await itemRecords(await t.nc(), runId)).values()) {
    expect({ task: rec.taskId, attempts: rec.attempts, errors: rec.errors.map((e) => e.message) }).toEqual({ task: rec.taskId, attempts: 1, errors: [] });
    expect(rec.admitted).toBe(false);
  }
});

test("cancelling a partly admitted run empties its place in the work queue, never publishes what it had waiting, and another run completes", async () => {
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:2x80GiB" }]);
  const fleet = t;
  const nc = await t.nc();
  const jsm = await jetstreamManager(nc);
  // Every task published, as the work queue's subscribers see it (JetStream publishes are plain NATS messages too).
  const published: { subject: string; taskId: string; at: number }[] = [];
  const sub = nc.subscribe("ff.task.gen.synthetic.>", {
    callback: (_err, m) => {
      published.push({ subject: m.subject, taskId: decode(pb.Task, m.data).taskId, at: Date.now() });
    },
  });
  const long = await submit(t, "long-cancelled", 20, "3s", false);
  await waitFor(async () => (await fleet.client.getRun(long)).running.length >= 2, { timeoutMs: 60_000, intervalMs: 100, what: "the long run to hold both devices" });
  const other = await submit(t, "short-other", 6, "300ms", false);
  await waitFor(async () => (await fleet.client.getRun(other)).waiting > 0 || (await fleet.client.getRun(other)).admitted > 0, { timeoutMs: 30_000, what: "the other run to be in admission" });

  const before = await t.client.getRun(long);
  expect(before.waiting).toBeGreaterThan(0);
  const cancel = await t.client.cancelRun(long);
  const cancelledAt = Date.now();
  expect(cancel.ok).toBe(true);
  expect(await inQueue(jsm, "gen", "synthetic", long)).toBe(0);

  const final = await waitForRun(t.client, other, 120_000);
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(final.run?.counters).toMatchObject({ total: 6, done: 6, failed: 0 });
  await nc.flush();
  sub.unsubscribe();

  const longSubject = taskSubject("gen", "synthetic", long);
  const ofLong = published.filter((p) => p.subject === longSubject);
  // Nothing of the cancelled run was published after its cancel, and what it had waiting never was.
  expect(ofLong.filter((p) => p.at > cancelledAt)).toEqual([]);
  const publishedIds = new Set(ofLong.map((p) => p.taskId));
  expect(publishedIds.size).toBeLessThan(20);
  const records = await itemRecords(nc, long);
  expect(records.size).toBe(20);
  for (const rec of records.values()) {
    if (rec.state === ItemState.ITEM_STATE_DONE) continue;
    expect(rec.state).toBe(ItemState.ITEM_STATE_FAILED);
    expect(rec.errors.at(-1)?.message).toBe("the run was cancelled");
    if (!publishedIds.has(rec.taskId)) expect(Number(rec.genTimings?.startedAtMs ?? 0)).toBe(0);
  }
  expect((await t.client.getRun(long)).run?.state).toBe(RunState.RUN_STATE_CANCELLED);
  expect(published.filter((p) => p.subject === taskSubject("gen", "synthetic", other)).length).toBeGreaterThanOrEqual(6);
});
