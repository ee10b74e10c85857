/**
 * Poster frames for the run page: one small JPEG per video in `<run>/.previews/<task>.jpg`,
 * extracted with ffmpeg (argv, never a shell). Best effort by design: a missing ffmpeg or a video
 * that does not decode leaves that card without a poster, it never fails the report.
 */
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { FleetError, FleetErrorCode, isFleetError } from "../../errors";
import { mediaInputArg, runMediaTool } from "../../media";
import { resolveInside } from "../../paths";
import type { ReportItem, RunReport } from "../types";

/** Folder of the poster frames, relative to the run folder. */
export const PREVIEWS_DIR = ".previews";
/** Posters are at most this wide (height follows the video's aspect). */
const POSTER_WIDTH = 320;
/** ffmpeg runs at most this many at once: the aggregator shares the machine with others. */
const PARALLEL = 4;

/** Options of {@link extractPosters}. */
export interface PosterOptions {
  /** @default "ffmpeg" (looked up on PATH) */
  ffmpegPath?: string;
  /** Per video. @default 20 s */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What {@link extractPosters} made: relative hrefs by task id, and why some are missing. */
export interface Posters {
  readonly posters: Map<string, string>;
  readonly failed: number;
  /** Set when ffmpeg could not be run at all. */
  readonly missingTool?: string;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Extracts (or reuses, when newer than its video) a poster per committed video. */
export async function extractPosters(report: RunReport, runDir: string, opts: PosterOptions = {}): Promise<Posters> {
  const posters = new Map<string, string>();
  const todo = report.items.filter((it) => it.output_path && SAFE_ID.test(it.task_id));
  if (todo.length === 0) return { posters, failed: 0 };
  await mkdir(join(runDir, PREVIEWS_DIR), { recursive: true });
  let failed = 0;
  let missingTool: string | undefined;
  let next = 0;
  const work = async (): Promise<void> => {
    // Each runner takes the next video until none is left, so at most PARALLEL ffmpegs run.
    while (next < todo.length && missingTool === undefined) {
      const it = todo[next++] as ReportItem;
      try {
        posters.set(it.task_id, await poster(it, runDir, opts));
      } catch (err) {
        failed++;
        if (isFleetError(err) && err.code === FleetErrorCode.DEPENDENCY_MISSING) missingTool = err.message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, work));
  return { posters, failed, ...(missingTool ? { missingTool } : {}) };
}

async function poster(it: ReportItem, runDir: string, opts: PosterOptions): Promise<string> {
  const video = resolveInside(runDir, it.output_path as string);
  const rel = `${PREVIEWS_DIR}/${it.task_id}.jpg`;
  const out = resolveInside(runDir, rel);
  const [v, p] = await Promise.all([stat(video), stat(out).catch(() => null)]);
  if (p && p.size > 0 && p.mtimeMs >= v.mtimeMs) return rel;
  // A frame a third of the way in: first frames are often black or a fade-in.
  const at = it.video && it.video.fps > 0 ? it.video.frames / it.video.fps / 3 : 0;
  const args = ["-nostdin", "-hide_banner", "-v", "error", "-y", "-ss", at.toFixed(3), "-i", mediaInputArg(video)];
  args.push("-map", "0:v:0", "-frames:v", "1", "-vf", `scale=w='min(${POSTER_WIDTH},iw)':h=-2`, "-q:v", "5", "-f", "image2", mediaInputArg(out));
  const res = await runMediaTool(opts.ffmpegPath ?? "ffmpeg", args, { timeoutMs: opts.timeoutMs ?? 20_000, what: `extracting a poster of ${it.output_path}`, ...(opts.signal ? { signal: opts.signal } : {}) });
  if (res.code !== 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffmpeg exited ${res.code} extracting a poster of ${it.output_path}: ${res.stderr.trim()}`);
  const made = await stat(out);
  if (made.size === 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffmpeg wrote an empty poster for ${it.output_path}`);
  return rel;
}
