/**
 * Preemption (coordinator.priority_classes.<class>.preempt: true): a run of such a class whose
 * tasks wait for devices takes them from running tasks of lower-priority runs, instead of waiting
 * for those to finish. Two steps per lane, each time admission pumps:
 *
 * 1. Withdraw. The work queue is first-in first-out per backend, and admission keeps a margin of
 *    lower-priority tasks queued ahead of the preempting run's: a device freed for it would pull
 *    those first. So when the preempting run cannot be admitted, lower-priority tasks that no
 *    worker has pulled yet are taken out of the queue (deleted by sequence) and wait again at the
 *    head of their run's line. Each record says `admitted: false` before its message is deleted:
 *    a coordinator that dies in between finds a task that waits, and publishing it again finds
 *    its message still there (a duplicate, nothing more).
 * 2. Preempt. Running tasks chosen by preemption.ts are asked back through their node's control
 *    subject; the worker hands the task back as a drain does (no attempt spent) and says so in a
 *    retry event with code `preempted`, which puts the item at the head of its run's line
 *    (Admission.preempted). Asked-for preemptions count as devices on their way until answered.
 *
 * A withdrawn message a worker pulled all the same (the consumer moved between the read and the
 * delete) still runs: the task is then queued twice, and its output is committed once.
 */
import type { JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { decode, encode } from "../../../common/src/codec";
import { errorFields, type Logger } from "../../../common/src/log";
import { deleteMessageAt, undeliveredMessages } from "../../../common/src/nats/task-queue";
import { ItemState, pb, type ItemRecord, type RunRecord, type Task } from "../../../common/src/proto";
import { int64 } from "../../../common/src/run-rate";
import { STREAM_TASKS, nodeControlSubject, taskConsumerName, taskSubject } from "../../../common/src/subjects";
import type { TaskKindName } from "../../../common/src/task-kind";
import { Stage } from "../runs/progress";
import type { ActiveRun } from "../runs/run-store";
import type { Lane } from "./lane";
import { chooseVictims, type Demand, type RunningAttempt } from "./preemption";
import { preempts, priorityLabel, teamOf, type SchedulingConfig } from "./scheduling";

/** How long a node may take to answer a preempt command. */
const ASK_TIMEOUT_MS = 2000;
/** A preemption asked for and not answered by a retry event after this long no longer counts as a device on its way. */
const REQUEST_TTL_MS = 30_000;

export interface PreempterDeps {
  readonly nc: NatsConnection;
  readonly jsm: JetStreamManager;
  readonly log: Logger;
  run(runId: string): ActiveRun | undefined;
  /** Queues an item's new record for KV; resolves once it is written. */
  write(item: ItemRecord): Promise<void>;
  readonly scheduling: SchedulingConfig;
  /** coordinator.max_preemptions: the most times one item is handed back. */
  readonly maxPreemptions: number;
}

/** One lane as admission sees it after a pump. */
export interface LaneView {
  readonly lane: Lane;
  /** Live devices serving the lane. */
  readonly devices: number;
  /** Places left in the lane's window. */
  readonly freePlaces: number;
  /** Tasks the team may still be admitted before its quota (Infinity without one). */
  room(team: string): number;
}

interface Queued {
  readonly run: ActiveRun;
  readonly taskId: string;
}

interface Survey {
  readonly demand: Demand[];
  /** Tasks of preempting runs that wait for admission and could be admitted, and the highest such priority. */
  readonly admissible: number;
  readonly topWaiting: number;
  readonly queued: { priority: number; q: Queued }[];
  readonly running: RunningAttempt[];
  /** Per preempting run: the tasks it could be admitted, and its admitted tasks not shown started. */
  readonly waiting: { run: ActiveRun; canAdmit: number; notStarted: string[] }[];
  /** The run the preemptions make way for, for the items' history. */
  readonly forRun: RunRecord | undefined;
}

export class Preempter {
  /** Preemptions asked for and not answered: task id → lane key and when. */
  private readonly requested = new Map<string, { lane: string; atMs: number }>();

  constructor(private readonly deps: PreempterDeps) {}

  /** Whether any class may preempt at all (most fleets: none, and the pump skips this). */
  enabled(): boolean {
    return Object.values(this.deps.scheduling.classes).some((c) => c.preempt);
  }

  /** The task was handed back, ended, or left: it is no longer a device on its way. */
  answered(taskId: string): void {
    this.requested.delete(taskId);
  }

  /** Withdraws and preempts in every lane that needs it; returns whether places were freed (pump again). */
  async step(lanes: readonly LaneView[], now = Date.now()): Promise<boolean> {
    for (const [id, r] of this.requested) if (now - r.atMs > REQUEST_TTL_MS) this.requested.delete(id);
    let freed = false;
    for (const v of lanes) {
      const s = this.survey(v, now);
      if (!s) continue;
      if (v.freePlaces <= 0 && s.admissible > 0) {
        const lower = s.queued.filter((x) => x.priority < s.topWaiting).sort((a, b) => a.priority - b.priority);
        if (lower.length > 0) freed = (await this.withdraw(v.lane, lower.map((x) => x.q), s.admissible)) > 0 || freed;
      }
      const started = s.running.length;
      const requested = [...this.requested.values()].filter((r) => r.lane === v.lane.key).length;
      // A task asked for already counts as a device on its way, not as a candidate again.
      const candidates = s.running.filter((t) => !this.requested.has(t.taskId));
      const choose = (demand: Demand[]) => chooseVictims({ demand, freeDevices: v.devices - started, requested, running: candidates, maxPreemptions: this.deps.maxPreemptions });
      let victims = choose(s.demand);
      // Adverts show a start up to a couple of seconds late, and a short task can come and go
      // between two of them: before work is thrown away, the queue says which of the tasks that
      // look waiting no worker has pulled yet.
      if (victims.length > 0) victims = choose(await this.confirmedDemand(v.lane, s));
      const reason = s.forRun ? `run ${s.forRun.runId} (${priorityLabel(s.forRun)})` : "a run of a higher priority";
      for (const t of victims) this.ask(v.lane, t, reason, now);
    }
    return freed;
  }

  /** The lane's preempting demand, its running tasks and its queued-not-started ones; undefined when no preempting run waits. */
  private survey(v: LaneView, now: number): Survey | undefined {
    const { lane } = v;
    const demand: Demand[] = [];
    const running: RunningAttempt[] = [];
    const queued: { priority: number; q: Queued }[] = [];
    const waiting: Survey["waiting"][number][] = [];
    let admissible = 0;
    let topWaiting = -Infinity;
    let forRun: RunRecord | undefined;
    for (const [runId, counts] of lane.counts()) {
      const run = this.deps.run(runId);
      if (!run) continue;
      const r = run.record;
      const notStarted: string[] = [];
      for (const taskId of lane.admittedIds(runId)) {
        const item = run.items.get(taskId);
        if (!item) continue;
        if (isStarted(item, lane.kind)) running.push(attemptOf(run, item, lane.kind, now));
        else {
          notStarted.push(taskId);
          queued.push({ priority: r.priority, q: { run, taskId } });
        }
      }
      if (!preempts(this.deps.scheduling, r)) continue;
      const canAdmit = Math.min(counts.pending, Math.max(0, v.room(teamOf(r))));
      if (canAdmit + notStarted.length === 0) continue;
      demand.push({ priority: r.priority, tasks: canAdmit + notStarted.length });
      waiting.push({ run, canAdmit, notStarted });
      if (canAdmit > 0) {
        admissible += canAdmit;
        topWaiting = Math.max(topWaiting, r.priority);
      }
      if (!forRun || r.priority > forRun.priority) forRun = r;
    }
    if (demand.length === 0) return undefined;
    return { demand, admissible, topWaiting, queued, running, waiting, forRun };
  }

  /**
   * The preempting demand counting only admitted tasks still undelivered in the work queue (and
   * those waiting for admission). A task pulled and not yet in an advert is on a device already.
   * A queue that cannot be read gives no demand: nothing is preempted on a guess.
   */
  private async confirmedDemand(lane: Lane, s: Survey): Promise<Demand[]> {
    const consumer = taskConsumerName(lane.kind, lane.backend);
    const demand: Demand[] = [];
    for (const w of s.waiting) {
      let undelivered = 0;
      if (w.notStarted.length > 0) {
        const msgs = await undeliveredMessages(this.deps.jsm, STREAM_TASKS, consumer, taskSubject(lane.kind, lane.backend, w.run.id));
        if (!msgs) return [];
        const ids = new Set(w.notStarted);
        for (const m of msgs) if (ids.has(queuedTaskId(lane.kind, m.data) ?? "")) undelivered++;
      }
      if (w.canAdmit + undelivered > 0) demand.push({ priority: w.run.record.priority, tasks: w.canAdmit + undelivered });
    }
    return demand;
  }

  /**
   * Takes up to `count` of the given tasks (lowest priority first, each run's last queued first)
   * out of the work queue, if no worker pulled them yet; they wait again at the head of their lines.
   */
  private async withdraw(lane: Lane, tasks: readonly Queued[], count: number): Promise<number> {
    const byRun = new Map<ActiveRun, Set<string>>();
    for (const t of tasks) byRun.set(t.run, (byRun.get(t.run) ?? new Set()).add(t.taskId));
    const consumer = taskConsumerName(lane.kind, lane.backend);
    let withdrawn = 0;
    for (const [run, ids] of byRun) {
      if (withdrawn >= count) break;
      const msgs = await undeliveredMessages(this.deps.jsm, STREAM_TASKS, consumer, taskSubject(lane.kind, lane.backend, run.id));
      if (!msgs) return withdrawn; // the consumer cannot be read: nobody can say what is safe to take
      const found: { seq: number; taskId: string }[] = [];
      for (const m of msgs) {
        const taskId = queuedTaskId(lane.kind, m.data);
        if (taskId && ids.has(taskId)) found.push({ seq: m.seq, taskId });
      }
      // The run's last queued go first, and back in order: each goes to the head of the line.
      const take = found.slice(-(count - withdrawn)).reverse();
      const writes: Promise<void>[] = [];
      const taken: { seq: number; taskId: string }[] = [];
      for (const t of take) {
        const item = run.items.get(t.taskId);
        // Started meanwhile (its start event came in while we read the queue): it stays.
        if (!item || isStarted(item, lane.kind) || !lane.admittedIds(run.id).has(t.taskId)) continue;
        lane.unadmit(run.id, t.taskId);
        const next = pb.ItemRecord.create({ ...item, admitted: false });
        run.replaceItem(item, next);
        writes.push(this.deps.write(next));
        taken.push(t);
      }
      // The records say "waiting" before the messages go: see the header for why that order.
      await Promise.all(writes);
      for (const t of taken) await deleteMessageAt(this.deps.jsm, STREAM_TASKS, t.seq);
      withdrawn += taken.length;
      if (taken.length > 0) this.deps.log.info("withdrew queued tasks for a preempting run", { run: run.id, backend: lane.backend, kind: lane.kind, tasks: taken.length });
    }
    return withdrawn;
  }

  private ask(lane: Lane, t: RunningAttempt, reason: string, now: number): void {
    this.requested.set(t.taskId, { lane: lane.key, atMs: now });
    const cmd = pb.NodeCommand.create({ preempt: { taskId: lane.kind === "gen" ? t.taskId : (this.deps.run(t.runId)?.items.get(t.taskId)?.evalTaskId ?? ""), runId: t.runId, reason } });
    this.deps.log.info("preempting a task", { run: t.runId, task: t.taskId, node: t.node, for: reason, preemptions: t.preemptions });
    void this.deps.nc
      .request(nodeControlSubject(t.node), encode(pb.NodeCommand, cmd), { timeout: ASK_TIMEOUT_MS })
      .then((m) => {
        const reply = decode(pb.NodeCommandReply, m.data);
        // Not running there any more (finished, or finishing): nothing is on its way.
        if (!reply.ok) this.answered(t.taskId);
      })
      .catch((err: unknown) => {
        this.answered(t.taskId);
        this.deps.log.warn("could not preempt a task", { run: t.runId, task: t.taskId, node: t.node, ...errorFields(err) });
      });
  }
}

function isStarted(item: ItemRecord, kind: TaskKindName): boolean {
  return item.state === (kind === "gen" ? ItemState.ITEM_STATE_RUNNING : ItemState.ITEM_STATE_EVALUATING);
}

/** A running item as a candidate: its expected time left from its simulated time, else the run's mean attempt. */
function attemptOf(run: ActiveRun, item: ItemRecord, kind: TaskKindName, now: number): RunningAttempt {
  const startedAtMs = int64(item.startedAtMs);
  const elapsed = startedAtMs > 0 ? Math.max(0, now - startedAtMs) : 0;
  const expected = kind === "gen" && item.simulatedMs > 0 ? item.simulatedMs : run.progress.meanAttemptMs(kind === "gen" ? Stage.GENERATION : Stage.EVALUATION);
  return {
    taskId: item.taskId,
    runId: run.id,
    node: kind === "gen" ? item.node : item.evalNode,
    priority: run.record.priority,
    preemptions: item.preemptions,
    startedAtMs,
    remainingMs: expected === undefined ? undefined : Math.max(0, expected - elapsed),
  };
}

/** The item (generation task id) a queued task message is for; undefined for one that does not decode. */
function queuedTaskId(kind: TaskKindName, data: Uint8Array): string | undefined {
  let task: Task;
  try {
    task = decode(pb.Task, data, "task");
  } catch {
    return undefined;
  }
  return (kind === "gen" ? task.taskId : task.evaluate?.genTaskId) || undefined;
}
