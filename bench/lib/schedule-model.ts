/**
 * The arithmetic of the makespan benchmark, kept pure so it can be unit-tested: the lower bound a
 * perfect scheduler could reach with the capacity the fleet really had, GPU idle time while work
 * was queued, and what the approaches users run today (static `--start/--end` shards and
 * `idx % gpus` round-robin, as in the VideoPhy-2 seed scripts) would have taken on the same items
 * under the same disruptions.
 *
 * Times are milliseconds on one clock (epoch ms); `t0` is when the run was submitted.
 */

/** A half-open time window [from, to). */
export interface Window {
  readonly from: number;
  readonly to: number;
}

export interface DeviceTimeline {
  readonly id: string;
  /** When the device can take new work: [t0, ∞) minus foreign load and minus after its node was drained. */
  readonly unavailable: readonly Window[];
}

export interface ExecutedTask {
  readonly device: string;
  readonly publishedAt: number;
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** Total length of the intersection of `w` with the union of `ws` (ws may overlap). */
export function overlap(w: Window, ws: readonly Window[]): number {
  const cut = ws
    .map((x) => ({ from: Math.max(w.from, x.from), to: Math.min(w.to, x.to) }))
    .filter((x) => x.to > x.from)
    .sort((a, b) => a.from - b.from);
  let total = 0;
  let end = -Infinity;
  for (const x of cut) {
    const from = Math.max(x.from, end);
    if (x.to > from) total += x.to - from;
    end = Math.max(end, x.to);
  }
  return total;
}

/** Device-milliseconds the device offered in [t0, t]. */
export function availableMs(d: DeviceTimeline, t0: number, t: number): number {
  if (t <= t0) return 0;
  return t - t0 - overlap({ from: t0, to: t }, d.unavailable);
}

/**
 * LB = max(T*, t0 + longest item) + one backend load, where T* is the earliest time by which the
 * devices, counting only the time each was available, could have done all the work. It is the
 * issue's max(total work / GPUs, longest item) + load, with "GPUs" the capacity the run really had
 * (devices under foreign load or drained give none, except for work that really ran on them then).
 * Returned relative to t0, in ms.
 */
export function lowerBoundMs(workMs: readonly number[], devices: readonly DeviceTimeline[], t0: number, loadMs: number, creditMs = 0): number {
  // creditMs: work that really ran while its device counted as unavailable (a task finishing after
  // its node was drained): a perfect scheduler could have used that time too.
  const total = Math.max(0, workMs.reduce((a, b) => a + b, 0) - creditMs);
  const longest = Math.max(0, ...workMs);
  let lo = t0;
  let hi = t0 + total + 1; // one device, always available, is an upper end
  const capacity = (t: number) => devices.reduce((a, d) => a + availableMs(d, t0, t), 0);
  if (capacity(hi) < total) hi = t0 + 10 * total + 1; // devices gone for good: look further
  for (let i = 0; i < 60 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (capacity(mid) >= total) hi = mid;
    else lo = mid;
  }
  return Math.max(hi - t0, longest) + loadMs;
}

/**
 * Sum over devices of the time a device was available, not running anything of ours, while at
 * least one task waited in the queue (published, not yet started) - the waste the fleet exists to
 * remove. Queue membership comes from each task's publish and (final) start time.
 */
export function idleWhileQueuedMs(tasks: readonly ExecutedTask[], devices: readonly DeviceTimeline[]): number {
  const waiting: Window[] = mergeWindows(tasks.map((t) => ({ from: t.publishedAt, to: t.startedAt })));
  let idle = 0;
  for (const d of devices) {
    const busy = mergeWindows(tasks.filter((t) => t.device === d.id).map((t) => ({ from: t.startedAt, to: t.finishedAt })));
    for (const w of waiting) {
      // Waiting time minus when this device was busy or could not take work.
      idle += w.to - w.from - overlap(w, [...busy, ...d.unavailable]);
    }
  }
  return idle;
}

export function mergeWindows(ws: readonly Window[]): Window[] {
  const sorted = ws.filter((w) => w.to > w.from).sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ from: w.from, to: w.to });
  }
  return out;
}

/** Which device each item goes to under a static split. */
export type StaticSplit = "contiguous" | "round_robin";

export function assignStatic(n: number, gpus: number, split: StaticSplit): number[][] {
  const lists: number[][] = Array.from({ length: gpus }, () => []);
  const per = Math.ceil(n / gpus);
  for (let i = 0; i < n; i++) (lists[split === "contiguous" ? Math.floor(i / per) : i % gpus] as number[]).push(i);
  return lists;
}

/**
 * Makespan (ms after t0) of a static split on the same items and disruptions, given the benefit
 * of the doubt: a GPU under foreign load starts nothing new until the load is gone, instead of
 * crashing with CUDA OOM (a task already running finishes); when a node is
 * drained its scripts stop, and the items they had not finished (the interrupted one included)
 * are re-sharded with the same rule over the surviving GPUs once every surviving script is done,
 * with a fresh model load - the skip-existing re-run users do by hand.
 */
export function staticMakespanMs(workMs: readonly number[], devices: readonly DeviceTimeline[], t0: number, loadMs: number, split: StaticSplit): number {
  const lists = assignStatic(workMs.length, devices.length, split);
  const leftovers: number[] = [];
  const survivors: DeviceTimeline[] = [];
  let firstPassEnd = t0;
  devices.forEach((d, k) => {
    const goneAt = permanentEnd(d);
    let t = advance(d, t0, loadMs);
    let stoppedEarly = false;
    for (const i of lists[k] as number[]) {
      const end = stoppedEarly ? Infinity : advance(d, t, workMs[i] as number);
      if (end > goneAt) {
        stoppedEarly = true;
        leftovers.push(i);
        continue;
      }
      t = end;
    }
    if (goneAt === Infinity) survivors.push(d);
    firstPassEnd = Math.max(firstPassEnd, stoppedEarly ? goneAt : t);
  });
  if (leftovers.length === 0) return firstPassEnd - t0;
  if (survivors.length === 0) return Infinity;
  const again = assignStatic(leftovers.length, survivors.length, split);
  let end = firstPassEnd;
  survivors.forEach((d, k) => {
    let t = advance(d, firstPassEnd, loadMs);
    for (const j of again[k] as number[]) t = advance(d, t, workMs[leftovers[j] as number] as number);
    end = Math.max(end, t);
  });
  return end - t0;
}

/** When a device leaves for good (its node drained), or Infinity. */
function permanentEnd(d: DeviceTimeline): number {
  const forever = d.unavailable.filter((w) => w.to === Infinity);
  return forever.length === 0 ? Infinity : Math.min(...forever.map((w) => w.from));
}

/**
 * Runs one task (or load) of `ms` on `d`, ready at `t`: it cannot start inside a temporary
 * unavailable window (foreign load), and once started it runs to its end, as a running model does.
 */
export function advance(d: DeviceTimeline, t: number, ms: number): number {
  let start = t;
  for (const w of [...d.unavailable].filter((x) => x.to !== Infinity).sort((a, b) => a.from - b.from)) {
    if (start >= w.from && start < w.to) start = w.to;
  }
  return start + ms;
}
