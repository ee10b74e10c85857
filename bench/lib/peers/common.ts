/**
 * What the `peers` scenario's three systems share: the workload (the dispatch scenario's 10,000
 * zero-work tasks over 4 worker processes × 16 slots, a ~300-byte payload), the row each system
 * reports, and the child processes the peers' workers and producers run in (so their CPU and
 * memory are read from /proc like the fleet's services, apart from the bench's own).
 */
import { fork, type ChildProcess } from "node:child_process";
import { percentile, round } from "../harness";

export { PAYLOAD_BYTES } from "./child";

export const TASKS = 10_000;
export const WORKER_PROCESSES = 4;
export const SLOTS_PER_WORKER = 16;
export const ENQUEUE_TASKS = 100_000;
/** Tasks a peer's producer has outstanding at once (one addBulk, or unacked publishes). */
export const PRODUCER_WINDOW = 1_000;

export type SystemName = "framefleet" | "bullmq" | "jetstream";

export interface SystemRow {
  readonly system: SystemName;
  readonly tasks: number;
  readonly tasks_per_s: number;
  /** CPU-ms per task over all the system's processes, its server included. */
  readonly cpu_ms_per_task: number;
  readonly cpu_ms_per_task_by_process: Record<string, number>;
  /** NATS messages (server counters, in + out) or Redis commands per task. */
  readonly messages_per_task: number;
  readonly messages_in_per_task: number;
  /** null where the server keeps no such counter (Redis answers every command once). */
  readonly messages_out_per_task: number | null;
  readonly messages_counted: string;
  /** NATS systems: per process role, messages in (from it) and out (to it) per task, from /connz. */
  readonly messages_per_task_by_process?: Record<string, { in: number; out: number }>;
  readonly claim_to_done_p50_ms: number;
  readonly claim_to_done_p99_ms: number;
  readonly enqueued_to_done_p50_ms: number;
  readonly enqueued_to_done_p99_ms: number;
  /** Per role: the peak resident memory (VmHWM) of its processes, summed, at the end of the 10k run. */
  readonly peak_rss_mb: Record<string, number>;
  readonly enqueue_100k_s: number;
  /** BullMQ: the commands Redis ran per job, those inside its Lua scripts included (INFO commandstats). */
  readonly redis_commands_incl_scripts_per_task?: number;
}

/** Per-connection counts (names mapped to roles by `roleOf`) as messages per task per role. */
export function messagesByRole(
  byName: ReadonlyMap<string, { in: number; out: number }>,
  roleOf: (name: string) => string,
  tasks: number,
): Record<string, { in: number; out: number }> {
  const sums: Record<string, { in: number; out: number }> = {};
  for (const [name, c] of byName) {
    const role = roleOf(name);
    const prev = sums[role] ?? { in: 0, out: 0 };
    sums[role] = { in: prev.in + c.in, out: prev.out + c.out };
  }
  return Object.fromEntries(Object.entries(sums).map(([role, c]) => [role, { in: round(c.in / tasks, 2), out: round(c.out / tasks, 2) }]));
}

/** One task's times, ms since the epoch: asked to be enqueued, received by a worker, done. */
export interface TaskTimes {
  readonly enqueued: number;
  readonly received: number;
  readonly done: number;
}

export interface LatencyFigures {
  readonly tasks_per_s: number;
  readonly claim_to_done_p50_ms: number;
  readonly claim_to_done_p99_ms: number;
  readonly enqueued_to_done_p50_ms: number;
  readonly enqueued_to_done_p99_ms: number;
}

/** Throughput from the first task received to the last one done, and the latency percentiles. */
export function latencyFigures(times: readonly TaskTimes[]): LatencyFigures {
  if (times.length !== TASKS) throw new Error(`expected ${TASKS} done tasks, found ${times.length}`);
  let first = Infinity;
  let last = 0;
  const claim: number[] = [];
  const total: number[] = [];
  for (const t of times) {
    first = Math.min(first, t.received);
    last = Math.max(last, t.done);
    claim.push(t.done - t.received);
    total.push(t.done - t.enqueued);
  }
  return {
    tasks_per_s: round(times.length / ((last - first) / 1000), 1),
    claim_to_done_p50_ms: percentile(claim, 50),
    claim_to_done_p99_ms: percentile(claim, 99),
    enqueued_to_done_p50_ms: percentile(total, 50),
    enqueued_to_done_p99_ms: percentile(total, 99),
  };
}

/** CPU seconds per role over the window → CPU-ms per task, per role and in all. */
export function cpuPerTask(before: Record<string, number>, after: Record<string, number>, tasks: number): { total: number; byProcess: Record<string, number> } {
  const byProcess = Object.fromEntries(Object.keys(after).map((k) => [k, round((1000 * ((after[k] ?? 0) - (before[k] ?? 0))) / tasks, 3)]));
  const total = Object.keys(after).reduce((a, k) => a + (after[k] ?? 0) - (before[k] ?? 0), 0);
  return { total: round((1000 * total) / tasks, 3), byProcess };
}

// ---- peer child processes ---------------------------------------------------------------------

/**
 * Child → bench. `rows`: enqueued, received, done per task, flattened; `counts`: requests the
 * child's client sent and replies it got since the bench's `mark` (BullMQ's Redis commands).
 */
export type ChildMessage =
  | { t: "ready" }
  | { t: "progress"; done: number }
  | { t: "records"; rows: number[]; counts?: { sent: number; replies: number } }
  | { t: "enqueued"; ms: number }
  | { t: "failed"; message: string };

/**
 * Bench → child: `mark` starts the measured window (counts from here), `go` starts a producer on
 * `tasks` tasks, `report` asks for the records and counts.
 */
export type ParentMessage = { t: "mark" } | { t: "go"; tasks: number } | { t: "report" } | { t: "exit" };

type Waiter = { t: ChildMessage["t"]; resolve: (m: ChildMessage) => void; reject: (e: Error) => void };

/** A peer's worker or producer, forked from a built script (config as JSON in argv[2]). */
export class PeerChild {
  done = 0;
  private waiters: Waiter[] = [];
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on("message", (m: ChildMessage) => {
      if (m.t === "progress") this.done = m.done;
      if (m.t === "failed") return this.failAll(new Error(`${name}: ${m.message}`));
      const i = this.waiters.findIndex((w) => w.t === m.t);
      if (i >= 0) this.waiters.splice(i, 1)[0]?.resolve(m);
    });
    this.exit = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        this.exited = true;
        this.failAll(new Error(`${name} exited (code ${code}, signal ${signal})`));
        resolve();
      }),
    );
  }

  static start(name: string, script: string, config: unknown): PeerChild {
    return new PeerChild(name, fork(script, [JSON.stringify(config)], { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  next<T extends ChildMessage["t"]>(t: T, timeoutMs = 120_000): Promise<Extract<ChildMessage, { t: T }>> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error(`${this.name} has exited`));
      const timer = setTimeout(() => reject(new Error(`${this.name}: no "${t}" in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        t,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ChildMessage, { t: T }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  send(m: ParentMessage): void {
    if (!this.exited) this.child.send(m);
  }

  /** Asks the child to leave, then kills it if it has not in 10 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    this.send({ t: "exit" });
    const t = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await this.exit;
    clearTimeout(t);
  }

  private failAll(err: Error): void {
    for (const w of this.waiters.splice(0)) w.reject(err);
  }
}

/** The records a worker child sent, as task times. */
export function taskTimes(rows: readonly number[]): TaskTimes[] {
  const out: TaskTimes[] = [];
  for (let i = 0; i + 2 < rows.length; i += 3) out.push({ enqueued: rows[i] as number, received: rows[i + 1] as number, done: rows[i + 2] as number });
  return out;
}
