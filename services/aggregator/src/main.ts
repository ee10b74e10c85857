/**
 * aggregator: wiring only.
 */
import { resolve } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import { Counter, Gauge } from "prom-client";
import { AGGREGATOR_COMMAND, parseServiceArgs } from "../../common/src/config";
import { startHttpServer } from "../../common/src/http";
import { createLogger } from "../../common/src/log";
import { runMain } from "../../common/src/main-runner";
import { createRegistry } from "../../common/src/metrics";
import { openFleetFromConfig } from "../../common/src/nats/startup";
import { installShutdown } from "../../common/src/shutdown";
import { Aggregator } from "./aggregator";

export async function main(argv: readonly string[]): Promise<void> {
  const { config: cfg } = parseServiceArgs(argv, AGGREGATOR_COMMAND);
  const log = createLogger("aggregator", cfg.log_level);
  const registry = createRegistry("aggregator");
  const registers = [registry];
  const metrics = {
    metricMean: new Gauge({ name: "framefleet_run_metric_mean", help: "Running mean of an evaluation metric over a run's scored videos", labelNames: ["run", "metric"] as const, registers }),
    scores: new Counter({ name: "framefleet_scores_total", help: "Evaluation results aggregated", registers }),
    reportsBuilt: new Counter({ name: "framefleet_reports_built_total", help: "Run reports built and written: one per completion (or cancellation) of a run round", registers }),
    reportWriteFailures: new Counter({
      name: "framefleet_report_write_failures_total",
      help: "Tries to write a run's report that failed, by reason (disk_full: no space in the output folder; the report is tried again with a growing delay)",
      labelNames: ["reason"] as const,
      registers,
    }),
    reportsWaitingForSpace: new Gauge({ name: "framefleet_reports_waiting_for_space", help: "Run reports not yet written because the output folder has no space; each is tried again with a growing delay", registers }),
  };
  const { nc, topology: topo } = await openFleetFromConfig(cfg, "framefleet-aggregator", log);
  const aggregator = new Aggregator({
    js: jetstream(nc),
    runsKv: topo.runs,
    itemsKv: topo.items,
    reports: topo.reports,
    log,
    outputRoot: resolve(cfg.output_root),
    metrics,
    reportDelayMs: cfg.aggregator.test_report_delay,
  });
  aggregator.start();
  const http = await startHttpServer({
    port: cfg.aggregator.http_port,
    host: cfg.aggregator.http_host,
    registry,
    health: () => ({ ok: !nc.isClosed() }),
    ready: () => ({ ok: aggregator.isReady() && !nc.isClosed() }),
  });
  log.info("aggregator listening", { metrics: `${http.url}/metrics` });
  const shutdown = installShutdown({ log, forceMs: 30_000 });
  shutdown.register("stop aggregator", () => aggregator.stop());
  shutdown.register("close NATS", () => nc.drain());
  shutdown.register("close HTTP", () => http.close());
  await new Promise<void>((resolveClosed) => void nc.closed().then(() => resolveClosed()));
}

if (require.main === module) runMain(main);
