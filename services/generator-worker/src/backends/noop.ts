/**
 * The noop backend: spends each item's simulated GPU time and writes no file. It exists to
 * measure the fleet itself (`npm run bench`): placement, queueing, leases, results and drain
 * without ffmpeg's CPU in the way, so that the figures are the fleet's and not the encoder's.
 * Items it "generates" end DONE with no output; it is named noop wherever it appears.
 */
import { delay, linkSignals } from "../../../common/src/abort";
import { FleetError, FleetErrorCode, IllegalStateError } from "../../../common/src/errors";
import type { Logger } from "../../../common/src/log";
import type { BackendCallContext, BackendFactory, BackendInstance, DeviceLease, GenerateRequest } from "../../../worker-runtime/src/backend";

export interface NoopBackendOptions {
  readonly name: string;
  /** GPU memory one instance claims to need, MiB, so placement can be exercised. */
  readonly memoryMiB?: number;
  /** Simulated model load time, ms. */
  readonly loadMs?: number;
}

export class NoopBackendFactory implements BackendFactory {
  readonly kind = "gen" as const;
  readonly name: string;
  readonly memoryMiB: number;
  readonly writesOutput = false;
  private readonly loadMs: number;

  constructor(opts: NoopBackendOptions) {
    this.name = opts.name;
    this.memoryMiB = opts.memoryMiB ?? 0;
    this.loadMs = opts.loadMs ?? 0;
    if (!(this.memoryMiB >= 0) || !(this.loadMs >= 0)) {
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `noop backend ${this.name}: memory and load_time must be >= 0`);
    }
  }

  async load(_device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance> {
    await delay(this.loadMs, ctx.signal);
    return new NoopBackendInstance();
  }
}

class NoopBackendInstance implements BackendInstance {
  private readonly closing = new AbortController();
  private closed = false;

  alive(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.closing.abort(new IllegalStateError("noop backend closed"));
  }

  async generate(req: GenerateRequest, ctx: BackendCallContext): Promise<void> {
    if (this.closed) throw new IllegalStateError("Not loaded. Current state: closed");
    const signal = linkSignals(ctx.signal, this.closing.signal);
    signal.throwIfAborted();
    if (req.simulatedMs <= 0) return;
    // One timer for the whole time: progress ticks would cost more than the fleet work being
    // measured (thousands of devices in one process in the scale benchmark). A drain judges
    // whether the task can finish from the backend's mean time instead.
    await delay(req.simulatedMs, signal);
    ctx.progress(1);
  }
}
