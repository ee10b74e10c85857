/**
 * The report JSON schema (`framefleet report RUN --format json`, `report.json`).
 *
 * This is a public contract: users, CI jobs and checks read these files. Field names are
 * snake_case and stable within `framefleet.report/v1`; adding a field is compatible,
 * renaming, removing or changing the meaning of one needs a new schema version.
 * Conventions: times are ISO 8601 strings (UTC), durations are seconds, sizes are bytes,
 * and "unknown / not yet" is `null`, never 0 or "".
 */

/** The value of `RunReport.schema`; bump the version for any incompatible change. */
export const REPORT_SCHEMA = "framefleet.report/v1";

/** Summary of one metric over a set of items. Only finite scores are counted. */
export interface MetricAggregate {
  mean: number;
  min: number;
  max: number;
  /** Number of scores aggregated. */
  n: number;
}

/** The run the report is about. */
export interface ReportRun {
  run_id: string;
  name: string;
  benchmark: string;
  /** Lower-case run state: planning, running, completed, cancelled, failed. */
  state: string;
  created_at: string;
  /** Null while the run is in progress. */
  finished_at: string | null;
  /** Seconds from creation to the last item done or failed; null while the run is in progress. */
  wall_s: number | null;
  /** Absolute output folder; item `output_path`s are relative to it. */
  output_dir: string;
  generator_backend: string;
  evaluator_backend: string;
  /** The run spec as submitted (YAML): with `base_dir`, what reproduces the run. Null for records without one. */
  spec_yaml: string | null;
  /** The folder the spec's relative paths (prompt files, inputs) were resolved against; "" when not recorded. */
  base_dir: string;
}

/** Items per state, derived from the items themselves. `total` is the sum of the others. */
export interface ReportCounts {
  total: number;
  queued: number;
  running: number;
  generated: number;
  evaluating: number;
  done: number;
  failed: number;
}

/** One generation node's share of the run. */
export interface ReportNode {
  node: string;
  /** Items whose video this node generated and committed. */
  items: number;
  /** Sum of backend (model) time of those items, seconds. */
  gpu_seconds: number;
}

/** Backend (model) loads one device paid during the run: with models kept loaded, one per (device, backend). */
export interface ReportBackendLoad {
  node: string;
  device: string;
  backend: string;
  /** "gen" or "eval". */
  kind: string;
  loads: number;
  /** Total time spent loading, seconds. */
  load_s: number;
}

/** Throughput and mean durations; null when there is nothing to measure yet. */
export interface ReportTiming {
  /** Items done per hour of wall time (to now for a partial report); null for less than 30 s. */
  videos_per_hour: number | null;
  /** Mean generation attempt time (start to finish), seconds. */
  mean_gen_s: number | null;
  /** Mean evaluation attempt time (start to finish), seconds. */
  mean_eval_s: number | null;
  /** Mean time a generation task waited in the queue (publish to start), seconds. */
  mean_queue_wait_s: number | null;
}

/** One error an item met, in the order seen. */
export interface ReportError {
  /** A FleetErrorCode value (services/common/src/errors.ts). */
  code: string;
  message: string;
  node: string;
  /** GPU/MIG UUID (or sim/cpu device id) the attempt ran on. */
  device: string;
  attempt: number;
}

/** A failed item with every error it met, the final one last. */
export interface ReportFailure {
  task_id: string;
  item_key: string;
  errors: ReportError[];
}

/** Shape of a video, as committed (or as requested when nothing is committed yet). */
export interface ReportVideo {
  frames: number;
  fps: number;
  width: number;
  height: number;
}

/** Where each item's time went; null for a phase that has not happened. */
export interface ReportDurations {
  queue_wait_s: number | null;
  generate_s: number | null;
  evaluate_s: number | null;
}

/** One generation task: where its video came from and what it scored. */
export interface ReportItem {
  task_id: string;
  item_key: string;
  /** The prompt as given by the benchmark: untrusted text, escape it before rendering. */
  prompt: string;
  seed: number;
  sample_index: number;
  /** Lower-case item state: queued, running, generated, evaluating, done, failed. */
  state: string;
  attempts: number;
  /** Generation node; null before the item was started. */
  node: string | null;
  /** Device UUID of the generation attempt; null before the item was started. */
  device: string | null;
  backend: string;
  /** Relative to `run.output_dir`; null until a video is committed. */
  output_path: string | null;
  /**
   * Poster frame of the video (JPEG, at most 320 px wide, a frame a third of the way in),
   * relative to `run.output_dir`, e.g. `.previews/<task_id>.jpg`: made by the generator worker
   * and committed with the video. Null when the item has no video, or its video has no poster
   * (making it failed, or the video was committed before workers made posters).
   */
  poster_path: string | null;
  sha256: string | null;
  size_bytes: number | null;
  video: ReportVideo | null;
  durations: ReportDurations;
  /** When the generation attempt that produced the video started and finished (ISO 8601), or null. */
  started_at: string | null;
  finished_at: string | null;
  /** Metric name -> value; non-finite values are left out. */
  scores: Record<string, number>;
  /** Benchmark labels (dimension, category, …). */
  labels: Record<string, string>;
  /** Message of the last error seen (also for items that succeeded on a retry), or null. */
  error: string | null;
  /** Node that evaluated the video; null until evaluated. */
  eval_node: string | null;
  /** Per-item generation parameters the benchmark planned (text segments, action …), over the spec's. */
  params: Record<string, string>;
  /** Per-item evaluation parameters (e.g. the scene whose revisit pairs apply). */
  eval_params: Record<string, string>;
}

/**
 * The benchmark's own table, computed with its official formulas by the run's adapter (e.g. VBench
 * Quality/Semantic/Total). Cells are numbers as the benchmark prints them, text, or null (not measured).
 */
export interface ReportBenchmark {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Headline numbers by name (e.g. quality_score, joint); null when the run has no score for it. */
  scores: Record<string, number | null>;
  /** What a reader must know to read the numbers (dimensions missing and counted as 0, …). */
  notes: string[];
  /**
   * The columns whose numbers are measured scores (VBench `raw`; not `weight` or `videos`): the
   * only ones charted by row and compared across runs. Absent in reports written before it existed.
   */
  score_columns?: string[];
  /** The columns whose text names a row, joined with " · ". Absent: the first column. */
  label_columns?: string[];
}

/** Per label name, per label value, per metric. */
export type ReportGroups = Record<string, Record<string, Record<string, MetricAggregate>>>;

/** The whole report. Lists are sorted (items by item_key then sample_index, nodes by name). */
export interface RunReport {
  schema: typeof REPORT_SCHEMA;
  /** False for a partial report of a run still in progress: numbers will change. */
  final: boolean;
  generated_at: string;
  run: ReportRun;
  counts: ReportCounts;
  /** The benchmark's own table; null when the run record carries no spec (runs from before it existed). */
  benchmark: ReportBenchmark | null;
  /** Per metric, over the scores of items in state done. */
  aggregates: Record<string, MetricAggregate>;
  /** Aggregates split by item label (e.g. VBench dimension); absent when no done item has labels. */
  groups?: ReportGroups;
  nodes: ReportNode[];
  /** Backend loads by device; sorted by node, device, backend. */
  backend_loads: ReportBackendLoad[];
  timing: ReportTiming;
  failures: ReportFailure[];
  items: ReportItem[];
}
