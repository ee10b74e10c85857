/**
 * The JSON behind the coordinator's live page (`GET /api/runs`): runs with progress, ETA and their
 * share of the fleet, what runs where, and the nodes with their devices. Plain snake_case values, like report.json.
 */
import { NodeState, nodeStateName, runStateName, taskKindName, type NodeView, type RunStatus } from "../../../common/src/proto";
import { isRunFinished } from "../runs/run-store";

/** Finished runs listed below the ones in progress, most recent first; older ones are left out. */
const FINISHED_SHOWN = 20;

export interface LiveRun {
  run_id: string;
  name: string;
  benchmark: string;
  state: string;
  finished: boolean;
  created_at: string;
  counters: { total: number; queued: number; running: number; generated: number; evaluating: number; done: number; failed: number };
  /** Seconds, null when unknown. */
  eta_s: number | null;
  /** "generation" or "evaluation": the stage that decides the ETA; null when unknown. */
  eta_bottleneck: string | null;
  /** Null when unknown (too early, or a finished run shorter than 30 s). */
  videos_per_hour: number | null;
  /** Queues holding up this run: tasks waiting for a backend no live node serves. */
  stuck: { kind: string; backend: string; queued: number; stuck_s: number; message: string }[];
  running: { task_id: string; item_key: string; kind: string; node: string; device: string; progress: number | null; stage: string }[];
  /** The priority class, or the run's integer priority as text. */
  priority: string;
  owner: string;
  team: string;
  /** Devices the run's tasks hold now (generating and evaluating). */
  devices_in_use: number;
  /** Its fair share of the devices serving its backends; null for a finished run. */
  fair_share: number | null;
  /** Tasks in the work queue or running, and tasks waiting in the coordinator for admission. */
  admitted: number;
  waiting: number;
  /** Why its tasks wait for admission (quota, priority, no free device, …); "" when none waits. */
  waiting_reason: string;
}

export interface LiveDevice {
  uuid: string;
  name: string;
  source: string;
  total_mib: number;
  free_mib: number;
  foreign_mib: number;
  /** Percent, null when the driver does not report it. */
  utilisation_pct: number | null;
  loaded_backend: string;
  running_task_id: string;
  /** Run and item of the running task (empty from workers older than these fields). */
  running_run_id: string;
  running_item_key: string;
  progress: number | null;
  stage: string;
}

export interface LiveNode {
  node: string;
  role: string;
  state: string;
  age_s: number;
  tasks_done: number;
  tasks_failed: number;
  /** Why the node takes no new work although it is active (its output folder is full); "" when it takes work. */
  paused_reason: string;
  devices: LiveDevice[];
}

export interface LiveView {
  generated_at: string;
  runs: LiveRun[];
  nodes: LiveNode[];
}

/** Where the live view reads from (the coordinator and its fleet view; fakes in tests). */
export interface LiveSource {
  listRuns(): Promise<RunStatus[]>;
  nodes(): Promise<NodeView[]>;
}

const n = (v: unknown): number => {
  const x = Number(v ?? 0);
  return Number.isFinite(x) ? x : 0;
};

export async function buildLiveView(source: LiveSource, now = Date.now()): Promise<LiveView> {
  const [statuses, views] = await Promise.all([source.listRuns(), source.nodes()]);
  // A running task's progress is in its node's advert, keyed by task id.
  const progress = new Map<string, { progress: number; stage: string }>();
  for (const v of views) for (const d of v.advert?.devices ?? []) if (d.runningTaskId) progress.set(d.runningTaskId, { progress: d.runningProgress, stage: d.runningStage });
  const runs = statuses.flatMap((s): LiveRun[] => {
    const r = s.run;
    if (!r) return [];
    const c = r.counters;
    return [{
      run_id: r.runId,
      name: r.name,
      benchmark: r.benchmark,
      state: runStateName(r.state),
      finished: isRunFinished(r.state),
      created_at: new Date(n(r.createdAtMs)).toISOString(),
      counters: { total: n(c?.total), queued: n(c?.queued), running: n(c?.running), generated: n(c?.generated), evaluating: n(c?.evaluating), done: n(c?.done), failed: n(c?.failed) },
      eta_s: s.etaS >= 0 ? s.etaS : null,
      eta_bottleneck: s.etaBottleneck || null,
      videos_per_hour: s.videosPerHour >= 0 ? n(s.videosPerHour) : null,
      stuck: s.stuck.map((q) => ({ kind: taskKindName(q.kind), backend: q.backend, queued: n(q.queued), stuck_s: n(q.stuckS), message: q.message })),
      running: s.running.map((t) => ({
        task_id: t.taskId, item_key: t.itemKey, kind: taskKindName(t.kind), node: t.node, device: t.deviceUuid,
        progress: progress.get(t.taskId)?.progress ?? null, stage: progress.get(t.taskId)?.stage ?? "",
      })),
      priority: r.priorityClass || String(r.priority),
      owner: r.owner,
      team: r.team,
      devices_in_use: n(s.devicesInUse),
      fair_share: isRunFinished(r.state) ? null : n(s.fairShare),
      admitted: n(s.admitted),
      waiting: n(s.waiting),
      waiting_reason: isRunFinished(r.state) ? "" : s.waitingReason,
    }];
  });
  const active = runs.filter((r) => !r.finished);
  const done = runs.filter((r) => r.finished).sort((a, b) => b.created_at.localeCompare(a.created_at)).slice(0, FINISHED_SHOWN);
  const nodes = views.flatMap((v): LiveNode[] => {
    const a = v.advert;
    if (!a) return [];
    // A stopped or lost node's last figures are not the device's state now: show none (as `framefleet nodes`).
    const gone = v.lost || a.state === NodeState.NODE_STATE_STOPPED;
    return [{
      node: a.node, role: a.role, state: v.lost ? "lost" : nodeStateName(a.state), age_s: n(v.ageS), tasks_done: n(a.tasksDone), tasks_failed: n(a.tasksFailed),
      paused_reason: gone ? "" : a.pausedReason,
      devices: gone ? [] : a.devices.map((d) => ({
        uuid: d.uuid, name: d.name, source: d.source, total_mib: n(d.totalMib), free_mib: n(d.freeMib), foreign_mib: n(d.foreignMib),
        utilisation_pct: d.utilisationPct >= 0 ? d.utilisationPct : null, loaded_backend: d.loadedBackend, running_task_id: d.runningTaskId,
        running_run_id: d.runningRunId, running_item_key: d.runningItemKey,
        progress: d.runningTaskId ? d.runningProgress : null, stage: d.runningStage,
      })),
    }];
  });
  return { generated_at: new Date(now).toISOString(), runs: [...active, ...done], nodes };
}
