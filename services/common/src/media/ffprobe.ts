/**
 * Video metadata through ffprobe, plus the small process helpers every media module shares
 * (spawning ffmpeg-family tools safely and turning their failures into FleetErrors).
 *
 * Tools are always spawned with an argv array, never through a shell, and input paths are
 * passed as `file:<absolute path>` so that a file named `concat:…`, `http://…` or `-y` is read
 * as a plain file instead of being taken for a protocol or an option.
 */
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import path from "node:path";
import { FleetError, FleetErrorCode } from "../errors";

/** What ffprobe says about a video's first video stream. */
export interface VideoProbe {
  /** Decoded frame count (see {@link ProbeOptions.countFrames}). */
  readonly frames: number;
  /** Frames per second, from the stream's `r_frame_rate` fraction. */
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  /** Container duration, seconds (frames / fps when the container does not say). */
  readonly durationS: number;
  /** ffprobe's `codec_name`, e.g. `h264`. */
  readonly codec: string;
}

/** Options of {@link probeVideo}. */
export interface ProbeOptions {
  signal?: AbortSignal;
  /** Kill ffprobe and fail with TIMEOUT after this long, ms. @default 60000 */
  timeoutMs?: number;
  /** @default "ffprobe" (looked up on PATH) */
  ffprobePath?: string;
  /**
   * Decode the whole stream to count frames (`-count_frames`, exact, costs one full decode).
   * When false only headers are read and `frames` is the container's declared `nb_frames`
   * (0 when the container does not declare it).
   * @default true
   */
  countFrames?: boolean;
}

/** Default ffprobe time limit: -count_frames decodes everything, which is seconds for benchmark clips. */
export const DEFAULT_PROBE_TIMEOUT_MS = 60_000;

/** Bytes of a tool's stderr kept for error messages: the end is where the reason is. */
const STDERR_TAIL_BYTES = 4096;

/** Probes the first video stream of `file`. See the module doc for the error mapping. */
export async function probeVideo(file: string, opts: ProbeOptions = {}): Promise<VideoProbe> {
  const bin = opts.ffprobePath ?? "ffprobe";
  const countFrames = opts.countFrames ?? true;
  opts.signal?.throwIfAborted();
  await assertVideoFile(file);
  const entries = countFrames
    ? "stream=nb_read_frames,r_frame_rate,avg_frame_rate,width,height,codec_name:format=duration"
    : "stream=nb_frames,r_frame_rate,avg_frame_rate,width,height,codec_name:format=duration";
  const args = ["-v", "error", ...(countFrames ? ["-count_frames"] : []), "-select_streams", "v:0"];
  args.push("-show_entries", entries, "-of", "json", mediaInputArg(file));
  const res = await runMediaTool(bin, args, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    timeoutMs: opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    what: `probing ${file}`,
  });
  if (res.code !== 0) {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `${file} is not a decodable video: ${stderrSummary(res.stderr, res.code)}`);
  }
  return parseProbe(file, res.stdout.toString("utf8"), countFrames, res.stderr);
}

function parseProbe(file: string, json: string, countFrames: boolean, stderr: string): VideoProbe {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffprobe printed no JSON for ${file}: ${stderrSummary(stderr, 0)}`);
  }
  const streams = field(doc, "streams");
  const stream: unknown = Array.isArray(streams) ? streams[0] : undefined;
  if (stream === undefined) {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `${file} has no video stream${stderr ? `: ${stderrSummary(stderr, 0)}` : ""}`);
  }
  const width = toNumber(field(stream, "width"));
  const height = toNumber(field(stream, "height"));
  // r_frame_rate is what the brief (and cv2's CAP_PROP_FPS fallback) use; avg_frame_rate covers
  // streams where ffprobe could not guess a base rate ("0/0").
  const fps = parseRate(field(stream, "r_frame_rate")) ?? parseRate(field(stream, "avg_frame_rate"));
  const frames = toNumber(field(stream, countFrames ? "nb_read_frames" : "nb_frames")) ?? 0;
  if (width === undefined || height === undefined || width <= 0 || height <= 0) {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `${file}: ffprobe reports no frame size for the video stream`);
  }
  if (fps === undefined) {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `${file}: ffprobe reports no frame rate for the video stream`);
  }
  if (countFrames && frames <= 0) {
    throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `${file}: the video stream has no decodable frames${stderr ? `: ${stderrSummary(stderr, 0)}` : ""}`);
  }
  const codecRaw = field(stream, "codec_name");
  const duration = toNumber(field(field(doc, "format"), "duration"));
  return {
    frames,
    fps,
    width,
    height,
    durationS: duration ?? (frames > 0 ? frames / fps : 0),
    codec: typeof codecRaw === "string" ? codecRaw : "unknown",
  };
}

function field(obj: unknown, key: string): unknown {
  return typeof obj === "object" && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;
}

/** ffprobe prints numbers as JSON numbers or strings ("13", "0.543000", "N/A"). */
function toNumber(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** "24000/1001" → 23.976…; "0/0" and garbage → undefined. */
export function parseRate(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?))?\s*$/.exec(v);
  if (!m) return undefined;
  const num = Number(m[1]);
  const den = m[2] === undefined ? 1 : Number(m[2]);
  return num > 0 && den > 0 ? num / den : undefined;
}

// ---------------------------------------------------------------------------------------------
// Shared process helpers (used by frames.ts and the synthetic backend).

/** `file:` + absolute path, so that ffmpeg never reads a path as a protocol URL or an option. */
export function mediaInputArg(file: string): string {
  return `file:${path.resolve(file)}`;
}

/** NOT_FOUND when `file` is missing, INVALID_INPUT when it exists but is not a readable regular file. */
export async function assertVideoFile(file: string): Promise<void> {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new FleetError(FleetErrorCode.INVALID_INPUT, `video path ${file} is not a regular file`);
  } catch (err) {
    if (err instanceof FleetError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new FleetError(FleetErrorCode.NOT_FOUND, `video file not found: ${file}`, { cause: err });
    }
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `cannot read video file ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** Maps a spawn failure: a missing or non-executable binary is DEPENDENCY_MISSING with the fix. */
export function toolSpawnError(err: unknown, bin: string): FleetError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "ENOTDIR") {
    return new FleetError(
      FleetErrorCode.DEPENDENCY_MISSING,
      `${bin} could not be started (${code}): install ffmpeg, which provides ffmpeg and ffprobe (apt-get install ffmpeg), or set the path to the binary`,
      { cause: err },
    );
  }
  return new FleetError(FleetErrorCode.INTERNAL, `${bin} could not be started: ${(err as Error).message}`, { cause: err });
}

/** Keeps only the last `max` bytes of a stream: enough for the error, bounded for chatty tools. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly max = STDERR_TAIL_BYTES) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - (this.chunks[0]?.length ?? 0) >= this.max && this.chunks.length > 1) {
      this.size -= (this.chunks.shift() as Buffer).length;
    }
  }
  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.max)).toString("utf8");
  }
}

/** One line for an error message: the tool's stderr tail, or its exit status when it said nothing. */
export function stderrSummary(stderr: string, code: number | null, signal?: NodeJS.Signals | null): string {
  const text = stderr.trim();
  if (text) return text;
  return signal ? `killed by ${signal}` : `exit code ${code ?? "unknown"} and no message`;
}

/** How a tool run by {@link runMediaTool} ended. */
export interface MediaToolResult {
  /** Exit code (null when killed by a signal). */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  /** The last few KiB of stderr. */
  readonly stderr: string;
}

/** Options of {@link runMediaTool}. */
export interface MediaToolOptions {
  signal?: AbortSignal;
  /** Kill the tool and fail with TIMEOUT after this long, ms. @default no limit */
  timeoutMs?: number;
  /** For messages: "probing x.mp4". */
  what?: string;
  /** Called once the process runs (tests use the pid to check it is gone afterwards). */
  onSpawn?: (pid: number) => void;
  /** Fail when stdout grows past this, bytes: tools here print small JSON or nothing. @default 16 MiB */
  maxStdoutBytes?: number;
}

/**
 * Runs a tool to completion and resolves with its exit status and output, whatever the status
 * (callers decide what a non-zero exit means). Rejects with DEPENDENCY_MISSING when it cannot
 * start, TIMEOUT past `timeoutMs`, or the signal's reason on abort. It settles only after the
 * process has exited, so a caller that cleans up afterwards (deletes a partial output) never
 * races a still-running child.
 */
export function runMediaTool(bin: string, args: readonly string[], opts: MediaToolOptions = {}): Promise<MediaToolResult> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const maxStdout = opts.maxStdoutBytes ?? 16 * 2 ** 20;
  return new Promise<MediaToolResult>((resolve, reject) => {
    let failure: { err: unknown } | undefined;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    const stderr = new TailBuffer();
    let child;
    try {
      child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
      // Synchronous throws are argument errors (a NUL byte in a path), not a missing binary.
      reject(new FleetError(FleetErrorCode.INVALID_INPUT, `cannot run ${bin}: ${(err as Error).message}`, { cause: err }));
      return;
    }
    const proc = child;
    const kill = (why: unknown): void => {
      failure ??= { err: why };
      proc.kill("SIGKILL");
    };
    const onAbort = (): void => kill(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              kill(new FleetError(FleetErrorCode.TIMEOUT, `${bin} timed out after ${opts.timeoutMs} ms${opts.what ? ` ${opts.what}` : ""}`)),
            opts.timeoutMs,
          );
    proc.once("spawn", () => {
      if (proc.pid !== undefined) opts.onSpawn?.(proc.pid);
    });
    proc.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        kill(new FleetError(FleetErrorCode.INTERNAL, `${bin} printed more than ${maxStdout} bytes${opts.what ? ` ${opts.what}` : ""}`));
        return;
      }
      stdout.push(chunk);
    });
    proc.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    // A spawn failure emits 'error' and then 'close'; remember it so 'close' rejects with it.
    proc.on("error", (err) => {
      failure ??= { err: proc.pid === undefined ? toolSpawnError(err, bin) : err };
    });
    proc.once("close", (code: number | null, sig: NodeJS.Signals | null) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (failure) reject(failure.err);
      else resolve({ code, signal: sig, stdout: Buffer.concat(stdout), stderr: stderr.toString() });
    });
  });
}
