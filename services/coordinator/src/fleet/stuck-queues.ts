/**
 * Stuck queues: tasks that wait for a backend no live node serves (no live, active node of
 * that role advertises it, or every one that does is paused), for longer than `coordinator.stuck_after`. Typically a typo in a
 * run spec (`backend: wan`) or every worker of a model gone: without this the run waits
 * forever, with nothing saying why.
 *
 * Every metrics refresh (5 s) reads the per-subject message counts of FF_TASKS (which need no
 * consumer, so a backend nobody ever served counts too) and the node adverts, and sets
 * `framefleet_queue_stuck{kind,backend}`; `framefleet status` and the live page show the
 * stuck queues of the runs they concern.
 */
import type { JetStreamManager } from "@nats-io/jetstream";
import type { Gauge } from "prom-client";
import { TaskKind, pb, type NodeView, type StuckQueue } from "../../../common/src/proto";
import { STREAM_TASKS } from "../../../common/src/subjects";
import type { TaskKindName } from "../../../common/src/task-kind";
import { formatDuration } from "../../../common/src/units";
import { LiveBackends, runningOnNodes, type RunningOnNode } from "./backend-coverage";

/** Task messages in FF_TASKS for one (kind, backend), over every run. */
export interface QueuedTasks {
  readonly kind: TaskKindName;
  readonly backend: string;
  readonly queued: number;
}

/** One (kind, backend) with tasks, as the last look found it. */
export interface QueueCoverage extends QueuedTasks {
  readonly served: boolean;
  /** Since when its tasks have had no live consumer, ms; undefined while served. */
  readonly unservedSinceMs: number | undefined;
  readonly stuck: boolean;
}

const key = (kind: string, backend: string) => `${kind}\u0000${backend}`;

/** Pure: remembers since when each queue has had tasks and no live consumer. */
export class StuckQueueTracker {
  private readonly since = new Map<string, number>();
  private last: { now: number; queues: QueueCoverage[]; live: LiveBackends } = { now: 0, queues: [], live: LiveBackends.NONE };

  /** @param afterMs how long tasks may wait with no live consumer before their queue is stuck. */
  constructor(private readonly afterMs: number) {}

  /** Takes one look at the queues and the live fleet; returns every queue with tasks. */
  observe(now: number, queued: readonly QueuedTasks[], live: LiveBackends): QueueCoverage[] {
    const seen = new Set<string>();
    const queues = queued
      .filter((q) => q.queued > 0)
      .map((q): QueueCoverage => {
        const k = key(q.kind, q.backend);
        seen.add(k);
        const served = live.get(q.kind, q.backend) !== undefined;
        if (served) {
          this.since.delete(k);
          return { ...q, served, unservedSinceMs: undefined, stuck: false };
        }
        const since = this.since.get(k) ?? now;
        this.since.set(k, since);
        return { ...q, served, unservedSinceMs: since, stuck: now - since >= this.afterMs };
      });
    // A queue that emptied (cancelled, purged) starts over if tasks come back.
    for (const k of [...this.since.keys()]) if (!seen.has(k)) this.since.delete(k);
    this.last = { now, queues, live };
    return queues;
  }

  /** The stuck queues of the last look, with a line each for status and the live page. */
  stuck(): StuckQueue[] {
    const { now, queues, live } = this.last;
    return queues
      .filter((q) => q.stuck)
      .map((q) => {
        const waitedMs = now - (q.unservedSinceMs ?? now);
        const paused = live.paused(q.kind, q.backend);
        const waited = `${q.queued} ${q.kind} task${q.queued === 1 ? "" : "s"} for backend "${q.backend}" ${q.queued === 1 ? "has" : "have"} waited ${formatDuration(waitedMs)}`;
        if (paused.length > 0) {
          // The nodes are there but take no work (a full output folder): say which and why.
          return pb.StuckQueue.create({
            kind: q.kind === "gen" ? TaskKind.TASK_KIND_GEN : TaskKind.TASK_KIND_EVAL,
            backend: q.backend,
            queued: q.queued,
            stuckS: waitedMs / 1000,
            message: `${waited}: every live ${q.kind} node serving it is paused (${paused.map((n) => `${n.node}: ${n.reason}`).join("; ")})`,
          });
        }
        return pb.StuckQueue.create({
          kind: q.kind === "gen" ? TaskKind.TASK_KIND_GEN : TaskKind.TASK_KIND_EVAL,
          backend: q.backend,
          queued: q.queued,
          stuckS: waitedMs / 1000,
          message:
            `${q.queued} ${q.kind} task${q.queued === 1 ? "" : "s"} for backend "${q.backend}" ${q.queued === 1 ? "has" : "have"} waited ${formatDuration(waitedMs)} ` +
            `with no live ${q.kind} node serving it (live ${q.kind} nodes serve ${live.describe(q.kind)}): ` +
            `start a worker with that backend, or cancel the run and fix its spec`,
        });
      });
  }
}

/** Task messages per (kind, backend) from FF_TASKS's per-subject counts (`ff.task.<kind>.<backend>.<run>`). */
export async function queuedTasks(jsm: JetStreamManager): Promise<QueuedTasks[]> {
  const si = await jsm.streams.info(STREAM_TASKS, { subjects_filter: "ff.task.>" });
  const counts = new Map<string, QueuedTasks>();
  for (const [subject, n] of Object.entries(si.state.subjects ?? {})) {
    const [ff, task, kind, backend] = subject.split(".");
    if (ff !== "ff" || task !== "task" || (kind !== "gen" && kind !== "eval") || !backend) continue;
    const k = key(kind, backend);
    counts.set(k, { kind, backend, queued: (counts.get(k)?.queued ?? 0) + n });
  }
  return [...counts.values()];
}

export interface BackendWatchDeps {
  readonly jsm: JetStreamManager;
  /** The node adverts, with `lost` worked out (FleetView.nodes). */
  readonly nodes: () => Promise<NodeView[]>;
  /** framefleet_queue_stuck. */
  readonly gauge: Gauge<"kind" | "backend">;
}

/** Adds the tasks waiting for admission to those in the work queue: both wait for the backend. */
export function withWaiting(queued: readonly QueuedTasks[], waiting: readonly QueuedTasks[]): QueuedTasks[] {
  const counts = new Map<string, QueuedTasks>();
  for (const q of [...queued, ...waiting]) {
    const k = key(q.kind, q.backend);
    counts.set(k, { kind: q.kind, backend: q.backend, queued: (counts.get(k)?.queued ?? 0) + q.queued });
  }
  return [...counts.values()];
}

/**
 * The live fleet's backends and the stuck queues, refreshed with the metrics (every 5 s): what
 * the coordinator's status, ETA and submit check read between refreshes.
 */
export class BackendWatch {
  private live = LiveBackends.NONE;
  private readonly tracker: StuckQueueTracker;
  /** Tasks waiting for admission, per (kind, backend): set by the coordinator once it exists. */
  waiting: () => QueuedTasks[] = () => [];
  private runningNow: RunningOnNode[] = [];

  constructor(
    private readonly deps: BackendWatchDeps,
    stuckAfterMs: number,
  ) {
    this.tracker = new StuckQueueTracker(stuckAfterMs);
  }

  async refresh(now = Date.now()): Promise<void> {
    const [views, queued] = await Promise.all([this.deps.nodes(), queuedTasks(this.deps.jsm)]);
    this.live = LiveBackends.fromNodes(views);
    this.runningNow = runningOnNodes(views);
    const queues = this.tracker.observe(now, withWaiting(queued, this.waiting()), this.live);
    const { gauge } = this.deps;
    // Queues that emptied, and backends no longer served, lose their series.
    gauge.reset();
    for (const q of queues) gauge.set({ kind: q.kind, backend: q.backend }, q.stuck ? 1 : 0);
    for (const v of views) {
      for (const b of v.advert?.backends ?? []) {
        const kind = v.advert?.role;
        if ((kind === "gen" || kind === "eval") && this.live.get(kind, b) && !queues.some((q) => q.kind === kind && q.backend === b)) {
          gauge.set({ kind, backend: b }, 0);
        }
      }
    }
  }

  /** The live backends as of the last refresh. */
  liveBackends(): LiveBackends {
    return this.live;
  }

  /** Reads the adverts now (a submit must not act on a 5 s old view of the fleet). */
  async liveBackendsNow(): Promise<LiveBackends> {
    const views = await this.deps.nodes();
    this.live = LiveBackends.fromNodes(views);
    this.runningNow = runningOnNodes(views);
    return this.live;
  }

  /** The tasks the adverts showed running at the last read. */
  running(): readonly RunningOnNode[] {
    return this.runningNow;
  }

  stuck(): StuckQueue[] {
    return this.tracker.stuck();
  }
}
