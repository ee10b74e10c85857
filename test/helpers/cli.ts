/**
 * Runs the `framefleet` bin as a user does (the built CLI in dist/), collecting its output.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../services/common/src/version";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** @default the package root */
  readonly cwd?: string;
  /** Added to this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** Kill it (SIGKILL) and fail after this long; no limit when absent. */
  readonly timeoutMs?: number;
}

export function framefleet(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  return startFramefleet(args, opts).result;
}

/** A running `framefleet`: what it has written so far, and its result once it exits. */
export interface RunningCli {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  readonly result: Promise<CliResult>;
}

/** Starts `framefleet` and returns at once, for a test that acts while the command runs. */
export function startFramefleet(args: readonly string[], opts: CliOptions = {}): RunningCli {
  let stdout = "";
  let stderr = "";
  const child = spawn(join(PACKAGE_ROOT, "bin", "framefleet"), [...args], {
    cwd: opts.cwd ?? PACKAGE_ROOT,
    env: { ...process.env, ...opts.env },
  });
  const result = new Promise<CliResult>((resolve, reject) => {
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            child.kill("SIGKILL");
            reject(new Error(`framefleet ${args.join(" ")} did not finish in ${opts.timeoutMs} ms\n${stderr}`));
          }, opts.timeoutMs);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, result };
}
