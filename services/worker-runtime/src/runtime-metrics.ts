/**
 * Worker metrics (docs/metrics.md). Labels: node, kind, backend, device, outcome.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { TASK_SECONDS_BUCKETS } from "../../common/src/metrics";

export function createWorkerMetrics(registry: Registry) {
  const registers = [registry];
  return {
    tasks: new Counter({
      name: "framefleet_tasks_total",
      help: "Task attempts by outcome: done, failed, retried, handed_back, duplicate, cancelled",
      labelNames: ["kind", "backend", "outcome"] as const,
      registers,
    }),
    taskSeconds: new Histogram({
      name: "framefleet_task_duration_seconds",
      help: "Time from an attempt's start on a device to its result",
      labelNames: ["kind", "backend"] as const,
      buckets: TASK_SECONDS_BUCKETS,
      registers,
    }),
    queueWaitSeconds: new Histogram({
      name: "framefleet_queue_wait_seconds",
      help: "Time from a task's publication to the start of its attempt",
      labelNames: ["kind", "backend"] as const,
      buckets: TASK_SECONDS_BUCKETS,
      registers,
    }),
    inFlight: new Gauge({
      name: "framefleet_worker_tasks_in_flight",
      help: "Tasks running on this worker",
      labelNames: ["kind", "backend"] as const,
      registers,
    }),
    videos: new Counter({
      name: "framefleet_videos_generated_total",
      help: "Videos generated and committed",
      labelNames: ["backend"] as const,
      registers,
    }),
    gpuSeconds: new Counter({
      name: "framefleet_gpu_seconds_total",
      help: "Device time spent inside backends",
      labelNames: ["kind", "backend"] as const,
      registers,
    }),
    backendLoads: new Counter({
      name: "framefleet_backend_loads_total",
      help: "Backend (model) loads per device",
      labelNames: ["backend", "device"] as const,
      registers,
    }),
    redeliveries: new Counter({
      name: "framefleet_redeliveries_total",
      help: "Tasks received that had been delivered before",
      labelNames: ["kind", "backend"] as const,
      registers,
    }),
    oomHandbacks: new Counter({
      name: "framefleet_oom_handbacks_total",
      help: "Tasks handed back because the device ran out of memory (the OOM that gives a task up counts as failed, not here)",
      labelNames: ["backend", "device"] as const,
      registers,
    }),
    deviceFree: new Gauge({
      name: "framefleet_device_memory_free_mib",
      help: "Free device memory as measured",
      labelNames: ["device", "name"] as const,
      registers,
    }),
    deviceUsed: new Gauge({
      name: "framefleet_device_memory_used_mib",
      help: "Used device memory as measured",
      labelNames: ["device", "name"] as const,
      registers,
    }),
    deviceForeign: new Gauge({
      name: "framefleet_device_memory_foreign_mib",
      help: "Device memory held by processes that are not this worker's backends",
      labelNames: ["device", "name"] as const,
      registers,
    }),
    deviceUtil: new Gauge({
      name: "framefleet_device_utilisation_pct",
      help: "Device utilisation in percent (-1 when not reported)",
      labelNames: ["device", "name"] as const,
      registers,
    }),
    deviceBusy: new Gauge({
      name: "framefleet_device_busy",
      help: "1 while a task of ours runs on the device",
      labelNames: ["device"] as const,
      registers,
    }),
    deviceReadErrors: new Counter({
      name: "framefleet_device_read_errors_total",
      help: "Failed device discovery reads (nvidia-smi errors or timeouts); no work is taken while they fail",
      registers,
    }),
    nodePaused: new Gauge({
      name: "framefleet_node_paused",
      help: "1 while the node takes no new work although it is running, by why (disk_full: its output folder is below worker.min_free_space); 0 once it takes work again",
      labelNames: ["reason"] as const,
      registers,
    }),
    outputFreeBytes: new Gauge({
      name: "framefleet_output_free_bytes",
      help: "Free bytes in the generator worker's output folder, read before each pull",
      labelNames: ["path"] as const,
      registers,
    }),
    diskFullHandbacks: new Counter({
      name: "framefleet_disk_full_handbacks_total",
      help: "Tasks handed back without spending an attempt because the output folder was full",
      labelNames: ["backend"] as const,
      registers,
    }),
    infraRetries: new Counter({
      name: "framefleet_infrastructure_retries_total",
      help: "Retries of a write a task needs (output commit, attempt record, result) after NATS failed it: an outage, a leader election, a timeout",
      labelNames: ["what"] as const,
      registers,
    }),
    infraHandbacks: new Counter({
      name: "framefleet_infrastructure_handbacks_total",
      help: "Tasks handed back without spending an attempt because NATS stayed unavailable for worker.infra_retry_budget",
      labelNames: ["kind", "backend"] as const,
      registers,
    }),
    nodeState: new Gauge({
      name: "framefleet_node_state",
      help: "1 for the worker's current state: initialized, running, draining, drained, stopping, stopped, failed",
      labelNames: ["state"] as const,
      registers,
    }),
  };
}

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
