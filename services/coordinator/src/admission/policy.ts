/**
 * Who gets the next free place in a backend's work queue, and what each run's fair share is.
 * Pure functions over counts, so the rules can be tested alone (policy.test.ts):
 *
 * 1. A team at its quota (coordinator.teams.T.max_devices, counted over every backend) gets
 *    nothing more until one of its tasks ends.
 * 2. Strict priority between classes: a run of a higher priority always goes first.
 * 3. Within a priority, weighted fair share of the devices between teams (the team holding the
 *    fewest devices per unit of weight goes next), then between the team's runs by their `share`;
 *    ties go to whoever used the least device time per unit of weight, then to the older run.
 *
 * Shares are of the devices held now (tasks admitted and not finished), not of device time used
 * since the start: a small run submitted during a long sweep gets its half of the devices at
 * once, instead of the whole fleet until it has "caught up" with the sweep's hours.
 */

/** One run's standing in one backend's queue (a lane). */
export interface LaneRun {
  readonly runId: string;
  readonly priority: number;
  readonly team: string;
  /** The run's weight within its team (spec `share`, default 1). */
  readonly share: number;
  readonly createdAtMs: number;
  /** Device time the run has used so far, ms (tie-break). */
  readonly deviceMs: number;
  /** Its tasks in this lane that are admitted and not finished. */
  inFlight: number;
  /** Its tasks in this lane waiting for admission. */
  pending: number;
}

/** What the coordinator's config says about teams. */
export interface TeamRules {
  weight(team: string): number;
  /** The most devices the team's runs may hold at once, over every backend; undefined: no limit. */
  maxDevices(team: string): number | undefined;
}

/** The next run to admit a task of, or undefined when none may (nothing waits, or every waiting team is at its quota). */
export function pickNext(runs: readonly LaneRun[], teamHeld: ReadonlyMap<string, number>, rules: TeamRules): LaneRun | undefined {
  const open = runs.filter((r) => r.pending > 0 && !atQuota(r.team, teamHeld, rules));
  if (open.length === 0) return undefined;
  const top = Math.max(...open.map((r) => r.priority));
  const cands = open.filter((r) => r.priority === top);
  // Teams by the lane's devices they hold in this class, per unit of weight.
  const byTeam = new Map<string, LaneRun[]>();
  for (const r of cands) byTeam.set(r.team, [...(byTeam.get(r.team) ?? []), r]);
  const laneHeld = (team: string) => runs.filter((r) => r.team === team && r.priority === top).reduce((n, r) => n + r.inFlight, 0);
  const used = (rs: readonly LaneRun[]) => rs.reduce((n, r) => n + r.deviceMs, 0);
  const team = [...byTeam.keys()].sort((a, b) => {
    const wa = rules.weight(a);
    const wb = rules.weight(b);
    return laneHeld(a) / wa - laneHeld(b) / wb || used(byTeam.get(a) ?? []) / wa - used(byTeam.get(b) ?? []) / wb || (a < b ? -1 : a > b ? 1 : 0);
  })[0] as string;
  return [...(byTeam.get(team) ?? [])].sort(
    (a, b) => a.inFlight / a.share - b.inFlight / b.share || a.deviceMs / a.share - b.deviceMs / b.share || a.createdAtMs - b.createdAtMs || (a.runId < b.runId ? -1 : 1),
  )[0];
}

export function atQuota(team: string, teamHeld: ReadonlyMap<string, number>, rules: TeamRules): boolean {
  const max = rules.maxDevices(team);
  return max !== undefined && (teamHeld.get(team) ?? 0) >= max;
}

/**
 * Each run's fair share of a lane's `devices`: classes in priority order take what they want,
 * and within a class the devices are divided by weighted max-min fairness, between teams (by
 * weight, capped by their quota room) and then between each team's runs (by share). A run wants
 * its admitted plus its waiting tasks. Shares are fractional (8 devices over 3 equal runs: 2.67).
 */
export function fairShares(devices: number, runs: readonly LaneRun[], rules: TeamRules, teamHeld: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let left = devices;
  const classes = [...new Set(runs.map((r) => r.priority))].sort((a, b) => b - a);
  for (const p of classes) {
    const inClass = runs.filter((r) => r.priority === p && r.inFlight + r.pending > 0);
    const teams = [...new Set(inClass.map((r) => r.team))];
    const teamWant = (t: string) => {
      const want = inClass.filter((r) => r.team === t).reduce((n, r) => n + r.inFlight + r.pending, 0);
      const max = rules.maxDevices(t);
      if (max === undefined) return want;
      // What its quota leaves it in this lane: its quota less what it holds elsewhere.
      const here = inClass.filter((r) => r.team === t).reduce((n, r) => n + r.inFlight, 0);
      return Math.min(want, Math.max(0, max - ((teamHeld.get(t) ?? 0) - here)));
    };
    const teamShare = waterFill(left, teams.map((t) => ({ key: t, weight: rules.weight(t), want: teamWant(t) })));
    for (const t of teams) {
      const mine = inClass.filter((r) => r.team === t);
      const runShare = waterFill(teamShare.get(t) ?? 0, mine.map((r) => ({ key: r.runId, weight: r.share, want: r.inFlight + r.pending })));
      for (const [id, n] of runShare) out.set(id, n);
    }
    left -= [...teamShare.values()].reduce((a, b) => a + b, 0);
    if (left <= 1e-9) left = 0;
  }
  for (const r of runs) if (!out.has(r.runId)) out.set(r.runId, 0);
  return out;
}

/** Weighted max-min fair division of `total` among claimants capped by what they want. */
export function waterFill(total: number, claims: readonly { key: string; weight: number; want: number }[]): Map<string, number> {
  const out = new Map<string, number>(claims.map((c) => [c.key, 0]));
  let left = total;
  let open = claims.filter((c) => c.want > 0 && c.weight > 0);
  while (left > 1e-9 && open.length > 0) {
    const weights = open.reduce((n, c) => n + c.weight, 0);
    const unit = left / weights;
    // Claimants whose want is met at this level take it and leave; the rest share what is left.
    const met = open.filter((c) => c.want - (out.get(c.key) ?? 0) <= unit * c.weight + 1e-9);
    if (met.length === 0) {
      for (const c of open) out.set(c.key, (out.get(c.key) ?? 0) + unit * c.weight);
      break;
    }
    for (const c of met) {
      const give = c.want - (out.get(c.key) ?? 0);
      out.set(c.key, c.want);
      left -= give;
    }
    open = open.filter((c) => !met.includes(c));
  }
  return out;
}
