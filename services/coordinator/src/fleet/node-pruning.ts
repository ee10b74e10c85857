/**
 * Forgetting nodes that are gone: a node that stopped cleanly, or went silent (lost), stays in
 * `framefleet nodes` for `coordinator.forget_nodes_after` and then its ff_nodes advert is deleted,
 * so the list (and the live page, and the framefleet_nodes gauge) shows the fleet that exists.
 * `framefleet nodes --prune` forgets them at once. A node that comes back advertises again and is
 * listed again.
 */
import { errorFields, type Logger } from "../../../common/src/log";
import { isNodeGone, type NodeView } from "../../../common/src/proto";
import { every } from "./metrics-refresh";

/**
 * Whether a node is to be forgotten: gone, and silent for at least `afterMs` (its last advert is
 * that old). `afterMs` 0 forgets every gone node (`--prune`).
 */
export function shouldForget(v: NodeView, afterMs: number): boolean {
  return isNodeGone(v) && v.ageS * 1000 >= afterMs;
}

/** What forgets nodes: FleetView. */
export interface NodeForgetter {
  forgetGone(afterMs: number): Promise<{ node: string; state: string }[]>;
}

/**
 * Forgets gone nodes silent for `afterMs`, checked every `intervalMs`. `afterMs` 0 (the setting
 * `coordinator.forget_nodes_after: 0`) never forgets them: the list keeps every node.
 */
export function startNodePruning(fleet: NodeForgetter, afterMs: number, log: Logger, intervalMs = defaultCheckMs(afterMs)): { stop(): void } {
  if (afterMs <= 0) return { stop() {} };
  let stopped = false;
  const loop = every(
    intervalMs,
    async () => {
      try {
        const gone = await fleet.forgetGone(afterMs);
        if (gone.length > 0) log.info("forgot nodes that are gone", { nodes: gone, afterMs });
      } catch (err) {
        // A check cut short by shutdown (NATS draining) is not worth a warning.
        if (!stopped) log.warn("could not forget gone nodes; trying again", errorFields(err));
      }
    },
    log,
  );
  return {
    stop() {
      stopped = true;
      loop.stop();
    },
  };
}

/** Every 5 s, or often enough that a short setting (tests) is honoured within half of it. */
function defaultCheckMs(afterMs: number): number {
  return Math.min(5000, Math.max(250, Math.floor(afterMs / 2)));
}
