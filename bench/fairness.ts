/**
 * `fairness`: how admission shares 16 simulated GPUs (2 nodes × 8) between runs. The noop backend
 * spends each item's lognormal simulated time, so every figure is the scheduler's.
 *
 * 1. Equal priority: a 5,000-item sweep, and 30 s later a 200-item run. The small run should get
 *    half the devices at once and finish about as fast as it would alone on half the fleet
 *    (measured: the same spec alone on 8 GPUs in a fresh fleet); the sweep should lose nothing
 *    to the sharing beyond the small run's own work.
 * 2. The same with the small run at `priority: high`, its class allowed to preempt: it should
 *    start at once and finish about as fast as alone on the whole fleet (measured: alone on 16).
 * 3. Teams a, b, c, d with weights 2, 1, 1, 1 and d capped at 4 devices, one long run each,
 *    submitted together: a, b and c should split the devices d does not hold 50/25/25.
 *
 * Shares are read from the item records (each item's generation start and finish: a device is
 * held from one to the other) in buckets of BUCKET_MS, over the window in which every run
 * compared can hold its share: from the first moment each holds its fair number of devices
 * (before that is the ramp-up: places free one by one as the tasks running at submit finish)
 * to the first moment one of them has started its last item (after that it lacks work).
 */
import { writeFileSync } from "node:fs";
import { delay } from "../services/common/src/abort";
import { parseRunSpec } from "../services/benchmarks/src";
import { simulatedMs } from "../services/benchmarks/src";
import type { RunReport } from "../services/reports/src";
import { finalReportFile, median, noopSpec, percentile, round, startBenchFleet, submit, waitForRun } from "./lib/harness";
import { bucketDeviceMs, firstHolding, maxHeld, shareErrors, type Span } from "./lib/shares";

const BACKEND = "fair-sim";
/** No load time: every run finds the backend loaded in the shared fleet and would not alone, which would flatter the slowdowns. */
const BACKEND_YAML = "type: noop, memory: 30GiB";
const NODES = 2;
const PER_NODE = 8;
const GPUS = NODES * PER_NODE;
/** Median 400 ms, log-sd 0.5 (mean ≈ 0.45 s, a few items 3–5× the median): 5,000 items ≈ 2.3 GPU-hours/1000, ~140 s on 16 GPUs. */
const MEDIAN_MS = 400;
const SIGMA = 0.5;
const MAX_MS = 4000;
const SIMULATED = `{ median: ${MEDIAN_MS}ms, sigma: ${SIGMA}, max: ${MAX_MS}ms }`;
const SWEEP_ITEMS = 5000;
const SMALL_ITEMS = 200;
const SMALL_AFTER_MS = 30_000;
const BUCKET_MS = 2000;
const TEAMS = { a: { weight: 2, items: 1200 }, b: { weight: 1, items: 600 }, c: { weight: 1, items: 600 }, d: { weight: 1, items: 800, maxDevices: 4 } };
const RUN_TIMEOUT_MS = 15 * 60_000;

const PRIORITY_CLASSES = "priority_classes: { high: { value: 100, preempt: true }, normal: { value: 0 }, low: { value: -100 } }";
const TEAM_CONFIG = `teams: { ${Object.entries(TEAMS)
  .map(([t, c]) => `${t}: { weight: ${c.weight}${"maxDevices" in c ? `, max_devices: ${c.maxDevices}` : ""} }`)
  .join(", ")} }`;

export async function fairness(): Promise<Record<string, unknown>> {
  const equal = await sweepAndSmall([], "");
  const aloneHalf = await alone(PER_NODE);
  const high = await sweepAndSmall([PRIORITY_CLASSES], "priority: high");
  const aloneWhole = await alone(GPUS);
  const teams = await teamRuns();
  if (process.env.FRAMEFLEET_BENCH_DUMP) {
    const dump = (c: { spans: readonly Span[] }, at: number) => c.spans.map((x) => [x.run, x.from - at, x.to - at]);
    writeFileSync(process.env.FRAMEFLEET_BENCH_DUMP, JSON.stringify({ equal: dump(equal, equal.sweep.submittedAt), high: dump(high, high.sweep.submittedAt), teams: dump(teams, teams.submittedAt) }));
  }
  const equalShare = shareWindow(equal.spans, new Map([["small", 0.5], ["sweep", 0.5]]), new Map([["small", GPUS / 2], ["sweep", GPUS / 2]]), ["small"]);
  return {
    small_run_slowdown: round(equal.small.completionMs / aloneHalf.completionMs, 4),
    share_error_max: equalShare.errorMax,
    sweep_makespan_ratio: round(equal.sweep.completionMs / equal.sweepBoundMs, 4),
    sweep_makespan_ratio_all_work: round(equal.sweep.completionMs / equal.allWorkBoundMs, 4),
    high_priority_first_start_s: round(high.small.firstStartMs / 1000),
    high_priority_slowdown: round(high.small.completionMs / aloneWhole.completionMs, 4),
    team_share_error_max: teams.share.errorMax,
    team_d_max_devices: teams.dMax,
    // The parts of the figures above.
    small_run_completion_s: round(equal.small.completionMs / 1000),
    small_run_alone_on_8_s: round(aloneHalf.completionMs / 1000),
    small_run_first_start_s: round(equal.small.firstStartMs / 1000),
    small_run_ramp_s: nullableS(equalShare.rampEndAt, equal.small.submittedAt),
    small_run_mean_share: equalShare.meanShares.small ?? null,
    share_window_buckets: equalShare.buckets,
    small_run_share_series: equalShare.series.small ?? [],
    sweep_makespan_s: round(equal.sweep.completionMs / 1000),
    // Where the sweep's time beyond the bound went: devices held beyond the simulated work, and devices standing idle.
    sweep_first_start_s: round(equal.sweep.firstStartMs / 1000),
    task_overhead_share: round(equal.heldMs / equal.workMs - 1, 4),
    median_dispatch_gap_ms: round(median(equal.gapsMs), 1),
    p90_dispatch_gap_ms: round(percentile(equal.gapsMs, 90), 1),
    idle_device_s: round((GPUS * equal.sweep.completionMs - equal.heldMs) / 1000, 1),
    sweep_lower_bound_s: round(equal.sweepBoundMs / 1000),
    sweep_all_work_lower_bound_s: round(equal.allWorkBoundMs / 1000),
    high_priority_completion_s: round(high.small.completionMs / 1000),
    high_priority_alone_on_16_s: round(aloneWhole.completionMs / 1000),
    high_priority_full_fleet_s: nullableS(firstHolding(high.spans, "small", GPUS), high.small.submittedAt),
    high_sweep_makespan_ratio: round(high.sweep.completionMs / high.sweepBoundMs, 4),
    high_sweep_makespan_ratio_all_work: round(high.sweep.completionMs / high.allWorkBoundMs, 4),
    high_sweep_first_start_s: round(high.sweep.firstStartMs / 1000),
    team_mean_shares: teams.share.meanShares,
    team_share_window_buckets: teams.share.buckets,
    team_share_series: teams.share.series,
    team_ramp_s: nullableS(teams.share.rampEndAt, teams.submittedAt),
    team_completion_s: teams.completionS,
    // Quota places count tasks admitted and not yet reported done, queued ones included: d runs on fewer than 4 on average.
    team_d_mean_devices: teams.dMean,
    failed: equal.failed + high.failed + aloneHalf.failed + aloneWhole.failed + teams.failed,
    setup: {
      gpus: GPUS,
      nodes: `${NODES} × sim:${PER_NODE}x80GiB`,
      backend: `noop, 30 GiB, no load time`,
      simulated_time: SIMULATED,
      median_ms: MEDIAN_MS,
      sigma: SIGMA,
      sweep_items: SWEEP_ITEMS,
      small_items: SMALL_ITEMS,
      small_submitted_after_s: SMALL_AFTER_MS / 1000,
      bucket_s: BUCKET_MS / 1000,
      high_priority_class: PRIORITY_CLASSES,
      teams: TEAM_CONFIG,
      team_items: Object.fromEntries(Object.entries(TEAMS).map(([t, c]) => [t, c.items])),
      share_window:
        "full buckets from the first moment every compared run holds its fair number of devices (small: 8; teams a/b/c: 6/3/3) to the first moment one of them has started its last item; share = a run's device time / the compared runs' device time in the bucket; error = |share - target|",
    },
  };
}

interface RunFigures {
  readonly submittedAt: number;
  /** Submit → first item started. */
  readonly firstStartMs: number;
  /** Submit → last item done. */
  readonly completionMs: number;
  readonly lastStartAt: number;
  /** Simulated GPU time of each item. */
  readonly workMs: number[];
}

function figures(report: RunReport, specYaml: string, submittedAt: number): RunFigures {
  const sim = parseRunSpec(specYaml, { name: "fairness", baseDir: "." }).generator.simulated_time;
  const starts = report.items.map((it) => Date.parse(it.started_at as string));
  const ends = report.items.map((it) => Date.parse(it.finished_at as string));
  return {
    submittedAt,
    firstStartMs: Math.min(...starts) - submittedAt,
    completionMs: Math.max(...ends) - submittedAt,
    lastStartAt: Math.max(...starts),
    workMs: report.items.map((it) => simulatedMs(sim, it.seed)),
  };
}

function spansOf(name: string, report: RunReport): Span[] {
  return report.items.filter((it) => it.started_at && it.finished_at).map((it) => ({ run: name, from: Date.parse(it.started_at as string), to: Date.parse(it.finished_at as string) }));
}

function fleetOf(gpus: number, coordinator: readonly string[]) {
  return startBenchFleet({
    workers: Array.from({ length: gpus / PER_NODE }, (_, i) => ({ role: "gen" as const, node: `fair-${i}`, devices: `sim:${PER_NODE}x80GiB` })),
    backends: { [BACKEND]: BACKEND_YAML },
    coordinator,
  });
}

/** A sweep, and SMALL_AFTER_MS later a small run with `smallExtra` in its spec; both to the end. */
async function sweepAndSmall(coordinator: readonly string[], smallExtra: string) {
  const bf = await fleetOf(GPUS, coordinator);
  try {
    const sweepYaml = noopSpec("bench-fair-sweep", SWEEP_ITEMS, BACKEND, SIMULATED);
    const smallYaml = noopSpec("bench-fair-small", SMALL_ITEMS, BACKEND, SIMULATED, smallExtra);
    const t0 = Date.now();
    const sweepId = await submit(bf.client, sweepYaml, bf.dir);
    await delay(Math.max(0, t0 + SMALL_AFTER_MS - Date.now()));
    const t1 = Date.now();
    const smallId = await submit(bf.client, smallYaml, bf.dir);
    console.log(`  sweep ${sweepId}, small run ${smallId}${smallExtra ? ` (${smallExtra})` : ""} submitted ${round((t1 - t0) / 1000, 1)} s later`);
    await waitForRun(bf.client, smallId, RUN_TIMEOUT_MS);
    await waitForRun(bf.client, sweepId, RUN_TIMEOUT_MS);
    const [sweepReport, smallReport] = [await finalReportFile(bf.client, sweepId), await finalReportFile(bf.client, smallId)];
    const sweep = figures(sweepReport, sweepYaml, t0);
    const small = figures(smallReport, smallYaml, t1);
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const longest = Math.max(...sweep.workMs, ...small.workMs);
    const spans = [...spansOf("sweep", sweepReport), ...spansOf("small", smallReport)];
    // A device's wait between one task's finish and its next start (result → admission → queue → pull).
    const byDevice = new Map<string, { from: number; to: number }[]>();
    for (const it of [...sweepReport.items, ...smallReport.items]) {
      if (!it.device || !it.started_at || !it.finished_at) continue;
      byDevice.set(it.device, [...(byDevice.get(it.device) ?? []), { from: Date.parse(it.started_at), to: Date.parse(it.finished_at) }]);
    }
    const gapsMs = [...byDevice.values()].flatMap((l) => l.sort((a, b) => a.from - b.from).slice(1).map((x, i) => x.from - (l[i] as { to: number }).to));
    return {
      sweep,
      small,
      spans,
      // The issue's bound, max(work / GPUs, longest item), over the sweep's work, and over all the work the fleet did meanwhile.
      sweepBoundMs: Math.max(sum(sweep.workMs) / GPUS, Math.max(...sweep.workMs)),
      allWorkBoundMs: Math.max((sum(sweep.workMs) + sum(small.workMs)) / GPUS, longest),
      failed: sweepReport.counts.failed + smallReport.counts.failed,
      workMs: sum(sweep.workMs) + sum(small.workMs),
      heldMs: sum(spans.map((x) => x.to - x.from)),
      gapsMs,
    };
  } finally {
    await bf.close();
  }
}

/** The small run alone on a fresh fleet of `gpus`. */
async function alone(gpus: number) {
  const bf = await fleetOf(gpus, []);
  try {
    const yaml = noopSpec("bench-fair-alone", SMALL_ITEMS, BACKEND, SIMULATED);
    const t = Date.now();
    const id = await submit(bf.client, yaml, bf.dir);
    await waitForRun(bf.client, id, RUN_TIMEOUT_MS);
    const report = await finalReportFile(bf.client, id);
    const f = figures(report, yaml, t);
    console.log(`  ${SMALL_ITEMS} items alone on ${gpus} GPUs: ${round(f.completionMs / 1000, 2)} s`);
    return { completionMs: f.completionMs, failed: report.counts.failed };
  } finally {
    await bf.close();
  }
}

/** One run per team, submitted together. */
async function teamRuns() {
  const bf = await fleetOf(GPUS, [TEAM_CONFIG]);
  try {
    const t = Date.now();
    const specs = Object.entries(TEAMS).map(([team, c]) => ({ team, yaml: noopSpec(`bench-fair-team-${team}`, c.items, BACKEND, SIMULATED, `team: ${team}`) }));
    const ids = await Promise.all(specs.map((s) => submit(bf.client, s.yaml, bf.dir)));
    for (const id of ids) await waitForRun(bf.client, id, RUN_TIMEOUT_MS);
    const reports = await Promise.all(ids.map((id) => finalReportFile(bf.client, id)));
    const spans = specs.flatMap((s, i) => spansOf(s.team, reports[i] as RunReport));
    const runs = specs.map((s, i) => ({ team: s.team, f: figures(reports[i] as RunReport, s.yaml, t) }));
    // a, b and c share what d does not hold: 16 − 4 = 12, so 6/3/3.
    const rest = GPUS - TEAMS.d.maxDevices;
    const weights = TEAMS.a.weight + TEAMS.b.weight + TEAMS.c.weight;
    const targets = new Map((["a", "b", "c"] as const).map((t) => [t, TEAMS[t].weight / weights]));
    const fairDevices = new Map([...targets].map(([t, s]) => [t, Math.floor(s * rest)]));
    // Every team (d too) must still have work: the window ends at the first last-start of any of the four.
    const share = shareWindow(spans, targets, fairDevices, [...targets.keys()], Math.min(...runs.map((r) => r.f.lastStartAt)));
    return {
      share,
      spans,
      submittedAt: t,
      dMax: maxHeld(spans, "d"),
      dMean: round(dMeanHeld(spans), 2),
      completionS: Object.fromEntries(runs.map((r) => [r.team, round(r.f.completionMs / 1000)])),
      failed: reports.reduce((n, r) => n + r.counts.failed, 0),
    };
  } finally {
    await bf.close();
  }
}

/**
 * Share errors of `targets` (run → share of the compared runs' device time) over the window
 * described in the header. `fairDevices`: the devices each run must first hold for the ramp-up
 * to end; `endAt`: the window's end, by default the first last-start of the compared runs.
 */
function shareWindow(spans: readonly Span[], targets: ReadonlyMap<string, number>, fairDevices: ReadonlyMap<string, number>, rampRuns: readonly string[], endAt?: number) {
  const compared = spans.filter((s) => targets.has(s.run));
  // The last of the ramp runs to start.
  const firstStart = Math.max(...rampRuns.map((r) => Math.min(...compared.filter((s) => s.run === r).map((s) => s.from))));
  const reached = rampRuns.map((r) => firstHolding(compared, r, fairDevices.get(r) ?? 0));
  // A run that never held its fair number of devices: the window starts at the first start, and the ramp is reported as null.
  const rampDone = reached.every((t) => t !== undefined);
  const from = rampDone ? Math.max(...(reached as number[])) : firstStart;
  const lastStarts = [...targets.keys()].map((r) => Math.max(...compared.filter((s) => s.run === r).map((s) => s.from)));
  const to = endAt ?? Math.min(...lastStarts);
  const buckets = bucketDeviceMs(compared, from, to, BUCKET_MS);
  const errors = shareErrors(buckets, targets);
  const totals = new Map<string, number>();
  for (const b of buckets) for (const [r, ms] of b.byRun) totals.set(r, (totals.get(r) ?? 0) + ms);
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return {
    errorMax: errors.length > 0 ? round(Math.max(...errors), 4) : null,
    /** When the ramp-up ended (epoch ms), undefined when some run never held its fair number. */
    rampEndAt: rampDone ? from : undefined,
    buckets: errors.length,
    /** Each run's share in each bucket of the window, for reading the figures. */
    series: Object.fromEntries([...targets.keys()].map((r) => [r, buckets.map((b) => {
      const total = [...targets.keys()].reduce((n, k) => n + (b.byRun.get(k) ?? 0), 0);
      return total > 0 ? round((b.byRun.get(r) ?? 0) / total, 3) : null;
    })])),
    meanShares: Object.fromEntries([...targets.keys()].map((r) => [r, all > 0 ? round((totals.get(r) ?? 0) / all, 4) : null])),
  };
}

/** Devices d held on average from its first start to its last finish. */
function dMeanHeld(spans: readonly Span[]): number {
  const mine = spans.filter((x) => x.run === "d");
  const held = mine.reduce((n, x) => n + x.to - x.from, 0);
  return held / (Math.max(...mine.map((x) => x.to)) - Math.min(...mine.map((x) => x.from)));
}

function nullableS(at: number | undefined, since: number): number | null {
  return at === undefined ? null : round((at - since) / 1000);
}
