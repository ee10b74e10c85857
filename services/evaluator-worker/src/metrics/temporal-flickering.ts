/**
 * VBench temporal_flickering (vbench/temporal_flickering.py), no neural network:
 *
 *   frames   = every frame cv2.VideoCapture reads (BGR uint8, native size, no sampling)
 *   mae(a,b) = np.mean(cv2.absdiff(float32(a), float32(b)))      # over H*W*3
 *   score    = (255 - np.mean([mae(f[i], f[i+1]) for each consecutive pair])) / 255
 *
 * Precision: the absolute differences are summed as integers (exact) and divided once. VBench
 * averages in float32 (numpy pairwise sums), so its value can differ from ours in about the 7th
 * significant digit; ours is the exact value its formula describes.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { probeVideo, readFrames, type VideoProbe } from "../../../common/src/media";

/**
 * Streaming temporal_flickering: push frames in order, read the score at the end. Only the
 * previous frame is kept (copied, so callers may reuse their buffers).
 *
 * Sums stay exact while they fit in 2^53: at 4K (24.9 MB frames) that is over a million pairs.
 */
export class TemporalFlickering {
  private prev: Uint8Array | undefined;
  private count = 0;
  /** Σ over pairs of Σ over bytes |a-b|: an exact integer. */
  private absDiffSum = 0;

  /** Frames pushed so far. */
  get frames(): number {
    return this.count;
  }

  /** Adds the next frame (any packed 8-bit layout; all frames must have the same length). */
  push(frame: Uint8Array): void {
    if (frame.length === 0) throw new FleetError(FleetErrorCode.INVALID_INPUT, "temporal_flickering: empty frame");
    const prev = this.prev;
    if (prev === undefined) {
      this.prev = Uint8Array.from(frame);
      this.count = 1;
      return;
    }
    if (frame.length !== prev.length) {
      // VBench prints "Images don't have the same shape." and then fails on a None; we say why.
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `temporal_flickering: frame ${this.count} has ${frame.length} bytes, the first had ${prev.length}`,
      );
    }
    let sum = 0;
    // Hot loop (millions of bytes per frame): plain indexed access, no allocation.
    for (let i = 0; i < frame.length; i++) {
      const d = (prev[i] as number) - (frame[i] as number);
      sum += d < 0 ? -d : d;
    }
    this.absDiffSum += sum;
    prev.set(frame);
    this.count += 1;
  }

  /**
   * The per-video score in [0, 1] (1 = no change between frames), or undefined with fewer than
   * 2 frames: VBench then takes np.mean of an empty list, which is NaN (1 frame), or fails its
   * `assert frames != []` (0 frames). Neither is a number, so we return none.
   */
  result(): number | undefined {
    if (this.prev === undefined || this.count < 2) return undefined;
    // Mean of the per-pair means == total / (pairs * bytes per frame): every pair has the same size.
    const meanMae = this.absDiffSum / ((this.count - 1) * this.prev.length);
    return (255 - meanMae) / 255;
  }
}

/** Options of {@link temporalFlickeringOfFile}. */
export interface TemporalFlickeringFileOptions {
  signal?: AbortSignal;
  ffmpegPath?: string;
  ffprobePath?: string;
  /** Called after each decoded frame; `total` is the container's frame count when it declares one. */
  onProgress?: (decoded: number, total: number | undefined) => void;
}

/** What {@link temporalFlickeringOfFile} found. */
export interface TemporalFlickeringFileResult {
  /** The VBench per-video score; undefined for videos with fewer than 2 frames. */
  readonly score: number | undefined;
  /** Header metadata, with `frames` replaced by the number of frames actually decoded. */
  readonly probe: VideoProbe;
}

/**
 * temporal_flickering of one video file, decoding it once (bgr24, every frame, as cv2 does).
 * Errors as probeVideo/readFrames: NOT_FOUND, DEPENDENCY_MISSING, OUTPUT_INVALID, abort reason.
 */
export async function temporalFlickeringOfFile(file: string, opts: TemporalFlickeringFileOptions = {}): Promise<TemporalFlickeringFileResult> {
  const signalOpt = opts.signal ? { signal: opts.signal } : {};
  // Headers only: the decode below counts the frames, so -count_frames would decode twice.
  const header = await probeVideo(file, { ...signalOpt, countFrames: false, ...(opts.ffprobePath ? { ffprobePath: opts.ffprobePath } : {}) });
  const tf = new TemporalFlickering();
  const total = header.frames > 0 ? header.frames : undefined;
  const frames = readFrames(file, {
    width: header.width,
    height: header.height,
    pixFmt: "bgr24",
    ...signalOpt,
    ...(opts.ffmpegPath ? { ffmpegPath: opts.ffmpegPath } : {}),
  });
  for await (const frame of frames) {
    tf.push(frame);
    opts.onProgress?.(tf.frames, total);
  }
  const durationS = header.durationS > 0 ? header.durationS : tf.frames / header.fps;
  return { score: tf.result(), probe: { ...header, frames: tf.frames, durationS } };
}
