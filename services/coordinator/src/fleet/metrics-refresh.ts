/**
 * Periodic background work of the coordinator: gauges that come from polling (queue depth, nodes,
 * stuck queues, runs by state) and the dead-letter reconcile. Re-armed timeouts, never overlapping runs.
 */
import { errorFields, type Logger } from "../../../common/src/log";
import { runStateName } from "../../../common/src/proto";
import type { CoordinatorMetrics } from "./coordinator-metrics";
import type { FleetView } from "./fleet";
import type { RunStore } from "../runs/run-store";
import type { BackendWatch } from "./stuck-queues";

/** Runs `fn` now and then every `intervalMs` after it finished, until stopped. */
export function every(intervalMs: number, fn: () => Promise<void>, log: Logger): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await fn();
    } catch (err) {
      log.debug("periodic task failed", errorFields(err));
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export function startMetricsRefresh(fleet: FleetView, backends: BackendWatch, store: RunStore, metrics: CoordinatorMetrics, log: Logger, intervalMs = 5000): { stop(): void } {
  return every(
    intervalMs,
    async () => {
      await fleet.refreshMetrics();
      // Live backends (the devices each run's ETA counts on) and stuck queues.
      await backends.refresh();
      const byState = new Map<string, number>();
      for (const r of await store.allRecords()) byState.set(runStateName(r.state), (byState.get(runStateName(r.state)) ?? 0) + 1);
      metrics.runs.reset();
      for (const [state, n] of byState) metrics.runs.set({ state }, n);
    },
    log,
  );
}
