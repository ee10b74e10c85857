/**
 * `nvidia` / `nvidia:/path/to/nvidia-smi`: the real GPUs (and MIG instances) of this machine,
 * read with nvidia-smi on every `read()` (placement re-reads right before each pull).
 *
 * nvidia-smi runs from an argv array (never a shell) in its own process group, so a timeout or
 * an abort kills it together with anything it started. A driver in trouble makes nvidia-smi
 * hang for minutes; the timeout turns that into a TIMEOUT error naming the command.
 */
import { spawn } from "node:child_process";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import type { DeviceSnapshot, DeviceSource, OwnUsage } from "../types";
import { discoverNvidia } from "./discover";
import { parseVisibleDevices, type VisibleDevices } from "./visible";

export interface NvidiaSourceOptions {
  /** The nvidia-smi binary: a name looked up in PATH, or a path. @default "nvidia-smi" */
  readonly binary?: string;
  /** Kill one nvidia-smi call and fail with TIMEOUT after this long, ms. @default 10000 */
  readonly timeoutMs?: number;
  /**
   * CUDA_VISIBLE_DEVICES as the job was given it: only those GPUs are devices (visible.ts).
   * @default undefined (every GPU nvidia-smi shows)
   */
  readonly visible?: string;
}

export interface RunNvidiaSmiOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Called with the pid once the process runs (tests check it is gone afterwards). */
  readonly onSpawn?: (pid: number) => void;
}

export const DEFAULT_NVIDIA_SMI = "nvidia-smi";
export const DEFAULT_NVIDIA_TIMEOUT_MS = 10_000;

/** nvidia-smi prints kilobytes; anything near this is not nvidia-smi. */
const MAX_OUTPUT_BYTES = 32 * 2 ** 20;
/** How much of a failed call's output goes into the error. */
const TAIL_CHARS = 800;

function tail(text: string): string {
  const t = text.trim();
  return t.length > TAIL_CHARS ? `…${t.slice(-TAIL_CHARS)}` : t;
}

function commandLine(binary: string, args: readonly string[]): string {
  return [binary, ...args].join(" ");
}

function spawnError(err: NodeJS.ErrnoException, binary: string): FleetError {
  if (err.code === "ENOENT" || err.code === "ENOTDIR") {
    return new FleetError(
      FleetErrorCode.DEPENDENCY_MISSING,
      `nvidia-smi not found (${binary}): install the NVIDIA driver, which provides nvidia-smi, or use --devices sim:2x80GiB / cpu:N to run without GPUs`,
      { cause: err },
    );
  }
  if (err.code === "EACCES") {
    return new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `nvidia-smi at ${binary} cannot be run (${err.code}): is it executable?`, { cause: err });
  }
  return new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `nvidia-smi (${binary}) could not be started: ${err.message}`, { cause: err });
}

/**
 * Runs nvidia-smi once and resolves with its stdout. Rejects with DEPENDENCY_MISSING when it is
 * missing or exits non-zero (with the tail of what it printed: the driver's own explanation),
 * TIMEOUT past `timeoutMs`, or the signal's reason on abort. Settles only after the process is
 * gone.
 */
export function runNvidiaSmi(binary: string, args: readonly string[], opts: RunNvidiaSmiOptions): Promise<string> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const cmd = commandLine(binary, args);
  return new Promise<string>((resolve, reject) => {
    let child;
    try {
      // detached: its own process group, so a kill reaches whatever it started too.
      child = spawn(binary, [...args], { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32", shell: false });
    } catch (err) {
      reject(new FleetError(FleetErrorCode.CONFIG_INVALID, `cannot run ${cmd}: ${(err as Error).message}`, { cause: err }));
      return;
    }
    const proc = child;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let bytes = 0;
    let failure: { err: unknown } | undefined;
    let settled = false;

    const killTree = (): void => {
      if (proc.pid === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
      try {
        if (process.platform !== "win32") process.kill(-proc.pid, "SIGKILL");
        else proc.kill("SIGKILL");
      } catch {
        proc.kill("SIGKILL");
      }
    };
    const fail = (err: unknown): void => {
      failure ??= { err };
      killTree();
    };
    const onAbort = (): void => fail(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(
      () =>
        fail(
          new FleetError(
            FleetErrorCode.TIMEOUT,
            `${cmd} did not finish within ${opts.timeoutMs} ms and was killed (the NVIDIA driver may be hung; see dmesg)`,
          ),
        ),
      opts.timeoutMs,
    );

    const finish = (code: number | null, sig: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (failure) {
        reject(failure.err);
        return;
      }
      const out = Buffer.concat(stdout).toString("utf8");
      if (code === 0) {
        resolve(out);
        return;
      }
      const err = Buffer.concat(stderr).toString("utf8");
      const said = tail(err) || tail(out) || "no output";
      const how = code !== null ? `exit code ${code}` : `killed by ${sig ?? "a signal"}`;
      reject(new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `${cmd} failed (${how}): ${said}`));
    };

    proc.once("spawn", () => {
      if (proc.pid !== undefined) opts.onSpawn?.(proc.pid);
    });
    proc.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES) fail(new FleetError(FleetErrorCode.INTERNAL, `${cmd} printed more than ${MAX_OUTPUT_BYTES} bytes`));
      else stdout.push(chunk);
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      stderr.push(chunk);
      if (stderr.length > 64) stderr.splice(0, stderr.length - 64);
    });
    // A spawn failure emits 'error' (no pid) and then 'close'.
    proc.on("error", (err: NodeJS.ErrnoException) => {
      failure ??= { err: proc.pid === undefined ? spawnError(err, binary) : err };
    });
    proc.once("exit", (code, sig) => {
      // Killed by us: do not wait for pipes a stray grandchild might still hold.
      if (failure) {
        proc.stdout.destroy();
        proc.stderr.destroy();
        finish(code, sig);
      }
    });
    proc.once("close", finish);
  });
}

export class NvidiaDeviceSource implements DeviceSource {
  readonly kind = "nvidia" as const;
  readonly binary: string;
  readonly timeoutMs: number;
  readonly visible: VisibleDevices | undefined;

  constructor(
    private readonly own: OwnUsage,
    opts: NvidiaSourceOptions = {},
  ) {
    this.binary = opts.binary ?? DEFAULT_NVIDIA_SMI;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_NVIDIA_TIMEOUT_MS;
    // Parsed here so a malformed value fails when the worker starts, before any nvidia-smi call.
    this.visible = parseVisibleDevices(opts.visible);
  }

  async read(signal?: AbortSignal): Promise<DeviceSnapshot[]> {
    // Discovery runs its calls side by side: once one fails, stop the others too.
    const stop = new AbortController();
    const linked = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    try {
      return await discoverNvidia((args) => runNvidiaSmi(this.binary, args, { timeoutMs: this.timeoutMs, signal: linked }), this.own, this.visible);
    } catch (err) {
      stop.abort(err);
      throw err;
    }
  }
}
