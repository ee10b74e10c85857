/**
 * Test fleets: a real nats-server and the built services as child processes, in a temp folder
 * that is removed afterwards (kept when FRAMEFLEET_KEEP_TEST_DIRS=1, for debugging). The set-up
 * is bench/lib/temp-fleet.ts, the one the benchmarks use; this adds what tests need on top.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import type { WorkerSpec } from "../../services/cli/src/local-fleet";
import type { ControlClient } from "../../services/common/src/grpc/client";
import type { RunStatus } from "../../services/common/src/proto";
import type { RunReport } from "../../services/common/src/report";
import { parseServers } from "../../services/common/src/nats/connect";
import { kvGetAll } from "../../services/common/src/nats/kv-util";
import { syntheticSpecYaml } from "../../bench/lib/synthetic-spec";
import { dumpLogs, startTempFleet, waitForFinalReport, waitForRunEnd, type TempFleet, type TempFleetConfig } from "../../bench/lib/temp-fleet";

export { dumpLogs };

export interface TestFleet extends TempFleet {
  /** A NATS connection of the test's own, closed with the fleet. */
  nc(): Promise<NatsConnection>;
}

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

export async function finalReport(client: ControlClient, runId: string): Promise<RunReport> {
  return waitForFinalReport(client, runId, { timeoutMs: 120_000, intervalMs: 200 });
}

/** Every live key of a KV bucket under a filter. */
export async function kvKeys(nc: NatsConnection, bucket: string, filter = ">"): Promise<string[]> {
  const kv = await new Kvm(nc).open(bucket);
  return (await kvGetAll(kv, filter)).map((e) => e.key);
}
