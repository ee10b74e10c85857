/**
 * Poster frames: one small JPEG per video, shown by report.html before a video plays. The
 * generator worker makes it from the video it just validated and commits it beside the video
 * (docs/reports.md), so a report does no media work at all, however many videos a run has.
 *
 * ffmpeg runs by argv (never a shell), with the input as `file:<absolute path>` and a time limit.
 */
import { stat } from "node:fs/promises";
import { FleetError, FleetErrorCode } from "../errors";
import { mediaInputArg, runMediaTool } from "./ffprobe";

/** Folder of the poster frames, relative to the run folder (hidden: not part of the benchmark's layout). */
export const PREVIEWS_DIR = ".previews";
/** Posters are at most this wide (the height follows the video's aspect). */
export const POSTER_WIDTH = 320;
/** Default time limit of one poster, ms: one seek and one frame, but on a busy machine. */
export const DEFAULT_POSTER_TIMEOUT_MS = 20_000;

/** Task ids are hex-ish; anything else never becomes a file name. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Where a task's poster lives, relative to the run folder: `.previews/<task id>.jpg`. Throws
 * INVALID_INPUT for a task id that is not a plain name, so no id can lead out of the folder.
 */
export function posterPathFor(taskId: string): string {
  if (!SAFE_ID.test(taskId)) throw new FleetError(FleetErrorCode.INVALID_INPUT, `task id "${taskId}" cannot name a poster file (letters, digits, '_' and '-' only)`);
  return `${PREVIEWS_DIR}/${taskId}.jpg`;
}

/** Options of {@link makePoster}. */
export interface PosterOptions {
  /** Length of the video, seconds; the frame is taken a third of the way in. @default 0 (first frame) */
  durationS?: number;
  /** @default "ffmpeg" (looked up on PATH) */
  ffmpegPath?: string;
  /** @default {@link DEFAULT_POSTER_TIMEOUT_MS} */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Writes a JPEG poster of `video` to `out` (overwritten; `out` must end in .jpg). Throws
 * OUTPUT_INVALID when ffmpeg fails or writes nothing, DEPENDENCY_MISSING without ffmpeg,
 * TIMEOUT past the time limit, the signal's reason on abort. Callers treat a poster as a
 * nicety: a failure here must not fail the video.
 */
export async function makePoster(video: string, out: string, opts: PosterOptions = {}): Promise<void> {
  // A third of the way in: first frames are often black or a fade-in.
  const at = opts.durationS && Number.isFinite(opts.durationS) && opts.durationS > 0 ? opts.durationS / 3 : 0;
  const args = ["-nostdin", "-hide_banner", "-v", "error", "-y", "-ss", at.toFixed(3), "-i", mediaInputArg(video)];
  // -update 1: one image, and the name is never read as a numbered pattern (%d).
  args.push("-map", "0:v:0", "-frames:v", "1", "-vf", `scale=w='min(${POSTER_WIDTH},iw)':h=-2`, "-q:v", "5", "-f", "image2", "-update", "1", mediaInputArg(out));
  const res = await runMediaTool(opts.ffmpegPath ?? "ffmpeg", args, {
    timeoutMs: opts.timeoutMs ?? DEFAULT_POSTER_TIMEOUT_MS,
    what: `making a poster of ${video}`,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  if (res.code !== 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffmpeg exited ${res.code ?? res.signal} making a poster of ${video}: ${res.stderr.trim() || "no message"}`);
  const made = await stat(out).catch(() => undefined);
  if (!made || made.size === 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffmpeg wrote no poster for ${video}`);
}
