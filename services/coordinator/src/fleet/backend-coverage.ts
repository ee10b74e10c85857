/**
 * Which backends the live fleet serves, read from the node adverts. A (kind, backend) is served
 * when a node of that role advertises the backend, is active (not draining, drained or stopped),
 * not lost and not paused (it advertises a paused_reason, e.g. its output folder is full): only
 * such a node will pull its tasks. Used for the warning at submit, for stuck queues, and as the
 * devices a run's stages can count on in its ETA. Paused nodes are kept aside, so messages can
 * say that a backend's nodes are there but paused, and why.
 */
import { NodeState, TaskKind, type NodeView } from "../../../common/src/proto";
import { int64 } from "../../../common/src/run-rate";
import type { TaskKindName } from "../../../common/src/task-kind";

/** The live nodes serving one (kind, backend) and their devices. */
export interface Served {
  readonly nodes: readonly string[];
  readonly devices: number;
}

const key = (kind: TaskKindName, backend: string) => `${kind}\u0000${backend}`;

/** An active node that serves a backend but takes no new work now, and why. */
export interface PausedNode {
  readonly node: string;
  readonly reason: string;
}

export class LiveBackends {
  private constructor(
    private readonly served: ReadonlyMap<string, Served>,
    private readonly pausedBy: ReadonlyMap<string, readonly PausedNode[]> = new Map(),
  ) {}

  static readonly NONE = new LiveBackends(new Map());

  static fromNodes(views: readonly NodeView[]): LiveBackends {
    const served = new Map<string, { nodes: string[]; devices: number }>();
    const paused = new Map<string, PausedNode[]>();
    for (const v of views) {
      const a = v.advert;
      if (!a || v.lost || a.state !== NodeState.NODE_STATE_ACTIVE) continue;
      if (a.role !== "gen" && a.role !== "eval") continue;
      for (const backend of new Set(a.backends)) {
        const k = key(a.role, backend);
        if (a.pausedReason) {
          paused.set(k, [...(paused.get(k) ?? []), { node: a.node, reason: a.pausedReason }]);
          continue;
        }
        const s = served.get(k) ?? { nodes: [], devices: 0 };
        s.nodes.push(a.node);
        s.devices += a.devices.length;
        served.set(k, s);
      }
    }
    return new LiveBackends(served, paused);
  }

  /** Active nodes that serve (kind, backend) but are paused, with why; [] when none. */
  paused(kind: TaskKindName, backend: string): readonly PausedNode[] {
    return this.pausedBy.get(key(kind, backend)) ?? [];
  }

  /** " (gpu-a serves it but is paused: …)" for messages, or "" when no node serving it is paused. */
  describePaused(kind: TaskKindName, backend: string): string {
    const p = this.paused(kind, backend);
    if (p.length === 0) return "";
    return ` (${p.map((n) => `${n.node} serves it but is paused: ${n.reason}`).join("; ")})`;
  }

  get(kind: TaskKindName, backend: string): Served | undefined {
    return this.served.get(key(kind, backend));
  }

  /** Devices of live, active nodes of this role that serve the backend. */
  devices(kind: TaskKindName, backend: string): number {
    return this.get(kind, backend)?.devices ?? 0;
  }

  /** What the live nodes of a role serve, for messages: `synthetic (gen-a, gen-b); wan2.2 (gpu-7)`, or `nothing (no live gen node)`. */
  describe(kind: TaskKindName): string {
    const parts: string[] = [];
    for (const [k, s] of [...this.served].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const [kk, backend] = k.split("\u0000") as [string, string];
      if (kk === kind) parts.push(`${backend} (${[...s.nodes].sort().join(", ")})`);
    }
    return parts.length > 0 ? parts.join("; ") : `nothing (no live ${kind} node)`;
  }
}

/** A backend a run needs, and the spec field that names it. */
export interface BackendNeed {
  readonly kind: TaskKindName;
  readonly backend: string;
  readonly field: string;
}

/** The backends of a run: its generator, and its evaluator when it has one. */
export function backendNeeds(generatorBackend: string, evaluatorBackend: string): BackendNeed[] {
  const needs: BackendNeed[] = [{ kind: "gen", backend: generatorBackend, field: "generator.backend" }];
  if (evaluatorBackend) needs.push({ kind: "eval", backend: evaluatorBackend, field: "evaluation.backend" });
  return needs;
}

/** One line per backend no live node serves, naming it and what the live nodes serve instead. */
export function coverageProblems(needs: readonly BackendNeed[], live: LiveBackends): string[] {
  return needs
    .filter((n) => live.get(n.kind, n.backend) === undefined)
    .map((n) => `${n.field}: no live ${n.kind} node serves backend "${n.backend}"${live.describePaused(n.kind, n.backend)}; live ${n.kind} nodes serve ${live.describe(n.kind)}`);
}

/** A task a node's advert shows running on one of its devices. */
export interface RunningOnNode {
  readonly taskId: string;
  readonly runId: string;
  readonly kind: TaskKind;
  readonly node: string;
  readonly deviceUuid: string;
  readonly attempt: number;
  readonly startedAtMs: number;
}

/** Every task the adverts of nodes still alive show running (a draining node's included). */
export function runningOnNodes(views: readonly NodeView[]): RunningOnNode[] {
  const out: RunningOnNode[] = [];
  for (const v of views) {
    const a = v.advert;
    if (!a || v.lost || (a.role !== "gen" && a.role !== "eval")) continue;
    const kind = a.role === "gen" ? TaskKind.TASK_KIND_GEN : TaskKind.TASK_KIND_EVAL;
    for (const d of a.devices) {
      if (!d.runningTaskId || !d.runningRunId) continue;
      out.push({ taskId: d.runningTaskId, runId: d.runningRunId, kind, node: a.node, deviceUuid: d.uuid, attempt: d.runningAttempt || 1, startedAtMs: int64(d.runningStartedAtMs) });
    }
  }
  return out;
}
