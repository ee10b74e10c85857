/**
 * A run's wall time and its rate in items per hour, one definition for status, metrics and
 * reports: wall time runs from the submit (created_at) to the moment the last item reached done
 * or failed, so a resume or retry that did nothing does not stretch it.
 */

/**
 * Rates over less time than this are not shown (unknown): an hourly rate from a few seconds of
 * work says nothing (3 videos that finish within a second are not 10,000 videos/h).
 */
export const MIN_RATE_SPAN_MS = 30_000;

/** The run fields the wall time comes from (a RunRecord has them). */
export interface RunTimes {
  readonly createdAtMs?: number | null;
  readonly lastItemDoneAtMs?: number | null;
  readonly finishedAtMs?: number | null;
}

/**
 * A 64-bit field as a number: generated code can hand out Long objects at runtime (and a Long
 * zero is truthy); Number() reads both.
 */
export function int64(v: unknown): number {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Milliseconds from the submit to the last item done or failed; undefined when no item finished
 * yet. Records written before `last_item_done_at_ms` existed fall back to `finished_at_ms`.
 */
export function runWallMs(run: RunTimes): number | undefined {
  const from = int64(run.createdAtMs);
  const to = int64(run.lastItemDoneAtMs) || int64(run.finishedAtMs);
  if (!from || !to || to < from) return undefined;
  return to - from;
}

/** `count` items over `spanMs` as items per hour; undefined when the span is too short to tell. */
export function perHour(count: number, spanMs: number | undefined): number | undefined {
  if (spanMs === undefined || !(spanMs >= MIN_RATE_SPAN_MS) || count < 0) return undefined;
  return (count * 3_600_000) / spanMs;
}

/** A finished run's throughput: items done per hour of its wall time (undefined: too short to tell). */
export function finishedRunPerHour(run: RunTimes, done: number): number | undefined {
  return perHour(done, runWallMs(run));
}
