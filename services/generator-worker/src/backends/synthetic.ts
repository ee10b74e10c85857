/**
 * The synthetic backend: makes real, valid H.264 MP4 videos on the CPU with ffmpeg, so that the
 * demo, the tests and the fleet benchmarks exercise every path (placement, leases, output
 * validation, evaluation) without a GPU or a model. It is called "synthetic" everywhere.
 *
 * Content is a function of sha256(prompt, seed, conditioning) only, where conditioning is the
 * content of the input files (first frame, camera trajectory …) and the item's parameters (action,
 * text segments …): a benchmark's inputs visibly change the video, as they would a model's. Neither
 * the prompt nor any input reaches ffmpeg's argv or a filter string, so none can inject options,
 * filters or file names. With the
 * bit-exact flags below and one encoder thread, the same inputs give byte-identical files on
 * the same ffmpeg/x264 build.
 */
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { delay, linkSignals } from "../../../common/src/abort";
import { FleetError, FleetErrorCode, IllegalStateError } from "../../../common/src/errors";
import type { Logger } from "../../../common/src/log";
import { mediaInputArg, runMediaTool } from "../../../common/src/media";
import type {
  BackendCallContext,
  BackendFactory,
  BackendInstance,
  DeviceLease,
  GenerateRequest,
  VideoShape,
} from "../../../worker-runtime/src/backend";

/** Options of {@link SyntheticBackendFactory}. */
export interface SyntheticBackendOptions {
  /** Backend name (`[a-z0-9][a-z0-9_-]*`). @default "synthetic" */
  name?: string;
  /** GPU memory one instance claims to need, MiB, so placement can be exercised. @default 0 */
  memoryMiB?: number;
  /** Simulated model load time, ms. @default 0 */
  loadMs?: number;
  /** @default "ffmpeg" (looked up on PATH) */
  ffmpegPath?: string;
  /** x264 constant rate factor, 0-51 (ignored by the mpeg4 fallback). @default 23 */
  crf?: number;
}

/** Encoder the installed ffmpeg offers: libx264, or the built-in mpeg4 where it was built without x264. */
export type SyntheticEncoder = "libx264" | "mpeg4";

const NAME_RE = /^[a-z0-9][a-z0-9_-]*$/;
/** Share of the progress bar given to the simulated GPU time; the encode takes the rest. */
const SIMULATED_SHARE = 0.9;

/** Loads {@link SyntheticBackendOptions}-configured synthetic generators. */
export class SyntheticBackendFactory implements BackendFactory {
  readonly name: string;
  readonly kind = "gen" as const;
  readonly memoryMiB: number;
  private readonly loadMs: number;
  private readonly ffmpegPath: string;
  private readonly crf: number;

  constructor(opts: SyntheticBackendOptions = {}) {
    this.name = opts.name ?? "synthetic";
    this.memoryMiB = opts.memoryMiB ?? 0;
    this.loadMs = opts.loadMs ?? 0;
    this.ffmpegPath = opts.ffmpegPath ?? "ffmpeg";
    this.crf = opts.crf ?? 23;
    const issues: string[] = [];
    if (!NAME_RE.test(this.name)) issues.push(`name "${this.name}" must match [a-z0-9][a-z0-9_-]*`);
    if (!(this.memoryMiB >= 0 && Number.isFinite(this.memoryMiB))) issues.push(`memoryMiB must be >= 0, got ${this.memoryMiB}`);
    if (!(this.loadMs >= 0 && Number.isFinite(this.loadMs))) issues.push(`loadMs must be >= 0, got ${this.loadMs}`);
    if (!(this.crf >= 0 && this.crf <= 51)) issues.push(`crf must be within 0-51, got ${this.crf}`);
    if (issues.length > 0) {
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `synthetic backend options are invalid: ${issues.join("; ")}`);
    }
  }

  /** Waits `loadMs` (abortable), then checks ffmpeg is there and which encoder it has. */
  async load(_device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance> {
    await delay(this.loadMs, ctx.signal);
    const encoder = await detectEncoder(this.ffmpegPath, ctx.signal);
    if (encoder !== "libx264") ctx.log.warn("synthetic backend: ffmpeg has no libx264, falling back to mpeg4", { ffmpeg: this.ffmpegPath });
    return new SyntheticBackendInstance(this.ffmpegPath, encoder, this.crf);
  }
}

/** Asks ffmpeg which encoders it has. DEPENDENCY_MISSING when ffmpeg is not installed. */
export async function detectEncoder(ffmpegPath: string, signal?: AbortSignal): Promise<SyntheticEncoder> {
  const res = await runMediaTool(ffmpegPath, ["-hide_banner", "-encoders"], {
    ...(signal ? { signal } : {}),
    timeoutMs: 30_000,
    what: "listing encoders",
  });
  return /^\s*V\S*\s+libx264\s/m.test(res.stdout.toString("utf8")) ? "libx264" : "mpeg4";
}

class SyntheticBackendInstance implements BackendInstance {
  private closed = false;
  private busy = false;
  private readonly closing = new AbortController();

  constructor(
    private readonly ffmpegPath: string,
    private readonly encoder: SyntheticEncoder,
    private readonly crf: number,
  ) {}

  alive(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Stops a generate() still running (kills its ffmpeg) so close() leaves no child behind.
    this.closing.abort(new IllegalStateError("synthetic backend closed"));
  }

  async generate(req: GenerateRequest, ctx: BackendCallContext): Promise<void> {
    if (this.closed) throw new IllegalStateError("Not loaded. Current state: closed");
    if (this.busy) throw new IllegalStateError("synthetic backend runs one request at a time. Current state: busy");
    validateRequest(req);
    this.busy = true;
    const signal = linkSignals(ctx.signal, this.closing.signal);
    try {
      signal.throwIfAborted();
      simulateCrash(req);
      // A simulated OOM comes part-way through, as a real one does once activations grow.
      const oom = simulatedOom(req, ctx);
      await simulateGpuTime(oom ? Math.min(req.simulatedMs, 200) : req.simulatedMs, signal, ctx);
      if (oom) throw new FleetError(FleetErrorCode.RESOURCE_EXHAUSTED, `CUDA out of memory (simulated: ${oom})`);
      const conditioning = await readConditioning(req, signal);
      const args = syntheticFfmpegArgs(req, { encoder: this.encoder, crf: this.crf }, conditioning);
      ctx.progress(SIMULATED_SHARE, "encoding");
      await this.encode(args, req.outputFile, signal, ctx);
      ctx.progress(1);
    } finally {
      this.busy = false;
    }
  }

  private async encode(args: string[], outputFile: string, signal: AbortSignal, ctx: BackendCallContext): Promise<void> {
    try {
      const res = await runMediaTool(this.ffmpegPath, args, {
        signal,
        what: `writing ${outputFile}`,
        onSpawn: (pid) => ctx.log.debug("synthetic: ffmpeg started", { pid, argv: args }),
      });
      if (res.code !== 0) {
        const tail = res.stderr.trim().split("\n").slice(-10).join("\n");
        throw new FleetError(
          FleetErrorCode.BACKEND_FAILED,
          `synthetic backend: ffmpeg failed (${res.signal ? `killed by ${res.signal}` : `exit code ${res.code}`}) writing ${outputFile}: ${tail || "no message"}`,
        );
      }
    } catch (err) {
      // runMediaTool settles only after ffmpeg exited, so nothing writes the file after this rm.
      await rm(outputFile, { force: true });
      throw err;
    }
  }
}

/** INVALID_INPUT for a shape ffmpeg/x264 cannot produce (yuv420p needs even sizes). */
function validateRequest(req: GenerateRequest): void {
  const { frames, fps, width, height } = req.video;
  const issues: string[] = [];
  if (!Number.isInteger(frames) || frames < 1) issues.push(`frames must be an integer >= 1, got ${frames}`);
  if (!Number.isFinite(fps) || fps <= 0 || fps > 1000) issues.push(`fps must be within (0, 1000], got ${fps}`);
  for (const [k, v] of [
    ["width", width],
    ["height", height],
  ] as const) {
    if (!Number.isInteger(v) || v < 2 || v > 8192) issues.push(`${k} must be an integer within 2-8192, got ${v}`);
    else if (v % 2 !== 0) issues.push(`${k} must be even for H.264 yuv420p, got ${v}`);
  }
  if (!Number.isFinite(req.simulatedMs) || req.simulatedMs < 0) issues.push(`simulatedMs must be >= 0, got ${req.simulatedMs}`);
  if (!req.outputFile) issues.push("outputFile is empty");
  if (issues.length > 0) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `synthetic backend cannot make task ${req.taskId}: ${issues.join("; ")}`);
  }
}

/** Sleeps `ms` in small steps, reporting progress so the task's lease stays alive. */
async function simulateGpuTime(ms: number, signal: AbortSignal, ctx: BackendCallContext): Promise<void> {
  const start = Date.now();
  // Steps of ~1/20 of the time, bounded, so progress moves and an abort lands within 250 ms.
  const step = Math.min(250, Math.max(10, ms / 20));
  for (let elapsed = 0; elapsed < ms; elapsed = Date.now() - start) {
    ctx.progress((SIMULATED_SHARE * elapsed) / ms, "simulating GPU time");
    await delay(Math.min(step, ms - elapsed), signal);
  }
}

/**
 * The full ffmpeg argv for one synthetic video. Pure and exported so tests can check that the
 * prompt never appears in it: every value is a number or a fixed word derived from the hash.
 */
export function syntheticFfmpegArgs(
  req: Pick<GenerateRequest, "prompt" | "seed" | "video" | "outputFile">,
  enc: { encoder: SyntheticEncoder; crf: number },
  conditioning = "",
): string[] {
  const graph = syntheticFilterGraph(req.prompt, req.seed, req.video, conditioning);
  const rate = fpsToRational(req.video.fps);
  const codec =
    enc.encoder === "libx264"
      ? ["-c:v", "libx264", "-preset", "veryfast", "-crf", String(enc.crf)]
      : ["-c:v", "mpeg4", "-q:v", "4"];
  return [
    "-nostdin",
    "-hide_banner",
    "-v",
    "error",
    "-f",
    "lavfi",
    "-i",
    graph,
    "-frames:v",
    String(req.video.frames),
    "-r",
    rate,
    ...codec,
    "-pix_fmt",
    "yuv420p",
    // One thread: x264 writes its thread count into the stream (SEI) and threading changes its
    // decisions, so without this the bytes would depend on the machine's core count.
    "-threads",
    "1",
    "-an",
    "-movflags",
    "+faststart",
    // No version strings, dates or metadata: the same inputs must give the same bytes.
    "-fflags",
    "+bitexact",
    "-flags:v",
    "+bitexact",
    "-map_metadata",
    "-1",
    "-f",
    "mp4",
    "-y",
    mediaInputArg(req.outputFile),
  ];
}

/** Reads numbers out of the digest; each call takes the next bytes. */
class HashReader {
  private pos = 0;
  constructor(private readonly bytes: Buffer) {}
  u8(): number {
    const v = this.bytes[this.pos % this.bytes.length] as number;
    this.pos += 1;
    return v;
  }
  u32(): number {
    return ((this.u8() << 24) | (this.u8() << 16) | (this.u8() << 8) | this.u8()) >>> 0;
  }
  /** Uniform-ish in [lo, hi] with 1/255 resolution. */
  range(lo: number, hi: number): number {
    return lo + ((hi - lo) * this.u8()) / 255;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.u8() % items.length] as T;
  }
  color(): string {
    return `0x${this.u8().toString(16).padStart(2, "0")}${this.u8().toString(16).padStart(2, "0")}${this.u8().toString(16).padStart(2, "0")}`;
  }
}

const SOURCES = ["testsrc2", "mandelbrot", "life", "gradients", "cellauto"] as const;

/**
 * sha256 over an unambiguous encoding of (prompt, seed, conditioning); versioned so a change of
 * recipe is explicit. Without conditioning it is the v1 recipe, so earlier videos stay identical.
 */
export function syntheticDigest(prompt: string, seed: number, conditioning = ""): Buffer {
  const parts = conditioning ? ["framefleet-synthetic/v2", prompt, seed, conditioning] : ["framefleet-synthetic/v1", prompt, seed];
  return createHash("sha256").update(JSON.stringify(parts), "utf8").digest();
}

/**
 * The request's conditioning as one string: each input file's sha256 by role and the content
 * parameters, sorted. Reading the files is also the check that they reached this node: a missing
 * or unreadable input is the task's fault (INVALID_INPUT, naming the role and the path).
 */
export async function readConditioning(req: GenerateRequest, signal?: AbortSignal): Promise<string> {
  const inputs: [string, string][] = [];
  for (const role of Object.keys(req.inputs).sort()) {
    const file = req.inputs[role] as string;
    let bytes: Buffer;
    try {
      bytes = await readFile(file, { signal });
    } catch (err) {
      if ((err as Error).name === "AbortError") throw err;
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `synthetic backend: input "${role}" of task ${req.taskId} cannot be read at ${file}: ${(err as Error).message} (inputs must be on a path every generator node can read)`,
      );
    }
    inputs.push([role, createHash("sha256").update(bytes).digest("hex")]);
  }
  // Parameters that steer the simulation itself (OOM, crash) do not change the content.
  const params = Object.entries(req.params)
    .filter(([k]) => k !== OOM_PROMPT_PARAM && k !== CRASH_PROMPT_PARAM)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return inputs.length === 0 && params.length === 0 ? "" : JSON.stringify({ inputs, params });
}

/** The lavfi graph: an animated source, a hue shift and a box, all chosen from the digest. */
function syntheticFilterGraph(prompt: string, seed: number, video: VideoShape, conditioning: string): string {
  const h = new HashReader(syntheticDigest(prompt, seed, conditioning));
  const size = `${video.width}x${video.height}`;
  const rate = fpsToRational(video.fps);
  const fix = (n: number): string => n.toFixed(4);
  let source: string;
  switch (h.pick(SOURCES)) {
    case "testsrc2":
      source = `testsrc2=s=${size}:r=${rate}`;
      break;
    case "mandelbrot":
      // maxiter bounded: the default (7189) makes big frames take seconds each; even 64 costs ~40 ms per 832x480 frame.
      source =
        `mandelbrot=s=${size}:r=${rate}:maxiter=${64 + (h.u8() % 128)}:start_scale=${fix(h.range(1, 3))}` +
        `:end_scale=${fix(h.range(0.05, 0.5))}:end_pts=${Math.ceil(video.frames / video.fps) + 1}` +
        `:inner=${h.pick(["black", "period", "convergence", "mincol"])}:outer=${h.pick(["iteration_count", "normalized_iteration_count"])}`;
      break;
    case "life":
      // Every random option gets a seed: the defaults draw from /dev/urandom.
      source =
        `life=s=${size}:r=${rate}:seed=${h.u32()}:ratio=${fix(h.range(0.1, 0.6))}:mold=${h.u8() % 40}` +
        `:life_color=${h.color()}:death_color=${h.color()}:mold_color=${h.color()}`;
      break;
    case "gradients": {
      const colors = Array.from({ length: 8 }, (_, i) => `c${i}=${h.color()}`).join(":");
      source = `gradients=s=${size}:r=${rate}:seed=${h.u32()}:n=${2 + (h.u8() % 7)}:speed=${fix(h.range(0.005, 0.05))}:${colors}`;
      break;
    }
    case "cellauto":
      source = `cellauto=s=${size}:r=${rate}:rule=${h.u8()}:seed=${h.u32()}:ratio=${fix(h.range(0.2, 0.8))}:scroll=1`;
      break;
  }
  const hue = `hue=h=${h.u8() + (h.u8() % 105)}:s=${fix(h.range(0.5, 1.5))}`;
  const bw = Math.max(2, Math.floor((video.width * h.range(0.1, 0.4)) / 2) * 2);
  const bh = Math.max(2, Math.floor((video.height * h.range(0.1, 0.4)) / 2) * 2);
  const box = `drawbox=x=${h.u8() % Math.max(1, video.width - bw)}:y=${h.u8() % Math.max(1, video.height - bh)}:w=${bw}:h=${bh}:color=${h.color()}:t=fill`;
  return `${source},${hue},${box},format=yuv420p`;
}

/**
 * A frame rate as ffmpeg's rational: integers stay integers, NTSC-style rates (23.976, 29.97)
 * become N*1000/1001 as video people mean them, anything else the closest fraction with a
 * denominator up to 1000.
 */
export function fpsToRational(fps: number): string {
  if (Number.isInteger(fps)) return String(fps);
  const k = Math.round(fps * 1.001);
  if (Math.abs(fps - (k * 1000) / 1001) < 5e-4) return `${k * 1000}/1001`;
  // Continued fraction, stopped before the denominator passes 1000.
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let x = fps;
  for (let i = 0; i < 32; i++) {
    const a = Math.floor(x);
    const [h2, k2] = [a * h1 + h0, a * k1 + k0];
    if (k2 > 1000) break;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    if (Math.abs(x - a) < 1e-12) break;
    x = 1 / (x - a);
  }
  return k1 === 1 ? String(h1) : `${h1}/${k1}`;
}

/** Environment variable a simulated device sets (sim:…;oom=N): every task on it runs out of memory (loading succeeds). */
export const SIM_OOM_ENV = "FRAMEFLEET_SIM_OOM";
/** Run-spec parameter: prompts containing this text run out of memory on every device. */
export const OOM_PROMPT_PARAM = "simulate_oom_prompt";

/**
 * Why this request should fail with a simulated CUDA OOM, or undefined. Two triggers, both for
 * tests and demos of placement: a device scripted to OOM, and prompts marked to OOM everywhere.
 */
export function simulatedOom(req: GenerateRequest, ctx: Pick<BackendCallContext, "device">): string | undefined {
  if (ctx.device.env[SIM_OOM_ENV] === "1") return `device ${ctx.device.uuid} is scripted to run out of memory`;
  const marker = req.params[OOM_PROMPT_PARAM];
  if (marker && req.prompt.includes(marker)) return `prompt contains "${marker}"`;
  return undefined;
}

/** Run-spec parameter: prompts containing this text kill the worker process (a model that segfaults). */
export const CRASH_PROMPT_PARAM = "simulate_crash_prompt";

/** Kills this process with SIGKILL when the prompt carries the crash marker: the poison-task case. */
function simulateCrash(req: GenerateRequest): void {
  const marker = req.params[CRASH_PROMPT_PARAM];
  if (marker && req.prompt.includes(marker)) process.kill(process.pid, "SIGKILL");
}
