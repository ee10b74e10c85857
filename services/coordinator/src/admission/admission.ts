/**
 * Admission: a run's planned tasks wait here, not in the work queue, and enter it (are published
 * to FF_TASKS) a few at a time per backend — as many as the live devices serving the backend,
 * plus a margin so that no device waits for the coordinator. Which run's task enters next is the
 * policy's choice (policy.ts: quota, then priority, then weighted fair share), made afresh each
 * time a place frees up, so a run submitted behind a long sweep starts as soon as a device frees.
 *
 * State: which tasks are admitted is in each item record (`admitted`), written after the task is
 * published. A coordinator killed in between finds the item not admitted and admits it again with
 * the same Nats-Msg-Id, which JetStream drops as a duplicate (and a duplicate that slipped past
 * its window is harmless: the output is committed once). Nothing is admitted twice by a running
 * coordinator, and nothing planned is forgotten by a restarted one: the waiting tasks are the
 * open items that are not admitted.
 *
 * One pump at a time admits and publishes; events and the clock ask for another (`wake`). After
 * admitting, it lets a preempting run take devices from lower-priority runs (preempter.ts).
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { errorFields, type Logger } from "../../../common/src/log";
import { int64 } from "../../../common/src/run-rate";
import { OrderedPublisher, type StreamWrite } from "../../../common/src/nats/ordered-publish";
import { ItemState, pb, type ItemRecord } from "../../../common/src/proto";
import type { TaskKindName } from "../../../common/src/task-kind";
import type { LiveBackends } from "../fleet/backend-coverage";
import type { CoordinatorMetrics } from "../fleet/coordinator-metrics";
import type { ActiveRun } from "../runs/run-store";
import { buildEvalTask } from "../runs/task-builder";
import { Lane, laneKey } from "./lane";
import { atQuota, fairShares, pickNext, type LaneRun } from "./policy";
import { Preempter, type LaneView } from "./preempter";
import { publishTask, taskMessage } from "./publish-task";
import { DEFAULT_TEAM, priorityLabel, teamOf, teamRules, type SchedulingConfig } from "./scheduling";

interface Admit {
  readonly run: ActiveRun;
  readonly taskId: string;
  readonly kind: TaskKindName;
  readonly lane: Lane;
}

interface TaskEntry extends StreamWrite {
  readonly admit: Admit;
  failure: unknown;
}
/** After a failed publish (NATS away, the stream full), the lane waits this long before trying again. */
const RETRY_MS = 1000;

export interface AdmissionDeps {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Preempt commands go to the nodes' control subjects. */
  readonly nc: NatsConnection;
  readonly log: Logger;
  readonly metrics: CoordinatorMetrics;
  /** The runs in progress, by id. */
  run(runId: string): ActiveRun | undefined;
  /** The live fleet (devices per backend); refreshed by the caller. */
  live(): LiveBackends;
  /** Queues an item's new record for KV (ItemWriter). */
  write(item: ItemRecord, lazy?: boolean): Promise<void>;
  readonly scheduling: SchedulingConfig;
  /** Places beyond the devices, as a fraction of them (at least 2). */
  readonly margin: number;
  /** coordinator.max_preemptions: the most times one item is handed back for a higher run. */
  readonly maxPreemptions: number;
}

/** A run's standing, for status and the live page. */
export interface AdmissionStatus {
  readonly admitted: number;
  readonly waiting: number;
  readonly fairShare: number;
  readonly waitingReason: string;
}

export class Admission {
  private readonly lanes = new Map<string, Lane>();
  private pumping: Promise<void> | undefined;
  private again = false;
  /** Publishing failed in these lanes: not before this time. */
  private readonly backoffUntil = new Map<string, number>();
  private readonly lastFailure = new Map<string, string>();
  private readonly preempter: Preempter;
  /** Every task this coordinator publishes goes through it: FF_TASKS has this one writer. */
  private readonly tasks: OrderedPublisher;

  constructor(private readonly deps: AdmissionDeps) {
    this.preempter = new Preempter({ ...deps, run: (id) => deps.run(id), write: (item) => deps.write(item) });
    this.tasks = new OrderedPublisher(deps.nc, deps.js);
  }

  /** The window of a lane: its devices plus the margin (at least 2, so a backend with no device yet still shows queued tasks). */
  window(kind: TaskKindName, backend: string): number {
    const devices = this.deps.live().devices(kind, backend);
    return devices + Math.max(2, Math.ceil(devices * this.deps.margin));
  }

  /**
   * Takes in a run's open items: admitted ones count against their lane, the others wait. Called
   * when a run is queued (new) and for every run a restarted coordinator loads.
   */
  load(run: ActiveRun): void {
    this.forget(run.id);
    if (!run.record.admission) return;
    const waitingGen: ItemRecord[] = [];
    for (const found of run.items.values()) {
      const kind = stageOf(found, run);
      if (!kind) continue;
      const item = kind === "eval" ? this.withEvalId(run, found) : found;
      const lane = this.lane(kind, kind === "gen" ? run.record.generatorBackend : run.record.evaluatorBackend);
      // A running task is in the queue whatever its flag says (a record written before it was set).
      if (item.admitted || item.state === ItemState.ITEM_STATE_RUNNING || item.state === ItemState.ITEM_STATE_EVALUATING) lane.admitted(run.id, item.taskId);
      else if (kind === "gen") waitingGen.push(item);
      else lane.wait(run.id, item.taskId);
    }
    // Longest expected first within a run (LPT): a long video started last would leave every
    // other device idle while it finishes. Only simulated times are known in advance.
    waitingGen.sort((a, b) => b.simulatedMs - a.simulatedMs);
    const gen = this.lane("gen", run.record.generatorBackend);
    for (const item of waitingGen) gen.wait(run.id, item.taskId);
    this.wake();
  }

  /** Items a resume queued again (their stage starts over): they wait for admission. */
  requeue(run: ActiveRun, items: readonly ItemRecord[]): void {
    for (const item of items) this.enqueue(run, item);
  }

  /**
   * An item whose stage starts (a resumed video, or a generated video to evaluate) waits for
   * admission. A run queued whole by an older coordinator gets the task published at once, as
   * that coordinator did.
   */
  enqueue(run: ActiveRun, queued: ItemRecord): void {
    let item = queued;
    const kind = stageOf(item, run);
    if (!kind) return;
    if (kind === "eval") item = this.withEvalId(run, item);
    if (!run.record.admission) {
      void this.publish(run, item, kind).catch((err: unknown) => this.deps.log.warn("could not publish a task", { run: run.id, task: item.taskId, ...errorFields(err) }));
      return;
    }
    this.lane(kind, backendOf(run, kind)).wait(run.id, item.taskId);
    this.wake();
  }

  /** The item's stage ended (a result, or it failed): its place is free. */
  stageEnded(run: ActiveRun, taskId: string, kind: TaskKindName): void {
    this.preempter.answered(taskId);
    const lane = this.lanes.get(laneKey(kind, backendOf(run, kind)));
    if (lane?.release(run.id, taskId)) this.wake();
  }

  /**
   * The item's running attempt was handed back for a run of a higher priority (its record says
   * admitted: false and counts the preemption): its place is free, and it goes first in its run's
   * line, to be published again under a new id.
   */
  preempted(run: ActiveRun, item: ItemRecord, kind: TaskKindName): void {
    this.preempter.answered(item.taskId);
    const backend = backendOf(run, kind);
    this.deps.metrics.preemptions.inc({ kind, backend });
    if (!run.record.admission) {
      this.enqueue(run, item);
      return;
    }
    this.lane(kind, backend).preempted(run.id, item.taskId);
    this.wake();
  }

  /** The run left (finished, cancelled): nothing of it waits any more. */
  forget(runId: string): void {
    let freed = false;
    for (const lane of this.lanes.values()) freed = lane.drop(runId) || freed;
    if (freed) this.wake();
  }

  /** Asks for a pump; one runs at a time, and one more runs after it when asked meanwhile. */
  wake(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((err: unknown) => this.deps.log.warn("admission failed; trying again", errorFields(err)))
      .finally(() => {
        this.pumping = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves once no pump is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  private async pump(): Promise<void> {
    const now = Date.now();
    const rules = teamRules(this.deps.scheduling);
    const admits: Admit[] = [];
    for (const lane of this.lanes.values()) {
      if (lane.waitingCount() === 0 || (this.backoffUntil.get(lane.key) ?? 0) > now) continue;
      let free = this.window(lane.kind, lane.backend) - lane.admittedCount();
      while (free > 0) {
        const next = pickNext(this.laneRuns(lane), this.teamHeld(), rules);
        if (!next) break;
        const taskId = lane.admitNext(next.runId);
        const run = this.deps.run(next.runId);
        if (!taskId || !run) break;
        admits.push({ run, taskId, kind: lane.kind, lane });
        free--;
      }
    }
    if (admits.length > 0) await this.publishAdmitted(admits);
    // Places freed by withdrawn tasks go to the preempting run: one more pump.
    if (this.preempter.enabled() && (await this.preempter.step(this.laneViews()))) this.again = true;
  }

  /**
   * Publishes the admitted tasks as one ordered batch (OrderedPublisher: two acknowledgements for
   * the lot); a task the batch cannot vouch for goes through `publish`, which knows duplicates.
   * Each task's record says admitted only after its publish: see the header for why that order.
   */
  private async publishAdmitted(admits: readonly Admit[]): Promise<void> {
    const entries: TaskEntry[] = [];
    for (const a of admits) {
      const current = a.run.items.get(a.taskId);
      // The item moved on meanwhile (cancelled, failed by a dead letter): nothing to publish.
      const msg = current && stageOf(current, a.run) === a.kind ? taskMessage(a.run, current, a.kind) : undefined;
      if (!msg) {
        a.lane.release(a.run.id, a.taskId);
        continue;
      }
      entries.push({ ...msg, admit: a, failure: undefined });
    }
    await this.tasks
      .write(entries, async (e) => {
        try {
          await publishTask(this.deps, e.admit.run, e);
        } catch (err) {
          e.failure = err;
        }
      })
      .catch(() => undefined);
    for (const e of entries) {
      const { run, taskId, kind, lane } = e.admit;
      if (e.failure !== undefined) {
        // Back to the head of its run's line, and the lane waits a moment before trying again.
        lane.unadmit(run.id, taskId);
        this.backoffUntil.set(lane.key, Date.now() + RETRY_MS);
        this.lastFailure.set(lane.key, (e.failure as Error).message);
        setTimeout(() => this.wake(), RETRY_MS).unref();
        this.deps.log.warn("could not admit a task; trying again", { run: run.id, task: taskId, backend: lane.backend, ...errorFields(e.failure) });
        continue;
      }
      this.lastFailure.delete(lane.key);
      this.deps.metrics.tasksPublished.inc({ kind });
      const latest = run.items.get(taskId);
      if (latest && stageOf(latest, run) === kind && !latest.admitted) {
        const next = pb.ItemRecord.create({ ...latest, admitted: true });
        run.replaceItem(latest, next);
        // Lazily: a crash before it is written admits the task again under the same id (dropped
        // as a duplicate), and a short task's result usually replaces it before it is written.
        void this.deps.write(next, true);
      }
      this.deps.metrics.tasksAdmitted.inc({ kind });
    }
  }

  private async publish(run: ActiveRun, item: ItemRecord, kind: TaskKindName): Promise<void> {
    const msg = taskMessage(run, item, kind);
    if (!msg) return;
    await publishTask(this.deps, run, msg);
    this.deps.metrics.tasksPublished.inc({ kind });
  }

  /** Every lane with its devices and free places, for the preempter. */
  private laneViews(): LaneView[] {
    const rules = teamRules(this.deps.scheduling);
    const held = this.teamHeld();
    const room = (team: string) => (rules.maxDevices(team) ?? Infinity) - (held.get(team) ?? 0);
    return [...this.lanes.values()].map((lane) => ({
      lane,
      devices: this.deps.live().devices(lane.kind, lane.backend),
      freePlaces: this.window(lane.kind, lane.backend) - lane.admittedCount(),
      room,
    }));
  }

  /**
   * The item with its evaluation task id set (a resume clears it), so the evaluation's events
   * find their video; written with the item's next change.
   */
  private withEvalId(run: ActiveRun, item: ItemRecord): ItemRecord {
    if (item.evalTaskId) return item;
    const t = buildEvalTask(item, run.spec);
    if (!t) return item;
    const next = pb.ItemRecord.create({ ...item, evalTaskId: t.taskId });
    run.replaceItem(item, next);
    void this.deps.write(next);
    return next;
  }

  private lane(kind: TaskKindName, backend: string): Lane {
    const key = laneKey(kind, backend);
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = new Lane(kind, backend);
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private laneRuns(lane: Lane): LaneRun[] {
    const out: LaneRun[] = [];
    for (const [runId, counts] of lane.counts()) {
      const r = this.deps.run(runId)?.record;
      if (!r) continue;
      out.push({ runId, priority: r.priority, team: teamOf(r), share: r.share || 1, createdAtMs: int64(r.createdAtMs), deviceMs: int64(r.deviceMs), ...counts });
    }
    return out;
  }

  /** Tasks waiting for admission per (kind, backend), for stuck-queue detection. */
  waitingByBackend(): { kind: TaskKindName; backend: string; queued: number }[] {
    return [...this.lanes.values()].map((l) => ({ kind: l.kind, backend: l.backend, queued: l.waitingCount() })).filter((q) => q.queued > 0);
  }

  /** Places each team holds over every lane. */
  teamHeld(): Map<string, number> {
    const held = new Map<string, number>();
    for (const lane of this.lanes.values()) {
      for (const [runId, c] of lane.counts()) {
        const record = this.deps.run(runId)?.record;
        const team = record ? teamOf(record) : DEFAULT_TEAM;
        held.set(team, (held.get(team) ?? 0) + c.inFlight);
      }
    }
    return held;
  }

  /** The run's admitted and waiting tasks, its fair share of the devices of its lanes, and why it waits. */
  status(run: ActiveRun): AdmissionStatus {
    const rules = teamRules(this.deps.scheduling);
    const held = this.teamHeld();
    let admitted = 0;
    let waiting = 0;
    let fairShare = 0;
    const reasons: string[] = [];
    for (const lane of this.lanes.values()) {
      const runs = this.laneRuns(lane);
      const mine = runs.find((r) => r.runId === run.id);
      if (!mine) continue;
      admitted += mine.inFlight;
      waiting += mine.pending;
      const devices = this.deps.live().devices(lane.kind, lane.backend);
      fairShare += fairShares(devices, runs, rules, held).get(run.id) ?? 0;
      if (mine.pending > 0) reasons.push(this.whyWaiting(lane, mine, runs, held, devices));
    }
    return { admitted, waiting, fairShare, waitingReason: reasons.filter((r) => r !== "").join("; ") };
  }

  private whyWaiting(lane: Lane, mine: LaneRun, runs: readonly LaneRun[], held: ReadonlyMap<string, number>, devices: number): string {
    const b = `${lane.kind} backend "${lane.backend}"`;
    const failure = this.lastFailure.get(lane.key);
    if (failure) return `the work queue refuses tasks of ${b}: ${failure}`;
    const rules = teamRules(this.deps.scheduling);
    if (atQuota(mine.team, held, rules)) return `quota: team ${mine.team} holds ${held.get(mine.team) ?? 0} of its ${rules.maxDevices(mine.team)} devices (coordinator.teams.${mine.team}.max_devices)`;
    if (devices === 0) return `no live node serves ${b}`;
    const higher = runs.filter((r) => r.priority > mine.priority && r.inFlight + r.pending > 0);
    if (higher.length > 0) {
      const names = higher.map((r) => `${r.runId} (${priorityLabel(this.deps.run(r.runId)?.record ?? { priorityClass: "", priority: r.priority })})`);
      return `priority: runs of a higher priority come first on ${b}: ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`;
    }
    return `no free device: the ${devices} devices serving ${b} are busy; this run holds ${mine.inFlight}`;
  }
}

/** The stage an open item is in, or undefined when it needs no task (finished, or no evaluation). */
export function stageOf(item: ItemRecord, run: ActiveRun): TaskKindName | undefined {
  switch (item.state) {
    case ItemState.ITEM_STATE_QUEUED:
    case ItemState.ITEM_STATE_RUNNING:
      return "gen";
    case ItemState.ITEM_STATE_GENERATED:
    case ItemState.ITEM_STATE_EVALUATING:
      return run.spec.evaluation ? "eval" : undefined;
    default:
      return undefined;
  }
}

function backendOf(run: ActiveRun, kind: TaskKindName): string {
  return kind === "gen" ? run.record.generatorBackend : run.record.evaluatorBackend;
}
