/**
 * Refreshes the gauges that come from polling (queue depth, nodes, runs by state) every few seconds.
 */
import { errorFields, type Logger } from "../../common/src/log";
import { runStateName } from "../../common/src/proto";
import type { CoordinatorMetrics } from "./coordinator-metrics";
import type { FleetView } from "./fleet";
import type { RunStore } from "./run-store";

export function startMetricsRefresh(fleet: FleetView, store: RunStore, metrics: CoordinatorMetrics, log: Logger, intervalMs = 5000): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await fleet.refreshMetrics();
      const byState = new Map<string, number>();
      for (const r of await store.allRecords()) byState.set(runStateName(r.state), (byState.get(runStateName(r.state)) ?? 0) + 1);
      metrics.runs.reset();
      for (const [state, n] of byState) metrics.runs.set({ state }, n);
    } catch (err) {
      log.debug("metrics refresh failed", errorFields(err));
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
