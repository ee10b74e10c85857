/**
 * One streaming Generate/Evaluate call and everything that can end it: a result, a typed error,
 * the process dying, a hang (no event for `hangTimeoutMs`), a transport failure or the task's
 * abort. Whatever happens, the returned promise settles once and the stream is closed.
 */
import * as grpc from "@grpc/grpc-js";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import { backendPb } from "../../../../common/src/proto";
import type { BackendCallContext } from "../../backend";
import type { BackendProcess } from "./process";

type BackendErrorMsg = InstanceType<typeof backendPb.BackendError>;

/** The oneof shared by GenerateEvent and EvaluateEvent. */
export interface StreamEvent {
  event?: "progress" | "result" | "error";
  progress?: { fraction?: number | null; stage?: string | null } | null;
  result?: unknown;
  error?: { code?: BackendErrorMsg["code"] | null; message?: string | null } | null;
}

/** The result message an event stream carries. */
export type ResultOf<E extends StreamEvent> = NonNullable<E["result"]>;

export interface CallOptions<E extends StreamEvent> {
  /** "backend wan: generate task t1": the start of every message. */
  readonly what: string;
  readonly open: () => grpc.ClientReadableStream<E>;
  readonly ctx: BackendCallContext;
  readonly proc: BackendProcess;
  readonly hangTimeoutMs: number;
  /**
   * After an abort: resolves true once the backend stopped the cancelled task (within the
   * grace), false if it did not (the caller's process is then killed).
   */
  readonly waitStopped: () => Promise<boolean>;
}

/** How long a failed stream waits for the process exit to explain it (exit info beats "UNAVAILABLE"). */
const EXIT_EXPLAINS_MS = 500;

const CODE_MAP: Record<number, FleetErrorCode> = {
  [backendPb.BackendError.Code.CODE_RESOURCE_EXHAUSTED]: FleetErrorCode.RESOURCE_EXHAUSTED,
  [backendPb.BackendError.Code.CODE_INVALID_INPUT]: FleetErrorCode.INVALID_INPUT,
  [backendPb.BackendError.Code.CODE_BACKEND_FAILED]: FleetErrorCode.BACKEND_FAILED,
  [backendPb.BackendError.Code.CODE_CANCELLED]: FleetErrorCode.CANCELLED,
};

/** A BackendError event as a FleetError; unknown codes are plain failures (retried). */
export function fromBackendError(what: string, e: NonNullable<StreamEvent["error"]>): FleetError {
  const code = CODE_MAP[e.code ?? 0] ?? FleetErrorCode.BACKEND_FAILED;
  return new FleetError(code, `${what}: ${e.message || "no message"}`);
}

type Outcome<R> = { ok: true; value: R } | { ok: false; err: unknown };

/** Runs the call; resolves with the result message or rejects with a FleetError / the abort reason. */
export function runStreamCall<E extends StreamEvent>(o: CallOptions<E>): Promise<ResultOf<E>> {
  type R = ResultOf<E>;
  const { ctx, proc, what } = o;
  if (ctx.signal.aborted) return Promise.reject(ctx.signal.reason);
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    // The backend's own answer (result or error event); the stream's end then delivers it.
    let answer: Outcome<R> | undefined;
    let watchdog: NodeJS.Timeout | undefined;
    const call = o.open();

    /** Ends the call once; with `kill`, settles only after the process is gone (its GPU memory freed). */
    const finish = (out: Outcome<R>, kill = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      ctx.signal.removeEventListener("abort", onAbort);
      call.removeAllListeners("data");
      // Keeps a late transport error from being an unhandled 'error' event.
      call.on("error", () => undefined);
      call.cancel();
      const settle = (): void => (out.ok ? resolve(out.value) : reject(out.err));
      if (kill) void proc.kill().then(settle);
      else settle();
    };

    const crashed = (why: string): FleetError => new FleetError(FleetErrorCode.BACKEND_CRASHED, `${what}: ${why}`);

    const arm = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        // A process that sent its answer and then stalled still did the work.
        finish(answer ?? { ok: false, err: crashed(`no progress for ${o.hangTimeoutMs} ms (hang_timeout); killed backend process ${proc.pid}`) }, true);
      }, o.hangTimeoutMs);
    };

    const onAbort = (): void => {
      if (settled) return;
      const reason: unknown = ctx.signal.reason;
      settled = true;
      clearTimeout(watchdog);
      call.on("error", () => undefined);
      call.cancel();
      void o.waitStopped().then(async (stopped) => {
        if (!stopped) {
          ctx.log.warn(`${what}: backend did not stop the cancelled task in time; killing its process`, { pid: proc.pid });
          await proc.kill();
        }
        reject(reason);
      });
    };

    call.on("data", (ev: E) => {
      if (settled) return;
      arm();
      if (ev.event === "progress" && ev.progress) {
        const f = Number(ev.progress.fraction ?? 0);
        ctx.progress(Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0, ev.progress.stage || undefined);
      } else if (ev.event === "result" && ev.result) {
        answer ??= { ok: true, value: ev.result as R };
      } else if (ev.event === "error" && ev.error) {
        answer ??= { ok: false, err: fromBackendError(what, ev.error) };
      }
    });

    call.on("status", (st: grpc.StatusObject) => {
      if (settled || st.code !== grpc.status.OK) return;
      finish(answer ?? { ok: false, err: new FleetError(FleetErrorCode.BACKEND_FAILED, `${what}: the stream ended without a result or an error`) });
    });

    call.on("error", (err: grpc.ServiceError) => {
      if (settled) return;
      if (answer) {
        finish(answer);
        return;
      }
      // A dying process shows up first as UNAVAILABLE; its exit status says more.
      void proc.waitExit(EXIT_EXPLAINS_MS).then(() => {
        const exit = proc.exitStatus;
        const why = exit ? `backend process ${proc.pid} exited during the task (${proc.describeExit(exit)})` : `gRPC call failed: ${grpc.status[err.code] ?? err.code} ${err.details}`;
        finish({ ok: false, err: crashed(why) });
      });
    });

    void proc.exited.then((exit) => {
      if (settled) return;
      finish(answer ?? { ok: false, err: crashed(`backend process ${proc.pid} exited during the task (${proc.describeExit(exit)})`) });
    });

    ctx.signal.addEventListener("abort", onAbort, { once: true });
    arm();
  });
}
