/**
 * Throughput and ETA of a run from the times items finished, over a sliding window, so the
 * estimate follows the fleet as nodes join, drain or fall over.
 */
const WINDOW_MS = 10 * 60_000;

export class Throughput {
  private readonly generated: number[] = [];
  private readonly finished: number[] = [];

  constructor(private readonly startedAtMs: number) {}

  recordGenerated(at = Date.now()): void {
    push(this.generated, at);
  }

  recordFinished(at = Date.now()): void {
    push(this.finished, at);
  }

  /** Videos generated per hour over the window (or since the start, if shorter). */
  videosPerHour(now = Date.now()): number {
    return ratePerMs(this.generated, this.startedAtMs, now) * 3_600_000;
  }

  /** Seconds until `remaining` more items finish at the current rate; -1 when unknown. */
  etaSeconds(remaining: number, now = Date.now()): number {
    if (remaining <= 0) return 0;
    const rate = ratePerMs(this.finished, this.startedAtMs, now);
    return rate > 0 ? remaining / rate / 1000 : -1;
  }
}

function push(times: number[], at: number): void {
  times.push(at);
  const cutoff = at - WINDOW_MS;
  while (times.length > 0 && (times[0] as number) < cutoff) times.shift();
}

function ratePerMs(times: readonly number[], startedAtMs: number, now: number): number {
  const recent = times.filter((t) => t >= now - WINDOW_MS);
  if (recent.length === 0) return 0;
  const span = now - Math.max(startedAtMs, now - WINDOW_MS);
  return span > 0 ? recent.length / span : 0;
}
