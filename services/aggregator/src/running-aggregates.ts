/**
 * Live per-run metric aggregates (the partial leaderboard while a run is in progress). Each
 * evaluation task counts once, however often its result is delivered.
 */
export interface MetricStats {
  n: number;
  sum: number;
  min: number;
  max: number;
}

export class RunAggregates {
  private readonly seen = new Set<string>();
  readonly metrics = new Map<string, MetricStats>();

  /** Adds one evaluation's scores; false if this task was already counted. */
  add(taskId: string, scores: Readonly<Record<string, number>>): boolean {
    if (this.seen.has(taskId)) return false;
    this.seen.add(taskId);
    for (const [name, v] of Object.entries(scores)) {
      if (!Number.isFinite(v)) continue;
      const s = this.metrics.get(name);
      if (!s) this.metrics.set(name, { n: 1, sum: v, min: v, max: v });
      else {
        s.n++;
        s.sum += v;
        s.min = Math.min(s.min, v);
        s.max = Math.max(s.max, v);
      }
    }
    return true;
  }

  mean(name: string): number | undefined {
    const s = this.metrics.get(name);
    return s && s.n > 0 ? s.sum / s.n : undefined;
  }
}
