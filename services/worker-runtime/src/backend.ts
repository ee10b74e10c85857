/**
 * The backend contract: what a model (or evaluator) must offer the worker runtime.
 *
 * A backend is *loaded* once per (device, backend) and then reused for many tasks, because
 * loading a 14B model takes minutes. The runtime owns the instances (see backend-pool.ts);
 * a backend implementation only loads, runs one request at a time, and closes.
 */
import type { Logger } from "../../common/src/log";

export type TaskKindName = "gen" | "eval";

/** The device a backend instance is pinned to. */
export interface DeviceLease {
  /** GPU or MIG UUID (`GPU-…`, `MIG-…`), or `sim-<node>-<i>` / `cpu-<node>-<i>`. */
  readonly uuid: string;
  readonly name: string;
  readonly index: number;
  readonly source: "nvidia" | "mig" | "sim" | "cpu";
  /** Environment the backend process must get to see only this device. */
  readonly env: Readonly<Record<string, string>>;
}

/** What a backend gets besides the request. */
export interface BackendCallContext {
  /** Aborts on a drain deadline (a shutdown drains), a run cancel or a preemption. Backends must honour it. */
  readonly signal: AbortSignal;
  readonly log: Logger;
  readonly device: DeviceLease;
  /** Report progress in [0, 1] (and optionally a message); also keeps the task's lease alive. */
  progress(fraction: number, message?: string): void;
}

export interface VideoShape {
  readonly frames: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
}

export interface GenerateRequest {
  readonly taskId: string;
  readonly runId: string;
  readonly prompt: string;
  readonly seed: number;
  readonly video: VideoShape;
  /** Absolute path to write the MP4 to. The runtime validates, hashes and renames it afterwards. */
  readonly outputFile: string;
  /** Absolute paths of input files (first-frame image, camera trajectory …) by role. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Free-form parameters from the run spec. */
  readonly params: Readonly<Record<string, string>>;
  /** Simulated GPU time (synthetic backend only), milliseconds. */
  readonly simulatedMs: number;
}

export interface EvaluateRequest {
  readonly taskId: string;
  readonly runId: string;
  /** Absolute path of the video to evaluate. */
  readonly videoFile: string;
  /** The shape the video was asked to have. */
  readonly expected: VideoShape;
  /** Metric names to compute, as named in the run spec or by the benchmark for this video. */
  readonly metrics: readonly string[];
  readonly prompt: string;
  /** Absolute paths of inputs by role (e.g. "revisit_pairs": a scene_trajectories_v2.json). */
  readonly inputs: Readonly<Record<string, string>>;
  /** Benchmark parameters of this evaluation (e.g. "scene_id"). */
  readonly params: Readonly<Record<string, string>>;
}

export interface EvaluateResponse {
  /** Metric name → value. */
  readonly scores: Readonly<Record<string, number>>;
}

/** A loaded backend, pinned to one device. One request at a time. */
export interface BackendInstance {
  generate?(req: GenerateRequest, ctx: BackendCallContext): Promise<void>;
  evaluate?(req: EvaluateRequest, ctx: BackendCallContext): Promise<EvaluateResponse>;
  /** False once the instance can no longer serve (its process died); the pool then reloads it. */
  alive(): boolean;
  /** PID of the backend's own process, if it has one (matched against nvidia-smi's process list). */
  readonly pid?: number;
  /**
   * Memory the loaded instance says it holds, MiB (a gRPC backend's Info.memory_mib, measured
   * after its load); when set, device accounting uses it instead of the factory's configured need.
   */
  readonly memoryMiB?: number;
  close(): Promise<void>;
}

/** A kind of backend a worker serves: knows its memory need and how to load itself. */
export interface BackendFactory {
  /** Backend name: `[a-z0-9][a-z0-9_-]*`; it becomes a NATS subject token and a consumer name. */
  readonly name: string;
  readonly kind: TaskKindName;
  /** GPU memory one loaded instance needs, MiB (0 for CPU-only backends). */
  readonly memoryMiB: number;
  /**
   * False for a generator that makes no file (the noop backend that measures the fleet itself):
   * its items end without an output to look for, validate and commit. @default true
   */
  readonly writesOutput?: boolean;
  load(device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance>;
}
