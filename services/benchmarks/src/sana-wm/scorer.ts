/**
 * `framefleet score sana-wm --input results/<method>`: SANA-WM-Bench's table from the files its
 * evaluators wrote (or a fleet run folder, which holds the same files), read the way
 * aggregate_results.py reads them:
 *
 *   VBench      eval/<split>/summary.json "vbench", else eval/<split>/vbench_scores.json, else the
 *               raw eval/<split>/eval_*_eval_results.json files (recomputed; raw-vbench.ts)
 *   revisit     eval/<split>/revisit_consistency.json "summary", else summary.json "revisit"
 *   camera      <split>/eval_poses.json (per scene; RotErr converted to degrees when stored in radians)
 *   Delta IQ    eval/<split>/temporal_degradation.json trend.imaging_quality.degradation
 *
 * Unlike aggregate_results.py, a file that exists but is not valid is an error (INVALID_INPUT
 * naming the file and field), not silently skipped.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { sanaWmVBenchQuality, VBENCH_QUALITY } from "../vbench/formula";
import { cameraMeans, rotErrDegrees, sanaWmVBenchTotals, type SceneCamera, type SplitSummary } from "./formula";
import { SANA_WM_SPLIT_NAMES } from "./options";
import { readSanaWmRawVBench } from "./raw-vbench";
import { sanaWmTable } from "./table";

const INVALID = FleetErrorCode.INVALID_INPUT;
type Json = Record<string, unknown>;

async function isDir(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** A JSON object file, or undefined when the file does not exist. */
async function readJsonObject(file: string): Promise<Json | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new FleetError(INVALID, `${file}: cannot read (${(err as Error).message})`, { cause: err });
  }
  const text = decodeUtf8(bytes, file, INVALID);
  let data: unknown;
  try {
    // Python's json.dump writes NaN/Infinity bare; they mean "no value".
    data = JSON.parse(text.replace(/-?\b(Infinity|NaN)\b/g, "null"));
  } catch (err) {
    throw new FleetError(INVALID, `${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new FleetError(INVALID, `${file}: expected a JSON object`);
  return data as Json;
}

function obj(v: unknown, file: string, field: string): Json | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw new FleetError(INVALID, `${file}: field "${field}" must be an object`);
  return v as Json;
}

/** A number field: undefined when absent/null; INVALID_INPUT when something else. */
function num(o: Json | undefined, key: string, file: string, field = key): number | undefined {
  const v = o?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new FleetError(INVALID, `${file}: field "${field}" must be a number, got ${JSON.stringify(v)}`);
  return v;
}

interface SplitRead {
  readonly summary: SplitSummary;
  readonly perCategory: unknown;
  readonly notes: string[];
}

async function readVBench(evalDir: string, summary: Json | undefined, split: string): Promise<Pick<SplitSummary, "vbenchQuality" | "vbenchTotal" | "vbenchDims"> & { note?: string }> {
  const summaryFile = join(evalDir, "summary.json");
  const scoresFile = join(evalDir, "vbench_scores.json");
  const scores = await readJsonObject(scoresFile);
  const rawScores = obj(scores?.["raw_scores"], scoresFile, "raw_scores");
  const dims = rawScores ? Object.keys(rawScores) : undefined;
  // A run without any quality dimension has SANA-WM quality 0 by its formula; that is not a measurement.
  const noQuality = dims !== undefined && !VBENCH_QUALITY.some((d) => dims.includes(d));
  const block = obj(summary?.["vbench"], summaryFile, "vbench");
  if (block) {
    const q = num(block, "quality_score", summaryFile, "vbench.quality_score");
    return { vbenchQuality: noQuality ? null : (q ?? null), vbenchTotal: num(block, "total_score", summaryFile, "vbench.total_score") ?? null, ...(dims ? { vbenchDims: dims } : {}) };
  }
  if (scores) {
    const q = num(scores, "quality_score", scoresFile);
    return { vbenchQuality: noQuality ? null : (q ?? null), vbenchTotal: num(scores, "total_score", scoresFile) ?? null, ...(dims ? { vbenchDims: dims } : {}) };
  }
  if (!(await isDir(evalDir))) return { vbenchQuality: null, vbenchTotal: null };
  const { raw, files, ignored } = await readSanaWmRawVBench(evalDir);
  const skipped = ignored.length > 0 ? `; not read, as aggregate_results.py reads only eval_* files: ${ignored.join(", ")}` : "";
  if (files.length === 0 || Object.keys(raw).length === 0) {
    return { vbenchQuality: null, vbenchTotal: null, ...(skipped ? { note: `${split}: no VBench score in ${evalDir}${skipped}` } : {}) };
  }
  return {
    vbenchQuality: sanaWmVBenchQuality(raw),
    vbenchTotal: sanaWmVBenchTotals(raw).total_score,
    vbenchDims: Object.keys(raw),
    note: `${split}: VBench recomputed from the raw eval_*_eval_results.json files in ${evalDir} (no summary.json "vbench" or vbench_scores.json)${skipped}`,
  };
}

async function readCamera(file: string): Promise<SceneCamera[] | undefined> {
  const poses = await readJsonObject(file);
  if (!poses) return undefined;
  const scenes: SceneCamera[] = [];
  for (const [sceneId, v] of Object.entries(poses)) {
    if (v === null || typeof v !== "object" || Array.isArray(v) || !("RotErr" in v)) continue;
    const row = v as Json;
    const rot = num(row, "RotErr", file, `${sceneId}.RotErr`);
    const trans = num(row, "TransErr_rel", file, `${sceneId}.TransErr_rel`);
    const cammc = num(row, "CamMC_rel", file, `${sceneId}.CamMC_rel`);
    if (rot === undefined || trans === undefined || cammc === undefined) {
      throw new FleetError(INVALID, `${file}: scene "${sceneId}" needs numbers RotErr, TransErr_rel and CamMC_rel`);
    }
    const unit = row["RotErr_unit"];
    scenes.push({ rotErrDeg: rotErrDegrees(rot, typeof unit === "string" ? unit : undefined), transErrRel: trans, camMcRel: cammc });
  }
  return scenes;
}

async function countVideos(dir: string): Promise<number> {
  if (!(await isDir(dir))) return 0;
  return (await readdir(dir)).filter((n) => n.endsWith("_generated.mp4")).length;
}

async function readSplit(root: string, split: string): Promise<SplitRead> {
  const evalDir = join(root, "eval", split);
  const notes: string[] = [];
  const summaryFile = join(evalDir, "summary.json");
  const summary = await readJsonObject(summaryFile);
  const vb = await readVBench(evalDir, summary, split);
  if (vb.note) notes.push(vb.note);

  const revisitFile = join(evalDir, "revisit_consistency.json");
  const revisitDoc = await readJsonObject(revisitFile);
  const [revisit, revisitSource] = revisitDoc?.["summary"] !== undefined
    ? [obj(revisitDoc["summary"], revisitFile, "summary"), revisitFile]
    : [obj(summary?.["revisit"], summaryFile, "revisit"), summaryFile];
  const prefix = revisitSource === revisitFile ? "summary." : "revisit.";
  let pairs = num(revisit, "n_total_pairs", revisitSource, `${prefix}n_total_pairs`);
  let psnr = num(revisit, "overall_mean_psnr", revisitSource, `${prefix}overall_mean_psnr`) ?? null;
  let ssim = num(revisit, "overall_mean_ssim", revisitSource, `${prefix}overall_mean_ssim`) ?? null;
  let lpips = num(revisit, "overall_mean_lpips", revisitSource, `${prefix}overall_mean_lpips`) ?? null;
  if (revisit && pairs === 0) {
    // eval_unified.py writes 0.0 means when no pair could be scored; that is no measurement.
    notes.push(`${split}: ${revisitSource} reports 0 revisit pairs; PSNR/SSIM shown as not measured`);
    psnr = ssim = lpips = null;
  }
  pairs ??= 0;

  const posesFile = join(root, split, "eval_poses.json");
  const camera = await readCamera(posesFile);
  const temporal = await readJsonObject(join(evalDir, "temporal_degradation.json"));
  const trend = obj(temporal?.["trend"], join(evalDir, "temporal_degradation.json"), "trend");
  const iq = obj(trend?.["imaging_quality"], join(evalDir, "temporal_degradation.json"), "trend.imaging_quality");
  const deltaIq = num(iq, "degradation", join(evalDir, "temporal_degradation.json"), "trend.imaging_quality.degradation") ?? null;

  let videos = await countVideos(join(root, split));
  if (videos === 0) videos = num(summary, "n_videos", summaryFile) ?? 0;
  return {
    summary: {
      split,
      videos,
      vbenchQuality: vb.vbenchQuality,
      vbenchTotal: vb.vbenchTotal,
      ...(vb.vbenchDims ? { vbenchDims: vb.vbenchDims } : {}),
      camera: camera ? cameraMeans(camera) : null,
      deltaIq,
      revisitPsnr: psnr,
      revisitSsim: ssim,
      revisitLpips: lpips,
      revisitPairs: pairs,
    },
    perCategory: revisit?.["per_category"] ?? null,
    notes,
  };
}

export const sanaWmScorer: BenchmarkScorer = {
  name: "sana-wm",
  inputHelp: "a SANA-WM-Bench result folder (results/<method>/ with <split>/*_generated.mp4, <split>/eval_poses.json, eval/<split>/*.json), e.g. a fleet run folder",

  async score(files: ScoreFiles): Promise<ScoreResult> {
    const root = files.input;
    if (!(await isDir(root))) {
      throw new FleetError(INVALID, `${root}: not a folder; pass a SANA-WM result folder (results/<method>/ with simple_60s/, hard_60s/, eval/)`);
    }
    const present: string[] = [];
    for (const split of SANA_WM_SPLIT_NAMES) {
      if ((await isDir(join(root, split))) || (await isDir(join(root, "eval", split)))) present.push(split);
    }
    if (present.length === 0) {
      throw new FleetError(INVALID, `${root}: has neither ${SANA_WM_SPLIT_NAMES.join("/ nor ")}/ nor eval/<split>/; pass results/<method>/ as SANA-WM's evaluators lay it out`);
    }
    const methodInfo = await readJsonObject(join(root, "method_info.json"));
    const reads = await Promise.all(present.map((s) => readSplit(root, s)));
    const method = typeof methodInfo?.["model"] === "string" ? (methodInfo["model"] as string) : root.split(/[\\/]/).filter(Boolean).pop() ?? root;
    const table = sanaWmTable(
      `SANA-WM-Bench: ${method}`,
      reads.map((r) => r.summary),
      reads.flatMap((r) => r.notes),
    );
    const json = {
      method,
      method_info: methodInfo ?? null,
      splits: Object.fromEntries(
        reads.map((r) => {
          const s = r.summary;
          return [
            s.split,
            {
              videos: s.videos,
              vbench_overall: table.scores[`${s.split}_vbench_overall`] ?? null,
              vbench_quality_score: s.vbenchQuality,
              vbench_total_score: s.vbenchTotal,
              rot_err_deg: s.camera?.rotErrDeg ?? null,
              trans_err_rel: s.camera?.transErrRel ?? null,
              cam_mc_rel: s.camera?.camMcRel ?? null,
              camera_scenes: s.camera?.scenes ?? 0,
              delta_iq: s.deltaIq,
              revisit_psnr: s.revisitPsnr,
              revisit_ssim: s.revisitSsim,
              revisit_lpips: s.revisitLpips,
              revisit_pairs: s.revisitPairs,
              revisit_per_category: r.perCategory,
            },
          ];
        }),
      ),
    };
    return { json, table };
  },
};
