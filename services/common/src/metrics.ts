/**
 * One Prometheus registry per process, labelled with the service name. Each service declares
 * its own metrics (names start with `framefleet_`; docs/metrics.md lists them all).
 */
import { Registry, collectDefaultMetrics } from "prom-client";

export function createRegistry(service: string, labels: Record<string, string> = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service, ...labels });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Buckets for task durations: seconds, from a no-op task to an hour-long 14B video. */
export const TASK_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 2400, 3600];
