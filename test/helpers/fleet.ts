/**
 * Test fleets: a real nats-server and the built services as child processes, in a temp folder
 * that is removed afterwards (kept when FRAMEFLEET_KEEP_TEST_DIRS=1, for debugging). The set-up
 * is bench/lib/temp-fleet.ts, the one the benchmarks use; this adds what tests need on top.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import type { WorkerSpec } from "../../services/cli/src/local-fleet";
import type { ControlClient } from "../../services/common/src/grpc/client";
import { RunState, type RunStatus } from "../../services/common/src/proto";
import type { RunReport } from "../../services/reports/src";
import { parseServers } from "../../services/common/src/nats/connect";
import { kvGetAll } from "../../services/common/src/nats/kv-util";
import { syntheticSpecYaml } from "../../bench/lib/synthetic-spec";
import { dumpLogs, startTempFleet, waitForFinalReport, waitForRunEnd, type TempFleet, type TempFleetConfig } from "../../bench/lib/temp-fleet";

export { dumpLogs };

export interface TestFleet extends TempFleet {
  /** A NATS connection of the test's own, closed with the fleet. */
  nc(): Promise<NatsConnection>;
}

/** The fleet most end-to-end tests run on: two generator nodes of two simulated GPUs, one evaluator of two CPU slots. */
export const TWO_GEN_ONE_EVAL: readonly WorkerSpec[] = [
  { role: "gen", node: "gen-a", devices: "sim:2x80GiB" },
  { role: "gen", node: "gen-b", devices: "sim:2x80GiB" },
  { role: "eval", node: "eval-a", devices: "cpu:2" },
];

export async function startTestFleet(workers: readonly WorkerSpec[], opts: Partial<TempFleetConfig> = {}): Promise<TestFleet> {
  const base = await startTempFleet({
    prefix: "ff-test-",
    keepDirEnv: "FRAMEFLEET_KEEP_TEST_DIRS",
    configure: () => ({ workers, logLevel: "debug", ...opts }),
  });
  const conns: NatsConnection[] = [];
  return {
    ...base,
    async nc() {
      const c = await connect({ servers: parseServers(base.fleet.natsUrl), maxReconnectAttempts: -1 });
      conns.push(c);
      return c;
    },
    async close() {
      for (const c of conns) await c.close().catch(() => undefined);
      await base.close();
    },
  };
}

/** Writes a synthetic run spec and returns its path. */
export function writeSpec(dir: string, name: string, over: { items: number; simulated?: string; frames?: number; fps?: number; evaluation?: boolean; samples?: number; extra?: string }): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(
    path,
    syntheticSpecYaml({
      name,
      items: over.items,
      backend: "synthetic",
      simulatedTime: over.simulated ?? "100ms-400ms",
      frames: over.frames ?? 17,
      fps: over.fps ?? 8,
      samples: over.samples ?? 1,
      evaluation: over.evaluation === false ? "" : "evaluation: { backend: cpu-metrics, metrics: [temporal_flickering, video_check] }",
      extra: over.extra ?? "",
    }),
  );
  return path;
}

/** Follows a run until it finishes; returns the final status. */
export async function waitForRun(client: ControlClient, runId: string, timeoutMs = 120_000): Promise<RunStatus> {
  return waitForRunEnd(client, runId, { timeoutMs, intervalMs: 250 });
}

/** Submits a spec file over the Control API, as `framefleet submit` does (its inputs relative to `baseDir`). */
export async function submitSpec(t: Pick<TestFleet, "client" | "dir">, spec: string, baseDir = t.dir): ReturnType<ControlClient["submitRun"]> {
  return t.client.submitRun({ specYaml: readFileSync(spec, "utf8"), baseDir, specSource: spec, resumeRunId: "" });
}

/** waitForRun, whose timeout carries the last lines of every process's log: what the fleet was doing. */
export async function waitForRunWithLogs(t: Pick<TestFleet, "client" | "dir">, runId: string, timeoutMs = 120_000): Promise<RunStatus> {
  return waitForRun(t.client, runId, timeoutMs).catch((err: Error) => {
    throw new Error(`${err.message}\n${dumpLogs(join(t.dir, "logs"))}`);
  });
}

/** Waits for a run that must complete (fails the test otherwise); its last status and final report. */
export async function completedRun(t: Pick<TestFleet, "client" | "dir">, runId: string, timeoutMs = 120_000): Promise<{ status: RunStatus; report: RunReport }> {
  const status = await waitForRunWithLogs(t, runId, timeoutMs);
  expect(status.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  return { status, report: await finalReport(t.client, runId) };
}

export async function finalReport(client: ControlClient, runId: string): Promise<RunReport> {
  return waitForFinalReport(client, runId, { timeoutMs: 120_000, intervalMs: 200 });
}

/** Every live key of a KV bucket under a filter. */
export async function kvKeys(nc: NatsConnection, bucket: string, filter = ">"): Promise<string[]> {
  const kv = await new Kvm(nc).open(bucket);
  return (await kvGetAll(kv, filter)).map((e) => e.key);
}
