/**
 * `scale`: 250 nodes × 8 simulated GPUs (2,000 devices) on one nats-server, with a 100k-task run
 * in flight. One node is a real worker process (its RSS is the worker figure); the other 249 are
 * WorkerRuntimes hosted by a few swarm processes (lib/node-swarm.ts). At steady state - every
 * device busy, tasks finishing and starting all the time - we sample the coordinator's CPU and
 * RSS from /proc and how late node adverts are when they land in KV.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Kvm } from "@nats-io/kv";
import { connect } from "@nats-io/transport-node";
import { delay } from "../services/common/src/abort";
import type { ControlClient } from "../services/common/src/grpc/client";
import { decode } from "../services/common/src/codec";
import { parseServers } from "../services/common/src/nats/connect";
import { NodeState, pb } from "../services/common/src/proto";
import { KV_NODES } from "../services/common/src/subjects";
import { stopProcess } from "../services/cli/src/local-fleet";
import { noopSpec, percentile, round, rssMb, sampleProcess, startBenchFleet, submit } from "./lib/harness";

const SWARMS = 3;
const NODES_PER_SWARM = 83; // + 1 real worker = 250 nodes
const DEVICES = "sim:8x80GiB";
const TASKS = 100_000;
/** Long enough that 2,000 devices finish ~70 tasks/s: a busy fleet, not a dispatch test. */
const SIMULATED = "20s-40s";
const SAMPLE_MS = 30_000;

export async function scale(): Promise<Record<string, unknown>> {
  const bf = await startBenchFleet({
    workers: [{ role: "gen", node: "scale-real", devices: DEVICES }],
    backends: { "noop-scale": "type: noop, memory: 30GiB" },
  });
  const swarms: ChildProcess[] = [];
  const nc = await connect({ servers: parseServers(bf.fleet.natsUrl) });
  try {
    for (let s = 0; s < SWARMS; s++) {
      swarms.push(
        spawn(process.execPath, [join(__dirname, "lib", "node-swarm.js"), "--config", join(bf.dir, "fleet.yaml"), "--nats", bf.fleet.natsUrl, "--output-root", join(bf.dir, "runs"), "--devices", DEVICES, "--log-level", "warn"], {
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, FF_SWARM_PREFIX: `swarm${s}`, FF_SWARM_NODES: String(NODES_PER_SWARM) },
        }),
      );
    }
    const nodes = SWARMS * NODES_PER_SWARM + 1;
    await waitForNodes(bf.client, nodes, 180_000);

    const t0 = Date.now();
    const runId = await submit(bf.client, noopSpec("bench-scale", TASKS, "noop-scale", SIMULATED), bf.dir);
    const enqueueS = (Date.now() - t0) / 1000;
    // Steady state: every device has started its first task (loads done) and tasks turn over.
    await waitForRunning(bf.client, runId, nodes * 8, 180_000);
    await delay(10_000);

    const lags: number[] = [];
    const kv = await new Kvm(nc).open(KV_NODES);
    const watch = await kv.watch({ include: "updates" as never });
    void (async () => {
      for await (const e of watch) {
        if (e.operation !== "PUT" || e.length === 0) continue;
        const advert = decode(pb.NodeAdvert, e.value, "advert");
        lags.push(Date.now() - Number(advert.sentAtMs));
      }
    })();
    const coordinator = bf.fleet.services.get("coordinator")?.child.pid as number;
    const real = bf.fleet.services.get("worker-scale-real")?.child.pid as number;
    const before = await bf.client.getRun(runId);
    const sample = await sampleProcess(coordinator, SAMPLE_MS);
    const after = await bf.client.getRun(runId);
    watch.stop();
    const done = (s: typeof after) => (s.run?.counters?.done ?? 0) + (s.run?.counters?.failed ?? 0);
    const swarmRss = swarms.map((p) => rssMb(p.pid as number));
    const result = {
      devices: nodes * 8,
      nodes,
      tasks: TASKS,
      coordinator_cpu_pct: round(sample.cpu_pct, 1),
      coordinator_rss_mb: round(sample.rss_mb, 1),
      worker_rss_mb: round(rssMb(real), 1),
      advert_lag_p50_ms: percentile(lags, 50),
      advert_lag_p99_ms: percentile(lags, 99),
      adverts_seen: lags.length,
      tasks_finished_per_s: round((done(after) - done(before)) / (SAMPLE_MS / 1000), 1),
      enqueue_s: round(enqueueS),
      swarm_rss_mb_per_node: round(swarmRss.reduce((a, b) => a + b, 0) / (SWARMS * NODES_PER_SWARM), 2),
      simulated_time: SIMULATED,
    };
    await bf.client.cancelRun(runId).catch(() => undefined);
    return result;
  } finally {
    await Promise.all(swarms.map((p) => stopProcess(p, 30_000)));
    await nc.close();
    await bf.close();
  }
}

async function waitForNodes(client: ControlClient, want: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { nodes } = await client.listNodes();
    const active = nodes.filter((n) => !n.lost && n.advert?.state === NodeState.NODE_STATE_ACTIVE).length;
    if (active >= want) return;
    if (Date.now() > deadline) throw new Error(`only ${active} of ${want} nodes became active in ${timeoutMs} ms`);
    await delay(1000);
  }
}

async function waitForRunning(client: ControlClient, runId: string, want: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await client.getRun(runId);
    const started = (s.run?.counters?.running ?? 0) + (s.run?.counters?.done ?? 0);
    if (started >= want) return;
    if (Date.now() > deadline) throw new Error(`only ${started} of ${want} devices started a task in ${timeoutMs} ms`);
    await delay(1000);
  }
}
