/**
 * SANA-WM-Bench's per-split files: `sanawm_export_v2/run_manifest.jsonl` (one scene per line:
 * `id`, `prompt`, `image_path` = `images/<id>.png`, `camera_path` =
 * `<split_dir>/sanawm_export_v2/<id>.npz`, both relative to the dataset root, optional
 * `scene_type`) and the camera `.npz` (`c2w` (N,4,4), `intrinsics` (N,3,3), `fps`, `num_frames`).
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, type FleetErrorCode } from "../../../common/src/errors";
import { readNpz, scalarOf, type NpyArray } from "../formats/npy";

export interface ManifestRow {
  readonly id: string;
  readonly prompt: string;
  /** Dataset-relative, as written in the file (default `images/<id>.png`). */
  readonly image_path: string;
  /** Dataset-relative, as written in the file. */
  readonly camera_path: string;
  readonly scene_type?: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

/** Parses run_manifest.jsonl; blank lines are skipped as the official scripts do. */
export function parseRunManifest(text: string, file: string, code: FleetErrorCode): ManifestRow[] {
  const rows: ManifestRow[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch (err) {
      throw new FleetError(code, `${file}:${line}: not a JSON object (${(err as Error).message}); each line must be one scene`);
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new FleetError(code, `${file}:${line}: must be a JSON object with id, prompt, camera_path`);
    const r = row as Record<string, unknown>;
    const str = (key: string, required: boolean): string | undefined => {
      const v = r[key];
      if (v === undefined && !required) return undefined;
      if (typeof v !== "string" || v.trim() === "") throw new FleetError(code, `${file}:${line}: field "${key}" must be a non-empty string`);
      return v;
    };
    const id = str("id", true) as string;
    const other = seen.get(id);
    if (other !== undefined) throw new FleetError(code, `${file}:${line}: scene id "${id}" already on line ${other}; ids must be unique`);
    seen.set(id, line);
    const sceneType = str("scene_type", false);
    rows.push({
      id,
      prompt: str("prompt", true) as string,
      image_path: str("image_path", false) ?? `images/${id}.png`,
      camera_path: str("camera_path", true) as string,
      ...(sceneType !== undefined ? { scene_type: sceneType } : {}),
      line,
    });
  });
  return rows;
}

export async function readRunManifest(file: string, code: FleetErrorCode): Promise<ManifestRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${file}: cannot read the split's run manifest (${(err as Error).message}); is the dataset folder right?`, { cause: err });
  }
  const text = decodeUtf8(bytes, file, code);
  return parseRunManifest(text, file, code);
}

/**
 * A dataset-relative path from a manifest, made absolute. Absolute paths are taken as they are
 * (the official pose script does the same); relative ones must stay inside the dataset.
 */
export function datasetPath(root: string, p: string, where: string, code: FleetErrorCode): string {
  if (isAbsolute(p)) return p;
  const full = resolve(root, p);
  const rel = relative(resolve(root), full);
  if (rel === "" || rel.startsWith("..") || rel.split(sep).includes("..")) {
    throw new FleetError(code, `${where}: path "${p}" leaves the dataset folder ${root}; use dataset-relative paths`);
  }
  return full;
}

/** What a camera `.npz` holds, checked. */
export interface CameraInfo {
  /** Number of poses (N). */
  readonly frames: number;
  /** The `fps` scalar, when present. */
  readonly fps?: number;
  /** The `num_frames` scalar, when present. */
  readonly numFrames?: number;
}

/** Reads a camera `.npz` and checks `c2w` (N,4,4) and `intrinsics` (N,3,3) with the same N ≥ 1. */
export async function readCameraNpz(file: string, code: FleetErrorCode): Promise<CameraInfo> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${file}: cannot read the camera trajectory (${(err as Error).message}); check camera_path in the run manifest`, { cause: err });
  }
  let arrays: Map<string, NpyArray>;
  try {
    arrays = readNpz(bytes, file);
  } catch (err) {
    throw new FleetError(code, (err as Error).message, { cause: err });
  }
  const c2w = arrays.get("c2w");
  const intr = arrays.get("intrinsics");
  const shapeOf = (a: NpyArray | undefined): string => (a ? `(${a.shape.join(", ")})` : "missing");
  const n = c2w?.shape[0] ?? 0;
  const ok =
    c2w !== undefined &&
    intr !== undefined &&
    c2w.shape.length === 3 &&
    c2w.shape[1] === 4 &&
    c2w.shape[2] === 4 &&
    intr.shape.length === 3 &&
    intr.shape[0] === n &&
    intr.shape[1] === 3 &&
    intr.shape[2] === 3 &&
    n >= 1;
  if (!ok) {
    throw new FleetError(
      code,
      `${file}: a SANA-WM camera .npz needs c2w (N, 4, 4) and intrinsics (N, 3, 3) with the same N >= 1; it has c2w ${shapeOf(c2w)}, intrinsics ${shapeOf(intr)}`,
    );
  }
  const fps = arrays.get("fps");
  const numFrames = arrays.get("num_frames");
  const fpsValue = fps ? scalarOf(fps) : undefined;
  const numFramesValue = numFrames ? scalarOf(numFrames) : undefined;
  return { frames: n, ...(fpsValue !== undefined ? { fps: fpsValue } : {}), ...(numFramesValue !== undefined ? { numFrames: numFramesValue } : {}) };
}
