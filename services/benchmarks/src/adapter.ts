/**
 * The one interface every benchmark sits behind. An adapter reads the benchmark's own files and
 * plans one generation task per video, with deterministic keys, seeds and output paths in the
 * layout the official evaluator reads; it names what each video's evaluation computes; it writes
 * the files the official tools expect beside the videos; and it turns the fleet's scores into the
 * benchmark's own table with the benchmark's own formulas.
 *
 * The coordinator plans with it, the aggregator writes the artifacts and the table with it, and
 * `framefleet score` uses the same formulas on official output files (see scorer.ts).
 */
import type { z } from "zod";
import type { RunSpec, SpecSource } from "./run-spec";
import type { SpecFiles } from "./spec-files";

export interface PlannedItem {
  /** Stable across runs of the same spec (the task id is derived from it). */
  readonly itemKey: string;
  readonly sampleIndex: number;
  readonly seed: number;
  readonly prompt: string;
  /** Relative to the run folder; built only from sanitised components (common/src/paths.ts). */
  readonly outputPath: string;
  /** Absolute input files of the generation by role: "image" (first frame), "camera" (.npz) …, each checked by ctx.files. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Per-item generation parameters (text segments, action, condition …), over the spec's. */
  readonly params?: Readonly<Record<string, string>>;
  /** Benchmark labels (dimension, category, split …) carried to results and reports. */
  readonly labels: Readonly<Record<string, string>>;
  /** Synthetic backend only: simulated GPU time for this item. */
  readonly simulatedMs: number;
  /** What this video's evaluation computes (the spec's evaluation.metrics replaces it when given). */
  readonly evalMetrics?: readonly string[];
  /** Absolute input files of the evaluation by role (e.g. "revisit_pairs"). */
  readonly evalInputs?: Readonly<Record<string, string>>;
  /** Per-item evaluation parameters (e.g. the scene id whose revisit pairs apply). */
  readonly evalParams?: Readonly<Record<string, string>>;
}

export interface PlanContext {
  readonly source: SpecSource;
  /**
   * Every file the plan reads or hands to a worker goes through this: the allowed data roots, and
   * the kind check of image inputs (spec-files.ts). An adapter never resolves a spec path itself.
   */
  readonly files: SpecFiles;
}

/** How many videos a spec plans, when the spec alone tells (see BenchmarkAdapter.videoCount). */
export interface VideoCount {
  readonly count: number;
  /** The fields it follows from, as an error names them: "synthetic.items × samples_per_prompt". */
  readonly field: string;
  /** The arithmetic with the spec's numbers: "1,000 × 5". */
  readonly what: string;
}

/** An item as the aggregator sees it once the run is over. */
export interface ScoredItem {
  readonly itemKey: string;
  readonly sampleIndex: number;
  readonly seed: number;
  readonly prompt: string;
  /** "done", "failed", … (lower-case item state). */
  readonly state: string;
  /** Relative to the run folder; empty when no video was committed. */
  readonly outputPath: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly scores: Readonly<Record<string, number>>;
}

/** A file written into the run folder for the benchmark's official tools. */
export interface RunArtifact {
  /** Relative to the run folder. */
  readonly path: string;
  readonly content: string;
}

/** The benchmark's own table, as its paper or leaderboard prints it. */
export interface BenchmarkTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Headline numbers by name (e.g. quality_score); null when the run has no score for it. */
  readonly scores: Readonly<Record<string, number | null>>;
  /** What a reader must know to read the numbers (missing dimensions counted as 0, …). */
  readonly notes: readonly string[];
  /**
   * The columns whose numbers are measured scores on one scale down the rows, so a chart of one
   * of them by row (and a comparison of runs row by row) means something. Weights, video counts
   * and other columns are left out; absent or empty: no column of the table is charted.
   */
  readonly scoreColumns?: readonly string[];
  /** The columns whose text names a row, joined with " · " (they must tell rows apart). @default the first column */
  readonly labelColumns?: readonly string[];
}

export interface BenchmarkAdapter<Options = unknown> {
  readonly name: string;
  /** Schema of the spec section named after the benchmark. */
  readonly optionsSchema: z.ZodType<Options>;
  /** Expands the spec into items, deterministically (same spec and files → same items, same order). */
  plan(spec: RunSpec, options: Options, ctx: PlanContext): Promise<PlannedItem[]>;
  /**
   * How many videos `plan` will return, when the spec alone tells (no file read): checked
   * against coordinator.max_videos_per_run while the spec is validated, so an oversized run is
   * refused with the other bad fields, before any planning. Adapters whose count depends on
   * their files leave it out; their plan is counted after planning.
   */
  videoCount?(spec: RunSpec, options: Options): VideoCount;
  /** Files the official tools read, written beside the videos when the run ends. */
  artifacts?(items: readonly ScoredItem[], spec: RunSpec, options: Options): RunArtifact[];
  /** The benchmark's own table from the scores the fleet measured. */
  table(items: readonly ScoredItem[], spec: RunSpec, options: Options): BenchmarkTable;
}
