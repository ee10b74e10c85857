/**
 * Wiring shared by both worker mains: config → NATS → topology → devices → backends → runtime →
 * HTTP → signals → run. The workers differ only in the handler and backends they pass in.
 */
import { hostname } from "node:os";
import { jetstream } from "@nats-io/jetstream";
import type { FleetConfig } from "../../common/src/config";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { IdRule } from "../../common/src/ids";
import { createLogger, type Logger } from "../../common/src/log";
import { createRegistry } from "../../common/src/metrics";
import { startHttpServer } from "../../common/src/http";
import { installShutdown } from "../../common/src/shutdown";
import { openFleetFromConfig } from "../../common/src/nats/startup";
import { defaultTaskConsumer, type Topology } from "../../common/src/nats/topology";
import { VERSION } from "../../common/src/version";
import type { BackendFactory } from "./backend";
import { AttemptsStore } from "./attempts";
import { BackendPool } from "./backend-pool";
import { createDeviceSource, resolveDevices } from "./devices";
import type { TaskHandler } from "./handler";
import { createWorkerRuntime } from "./assembly";
import { DeviceSlots, ownUsage } from "./device-slots";
import type { WorkerRuntime } from "./runtime";
import { createWorkerMetrics, type WorkerMetrics } from "./runtime-metrics";
import { WorkerState } from "./state";

export interface WorkerParts {
  /** Built before connecting, so a bad backend config fails before anything else happens. */
  readonly backends: readonly BackendFactory[];
  /** The handler needs the NATS topology (KV buckets), so it is made once connected. */
  makeHandler(ctx: WorkerPartsContext): TaskHandler;
}

export interface WorkerPartsContext {
  readonly cfg: FleetConfig;
  readonly log: Logger;
  readonly topology: Topology;
  readonly metrics: WorkerMetrics;
}

export async function runWorkerProcess(cfg: FleetConfig, parts: WorkerParts): Promise<void> {
  const node = cfg.worker.node ?? nodeNameFromHost(hostname());
  const role = cfg.worker.role;
  const log = createLogger(`${role}-worker`, cfg.log_level).child({ node });
  const registry = createRegistry(`${role}-worker`, { node });
  const metrics = createWorkerMetrics(registry);

  // Everything that can be checked locally is checked before NATS: a typo in --devices or a
  // backend reports itself, not as a connection error.
  const pool = new BackendPool(parts.backends, log, metrics.backendLoads);
  const chosen = resolveDevices(cfg.worker.devices);
  if (chosen.foundNvidiaSmi) log.info("no devices given: using the NVIDIA GPUs", { devices: chosen.spec, nvidiaSmi: chosen.foundNvidiaSmi });
  const slots = new DeviceSlots(metrics, role);
  const devices = createDeviceSource(chosen.spec, node, ownUsage(pool, slots));
  await devices.read();

  const { nc, jsm, topology: topo } = await openFleetFromConfig(cfg, `framefleet-${role}-worker-${node}`, log);
  const handler = parts.makeHandler({ cfg, log, topology: topo, metrics });
  let runtime: WorkerRuntime | undefined;
  const http = await startHttpServer({
    port: cfg.worker.http_port,
    host: cfg.worker.http_host,
    registry,
    health: () => ({ ok: runtime?.getState() !== WorkerState.FAILED, detail: runtime?.getState() }),
    ready: () => ({ ok: runtime?.getState() === WorkerState.RUNNING && !nc.isClosed(), detail: runtime?.getState() }),
  });
  runtime = createWorkerRuntime(
    {
      node,
      role,
      version: VERSION,
      memoryMarginMiB: cfg.worker.memory_margin,
      advertIntervalMs: cfg.worker.advert_interval,
      drainDeadlineMs: cfg.worker.drain_deadline,
      consumer: { ...defaultTaskConsumer, ackWaitMs: cfg.worker.ack_wait, maxDeliver: cfg.worker.max_deliver },
      oomCooldownMs: cfg.worker.oom_cooldown,
      oomDeviceLimit: cfg.worker.oom_device_limit,
      backendSwitch: cfg.worker.backend_switch,
      infraRetryBudgetMs: cfg.worker.infra_retry_budget,
      metricsUrl: `${http.url}/metrics`,
    },
    { nc, js: jetstream(nc), jsm, nodesKv: topo.nodes, attempts: new AttemptsStore(topo.attempts, { budgetMs: cfg.worker.infra_retry_budget, log, metrics }), devices, pool, slots, handler, log, metrics },
  );
  const rt = runtime;
  // SIGTERM is a drain with the configured deadline (Kubernetes eviction, preStop, systemd stop).
  const shutdown = installShutdown({ log, forceMs: cfg.worker.drain_deadline + 30_000 });
  shutdown.register("drain and stop worker", () => rt.shutdown());
  shutdown.register("close NATS", () => nc.drain());
  shutdown.register("close HTTP", () => http.close());
  log.info("worker listening", { metrics: `${http.url}/metrics` });
  await rt.run();
  await shutdown.run("worker stopped");
}

/**
 * The node name when none is given: the host name with other characters made '-'. It must follow
 * the node name rule like a given one (`framefleet drain NODE` refuses any other), so a host name
 * that cannot (too long, say) is a config error asking for --node.
 */
export function nodeNameFromHost(host: string): string {
  const name = host.replace(/[^A-Za-z0-9_-]/g, "-");
  if (IdRule.NODE.pattern.test(name)) return name;
  throw new FleetError(
    FleetErrorCode.CONFIG_INVALID,
    `worker.node: none given, and the host name ${JSON.stringify(host)} does not make a node name (${IdRule.NODE.rule}): give one with --node NAME or FRAMEFLEET_NODE`,
  );
}
