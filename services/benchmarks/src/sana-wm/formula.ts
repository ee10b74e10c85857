/**
 * SANA-WM-Bench's aggregates (tools/metrics/sana_wm/eval_unified.py and aggregate_results.py;
 * docs/benchmarks/sana-wm.md), shared by the fleet adapter and `framefleet score sana-wm`:
 *
 * - VBench Overall = clipped quality score × 100 (sanaWmVBenchQuality, vbench/formula.ts);
 *   the semantic/total scores are SANA-WM's own variant (every semantic dimension normalised with
 *   Min 0 / Max 1), a diagnostic only.
 * - Revisit PSNR/SSIM: the mean over all scored pairs of the split, pooled (pair-weighted across
 *   scenes), rounded to 2 / 4 places; per category: the mean of the scenes' rounded means.
 * - RotErr (degrees), TransErr_rel, CamMC_rel: unweighted means over scenes.
 * - Delta IQ: temporal_degradation.json trend.imaging_quality.degradation (first − last window).
 */
import { VBENCH_NORMALIZE, VBENCH_QUALITY, VBENCH_SEMANTIC, dimensionWeight, isVBenchDimension } from "../vbench/formula";
import type { VBenchDimension } from "../vbench/formula";
import { pyRound } from "../py-round";
import { sceneCategory } from "./trajectories";

export { pyRound };

/** The 9 VBench dimensions of the benchmark table setting: the 7 quality ones + 2 semantic ones. */
export const SANA_WM_VBENCH_DIMS: readonly VBenchDimension[] = [...VBENCH_QUALITY, "overall_consistency", "temporal_style"];

/** Metric names (run-spec level) of every SANA-WM video, besides the VBench dimensions. */
export const REVISIT_METRIC = "revisit_consistency";
export const CAMERA_METRIC = "camera_pose";

/** Score keys an item carries (the evaluators' names). */
export const SCORE_KEYS = {
  revisitPsnr: "revisit_psnr",
  revisitSsim: "revisit_ssim",
  revisitPairs: "revisit_pairs",
  rotErrDeg: "camera_rot_err_deg",
  transErrRel: "camera_trans_err_rel",
  camMcRel: "camera_cammc_rel",
  cameraFrames: "camera_n_frames",
} as const;

/** SANA-WM's `compute_vbench_total` (clipped normalisation; semantic dims with Min 0 / Max 1), rounded to 4 places. */
export interface SanaWmVBenchTotals {
  readonly quality_score: number;
  readonly semantic_score: number;
  readonly total_score: number;
  readonly normalized_per_dim: Readonly<Record<string, number>>;
}

export function sanaWmVBenchTotals(raw: Readonly<Record<string, number>>): SanaWmVBenchTotals {
  const norm: Record<string, number> = {};
  for (const [dim, value] of Object.entries(raw)) {
    // Only NaN is dropped (aggregate_results.py's math.isnan); ±Infinity clips to 1 / 0.
    if (Number.isNaN(value)) continue;
    // SANA-WM keeps the official bounds only for the quality dimensions; the others use 0..1.
    const bounds = isVBenchDimension(dim) && VBENCH_QUALITY.includes(dim) ? VBENCH_NORMALIZE[dim] : isVBenchDimension(dim) ? { min: 0, max: 1 } : undefined;
    norm[dim] = bounds ? Math.max(0, Math.min(1, (value - bounds.min) / (bounds.max - bounds.min))) : value;
  }
  const weighted = (dims: readonly VBenchDimension[]): number => {
    const present = dims.filter((d) => norm[d] !== undefined);
    if (present.length === 0) return 0;
    return present.reduce((s, d) => s + (norm[d] as number) * dimensionWeight(d), 0) / present.reduce((s, d) => s + dimensionWeight(d), 0);
  };
  const quality = weighted(VBENCH_QUALITY);
  const semantic = weighted(VBENCH_SEMANTIC);
  return {
    quality_score: pyRound(quality, 4),
    semantic_score: pyRound(semantic, 4),
    total_score: pyRound((4 * quality + semantic) / 5, 4),
    normalized_per_dim: Object.fromEntries(Object.entries(norm).map(([d, v]) => [d, pyRound(v, 4)])),
  };
}

/** One scene's revisit result as the evaluator reports it (scene means over `pairs` pairs). */
export interface SceneRevisit {
  readonly sceneId: string;
  readonly psnr: number;
  readonly ssim: number;
  readonly pairs: number;
}

export interface PooledRevisit {
  /** Pair-weighted means, unrounded. */
  readonly psnr: number;
  readonly ssim: number;
  readonly pairs: number;
  readonly scenes: number;
  /** category → mean of the scenes' rounded means (rounded), as eval_unified.py. */
  readonly perCategory: Readonly<Record<string, { mean_psnr: number; mean_ssim: number; n_scenes: number }>>;
}

/**
 * Pools scene results: Σ mean_i·n_i / Σ n_i equals the mean over every pair, which is what SANA-WM
 * reports. Scenes with no scored pair do not count (they have no record in SANA-WM either).
 * Null when no pair was scored.
 */
export function poolRevisit(scenes: readonly SceneRevisit[]): PooledRevisit | null {
  const scored = scenes.filter((s) => s.pairs > 0 && Number.isFinite(s.psnr) && Number.isFinite(s.ssim));
  const pairs = scored.reduce((n, s) => n + s.pairs, 0);
  if (pairs === 0) return null;
  const groups = new Map<string, SceneRevisit[]>();
  for (const s of scored) groups.set(sceneCategory(s.sceneId), [...(groups.get(sceneCategory(s.sceneId)) ?? []), s]);
  const perCategory = Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([cat, ss]) => [
        cat,
        {
          mean_psnr: pyRound(ss.reduce((t, s) => t + pyRound(s.psnr, 2), 0) / ss.length, 2),
          mean_ssim: pyRound(ss.reduce((t, s) => t + pyRound(s.ssim, 4), 0) / ss.length, 4),
          n_scenes: ss.length,
        },
      ]),
  );
  return {
    psnr: scored.reduce((t, s) => t + s.psnr * s.pairs, 0) / pairs,
    ssim: scored.reduce((t, s) => t + s.ssim * s.pairs, 0) / pairs,
    pairs,
    scenes: scored.length,
    perCategory,
  };
}

/** RotErr in degrees: aggregate_results.py converts when the unit says rad, or (no unit) |value| ≤ π. */
export function rotErrDegrees(value: number, unit: string | undefined): number {
  const u = (unit ?? "").toLowerCase();
  if (u === "deg") return value;
  if (u === "rad" || Math.abs(value) <= Math.PI + 1e-6) return (value * 180) / Math.PI;
  return value;
}

export interface SceneCamera {
  readonly rotErrDeg: number;
  readonly transErrRel: number;
  readonly camMcRel: number;
}

export interface CameraMeans extends SceneCamera {
  readonly scenes: number;
}

/** Unweighted means over scenes; null without any. */
export function cameraMeans(scenes: readonly SceneCamera[]): CameraMeans | null {
  if (scenes.length === 0) return null;
  const mean = (f: (s: SceneCamera) => number): number => scenes.reduce((t, s) => t + f(s), 0) / scenes.length;
  return { rotErrDeg: mean((s) => s.rotErrDeg), transErrRel: mean((s) => s.transErrRel), camMcRel: mean((s) => s.camMcRel), scenes: scenes.length };
}

/** Everything one split's table row shows; null = not measured. */
export interface SplitSummary {
  readonly split: string;
  readonly videos: number;
  /** Clipped quality fraction (4 places); the table shows ×100. */
  readonly vbenchQuality: number | null;
  /** The VBench dimensions behind it, when the source says (summary.json does not). */
  readonly vbenchDims?: readonly string[];
  /** SANA-WM's total_score (diagnostic only, not the table's VBench Overall). */
  readonly vbenchTotal: number | null;
  readonly camera: CameraMeans | null;
  readonly deltaIq: number | null;
  /** Pooled, rounded to 2 / 4 places as SANA-WM writes them. */
  readonly revisitPsnr: number | null;
  readonly revisitSsim: number | null;
  readonly revisitLpips: number | null;
  readonly revisitPairs: number;
}

/** VBench Overall as the table prints it: quality × 100, 2 places. */
export function vbenchOverall(quality: number | null): number | null {
  return quality === null ? null : pyRound(quality * 100, 2);
}
