/**
 * The arithmetic of the fairness benchmark, pure so it can be unit-tested: how many devices each
 * run held over time, read from its items' generation start and finish times (a device is held
 * from a task's start to its finish), when a run first held a given number, and each run's share
 * of the device time used in fixed time buckets.
 *
 * Times are milliseconds on one clock (epoch ms).
 */

/** One generation attempt of one run's item, on one device. */
export interface Span {
  readonly run: string;
  readonly from: number;
  readonly to: number;
}

/** Starts (+1) and finishes (-1) of a run's spans in time order, finishes first at equal times (a device handed from one task to the next is not held twice). */
function steps(spans: readonly Span[], run: string): { at: number; d: number }[] {
  const out: { at: number; d: number }[] = [];
  for (const s of spans) {
    if (s.run !== run) continue;
    out.push({ at: s.from, d: 1 }, { at: s.to, d: -1 });
  }
  return out.sort((a, b) => a.at - b.at || a.d - b.d);
}

/** The first time the run held at least `devices` devices at once, or undefined if it never did. */
export function firstHolding(spans: readonly Span[], run: string, devices: number): number | undefined {
  let held = 0;
  for (const s of steps(spans, run)) {
    held += s.d;
    if (held >= devices) return s.at;
  }
  return undefined;
}

/** The most devices the run held at once. */
export function maxHeld(spans: readonly Span[], run: string): number {
  let held = 0;
  let max = 0;
  for (const s of steps(spans, run)) {
    held += s.d;
    max = Math.max(max, held);
  }
  return max;
}

/** Device-milliseconds each run used in each full bucket of `bucketMs` from `from` up to `to` (a last partial bucket is left out). */
export function bucketDeviceMs(spans: readonly Span[], from: number, to: number, bucketMs: number): { from: number; byRun: Map<string, number> }[] {
  const buckets: { from: number; byRun: Map<string, number> }[] = [];
  for (let b = from; b + bucketMs <= to; b += bucketMs) buckets.push({ from: b, byRun: new Map() });
  for (const s of spans) {
    // Only the buckets the span overlaps.
    const first = Math.max(0, Math.floor((s.from - from) / bucketMs));
    const last = Math.min(buckets.length - 1, Math.floor((s.to - from) / bucketMs));
    for (let i = first; i <= last; i++) {
      const bucket = buckets[i] as { from: number; byRun: Map<string, number> };
      const ms = Math.min(s.to, bucket.from + bucketMs) - Math.max(s.from, bucket.from);
      if (ms > 0) bucket.byRun.set(s.run, (bucket.byRun.get(s.run) ?? 0) + ms);
    }
  }
  return buckets;
}

/**
 * Per bucket, the largest |share − target| over the runs in `targets`, where a run's share is its
 * device time over the device time of all runs in `targets` in that bucket. Buckets in which those
 * runs used no device are left out.
 */
export function shareErrors(buckets: readonly { byRun: ReadonlyMap<string, number> }[], targets: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const b of buckets) {
    const total = [...targets.keys()].reduce((n, r) => n + (b.byRun.get(r) ?? 0), 0);
    if (total <= 0) continue;
    out.push(Math.max(...[...targets].map(([r, want]) => Math.abs((b.byRun.get(r) ?? 0) / total - want))));
  }
  return out;
}
