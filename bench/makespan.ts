/**
 * `makespan`: the reference sweep. 600 items with lognormal simulated GPU times (a VideoPhy-2-like
 * mix, scaled down so the run takes about a minute) over 16 simulated 80 GiB GPUs on 4 nodes; two
 * GPUs get 70 GiB of foreign load for 20 s, and one node is drained mid-run (its running tasks
 * finish, it takes nothing new). The noop backend spends exactly each item's time, so every
 * second beyond the lower bound is the fleet's: dispatch gaps, idle GPUs, a long item started last.
 * The same items are then scheduled, on paper, the ways users do it today.
 */
import { writeFileSync } from "node:fs";
import { parseRunSpec } from "../services/benchmarks/src";
import { simulatedMs } from "../services/benchmarks/src";
import { delay } from "../services/common/src/abort";
import { finalReport, median, noopSpec, percentile, round, startBenchFleet, submit, waitForRun } from "./lib/harness";
import { idleWhileQueuedMs, lowerBoundMs, overlap, staticMakespanMs, type DeviceTimeline, type ExecutedTask } from "./lib/schedule-model";

const NODES = ["mk-a", "mk-b", "mk-c", "mk-d"];
const PER_NODE = 4;
const ITEMS = 600;
/** Median 1.2 s, log-sd 0.7: mean ≈ 1.53 s, a few items 5-10× the median (long prompts, retries). */
const SIMULATED = "{ median: 1200ms, sigma: 0.7, max: 15s }";
const LOAD_MS = 2000;
/** Foreign load on mk-a GPU 1 and mk-b GPU 2, from 15 s to 35 s after the clock starts. */
const FOREIGN = { fromMs: 15_000, toMs: 35_000 };
/** mk-d is drained this long after the run is submitted. */
const DRAIN_AFTER_MS = 25_000;

export async function makespan(): Promise<Record<string, unknown>> {
  const epoch = Date.now();
  const foreign = (device: number) => `;foreign=${device}:70GiB@${FOREIGN.fromMs}ms-${FOREIGN.toMs}ms;epoch=${epoch}`;
  const devicesOf = (node: string) => `sim:${PER_NODE}x80GiB${node === "mk-a" ? foreign(1) : node === "mk-b" ? foreign(2) : ""}`;
  const bf = await startBenchFleet({
    workers: NODES.map((node) => ({ role: "gen" as const, node, devices: devicesOf(node) })),
    backends: { "wan-sim": `type: noop, memory: 30GiB, load_time: ${LOAD_MS}ms` },
  });
  try {
    const specYaml = noopSpec("bench-makespan", ITEMS, "wan-sim", SIMULATED);
    const t0 = Date.now();
    const runId = await submit(bf.client, specYaml, bf.dir);
    await delay(Math.max(0, t0 + DRAIN_AFTER_MS - Date.now()));
    const drainAt = Date.now();
    await bf.client.drainNode({ node: "mk-d", deadlineMs: 600_000 });
    await waitForRun(bf.client, runId, 600_000);
    const report = await finalReport(bf.client, runId);

    const sim = parseRunSpec(specYaml, { name: "makespan", baseDir: bf.dir }).generator.simulated_time;
    const work = report.items.map((it) => simulatedMs(sim, it.seed));
    const tasks: ExecutedTask[] = report.items.map((it) => {
      const startedAt = Date.parse(it.started_at as string);
      return {
        device: it.device as string,
        startedAt,
        finishedAt: Date.parse(it.finished_at as string),
        publishedAt: startedAt - 1000 * (it.durations.queue_wait_s ?? 0),
      };
    });
    const devices: DeviceTimeline[] = NODES.flatMap((node) =>
      Array.from({ length: PER_NODE }, (_, i) => {
        const unavailable = [];
        if ((node === "mk-a" && i === 1) || (node === "mk-b" && i === 2)) unavailable.push({ from: epoch + FOREIGN.fromMs, to: epoch + FOREIGN.toMs });
        if (node === "mk-d") unavailable.push({ from: drainAt, to: Infinity });
        return { id: `sim-${node}-${i}`, unavailable };
      }),
    );
    // Work that ran on a device while it counted as unavailable (tasks finishing after the drain).
    const credit = tasks.reduce((a, t) => {
      const d = devices.find((x) => x.id === t.device);
      return a + (d ? overlap({ from: t.startedAt, to: t.finishedAt }, d.unavailable) : 0);
    }, 0);
    if (process.env.FRAMEFLEET_BENCH_DUMP) {
      writeFileSync(process.env.FRAMEFLEET_BENCH_DUMP, JSON.stringify({ t0, epoch, drainAt, tasks: tasks.map((t, i) => ({ ...t, work: work[i] })) }));
    }
    const end = Math.max(...tasks.map((t) => t.finishedAt));
    const makespanMs = end - t0;
    const lb = lowerBoundMs(work, devices, t0, LOAD_MS, credit);
    const staticMs = staticMakespanMs(work, devices, t0, LOAD_MS, "contiguous");
    const rrMs = staticMakespanMs(work, devices, t0, LOAD_MS, "round_robin");
    const undisturbed = devices.map((d) => ({ id: d.id, unavailable: [] }));
    const lbUndisturbed = lowerBoundMs(work, undisturbed, t0, LOAD_MS);
    const drainedItems = report.items.filter((it) => it.node === "mk-d").length;
    return {
      makespan_s: round(makespanMs / 1000),
      lower_bound_s: round(lb / 1000),
      ratio: round(makespanMs / lb, 4),
      static_halves_ratio: round(staticMs / lb, 4),
      round_robin_ratio: round(rrMs / lb, 4),
      gpu_idle_while_queued_s: round(idleWhileQueuedMs(tasks, devices) / 1000),
      static_halves_makespan_s: round(staticMs / 1000),
      round_robin_makespan_s: round(rrMs / 1000),
      static_halves_undisturbed_ratio: round(staticMakespanMs(work, undisturbed, t0, LOAD_MS, "contiguous") / lbUndisturbed, 4),
      round_robin_undisturbed_ratio: round(staticMakespanMs(work, undisturbed, t0, LOAD_MS, "round_robin") / lbUndisturbed, 4),
      // Where the time beyond the bound went.
      first_start_s: round((Math.min(...tasks.map((t) => t.startedAt)) - t0) / 1000),
      last_start_s: round((Math.max(...tasks.map((t) => t.startedAt)) - t0) / 1000),
      mean_device_last_finish_s: round(lastFinishes(tasks).reduce((a, b) => a + b - t0, 0) / lastFinishes(tasks).length / 1000),
      median_dispatch_gap_ms: round(median(gapsMs(tasks)), 1),
      p99_dispatch_gap_ms: round(percentile(gapsMs(tasks), 99), 1),
      // Time a task held its device beyond its simulated work (first task per device: minus the load).
      median_task_overhead_ms: round(median(taskOverheadsMs(tasks, work, LOAD_MS)), 1),
      total_task_overhead_s: round(taskOverheadsMs(tasks, work, LOAD_MS).reduce((a, b) => a + b, 0) / 1000),
      items: report.items.length,
      failed: report.counts.failed,
      total_work_s: round(work.reduce((a, b) => a + b, 0) / 1000),
      longest_item_s: round(Math.max(...work) / 1000),
      devices: devices.length,
      backend_loads: report.backend_loads.reduce((a, l) => a + l.loads, 0),
      drained_node_items: drainedItems,
      drain_at_s: round((drainAt - t0) / 1000),
      setup: {
        nodes: NODES.length,
        gpus_per_node: PER_NODE,
        simulated_time: SIMULATED,
        backend: `noop, 30 GiB, load ${LOAD_MS} ms`,
        foreign_load: `70 GiB on mk-a/1 and mk-b/2 from ${round((epoch + FOREIGN.fromMs - t0) / 1000)} s to ${round((epoch + FOREIGN.toMs - t0) / 1000)} s`,
        drained: "mk-d",
      },
    };
  } finally {
    await bf.close();
  }
}

/** When each device finished its last task. */
function lastFinishes(tasks: readonly ExecutedTask[]): number[] {
  const last = new Map<string, number>();
  for (const t of tasks) last.set(t.device, Math.max(last.get(t.device) ?? 0, t.finishedAt));
  return [...last.values()];
}

/** Time each device stood between one task's end and its next start. */
function gapsMs(tasks: readonly ExecutedTask[]): number[] {
  const gaps: number[] = [];
  for (const list of byDevice(tasks).values()) {
    for (let i = 1; i < list.length; i++) gaps.push((list[i] as ExecutedTask).startedAt - (list[i - 1] as ExecutedTask).finishedAt);
  }
  return gaps;
}

function taskOverheadsMs(tasks: readonly ExecutedTask[], work: readonly number[], loadMs: number): number[] {
  const first = new Set([...byDevice(tasks).values()].map((l) => l[0]));
  return tasks.map((t, i) => t.finishedAt - t.startedAt - (work[i] as number) - (first.has(t) ? loadMs : 0));
}

function byDevice(tasks: readonly ExecutedTask[]): Map<string, ExecutedTask[]> {
  const m = new Map<string, ExecutedTask[]>();
  for (const t of tasks) m.set(t.device, [...(m.get(t.device) ?? []), t]);
  for (const l of m.values()) l.sort((a, b) => a.startedAt - b.startedAt);
  return m;
}
