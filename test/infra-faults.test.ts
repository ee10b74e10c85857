/**
 * Infrastructure faults are not the task's fault (issue 17): nats-server restarted (store kept)
 * three times while one long generation runs, and once more right as the backend finishes, so the
 * output commit meets a server that is down or still recovering. The item must end done on its
 * first attempt, its video committed once, and the worker must say it retried the control plane.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { connect } from "@nats-io/transport-node";
import { delay, waitFor } from "../services/common/src/abort";
import { FleetErrorCode, hasCode } from "../services/common/src/errors";
import { isInfrastructureError } from "../services/common/src/nats/infra-errors";
import { startNatsServer } from "../services/common/src/nats/server-process";
import { withInfraRetry } from "../services/worker-runtime/src/infra-retry";
import { decodeAttempts } from "../services/common/src/outcome";
import { HandbackReason, RunState, TaskKind } from "../services/common/src/proto";
import { itemRecords } from "./helpers/records";
import type { TestFleet } from "./helpers/fleet";
import { dumpLogs, finalReport, startTestFleet, submitSpec, waitForRun, writeSpec } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

const SHAPE = { frames: 9, fps: 8, width: 64, height: 48 };

/** SIGKILL nats-server and start it again on the same ports with the same store, once `downWhile` resolves. */
async function restartNats(t: TestFleet, log: string[], why: string, downWhile: () => Promise<unknown> = () => delay(1000)): Promise<void> {
  const nats = t.fleet.nats;
  if (!nats) throw new Error("no nats-server");
  await nats.kill();
  await downWhile();
  t.fleet.nats = await nats.restart();
  log.push(why);
}

function logSays(t: TestFleet, text: string, what: string): Promise<true> {
  return waitFor(async () => (workerLog(t).includes(text) ? true : undefined), { timeoutMs: 90_000, intervalMs: 50, what });
}

function workerLog(t: TestFleet): string {
  return readFileSync(t.fleet.services.get("worker-gen-a")!.logFile, "utf8");
}

async function metricSum(t: TestFleet, name: string, label = ""): Promise<number> {
  const url = t.fleet.metricsUrls()["worker-gen-a"];
  if (!url) throw new Error("the worker told no metrics URL");
  const text = await (await fetch(url)).text();
  return text
    .split("\n")
    .filter((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && l.includes(label))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);
}

test("three nats-server restarts during one long task, and one as it commits: done on attempt 1, committed once", async () => {
  // A 20 s lease: heartbeats must keep it through every outage, or the task is redelivered.
  const t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:1x80GiB", args: ["--ack-wait", "20s"] }]);
  const faults: string[] = [];
  try {
    const spec = writeSpec(t.dir, "infra-faults", { items: 1, frames: SHAPE.frames, fps: SHAPE.fps, simulated: "40s", evaluation: false });
    const sub = await submitSpec(t, spec);
    await waitFor(
      async () => ((await t.client.getRun(sub.runId)).running.some((r) => r.kind === TaskKind.TASK_KIND_GEN) ? true : undefined),
      { timeoutMs: 60_000, what: "the generation task to start" },
    );
    const startedAt = Date.now();
    for (const at of [5_000, 15_000, 25_000]) {
      await delay(Math.max(0, startedAt + at - Date.now()));
      await restartNats(t, faults, `restart at ${Math.round((Date.now() - startedAt) / 1000)} s`);
    }
    // The synthetic backend logs its encoder's start once the simulated GPU time is over: NATS
    // goes down then, and stays down until the video is checked, its poster made (logged right
    // before the commit) and the commit's first try has timed out (5 s): the commit must be retried.
    await logSays(t, "synthetic: ffmpeg started", "the backend to finish");
    await restartNats(t, faults, `down from the backend's end, ${Math.round((Date.now() - startedAt) / 1000)} s, until the commit was tried`, async () => {
      await logSays(t, "poster made", "the worker to reach its commit");
      await delay(6000);
    });

    const final = await waitForRun(t.client, sub.runId, 180_000).catch((err: Error) => {
      throw new Error(`${err.message}\nfaults: ${faults.join(", ")}\n${dumpLogs(join(t.dir, "logs"), 30)}`);
    });
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: 1, done: 1, failed: 0 });
    const item = report.items[0]!;
    expect(item.attempts).toBe(1);
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), SHAPE);
    // The outages really hit the task: the worker retried recording something and still spent no attempt.
    expect(await metricSum(t, "framefleet_infrastructure_retries_total", 'what="output commit"')).toBeGreaterThan(0);
    expect(await metricSum(t, "framefleet_infrastructure_handbacks_total")).toBe(0);
    expect(workerLog(t)).not.toContain("task attempt failed");
    process.stdout.write(`infra-faults: ${faults.join(", ")}\n`);
  } finally {
    await t.close();
  }
});

test("NATS down past the retry budget at the commit: the task is handed back without spending an attempt", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ff-infra-"));
  const configFile = join(dir, "config.yaml");
  // Shorter than the commit's first try (KV create: a publish and a read, 5 s each, against a
  // server that is down), so the commit is given up; long enough to record the hand-back after.
  writeFileSync(configFile, JSON.stringify({ worker: { infra_retry_budget: "8s" } }));
  const t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:1x80GiB", args: ["--ack-wait", "30s"] }], { configFile });
  try {
    const spec = writeSpec(t.dir, "infra-handback", { items: 1, frames: SHAPE.frames, fps: SHAPE.fps, simulated: "3s", evaluation: false });
    const sub = await submitSpec(t, spec);
    await logSays(t, "synthetic: ffmpeg started", "the backend to finish");
    await restartNats(t, [], "down until the worker gave the commit up", () => logSays(t, "handing it back without spending an attempt", "the hand-back"));
    const final = await waitForRun(t.client, sub.runId, 120_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${dumpLogs(join(t.dir, "logs"), 30)}`);
    });
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: 1, done: 1, failed: 0 });
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), SHAPE);
    const item = report.items[0]!;
    // No attempt was spent: the fleet-wide attempt record holds no failure, only the hand-back,
    // and the item's history says the control plane was to blame.
    const attempts = await (await new Kvm(await t.nc()).open("ff_attempts")).get(item.task_id);
    const rec = decodeAttempts(item.task_id, attempts);
    expect(rec.failures).toEqual([]);
    expect(rec.handbacks.map((e) => [e.code, e.handbackReason])).toEqual([[FleetErrorCode.INFRASTRUCTURE, HandbackReason.HANDBACK_REASON_INFRASTRUCTURE]]);
    const history = (await itemRecords(await t.nc(), sub.runId)).get(item.task_id)?.errors ?? [];
    expect(history.map((e) => e.handbackReason)).toEqual([HandbackReason.HANDBACK_REASON_INFRASTRUCTURE]);
    expect(history[0]?.message).toMatch(/could not record the output commit/);
    expect(await metricSum(t, "framefleet_infrastructure_handbacks_total")).toBe(1);
    expect(workerLog(t)).not.toContain("task attempt failed");
    expect(workerLog(t)).toMatch(/could not record the output commit: NATS failed \d+ times?/);
  } finally {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("errors from a real nats-server that stops: classified as infrastructure, retried until it is back", async () => {
  let nats = await startNatsServer();
  const nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
  try {
    // A short request timeout: each try against the stopped server gives up after a second.
    const kv = await new Kvm(jetstream(nc, { timeout: 1000 })).create("infra_probe");
    await kv.create("a", "1");
    // A lost compare-and-set is the operation's answer, not a fault.
    const conflict = await kv.create("a", "2").catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(Error);
    expect(isInfrastructureError(conflict)).toBe(false);

    await nats.kill();
    const down = await kv.create("b", "1").catch((e: unknown) => e);
    expect(down).toBeInstanceOf(Error);
    expect(isInfrastructureError(down)).toBe(true);

    // The same write, retried while the server comes back (store kept), lands; and only once.
    const writing = withInfraRetry("probe", () => kv.create("c", "1"), { budgetMs: 60_000 });
    await delay(1500);
    nats = await nats.restart();
    await expect(writing).resolves.toBeGreaterThan(0);
    expect((await kv.get("c"))?.string()).toBe("1");

    // Past its budget the retry hands back an InfrastructureError naming what and why.
    await nats.kill();
    const gaveUp = await withInfraRetry("probe", () => kv.create("d", "1"), { budgetMs: 1500 }).catch((e: unknown) => e);
    expect(hasCode(gaveUp, FleetErrorCode.INFRASTRUCTURE)).toBe(true);
    expect((gaveUp as Error).message).toMatch(/could not record the probe: NATS failed \d+ times?/);

    await nc.close();
    const closed = await kv.get("a").catch((e: unknown) => e);
    expect(isInfrastructureError(closed)).toBe(true);
  } finally {
    await nc.close().catch(() => undefined);
    await nats.stop();
  }
});
