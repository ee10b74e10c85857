/**
 * The benchmark adapter interface: one adapter per benchmark reads the benchmark's own files,
 * plans generation tasks with deterministic keys, seeds and output paths (in the layout the
 * official evaluator reads), and names the evaluation the benchmark needs.
 */
import type { z } from "zod";
import type { RunSpec, SpecSource } from "../run-spec";

export interface PlannedItem {
  /** Stable across runs of the same spec (the task id is derived from it). */
  readonly itemKey: string;
  readonly sampleIndex: number;
  readonly seed: number;
  readonly prompt: string;
  /** Relative to the run folder; built only from sanitised components. */
  readonly outputPath: string;
  /** Absolute input files by role (first frame, camera trajectory …). */
  readonly inputs: Readonly<Record<string, string>>;
  /** Benchmark labels (dimension, category …) carried to results and reports. */
  readonly labels: Readonly<Record<string, string>>;
  /** Synthetic backend only: simulated GPU time for this item. */
  readonly simulatedMs: number;
}

export interface PlanContext {
  readonly source: SpecSource;
}

export interface BenchmarkAdapter<Options = unknown> {
  readonly name: string;
  /** Schema of the spec section named after the benchmark. */
  readonly optionsSchema: z.ZodType<Options>;
  /** Expands the spec into items, deterministically (same spec → same items, same order). */
  plan(spec: RunSpec, options: Options, ctx: PlanContext): Promise<PlannedItem[]>;
}
