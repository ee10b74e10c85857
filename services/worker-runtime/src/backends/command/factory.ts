/**
 * The command backend: runs a program once per task from an argv template (a seed's own
 * inference script, as it is). Nothing stays loaded between tasks, so an instance is cheap and
 * load() only checks that the program can be started. See template.ts for the placeholders
 * and child.ts for process handling and the progress protocol.
 */
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { linkSignals } from "../../../../common/src/abort";
import type { CommandBackendConfig } from "../../../../common/src/config/schema";
import { FleetError, FleetErrorCode, IllegalStateError, ValidationError } from "../../../../common/src/errors";
import type { Logger } from "../../../../common/src/log";
import type {
  BackendCallContext,
  BackendFactory,
  BackendInstance,
  DeviceLease,
  EvaluateRequest,
  EvaluateResponse,
  GenerateRequest,
  TaskKindName,
} from "../../backend";
import { runCommandTask, type CommandSpec, type CommandTask } from "./run";
import { parseCommandTemplate, type CommandTemplate } from "./template";

const NAME_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Set per device by the runtime; a config value would send every task to the same GPU. */
const DEVICE_ENV_KEYS = ["CUDA_VISIBLE_DEVICES"];

/** Settings that are not in the config file. */
export interface CommandBackendOptions {
  /** How long a task's process group gets between SIGTERM and SIGKILL on abort or timeout, ms. @default 5000 */
  killGraceMs?: number;
}

/** Loads command backends configured as `worker.backends.<name>` with `type: command`. */
export class CommandBackendFactory implements BackendFactory {
  readonly name: string;
  readonly kind: TaskKindName;
  readonly memoryMiB: number;
  private readonly template: CommandTemplate;
  private readonly config: CommandBackendConfig;
  private readonly cwd: string | undefined;
  private readonly oomPattern: RegExp;
  private readonly killGraceMs: number | undefined;

  /** Checks the whole config; CONFIG_INVALID (a {@link ValidationError}) lists every problem. */
  constructor(name: string, config: CommandBackendConfig, opts: CommandBackendOptions = {}) {
    const source = `worker.backends.${name}`;
    const issues: string[] = [];
    if (!NAME_RE.test(name)) issues.push(`${source}: the backend name must match [a-z0-9][a-z0-9_-]*`);
    let template: CommandTemplate | undefined;
    try {
      template = parseCommandTemplate(config.command, config.kind, `${source}.command`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      issues.push(...err.issues);
    }
    let oomPattern: RegExp | undefined;
    try {
      oomPattern = new RegExp(config.oom_pattern);
    } catch (err) {
      issues.push(`${source}.oom_pattern: not a regular expression: ${(err as Error).message}`);
    }
    const both = config.oom_exit_codes.filter((c) => config.invalid_input_exit_codes.includes(c));
    if (both.length > 0) issues.push(`${source}: exit codes ${both.join(", ")} are in both oom_exit_codes and invalid_input_exit_codes`);
    for (const key of DEVICE_ENV_KEYS) {
      if (Object.hasOwn(config.env, key)) issues.push(`${source}.env.${key}: set per device by the worker; remove it from the config`);
    }
    if (!(config.memory >= 0)) issues.push(`${source}.memory must be >= 0, got ${config.memory}`);
    if (!(config.timeout >= 0)) issues.push(`${source}.timeout must be >= 0, got ${config.timeout}`);
    if (issues.length > 0 || !template || !oomPattern) throw new ValidationError(FleetErrorCode.CONFIG_INVALID, source, issues);
    this.name = name;
    this.kind = config.kind;
    this.memoryMiB = config.memory;
    this.template = template;
    this.config = config;
    this.cwd = config.cwd === undefined ? undefined : path.resolve(config.cwd);
    this.oomPattern = oomPattern;
    this.killGraceMs = opts.killGraceMs;
  }

  /** DEPENDENCY_MISSING when the program is not an executable file (on PATH) or cwd is not a directory. */
  async load(device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance> {
    ctx.signal.throwIfAborted();
    if (this.cwd !== undefined && !(await stat(this.cwd).catch(() => undefined))?.isDirectory()) {
      throw new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `backend "${this.name}": its working directory ${this.cwd} is not a directory`);
    }
    const program = await resolveProgram(this.template.program, this.cwd ?? process.cwd(), this.config.env["PATH"] ?? process.env["PATH"] ?? "");
    if (program === undefined) {
      throw new FleetError(
        FleetErrorCode.DEPENDENCY_MISSING,
        `backend "${this.name}": program ${JSON.stringify(this.template.program)} is not an executable file${this.template.program.includes("/") ? "" : " on PATH"}; install it or fix worker.backends.${this.name}.command[0]`,
      );
    }
    ctx.log.debug("command backend ready", { backend: this.name, program, device: device.uuid });
    const spec: CommandSpec = {
      name: this.name,
      template: this.template,
      program,
      ...(this.cwd !== undefined ? { cwd: this.cwd } : {}),
      env: this.config.env,
      timeoutMs: this.config.timeout,
      ...(this.killGraceMs !== undefined ? { killGraceMs: this.killGraceMs } : {}),
      oomPattern: this.oomPattern,
      oomExitCodes: new Set(this.config.oom_exit_codes),
      invalidInputExitCodes: new Set(this.config.invalid_input_exit_codes),
    };
    return new CommandBackendInstance(spec);
  }
}

/** The absolute path `execvp` would run, or undefined when it is not an executable regular file. */
export async function resolveProgram(program: string, cwd: string, searchPath: string): Promise<string | undefined> {
  const candidates = program.includes("/")
    ? [path.resolve(cwd, program)]
    : searchPath
        .split(path.delimiter)
        .filter((dir) => dir !== "")
        .map((dir) => path.resolve(cwd, dir, program));
  for (const file of candidates) {
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) continue;
    if (await access(file, constants.X_OK).then(() => true, () => false)) return file;
  }
  return undefined;
}

class CommandBackendInstance implements BackendInstance {
  private closed = false;
  private running: Promise<unknown> | undefined;
  private readonly closing = new AbortController();

  constructor(private readonly spec: CommandSpec) {}

  alive(): boolean {
    return !this.closed;
  }

  /** Kills a task still running (its whole process group) and waits for it to be gone. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.closing.abort(new IllegalStateError(`command backend "${this.spec.name}" closed`));
    await this.running?.catch(() => undefined);
  }

  async generate(req: GenerateRequest, ctx: BackendCallContext): Promise<void> {
    if (this.spec.template.kind !== "gen") throw new IllegalStateError(`command backend "${this.spec.name}" evaluates; it cannot generate`);
    await this.run({ kind: "gen", req }, ctx);
  }

  async evaluate(req: EvaluateRequest, ctx: BackendCallContext): Promise<EvaluateResponse> {
    if (this.spec.template.kind !== "eval") throw new IllegalStateError(`command backend "${this.spec.name}" generates; it cannot evaluate`);
    const res = await this.run({ kind: "eval", req }, ctx);
    if (!res) throw new FleetError(FleetErrorCode.INTERNAL, `command backend "${this.spec.name}": evaluation returned no scores`);
    return res;
  }

  private async run(task: CommandTask, ctx: BackendCallContext): Promise<EvaluateResponse | undefined> {
    if (this.closed) throw new IllegalStateError("Not loaded. Current state: closed");
    if (this.running) throw new IllegalStateError(`command backend "${this.spec.name}" runs one task at a time. Current state: busy`);
    const signal = linkSignals(ctx.signal, this.closing.signal);
    const p = runCommandTask(this.spec, task, { signal, log: ctx.log, device: ctx.device, progress: (f, stage) => ctx.progress(f, stage) });
    this.running = p;
    try {
      return await p;
    } finally {
      this.running = undefined;
    }
  }
}
