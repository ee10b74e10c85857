/**
 * Which running tasks to hand back so that a run of a class with `preempt: true` gets devices.
 * Pure, so the rules can be tested alone (preemption.test.ts):
 *
 * - How many: the preempting runs' tasks that wait for a device (waiting for admission, or
 *   admitted and not started), less the devices free now and the preemptions already asked for
 *   and not answered yet (each of those frees a device soon).
 * - Which: only tasks of runs of a lower priority than the run they make way for, and only items
 *   handed back fewer than `max_preemptions` times (an item is never starved for good). The
 *   lowest priority goes first; within it the task with the most expected time left (the least
 *   work lost for the most device time won); when that is unknown, the most recently started.
 */

/** A task running in the lane now. */
export interface RunningAttempt {
  readonly taskId: string;
  readonly runId: string;
  /** Where it runs: the node the command goes to. */
  readonly node: string;
  readonly priority: number;
  /** Times the item was handed back for a higher run already. */
  readonly preemptions: number;
  readonly startedAtMs: number;
  /** Expected time left, ms; undefined when nothing says. */
  readonly remainingMs: number | undefined;
}

/** Tasks of preempting runs of one priority that wait for a device. */
export interface Demand {
  readonly priority: number;
  readonly tasks: number;
}

export interface VictimQuery {
  readonly demand: readonly Demand[];
  /** Devices of the lane running nothing now. */
  readonly freeDevices: number;
  /** Preemptions asked for in this lane and not answered yet. */
  readonly requested: number;
  readonly running: readonly RunningAttempt[];
  readonly maxPreemptions: number;
}

/** Lowest priority first, then the most time left (known before unknown), then the most recently started. */
export function victimOrder(a: RunningAttempt, b: RunningAttempt): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ka = a.remainingMs !== undefined;
  const kb = b.remainingMs !== undefined;
  if (ka !== kb) return ka ? -1 : 1;
  if (ka && kb && a.remainingMs !== b.remainingMs) return (b.remainingMs as number) - (a.remainingMs as number);
  return b.startedAtMs - a.startedAtMs || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0);
}

/** The tasks to hand back now, in the order to ask. */
export function chooseVictims(q: VictimQuery): RunningAttempt[] {
  // Free devices and answers on their way go to the highest demand first: it is at the head of the queue.
  let covered = Math.max(0, q.freeDevices) + Math.max(0, q.requested);
  const wanted: number[] = [];
  for (const d of [...q.demand].sort((a, b) => b.priority - a.priority)) {
    const take = Math.min(covered, Math.max(0, d.tasks));
    covered -= take;
    for (let i = take; i < d.tasks; i++) wanted.push(d.priority);
  }
  const pool = q.running.filter((t) => t.preemptions < q.maxPreemptions && t.node !== "").sort(victimOrder);
  const used = new Set<number>();
  const out: RunningAttempt[] = [];
  for (const priority of wanted) {
    const i = pool.findIndex((t, j) => !used.has(j) && t.priority < priority);
    if (i < 0) continue;
    used.add(i);
    out.push(pool[i] as RunningAttempt);
  }
  return out;
}
