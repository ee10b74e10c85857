/**
 * Planning off the coordinator's event loop: specs are planned in a worker thread with a heap
 * limit (coordinator.planning_memory) and a time limit per spec (coordinator.planning_timeout).
 * Whatever a spec asks for, the Control API keeps answering while it is planned, and a plan that
 * needs more memory or time than allowed ends the thread with an error naming the limit, never
 * the coordinator; the next plan gets a fresh thread. One spec is planned at a time (the others
 * wait their turn), so planning never holds more than one thread's memory. The thread is kept
 * between plans: starting one costs a few hundred ms of loading.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { decode } from "../../../common/src/codec";
import { FleetError, FleetErrorCode, fleetErrorFromWire } from "../../../common/src/errors";
import { pb } from "../../../common/src/proto";
import { formatDuration } from "../../../common/src/units";
import { PACKAGE_ROOT } from "../../../common/src/version";
import type { ItemChunk } from "./item-chunks";
import type { PlanRequest, PlannedRun } from "./planner";

/** A plan of this many videos or more leaves its thread behind (about 100 MB of garbage at 100,000). */
const RECYCLE_AFTER_VIDEOS = 10_000;

/** What the coordinator asks the planning thread (plan-worker.ts). */
export interface PlanAsk {
  readonly id: number;
  readonly req: PlanRequest;
}

/** What the planning thread answers. */
export type PlanReply =
  | { readonly id: number; readonly ok: true; readonly record: Uint8Array; readonly chunks: ItemChunk[] }
  | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };

export interface PlanningLimits {
  /** Heap of the planning thread, MiB (coordinator.planning_memory). */
  readonly memoryMiB: number;
  /** How long planning one spec may take (coordinator.planning_timeout). */
  readonly timeoutMs: number;
}

/** The built plan-worker.js: beside this file in dist/, or in dist/ when this runs from src/ (unit tests). */
function workerEntry(): string {
  const beside = join(__dirname, "plan-worker.js");
  return existsSync(beside) ? beside : join(PACKAGE_ROOT, "dist", "services", "coordinator", "src", "runs", "plan-worker.js");
}

export class PlanningThreads {
  /** The plan before the next one's turn (settled either way). */
  private tail: Promise<unknown> = Promise.resolve();
  private worker: Worker | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly limits: PlanningLimits) {}

  /** Plans `req` once the plans before it are done. */
  plan(req: PlanRequest): Promise<PlannedRun> {
    const mine = this.tail.then(() => this.planNow(req));
    this.tail = mine.catch(() => undefined);
    return mine;
  }

  /** Ends the planning thread (coordinator shutdown); a plan under way fails. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private thread(): Worker {
    if (this.closed) throw new FleetError(FleetErrorCode.ILLEGAL_STATE, "the coordinator is shutting down; no plan is made any more");
    if (!this.worker) {
      const worker = new Worker(workerEntry(), { resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMiB } });
      // An idle planning thread does not keep the coordinator's process alive.
      worker.unref();
      // A thread that fails between plans is replaced at the next plan; an "error" event with no
      // listener would throw in the coordinator itself.
      const forget = () => {
        if (this.worker === worker) this.worker = undefined;
      };
      worker.on("error", forget);
      worker.on("exit", forget);
      this.worker = worker;
    }
    return this.worker;
  }

  /** Starts the planning thread now, so the first submit does not wait for it to load. */
  warm(): void {
    this.thread();
  }

  private planNow(req: PlanRequest): Promise<PlannedRun> {
    const worker = this.thread();
    const id = this.nextId++;
    return new Promise<PlannedRun>((resolve, reject) => {
      const settle = (fn: () => void, threadLost = false): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (threadLost) {
          // The next plan gets a fresh thread, with a fresh heap (started when it comes).
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        fn();
      };
      const onMessage = (reply: PlanReply) => {
        if (reply.id !== id) return;
        if (!reply.ok) return settle(() => reject(fleetErrorFromWire(reply.code, reply.message)));
        const record = decode(pb.RunRecord, reply.record, "planned run record");
        // An idle thread keeps the garbage of its last plan until it plans again: after a large
        // plan it is ended instead, and the next plan starts a fresh one.
        settle(() => resolve({ record, chunks: reply.chunks }), (record.counters?.total ?? 0) >= RECYCLE_AFTER_VIDEOS);
      };
      const onError = (err: Error & { code?: string }) => settle(() => reject(threadError(req, err, this.limits)), true);
      const onExit = (code: number) =>
        settle(() => reject(new FleetError(FleetErrorCode.INTERNAL, `the planning thread exited (code ${code}) while it planned run spec ${req.source.name}; nothing was created`)), true);
      const timer = setTimeout(
        () =>
          settle(
            () =>
              reject(
                new FleetError(
                  FleetErrorCode.TIMEOUT,
                  `planning run spec ${req.source.name} took longer than ${this.limits.timeoutMs < 1000 ? `${this.limits.timeoutMs} ms` : formatDuration(this.limits.timeoutMs)} (coordinator.planning_timeout) and was stopped; nothing was created. ` +
                    `A spec whose files are on a slow filesystem, or one that plans a very large run, can take that long: split the run, or raise coordinator.planning_timeout`,
                ),
              ),
            true,
          ),
        this.limits.timeoutMs,
      );
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      const ask: PlanAsk = { id, req };
      worker.postMessage(ask);
    });
  }
}

function threadError(req: PlanRequest, err: Error & { code?: string }, limits: PlanningLimits): FleetError {
  if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new FleetError(
      FleetErrorCode.SPEC_INVALID,
      `planning run spec ${req.source.name} needed more than ${limits.memoryMiB} MiB of memory (coordinator.planning_memory) and was stopped; nothing was created. ` +
        `The spec (or a file it names) plans too much: plan fewer videos per run, or raise coordinator.planning_memory`,
      { cause: err },
    );
  }
  return new FleetError(FleetErrorCode.INTERNAL, `planning run spec ${req.source.name} failed: ${err.message}; nothing was created`, { cause: err });
}
