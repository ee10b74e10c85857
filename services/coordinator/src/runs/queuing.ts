/**
 * What queuing a run's items is doing (writing their records, publishing their tasks), so a
 * failure can say where it stopped, and whether a failure is worth trying again as it is.
 */
import { JetStreamApiError } from "@nats-io/jetstream";
import { hasCode, isFleetError } from "../../../common/src/errors";
import { KV_ITEMS, KV_RUNS } from "../../../common/src/subjects";

/** The step under way and how far it got; updated as it goes. */
export interface QueuingProgress {
  step: string;
  done: number;
  total: number;
}

export function progressOf(step: string, total = 0): QueuingProgress {
  return { step, done: 0, total };
}

/**
 * The run's reason after queuing failed: the step, how far it got, the cause in NATS's words
 * (with what it means when it is a limit), what was undone, and what the user can do.
 */
export function queuingFailureReason(runId: string, p: QueuingProgress, err: unknown, removed: number): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const where = p.total > 0 ? `${p.step} (${n(p.done)} of ${n(p.total)} done)` : p.step;
  const undone = removed > 0 ? `; the ${n(removed)} tasks it had queued were removed from the queue` : "";
  return (
    `planning failed while ${where}: ${describeCause(err, p.step)}${undone}. ` +
    `Fix the cause, then framefleet submit --resume ${runId} (it queues the run again), or framefleet cancel ${runId}`
  );
}

function describeCause(err: unknown, step: string): string {
  const message = err instanceof Error ? err.message : String(err);
  // Queuing writes records (items, or the run's); tasks enter the work queue later, through admission.
  const stream = /item records|videos to keep/.test(step) ? `KV_${KV_ITEMS}` : `KV_${KV_RUNS}`;
  if (/maximum (messages|bytes) exceeded/i.test(message)) return `${message} (the ${stream} stream is full: its max_msgs or max_bytes limit)`;
  if (/max_payload/i.test(message)) return `${message} (a message above the NATS server's max_payload)`;
  return message;
}

/**
 * Whether a failure says something about the run (a limit, a refused plan) rather than about
 * NATS being unreachable for now. A restarting coordinator fails a run only for the former; for
 * the latter it tries its whole start again.
 */
export function isRunProblem(err: unknown): boolean {
  if (err instanceof JetStreamApiError) return true;
  if (isFleetError(err)) return hasCode(err, "spec_invalid") || hasCode(err, "illegal_state") || hasCode(err, "timeout");
  return /max_payload/i.test(err instanceof Error ? err.message : String(err));
}
