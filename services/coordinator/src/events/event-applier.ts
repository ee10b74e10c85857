/**
 * Following events: each result, retry and start moves its item on (runs/item-state.ts), frees or
 * takes its place in admission, feeds the ETA model and the team's device time, and may complete
 * the run. Events are applied one at a time from one durable consumer, so run state has one
 * writer and no locks. Each event is applied to a copy of the item; the copy replaces the item
 * only once its side effects (evaluation task id set, record queued for writing) succeeded, so a
 * failed event is simply redelivered and applied again.
 */
import type { JsMsg } from "@nats-io/jetstream";
import { FleetErrorCode } from "../../../common/src/errors";
import { errorFields, type Logger } from "../../../common/src/log";
import { ItemState, TaskKind, pb } from "../../../common/src/proto";
import { int64 } from "../../../common/src/run-rate";
import { stageOf, type Admission } from "../admission/admission";
import { teamOf } from "../admission/scheduling";
import type { RunningOnNode } from "../fleet/backend-coverage";
import type { CoordinatorMetrics } from "../fleet/coordinator-metrics";
import type { RunCompletion } from "../runs/completion";
import { applyResult, applyRetry, applyStarted, isTerminal } from "../runs/item-state";
import type { ItemWriter } from "../runs/item-writer";
import { Stage } from "../runs/progress";
import type { ActiveRun, RunStore } from "../runs/run-store";
import { buildEvalTask } from "../runs/task-builder";
import { decodeEvent, type FleetEvent } from "./events";

export interface EventApplierDeps {
  readonly store: RunStore;
  readonly writer: ItemWriter;
  readonly admission: Admission;
  readonly completion: RunCompletion;
  readonly metrics: CoordinatorMetrics;
  readonly log: Logger;
}

export class EventApplier {
  constructor(private readonly deps: EventApplierDeps) {}

  /**
   * Applies one event in memory and moves on; the event is acked once the record it changed is
   * durable (ItemWriter), so the next events are applied while this one's write is on its way.
   */
  async handle(m: JsMsg): Promise<void> {
    let ev: FleetEvent | undefined;
    try {
      ev = decodeEvent(m);
    } catch (err) {
      this.deps.log.error("undecodable event; skipping it", { subject: m.subject, ...errorFields(err) });
      m.ack();
      return;
    }
    let durable: Promise<unknown>;
    try {
      if (ev?.type === "results") {
        // Applied one by one, in the order the worker finished them; acked once all are durable.
        const all: Promise<void>[] = [];
        for (const event of ev.events) all.push((await this.apply({ type: "result", runId: ev.runId, event })).durable);
        durable = Promise.all(all);
      } else durable = ev ? (await this.apply(ev)).durable : Promise.resolve();
    } catch (err) {
      // Nothing was committed to memory: the redelivery applies the event afresh (results already
      // applied from a batch change nothing the second time).
      this.deps.log.warn("could not apply event; it will be redelivered", { subject: m.subject, ...errorFields(err) });
      m.nak(1000);
      return;
    }
    const type = ev?.type === "results" ? "result" : ev?.type;
    const n = ev?.type === "results" ? ev.events.length : 1;
    void durable.then(() => {
      m.ack();
      if (type) this.deps.metrics.events.inc({ type }, n);
    });
  }

  /**
   * Marks the items the nodes' adverts show running (in memory only: a start is not worth a write
   * per task; the result that follows writes the item with its attempt, node and device). What
   * status, the ETA and preemption read is as fresh as the adverts, a second or so.
   */
  applyRunning(running: readonly RunningOnNode[]): void {
    for (const r of running) {
      const run = this.deps.store.get(r.runId);
      const genTaskId = run?.genTaskIdOf(r.taskId);
      const current = genTaskId ? run?.items.get(genTaskId) : undefined;
      if (!run || !current) continue;
      // An advert up to an interval old may still show an attempt that has since been handed back
      // (preempted, drained, out of memory): only a start after the item's last error is news.
      const lastError = current.errors.reduce((t, e) => Math.max(t, int64(e.atMs)), 0);
      if (r.startedAtMs > 0 && r.startedAtMs <= lastError) continue;
      // Already shown running from an earlier advert of this attempt: nothing to change or notify.
      const shown = current.state === (r.kind === TaskKind.TASK_KIND_GEN ? ItemState.ITEM_STATE_RUNNING : ItemState.ITEM_STATE_EVALUATING);
      if (shown && int64(current.startedAtMs) === r.startedAtMs) continue;
      const item = pb.ItemRecord.create({ ...current });
      const ev = pb.TaskStarted.create({ taskId: r.taskId, runId: r.runId, kind: r.kind, attempt: r.attempt, node: r.node, deviceUuid: r.deviceUuid, atMs: r.startedAtMs });
      if (!applyStarted(item, ev)) continue;
      run.replaceItem(current, item);
      run.notify();
    }
  }

  /**
   * Applies an event in memory; `durable` settles when the change is written. (Wrapped in an
   * object: a promise resolved with a promise would be awaited through.)
   */
  private async apply(ev: Exclude<FleetEvent, { type: "results" }>): Promise<{ durable: Promise<void> }> {
    const nothing = { durable: Promise.resolve() };
    if (ev.type === "run") return nothing; // announcements of an older coordinator
    const run = this.deps.store.get(ev.runId);
    if (!run) return nothing; // finished or unknown run: late events change nothing
    const genTaskId =
      ev.type === "result" && ev.event.kind === TaskKind.TASK_KIND_EVAL ? ev.event.genTaskId : run.genTaskIdOf(ev.event.taskId);
    const current = genTaskId ? run.items.get(genTaskId) : undefined;
    if (!current) return nothing;
    const item = pb.ItemRecord.create({ ...current, errors: [...current.errors], scores: { ...current.scores }, loads: [...current.loads] });
    let changed = false;
    let publishEval = false;
    switch (ev.type) {
      case "started":
        changed = applyStarted(item, ev.event);
        break;
      case "retry":
        changed = applyRetry(item, ev.event);
        break;
      case "result": {
        const effect = applyResult(item, ev.event, run.spec.evaluation !== undefined);
        changed = effect.changed;
        publishEval = effect.publishEval;
        break;
      }
    }
    // A redelivered event changes nothing, but must not be acked before the write it caused.
    if (!changed) return { durable: this.deps.writer.settled(current.taskId) };
    // The stage the event ended frees its place in the work queue; a video to evaluate waits for one.
    const before = stageOf(current, run);
    if (publishEval) {
      const t = buildEvalTask(item, run.spec);
      if (t) item.evalTaskId = t.taskId;
    }
    const after = stageOf(item, run);
    if (before !== after) item.admitted = false;
    // Handed back for a run of a higher priority: the worker acked its message, so admission
    // publishes it again (under a new id: the count is part of it).
    const preempted = ev.type === "retry" && ev.event.error?.code === FleetErrorCode.PREEMPTED && before !== undefined && before === after && current.state !== item.state;
    if (preempted) {
      item.admitted = false;
      item.preemptions += 1;
    }
    const durable = this.deps.writer.write(item);
    run.replaceItem(current, item);
    if (before && before !== after) this.deps.admission.stageEnded(run, item.taskId, before);
    if (after && before !== after) this.deps.admission.enqueue(run, item);
    if (preempted && before) this.deps.admission.preempted(run, item, before);
    if (ev.type === "result") {
      // Every attempt's time feeds the ETA model, whatever its outcome: it held a device that long.
      const t = ev.event.timings;
      run.progress.recordAttempt(ev.event.kind === TaskKind.TASK_KIND_GEN ? Stage.GENERATION : Stage.EVALUATION, int64(t?.startedAtMs), int64(t?.finishedAtMs));
      this.recordDeviceTime(run, int64(t?.startedAtMs), int64(t?.finishedAtMs));
    }
    if (isTerminal(item.state)) {
      // When the last item reached its final state is when the run's wall time ends; a result
      // replayed after a restart keeps its own time, not the time of the replay.
      const at = ev.type === "result" ? int64(ev.event.timings?.finishedAtMs) || Date.now() : Date.now();
      run.record.lastItemDoneAtMs = Math.max(int64(run.record.lastItemDoneAtMs), at);
      this.deps.metrics.itemsFinished.inc({ outcome: item.state === ItemState.ITEM_STATE_DONE ? "done" : "failed" });
    }
    run.notify();
    await this.deps.completion.check(run);
    return { durable };
  }

  /** Device time an attempt held, for fair share's tie-breaks and the team's metrics. */
  private recordDeviceTime(run: ActiveRun, startMs: number, endMs: number): void {
    if (!startMs || endMs <= startMs) return;
    run.record.deviceMs = int64(run.record.deviceMs) + (endMs - startMs);
    run.dirty = true;
    this.deps.metrics.teamDeviceSeconds.inc({ team: teamOf(run.record) }, (endMs - startMs) / 1000);
  }
}
