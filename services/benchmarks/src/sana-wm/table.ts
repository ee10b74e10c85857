/**
 * The SANA-WM-Bench comparison table (docs/sana-wm-bench.md "report columns with these exact
 * conventions"), one row per split, from SplitSummary values. Fleet runs and `framefleet score`
 * both end here, so the same numbers print the same way.
 */
import type { BenchmarkTable } from "../adapter";
import { VBENCH_QUALITY } from "../vbench/formula";
import { pyRound, vbenchOverall, type SplitSummary } from "./formula";

export const SANA_WM_COLUMNS = [
  "split",
  "videos",
  "VBench Overall",
  "RotErr (deg)",
  "TransErr",
  "CamMC",
  "Delta IQ",
  "Revisit PSNR",
  "Revisit SSIM",
  "Revisit LPIPS",
  "revisit pairs",
] as const;

/** The metrics of a split; its video and revisit-pair counts are not scores. */
export const SCORE_COLUMNS = SANA_WM_COLUMNS.filter((c) => c !== "split" && c !== "videos" && c !== "revisit pairs");

const round = (v: number | null | undefined, digits: number): number | null => (v === null || v === undefined ? null : pyRound(v, digits));

/** One row: VBench Overall 2 places, RotErr 2, TransErr/CamMC 4, Delta IQ 4, PSNR 2, SSIM/LPIPS 4 (aggregate_results.py's formats). */
export function splitRow(s: SplitSummary): (string | number | null)[] {
  return [
    s.split,
    s.videos,
    vbenchOverall(s.vbenchQuality),
    round(s.camera?.rotErrDeg, 2),
    round(s.camera?.transErrRel, 4),
    round(s.camera?.camMcRel, 4),
    round(s.deltaIq, 4),
    round(s.revisitPsnr, 2),
    round(s.revisitSsim, 4),
    round(s.revisitLpips, 4),
    s.revisitPairs,
  ];
}

/** Headline numbers, `<split>_<name>`, unrounded where the source is (null = not measured). */
export function splitScores(s: SplitSummary): Record<string, number | null> {
  return {
    [`${s.split}_vbench_overall`]: vbenchOverall(s.vbenchQuality),
    [`${s.split}_vbench_total_score`]: s.vbenchTotal,
    [`${s.split}_rot_err_deg`]: s.camera?.rotErrDeg ?? null,
    [`${s.split}_trans_err_rel`]: s.camera?.transErrRel ?? null,
    [`${s.split}_cam_mc_rel`]: s.camera?.camMcRel ?? null,
    [`${s.split}_delta_iq`]: s.deltaIq,
    [`${s.split}_revisit_psnr`]: s.revisitPsnr,
    [`${s.split}_revisit_ssim`]: s.revisitSsim,
    [`${s.split}_revisit_lpips`]: s.revisitLpips,
  };
}

/** Notes every SANA-WM table carries: what the columns mean and what is missing, per split. */
export function missingNotes(s: SplitSummary): string[] {
  const notes: string[] = [];
  if (s.vbenchQuality === null) {
    notes.push(`${s.split}: VBench Overall not measured (no VBench quality dimension was scored; they need VBench's model backends, except temporal_flickering, which cpu-metrics computes)`);
  } else if (s.vbenchDims !== undefined) {
    const missing = VBENCH_QUALITY.filter((d) => !s.vbenchDims?.includes(d));
    if (missing.length > 0) {
      notes.push(
        `${s.split}: VBench Overall averages only ${VBENCH_QUALITY.length - missing.length} of the ${VBENCH_QUALITY.length} quality dimensions (missing: ${missing.join(", ")}); SANA-WM averages the ones present, so compare it only with runs that measured the same ones`,
      );
    }
  }
  if (s.camera === null) notes.push(`${s.split}: RotErr/TransErr/CamMC not measured (camera_pose runs Pi3 on a GPU and compares with the benchmark's c2w)`);
  if (s.deltaIq === null) notes.push(`${s.split}: Delta IQ not measured (temporal degradation: VBench imaging_quality on 10 s windows, first minus last)`);
  if (s.revisitPsnr === null) notes.push(`${s.split}: revisit PSNR/SSIM not measured (no scored revisit pair)`);
  return notes;
}

export const COLUMN_NOTES: readonly string[] = [
  "VBench Overall = SANA-WM's quality_score × 100: the quality dimensions present, each normalised with VBench's Min/Max and clipped to [0,1], weighted mean (dynamic_degree 0.5), rounded to 4 places before ×100.",
  "Revisit PSNR/SSIM: mean over every scored pair of the split (pair-weighted across scenes); SSIM uses SANA-WM's 11×11 box window with population variances, not skimage's or a Gaussian SSIM.",
  "RotErr (degrees), TransErr (TransErr_rel), CamMC (CamMC_rel): unweighted means over scenes.",
];

export function sanaWmTable(title: string, splits: readonly SplitSummary[], notes: readonly string[]): BenchmarkTable {
  return {
    title,
    columns: [...SANA_WM_COLUMNS],
    scoreColumns: [...SCORE_COLUMNS],
    rows: splits.map(splitRow),
    scores: Object.assign({}, ...splits.map(splitScores)) as Record<string, number | null>,
    notes: [...COLUMN_NOTES, ...splits.flatMap(missingNotes), ...notes],
  };
}
