/**
 * SANA-WM-Bench revisit consistency (`eval_unified.py::eval_revisit_consistency`), no neural
 * network: where the camera path comes back to a place it has seen, the two frames should match.
 *
 *   pairs = scene's evaluation_pairs sorted by quality_score (missing = 999), first max_pairs (5)
 *   fa, fb = frame indices remapped from 16 fps to the video's fps, clamped; skip when fa == fb
 *   PSNR = 100 if mse < 1e-10 else 10*log10(255^2 / mse), mse over H, W and the 3 channels
 *   SSIM = mean over R, G, B of mean(ssim_map), with an 11x11 box window
 *          (scipy.ndimage.uniform_filter, border mode 'reflect': d c b a | a b c d | d c b a),
 *          population (co)variances E[xy] - E[x]E[y], C1 = (0.01*255)^2, C2 = (0.03*255)^2
 *   scene value = mean over its pairs
 *
 * Frames are RGB uint8 at native size. This SSIM is not skimage's (7x7, sample covariance) nor the
 * Gaussian-window SSIM of the SSIM paper: use these numbers only beside SANA-WM's own.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { probeVideo, readFrames, type VideoProbe } from "../../../common/src/media";
import {
  REF_FPS,
  remapFrameIndex,
  selectRevisitPairs,
  type RevisitPairSpec,
} from "../../../benchmarks/src";

export const SSIM_WINDOW = 11;
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

/** PSNR of two same-sized 8-bit images (any packed layout), in dB; 100 for (near-)identical ones. */
export function psnr(a: Uint8Array, b: Uint8Array): number {
  sameSize(a, b);
  let sum = 0;
  // Integer squared differences: the sum is exact up to 2^53 (over 138 million bytes of 255s).
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    sum += d * d;
  }
  const mse = sum / a.length;
  return mse < 1e-10 ? 100 : 10 * Math.log10((255 * 255) / mse);
}

/** scipy.ndimage's 'reflect' border: index i of a line of n samples, extended d c b a | a b c d | d c b a. */
export function reflectIndex(i: number, n: number): number {
  const period = 2 * n;
  const m = ((i % period) + period) % period;
  return m < n ? m : period - 1 - m;
}

/**
 * The `size`x`size` box mean of a width x height plane (row-major), borders reflected, as
 * scipy.ndimage.uniform_filter(plane, size) for an odd size. The sums are taken first and divided
 * once, so integer planes give correctly rounded means.
 */
export function boxMean(plane: Float64Array, width: number, height: number, size: number = SSIM_WINDOW): Float64Array {
  const r = (size - 1) >> 1;
  const rows = new Float64Array(width * height);
  const line = new Float64Array(Math.max(width, height) + 2 * r);
  // Horizontal running sums over each reflected row.
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let i = -r; i < width + r; i++) line[i + r] = plane[base + reflectIndex(i, width)] as number;
    let s = 0;
    for (let k = 0; k < size; k++) s += line[k] as number;
    rows[base] = s;
    for (let x = 1; x < width; x++) {
      s += (line[x + size - 1] as number) - (line[x - 1] as number);
      rows[base + x] = s;
    }
  }
  const out = new Float64Array(width * height);
  const area = size * size;
  // Vertical running sums over each reflected column of the row sums.
  for (let x = 0; x < width; x++) {
    for (let i = -r; i < height + r; i++) line[i + r] = rows[reflectIndex(i, height) * width + x] as number;
    let s = 0;
    for (let k = 0; k < size; k++) s += line[k] as number;
    out[x] = s / area;
    for (let y = 1; y < height; y++) {
      s += (line[y + size - 1] as number) - (line[y - 1] as number);
      out[y * width + x] = s / area;
    }
  }
  return out;
}

/** SSIM of one channel (two planes of the same size), box window, population variances. */
export function ssimPlane(x: Float64Array, y: Float64Array, width: number, height: number): number {
  const n = width * height;
  const xx = new Float64Array(n);
  const yy = new Float64Array(n);
  const xy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    xx[i] = a * a;
    yy[i] = b * b;
    xy[i] = a * b;
  }
  const muX = boxMean(x, width, height);
  const muY = boxMean(y, width, height);
  const eXX = boxMean(xx, width, height);
  const eYY = boxMean(yy, width, height);
  const eXY = boxMean(xy, width, height);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const mx = muX[i] as number;
    const my = muY[i] as number;
    const vx = (eXX[i] as number) - mx * mx;
    const vy = (eYY[i] as number) - my * my;
    const cxy = (eXY[i] as number) - mx * my;
    sum += ((2 * mx * my + C1) * (2 * cxy + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
  }
  return sum / n;
}

/** SSIM of two packed rgb24 images: the mean of the R, G and B channel SSIMs. */
export function ssimRgb(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  sameSize(a, b);
  if (a.length !== width * height * 3) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `revisit SSIM: ${a.length} bytes is not a ${width}x${height} rgb24 frame`);
  }
  const n = width * height;
  let total = 0;
  for (let c = 0; c < 3; c++) {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = a[i * 3 + c] as number;
      y[i] = b[i * 3 + c] as number;
    }
    total += ssimPlane(x, y, width, height);
  }
  return total / 3;
}

function sameSize(a: Uint8Array, b: Uint8Array): void {
  if (a.length !== b.length || a.length === 0) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `revisit: frames of ${a.length} and ${b.length} bytes cannot be compared`);
  }
}

/** One scored pair, frame indices as used in the video (after remapping). */
export interface RevisitPairResult {
  readonly frame_a: number;
  readonly frame_b: number;
  readonly psnr: number;
  readonly ssim: number;
  readonly distance_m?: number;
  readonly angle_diff_deg?: number;
}

/** A scene's revisit result; means are undefined when no pair could be scored. */
export interface RevisitSceneResult {
  readonly pairs: readonly RevisitPairResult[];
  readonly meanPsnr: number | undefined;
  readonly meanSsim: number | undefined;
}

/** Means of the scored pairs (the scene's numbers). */
export function sceneMeans(pairs: readonly RevisitPairResult[]): RevisitSceneResult {
  if (pairs.length === 0) return { pairs, meanPsnr: undefined, meanSsim: undefined };
  return {
    pairs,
    meanPsnr: pairs.reduce((s, p) => s + p.psnr, 0) / pairs.length,
    meanSsim: pairs.reduce((s, p) => s + p.ssim, 0) / pairs.length,
  };
}

/** Options of {@link revisitOfFile}. */
export interface RevisitOptions {
  /** @default 5 */
  maxPairs?: number;
  /** Frame rate of the pair indices. @default 16 */
  refFps?: number;
  signal?: AbortSignal;
  ffmpegPath?: string;
  ffprobePath?: string;
  onProgress?: (decoded: number, total: number | undefined) => void;
}

/**
 * Scores one generated video on its scene's pairs. Decodes rgb24 frames in order and keeps only
 * the ones the pairs need (plus the latest, for indices past the end, which clamp to the last
 * frame); stops as soon as every needed frame is in hand.
 */
export async function revisitOfFile(
  file: string,
  pairs: readonly RevisitPairSpec[],
  opts: RevisitOptions = {},
): Promise<RevisitSceneResult & { probe: VideoProbe }> {
  const signalOpt = opts.signal ? { signal: opts.signal } : {};
  const probe = await probeVideo(file, { ...signalOpt, countFrames: false, ...(opts.ffprobePath ? { ffprobePath: opts.ffprobePath } : {}) });
  const selected = selectRevisitPairs(pairs, opts.maxPairs);
  const refFps = opts.refFps ?? REF_FPS;
  // Remap without clamping first (n unknown until decoded): clamping only affects indices past the end.
  const targets = selected.map((p) => [remapFrameIndex(p.frame_a, refFps, probe.fps, Infinity), remapFrameIndex(p.frame_b, refFps, probe.fps, Infinity)] as const);
  const needed = new Set(targets.flat());
  const kept = new Map<number, Buffer>();
  let last: Buffer | undefined;
  let count = 0;
  if (needed.size > 0) {
    const frames = readFrames(file, {
      width: probe.width,
      height: probe.height,
      pixFmt: "rgb24",
      ...signalOpt,
      ...(opts.ffmpegPath ? { ffmpegPath: opts.ffmpegPath } : {}),
    });
    for await (const frame of frames) {
      if (needed.has(count)) kept.set(count, frame);
      last = frame;
      count += 1;
      opts.onProgress?.(count, probe.frames > 0 ? probe.frames : undefined);
      // Every needed index exists, so none needs clamping: the rest of the video is not needed.
      if (kept.size === needed.size) break;
    }
    if (count === 0 || last === undefined) {
      throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `revisit_consistency: ${file} has no decodable frames`);
    }
  }
  const results: RevisitPairResult[] = [];
  selected.forEach((pair, i) => {
    const [ta, tb] = targets[i] as readonly [number, number];
    const fa = Math.min(ta, count - 1);
    const fb = Math.min(tb, count - 1);
    if (fa === fb) return;
    const a = kept.get(fa) ?? (last as Buffer);
    const b = kept.get(fb) ?? (last as Buffer);
    results.push({
      frame_a: fa,
      frame_b: fb,
      psnr: psnr(a, b),
      ssim: ssimRgb(a, b, probe.width, probe.height),
      ...(pair.distance_m !== undefined ? { distance_m: pair.distance_m } : {}),
      ...(pair.angle_diff_deg !== undefined ? { angle_diff_deg: pair.angle_diff_deg } : {}),
    });
  });
  return { ...sceneMeans(results), probe };
}
