/**
 * The built-in CPU evaluator: metrics that need no neural network, computed from decoded frames
 * with ffmpeg. Needs no GPU memory, so it can run beside model evaluators.
 *
 * revisit_consistency (SANA-WM-Bench) reads its pairs from `inputs.trajectories` (the split's
 * scene_trajectories_v2.json) for the scene `params.scene_id`, with `params.max_pairs` (default 5)
 * and `params.ref_fps` (default 16), and scores `revisit_psnr`, `revisit_ssim` (the scene's means
 * over its pairs) and `revisit_pairs` (how many pairs were scored; without any, only that count).
 */
import { linkSignals } from "../../../common/src/abort";
import { FleetError, FleetErrorCode, IllegalStateError } from "../../../common/src/errors";
import type { Logger } from "../../../common/src/log";
import { probeVideo, type VideoProbe } from "../../../common/src/media";
import type {
  BackendCallContext,
  BackendFactory,
  BackendInstance,
  DeviceLease,
  EvaluateRequest,
  EvaluateResponse,
} from "../../../worker-runtime/src/backend";
import { temporalFlickeringOfFile } from "../metrics/temporal-flickering";
import { checkVideo } from "../metrics/video-check";
import { revisitOfFile } from "../metrics/revisit";
import { DEFAULT_MAX_PAIRS, REF_FPS, readSceneTrajectories } from "../../../benchmarks/src";

/** Metric names this backend computes, as written in run specs. */
export const SUPPORTED_CPU_METRICS = ["temporal_flickering", "video_check", "revisit_consistency"] as const;
/** One of {@link SUPPORTED_CPU_METRICS}. */
export type CpuMetricName = (typeof SUPPORTED_CPU_METRICS)[number];

/** Options of {@link CpuMetricsBackendFactory}. */
export interface CpuMetricsBackendOptions {
  /** Backend name (`[a-z0-9][a-z0-9_-]*`). @default "cpu-metrics" */
  name?: string;
  /** @default "ffmpeg" */
  ffmpegPath?: string;
  /** @default "ffprobe" */
  ffprobePath?: string;
}

const NAME_RE = /^[a-z0-9][a-z0-9_-]*$/;
/** ctx.progress may publish a heartbeat; once per decoded frame would flood it. */
const PROGRESS_INTERVAL_MS = 250;

/** Loads the CPU metrics evaluator (nothing to load: it only checks its options). */
export class CpuMetricsBackendFactory implements BackendFactory {
  readonly name: string;
  readonly kind = "eval" as const;
  readonly memoryMiB = 0;
  private readonly tools: { ffmpegPath?: string; ffprobePath?: string };

  constructor(opts: CpuMetricsBackendOptions = {}) {
    this.name = opts.name ?? "cpu-metrics";
    if (!NAME_RE.test(this.name)) {
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `cpu-metrics backend name "${this.name}" must match [a-z0-9][a-z0-9_-]*`);
    }
    this.tools = {
      ...(opts.ffmpegPath ? { ffmpegPath: opts.ffmpegPath } : {}),
      ...(opts.ffprobePath ? { ffprobePath: opts.ffprobePath } : {}),
    };
  }

  async load(_device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance> {
    ctx.signal.throwIfAborted();
    return new CpuMetricsInstance(this.tools);
  }
}

/** The requested metrics, deduplicated; INVALID_INPUT naming every unknown one. */
export function parseCpuMetrics(requested: readonly string[]): CpuMetricName[] {
  const supported: readonly string[] = SUPPORTED_CPU_METRICS;
  const unknown = requested.filter((m) => !supported.includes(m));
  if (unknown.length > 0) {
    throw new FleetError(
      FleetErrorCode.INVALID_INPUT,
      `cpu-metrics backend does not compute ${unknown.map((m) => `"${m}"`).join(", ")}; supported metrics: ${SUPPORTED_CPU_METRICS.join(", ")}`,
    );
  }
  return [...new Set(requested as readonly CpuMetricName[])];
}

class CpuMetricsInstance implements BackendInstance {
  private closed = false;
  private readonly closing = new AbortController();

  constructor(private readonly tools: { ffmpegPath?: string; ffprobePath?: string }) {}

  alive(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.closing.abort(new IllegalStateError("cpu-metrics backend closed"));
  }

  /** SANA-WM revisit PSNR/SSIM of the scene's pairs. */
  private async revisit(req: EvaluateRequest, r: RevisitRequest, ctx: BackendCallContext, signal: AbortSignal): Promise<Record<string, number>> {
    const scenes = await readSceneTrajectories(r.trajectories, FleetErrorCode.INVALID_INPUT);
    const scene = scenes.find((s) => s.scene_id === r.sceneId);
    if (!scene) {
      throw new FleetError(FleetErrorCode.INVALID_INPUT, `revisit_consistency: scene "${r.sceneId}" is not in ${r.trajectories}; plan the run from the same split's files`);
    }
    const res = await revisitOfFile(req.videoFile, scene.evaluation_pairs, {
      maxPairs: r.maxPairs,
      refFps: r.refFps,
      signal,
      ...this.tools,
      onProgress: throttledProgress(ctx, req.expected.frames),
    });
    if (res.meanPsnr === undefined || res.meanSsim === undefined) return { revisit_pairs: 0 };
    return { revisit_psnr: res.meanPsnr, revisit_ssim: res.meanSsim, revisit_pairs: res.pairs.length };
  }

  async evaluate(req: EvaluateRequest, ctx: BackendCallContext): Promise<EvaluateResponse> {
    if (this.closed) throw new IllegalStateError("Not loaded. Current state: closed");
    const metrics = parseCpuMetrics(req.metrics);
    const signal = linkSignals(ctx.signal, this.closing.signal);
    signal.throwIfAborted();
    const scores: Record<string, number> = {};
    let probe: VideoProbe | undefined;
    // Checked before any decoding: a bad request should not cost a temporal_flickering pass first.
    const revisit = metrics.includes("revisit_consistency") ? revisitRequest(req) : undefined;
    if (metrics.includes("temporal_flickering") && req.expected.frames < 2) {
      // Known before decoding: VBench's score of a 1-frame video is NaN, so asking for it is the spec's fault.
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `temporal_flickering needs videos of at least 2 frames; task ${req.taskId} asks for ${req.expected.frames}`,
      );
    }
    if (metrics.includes("temporal_flickering")) {
      // One decode serves both metrics: its frame count is what video_check reports.
      const tf = await temporalFlickeringOfFile(req.videoFile, {
        signal,
        ...this.tools,
        onProgress: throttledProgress(ctx, req.expected.frames),
      });
      probe = tf.probe;
      if (tf.score === undefined) {
        throw new FleetError(
          FleetErrorCode.OUTPUT_INVALID,
          `temporal_flickering needs at least 2 frames; ${req.videoFile} has ${probe.frames} (VBench would score it NaN)`,
        );
      }
      scores["temporal_flickering"] = tf.score;
    }
    if (revisit) Object.assign(scores, await this.revisit(req, revisit, ctx, signal));
    if (metrics.includes("video_check")) {
      // Counted frames: the revisit decode may stop early, so only a full decode's count will do.
      probe ??= await probeVideo(req.videoFile, {
        signal,
        ...(this.tools.ffprobePath ? { ffprobePath: this.tools.ffprobePath } : {}),
      });
      Object.assign(scores, checkVideo(probe, req.expected));
    }
    ctx.progress(1);
    return { scores };
  }
}

interface RevisitRequest {
  readonly trajectories: string;
  readonly sceneId: string;
  readonly maxPairs: number;
  readonly refFps: number;
}

/** What a revisit_consistency request needs, checked before any decoding; INVALID_INPUT naming every bad field. */
function revisitRequest(req: EvaluateRequest): RevisitRequest {
  const trajectories = req.inputs["trajectories"];
  const sceneId = req.params["scene_id"];
  const problems: string[] = [];
  if (!trajectories) problems.push(`inputs.trajectories (the split's scene_trajectories_v2.json) is missing`);
  if (!sceneId) problems.push(`params.scene_id is missing`);
  const num = (key: string, fallback: number, ok: (n: number) => boolean): number => {
    const raw = req.params[key];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!ok(n)) problems.push(`params.${key} "${raw}" is not valid`);
    return n;
  };
  const maxPairs = num("max_pairs", DEFAULT_MAX_PAIRS, (n) => Number.isInteger(n) && n >= 1);
  const refFps = num("ref_fps", REF_FPS, (n) => Number.isFinite(n) && n > 0);
  if (problems.length > 0) {
    throw new FleetError(
      FleetErrorCode.INVALID_INPUT,
      `revisit_consistency for task ${req.taskId}: ${problems.join("; ")} (the sana-wm adapter sets these; other benchmarks cannot ask for this metric)`,
    );
  }
  return { trajectories: trajectories as string, sceneId: sceneId as string, maxPairs, refFps };
}

/** Progress as decoded/total frames, at most every PROGRESS_INTERVAL_MS, never 1 before the end. */
function throttledProgress(ctx: BackendCallContext, expectedFrames: number): (decoded: number, total: number | undefined) => void {
  let last = 0;
  return (decoded, total) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const of = total ?? expectedFrames;
    ctx.progress(of > 0 ? Math.min(0.99, decoded / of) : 0, `decoded ${decoded} frames`);
  };
}
