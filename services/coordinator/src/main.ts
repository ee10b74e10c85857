/**
 * coordinator: wiring only (config → NATS → topology → coordinator → gRPC + HTTP → signals).
 */
import { resolve } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import { COORDINATOR_COMMAND, parseServiceArgs } from "../../common/src/config";
import { apiTokenFromConfig } from "../../common/src/grpc/control";
import { controlServerSecurityFromConfig, startControlServer } from "../../common/src/grpc/server";
import { startHttpServer } from "../../common/src/http";
import { createLogger } from "../../common/src/log";
import { runMain } from "../../common/src/main-runner";
import { createRegistry } from "../../common/src/metrics";
import { openFleetFromConfig, retrying } from "../../common/src/nats/startup";
import { installShutdown } from "../../common/src/shutdown";
import { controlHandlers } from "./api/control-api";
import { Coordinator } from "./coordinator";
import { createCoordinatorMetrics } from "./fleet/coordinator-metrics";
import { FleetView } from "./fleet/fleet";
import { NatsLink } from "./api/nats-link";
import { PlanningThreads } from "./runs/planning-thread";
import { RunStore } from "./runs/run-store";
import { DeadLetters } from "./events/dead-letters";
import { every, startMetricsRefresh } from "./fleet/metrics-refresh";
import { liveRoutes } from "./api/live-page";
import { BackendWatch } from "./fleet/stuck-queues";
import { startNodePruning } from "./fleet/node-pruning";

export async function main(argv: readonly string[]): Promise<void> {
  const { config: cfg } = parseServiceArgs(argv, COORDINATOR_COMMAND);
  const log = createLogger("coordinator", cfg.log_level);
  const registry = createRegistry("coordinator");
  const metrics = createCoordinatorMetrics(registry);

  const { nc, jsm, topology: topo } = await openFleetFromConfig(cfg, "framefleet-coordinator", log);
  const js = jetstream(nc);

  const store = new RunStore(topo.runs, topo.items, log, { nc, js });
  const fleet = new FleetView(nc, jsm, topo.nodes, metrics);
  const backends = new BackendWatch({ jsm, nodes: () => fleet.nodes(), gauge: metrics.queueStuck }, cfg.coordinator.stuck_after);
  const planning = new PlanningThreads({ memoryMiB: cfg.coordinator.planning_memory, timeoutMs: cfg.coordinator.planning_timeout });
  planning.warm();
  const coordinator = new Coordinator(
    {
      outputRoot: resolve(cfg.output_root),
      statusIntervalMs: cfg.coordinator.status_interval,
      maxVideosPerRun: cfg.coordinator.max_videos_per_run,
      scheduling: { classes: cfg.coordinator.priority_classes, defaultClass: cfg.coordinator.default_priority, teams: cfg.coordinator.teams },
      admissionMargin: cfg.coordinator.admission_margin,
      maxPreemptions: cfg.coordinator.max_preemptions,
      // Resolved once against the working folder, as output_root is.
      dataRoots: { roots: cfg.coordinator.data_roots.map((r) => resolve(r)), allowSpecFolder: cfg.coordinator.allow_spec_folder },
      // A spec sent with no folder reads its relative paths from where the coordinator runs.
      defaultBaseDir: process.cwd(),
    },
    { nc, js, jsm, store, attempts: topo.attempts, log, metrics, backends, planning },
  );
  // Tasks waiting for admission wait for their backend too: stuck queues count them.
  backends.waiting = () => coordinator.admission.waitingByBackend();
  await retrying("loading runs", log, Date.now() + cfg.nats.startup_timeout, () => coordinator.start());
  const deadLetters = new DeadLetters({ js, jsm, attempts: topo.attempts, log, deadLetters: metrics.deadLetters });
  await retrying("following dead letters", log, Date.now() + cfg.nats.startup_timeout, () => deadLetters.start());
  const reconcile = every(cfg.coordinator.reconcile_interval, async () => {
    const found = await deadLetters.reconcile();
    if (found > 0) log.warn("reconcile found dead letters that were not handled", { found });
  }, log);
  const refresh = startMetricsRefresh(fleet, backends, store, metrics, log);
  const pruning = startNodePruning(fleet, cfg.coordinator.forget_nodes_after, log);

  const natsLink = new NatsLink(nc, cfg.nats.url, log).start();
  const grpc = await startControlServer(cfg.api.listen, controlHandlers(coordinator, fleet, store, topo.reports, natsLink), controlServerSecurityFromConfig(cfg.api));
  const http = await startHttpServer({
    port: cfg.coordinator.http_port,
    host: cfg.coordinator.http_host,
    registry,
    health: () => ({ ok: !nc.isClosed() }),
    ready: () => ({ ok: coordinator.isReady() && !nc.isClosed() }),
    // The live page is guarded by the Control API's token, when there is one.
    routes: liveRoutes({ listRuns: () => coordinator.listRuns(), nodes: () => fleet.nodes() }, { token: apiTokenFromConfig(cfg.api) }),
  });
  log.info("coordinator listening", {
    api: grpc.address,
    metrics: `${http.url}/metrics`,
    live: `${http.url}/runs`,
    outputRoot: resolve(cfg.output_root),
    dataRoots: cfg.coordinator.data_roots.map((r) => resolve(r)),
    allowSpecFolder: cfg.coordinator.allow_spec_folder,
  });

  const shutdown = installShutdown({ log, forceMs: 30_000 });
  shutdown.register("stop API", () => grpc.close());
  shutdown.register("stop metrics refresh", async () => {
    refresh.stop();
    pruning.stop();
  });
  shutdown.register("stop dead letters", async () => {
    reconcile.stop();
    await deadLetters.stop();
  });
  shutdown.register("stop coordinator", () => coordinator.stop());
  shutdown.register("stop planning", () => planning.close());
  shutdown.register("close NATS", () => nc.drain());
  shutdown.register("close HTTP", () => http.close());
  await new Promise<void>((resolveClosed) => void nc.closed().then(() => resolveClosed()));
}

if (require.main === module) runMain(main);
