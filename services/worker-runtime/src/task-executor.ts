/**
 * Runs one placed task to its end: start event, the kind's handler with a live lease, then the
 * outcome on the queue. Publish the result, then ack: a crash between the two redelivers a task
 * whose output is already committed, which the next attempt finds and reports again.
 *
 * Failures are sorted by cause:
 * - run cancelled → ack (the task must not run anywhere again);
 * - drain deadline (a drain, or the drain a shutdown begins with) → nak() at once (not the task's fault: another node takes it);
 * - preempted (a run of a higher priority wants the device) → retry event, then ack: the
 *   coordinator queues the task again itself, behind the run that preempted it;
 * - out of memory → nak() at once and cool the device down (a placement failure: the task's
 *   attempts are not spent), until the task has run out of memory on `oomDeviceLimit` distinct
 *   devices, when it is given up (it does not fit anywhere);
 * - output folder full (DiskFullError.handBack) → nak() at once without spending an attempt; the
 *   node pauses until space returns (pause.ts). A task handed back for this `diskFullLimit` times
 *   is given up: its video may not fit in the space the folder ever has;
 * - NATS could not record what the task needs (its commit, its attempt record: an outage, a
 *   leader election, a timeout; retried for worker.infra_retry_budget first, infra-retry.ts) →
 *   nak() at once without spending an attempt, code `infrastructure` in the item's history;
 * - anything else → retry with nak(delay) until the task's attempts are spent, then FAILED + term().
 * Attempts are counted fleet-wide in KV (attempts.ts), not from JetStream's delivery count, which
 * also counts hand-backs.
 */
import type { JetStreamClient } from "@nats-io/jetstream";
import { encode, type Encoder } from "../../common/src/codec";
import { CancelReason, FleetErrorCode, isDiskFullHandBack, isPermanent, isPlacementFailure, toFleetError, type FleetError } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { isInfrastructureError } from "../../common/src/nats/infra-errors";
import { HandbackReason, pb, type BackendLoad, type Task, type TaskAttempts, type TaskError } from "../../common/src/proto";
import { diskFullHandbacks, doneResult, errorHistory, failedResult, handBackError, handbackReasonOf, maxAttemptsOf, oomDevices } from "../../common/src/outcome";
import type { AttemptsStore } from "./attempts";
import { EventType, eventSubject } from "../../common/src/subjects";
import type { DeviceLease, TaskKindName } from "./backend";
import type { BackendPool } from "./backend-pool";
import type { DeviceSlots } from "./device-slots";
import type { DeviceSnapshot } from "./devices/types";
import type { HandlerResult, TaskHandler } from "./handler";
import type { RunningTask } from "./running-task";
import type { WorkerMetrics } from "./runtime-metrics";
import type { ResultOutbox } from "./result-outbox";
import { withInfraRetry, type InfraRetrySettings } from "./infra-retry";

export interface TaskExecutorOptions {
  readonly node: string;
  readonly kind: TaskKindName;
  /** Delay before a failed attempt is retried, times the attempt number. */
  readonly retryDelayMs: number;
  /** How long an OOM'd device is left alone. */
  readonly oomCooldownMs: number;
  /** A task that ran out of memory on this many distinct devices is given up. */
  readonly oomDeviceLimit: number;
  /** A task handed back this many times because the output folder was full is given up. */
  readonly diskFullLimit: number;
}

export interface TaskExecutorDeps {
  readonly js: JetStreamClient;
  readonly handler: TaskHandler;
  readonly pool: BackendPool;
  readonly log: Logger;
  readonly metrics: WorkerMetrics;
  /** The device's slot: released once the backend is done; cooled down after an OOM. */
  readonly slots: Pick<DeviceSlots, "release" | "coolDown">;
  readonly attempts: AttemptsStore;
  /** Where results go: batched, published before their tasks are acked. */
  readonly outbox: ResultOutbox;
  /** How NATS failures are retried (worker.infra_retry_budget); none: one try. */
  readonly infraRetry?: InfraRetrySettings;
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

  /** Releases the device's slot once the backend is done (before the result is published), so the next task can be placed while this one reports. */
  async run(rt: RunningTask, task: Task, device: DeviceSnapshot): Promise<void> {
    const releaseDevice = () => this.deps.slots.release(rt);
    const { log: baseLog, metrics, pool } = this.deps;
    const attempt = rt.msg.info.deliveryCount;
    const log = baseLog.child({ run: task.runId, task: task.taskId, device: device.uuid, attempt });
    const labels = { kind: this.opts.kind, backend: rt.backend };
    if (attempt > 1) metrics.redeliveries.inc(labels);
    const startedAt = Date.now();
    if (task.publishedAtMs > 0) metrics.queueWaitSeconds.observe(labels, Math.max(0, startedAt - task.publishedAtMs) / 1000);
    const lease: DeviceLease = { uuid: device.uuid, name: device.name, index: device.index, source: device.source, env: device.env };
    let loadMs = 0;
    let loaded = false;
    log.debug("task started", { backend: rt.backend, item: task.itemKey });
    // No start event: the node's advert shows the task on its device (runningTaskId), which is
    // all the coordinator needs to show it running; the result carries the attempt's details.
    let result: HandlerResult;
    try {
      result = await this.deps.handler.handle(task, {
        signal: rt.signal,
        log,
        device: lease,
        node: this.opts.node,
        attempt,
        writesOutput: pool.factory(rt.backend).writesOutput !== false,
        progress: (f, stage) => rt.setProgress(f, stage),
        backendDone: releaseDevice,
        backend: async () => {
          const acquired = await pool.acquire(lease, rt.backend, rt.signal);
          loadMs += acquired.loadMs;
          loaded ||= acquired.loaded;
          return acquired.instance;
        },
      });
    } catch (err) {
      await this.onTaskError(rt, task, attempt, toFleetError(err), log, this.loadRecord(task, rt, attempt, loaded, loadMs));
      return;
    }
    const finishedAt = Date.now();
    releaseDevice();
    const backendMs = Math.round(result.backendMs);
    this.recordDuration(rt.backend, finishedAt - startedAt - loadMs);
    const res = doneResult(task, {
      backend: rt.backend,
      attempt,
      node: this.opts.node,
      deviceUuid: device.uuid,
      output: result.output,
      scores: result.scores,
      timings: { publishedAtMs: task.publishedAtMs, startedAtMs: startedAt, finishedAtMs: finishedAt, backendMs, loadMs },
      load: this.loadRecord(task, rt, attempt, loaded, loadMs),
    });
    // Published before the ack (the outbox acks): if we die in between, the redelivery finds the
    // committed output.
    if ((await this.deps.outbox.send(res, rt.msg, "ack")) === "handed_back") {
      metrics.tasks.inc({ ...labels, outcome: "handed_back" });
      return;
    }
    metrics.tasks.inc({ ...labels, outcome: result.outcome });
    metrics.taskSeconds.observe(labels, (finishedAt - startedAt) / 1000);
    metrics.gpuSeconds.inc(labels, backendMs / 1000);
    if (this.opts.kind === "gen" && result.outcome === "done") metrics.videos.inc({ backend: rt.backend });
    this.tasksDone++;
    log.debug("task done", { outcome: result.outcome, ms: finishedAt - startedAt, backendMs, loadMs });
  }

  private async onTaskError(rt: RunningTask, task: Task, attempt: number, err: FleetError, log: Logger, load: BackendLoad | null): Promise<void> {
    const labels = { kind: this.opts.kind, backend: rt.backend };
    const reason = rt.cancellation?.reason;
    const handBack = handbackReasonOf(reason);
    const wireError = pb.TaskError.create({
      code: err.code,
      message: err.message,
      node: this.opts.node,
      deviceUuid: rt.deviceUuid,
      attempt,
      atMs: Date.now(),
    });
    if (reason === CancelReason.RUN_CANCELLED) {
      // The run is gone: the task must not run again anywhere.
      log.info("task cancelled with its run");
      this.deps.metrics.tasks.inc({ ...labels, outcome: "cancelled" });
      await rt.msg.ackAck().catch(() => undefined);
      return;
    }
    if (handBack === HandbackReason.HANDBACK_REASON_DRAIN_DEADLINE) {
      // Not the task's fault: straight back to the queue for another node. The retry event (not
      // counted against the task) tells the coordinator, and the item's history, when and why.
      log.info("task handed back", { why: reason });
      this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
      rt.msg.nak();
      const handback = handBackError(wireError, handBack, "handed back: drain deadline");
      await this.publishRetry(task, handback, 0, load).catch(() => undefined);
      return;
    }
    if (handBack === HandbackReason.HANDBACK_REASON_PREEMPTED) {
      await this.handBackPreempted(rt, task, wireError, load, log);
      return;
    }
    if (isInfrastructureError(err)) {
      await this.handBackInfrastructure(rt, task, wireError, err, load, log);
      return;
    }
    const diskFull = isDiskFullHandBack(err);
    // Out of memory and a full disk hand the task back unspent: recorded with their reason.
    const placement = isPlacementFailure(err) ? HandbackReason.HANDBACK_REASON_OUT_OF_MEMORY : diskFull ? HandbackReason.HANDBACK_REASON_DISK_FULL : undefined;
    const recorded = placement === undefined ? wireError : handBackError(wireError, placement, wireError.message);
    let history: TaskAttempts;
    try {
      history = await this.deps.attempts.add(task.taskId, placement === undefined ? "failure" : "handback", recorded, { signal: rt.signal });
    } catch (kvErr) {
      // Without the record we cannot count; hand the task back and let the next attempt decide.
      // The attempt's own error (a commit that timed out, say) is what an operator needs to see.
      const recordErr = errorFields(kvErr);
      log.warn("could not record the failed attempt; handing the task back", { ...errorFields(err), recordError: recordErr.error, recordErrorCode: recordErr.code });
      rt.msg.nak(this.opts.retryDelayMs);
      return;
    }
    const allErrors = errorHistory(history);

    if (isPlacementFailure(err)) {
      // Out of memory: the device was the problem, not the task. Cool the device down and let
      // another device take the task now, without spending its attempts.
      const until = Date.now() + this.opts.oomCooldownMs;
      this.deps.slots.coolDown(rt.deviceUuid, until);
      const devices = oomDevices(history);
      if (devices.size < this.opts.oomDeviceLimit) {
        this.deps.metrics.oomHandbacks.inc({ backend: rt.backend, device: rt.deviceUuid });
        log.warn("device out of memory; handing task back and cooling the device", { until, oomDevices: devices.size, limit: this.opts.oomDeviceLimit });
        this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
        await this.publishRetry(task, recorded, 0, load).catch(() => undefined);
        rt.msg.nak();
        return;
      }
      await this.giveUp(rt, task, attempt, allErrors, load, log, `out of memory on ${devices.size} devices`);
      return;
    }
    if (diskFull) {
      // The output folder filled up: the disk is to blame, not the task. Back to the queue now
      // (another node with room may take it); this node pauses until space returns.
      const times = diskFullHandbacks(history);
      if (times < this.opts.diskFullLimit) {
        this.deps.metrics.diskFullHandbacks.inc({ backend: rt.backend });
        log.warn("output folder full; handing the task back without spending an attempt", { ...errorFields(err), times, limit: this.opts.diskFullLimit });
        this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
        await this.publishRetry(task, recorded, 0, load).catch(() => undefined);
        rt.msg.nak();
        return;
      }
      await this.giveUp(rt, task, attempt, allErrors, load, log, `the output folder was full on ${times} attempts: the video may need more space than the folder has`);
      return;
    }
    const maxAttempts = maxAttemptsOf(task);
    if (!isPermanent(err) && history.failures.length < maxAttempts) {
      const delayMs = this.opts.retryDelayMs * history.failures.length;
      log.warn("task attempt failed; retrying", { ...errorFields(err), delayMs, failures: history.failures.length, maxAttempts });
      this.deps.metrics.tasks.inc({ ...labels, outcome: "retried" });
      await this.publishRetry(task, wireError, delayMs, load).catch(() => undefined);
      rt.msg.nak(delayMs);
      return;
    }
    await this.giveUp(rt, task, attempt, allErrors, load, log, isPermanent(err) ? "permanent error" : `${history.failures.length} failed attempts`);
  }

  /**
   * The control plane, not the task, failed: back to the queue at once, no attempt spent. Then the
   * hand-back is recorded, retried like any write while NATS comes back: the retry event (the
   * item's history says `infrastructure`) and the attempt record.
   */
  private async handBackInfrastructure(rt: RunningTask, task: Task, wireError: TaskError, err: FleetError, load: BackendLoad | null, log: Logger): Promise<void> {
    const labels = { kind: this.opts.kind, backend: rt.backend };
    // A raw NATS error that no retry wrapped says only "timeout": say whose timeout it was.
    const message = err.code === FleetErrorCode.INFRASTRUCTURE ? err.message : `NATS failed while the task ran: ${err.message}`;
    const error = handBackError(wireError, HandbackReason.HANDBACK_REASON_INFRASTRUCTURE, message);
    log.warn("NATS could not record this task's work; handing it back without spending an attempt", { ...errorFields(err), error: message });
    this.deps.metrics.infraHandbacks.inc(labels);
    this.deps.metrics.tasks.inc({ ...labels, outcome: "handed_back" });
    try {
      rt.msg.nak();
    } catch (nakErr) {
      // The connection is closed: the lease runs out and the task comes back all the same.
      log.warn("could not hand the task back; it returns when its lease runs out", errorFields(nakErr));
    }
    const retry = this.deps.infraRetry;
    const publish = () => this.publishRetry(task, error, 0, load);
    await Promise.all([
      this.deps.attempts.add(task.taskId, "handback", error).catch(() => undefined),
      (retry ? withInfraRetry("retry event", publish, retry) : publish()).catch((pubErr: unknown) =>
        log.warn("the hand-back is not in the item's history: its event could not be published", errorFields(pubErr)),
      ),
    ]);
  }

  /**
   * Preempted: the retry event goes first and the ack after, so the message leaves the queue only
   * once the coordinator is sure to hear of it (it publishes the task again under a new id, at the
   * head of its run's line). Acked, not terminated: a termination raises an advisory. If the event
   * cannot be published, the task goes back to the queue as after a drain instead.
   */
  private async handBackPreempted(rt: RunningTask, task: Task, wireError: TaskError, load: BackendLoad | null, log: Logger): Promise<void> {
    const message = rt.cancellation?.message ?? "handed back: preempted";
    const error = handBackError(wireError, HandbackReason.HANDBACK_REASON_PREEMPTED, message);
    this.deps.metrics.tasks.inc({ kind: this.opts.kind, backend: rt.backend, outcome: "handed_back" });
    try {
      await this.publishRetry(task, error, 0, load);
    } catch (err) {
      log.warn("could not report the preemption; handing the task back to the queue", errorFields(err));
      rt.msg.nak();
      return;
    }
    log.info("task handed back", { why: "preempted", detail: message });
    await rt.msg.ackAck().catch((err: unknown) => log.warn("ack of a preempted task not confirmed (it may run twice; its output is committed once)", errorFields(err)));
  }

  /** The task will not succeed: publish it failed with every error seen, and remove it from the queue. */
  private async giveUp(rt: RunningTask, task: Task, attempt: number, errors: TaskError[], load: BackendLoad | null, log: Logger, why: string): Promise<void> {
    log.error("task failed for good", { why, errors: errors.length });
    const res = failedResult(task, errors, {
      backend: rt.backend,
      attempt,
      node: this.opts.node,
      deviceUuid: rt.deviceUuid,
      timings: { publishedAtMs: task.publishedAtMs, startedAtMs: rt.startedAt, finishedAtMs: Date.now() },
      load,
    });
    if ((await this.deps.outbox.send(res, rt.msg, "term")) === "handed_back") return;
    this.tasksFailed++;
    this.deps.metrics.tasks.inc({ kind: this.opts.kind, backend: rt.backend, outcome: "failed" });
  }

  private loadRecord(task: Task, rt: RunningTask, attempt: number, loaded: boolean, loadMs: number): BackendLoad | null {
    if (!loaded) return null;
    return pb.BackendLoad.create({ node: this.opts.node, deviceUuid: rt.deviceUuid, backend: rt.backend, attempt, loadMs, kind: task.kind });
  }

  private publishRetry(task: Task, error: TaskError, delayMs: number, load: BackendLoad | null): Promise<void> {
    return this.publishEvent(task.runId, EventType.RETRY, pb.TaskRetry, { taskId: task.taskId, runId: task.runId, kind: task.kind, error, delayMs, load });
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
