/**
 * A run whose queuing fails, and a coordinator killed while it queues a run, on a real fleet
 * (nats-server, the services as processes, the `framefleet` bin). The failure is provoked for
 * real: an operator's limit on the tasks stream (max_msgs 5, discard new) makes JetStream refuse
 * the sixth task of a 20-task run part-way through its publishing.
 *
 * What must hold: the run ends FAILED with a reason naming what failed (never `planning`
 * forever, never `completed` with nothing done), its queued tasks are withdrawn, the state
 * survives a coordinator SIGKILL and restart, `cancel` ends it, the aggregator writes no report
 * for it, and once the cause is fixed `submit --resume` runs it to the end. A coordinator killed
 * while it queues a large run finishes queuing it after its restart.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { waitFor } from "../services/common/src/abort";
import { decode } from "../services/common/src/codec";
import { stopProcess } from "../services/cli/src/local-fleet";
import { RunState, pb } from "../services/common/src/proto";
import { CONSUMER_AGGREGATOR, KV_ITEMS, KV_RUNS, STREAM_EVENTS, STREAM_TASKS } from "../services/common/src/subjects";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, kvKeys, startTestFleet, writeSpec, type TestFleet } from "./helpers/fleet";

let t: TestFleet;
let jsm: JetStreamManager;

beforeAll(async () => {
  // No workers at first: the queue holds what is published, so the stream limit is met exactly.
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

/** The aggregator has taken (and acked) every event so far: whatever it would write for them is written. */
async function aggregatorCaughtUp(): Promise<void> {
  await waitFor(
    async () => {
      const ci = await jsm.consumers.info(STREAM_EVENTS, CONSUMER_AGGREGATOR);
      return ci.num_pending === 0 && ci.num_ack_pending === 0;
    },
    { timeoutMs: 60_000, intervalMs: 200, what: "the aggregator to take every event" },
  );
}

test("the tasks stream refuses a task part-way: FAILED with why, withdrawn, kept over a SIGKILL, cancellable, no report; resumed once the limit is lifted", async () => {
  await jsm.streams.update(STREAM_TASKS, { max_msgs: 5 });
  const path = writeSpec(t.dir, "full-queue", { items: 20, evaluation: false, simulated: "50ms", frames: 9 });
  const submit = await cli(["submit", path]);
  expectExit(submit, 1);
  expect(submit.stderr).toMatch(/planning failed while queuing tasks \(5 of 20 done\): maximum messages exceeded \(the FF_TASKS stream is full: its max_msgs or max_bytes limit\); the 5 tasks it had queued were removed from the queue/);
  expect(submit.stderr).toContain("framefleet submit --resume");
  const runId = await runIdOf("full-queue");

  const failed = async () => {
    const s = await t.client.getRun(runId);
    expect(s.run?.state).toBe(RunState.RUN_STATE_FAILED);
    expect(s.run?.reason).toMatch(/^planning failed while queuing tasks \(5 of 20 done\): maximum messages exceeded/);
    expect(s.run?.publishedAll).toBe(false);
    return s;
  };
  const before = await failed();
  // Withdrawn: nothing of the run is left for a worker; its records were all written.
  expect((await jsm.streams.info(STREAM_TASKS)).state.messages).toBe(0);
  expect(await kvKeys(await t.nc(), KV_ITEMS, `${runId}.>`)).toHaveLength(20);
  const status = await cli(["status", runId]);
  expectExit(status, 0);
  expect(status.stdout).toMatch(/state\s+failed \(planning failed while queuing tasks/);

  await killCoordinator();
  await restartCoordinator();
  const after = await failed();
  expect(after.run?.reason).toBe(before.run?.reason);
  expect(after.run?.counters).toMatchObject({ total: 20, queued: 20, done: 0 });

  const cancel = await cli(["cancel", runId]);
  expectExit(cancel, 0);
  const cancelled = await t.client.getRun(runId);
  expect(cancelled.run?.state).toBe(RunState.RUN_STATE_CANCELLED);
  expect(cancelled.run?.reason).toBe(`cancelled by user while it was being queued (it had failed: ${before.run?.reason})`);

  // The run never ran: once the aggregator has seen its end, there is no report of it.
  await aggregatorCaughtUp();
  expect(existsSync(join(t.outputRoot, runId, "report.json"))).toBe(false);
  expect((await t.client.getReport(runId, "json")).path).toBe("");

  // The cause fixed (the limit lifted, a worker started), a resume queues every item and runs it.
  await jsm.streams.update(STREAM_TASKS, { max_msgs: -1 });
  t.fleet.startWorker({ role: "gen", node: "gen-late", devices: "sim:2x80GiB" });
  const resumed = await cli(["submit", "--resume", runId, "--wait", "--json"]);
  expectExit(resumed, 0);
  expect(JSON.parse(resumed.stdout)).toMatchObject({ state: "completed", counters: { total: 20, done: 20, failed: 0 } });
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
  const s = await t.client.getRun(runId);
  expect(s.run?.publishedAll).toBe(true);
  expect(s.run?.counters).toMatchObject({ total: 20_000, queued: 20_000 });
  expect(await kvKeys(await t.nc(), KV_ITEMS, `${runId}.>`)).toHaveLength(20_000);
  // Published again after the restart with the same message ids: JetStream kept one of each.
  expect((await jsm.streams.info(STREAM_TASKS)).state.messages).toBe(20_000);
  expect((await stored()).state).toBe(RunState.RUN_STATE_RUNNING);

  const cancel = await cli(["cancel", runId]);
  expectExit(cancel, 0);
  expect(cancel.stdout).toContain("20000 tasks removed from the queue");
});
