/**
 * A loaded gRPC backend: one process on one device, answering one Generate or Evaluate at a time.
 * It stays alive until its process exits or is killed (hang, crash, close); the pool then loads a
 * fresh one, which is how a crashed backend is restarted.
 */
import { rm } from "node:fs/promises";
import { sleep } from "../../../../common/src/abort";
import { FleetError, FleetErrorCode, IllegalStateError } from "../../../../common/src/errors";
import type { Logger } from "../../../../common/src/log";
import { backendPb } from "../../../../common/src/proto";
import type { BackendCallContext, BackendInstance, EvaluateRequest, EvaluateResponse, GenerateRequest, TaskKindName } from "../../backend";
import { runStreamCall, type CallOptions, type StreamEvent } from "./call";
import type { BackendProcess } from "./process";
import type { BackendClient, InfoResponse } from "./service";


/** What {@link GrpcBackendInstance} is built from (the factory has started and checked the process). */
export interface GrpcInstanceParts {
  readonly name: string;
  readonly kind: TaskKindName;
  readonly proc: BackendProcess;
  readonly client: BackendClient;
  readonly socketPath: string;
  readonly info: InfoResponse;
  readonly hangTimeoutMs: number;
  readonly stopGraceMs: number;
  readonly log: Logger;
}

/** Deadline of the Shutdown call on close: the process may be wedged, the grace still follows. */
const SHUTDOWN_CALL_MS = 2000;
/** How long SIGTERM gets before SIGKILL, at most. */
const SIGTERM_GRACE_MS = 2000;
/** Health polls while waiting for a cancelled task to stop. */
const HEALTH_POLL_MS = 50;

export class GrpcBackendInstance implements BackendInstance {
  readonly pid: number;
  readonly info: InfoResponse;
  readonly memoryMiB?: number;
  readonly generate?: (req: GenerateRequest, ctx: BackendCallContext) => Promise<void>;
  readonly evaluate?: (req: EvaluateRequest, ctx: BackendCallContext) => Promise<EvaluateResponse>;
  private busy = false;
  private closing: Promise<void> | undefined;

  constructor(private readonly p: GrpcInstanceParts) {
    this.pid = p.proc.pid;
    this.info = p.info;
    // 0 means "not said": the configured memory stands in.
    if (p.info.memoryMib > 0) this.memoryMiB = p.info.memoryMib;
    // Only the method of its kind exists, so the handlers' "cannot generate/evaluate" checks hold.
    if (p.kind === "gen") this.generate = (req, ctx) => this.runGenerate(req, ctx);
    else this.evaluate = (req, ctx) => this.runEvaluate(req, ctx);
  }

  alive(): boolean {
    return this.closing === undefined && this.p.proc.running;
  }

  /** Shutdown, then SIGTERM, then SIGKILL of the whole group; removes the socket. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    const { proc, client, log, stopGraceMs } = this.p;
    if (proc.running) {
      await client.shutdown(Math.min(SHUTDOWN_CALL_MS, stopGraceMs)).catch((err: unknown) => log.debug("backend Shutdown call failed", { error: (err as Error).message }));
      if (!(await proc.waitExit(stopGraceMs))) {
        log.warn("backend did not exit after Shutdown; sending SIGTERM", { pid: proc.pid, stopGraceMs });
        proc.signalGroup("SIGTERM");
        if (!(await proc.waitExit(Math.min(SIGTERM_GRACE_MS, stopGraceMs)))) {
          log.warn("backend ignored SIGTERM; killing it", { pid: proc.pid });
        }
      }
    }
    // Also reaps what the process left in its group after exiting on its own.
    await proc.kill();
    client.close();
    await rm(this.p.socketPath, { force: true });
  }

  private async runGenerate(req: GenerateRequest, ctx: BackendCallContext): Promise<void> {
    const what = `backend ${this.p.name}: generate task ${req.taskId}`;
    const msg = backendPb.GenerateRequest.create({
      taskId: req.taskId,
      runId: req.runId,
      prompt: req.prompt,
      seed: req.seed,
      video: backendPb.VideoShape.create({ ...req.video }),
      outputFile: req.outputFile,
      inputs: { ...req.inputs },
      params: { ...req.params },
    });
    const res = await this.exclusive(what, ctx, () =>
      runStreamCall({ ...this.callParts(what, ctx), open: () => this.p.client.generate(msg) }),
    );
    if ((res.outputFile ?? "") !== req.outputFile) {
      throw new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the result names ${JSON.stringify(res.outputFile)}, but the task's output file is ${req.outputFile}`);
    }
  }

  private async runEvaluate(req: EvaluateRequest, ctx: BackendCallContext): Promise<EvaluateResponse> {
    const what = `backend ${this.p.name}: evaluate task ${req.taskId}`;
    const msg = backendPb.EvaluateRequest.create({
      taskId: req.taskId,
      runId: req.runId,
      videoFile: req.videoFile,
      expected: backendPb.VideoShape.create({ ...req.expected }),
      metrics: [...req.metrics],
      prompt: req.prompt,
      inputs: { ...req.inputs },
      params: { ...req.params },
    });
    const res = await this.exclusive(what, ctx, () =>
      runStreamCall({ ...this.callParts(what, ctx), open: () => this.p.client.evaluate(msg) }),
    );
    const scores: Record<string, number> = {};
    for (const [metric, value] of Object.entries(res.scores ?? {})) {
      if (typeof value === "number" && Number.isFinite(value)) scores[metric] = value;
      else ctx.log.warn(`${what}: dropped a score that is not a finite number`, { metric, value: String(value) });
    }
    return { scores };
  }

  private callParts(what: string, ctx: BackendCallContext): Omit<CallOptions<StreamEvent>, "open"> {
    return { what, ctx, proc: this.p.proc, hangTimeoutMs: this.p.hangTimeoutMs, waitStopped: () => this.waitIdle(this.p.stopGraceMs) };
  }

  private async exclusive<R>(what: string, ctx: BackendCallContext, fn: () => Promise<R>): Promise<R> {
    if (this.closing) throw new IllegalStateError(`${what}: the backend is closed. Current state: closed`);
    if (this.busy) throw new IllegalStateError(`${what}: the backend runs one task at a time. Current state: busy`);
    if (!this.p.proc.running) {
      throw new FleetError(FleetErrorCode.BACKEND_CRASHED, `${what}: backend process ${this.pid} is not running (${this.p.proc.describeExit()})`);
    }
    this.busy = true;
    try {
      return await fn();
    } catch (err) {
      if (err instanceof FleetError && err.code === FleetErrorCode.BACKEND_CRASHED) ctx.log.warn(err.message, { pid: this.pid });
      throw err;
    } finally {
      this.busy = false;
    }
  }

  /**
   * After a cancel: polls Health until the backend no longer reports "busy" (a backend that
   * answers ready and not busy has stopped the task). False if that did not happen in time.
   */
  private async waitIdle(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.p.proc.running) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const h = await this.p.client.health(Math.max(1, Math.min(left, 1000))).catch(() => undefined);
      if (h && h.ready && h.state !== "busy") return true;
      // Between polls: the backend is unwinding its task (freeing GPU memory, deleting partial files).
      await sleep(Math.min(HEALTH_POLL_MS, Math.max(0, deadline - Date.now())));
    }
    return true;
  }
}
