/**
 * Coordinator metrics (docs/metrics.md): runs, per-run progress and ETA, queue depth per
 * (kind, backend) from the work-queue consumers, and nodes by state.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import { itemStateName, ItemState, type RunRecord, type RunStatus } from "../../common/src/proto";

const ITEM_STATES = [
  ItemState.ITEM_STATE_QUEUED,
  ItemState.ITEM_STATE_RUNNING,
  ItemState.ITEM_STATE_GENERATED,
  ItemState.ITEM_STATE_EVALUATING,
  ItemState.ITEM_STATE_DONE,
  ItemState.ITEM_STATE_FAILED,
];

export function createCoordinatorMetrics(registry: Registry) {
  const registers = [registry];
  const runItems = new Gauge({ name: "framefleet_run_items", help: "Items of a run by state", labelNames: ["run", "state"] as const, registers });
  const runProgress = new Gauge({ name: "framefleet_run_progress_ratio", help: "Finished share of a run's items (done + failed) / total", labelNames: ["run"] as const, registers });
  const runEta = new Gauge({ name: "framefleet_run_eta_seconds", help: "Estimated seconds until the run's last item is done, from its generation and evaluation stages (-1 unknown)", labelNames: ["run"] as const, registers });
  const runVph = new Gauge({
    name: "framefleet_run_videos_per_hour",
    help: "Items per hour: in progress, the slower stage's capacity (devices / mean attempt time); finished, items done / wall time (-1 unknown)",
    labelNames: ["run"] as const,
    registers,
  });
  return {
    tasksPublished: new Counter({ name: "framefleet_tasks_published_total", help: "Tasks published to the work queue", labelNames: ["kind"] as const, registers }),
    events: new Counter({ name: "framefleet_events_processed_total", help: "Run events applied by the coordinator", labelNames: ["type"] as const, registers }),
    deadLetters: new Counter({ name: "framefleet_dead_letters_total", help: "Tasks given up after max_deliver deliveries without an outcome", labelNames: ["kind", "backend"] as const, registers }),
    queueUndeliverable: new Gauge({ name: "framefleet_queue_undeliverable", help: "Task messages neither waiting nor in flight (exhausted deliveries not yet dead-lettered)", registers }),
    queueStuck: new Gauge({
      name: "framefleet_queue_stuck",
      help: "1 when tasks of this (kind, backend) have waited longer than coordinator.stuck_after with no live node serving the backend",
      labelNames: ["kind", "backend"] as const,
      registers,
    }),
    itemsFinished: new Counter({ name: "framefleet_items_finished_total", help: "Items that reached done or failed", labelNames: ["outcome"] as const, registers }),
    runs: new Gauge({ name: "framefleet_runs", help: "Runs by state", labelNames: ["state"] as const, registers }),
    queueDepth: new Gauge({ name: "framefleet_queue_depth", help: "Tasks waiting in the work queue (not yet delivered)", labelNames: ["kind", "backend"] as const, registers }),
    queueInFlight: new Gauge({ name: "framefleet_queue_in_flight", help: "Tasks delivered and not yet acknowledged (running or awaiting redelivery)", labelNames: ["kind", "backend"] as const, registers }),
    queueWaiting: new Gauge({ name: "framefleet_queue_waiting_pulls", help: "Idle pull requests (a proxy for idle devices)", labelNames: ["kind", "backend"] as const, registers }),
    nodes: new Gauge({ name: "framefleet_nodes", help: "Worker nodes by state (lost: no advert for three intervals)", labelNames: ["role", "state"] as const, registers }),
    nodeDevices: new Gauge({ name: "framefleet_node_devices", help: "Devices advertised by worker nodes", labelNames: ["node", "role"] as const, registers }),
    /** The run's gauges from its record and its status (ETA, rate). */
    observeRun(record: RunRecord, status: Pick<RunStatus, "etaS" | "videosPerHour">): void {
      const c = record.counters;
      if (!c) return;
      const run = record.runId;
      for (const s of ITEM_STATES) {
        runItems.set({ run, state: itemStateName(s) }, c[itemStateName(s) as "queued"] ?? 0);
      }
      runProgress.set({ run }, c.total > 0 ? (c.done + c.failed) / c.total : 0);
      runEta.set({ run }, status.etaS);
      runVph.set({ run }, status.videosPerHour);
    },
  };
}

export type CoordinatorMetrics = ReturnType<typeof createCoordinatorMetrics>;
