/**
 * The `sana-wm:` section of a run spec (docs/benchmarks/sana-wm.md).
 */
import { z } from "zod";
import { DEFAULT_MAX_PAIRS } from "./trajectories";

/** Split name (the results folder, as in SANA-WM's docs and scripts) → its folder in the dataset. */
export const SANA_WM_SPLITS = {
  simple_60s: "benchmark_v2_smooth_60s",
  hard_60s: "benchmark_v2_hard_60s",
} as const;
export type SanaWmSplit = keyof typeof SANA_WM_SPLITS;
export const SANA_WM_SPLIT_NAMES = Object.keys(SANA_WM_SPLITS) as SanaWmSplit[];

export const sanaWmOptionsSchema = z
  .object({
    /** The SANA-WM-Bench dataset root (images/, benchmark_v2_*), relative to the spec's folder. */
    dataset: z.string().min(1, "must name the dataset folder"),
    /** @default both, simple_60s then hard_60s */
    splits: z
      .array(z.enum(SANA_WM_SPLIT_NAMES as [SanaWmSplit, ...SanaWmSplit[]]))
      .min(1, "list at least one split")
      .refine((s) => new Set(s).size === s.length, "a split is listed twice")
      .default([...SANA_WM_SPLIT_NAMES]),
    /** Only these scene ids (each must exist in a selected split). */
    scenes: z.array(z.string().min(1)).min(1, "list at least one scene, or leave scenes out").optional(),
    /** Only scenes of these categories (scene id without its `_NNN`). */
    categories: z.array(z.string().min(1)).min(1, "list at least one category, or leave categories out").optional(),
    /** At most this many scenes per split, in manifest order, after the filters. */
    limit: z.number().int().min(1).optional(),
    /** Method name written to method_info.json ("model"). @default the spec's name */
    method: z.string().min(1).max(200).optional(),
    /** The model refines frames 1..T-1 only: method_info.json gets "refiner", so frame 0 is left out of VBench and pose. */
    refiner: z.boolean().default(false),
    /** Revisit pairs per scene (eval_unified.py --max_pairs). */
    max_pairs: z.number().int().min(1).max(1000).default(DEFAULT_MAX_PAIRS),
    /** Every video gets the spec's seed itself, as the official recipe (--seed 42 for every scene). @default false: derived per scene */
    fixed_seed: z.boolean().default(false),
  })
  .strict();

export type SanaWmOptions = z.output<typeof sanaWmOptionsSchema>;
