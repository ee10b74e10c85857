/**
 * Whether a running worker may take new work now, as its handler says (TaskHandler.pauseReason:
 * the generator's output folder below worker.min_free_space). The runtime asks before every pull
 * and again when a task arrives; this keeps the answer, and on each change of condition logs
 * once, sets framefleet_node_paused and has the node advertise at once, so `framefleet nodes` and
 * the live page show the pause (and its end) without waiting for the next advert.
 */
import { errorFields, type Logger } from "../../common/src/log";
import type { PauseReason } from "./handler";
import type { WorkerMetrics } from "./runtime-metrics";

export interface PauseGateDeps {
  /** The handler's check; absent for handlers that never pause (the evaluator). */
  readonly check: (() => Promise<PauseReason | undefined>) | undefined;
  readonly log: Logger;
  readonly metrics: Pick<WorkerMetrics, "nodePaused">;
  /** Called when the node starts or stops pausing (the runtime advertises). */
  readonly onChange: () => void;
}

export class PauseGate {
  private current: PauseReason | undefined;
  private checkFailing = false;

  constructor(private readonly deps: PauseGateDeps) {}

  /** The latest reason, "" while the node takes work: what the advert carries as paused_reason. */
  get reason(): string {
    return this.current?.message ?? "";
  }

  /** Asks the handler now; true when the node must take no new work. */
  async paused(): Promise<boolean> {
    if (!this.deps.check) return false;
    let next: PauseReason | undefined;
    try {
      next = await this.deps.check();
      this.checkFailing = false;
    } catch (err) {
      // A check that cannot answer does not stop the node: the work itself will show what is wrong.
      if (!this.checkFailing) this.deps.log.warn("could not check whether the node may take work; taking it", errorFields(err));
      this.checkFailing = true;
      next = undefined;
    }
    const before = this.current;
    this.current = next;
    // The message carries figures (free bytes) that change on every check: only a change of
    // condition is logged and advertised at once; the regular adverts carry the latest figures.
    if (before?.code === next?.code) return next !== undefined;
    if (before) this.deps.metrics.nodePaused.set({ reason: before.code }, 0);
    if (next) {
      this.deps.metrics.nodePaused.set({ reason: next.code }, 1);
      this.deps.log.warn("taking no new work", { code: next.code, reason: next.message });
    } else {
      this.deps.log.info("taking work again", { was: before?.code });
    }
    this.deps.onChange();
    return next !== undefined;
  }
}
