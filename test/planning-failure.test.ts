/**
 * A run whose queuing fails, a run the work queue refuses, and a coordinator killed while it
 * queues a run, on a real fleet (nats-server, the services as processes, the `framefleet` bin).
 * Queuing writes a run's item records and hands its tasks to admission, which publishes them a
 * few at a time; so the failures are provoked for real where each now happens:
 *
 * - an operator's limit on the item records' bucket (KV_ff_items max_msgs, discard new) makes
 *   JetStream refuse the sixth record of a 20-item run part-way through its writing. The run ends
 *   FAILED with a reason naming what failed (never `planning` forever, never `completed` with
 *   nothing done), nothing of it is in the work queue, the state survives a coordinator SIGKILL
 *   and restart, `cancel` ends it, the aggregator writes no report for it, and once the cause is
 *   fixed `submit --resume` runs it to the end;
 * - a limit on the tasks stream (max_msgs 1) is met by admission, not queuing: the run waits,
 *   RUNNING, its status says why, and it goes on once the limit is lifted.
 *
 * A coordinator killed while it queues a large run finishes queuing it after its restart.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DiscardPolicy, jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { waitFor } from "../services/common/src/abort";
import { decode } from "../services/common/src/codec";
import { stopProcess } from "../services/cli/src/local-fleet";
import { RunState, pb } from "../services/common/src/proto";
import { CONSUMER_AGGREGATOR, KV_ITEMS, KV_RUNS, STREAM_FEED, STREAM_TASKS } from "../services/common/src/subjects";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, kvKeys, startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";

let t: TestFleet;
let jsm: JetStreamManager;

beforeAll(async () => {
  // No workers at first: the queue holds what is admitted, so the stream limit is met exactly.
  t = await startTestFleet([]);
  jsm = await jetstreamManager(await t.nc());
});

afterAll(async () => {
  await t?.close();
});

const cli = (args: string[]): Promise<CliResult> => framefleet([...args, "--api", t.fleet.apiAddress], { timeoutMs: 180_000 });

function expectExit(r: CliResult, code: number): void {
  if (r.code !== code) throw new Error(`framefleet exited ${r.code}, expected ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}\n${dumpLogs(join(t.dir, "logs"))}`);
}

async function runIdOf(name: string): Promise<string> {
  const { runs } = await t.client.listRuns();
  const id = runs.find((r) => r.run?.name === name)?.run?.runId;
  if (!id) throw new Error(`no run named ${name}`);
  return id;
}

async function killCoordinator(): Promise<void> {
  const c = t.fleet.services.get("coordinator");
  if (!c) throw new Error("no coordinator");
  await stopProcess(c.child, 1000, "SIGKILL");
  expect(c.child.signalCode).toBe("SIGKILL");
}

/** A restart that answers again. */
async function restartCoordinator(): Promise<void> {
  t.fleet.restart("coordinator");
  await waitFor(async () => (await t.client.listRuns()).runs, { timeoutMs: 60_000, intervalMs: 200, what: "the restarted coordinator to answer" });
}

/** The generation worker the runs here finish on, started once there is something for it to finish. */
function startWorker(): void {
  if (!t.fleet.services.has("worker-gen-late")) t.fleet.startWorker({ role: "gen", node: "gen-late", devices: "sim:2x80GiB" });
}

/** The aggregator has taken (and acked) every event so far: whatever it would write for them is written. */
async function aggregatorCaughtUp(): Promise<void> {
  await waitFor(
    async () => {
      const ci = await jsm.consumers.info(STREAM_FEED, CONSUMER_AGGREGATOR);
      return ci.num_pending === 0 && ci.num_ack_pending === 0;
    },
    { timeoutMs: 60_000, intervalMs: 200, what: "the aggregator to take every event" },
  );
}

test("a full work queue makes a run wait, not fail: its status says the queue refuses its tasks, and it completes once the limit is lifted", async () => {
  // No worker: the one task the stream takes stays there, and the next is refused.
  await jsm.streams.update(STREAM_TASKS, { max_msgs: 1 });
  const path = writeSpec(t.dir, "queue-refuses", { items: 6, evaluation: false, simulated: "50ms", frames: 9 });
  expectExit(await cli(["submit", path]), 0);
  const runId = await runIdOf("queue-refuses");
  const waiting = await waitFor(
    async () => {
      const s = await t.client.getRun(runId);
      return /refuses/.test(s.waitingReason) ? s : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100, what: "the run to wait for the work queue" },
  );
  expect(waiting.waitingReason).toMatch(/^the work queue refuses tasks of gen backend "synthetic": maximum messages exceeded/);
  expect(waiting.run?.state).toBe(RunState.RUN_STATE_RUNNING);
  expect(waiting.run?.reason).toBe("");
  expect({ admitted: waiting.admitted, waiting: waiting.waiting }).toEqual({ admitted: 1, waiting: 5 });
  expect((await jsm.streams.info(STREAM_TASKS)).state.messages).toBe(1);

  await jsm.streams.update(STREAM_TASKS, { max_msgs: -1 });
  startWorker();
  const done = await waitForRun(t.client, runId);
  expect(done.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(done.run?.counters).toMatchObject({ total: 6, done: 6, failed: 0 });
});

test("the item records' bucket refuses a record part-way: FAILED with why, nothing queued, kept over a SIGKILL, cancellable, no report; resumed once the limit is lifted", async () => {
  const itemsStream = `KV_${KV_ITEMS}`;
  const held = (await jsm.streams.info(itemsStream)).state.messages;
  await jsm.streams.update(itemsStream, { max_msgs: held + 5, discard: DiscardPolicy.New });
  const path = writeSpec(t.dir, "full-bucket", { items: 20, evaluation: false, simulated: "50ms", frames: 9 });
  const submit = await cli(["submit", path]);
  expectExit(submit, 1);
  expect(submit.stderr).toMatch(/planning failed while writing item records \(5 of 20 done\): maximum messages exceeded \(the KV_ff_items stream is full: its max_msgs or max_bytes limit\)\. Fix the cause/);
  expect(submit.stderr).toContain("framefleet submit --resume");
  const runId = await runIdOf("full-bucket");

  const failed = async () => {
    const s = await t.client.getRun(runId);
    expect(s.run?.state).toBe(RunState.RUN_STATE_FAILED);
    expect(s.run?.reason).toMatch(/^planning failed while writing item records \(5 of 20 done\): maximum messages exceeded/);
    expect(s.run?.publishedAll).toBe(false);
    return s;
  };
  const before = await failed();
  // Nothing of the run reached the work queue: it never got as far as admission.
  expect((await jsm.streams.info(STREAM_TASKS, { subjects_filter: `ff.task.*.*.${runId}` })).state.messages).toBe(0);
  expect(await kvKeys(await t.nc(), KV_ITEMS, `${runId}.>`)).toHaveLength(5);
  const status = await cli(["status", runId]);
  expectExit(status, 0);
  expect(status.stdout).toMatch(/state\s+failed \(planning failed while writing item records/);

  await killCoordinator();
  await restartCoordinator();
  const after = await failed();
  expect(after.run?.reason).toBe(before.run?.reason);
  expect(after.run?.counters).toMatchObject({ total: 20, done: 0 });

  const cancel = await cli(["cancel", runId]);
  expectExit(cancel, 0);
  const cancelled = await t.client.getRun(runId);
  expect(cancelled.run?.state).toBe(RunState.RUN_STATE_CANCELLED);
  expect(cancelled.run?.reason).toBe(`cancelled by user while it was being queued (it had failed: ${before.run?.reason})`);
  // The 15 items it never recorded are still counted: a resume must find them.
  expect(cancelled.run?.counters).toMatchObject({ total: 20, failed: 5, queued: 15 });

  // The run never ran: once the aggregator has seen its end, there is no report of it.
  await aggregatorCaughtUp();
  expect(existsSync(join(t.outputRoot, runId, "report.json"))).toBe(false);
  expect((await t.client.getReport(runId, "json")).path).toBe("");

  // The cause fixed (the limit lifted), a resume writes the missing records, queues every item and runs it.
  await jsm.streams.update(itemsStream, { max_msgs: -1 });
  startWorker();
  const resumed = await cli(["submit", "--resume", runId, "--wait", "--json"]);
  expectExit(resumed, 0);
  expect(JSON.parse(resumed.stdout)).toMatchObject({ state: "completed", counters: { total: 20, done: 20, failed: 0 } });
  expect(await kvKeys(await t.nc(), KV_ITEMS, `${runId}.>`)).toHaveLength(20);
  expect(existsSync(join(t.outputRoot, runId, "report.json"))).toBe(true);
});

test("a coordinator SIGKILLed while it queues a large run finishes queuing it after its restart: every item and task, none twice", async () => {
  // A backend no worker serves: the tasks stay in the queue, to be counted.
  const path = writeSpec(t.dir, "killed-while-queuing", { items: 20_000, evaluation: false, simulated: "50ms" });
  writeFileSync(path, readFileSync(path, "utf8").replace("backend: synthetic", "backend: nobody-serves-this"));
  const submitting = cli(["submit", path]);
  const runId = await waitFor(
    async () => {
      const { runs } = await t.client.listRuns();
      const r = runs.find((x) => x.run?.name === "killed-while-queuing");
      return r?.run?.state === RunState.RUN_STATE_PLANNING ? r.run.runId : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 50, what: "the run to be queuing" },
  );
  await killCoordinator();
  // The kill came while it was queued: its durable record says PLANNING, not all tasks queued.
  const runs = await new Kvm(await t.nc()).open(KV_RUNS);
  const stored = async () => {
    const e = await runs.get(runId);
    if (!e) throw new Error(`no record of ${runId}`);
    return decode(pb.RunRecord, e.value);
  };
  expect(await stored()).toMatchObject({ state: RunState.RUN_STATE_PLANNING, publishedAll: false });
  expect((await submitting).code).not.toBe(0);
  await restartCoordinator();

  await waitFor(async () => (await t.client.getRun(runId)).run?.state === RunState.RUN_STATE_RUNNING, { timeoutMs: 120_000, intervalMs: 250, what: "the run to be fully queued" });
  // Queued means handed to admission: with no device serving the backend, 2 tasks enter the
  // work queue (the window's least) and the rest wait in the coordinator.
  const s = await waitFor(
    async () => {
      const x = await t.client.getRun(runId);
      return x.admitted === 2 ? x : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: "admission to fill the window" },
  );
  expect(s.run?.publishedAll).toBe(true);
  expect(s.run?.counters).toMatchObject({ total: 20_000, queued: 20_000 });
  expect(s.waiting).toBe(19_998);
  expect(s.waitingReason).toBe('no live node serves gen backend "nobody-serves-this"');
  expect(await kvKeys(await t.nc(), KV_ITEMS, `${runId}.>`)).toHaveLength(20_000);
  const subject = `ff.task.gen.nobody-serves-this.${runId}`;
  expect((await jsm.streams.info(STREAM_TASKS, { subjects_filter: subject })).state.subjects?.[subject]).toBe(2);
  expect((await stored()).state).toBe(RunState.RUN_STATE_RUNNING);

  const cancel = await cli(["cancel", runId]);
  expectExit(cancel, 0);
  expect(cancel.stdout).toContain("2 tasks removed from the queue");
});
