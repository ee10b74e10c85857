/**
 * Which backends the live fleet serves, read from the node adverts. A (kind, backend) is served
 * when a node of that role advertises the backend, is active (not draining, drained or stopped)
 * and not lost: only such a node will pull its tasks. Used for the warning at submit, for stuck
 * queues, and as the devices a run's stages can count on in its ETA.
 */
import { NodeState, type NodeView } from "../../common/src/proto";
import type { TaskKindName } from "../../common/src/task-kind";

/** The live nodes serving one (kind, backend) and their devices. */
export interface Served {
  readonly nodes: readonly string[];
  readonly devices: number;
}

const key = (kind: TaskKindName, backend: string) => `${kind}\u0000${backend}`;

export class LiveBackends {
  private constructor(private readonly served: ReadonlyMap<string, Served>) {}

  static readonly NONE = new LiveBackends(new Map());

  static fromNodes(views: readonly NodeView[]): LiveBackends {
    const served = new Map<string, { nodes: string[]; devices: number }>();
    for (const v of views) {
      const a = v.advert;
      if (!a || v.lost || a.state !== NodeState.NODE_STATE_ACTIVE) continue;
      if (a.role !== "gen" && a.role !== "eval") continue;
      for (const backend of new Set(a.backends)) {
        const k = key(a.role, backend);
        const s = served.get(k) ?? { nodes: [], devices: 0 };
        s.nodes.push(a.node);
        s.devices += a.devices.length;
        served.set(k, s);
      }
    }
    return new LiveBackends(served);
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
    .map((n) => `${n.field}: no live ${n.kind} node serves backend "${n.backend}"; live ${n.kind} nodes serve ${live.describe(n.kind)}`);
}
