/**
 * Test fleets: a real nats-server and the built services as child processes, in a temp folder
 * that is removed afterwards (kept when FRAMEFLEET_KEEP_TEST_DIRS=1, for debugging).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import { LocalFleet, type LocalFleetOptions, type WorkerSpec } from "../../services/cli/src/local-fleet";
import type { ControlClient } from "../../services/common/src/grpc/client";
import { RunState, type RunStatus } from "../../services/common/src/proto";
import type { RunReport } from "../../services/reports/src";
import { waitFor } from "../../services/common/src/abort";
import { parseServers } from "../../services/common/src/nats/connect";
import { kvGetAll } from "../../services/common/src/nats/kv-util";

export interface TestFleet {
  readonly fleet: LocalFleet;
  readonly dir: string;
  readonly outputRoot: string;
  readonly client: ControlClient;
  nc(): Promise<NatsConnection>;
  close(): Promise<void>;
}

export async function startTestFleet(workers: readonly WorkerSpec[], opts: Partial<LocalFleetOptions> = {}): Promise<TestFleet> {
  const dir = mkdtempSync(join(tmpdir(), "ff-test-"));
  const outputRoot = join(dir, "runs");
  const fleet = new LocalFleet({ outputRoot, logsDir: join(dir, "logs"), workers, logLevel: "debug", ...opts });
  try {
    await fleet.start();
  } catch (err) {
    await fleet.stop().catch(() => undefined);
    throw new Error(`${(err as Error).message}\n${dumpLogs(join(dir, "logs"))}`);
  }
  // The gRPC client reconnects by itself, also to a restarted coordinator on the same address.
  const client = fleet.client();
  const conns: NatsConnection[] = [];
  return {
    fleet,
    dir,
    outputRoot,
    client,
    async nc() {
      const c = await connect({ servers: parseServers(fleet.natsUrl), maxReconnectAttempts: -1 });
      conns.push(c);
      return c;
    },
    async close() {
      client.close();
      for (const c of conns) await c.close().catch(() => undefined);
      await fleet.stop();
      if (process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function dumpLogs(logsDir: string, lines = 40): string {
  try {
    return readdirSync(logsDir)
      .map((f) => {
        const text = readFileSync(join(logsDir, f), "utf8");
        return `--- ${f}\n${text.trim().split("\n").slice(-lines).join("\n")}`;
      })
      .join("\n");
  } catch {
    return "";
  }
}

/** Writes a synthetic run spec and returns its path. */
export function writeSpec(dir: string, name: string, over: { items: number; simulated?: string; frames?: number; fps?: number; evaluation?: boolean; samples?: number; extra?: string }): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(
    path,
    [
      `name: ${name}`,
      "benchmark: synthetic",
      `samples_per_prompt: ${over.samples ?? 1}`,
      `video: { frames: ${over.frames ?? 17}, fps: ${over.fps ?? 8}, width: 64, height: 48 }`,
      `generator: { backend: synthetic, simulated_time: ${over.simulated ?? "100ms-400ms"} }`,
      over.evaluation === false ? "" : "evaluation: { backend: cpu-metrics, metrics: [temporal_flickering, video_check] }",
      `synthetic: { items: ${over.items}, prompts: ["a red kite over a beach", "waves on a lighthouse", "a paper boat in the rain"] }`,
      over.extra ?? "",
    ].join("\n"),
  );
  return path;
}

/** Follows a run until it finishes; returns the final status. */
export async function waitForRun(client: ControlClient, runId: string, timeoutMs = 120_000): Promise<RunStatus> {
  return waitFor(
    async () => {
      const s = await client.getRun(runId);
      const st = s.run?.state;
      return st === RunState.RUN_STATE_COMPLETED || st === RunState.RUN_STATE_CANCELLED || st === RunState.RUN_STATE_FAILED ? s : undefined;
    },
    { timeoutMs, intervalMs: 250, what: `run ${runId} to finish` },
  );
}

export async function finalReport(client: ControlClient, runId: string): Promise<RunReport> {
  return waitFor(
    async () => {
      const r = await client.getReport(runId, "json");
      // A path means the aggregator has written this round's report (into the run folder too).
      return r.path ? (JSON.parse(r.content) as RunReport) : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 200, what: `the final report of ${runId}` },
  );
}

/** Every live key of a KV bucket under a filter. */
export async function kvKeys(nc: NatsConnection, bucket: string, filter = ">"): Promise<string[]> {
  const kv = await new Kvm(nc).open(bucket);
  return (await kvGetAll(kv, filter)).map((e) => e.key);
}
