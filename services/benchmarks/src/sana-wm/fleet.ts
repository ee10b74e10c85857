/**
 * From the fleet's per-video scores to SANA-WM's per-split numbers and to the files its official
 * tools write (so `framefleet score sana-wm` on the run folder reproduces the report):
 *
 *   method_info.json                              model, fps, resolution, num_frames, refiner (only when set)
 *   <split>/eval_poses.json                       per scene RotErr (deg), TransErr_rel, CamMC_rel
 *   eval/<split>/eval_<dim>_eval_results.json     VBench's per-dimension files
 *   eval/<split>/vbench_scores.json               raw_scores, quality/semantic/total, normalized_per_dim
 *   eval/<split>/revisit_consistency.json         {summary, per_scene} (per-pair records are not kept)
 *   eval/<split>/summary.json                     method, split, n_videos, skip_first_frame, vbench, revisit
 *
 * Score keys per video: the VBench dimension names, revisit_psnr / revisit_ssim / revisit_pairs,
 * camera_rot_err_deg / camera_trans_err_rel / camera_cammc_rel (/ camera_n_frames).
 */
import type { RunArtifact, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import { sanaWmVBenchQuality, VBENCH_QUALITY } from "../vbench/formula";
import { vbenchEvalResultsJson } from "../vbench";
import {
  SANA_WM_VBENCH_DIMS,
  SCORE_KEYS,
  cameraMeans,
  poolRevisit,
  pyRound,
  sanaWmVBenchTotals,
  type PooledRevisit,
  type SceneCamera,
  type SceneRevisit,
  type SplitSummary,
} from "./formula";
import type { SanaWmOptions } from "./options";
import { sceneCategory } from "./trajectories";

/** One split of a fleet run, reduced to what SANA-WM's files and table need. */
export interface FleetSplit {
  readonly split: string;
  /** The split's items, in scene order. */
  readonly items: readonly ScoredItem[];
  /** Items with a committed video. */
  readonly videos: number;
  /** VBench dimension → the per-video values, in scene order. */
  readonly vbench: ReadonlyMap<string, readonly { sceneId: string; path: string; value: number }[]>;
  readonly revisitScenes: readonly SceneRevisit[];
  /** Items that reported revisit_pairs (0 included). */
  readonly revisitEvaluated: number;
  readonly pooled: PooledRevisit | null;
  readonly cameraScenes: readonly (SceneCamera & { sceneId: string; frames?: number })[];
}

const finite = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const sceneOf = (it: ScoredItem): string => it.labels["scene_id"] ?? it.itemKey;

export function fleetSplit(split: string, all: readonly ScoredItem[]): FleetSplit {
  const items = all.filter((it) => it.labels["split"] === split).sort((a, b) => (sceneOf(a) < sceneOf(b) ? -1 : sceneOf(a) > sceneOf(b) ? 1 : a.sampleIndex - b.sampleIndex));
  const vbench = new Map<string, { sceneId: string; path: string; value: number }[]>();
  for (const dim of SANA_WM_VBENCH_DIMS) {
    const values = items.filter((it) => finite(it.scores[dim])).map((it) => ({ sceneId: sceneOf(it), path: it.outputPath, value: it.scores[dim] as number }));
    if (values.length > 0) vbench.set(dim, values);
  }
  const revisitScenes: SceneRevisit[] = [];
  let revisitEvaluated = 0;
  for (const it of items) {
    const n = it.scores[SCORE_KEYS.revisitPairs];
    if (!finite(n)) continue;
    revisitEvaluated += 1;
    const psnr = it.scores[SCORE_KEYS.revisitPsnr];
    const ssim = it.scores[SCORE_KEYS.revisitSsim];
    if (n > 0 && finite(psnr) && finite(ssim)) revisitScenes.push({ sceneId: sceneOf(it), psnr, ssim, pairs: n });
  }
  const cameraScenes = items.flatMap((it) => {
    const rot = it.scores[SCORE_KEYS.rotErrDeg];
    const trans = it.scores[SCORE_KEYS.transErrRel];
    const cammc = it.scores[SCORE_KEYS.camMcRel];
    const frames = it.scores[SCORE_KEYS.cameraFrames];
    if (!finite(rot) || !finite(trans) || !finite(cammc)) return [];
    return [{ sceneId: sceneOf(it), rotErrDeg: rot, transErrRel: trans, camMcRel: cammc, ...(finite(frames) ? { frames } : {}) }];
  });
  return {
    split,
    items,
    videos: items.filter((it) => it.outputPath !== "").length,
    vbench,
    revisitScenes,
    revisitEvaluated,
    pooled: poolRevisit(revisitScenes),
    cameraScenes,
  };
}

/** dimension → mean over the videos that have it (VBench's dimension average). */
export function vbenchRaw(s: FleetSplit): Record<string, number> {
  return Object.fromEntries([...s.vbench.entries()].map(([dim, vs]) => [dim, vs.reduce((t, v) => t + v.value, 0) / vs.length]));
}

export function fleetSummary(s: FleetSplit): SplitSummary {
  const raw = vbenchRaw(s);
  const anyDim = Object.keys(raw).length > 0;
  return {
    split: s.split,
    videos: s.videos,
    vbenchQuality: sanaWmVBenchQuality(raw),
    vbenchDims: Object.keys(raw),
    vbenchTotal: anyDim ? sanaWmVBenchTotals(raw).total_score : null,
    camera: cameraMeans(s.cameraScenes),
    // Temporal degradation needs VBench per 10 s window, which no fleet metric computes yet.
    deltaIq: null,
    revisitPsnr: s.pooled ? pyRound(s.pooled.psnr, 2) : null,
    revisitSsim: s.pooled ? pyRound(s.pooled.ssim, 4) : null,
    revisitLpips: null,
    revisitPairs: s.pooled?.pairs ?? 0,
  };
}

/** Coverage notes: what only part of the split's videos has. */
export function coverageNotes(s: FleetSplit): string[] {
  const notes: string[] = [];
  const n = s.items.length;
  for (const [dim, values] of s.vbench) {
    if (values.length < n) notes.push(`${s.split}: VBench ${dim} was scored on ${values.length} of ${n} videos; its average is over those`);
  }
  if (s.revisitEvaluated > 0 && s.revisitEvaluated < n) notes.push(`${s.split}: revisit consistency was evaluated on ${s.revisitEvaluated} of ${n} videos`);
  const noPairs = s.revisitEvaluated - s.revisitScenes.length;
  if (noPairs > 0) notes.push(`${s.split}: ${noPairs} evaluated scene(s) had no usable revisit pair and do not count (as in SANA-WM)`);
  if (s.cameraScenes.length > 0 && s.cameraScenes.length < n) notes.push(`${s.split}: camera pose was scored on ${s.cameraScenes.length} of ${n} videos`);
  const failed = s.items.filter((it) => it.state === "failed").length;
  if (failed > 0) notes.push(`${s.split}: ${failed} of ${n} scenes failed and have no scores; the numbers are over the rest`);
  return notes;
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** method_info.json: the keys SANA-WM's scripts read (model, fps, resolution; "refiner" only when set, as its presence turns on frame-0 skipping). */
export function methodInfo(spec: RunSpec, options: SanaWmOptions): Record<string, unknown> {
  return {
    model: options.method ?? spec.name,
    fps: spec.video.fps,
    resolution: `${spec.video.width}x${spec.video.height}`,
    num_frames: spec.video.frames,
    ...(options.refiner ? { refiner: true } : {}),
  };
}

/** Every file of the run folder in SANA-WM's result layout. */
export function sanaWmArtifacts(items: readonly ScoredItem[], spec: RunSpec, options: SanaWmOptions): RunArtifact[] {
  const info = methodInfo(spec, options);
  const out: RunArtifact[] = [{ path: "method_info.json", content: json(info) }];
  for (const split of options.splits) {
    const s = fleetSplit(split, items);
    if (s.items.length === 0) continue;
    const evalDir = `eval/${split}`;
    const summary: Record<string, unknown> = {
      method: info["model"],
      method_info: info,
      split,
      n_videos: s.videos,
      skip_first_frame: options.refiner,
    };
    const raw = vbenchRaw(s);
    if (Object.keys(raw).length > 0) {
      for (const [dim, values] of s.vbench) {
        out.push({
          path: `${evalDir}/eval_${dim}_eval_results.json`,
          content: vbenchEvalResultsJson(
            dim,
            values.map((v) => ({ video_path: v.path, video_results: v.value })),
          ),
        });
      }
      const totals = sanaWmVBenchTotals(raw);
      out.push({
        path: `${evalDir}/vbench_scores.json`,
        content: json({ raw_scores: Object.fromEntries(Object.entries(raw).map(([d, v]) => [d, pyRound(v, 4)])), ...totals }),
      });
      // SANA-WM's quality is 0 without quality dimensions; no vbench block then, so nobody reads a 0 nobody measured.
      if (VBENCH_QUALITY.some((d) => raw[d] !== undefined)) {
        summary["vbench"] = {
          quality_score: totals.quality_score,
          semantic_score: totals.semantic_score,
          total_score: totals.total_score,
          n_dimensions: Object.keys(raw).length,
        };
      }
    }
    if (s.revisitEvaluated > 0) {
      const revisit = revisitFile(s);
      out.push({ path: `${evalDir}/revisit_consistency.json`, content: json(revisit) });
      summary["revisit"] = revisit.summary;
    }
    if (s.cameraScenes.length > 0) {
      const poses = Object.fromEntries(
        s.cameraScenes.map((c) => [
          c.sceneId,
          {
            RotErr: c.rotErrDeg,
            RotErr_unit: "deg",
            TransErr_rel: c.transErrRel,
            CamMC_rel: c.camMcRel,
            scene_type: sceneCategory(c.sceneId),
            ...(c.frames !== undefined ? { n_frames: c.frames } : {}),
            skip_first_frame: options.refiner,
          },
        ]),
      );
      out.push({ path: `${split}/eval_poses.json`, content: json(poses) });
    }
    out.push({ path: `${evalDir}/summary.json`, content: json(summary) });
  }
  return out;
}

/** revisit_consistency.json as eval_unified.py writes it, without per-pair records (the fleet keeps scene means). */
function revisitFile(s: FleetSplit): { summary: Record<string, unknown>; per_scene: Record<string, unknown> } {
  const p = s.pooled;
  return {
    summary: {
      overall_mean_psnr: p ? pyRound(p.psnr, 2) : 0,
      overall_mean_ssim: p ? pyRound(p.ssim, 4) : 0,
      n_scenes_evaluated: s.revisitScenes.length,
      n_total_pairs: p?.pairs ?? 0,
      per_category: p?.perCategory ?? {},
    },
    per_scene: Object.fromEntries(
      s.revisitScenes.map((r) => [r.sceneId, { mean_psnr: pyRound(r.psnr, 2), mean_ssim: pyRound(r.ssim, 4), n_pairs: r.pairs, pairs: [] }]),
    ),
  };
}
