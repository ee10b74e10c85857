/**
 * Many simulated worker nodes in one process, for the scale benchmark: 250 real worker processes
 * would need more memory and CPU than the machine under test has, and what is measured there is
 * the coordinator and nats-server facing 250 nodes, not the workers themselves (one real worker
 * process is measured beside the swarm). Each node is a full WorkerRuntime - the same code a
 * worker process runs: its own devices, adverts, pulls, leases, backends - sharing one NATS
 * connection.
 *
 * Run as: node dist/bench/lib/node-swarm.js --nats URL --config FILE --output-root DIR, with
 * FF_SWARM_PREFIX and FF_SWARM_NODES in the environment. SIGTERM drains every node with no deadline.
 */
import { resolve } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import { Registry } from "prom-client";
import { parseServiceArgs, WORKER_COMMAND } from "../../services/common/src/config";
import { createLogger } from "../../services/common/src/log";
import { openFleetFromConfig } from "../../services/common/src/nats/startup";
import { defaultTaskConsumer } from "../../services/common/src/nats/topology";
import { VERSION } from "../../services/common/src/version";
import { createGenBackends } from "../../services/generator-worker/src/backends";
import { GenerateHandler } from "../../services/generator-worker/src/generate-handler";
import { OutputStore } from "../../services/generator-worker/src/output-store";
import { OutputSpace } from "../../services/generator-worker/src/output-space";
import { AttemptsStore } from "../../services/worker-runtime/src/attempts";
import { BackendPool } from "../../services/worker-runtime/src/backend-pool";
import { createDeviceSource, resolveDevices } from "../../services/worker-runtime/src/devices";
import { createWorkerRuntime } from "../../services/worker-runtime/src/assembly";
import { DeviceSlots, ownUsage } from "../../services/worker-runtime/src/device-slots";
import type { WorkerRuntime } from "../../services/worker-runtime/src/runtime";
import { createWorkerMetrics } from "../../services/worker-runtime/src/runtime-metrics";

async function main(): Promise<void> {
  const prefix = process.env.FF_SWARM_PREFIX ?? "swarm";
  const count = Number(process.env.FF_SWARM_NODES ?? "10");
  const { config } = parseServiceArgs(process.argv.slice(2), WORKER_COMMAND);
  const cfg = { ...config, worker: { ...config.worker, role: "gen" as const } };
  const log = createLogger("node-swarm", cfg.log_level).child({ swarm: prefix });
  const { nc, jsm, topology } = await openFleetFromConfig(cfg, `framefleet-swarm-${prefix}`, log);
  const js = jetstream(nc);
  const runtimes: WorkerRuntime[] = [];
  const running: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const node = `${prefix}-${i}`;
    const nodeLog = log.child({ node });
    // A plain registry per node: the default process metrics would be the same 250 times over.
    const metrics = createWorkerMetrics(new Registry());
    const pool = new BackendPool(createGenBackends(cfg.worker.backends), nodeLog, metrics.backendLoads);
    const slots = new DeviceSlots(metrics, "gen");
    const rt = createWorkerRuntime(
      {
        node,
        role: "gen",
        version: VERSION,
        memoryMarginMiB: cfg.worker.memory_margin,
        advertIntervalMs: cfg.worker.advert_interval,
        drainDeadlineMs: cfg.worker.drain_deadline,
        consumer: { ...defaultTaskConsumer, ackWaitMs: cfg.worker.ack_wait, maxDeliver: cfg.worker.max_deliver },
      },
      {
        nc,
        js,
        jsm,
        nodesKv: topology.nodes,
        attempts: new AttemptsStore(topology.attempts),
        devices: createDeviceSource(resolveDevices(cfg.worker.devices).spec, node, ownUsage(pool, slots)),
        pool,
        slots,
        handler: new GenerateHandler(
          resolve(cfg.output_root),
          new OutputStore(topology.outputs, nodeLog),
          new OutputSpace({ root: resolve(cfg.output_root), minFreeBytes: cfg.worker.min_free_space * 2 ** 20, gauge: metrics.outputFreeBytes, log: nodeLog }),
        ),
        log: nodeLog,
        metrics,
      },
    );
    runtimes.push(rt);
    running.push(rt.run());
  }
  const stop = async () => {
    await Promise.all(runtimes.map((r) => r.shutdown(0)));
    await nc.drain();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  await Promise.all(running);
}

main().catch((err: unknown) => {
  console.error(`node-swarm failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
