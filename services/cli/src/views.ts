/**
 * The JSON shapes and tables the client commands print. The JSON field names are a stable,
 * documented contract (docs/cli.md): snake_case, times in ISO 8601, memory in MiB.
 */
import { isNodeGone, nodeStateName, pb, runStateName, taskKindName, type NodeView, type RunStatus } from "../../common/src/proto";
import { escapeControl } from "../../common/src/safe-text";
import { int64 } from "../../common/src/run-rate";
import { formatDuration } from "../../common/src/units";
import { renderTable } from "./ui/table";

type SubmitResponse = InstanceType<typeof pb.SubmitRunResponse>;

export function submitJson(r: SubmitResponse) {
  return { run_id: r.runId, disposition: r.disposition, tasks: r.tasks, requeued: r.requeued, reused: r.reused, output_dir: r.outputDir, warnings: [...r.warnings] };
}

/** One line saying what a submit did: a new run, the run already in progress, or a resume. */
export function describeSubmit(r: SubmitResponse): string {
  switch (r.disposition) {
    case "running":
      return `run ${r.runId} is already in progress with this spec (${r.tasks} videos); nothing new was queued`;
    case "resumed":
      return `resumed ${r.runId}: ${plural(r.requeued, "item")} queued again, ${plural(r.reused, "committed video")} kept (output in ${r.outputDir})`;
    default:
      return `submitted ${r.runId}: ${r.tasks} videos, output in ${r.outputDir}`;
  }
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);

export function statusJson(s: RunStatus) {
  const r = s.run;
  const c = r?.counters;
  return {
    run_id: r?.runId ?? "",
    name: r?.name ?? "",
    benchmark: r?.benchmark ?? "",
    state: runStateName(r?.state),
    created_at: iso(r?.createdAtMs ?? 0),
    finished_at: iso(r?.finishedAtMs ?? 0),
    output_dir: r?.outputDir ?? "",
    reason: r?.reason ?? "",
    counters: {
      total: c?.total ?? 0,
      queued: c?.queued ?? 0,
      running: c?.running ?? 0,
      generated: c?.generated ?? 0,
      evaluating: c?.evaluating ?? 0,
      done: c?.done ?? 0,
      failed: c?.failed ?? 0,
    },
    eta_s: s.etaS >= 0 ? s.etaS : null,
    // "generation" or "evaluation": the stage that decides the ETA; null when unknown or nothing is left.
    eta_bottleneck: s.etaBottleneck || null,
    videos_per_hour: s.videosPerHour >= 0 ? s.videosPerHour : null,
    running: s.running.map((t) => ({
      task_id: t.taskId,
      item_key: t.itemKey,
      kind: taskKindName(t.kind),
      node: t.node,
      device: t.deviceUuid,
      started_at: iso(t.startedAtMs),
      // From the node's latest advert; null before the node reported any.
      progress: t.progress >= 0 ? t.progress : null,
      stage: t.stage,
    })),
    failures: s.failures.map((f) => ({ task_id: f.taskId, item_key: f.itemKey, error: f.error })),
    stuck: s.stuck.map((q) => ({ kind: taskKindName(q.kind), backend: q.backend, queued: q.queued, stuck_s: q.stuckS, message: q.message })),
    // Sharing the fleet (docs/run-spec.md#sharing-the-fleet): who runs it, at what priority, and
    // its standing in admission. A class name, or null for a run given an integer priority.
    priority_class: r?.priorityClass || null,
    priority: r?.priority ?? 0,
    owner: r?.owner ?? "",
    team: r?.team ?? "",
    share: r?.share ?? 0,
    device_s: int64(r?.deviceMs) / 1000,
    devices_in_use: s.devicesInUse,
    fair_share: s.fairShare,
    admitted: s.admitted,
    waiting: s.waiting,
    waiting_reason: s.waitingReason || null,
  };
}

type StatusJson = ReturnType<typeof statusJson>;

const FINISHED = new Set(["completed", "cancelled", "failed"]);

/** "high", or the number of a run given an integer priority. */
const priorityText = (j: StatusJson) => j.priority_class ?? String(j.priority);

/**
 * The `status RUN` lines on sharing the fleet: priority, owner and team; for a run in progress
 * the devices it holds against its fair share, its tasks admitted and waiting, and why they wait.
 * Owner, team and the reason are shown escaped: a spec or a backend's name put them there.
 */
export function sharingLines(s: RunStatus): string[] {
  const j = statusJson(s);
  const who = [escapeControl(j.owner || "unknown"), `team ${escapeControl(j.team || "default")}`];
  // Weights other than 1 are worth saying; 0 is a record from before shares existed.
  if (j.share !== 1 && j.share !== 0) who.push(`share ${j.share}`);
  const lines = [`priority   ${escapeControl(priorityText(j))}`, `owner      ${who.join(", ")}`];
  const used = `${formatDuration(j.device_s * 1000)} of device time`;
  if (FINISHED.has(j.state)) return [...lines, `devices    ${used}`];
  // Planning: no task exists yet, so none is admitted or waiting.
  if (j.state === "planning") return lines;
  if (!s.run?.admission) {
    // Queued whole by a coordinator from before admission: its tasks are all in the work queue.
    return [...lines, `devices    ${j.devices_in_use} in use, ${used} so far (no admission: queued whole by an older coordinator)`];
  }
  lines.push(`devices    ${j.devices_in_use} in use, fair share ${j.fair_share.toFixed(1)}, ${used} so far`);
  lines.push(`tasks      ${j.admitted} admitted, ${j.waiting} waiting for admission`);
  if (j.waiting_reason) lines.push(`waiting    ${escapeControl(j.waiting_reason)}`);
  return lines;
}

export function runsTable(runs: readonly RunStatus[]): string {
  return renderTable(
    ["RUN", "NAME", "BENCHMARK", "STATE", "DONE", "FAILED", "RUNNING", "ETA"],
    runs.map((s) => {
      const c = s.run?.counters;
      return [
        s.run?.runId ?? "",
        s.run?.name ?? "",
        s.run?.benchmark ?? "",
        runStateName(s.run?.state),
        `${c?.done ?? 0}/${c?.total ?? 0}`,
        c?.failed ?? 0,
        (c?.running ?? 0) + (c?.evaluating ?? 0),
        s.etaS >= 0 ? formatDuration(s.etaS * 1000) : "-",
      ];
    }),
  );
}

/**
 * How the runs in progress share the fleet, under the runs table: a second table rather than more
 * columns, so that both stay within 80 columns for usual names. One row per run in progress
 * (priority, owner, team, devices in use against the fair share, tasks admitted and waiting for
 * admission), then why each waiting run waits, one line each (as `nodes` lists paused nodes).
 * Empty when no run is in progress.
 */
export function sharingTable(runs: readonly RunStatus[]): string {
  const waits: string[] = [];
  const rows: (string | number)[][] = [];
  for (const s of runs) {
    const j = statusJson(s);
    if (FINISHED.has(j.state)) continue;
    if (j.waiting_reason) waits.push(`${escapeControl(j.run_id)} waits: ${escapeControl(j.waiting_reason)}`);
    rows.push([j.run_id, priorityText(j), j.owner || "unknown", j.team || "default", j.devices_in_use, j.fair_share.toFixed(1), j.admitted, j.waiting]);
  }
  if (rows.length === 0) return "";
  const table = renderTable(["RUN", "PRIORITY", "OWNER", "TEAM", "DEVICES", "FAIR SHARE", "ADMITTED", "WAITING"], rows, { align: ["l", "l", "l", "l", "r", "r", "r", "r"] });
  return waits.length ? `${table}\n\n${waits.join("\n")}` : table;
}

export function nodesJson(nodes: readonly NodeView[]) {
  return nodes.map((v) => {
    const a = v.advert;
    const gone = isNodeGone(v);
    // A gone node's last figures would read as current: memory, load and tasks are null for it.
    const live = <T>(value: T): T | null => (gone ? null : value);
    return {
      node: a?.node ?? "",
      role: a?.role ?? "",
      state: v.lost ? "lost" : nodeStateName(a?.state),
      version: a?.version ?? "",
      age_s: v.ageS,
      last_seen_at: iso(a?.sentAtMs ?? 0),
      backends: a?.backends ?? [],
      tasks_done: a?.tasksDone ?? 0,
      tasks_failed: a?.tasksFailed ?? 0,
      // Why an active node takes no new work (its output folder is full); null when it takes work.
      paused_reason: live(a?.pausedReason || null),
      devices: (a?.devices ?? []).map((d) => ({
        uuid: d.uuid,
        name: d.name,
        index: d.index,
        source: d.source,
        total_mib: d.totalMib,
        used_mib: live(d.usedMib),
        free_mib: live(d.freeMib),
        foreign_mib: live(d.foreignMib),
        utilisation_pct: live(d.utilisationPct),
        running_task: live(d.runningTaskId || null),
        running_run_id: live(d.runningRunId || null),
        running_item_key: live(d.runningItemKey || null),
        loaded_backend: live(d.loadedBackend || null),
        cooling_until: live(iso(d.coolingUntilMs)),
        processes: gone ? [] : d.processes.map((p) => ({ pid: p.pid, name: p.name, used_mib: p.usedMib, ours: p.ours })),
      })),
    };
  });
}

/**
 * One row per device of a live node; one row for a stopped or lost node (its state and when it
 * was last seen, no figures). Running tasks show as run and item, not as task ids. A paused node
 * shows as "paused", and why under the table.
 */
export function nodesTable(nodes: readonly NodeView[]): string {
  const rows: (string | number)[][] = [];
  const dashes = ["-", "-", "-", "-", "-", "-", "-"];
  const paused: string[] = [];
  for (const [i, n] of nodesJson(nodes).entries()) {
    const seen = `${formatDuration(n.age_s * 1000)} ago`;
    if (n.paused_reason) paused.push(`${escapeControl(n.node)} is paused: ${escapeControl(n.paused_reason)}`);
    const head = [n.node, n.role, n.paused_reason ? "paused" : n.state, seen];
    if (isNodeGone(nodes[i] as NodeView) || n.devices.length === 0) {
      rows.push([...head, ...dashes]);
      continue;
    }
    for (const d of n.devices) {
      const memory = d.source !== "cpu" && d.free_mib !== null;
      rows.push([
        ...head,
        d.uuid,
        d.name,
        memory ? `${d.free_mib}/${d.total_mib}` : "-",
        memory ? (d.foreign_mib ?? "-") : "-",
        d.loaded_backend ?? "-",
        d.running_run_id ?? (d.running_task ? "?" : "-"),
        d.running_item_key ?? (d.running_task ? `task ${d.running_task}` : "-"),
      ]);
    }
  }
  const table = renderTable(["NODE", "ROLE", "STATE", "SEEN", "DEVICE", "NAME", "FREE/TOTAL MiB", "FOREIGN MiB", "LOADED", "RUN", "ITEM"], rows);
  return paused.length ? `${table}\n\n${paused.join("\n")}` : table;
}

/** What `framefleet nodes --prune` forgot, or that there was nothing to forget: one line. */
export function prunedLine(pruned: readonly string[]): string {
  return pruned.length ? `forgot ${plural(pruned.length, "stopped or lost node")}: ${escapeControl(pruned.join(", "))}` : "no stopped or lost nodes to forget";
}
