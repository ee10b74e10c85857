/**
 * VBench's aggregate scores, as `scripts/cal_final_score.py` computes them (constants from
 * `scripts/constant.py`), and the clipped quality variant SANA-WM-Bench reports
 * (`tools/metrics/sana_wm/eval_unified.py::compute_vbench_total`). See docs/benchmarks.md.
 */

import { pyRound } from "../py-round";

/** The 16 VBench dimensions with VBench's own names (underscores, as in `*_eval_results.json`). */
export const VBENCH_DIMENSIONS = [
  "subject_consistency",
  "background_consistency",
  "temporal_flickering",
  "motion_smoothness",
  "dynamic_degree",
  "aesthetic_quality",
  "imaging_quality",
  "object_class",
  "multiple_objects",
  "human_action",
  "color",
  "spatial_relationship",
  "scene",
  "appearance_style",
  "temporal_style",
  "overall_consistency",
] as const;

export type VBenchDimension = (typeof VBENCH_DIMENSIONS)[number];

/** Min/Max used to normalise each raw dimension score (official NORMALIZE_DIC). */
export const VBENCH_NORMALIZE: Readonly<Record<VBenchDimension, { readonly min: number; readonly max: number }>> = {
  subject_consistency: { min: 0.1462, max: 1.0 },
  background_consistency: { min: 0.2615, max: 1.0 },
  temporal_flickering: { min: 0.6293, max: 1.0 },
  motion_smoothness: { min: 0.706, max: 0.9975 },
  dynamic_degree: { min: 0.0, max: 1.0 },
  aesthetic_quality: { min: 0.0, max: 1.0 },
  imaging_quality: { min: 0.0, max: 1.0 },
  object_class: { min: 0.0, max: 1.0 },
  multiple_objects: { min: 0.0, max: 1.0 },
  human_action: { min: 0.0, max: 1.0 },
  color: { min: 0.0, max: 1.0 },
  spatial_relationship: { min: 0.0, max: 1.0 },
  scene: { min: 0.0, max: 0.8222 },
  appearance_style: { min: 0.0009, max: 0.2855 },
  temporal_style: { min: 0.0, max: 0.364 },
  overall_consistency: { min: 0.0, max: 0.364 },
};

export const VBENCH_QUALITY: readonly VBenchDimension[] = [
  "subject_consistency",
  "background_consistency",
  "temporal_flickering",
  "motion_smoothness",
  "aesthetic_quality",
  "imaging_quality",
  "dynamic_degree",
];

export const VBENCH_SEMANTIC: readonly VBenchDimension[] = [
  "object_class",
  "multiple_objects",
  "human_action",
  "color",
  "spatial_relationship",
  "scene",
  "appearance_style",
  "temporal_style",
  "overall_consistency",
];

export const QUALITY_WEIGHT = 4;
export const SEMANTIC_WEIGHT = 1;

export function dimensionWeight(dim: VBenchDimension): number {
  return dim === "dynamic_degree" ? 0.5 : 1;
}

export function isVBenchDimension(name: string): name is VBenchDimension {
  return (VBENCH_DIMENSIONS as readonly string[]).includes(name);
}

export interface VBenchScores {
  /** Fractions, as the official script computes them (the leaderboard shows ×100). */
  readonly quality_score: number;
  readonly semantic_score: number;
  readonly total_score: number;
  /** Each dimension's normalised, weighted value (missing ones from raw 0). */
  readonly normalized: Readonly<Record<VBenchDimension, number>>;
  /** Dimensions that had no raw score and were counted as raw 0, as the official script does. */
  readonly missing: readonly VBenchDimension[];
}

/**
 * The official Quality/Semantic/Total. No clipping (a raw score above Max gives more than 1) and a
 * missing dimension counts as raw 0, exactly like `cal_final_score.py`.
 */
export function vbenchOfficialScores(raw: Readonly<Record<string, number>>): VBenchScores {
  const normalized = {} as Record<VBenchDimension, number>;
  const missing: VBenchDimension[] = [];
  for (const dim of VBENCH_DIMENSIONS) {
    const value = raw[dim];
    const known = typeof value === "number" && Number.isFinite(value);
    if (!known) missing.push(dim);
    const { min, max } = VBENCH_NORMALIZE[dim];
    normalized[dim] = (((known ? value : 0) - min) / (max - min)) * dimensionWeight(dim);
  }
  const weighted = (dims: readonly VBenchDimension[]): number =>
    dims.reduce((s, d) => s + normalized[d], 0) / dims.reduce((s, d) => s + dimensionWeight(d), 0);
  const quality = weighted(VBENCH_QUALITY);
  const semantic = weighted(VBENCH_SEMANTIC);
  return {
    quality_score: quality,
    semantic_score: semantic,
    total_score: (quality * QUALITY_WEIGHT + semantic * SEMANTIC_WEIGHT) / (QUALITY_WEIGHT + SEMANTIC_WEIGHT),
    normalized,
    missing,
  };
}

/**
 * SANA-WM-Bench's "VBench Overall" (×100 in its table): the quality dimensions present, each
 * normalised with the official Min/Max and clipped to [0,1], weighted mean, rounded to 4 places.
 * Null when no quality dimension has a score.
 */
export function sanaWmVBenchQuality(raw: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const dim of VBENCH_QUALITY) {
    const value = raw[dim];
    // SANA-WM drops only NaN; ±Infinity is clipped to 1 / 0 like any out-of-range value.
    if (typeof value !== "number" || Number.isNaN(value)) continue;
    const { min, max } = VBENCH_NORMALIZE[dim];
    const norm = Math.max(0, Math.min(1, (value - min) / (max - min)));
    sum += norm * dimensionWeight(dim);
    weights += dimensionWeight(dim);
  }
  if (weights === 0) return null;
  // round(quality, 4) in SANA-WM: Python rounding of the binary value (0.55045 → 0.5504).
  return pyRound(sum / weights, 4);
}
