/**
 * Builds the report (types.ts) from a run record and its item records. Pure: the same
 * records (and `now`) give the same report, so the aggregator, the CLI and tests agree.
 */
import { countStates } from "../../common/src/item-counts";
import { ItemState, RunState, itemStateName, runStateName, taskKindName } from "../../common/src/proto";
import type { ItemRecord, RunRecord } from "../../common/src/proto";
import { perHour, runWallMs } from "../../common/src/run-rate";
import { benchmarkSection } from "./benchmark";
import { REPORT_SCHEMA } from "./types";
import type {
  MetricAggregate,
  ReportCounts,
  ReportFailure,
  ReportGroups,
  ReportItem,
  ReportBackendLoad,
  ReportNode,
  ReportTiming,
  RunReport,
} from "./types";

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Time stamped into `generated_at`. @default new Date() */
  now?: Date;
}

type TimingsLike = ItemRecord["genTimings"];

const FINAL_STATES: ReadonlySet<RunState> = new Set([
  RunState.RUN_STATE_COMPLETED,
  RunState.RUN_STATE_CANCELLED,
  RunState.RUN_STATE_FAILED,
]);

/**
 * Builds the report of `run` from its `items`. Counts come from the items (not from
 * `run.counters`, which may lag), aggregates from the scores of done items only.
 */
export function buildReport(run: RunRecord, items: ItemRecord[], opts: BuildReportOptions = {}): RunReport {
  const sorted = [...items].sort(compareItems);
  const done = sorted.filter((it) => it.state === ItemState.ITEM_STATE_DONE);
  const groups = groupAggregates(done);
  const final = FINAL_STATES.has(run.state);
  const now = (opts.now ?? new Date()).getTime();
  // Submit to the last item done (one definition with `framefleet status`); a partial report measures to now.
  const wallMs = final ? runWallMs(run) : undefined;
  const spanMs = final ? wallMs : now - int64(run.createdAtMs);
  return {
    schema: REPORT_SCHEMA,
    final,
    generated_at: (opts.now ?? new Date()).toISOString(),
    run: {
      run_id: run.runId,
      name: run.name,
      benchmark: run.benchmark,
      state: runStateName(run.state),
      created_at: new Date(int64(run.createdAtMs)).toISOString(),
      finished_at: int64(run.finishedAtMs) ? new Date(int64(run.finishedAtMs)).toISOString() : null,
      wall_s: wallMs === undefined ? null : wallMs / 1000,
      output_dir: run.outputDir,
      generator_backend: run.generatorBackend,
      evaluator_backend: run.evaluatorBackend,
      spec_yaml: run.specYaml || null,
      base_dir: run.baseDir ?? "",
    },
    counts: countItems(sorted),
    benchmark: benchmarkSection(run, sorted),
    aggregates: aggregateScores(done),
    ...(Object.keys(groups).length > 0 ? { groups } : {}),
    nodes: nodeShares(sorted),
    backend_loads: backendLoads(sorted),
    timing: timing(sorted, perHour(done.length, int64(run.createdAtMs) ? spanMs : undefined) ?? null),
    failures: sorted.filter((it) => it.state === ItemState.ITEM_STATE_FAILED).map(failure),
    items: sorted.map(reportItem),
  };
}

/**
 * A 64-bit field as a number. The typings say number, but the generated code still yields
 * Long objects at runtime when the `long` package is installed (prototype defaults and
 * decoded values), and a Long zero is truthy; Number() handles both.
 */
function int64(v: number | null | undefined): number {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

function compareItems(a: ItemRecord, b: ItemRecord): number {
  // Code-unit order, not localeCompare: the order must not depend on the machine's locale.
  if (a.itemKey !== b.itemKey) return a.itemKey < b.itemKey ? -1 : 1;
  return a.sampleIndex - b.sampleIndex;
}

function countItems(items: ItemRecord[]): ReportCounts {
  // A record without a state has not been started by anyone, so it is still waiting.
  return countStates(items.map((it) => it.state), "queued");
}

/** A video is committed once the item got past generation; a later evaluation failure keeps it. */
function hasVideo(it: ItemRecord): boolean {
  return Boolean(it.output?.path) || it.state === ItemState.ITEM_STATE_GENERATED ||
    it.state === ItemState.ITEM_STATE_EVALUATING || it.state === ItemState.ITEM_STATE_DONE;
}

/** Seconds between two epoch-ms stamps; null when either is unset (0) or they are out of order. */
function seconds(fromMs: number | null | undefined, toMs: number | null | undefined): number | null {
  const from = int64(fromMs);
  const to = int64(toMs);
  if (!from || !to || to < from) return null;
  return (to - from) / 1000;
}

function queueWait(t: TimingsLike): number | null {
  return seconds(t?.publishedAtMs, t?.startedAtMs);
}

function runTime(t: TimingsLike): number | null {
  return seconds(t?.startedAtMs, t?.finishedAtMs);
}

/** Finite scores only: NaN/Infinity cannot be written to JSON and mean "no score". */
function finiteScores(scores: Record<string, number> | null | undefined): [string, number][] {
  return Object.entries(scores ?? {})
    .filter(([, v]) => Number.isFinite(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function summarise(values: number[]): MetricAggregate {
  // A loop, not Math.min(...values): spreading thousands of arguments can overflow the stack.
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max, n: values.length };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function summariseAll(byMetric: Map<string, number[]>): Record<string, MetricAggregate> {
  const out: Record<string, MetricAggregate> = {};
  for (const metric of [...byMetric.keys()].sort()) out[metric] = summarise(byMetric.get(metric) ?? []);
  return out;
}

function aggregateScores(done: ItemRecord[]): Record<string, MetricAggregate> {
  const byMetric = new Map<string, number[]>();
  for (const it of done) for (const [metric, v] of finiteScores(it.scores)) push(byMetric, metric, v);
  return summariseAll(byMetric);
}

function groupAggregates(done: ItemRecord[]): ReportGroups {
  // label name -> label value -> metric -> values
  const tree = new Map<string, Map<string, Map<string, number[]>>>();
  for (const it of done) {
    const scores = finiteScores(it.scores);
    for (const [label, value] of Object.entries(it.labels ?? {})) {
      const byValue = tree.get(label) ?? new Map<string, Map<string, number[]>>();
      tree.set(label, byValue);
      const byMetric = byValue.get(value) ?? new Map<string, number[]>();
      byValue.set(value, byMetric);
      for (const [metric, v] of scores) push(byMetric, metric, v);
    }
  }
  const out: ReportGroups = {};
  for (const label of [...tree.keys()].sort()) {
    const byValue = tree.get(label) ?? new Map<string, Map<string, number[]>>();
    const values: Record<string, Record<string, MetricAggregate>> = {};
    for (const value of [...byValue.keys()].sort()) values[value] = summariseAll(byValue.get(value) ?? new Map());
    out[label] = values;
  }
  return out;
}

function nodeShares(items: ItemRecord[]): ReportNode[] {
  const byNode = new Map<string, { items: number; backendMs: number }>();
  for (const it of items) {
    if (!hasVideo(it)) continue;
    const node = it.node || "(unknown)";
    const share = byNode.get(node) ?? { items: 0, backendMs: 0 };
    share.items += 1;
    share.backendMs += it.genTimings?.backendMs ?? 0;
    byNode.set(node, share);
  }
  return [...byNode.keys()].sort().map((node) => {
    const share = byNode.get(node) ?? { items: 0, backendMs: 0 };
    // Sum whole milliseconds first so the seconds carry no floating-point noise.
    return { node, items: share.items, gpu_seconds: share.backendMs / 1000 };
  });
}

function mean(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? summarise(present).mean : null;
}

/** `videosPerHour`: items done per hour of the run's wall time (null under 30 s: too short to tell). */
function timing(items: ItemRecord[], videosPerHour: number | null): ReportTiming {
  return {
    videos_per_hour: videosPerHour,
    mean_gen_s: mean(items.map((it) => runTime(it.genTimings))),
    mean_eval_s: mean(items.map((it) => runTime(it.evalTimings))),
    mean_queue_wait_s: mean(items.map((it) => queueWait(it.genTimings))),
  };
}

function failure(it: ItemRecord): ReportFailure {
  return {
    task_id: it.taskId,
    item_key: it.itemKey,
    errors: (it.errors ?? []).map((e) => ({
      code: e.code ?? "",
      message: e.message ?? "",
      node: e.node ?? "",
      device: e.deviceUuid ?? "",
      attempt: e.attempt ?? 0,
    })),
  };
}

function reportItem(it: ItemRecord): ReportItem {
  const out = it.output?.path ? it.output : null;
  const video = out?.video ?? it.video ?? null;
  const lastError = it.errors?.length ? it.errors[it.errors.length - 1] : undefined;
  return {
    task_id: it.taskId,
    item_key: it.itemKey,
    prompt: it.prompt,
    seed: int64(it.seed),
    sample_index: it.sampleIndex,
    state: itemStateName(it.state),
    attempts: it.attempts,
    node: it.node || null,
    device: it.deviceUuid || null,
    backend: it.backend,
    output_path: out?.path ?? null,
    sha256: out?.sha256 || null,
    size_bytes: out ? int64(out.sizeBytes) : null,
    video: video
      ? { frames: video.frames ?? 0, fps: video.fps ?? 0, width: video.width ?? 0, height: video.height ?? 0 }
      : null,
    durations: {
      queue_wait_s: queueWait(it.genTimings),
      generate_s: runTime(it.genTimings),
      evaluate_s: runTime(it.evalTimings),
    },
    started_at: isoOrNull(it.genTimings?.startedAtMs),
    finished_at: isoOrNull(it.genTimings?.finishedAtMs),
    scores: Object.fromEntries(finiteScores(it.scores)),
    labels: { ...(it.labels ?? {}) },
    error: lastError?.message || null,
    eval_node: it.evalNode || null,
    poster_path: out?.posterPath || null,
    params: { ...(it.params ?? {}) },
    eval_params: { ...(it.evalParams ?? {}) },
  };
}

/** Loads summed per (node, device, backend, kind), from every attempt of every item. */
function backendLoads(items: ItemRecord[]): ReportBackendLoad[] {
  const byKey = new Map<string, ReportBackendLoad>();
  for (const it of items) {
    for (const l of it.loads ?? []) {
      const kind = taskKindName(l.kind);
      const key = [l.node, l.deviceUuid, l.backend, kind].join("\u0000");
      const entry = byKey.get(key) ?? { node: l.node, device: l.deviceUuid, backend: l.backend, kind, loads: 0, load_s: 0 };
      entry.loads += 1;
      entry.load_s += l.loadMs / 1000;
      byKey.set(key, entry);
    }
  }
  const key = (l: ReportBackendLoad) => [l.node, l.device, l.backend, l.kind];
  return [...byKey.values()].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
    return 0;
  });
}

function isoOrNull(ms: number | null | undefined): string | null {
  const v = int64(ms);
  return v ? new Date(v).toISOString() : null;
}
