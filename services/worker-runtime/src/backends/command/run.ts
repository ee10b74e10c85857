/**
 * One task of a command backend: a private work dir, the prompt and parameter files the
 * template asks for, the expanded argv, the run, and the mapping of how it ended to a result or
 * a FleetError. The work dir is removed whatever happens.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import type { BackendCallContext, EvaluateRequest, EvaluateResponse, GenerateRequest } from "../../backend";
import { runChild, type ChildExit } from "./child";
import { expandCommandTemplate, type CommandTemplate, type PlaceholderName } from "./template";

/** Everything fixed about a command backend once its config is read and its program found. */
export interface CommandSpec {
  readonly name: string;
  readonly template: CommandTemplate;
  /** The program as load() resolved it (absolute path). */
  readonly program: string;
  readonly cwd?: string;
  /** The config's `env`, applied over the worker's environment and the device's. */
  readonly env: Readonly<Record<string, string>>;
  /** 0: no limit. */
  readonly timeoutMs: number;
  readonly killGraceMs?: number;
  readonly oomPattern: RegExp;
  readonly oomExitCodes: ReadonlySet<number>;
  readonly invalidInputExitCodes: ReadonlySet<number>;
}

/** A task for {@link runCommandTask}. */
export type CommandTask = { readonly kind: "gen"; readonly req: GenerateRequest } | { readonly kind: "eval"; readonly req: EvaluateRequest };

/** stderr lines quoted in a failure message. */
const MESSAGE_STDERR_LINES = 15;

/** Runs one task: resolves with the scores for eval, nothing for gen; see the module doc. */
export async function runCommandTask(spec: CommandSpec, task: CommandTask, ctx: BackendCallContext): Promise<EvaluateResponse | undefined> {
  ctx.signal.throwIfAborted();
  const what = `backend "${spec.name}" task ${task.req.taskId}`;
  const workDir = await mkdtemp(path.join(tmpdir(), "framefleet-cmd-"));
  try {
    const files = { prompt_file: path.join(workDir, "prompt.txt"), params_file: path.join(workDir, "params.json"), scores_file: path.join(workDir, "scores.json") };
    const argv = expandCommandTemplate(
      spec.template,
      { values: placeholderValues(task, ctx, workDir, files), inputs: task.req.inputs, params: task.req.params },
      task.req.taskId,
    );
    const uses = spec.template.uses;
    if (uses.has("prompt_file")) await writeFile(files.prompt_file, task.req.prompt, { encoding: "utf8", mode: 0o600 });
    if (uses.has("params_file")) await writeFile(files.params_file, JSON.stringify(task.req.params), { encoding: "utf8", mode: 0o600 });
    ctx.log.info("command backend: starting", { backend: spec.name, program: spec.program, argv });
    let exit: ChildExit;
    try {
      exit = await runChild({
        program: spec.program,
        args: argv,
        ...(spec.cwd !== undefined ? { cwd: spec.cwd } : {}),
        env: childEnv(spec, task, ctx, workDir),
        signal: ctx.signal,
        timeoutMs: spec.timeoutMs,
        ...(spec.killGraceMs !== undefined ? { killGraceMs: spec.killGraceMs } : {}),
        oomPattern: spec.oomPattern,
        log: ctx.log,
        onProgress: (f, stage) => ctx.progress(f, stage),
        what,
      });
    } catch (err) {
      await removePartialOutput(task);
      throw err;
    }
    ctx.log.info("command backend: exited", { backend: spec.name, pid: exit.pid, code: exit.code, signal: exit.signal });
    const failure = exitFailure(spec, exit, what);
    if (failure) {
      await removePartialOutput(task);
      throw failure;
    }
    if (task.kind === "gen") {
      await checkOutput(task.req.outputFile, what);
      ctx.progress(1);
      return undefined;
    }
    const scores = await readScores(files.scores_file, what);
    const absent = task.req.metrics.filter((m) => !Object.hasOwn(scores, m));
    if (absent.length > 0) ctx.log.warn("command backend: scores file lacks requested metrics", { backend: spec.name, absent });
    ctx.progress(1);
    return { scores };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function placeholderValues(
  task: CommandTask,
  ctx: BackendCallContext,
  workDir: string,
  files: Readonly<Record<"prompt_file" | "params_file" | "scores_file", string>>,
): Partial<Record<PlaceholderName, string>> {
  const shape = task.kind === "gen" ? task.req.video : task.req.expected;
  const common: Partial<Record<PlaceholderName, string>> = {
    prompt: task.req.prompt,
    prompt_file: files.prompt_file,
    params_file: files.params_file,
    frames: String(shape.frames),
    fps: String(shape.fps),
    width: String(shape.width),
    height: String(shape.height),
    task_id: task.req.taskId,
    run_id: task.req.runId,
    work_dir: workDir,
    device: ctx.device.env["CUDA_VISIBLE_DEVICES"] ?? "",
  };
  if (task.kind === "gen") return { ...common, output: task.req.outputFile, seed: String(task.req.seed) };
  return { ...common, video: task.req.videoFile, scores_file: files.scores_file, metrics: task.req.metrics.join(",") };
}

/** The worker's secrets: a model script has no use for them and may log its environment. */
const WORKER_SECRETS = ["FRAMEFLEET_NATS_PASS", "FRAMEFLEET_NATS_TOKEN"];

/** Worker env (less its secrets), then the device's (CUDA_VISIBLE_DEVICES …), then the config's, then who and where. */
function childEnv(spec: CommandSpec, task: CommandTask, ctx: BackendCallContext, workDir: string): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const key of WORKER_SECRETS) delete inherited[key];
  return {
    ...inherited,
    ...ctx.device.env,
    ...spec.env,
    FRAMEFLEET_BACKEND_NAME: spec.name,
    FRAMEFLEET_DEVICE_UUID: ctx.device.uuid,
    FRAMEFLEET_TASK_ID: task.req.taskId,
    FRAMEFLEET_RUN_ID: task.req.runId,
    FRAMEFLEET_WORK_DIR: workDir,
  };
}

/** The error a non-zero or signalled exit means, or undefined for exit 0. OOM is checked first. */
export function exitFailure(spec: Pick<CommandSpec, "oomExitCodes" | "invalidInputExitCodes">, exit: ChildExit, what: string): FleetError | undefined {
  if (exit.code === 0) return undefined;
  const status = exit.code === null ? `was killed by ${exit.signal ?? "a signal"}` : `exited with code ${exit.code}`;
  const tail = exit.stderrTail.slice(-MESSAGE_STDERR_LINES).join("\n");
  const message = `${what}: the command ${status}${tail ? `:\n${tail}` : " and printed nothing on stderr"}`;
  if (exit.oomSeen || (exit.code !== null && spec.oomExitCodes.has(exit.code))) {
    return new FleetError(FleetErrorCode.RESOURCE_EXHAUSTED, `${message}\n(out of GPU memory)`);
  }
  if (exit.code !== null && spec.invalidInputExitCodes.has(exit.code)) return new FleetError(FleetErrorCode.INVALID_INPUT, message);
  // Killed by a signal nobody here sent: a segfault or the kernel's OOM killer.
  if (exit.code === null) return new FleetError(FleetErrorCode.BACKEND_CRASHED, message);
  return new FleetError(FleetErrorCode.BACKEND_FAILED, message);
}

async function checkOutput(file: string, what: string): Promise<void> {
  const st = await stat(file).catch(() => undefined);
  if (!st?.isFile() || st.size === 0) {
    throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the command exited 0 but did not write its output file ${file}${st ? " (it is empty or not a regular file)" : ""}`);
  }
}

/** The scores file as metric → number; BACKEND_FAILED naming the file for anything else. */
export async function readScores(file: string, what: string): Promise<Record<string, number>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the command exited 0 but its scores file ${file} cannot be read: ${(err as Error).message}`, { cause: err });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the scores file ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the scores file ${file} must hold a JSON object {"metric": number, …}`);
  }
  const scores: Record<string, number> = {};
  const bad: string[] = [];
  for (const [k, v] of Object.entries(doc)) {
    // "__proto__" would set the object's prototype instead of a score.
    if (typeof v === "number" && Number.isFinite(v) && k !== "__proto__") scores[k] = v;
    else bad.push(`${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  }
  if (bad.length > 0) throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the scores file ${file} has values that are not numbers: ${bad.join(", ")}`);
  return scores;
}

/** A failed or killed generation may have left half a video; the runtime must never take it. */
async function removePartialOutput(task: CommandTask): Promise<void> {
  if (task.kind === "gen") await rm(task.req.outputFile, { force: true });
}
