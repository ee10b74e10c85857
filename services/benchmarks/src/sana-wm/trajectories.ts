/**
 * `<split_dir>/scene_trajectories_v2.json`: the revisit pairs of every scene, as SANA-WM's
 * `eval_unified.py::eval_revisit_consistency` consumes them:
 *
 *   { "scenes": [ { "scene_id": "game_style_001", "prompt"?: "…",
 *                   "evaluation_pairs": [ { "frame_a": 120, "frame_b": 610, "quality_score": 0.8,
 *                                           "distance_m": 0.3, "angle_diff_deg": 4.1 }, … ] }, … ] }
 *
 * Frame indices are at 16 fps (the benchmark's rate). Other keys are kept out of the way, not
 * rejected: only these are read by the official code.
 */
import { z } from "zod";
import { pyRound } from "../py-round";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, type FleetErrorCode } from "../../../common/src/errors";
import { zodIssues } from "../run-spec";

const pairSchema = z
  .object({
    frame_a: z.number().int().min(0),
    frame_b: z.number().int().min(0),
    // null is treated as absent (Python would fail comparing None with floats while sorting).
    quality_score: z.number().nullable().optional(),
    distance_m: z.number().nullable().optional(),
    angle_diff_deg: z.number().nullable().optional(),
  })
  .passthrough();

const sceneSchema = z
  .object({
    scene_id: z.string().min(1),
    prompt: z.string().optional(),
    evaluation_pairs: z.array(pairSchema).default([]),
  })
  .passthrough();

const fileSchema = z.object({ scenes: z.array(sceneSchema) }).passthrough();

export interface RevisitPairSpec {
  readonly frame_a: number;
  readonly frame_b: number;
  readonly quality_score?: number;
  readonly distance_m?: number;
  readonly angle_diff_deg?: number;
}

export interface SceneTrajectory {
  readonly scene_id: string;
  readonly prompt?: string;
  readonly evaluation_pairs: readonly RevisitPairSpec[];
}

/**
 * Parses the file's text. `code` is the error code to raise: SPEC_INVALID when a run spec points
 * at the file, INVALID_INPUT when an evaluation or `framefleet score` reads it.
 */
export function parseSceneTrajectories(text: string, file: string, code: FleetErrorCode): SceneTrajectory[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new FleetError(code, `${file}: not valid JSON (${(err as Error).message}); pass the benchmark's scene_trajectories_v2.json`, { cause: err });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FleetError(
      code,
      `${file}: not a SANA-WM scene_trajectories_v2.json ({"scenes": [{"scene_id", "evaluation_pairs": [{"frame_a", "frame_b", …}]}]}):\n` +
        zodIssues(parsed.error)
          .slice(0, 10)
          .map((i) => `  - ${i}`)
          .join("\n"),
    );
  }
  const seen = new Set<string>();
  return parsed.data.scenes.map((s, i) => {
    if (seen.has(s.scene_id)) throw new FleetError(code, `${file}: scenes.${i}.scene_id "${s.scene_id}" appears twice; keep one entry per scene`);
    seen.add(s.scene_id);
    return {
      scene_id: s.scene_id,
      ...(s.prompt !== undefined ? { prompt: s.prompt } : {}),
      evaluation_pairs: s.evaluation_pairs.map((p) => ({
        frame_a: p.frame_a,
        frame_b: p.frame_b,
        ...(typeof p.quality_score === "number" ? { quality_score: p.quality_score } : {}),
        ...(typeof p.distance_m === "number" ? { distance_m: p.distance_m } : {}),
        ...(typeof p.angle_diff_deg === "number" ? { angle_diff_deg: p.angle_diff_deg } : {}),
      })),
    };
  });
}

export async function readSceneTrajectories(file: string, code: FleetErrorCode): Promise<SceneTrajectory[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${file}: cannot read the scene trajectories (${(err as Error).message}); check the path`, { cause: err });
  }
  const text = decodeUtf8(bytes, file, code);
  return parseSceneTrajectories(text, file, code);
}

/** Official default: at most 5 pairs per scene (`--max_pairs 5`). */
export const DEFAULT_MAX_PAIRS = 5;
/** Frame rate of the pair indices (`--ref_fps 16`). */
export const REF_FPS = 16;

/**
 * The pairs a scene is scored on: sorted by quality_score ascending (a missing score sorts as
 * 999, i.e. last), stable for ties, then the first `maxPairs`.
 */
export function selectRevisitPairs(pairs: readonly RevisitPairSpec[], maxPairs: number = DEFAULT_MAX_PAIRS): RevisitPairSpec[] {
  return [...pairs].sort((a, b) => (a.quality_score ?? 999) - (b.quality_score ?? 999)).slice(0, Math.max(0, maxPairs));
}

/**
 * Maps a pair's frame index (at refFps) to a frame of a video at videoFps with nFrames frames:
 * the same index (clamped to the last frame) when the rates differ by less than 0.1, else through
 * time, `round(frame / refFps * videoFps)` with Python's round-half-to-even, clamped to
 * [0, nFrames-1].
 */
export function remapFrameIndex(frame: number, refFps: number, videoFps: number, nFrames: number): number {
  if (Math.abs(refFps - videoFps) < 0.1) return Math.min(frame, nFrames - 1);
  const target = pyRound((frame / refFps) * videoFps, 0);
  return Math.min(Math.max(target, 0), nFrames - 1);
}

/** A scene's category as SANA-WM groups it: the id without its last `_`-part (`game_style_001` → `game_style`). */
export function sceneCategory(sceneId: string): string {
  const i = sceneId.lastIndexOf("_");
  return i < 0 ? "" : sceneId.slice(0, i);
}
