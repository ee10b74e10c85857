/**
 * One backend process: spawned without a shell in its own process group (so that the model's own
 * children, e.g. dataloader workers or an ffmpeg, die with it), its output logged line by line
 * with a bounded tail kept for error messages, and its exit tracked.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import type { Logger } from "../../../../common/src/log";

/** How the process ended. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Options of {@link BackendProcess.start}. */
export interface BackendProcessOptions {
  /** Backend name, for messages. */
  readonly name: string;
  /** Program and arguments; no shell. */
  readonly command: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly log: Logger;
  /** Stderr lines kept for error messages. @default 20 */
  readonly tailLines?: number;
}

/** Longest line logged or kept; a model printing megabytes without a newline stays bounded. */
const MAX_LINE = 2000;
/** How long to wait after exit for the pipes to deliver the last lines (a grandchild may hold them open). */
const FLUSH_AFTER_EXIT_MS = 200;

/** Splits a stream into lines; a progress bar's `\r` updates collapse to their last state. */
class LineSplitter {
  private partial = "";
  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    const parts = (this.partial + chunk).split("\n");
    this.partial = parts.pop() ?? "";
    if (this.partial.length > 64 * 1024) {
      parts.push(this.partial);
      this.partial = "";
    }
    for (const p of parts) this.emit(p);
  }

  flush(): void {
    if (this.partial) this.emit(this.partial);
    this.partial = "";
  }

  private emit(raw: string): void {
    const line = raw.slice(raw.lastIndexOf("\r", raw.length - 2) + 1).replace(/\r$/, "");
    if (line.trim()) this.onLine(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line);
  }
}

export class BackendProcess {
  /** The process id, which is also its process group id. */
  readonly pid: number;
  /** Resolves once the process has exited and its output is read (never rejects). */
  readonly exited: Promise<ProcessExit>;
  private exit: ProcessExit | undefined;
  /** Set by kill(): the process counts as gone at once, so nobody sends it another task. */
  private killing = false;
  private readonly tail: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    pid: number,
    private readonly opts: BackendProcessOptions,
  ) {
    this.pid = pid;
    const max = opts.tailLines ?? 20;
    const log = opts.log;
    const out = new LineSplitter((line) => log.info("backend output", { stream: "stdout", line }));
    const err = new LineSplitter((line) => {
      log.info("backend output", { stream: "stderr", line });
      this.tail.push(line);
      if (this.tail.length > max) this.tail.shift();
    });
    // A backend that closes its stdin early must not crash the worker with EPIPE.
    child.stdin?.on("error", () => undefined);
    child.stdout?.setEncoding("utf8").on("data", (s: string) => out.push(s));
    child.stderr?.setEncoding("utf8").on("data", (s: string) => err.push(s));
    // A failed kill emits 'error' on a running child; it must not crash the worker.
    child.on("error", (e) => log.warn("backend process error", { error: e.message }));
    this.exited = new Promise<ProcessExit>((resolve) => {
      child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        child.stdin?.destroy();
        // The leader is gone; anything it left in its group is an orphan holding GPU memory.
        this.signalGroup("SIGKILL");
        const done = (): void => {
          out.flush();
          err.flush();
          resolve({ code, signal });
        };
        const timer = setTimeout(done, FLUSH_AFTER_EXIT_MS);
        child.once("close", () => {
          clearTimeout(timer);
          done();
        });
      });
    });
  }

  /**
   * Starts the process. Rejects with DEPENDENCY_MISSING when the program cannot be started
   * (not found, not executable), naming the backend and the program.
   */
  static start(opts: BackendProcessOptions): Promise<BackendProcess> {
    const [program, ...args] = opts.command;
    if (program === undefined) return Promise.reject(new FleetError(FleetErrorCode.CONFIG_INVALID, `backend ${opts.name}: command is empty`));
    return new Promise<BackendProcess>((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = spawn(program, args, {
          env: opts.env,
          ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}),
          // stdin is a pipe nobody writes to: its EOF tells the backend that the worker died
          // (a detached process group outlives a SIGKILLed worker and would keep the GPU memory).
          stdio: ["pipe", "pipe", "pipe"],
          // Own process group: the whole tree can be signalled at once with kill(-pid).
          detached: true,
        });
      } catch (err) {
        reject(new FleetError(FleetErrorCode.CONFIG_INVALID, `backend ${opts.name}: cannot run ${program}: ${(err as Error).message}`, { cause: err }));
        return;
      }
      const onError = (err: NodeJS.ErrnoException): void => {
        const hint = err.code === "ENOENT" ? " (not found: install it or give an absolute path in the backend's command)" : "";
        const where = opts.cwd !== undefined ? ` in ${opts.cwd}` : "";
        reject(new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `backend ${opts.name}: cannot start ${program}${where}: ${err.message}${hint}`, { cause: err }));
      };
      child.once("error", onError);
      child.once("spawn", () => {
        child.off("error", onError);
        resolve(new BackendProcess(child, child.pid as number, opts));
      });
    });
  }

  /** Exit status once exited, else undefined. */
  get exitStatus(): ProcessExit | undefined {
    return this.exit;
  }

  /** False once the process exited or kill() was called. */
  get running(): boolean {
    return this.exit === undefined && !this.killing;
  }

  /** The last stderr lines, oldest first. */
  stderrTail(): string[] {
    return [...this.tail];
  }

  /** "exit code 3" / "killed by SIGKILL", then the stderr tail: for error messages. */
  describeExit(exit: ProcessExit | undefined = this.exit): string {
    const how = exit === undefined ? "still running" : exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code ?? "unknown"}`;
    const tail = this.tail.length > 0 ? `; last stderr lines:\n${this.tail.join("\n")}` : "; no stderr output";
    return `${how}${tail}`;
  }

  /** Signals every process of the group; a group already gone is fine. */
  signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ESRCH") this.opts.log.warn("cannot signal backend process group", { pid: this.pid, signal, error: (err as Error).message });
      // Should the group be out of reach (the process left it), the leader must still get the
      // signal, or kill() would wait for an exit that never comes.
      if (this.exit === undefined) this.child.kill(signal);
    }
  }

  /** SIGKILLs the group and resolves once the leader has exited. */
  async kill(): Promise<ProcessExit> {
    this.killing = true;
    this.signalGroup("SIGKILL");
    return this.exited;
  }

  /** Resolves true if the process exits within `ms`. */
  async waitExit(ms: number): Promise<boolean> {
    if (this.exit) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      return await Promise.race([this.exited.then(() => true as const), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
