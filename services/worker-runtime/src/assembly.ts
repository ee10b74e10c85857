/**
 * Wires a worker runtime from its real parts: JetStream as the task source, the device slots and
 * readings, the dispatch loop, the executor with its result outbox, the pause gate, the
 * connection watch, the advertiser and the node-control subscriptions, all driven by the
 * lifecycle in runtime.ts. No decisions here: each part holds its own.
 *
 * Delivery rules (docs/architecture.md): never more tasks than free devices, never prefetch;
 * `working()` every ack_wait/3; `nak()` hands a task back at once; results are published (in
 * batches, result-outbox.ts) before the ack, so a crash between the two redelivers a task whose
 * output is already committed.
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Logger } from "../../common/src/log";
import type { TaskConsumerOptions } from "../../common/src/nats/topology";
import { Advertiser } from "./advertiser";
import type { AttemptsStore } from "./attempts";
import type { TaskKindName } from "./backend";
import type { BackendPool } from "./backend-pool";
import { ConnectionWatch } from "./connection-watch";
import { DeviceReadings } from "./device-readings";
import type { DeviceSlots } from "./device-slots";
import type { DeviceSource } from "./devices/types";
import { Dispatcher } from "./dispatcher";
import type { TaskHandler } from "./handler";
import { subscribeNodeControl } from "./node-control";
import { PauseGate } from "./pause";
import { ResultOutbox } from "./result-outbox";
import { WorkerRuntime } from "./runtime";
import type { WorkerMetrics } from "./runtime-metrics";
import { WorkerState } from "./state";
import { TaskExecutor } from "./task-executor";
import { JetStreamTaskSource } from "./task-source";

export interface WorkerRuntimeConfig {
  readonly node: string;
  readonly role: TaskKindName;
  readonly version: string;
  readonly memoryMarginMiB: number;
  readonly advertIntervalMs: number;
  /** Default drain deadline (SIGTERM uses it). */
  readonly drainDeadlineMs: number;
  readonly consumer: TaskConsumerOptions;
  /** How long one pull waits for a task. @default 5000 */
  readonly pullExpiresMs?: number;
  /** How often devices are re-read while none is free. @default 1000 */
  readonly devicePollMs?: number;
  /** Delay before a failed attempt is retried. @default 2000 */
  readonly retryDelayMs?: number;
  /** How long an OOM'd device is left alone. @default 30000 */
  readonly oomCooldownMs?: number;
  /** A task that ran out of memory on this many distinct devices is given up. @default 3 */
  readonly oomDeviceLimit?: number;
  /** A task handed back this many times because the output folder was full is given up (it may not fit at all). @default 5 */
  readonly diskFullLimit?: number;
  /** "idle": a device switches backend when its loaded one has no work; "never": it keeps its first. @default "idle" */
  readonly backendSwitch?: "idle" | "never";
  /** How long results may keep failing to publish (NATS away) before their tasks are handed back. @default 120000 */
  readonly infraRetryBudgetMs?: number;
  readonly metricsUrl?: string;
}

export interface WorkerRuntimeDeps {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly nodesKv: KV;
  readonly attempts: AttemptsStore;
  readonly devices: DeviceSource;
  readonly pool: BackendPool;
  /** The record of what occupies each device; device discovery reads it too (device-slots.ts ownUsage). */
  readonly slots: DeviceSlots;
  readonly handler: TaskHandler;
  readonly log: Logger;
  readonly metrics: WorkerMetrics;
}

export function createWorkerRuntime(cfg: WorkerRuntimeConfig, deps: WorkerRuntimeDeps): WorkerRuntime {
  const { nc, js, jsm, pool, slots, log, metrics, handler } = deps;
  const kind = handler.kind;
  const budgetMs = cfg.infraRetryBudgetMs ?? 120_000;
  const outbox = new ResultOutbox(js, log, { budgetMs, metrics, onHandBack: (r) => metrics.infraHandbacks.inc({ kind, backend: r.backend }) });
  const executor = new TaskExecutor(
    { node: cfg.node, kind, retryDelayMs: cfg.retryDelayMs ?? 2000, oomCooldownMs: cfg.oomCooldownMs ?? 30_000, oomDeviceLimit: cfg.oomDeviceLimit ?? 3, diskFullLimit: cfg.diskFullLimit ?? 5 },
    { js, handler, pool, log, metrics, slots, attempts: deps.attempts, outbox, infraRetry: { budgetMs, log, metrics } },
  );
  const source = new JetStreamTaskSource(js, jsm, { kind, backends: pool.backends.map((b) => b.name), consumer: cfg.consumer }, log);
  const readings = new DeviceReadings({ source: deps.devices, slots, pool, log, metrics, sticky: cfg.backendSwitch === "never" });
  // The runtime is made last, from the parts below; they ask it for its state once it runs.
  const state = () => runtime.getState();
  const pause = new PauseGate({ check: handler.pauseReason?.bind(handler), log, metrics, onChange: () => void advertiser.advertise() });
  const advertiser: Advertiser = new Advertiser(
    { node: cfg.node, role: cfg.role, version: cfg.version, advertIntervalMs: cfg.advertIntervalMs, metricsUrl: cfg.metricsUrl ?? "", startedAtMs: Date.now() },
    {
      kv: deps.nodesKv,
      state,
      readings,
      slots,
      pool,
      refreshLease: () => source.refreshLease(),
      counts: () => ({ done: executor.tasksDone, failed: executor.tasksFailed }),
      pausedReason: () => pause.reason,
      log,
      metrics,
    },
  );
  const link = new ConnectionWatch(nc, log, {
    onDown: () => source.interrupt(),
    onUp: () => {
      void advertiser.advertise();
      dispatcher.poke();
    },
  }).start();
  const dispatcher: Dispatcher = new Dispatcher(
    { kind, memoryMarginMiB: cfg.memoryMarginMiB, devicePollMs: cfg.devicePollMs ?? 1000, pullExpiresMs: cfg.pullExpiresMs ?? 5000 },
    { state, source, slots, readings, pool, pause, link, runner: executor, log, metrics, onTaskStart: () => advertiser.soon(), onTaskEnd: () => runtime.taskEnded() },
  );
  const subs: Subscription[] = [];
  const runtime: WorkerRuntime = new WorkerRuntime({
    log,
    drainDeadlineMs: cfg.drainDeadlineMs,
    slots,
    dispatcher,
    source,
    meanDurationMs: (b) => executor.meanDurationMs(b),
    open: async () => {
      await source.open();
      subs.push(...subscribeNodeControl(nc, cfg.node, runtime));
      const devices = await readings.first();
      log.info("worker started", { node: cfg.node, role: cfg.role, backends: pool.backends.map((b) => b.name), devices: devices.map((d) => `${d.uuid} ${d.freeMiB}/${d.totalMiB} MiB`) });
      advertiser.start();
    },
    close: async () => {
      advertiser.stop();
      await outbox.idle();
      for (const s of subs) s.unsubscribe();
      await pool.closeAll();
    },
    entered: async (s) => {
      for (const w of Object.values(WorkerState)) metrics.nodeState.set({ state: w.toLowerCase() }, w === s ? 1 : 0);
      await advertiser.advertise();
    },
  });
  return runtime;
}
