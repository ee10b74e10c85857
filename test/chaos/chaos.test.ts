/**
 * The chaos suite (`npm run test:chaos`): a 300-video run while processes die around it.
 *
 * Single server: SIGKILL a random generator worker every few seconds and restart it; SIGKILL
 * and restart the coordinator; SIGKILL and restart nats-server (file store); drain a node with a
 * deadline shorter than its running tasks, then undrain it. Cluster: the same on a 3-node
 * JetStream cluster with R3 streams, killing the FF_TASKS stream leader instead.
 *
 * Every item must end done, each output committed exactly once, every file valid, no temporary
 * file left, and the run's counters equal to its item states.
 */
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { delay, waitFor } from "../../services/common/src/abort";
import { startNatsCluster, type NatsClusterHandle } from "../../services/common/src/nats/server-process";
import { RunState, TaskKind } from "../../services/common/src/proto";
import { STREAM_TASKS } from "../../services/common/src/subjects";
import { freePort, stopProcess, type WorkerSpec } from "../../services/cli/src/local-fleet";
import { dumpLogs, finalReport, startTestFleet, submitSpec, waitForRun, writeSpec, type TestFleet } from "../helpers/fleet";
import { expectEveryOutputExactlyOnce } from "../helpers/outputs";

const ITEMS = 300;
const GEN_NODES = ["gen-a", "gen-b", "gen-c"];
// Short leases so that a killed worker's tasks come back within seconds.
const WORKER_ARGS = ["--ack-wait", "4s", "--drain-deadline", "1s"];

function workers(): WorkerSpec[] {
  return [
    ...GEN_NODES.map((node) => ({ role: "gen" as const, node, devices: "sim:2x80GiB", args: WORKER_ARGS })),
    { role: "eval", node: "eval-a", devices: "cpu:2", args: WORKER_ARGS },
  ];
}

/** Kills and restarts random generator workers until stopped; returns what it did. */
function killWorkersEvery(t: TestFleet, everyMs: number): { stop(): Promise<string[]> } {
  const log: string[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await delay(everyMs);
      if (stopped) break;
      const node = GEN_NODES[Math.floor(Math.random() * GEN_NODES.length)] as string;
      const s = t.fleet.services.get(`worker-${node}`);
      if (!s) continue;
      await stopProcess(s.child, 1000, "SIGKILL");
      log.push(`SIGKILL ${node}`);
      await delay(500 + Math.random() * 1000);
      t.fleet.restart(`worker-${node}`);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return log;
    },
  };
}

async function restartCoordinator(t: TestFleet, log: string[]): Promise<void> {
  await stopProcess(t.fleet.services.get("coordinator")!.child, 1000, "SIGKILL");
  log.push("SIGKILL coordinator");
  await delay(2000);
  t.fleet.restart("coordinator");
}

/** Drains a node that is running at least one task, with a deadline shorter than the tasks; undrains it later. */
async function drainBusyNode(t: TestFleet, runId: string, log: string[]): Promise<void> {
  const status = await waitFor(async () => {
    const s = await t.client.getRun(runId).catch(() => undefined);
    return s?.running.find((r) => r.kind === TaskKind.TASK_KIND_GEN && GEN_NODES.includes(r.node)) ? s : undefined;
  }, { timeoutMs: 30_000, what: "a busy generator node" });
  const node = status.running.find((r) => r.kind === TaskKind.TASK_KIND_GEN)?.node as string;
  await t.client.drainNode({ node, deadlineMs: 300, undrain: false }).catch((err: Error) => log.push(`drain ${node} failed: ${err.message}`));
  log.push(`drain ${node} (deadline 300 ms)`);
  await delay(6000);
  await t.client.drainNode({ node, deadlineMs: 0, undrain: true }).catch((err: Error) => log.push(`undrain ${node} failed: ${err.message}`));
  log.push(`undrain ${node}`);
}

async function submit(t: TestFleet, name: string) {
  const spec = writeSpec(t.dir, name, { items: ITEMS, frames: 9, simulated: "200ms-2500ms" });
  return submitSpec(t, spec);
}

async function expectIntact(t: TestFleet, runId: string, log: string[]): Promise<void> {
  const final = await waitForRun(t.client, runId, 15 * 60_000).catch((err: Error) => {
    throw new Error(`${err.message}\nfaults: ${log.join(", ")}\n${dumpLogs(join(t.dir, "logs"), 15)}`);
  });
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  const report = await finalReport(t.client, runId);
  expect(report.counts).toMatchObject({ total: ITEMS, done: ITEMS, failed: 0 });
  // The run's counters (moved with every event) equal the item states (recounted from the records).
  expect(final.run?.counters).toMatchObject({ total: report.counts.total, done: report.counts.done, failed: report.counts.failed, queued: 0, running: 0, generated: 0, evaluating: 0 });
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), { frames: 9, fps: 8, width: 64, height: 48 });
  const redone = report.items.filter((i) => i.attempts > 1).length;
  process.stdout.write(`chaos: ${ITEMS} items done; ${redone} needed more than one attempt; faults: ${log.join(", ")}\n`);
  // The faults really hit running work.
  expect(redone).toBeGreaterThan(0);
}

test("single nats-server: workers, the coordinator and nats-server killed mid-run, a node drained", async () => {
  const t = await startTestFleet(workers(), { logLevel: "info" });
  const log: string[] = [];
  try {
    const sub = await submit(t, "chaos-single");
    const killer = killWorkersEvery(t, 4000);
    await delay(6000);
    await restartCoordinator(t, log);
    await delay(6000);
    const nats = t.fleet.nats;
    if (!nats) throw new Error("no nats-server");
    await nats.kill();
    log.push("SIGKILL nats-server");
    await delay(1000);
    t.fleet.nats = await nats.restart();
    await delay(4000);
    await drainBusyNode(t, sub.runId, log);
    await waitForRun(t.client, sub.runId, 15 * 60_000).catch(() => undefined);
    log.push(...(await killer.stop()));
    await expectIntact(t, sub.runId, log);
  } finally {
    await t.close();
  }
});

test("3-node cluster with R3 streams: the FF_TASKS stream leader is killed mid-run", async () => {
  let cluster: NatsClusterHandle | undefined = await startNatsCluster(3, { freePort });
  const t = await startTestFleet(workers(), { logLevel: "info", natsUrl: cluster.url, env: { FRAMEFLEET_NATS_REPLICAS: "3" } });
  const log: string[] = [];
  try {
    const sub = await submit(t, "chaos-cluster");
    const killer = killWorkersEvery(t, 5000);
    await delay(8000);
    const jsm = await jetstreamManager(await t.nc());
    const leader = (await jsm.streams.info(STREAM_TASKS)).cluster?.leader ?? "";
    expect((await jsm.streams.info(STREAM_TASKS)).config.num_replicas).toBe(3);
    const i = cluster.names.indexOf(leader);
    expect(i).toBeGreaterThanOrEqual(0);
    const victim = cluster.servers[i]!;
    await victim.kill();
    log.push(`SIGKILL stream leader ${leader}`);
    await delay(3000);
    cluster.servers[i] = await victim.restart();
    log.push(`restarted ${leader}`);
    await restartCoordinator(t, log);
    await waitForRun(t.client, sub.runId, 15 * 60_000).catch(() => undefined);
    log.push(...(await killer.stop()));
    await expectIntact(t, sub.runId, log);
  } finally {
    await t.close();
    await cluster?.stop();
    cluster = undefined;
  }
});
