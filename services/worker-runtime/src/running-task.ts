/**
 * Bookkeeping for one task attempt on one device: its lease heartbeat, its cancellation and its
 * progress (used to decide, on drain, whether it can finish before the deadline).
 */
import type { JsMsg } from "@nats-io/jetstream";
import { TaskCancelledError, type CancelReason } from "../../common/src/errors";

export class RunningTask {
  readonly controller = new AbortController();
  readonly startedAt = Date.now();
  private progressFraction = 0;
  private progressStage = "";
  private heartbeat: NodeJS.Timeout | undefined;
  private stopped = false;
  private cancelledWith: TaskCancelledError | undefined;

  constructor(
    readonly msg: JsMsg,
    readonly taskId: string,
    readonly runId: string,
    /** The benchmark item (e.g. `item-0003`), shown with the run in `framefleet nodes`. */
    readonly itemKey: string,
    readonly backend: string,
    readonly deviceUuid: string,
    private readonly heartbeatMs: number,
    /** A heartbeat NATS refused (connection closed or draining); the next beat tries again. */
    private readonly onHeartbeatError: (err: unknown) => void = () => undefined,
  ) {
    this.armHeartbeat();
  }

  /**
   * `working()` resets the server's ack timer: the lease lives as long as we heartbeat. While NATS
   * reconnects the client buffers the beat; on a closed or draining connection working() throws,
   * which must neither fail the task nor (in a timer) crash the worker: the next beat tries again,
   * and the lease has room for a few missed ones (beats come at a third of ack_wait).
   */
  private armHeartbeat(): void {
    this.heartbeat = setTimeout(() => {
      if (this.stopped) return;
      try {
        this.msg.working();
      } catch (err) {
        this.onHeartbeatError(err);
      }
      this.armHeartbeat();
    }, this.heartbeatMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get progress(): number {
    return this.progressFraction;
  }

  /** What the backend last said it is doing ("denoising step 12/50"); "" when it said nothing. */
  get stage(): string {
    return this.progressStage;
  }

  setProgress(fraction: number, stage?: string): void {
    if (Number.isFinite(fraction)) this.progressFraction = Math.min(1, Math.max(0, fraction));
    if (stage !== undefined) this.progressStage = stage.slice(0, 200);
  }

  /** Expected milliseconds left: from progress when reported, else from the backend's mean. */
  expectedRemainingMs(meanMs: number | undefined, now = Date.now()): number | undefined {
    const elapsed = now - this.startedAt;
    if (this.progressFraction > 0.02) return (elapsed * (1 - this.progressFraction)) / this.progressFraction;
    if (meanMs !== undefined) return Math.max(0, meanMs - elapsed);
    return undefined;
  }

  /** @param message what the task's history says (a preemption names the run it made way for) */
  cancel(reason: CancelReason, message?: string): void {
    if (this.controller.signal.aborted) return;
    this.cancelledWith = new TaskCancelledError(reason, message);
    this.controller.abort(this.cancelledWith);
  }

  /** Why the task was stopped (its signal's reason, typed); undefined while it was not. */
  get cancellation(): TaskCancelledError | undefined {
    return this.cancelledWith;
  }

  stop(): void {
    this.stopped = true;
    if (this.heartbeat) clearTimeout(this.heartbeat);
  }
}
