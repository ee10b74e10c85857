/**
 * The worker's lifecycle, one typed state (as Temporal's Worker has):
 *
 *   INITIALIZED ─run()→ RUNNING ─drain()→ DRAINING ─(no task left)→ DRAINED
 *                          ▲                 │                         │
 *                          └──── undrain() ──┴─────────────────────────┘
 *   any ─shutdown()→ STOPPING → STOPPED        (a fatal error → FAILED)
 *
 * RUNNING pulls work; DRAINING pulls nothing and lets running tasks finish within the drain
 * deadline, handing the rest back; DRAINED runs nothing but keeps advertising, so operators see it.
 */
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
