/**
 * How a run ends: COMPLETED once every item reached a final state, or CANCELLED / FAILED when
 * told. The record is written before the end is announced, and the run then leaves memory.
 */
import { errorFields, type Logger } from "../../../common/src/log";
import { RunState, runStateName } from "../../../common/src/proto";
import type { Admission } from "../admission/admission";
import type { RunStatusView } from "../api/run-status";
import type { Feed } from "../events/feed";
import type { CoordinatorMetrics } from "../fleet/coordinator-metrics";
import type { ItemWriter } from "./item-writer";
import type { ActiveRun, RunStore } from "./run-store";

export interface RunCompletionDeps {
  readonly store: RunStore;
  readonly writer: ItemWriter;
  readonly feed: Feed;
  readonly admission: Admission;
  readonly statusView: RunStatusView;
  readonly metrics: CoordinatorMetrics;
  readonly log: Logger;
}

export class RunCompletion {
  constructor(private readonly deps: RunCompletionDeps) {}

  /** Completes the run when it is fully queued and every item reached a final state. */
  async check(run: ActiveRun): Promise<void> {
    const c = run.record.counters;
    // A run with no items never completes: it was never planned (start() fails such a run).
    if (run.record.state !== RunState.RUN_STATE_RUNNING || !run.record.publishedAll || !c || c.total === 0) return;
    if (c.done + c.failed < c.total) return;
    await this.finish(run, RunState.RUN_STATE_COMPLETED, c.failed > 0 ? `${c.failed} of ${c.total} items failed` : "");
  }

  async finish(run: ActiveRun, state: RunState, reason: string): Promise<void> {
    const { writer, store, log, metrics } = this.deps;
    // Every item's last change is durable before the run says it is over.
    await writer.flushed();
    run.record.state = state;
    run.record.finishedAtMs = Date.now();
    run.record.reason = reason;
    run.refreshCounters();
    await store.putRun(run.record);
    // The record says it is over; the announcement is for the aggregator and watchers, and a
    // failed one must not keep a finished run in memory.
    await this.announce(run, reason).catch((err: unknown) => log.warn("could not announce the end of a run", { run: run.id, ...errorFields(err) }));
    log.info("run finished", { run: run.id, state: runStateName(state), counters: run.record.counters });
    // The run leaves memory now: its gauges get their final values first (no admission standing).
    metrics.observeRun(run.record, this.deps.statusView.finished(run));
    run.notify();
    this.deps.admission.forget(run.id);
    store.retire(run.id);
  }

  /** Tells the aggregator and watchers the run's state (FF_FEED). */
  announce(run: ActiveRun, reason: string): Promise<void> {
    return this.deps.feed.runState(run.record, reason);
  }
}
