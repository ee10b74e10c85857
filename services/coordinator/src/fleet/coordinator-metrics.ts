/**
 * Coordinator metrics (docs/metrics.md): runs, per-run progress and ETA, queue depth per
 * (kind, backend) from the work-queue consumers, and nodes by state.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import { teamOf } from "../admission/scheduling";
import { itemStateName, ItemState, type RunRecord, type RunStatus } from "../../../common/src/proto";

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
  const runDevices = new Gauge({ name: "framefleet_run_devices_in_use", help: "Devices a run's tasks hold now (running generation and evaluation)", labelNames: ["run", "team", "priority"] as const, registers });
  const runFairShare = new Gauge({ name: "framefleet_run_fair_share_devices", help: "A run's fair share of the devices serving its backends (priority, team weight, share)", labelNames: ["run", "team", "priority"] as const, registers });
  const runDeviceSeconds = new Gauge({ name: "framefleet_run_device_seconds", help: "Device time a run's attempts have held so far", labelNames: ["run", "team", "priority"] as const, registers });
  const runWaiting = new Gauge({ name: "framefleet_run_tasks_waiting", help: "A run's tasks waiting for admission to the work queue", labelNames: ["run", "team", "priority"] as const, registers });
  return {
    tasksAdmitted: new Counter({ name: "framefleet_tasks_admitted_total", help: "Tasks admitted to the work queue (published by admission)", labelNames: ["kind"] as const, registers }),
    teamDevices: new Gauge({ name: "framefleet_team_devices_in_use", help: "Places in the work queue a team's runs hold (admitted tasks: running, or about to run)", labelNames: ["team"] as const, registers }),
    teamDeviceSeconds: new Counter({ name: "framefleet_team_device_seconds_total", help: "Device time a team's attempts held (generation and evaluation)", labelNames: ["team"] as const, registers }),
    preemptions: new Counter({ name: "framefleet_preemptions_total", help: "Running tasks handed back for a run of a higher priority", labelNames: ["kind", "backend"] as const, registers }),
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
    observeRun(record: RunRecord, status: Pick<RunStatus, "etaS" | "videosPerHour" | "devicesInUse" | "fairShare" | "waiting">): void {
      const c = record.counters;
      if (!c) return;
      const run = record.runId;
      for (const s of ITEM_STATES) {
        runItems.set({ run, state: itemStateName(s) }, c[itemStateName(s) as "queued"] ?? 0);
      }
      runProgress.set({ run }, c.total > 0 ? (c.done + c.failed) / c.total : 0);
      runEta.set({ run }, status.etaS);
      runVph.set({ run }, status.videosPerHour);
      const who = { run, team: teamOf(record), priority: record.priorityClass || String(record.priority) };
      runDevices.set(who, status.devicesInUse);
      runFairShare.set(who, status.fairShare);
      runDeviceSeconds.set(who, Number(record.deviceMs) / 1000);
      runWaiting.set(who, status.waiting);
    },
  };
}

export type CoordinatorMetrics = ReturnType<typeof createCoordinatorMetrics>;
