/**
 * The coordinator's options, dependencies and answers, shared by coordinator.ts and the modules
 * it is made of (runs/, events/, api/).
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { KV } from "@nats-io/kv";
import type { DataRootsConfig } from "../../common/src/data-roots";
import type { Logger } from "../../common/src/log";
import type { StuckQueue } from "../../common/src/proto";
import type { SchedulingConfig } from "./admission/scheduling";
import type { LiveBackends, RunningOnNode } from "./fleet/backend-coverage";
import type { CoordinatorMetrics } from "./fleet/coordinator-metrics";
import type { PlanningThreads } from "./runs/planning-thread";
import type { RunStore } from "./runs/run-store";

export interface CoordinatorOptions {
  /** Where run folders are created (shared with the workers). */
  readonly outputRoot: string;
  /** How often dirty run records (counters) are written. @default 1000 */
  readonly statusIntervalMs: number;
  /** The folders run specs may read from (coordinator.data_roots, coordinator.allow_spec_folder). */
  readonly dataRoots: DataRootsConfig;
  /** coordinator.max_videos_per_run. */
  readonly maxVideosPerRun: number;
  /** Priority classes and teams (coordinator.priority_classes, default_priority, teams). */
  readonly scheduling?: SchedulingConfig;
  /** coordinator.admission_margin. */
  readonly admissionMargin?: number;
  /** coordinator.max_preemptions. @default 2 */
  readonly maxPreemptions?: number;
  /** Where a spec's relative paths resolve when its request names no folder (main.ts: the working folder). */
  readonly defaultBaseDir: string;
}

export interface CoordinatorDeps {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly store: RunStore;
  /** KV ff_attempts: the fleet-wide failure record of each task (cleared when a task is queued again). */
  readonly attempts: KV;
  readonly log: Logger;
  readonly metrics: CoordinatorMetrics;
  /** The live fleet's backends and stuck queues (BackendWatch); without it no submit check, and ETAs count no devices. */
  readonly backends?: FleetBackends;
  /** Where specs are planned (a thread per plan, with memory and time limits). */
  readonly planning: PlanningThreads;
}

/** What the coordinator reads of the live fleet. */
export interface FleetBackends {
  /** As of the last refresh (every few seconds). */
  liveBackends(): LiveBackends;
  /** Read now. */
  liveBackendsNow(): Promise<LiveBackends>;
  /** The tasks the live nodes' adverts show running, as of the last read. */
  running(): readonly RunningOnNode[];
  stuck(): StuckQueue[];
}

/** A run spec to start, or a run to resume (SubmitRun in control.proto). */
export interface SubmitRequest {
  readonly specYaml: string;
  /** The folder the spec's relative paths resolve from; empty: CoordinatorOptions.defaultBaseDir. */
  readonly baseDir: string;
  readonly specSource: string;
  readonly resumeRunId: string;
  readonly failedOnly?: boolean;
  readonly requireNodes?: boolean;
  readonly owner?: string;
  readonly team?: string;
}

export interface SubmitResult {
  readonly runId: string;
  readonly tasks: number;
  readonly outputDir: string;
  readonly disposition: "new" | "running" | "resumed";
  readonly requeued: number;
  readonly reused: number;
  /** Backends of the run no live node serves (its tasks will wait), one line each. */
  readonly warnings: readonly string[];
}
