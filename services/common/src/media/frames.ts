/**
 * Decodes a video into raw frames with ffmpeg, one frame at a time: the whole video is never
 * held in memory (a 1080p, 5 s clip is ~750 MB of bgr24).
 */
import { spawn } from "node:child_process";
import { FleetError, FleetErrorCode } from "../errors";
import { TailBuffer, assertVideoFile, mediaInputArg, runMediaTool, stderrSummary, toolSpawnError } from "./ffprobe";

/** Options of {@link readFrames}. */
export interface ReadFramesOptions {
  /** Frame width in pixels, as the decoder outputs it (display size after rotation metadata). */
  width: number;
  height: number;
  /** Byte order of each pixel; bgr24 is what cv2.VideoCapture returns. @default "bgr24" */
  pixFmt?: "bgr24" | "rgb24";
  signal?: AbortSignal;
  /** @default "ffmpeg" (looked up on PATH) */
  ffmpegPath?: string;
}

/**
 * Yields every decoded frame of the first video stream of `file` as a fresh Buffer of exactly
 * width*height*3 bytes (packed, no padding, no scaling, no frames dropped or duplicated).
 * Each Buffer belongs to the consumer: it is never reused.
 *
 * Errors: NOT_FOUND (no such file), DEPENDENCY_MISSING (no ffmpeg), OUTPUT_INVALID (ffmpeg
 * fails, or the bytes do not end on a frame boundary: usually a wrong width/height), the
 * signal's reason on abort. Stopping early (`break`, `return()`) kills ffmpeg; a consumer that
 * neither finishes nor returns leaves ffmpeg blocked on its pipe until the signal aborts.
 */
export async function* readFrames(file: string, opts: ReadFramesOptions): AsyncGenerator<Buffer, void, undefined> {
  const { width, height, signal } = opts;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `readFrames needs a positive integer width and height, got ${width}x${height}`);
  }
  const bin = opts.ffmpegPath ?? "ffmpeg";
  const frameBytes = width * height * 3;
  signal?.throwIfAborted();
  await assertVideoFile(file);
  const syncArgs = await passthroughArgs(bin, signal);
  signal?.throwIfAborted();
  const args = ["-nostdin", "-hide_banner", "-v", "error", "-i", mediaInputArg(file)];
  // Only the first video stream: rawvideo has room for one stream, and audio would only cost time.
  args.push("-map", "0:v:0", "-an", "-sn", "-dn", ...syncArgs, "-f", "rawvideo", "-pix_fmt", opts.pixFmt ?? "bgr24", "pipe:1");

  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  const stderr = new TailBuffer();
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  // Registered at once so that an exit before we get to await it is not missed.
  const closed = new Promise<{ code: number | null; sig: NodeJS.Signals | null }>((resolve) =>
    child.once("close", (code: number | null, sig: NodeJS.Signals | null) => resolve({ code, sig })),
  );
  const spawned = new Promise<void>((resolve, reject) => {
    child.once("spawn", resolve);
    child.once("error", reject);
  });
  // Later 'error' events (a failed kill) must not crash the process; 'close' still follows.
  child.on("error", () => undefined);
  const onAbort = (): void => {
    child.kill("SIGKILL");
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    try {
      await spawned;
    } catch (err) {
      throw toolSpawnError(err, bin);
    }
    let frame = Buffer.allocUnsafe(frameBytes);
    let filled = 0;
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      // Pipe chunks (64 KiB) rarely line up with frames: copy across boundaries.
      while (offset < chunk.length) {
        const n = Math.min(frameBytes - filled, chunk.length - offset);
        chunk.copy(frame, filled, offset, offset + n);
        filled += n;
        offset += n;
        if (filled === frameBytes) {
          // One chunk can hold several frames, and a killed ffmpeg leaves buffered bytes behind:
          // check before every frame so none is handed out after an abort.
          if (signal?.aborted) throw signal.reason;
          yield frame;
          frame = Buffer.allocUnsafe(frameBytes);
          filled = 0;
        }
      }
    }
    const { code, sig } = await closed;
    if (signal?.aborted) throw signal.reason;
    if (code !== 0) {
      throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `ffmpeg could not decode ${file}: ${stderrSummary(stderr.toString(), code, sig)}`);
    }
    if (filled !== 0) {
      throw new FleetError(
        FleetErrorCode.OUTPUT_INVALID,
        `${file}: decoded data ends with a partial frame (${filled} of ${frameBytes} bytes); is ${width}x${height} the video's real size?`,
      );
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    // Reached on early return() too: the consumer stopped, so ffmpeg must not keep decoding.
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await closed;
  }
}

/** ffmpeg binary → the argv that disables frame-rate conversion, decided once per binary. */
const passthroughCache = new Map<string, Promise<string[]>>();

/**
 * `-fps_mode passthrough` (ffmpeg >= 5.1) or `-vsync passthrough` (older; deprecated since 5.1).
 * Without it ffmpeg may duplicate or drop frames to keep a constant rate, and cv2 (which this
 * mirrors) returns exactly the decoded frames.
 */
export function passthroughArgs(bin: string, signal?: AbortSignal): Promise<string[]> {
  let cached = passthroughCache.get(bin);
  if (!cached) {
    cached = runMediaTool(bin, ["-hide_banner", "-h", "long"], { timeoutMs: 30_000, what: "listing options" }).then((res) =>
      res.stdout.toString("utf8").includes("-fps_mode") ? ["-fps_mode", "passthrough"] : ["-vsync", "passthrough"],
    );
    // A failed check (ffmpeg missing) is not remembered: it may be installed before the next call.
    cached.catch(() => passthroughCache.delete(bin));
    passthroughCache.set(bin, cached);
  }
  if (!signal) return cached;
  // The shared check is not killed by one caller's abort, but that caller stops waiting for it.
  const sig = signal;
  return new Promise<string[]>((resolve, reject) => {
    const onAbort = (): void => reject(sig.reason);
    if (sig.aborted) return onAbort();
    sig.addEventListener("abort", onAbort, { once: true });
    (cached as Promise<string[]>).then(resolve, reject).finally(() => sig.removeEventListener("abort", onAbort));
  });
}
