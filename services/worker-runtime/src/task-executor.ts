/**
 * Runs one placed task to its end: start event, the kind's handler with a live lease, then the
 * outcome on the queue. Publish the result, then ack: a crash between the two redelivers a task
 * whose output is already committed, which the next attempt finds and reports again.
 *
 * Failures are sorted by cause:
 * - run cancelled → ack (the task must not run anywhere again);
 * - drain deadline or shutdown → nak() at once (not the task's fault: another node takes it);
 * - out of memory → nak() at once, cool the device down, unload the backend (a placement failure);
 * - anything else → retry with nak(delay) until the task's attempts are spent, then FAILED + term().
 */
import type { JetStreamClient } from "@nats-io/jetstream";
import { encode, type Encoder } from "../../common/src/codec";
import { CancelReason, isPermanent, isPlacementFailure, toFleetError, type FleetError } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { Outcome, pb, type Task } from "../../common/src/proto";
import { EventType, eventSubject } from "../../common/src/subjects";
import type { DeviceLease, TaskKindName } from "./backend";
import type { BackendPool } from "./backend-pool";
import type { DeviceSnapshot } from "./devices/types";
import type { HandlerResult, TaskHandler } from "./handler";
import type { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";

export interface TaskExecutorOptions {
  readonly node: string;
  readonly kind: TaskKindName;
  /** Delay before a failed attempt is retried, times the attempt number. */
  readonly retryDelayMs: number;
  /** How long an OOM'd device is left alone. */
  readonly oomCooldownMs: number;
}

export interface TaskExecutorDeps {
  readonly js: JetStreamClient;
  readonly handler: TaskHandler;
  readonly pool: BackendPool;
  readonly log: Logger;
  readonly metrics: WorkerMetrics;
  /** Device uuid → until ms: devices placement must leave alone. */
  readonly cooling: Map<string, number>;
}

export class TaskExecutor {
  private readonly meanMs = new Map<string, { n: number; mean: number }>();
  tasksDone = 0;
  tasksFailed = 0;

  constructor(
    private readonly opts: TaskExecutorOptions,
    private readonly deps: TaskExecutorDeps,
  ) {}

  /** Mean time of a backend's tasks on this node (drain uses it when there is no progress). */
  meanDurationMs(backend: string): number | undefined {
    return this.meanMs.get(backend)?.mean;
  }

  async run(rt: RunningTask, task: Task, device: DeviceSnapshot): Promise<void> {
    const { log: baseLog, metrics, pool } = this.deps;
    const attempt = rt.msg.info.deliveryCount;
    const log = baseLog.child({ run: task.runId, task: task.taskId, device: device.uuid, attempt });
    const labels = { kind: this.opts.kind, backend: rt.backend };
    if (attempt > 1) metrics.redeliveries.inc(labels);
    const startedAt = Date.now();
    if (task.publishedAtMs > 0) metrics.queueWaitSeconds.observe(labels, Math.max(0, startedAt - task.publishedAtMs) / 1000);
    const lease: DeviceLease = { uuid: device.uuid, name: device.name, index: device.index, source: device.source, env: device.env };
    let loadMs = 0;
    log.info("task started", { backend: rt.backend, item: task.itemKey });
    await this.publishEvent(task.runId, EventType.STARTED, pb.TaskStarted, {
      taskId: task.taskId,
      runId: task.runId,
      kind: task.kind,
      attempt,
      node: this.opts.node,
      deviceUuid: device.uuid,
      atMs: startedAt,
    }).catch((err: unknown) => log.warn("could not publish start event", errorFields(err)));

    let result: HandlerResult;
    try {
      result = await this.deps.handler.handle(task, {
        signal: rt.signal,
        log,
        device: lease,
        node: this.opts.node,
        attempt,
        progress: (f) => rt.setProgress(f),
        backend: async () => {
          const acquired = await pool.acquire(lease, rt.backend, rt.signal);
          loadMs += acquired.loadMs;
          return acquired.instance;
        },
      });
    } catch (err) {
      await this.onTaskError(rt, task, attempt, toFleetError(err), log);
      return;
    }
    const finishedAt = Date.now();
    const backendMs = Math.round(result.backendMs);
    this.recordDuration(rt.backend, finishedAt - startedAt - loadMs);
    const res = pb.TaskResult.create({
      taskId: task.taskId,
      runId: task.runId,
      kind: task.kind,
      backend: rt.backend,
      itemKey: task.itemKey,
      outcome: Outcome.OUTCOME_DONE,
      attempt,
      node: this.opts.node,
      deviceUuid: device.uuid,
      output: result.output ? pb.OutputFile.create(result.output) : null,
      timings: { publishedAtMs: task.publishedAtMs, startedAtMs: startedAt, finishedAtMs: finishedAt, backendMs, loadMs },
      genTaskId: task.evaluate?.genTaskId ?? "",
      scores: result.scores ? { ...result.scores } : {},
      labels: task.labels,
    });
    try {
      // Publish before ack: if we die in between, the redelivery finds the committed output.
      await this.publishEvent(task.runId, EventType.RESULT, pb.TaskResult, res, `${task.taskId}.result`);
    } catch (err) {
      log.warn("could not publish result; handing task back", errorFields(err));
      rt.msg.nak(this.opts.retryDelayMs);
      return;
    }
    await rt.msg.ackAck().catch((err: unknown) => log.warn("ack not confirmed (the task may be redelivered; its output is committed)", errorFields(err)));
    metrics.tasks.inc({ ...labels, outcome: result.outcome });
    metrics.taskSeconds.observe(labels, (finishedAt - startedAt) / 1000);
    metrics.gpuSeconds.inc(labels, backendMs / 1000);
    if (this.opts.kind === "gen" && result.outcome === "done") metrics.videos.inc({ backend: rt.backend });
    this.tasksDone++;
    log.info("task done", { outcome: result.outcome, ms: finishedAt - startedAt, backendMs, loadMs });
  }

  private async onTaskError(rt: RunningTask, task: Task, attempt: number, err: FleetError, log: Logger): Promise<void> {
    const labels = { kind: this.opts.kind, backend: rt.backend };
    const reason = rt.signal.aborted ? (rt.signal.reason as { reason?: CancelReason } | undefined)?.reason : undefined;
    const wireError = {
      code: err.code,
      message: err.message,
      node: this.opts.node,
      deviceUuid: rt.deviceUuid,
      attempt,
      atMs: Date.now(),
    };
    if (reason === CancelReason.RUN_CANCELLED) {
      // The run is gone: the task must not run again anywhere.
      log.info("task cancelled with its run");
      this.deps.metrics.tasks.inc({ ...labels, outcome: "cancelled" });
      await rt.msg.ackAck().catch(() => undefined);
      return;
    }
    if (reason === CancelReason.DRAIN_DEADLINE || reason === CancelReason.WORKER_SHUTDOWN) {
      // Not the task's fault: straight back to the queue for another node.
      log.info("task handed back", { why: reason });
      this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
      rt.msg.nak();
      return;
    }
    if (isPlacementFailure(err)) {
      const until = Date.now() + this.opts.oomCooldownMs;
      this.deps.cooling.set(rt.deviceUuid, until);
      this.deps.metrics.oomHandbacks.inc({ backend: rt.backend, device: rt.deviceUuid });
      log.warn("device out of memory; handing task back and cooling the device", { until });
      await this.deps.pool.unload(rt.deviceUuid, "out of memory");
      this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
      await this.publishRetry(task, wireError, 0).catch(() => undefined);
      rt.msg.nak();
      return;
    }
    const maxAttempts = task.maxAttempts > 0 ? task.maxAttempts : 3;
    if (!isPermanent(err) && attempt < maxAttempts) {
      const delayMs = (this.opts.retryDelayMs) * attempt;
      log.warn("task attempt failed; retrying", { ...errorFields(err), delayMs, maxAttempts });
      this.deps.metrics.tasks.inc({ ...labels, outcome: "retried" });
      await this.publishRetry(task, wireError, delayMs).catch(() => undefined);
      rt.msg.nak(delayMs);
      return;
    }
    log.error("task failed", { ...errorFields(err), attempt, maxAttempts });
    const res = pb.TaskResult.create({
      taskId: task.taskId,
      runId: task.runId,
      kind: task.kind,
      backend: rt.backend,
      itemKey: task.itemKey,
      outcome: Outcome.OUTCOME_FAILED,
      attempt,
      node: this.opts.node,
      deviceUuid: rt.deviceUuid,
      errors: [wireError],
      timings: { publishedAtMs: task.publishedAtMs, startedAtMs: rt.startedAt, finishedAtMs: Date.now() },
      genTaskId: task.evaluate?.genTaskId ?? "",
      labels: task.labels,
    });
    try {
      await this.publishEvent(task.runId, EventType.RESULT, pb.TaskResult, res, `${task.taskId}.result`);
    } catch (pubErr) {
      log.warn("could not publish failure; handing task back", errorFields(pubErr));
      rt.msg.nak(this.opts.retryDelayMs);
      return;
    }
    this.tasksFailed++;
    this.deps.metrics.tasks.inc({ ...labels, outcome: "failed" });
    // term(), never term(reason): nats-server 2.9 silently ignores the reason form and redelivers.
    rt.msg.term();
  }

  private publishRetry(task: Task, error: object, delayMs: number): Promise<void> {
    return this.publishEvent(task.runId, EventType.RETRY, pb.TaskRetry, { taskId: task.taskId, runId: task.runId, kind: task.kind, error, delayMs });
  }

  private async publishEvent<P>(runId: string, type: EventType, msgType: Encoder<P>, value: P, msgID?: string): Promise<void> {
    await this.deps.js.publish(eventSubject(runId, type), encode(msgType, value), msgID ? { msgID } : undefined);
  }

  private recordDuration(backend: string, ms: number): void {
    const m = this.meanMs.get(backend) ?? { n: 0, mean: 0 };
    m.n++;
    m.mean += (ms - m.mean) / m.n;
    this.meanMs.set(backend, m);
  }

}
