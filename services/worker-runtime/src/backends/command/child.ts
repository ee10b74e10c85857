/**
 * Runs one command in its own process group and reports how it ended. The group matters: model
 * scripts start helpers (torchrun workers, ffmpeg, data loaders) and a kill that reached only
 * the script would leave them holding the GPU. Every way out (exit, abort, timeout) ends with
 * the whole group killed, and the promise settles only after the program has exited, so a
 * caller that then deletes the work dir never races a still-running child.
 *
 * Progress protocol: a stdout line `FRAMEFLEET_PROGRESS <fraction> [stage text]` (fraction in
 * [0, 1]) is reported as task progress instead of being logged.
 */
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import type { Logger } from "../../../../common/src/log";

/** The stdout prefix of a progress line. */
export const PROGRESS_PREFIX = "FRAMEFLEET_PROGRESS";
/** How long a group gets between SIGTERM and SIGKILL on abort or timeout. */
export const DEFAULT_KILL_GRACE_MS = 5_000;

/** Longer lines are cut: one log line should not carry a whole tensor dump. */
const MAX_LINE_CHARS = 4_096;
/** stderr lines kept for the error message and the OOM check at the end. */
const STDERR_TAIL_LINES = 40;
/** Output lines logged per task; tqdm-style bars would otherwise flood the log. */
const MAX_LOGGED_LINES = 5_000;
/** After the program exits, a grandchild that escaped the group may hold the pipes open. */
const PIPE_CLOSE_WAIT_MS = 2_000;
/** setTimeout fires at once past 2^31-1 ms, so longer limits are capped (24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Options of {@link runChild}. */
export interface ChildOptions {
  /** Absolute path (or PATH name) of the program. */
  readonly program: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
  /** Kill the group and reject with TIMEOUT after this long, ms; 0 for no limit. */
  readonly timeoutMs: number;
  /** @default 5000 */
  readonly killGraceMs?: number;
  /** Tested on each stderr line; a match marks the run as out of memory. */
  readonly oomPattern: RegExp;
  readonly log: Logger;
  readonly onProgress: (fraction: number, stage?: string) => void;
  /** For messages: `backend "wan" task t1`. */
  readonly what: string;
}

/** How the program ended. */
export interface ChildExit {
  readonly pid: number;
  /** Exit code; null when killed by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last stderr lines. */
  readonly stderrTail: readonly string[];
  /** Whether a stderr line matched the OOM pattern. */
  readonly oomSeen: boolean;
}

/**
 * Runs the program to its end. Resolves with its exit whatever the status; rejects with
 * DEPENDENCY_MISSING when it cannot start, TIMEOUT past `timeoutMs`, or the signal's reason on
 * abort (after SIGTERM to the group, SIGKILL after the grace, and the program's exit).
 */
export function runChild(opts: ChildOptions): Promise<ChildExit> {
  const { signal } = opts;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<ChildExit>((resolve, reject) => {
    let proc;
    try {
      proc = spawn(opts.program, opts.args, {
        shell: false,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: opts.env,
        ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}),
      });
    } catch (err) {
      // E2BIG (an argument over the system's limit) is thrown here, synchronously.
      const e2big = (err as NodeJS.ErrnoException).code === "E2BIG";
      reject(e2big ? spawnError(err as Error, opts.program, opts.what, opts.args) : new FleetError(FleetErrorCode.INVALID_INPUT, `${opts.what}: cannot start ${opts.program}: ${(err as Error).message}`, { cause: err }));
      return;
    }
    const child = proc;
    let failure: { err: unknown } | undefined;
    let exited = false;
    let escalate: NodeJS.Timeout | undefined;
    let pipeWait: NodeJS.Timeout | undefined;
    const stderrTail: string[] = [];
    let oomSeen = false;
    let logged = 0;

    const logLine = (stream: "stdout" | "stderr", line: string): void => {
      logged += 1;
      if (logged <= MAX_LOGGED_LINES) opts.log.info("backend output", { stream, line });
      else if (logged === MAX_LOGGED_LINES + 1) opts.log.warn("backend output: further lines of this task are not logged", { limit: MAX_LOGGED_LINES });
    };
    const stdout = new LineSplitter((line) => {
      const progress = parseProgressLine(line);
      if (progress) opts.onProgress(progress.fraction, progress.stage);
      else logLine("stdout", line);
    });
    const stderr = new LineSplitter((line) => {
      if (opts.oomPattern.test(line)) oomSeen = true;
      stderrTail.push(line);
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
      logLine("stderr", line);
    });

    const stop = (why: unknown): void => {
      failure ??= { err: why };
      if (exited || escalate || child.pid === undefined) return;
      killGroup(child.pid, "SIGTERM");
      const pid = child.pid;
      escalate = setTimeout(() => killGroup(pid, "SIGKILL"), opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
    };
    const onAbort = (): void => stop(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    const timer =
      opts.timeoutMs > 0
        ? setTimeout(
            () => stop(new FleetError(FleetErrorCode.TIMEOUT, `${opts.what}: the command ran longer than its timeout of ${opts.timeoutMs} ms and was killed`)),
            Math.min(opts.timeoutMs, MAX_TIMER_MS),
          )
        : undefined;

    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (err) => {
      // A spawn failure emits 'error' then 'close'; 'close' rejects with what is kept here.
      failure ??= { err: child.pid === undefined ? spawnError(err, opts.program, opts.what, opts.args) : err };
    });
    child.once("exit", () => {
      exited = true;
      if (escalate) clearTimeout(escalate);
      // The program is gone; whatever it left running in its group goes with it.
      if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
      pipeWait = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, PIPE_CLOSE_WAIT_MS);
    });
    child.once("close", (code: number | null, sig: NodeJS.Signals | null) => {
      if (timer) clearTimeout(timer);
      if (pipeWait) clearTimeout(pipeWait);
      if (escalate) clearTimeout(escalate);
      signal.removeEventListener("abort", onAbort);
      stdout.end();
      stderr.end();
      if (failure) reject(failure.err);
      else resolve({ pid: child.pid ?? 0, code, signal: sig, stderrTail, oomSeen });
    });
  });
}

/** Signals the whole group. Never throws: it runs from timers, and a group already gone (ESRCH) is the goal. */
function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // ESRCH: nothing left to kill.
  }
}

function spawnError(err: Error, program: string, what: string, args: readonly string[]): FleetError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "E2BIG") {
    // Linux takes at most 128 KiB per argument (and about 2 MiB in all): a long prompt passed as
    // {prompt} cannot be started at all, on any node, so this is the task's input, not a retry.
    const longest = args.reduce((n, a) => Math.max(n, Buffer.byteLength(a)), 0);
    const total = args.reduce((n, a) => n + Buffer.byteLength(a) + 1, 0);
    return new FleetError(
      FleetErrorCode.INVALID_INPUT,
      `${what}: ${program} could not be started: its arguments are too long for the system (E2BIG; the longest is ${longest} bytes, ${total} in all). ` +
        "Pass long prompts as a file: use {prompt_file} in the backend's command instead of {prompt}",
      { cause: err },
    );
  }
  if (code === "ENOENT" || code === "EACCES" || code === "ENOTDIR") {
    return new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `${what}: ${program} could not be started (${code}); check the backend's command and PATH`, { cause: err });
  }
  return new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: ${program} could not be started: ${err.message}`, { cause: err });
}

/** A parsed progress line, or undefined for any other line (and for a malformed one). */
export function parseProgressLine(line: string): { fraction: number; stage?: string } | undefined {
  const m = /^FRAMEFLEET_PROGRESS[ \t]+(\S+)(?:[ \t]+(.*\S))?[ \t]*$/.exec(line);
  if (!m) return undefined;
  const fraction = Number(m[1]);
  if (!Number.isFinite(fraction)) return undefined;
  const clamped = Math.min(1, Math.max(0, fraction));
  return m[2] === undefined ? { fraction: clamped } : { fraction: clamped, stage: m[2] };
}

/**
 * Splits a byte stream into UTF-8 lines. `\r` also ends a line, so that progress bars that
 * redraw in place become lines instead of one ever-growing string.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private buf = "";
  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  end(): void {
    this.feed(this.decoder.end());
    if (this.buf) this.onLine(this.buf);
    this.buf = "";
  }

  private feed(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.emit(this.buf + text.slice(start, i));
      this.buf = "";
      start = i + 1;
    }
    this.buf += text.slice(start);
    while (this.buf.length > MAX_LINE_CHARS) {
      this.emit(this.buf.slice(0, MAX_LINE_CHARS));
      this.buf = this.buf.slice(MAX_LINE_CHARS);
    }
  }

  private emit(line: string): void {
    // "\r\n" gives one empty piece between the two; blank lines carry nothing worth logging.
    for (let i = 0; i < line.length; i += MAX_LINE_CHARS) this.onLine(line.slice(i, i + MAX_LINE_CHARS));
  }
}
