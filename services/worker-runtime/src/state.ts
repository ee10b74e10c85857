/**
 * The worker's lifecycle, one typed state (as Temporal's Worker has):
 *
 *   INITIALIZED ─run()→ RUNNING ─drain()→ DRAINING ─(no task left)→ DRAINED
 *        │                 ▲                 │                         │
 *        │                 └──── undrain() ──┴─────────────────────────┘
 *        │  RUNNING, DRAINING, DRAINED ─shutdown()→ (drain) → STOPPING → STOPPED
 *        └─shutdown()→ STOPPED                 (a fatal error → FAILED)
 *
 * RUNNING pulls work; DRAINING pulls nothing and lets running tasks finish within the drain
 * deadline, handing the rest back; DRAINED runs nothing but keeps advertising, so operators see it.
 * The moves allowed are the table in runtime.ts; any other throws IllegalStateError.
 */
import { NodeState } from "../../common/src/proto";

export const WorkerState = {
  INITIALIZED: "INITIALIZED",
  RUNNING: "RUNNING",
  DRAINING: "DRAINING",
  DRAINED: "DRAINED",
  STOPPING: "STOPPING",
  STOPPED: "STOPPED",
  FAILED: "FAILED",
} as const;
export type WorkerState = (typeof WorkerState)[keyof typeof WorkerState];

/**
 * The one mapping from the worker's state to the wire's (NodeAdvert.state, node-control replies):
 * a RUNNING worker is an ACTIVE node; a worker not yet started is not advertised at all.
 */
const ON_THE_WIRE: Readonly<Record<WorkerState, NodeState>> = {
  INITIALIZED: NodeState.NODE_STATE_ACTIVE,
  RUNNING: NodeState.NODE_STATE_ACTIVE,
  DRAINING: NodeState.NODE_STATE_DRAINING,
  DRAINED: NodeState.NODE_STATE_DRAINED,
  STOPPING: NodeState.NODE_STATE_STOPPED,
  STOPPED: NodeState.NODE_STATE_STOPPED,
  FAILED: NodeState.NODE_STATE_STOPPED,
};

export function nodeStateOf(state: WorkerState): NodeState {
  return ON_THE_WIRE[state];
}
