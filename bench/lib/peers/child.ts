/**
 * The child side of a peer's worker and producer processes: config from argv, messages to and
 * from the bench over IPC, and the task records. Imports nothing heavy, so a child's CPU and
 * memory are its queue client's, not the bench's.
 */
import type { ChildMessage, ParentMessage } from "./common";

export const PAYLOAD_BYTES = 300;

export function childConfig<T>(): T {
  return JSON.parse(process.argv[2] ?? "{}") as T;
}

export function tell(m: ChildMessage): void {
  process.send?.(m);
}

export function onParent(handler: (m: ParentMessage) => void | Promise<void>): void {
  process.on("message", (m: ParentMessage) => {
    Promise.resolve(handler(m)).catch(fail);
  });
  // The bench gone means nobody will ever ask this child to leave.
  process.on("disconnect", () => process.exit(0));
}

export function fail(err: unknown): void {
  tell({ t: "failed", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100);
}

export interface TaskBody {
  readonly i: number;
  /** When the producer asked for the task to be enqueued, ms since the epoch. */
  readonly t: number;
  readonly p: string;
}

/** A task's body: its index, when it was asked for, and padding to PAYLOAD_BYTES as JSON. */
export function payload(i: number, enqueuedAt: number): TaskBody {
  const bare = JSON.stringify({ i, t: enqueuedAt, p: "" }).length;
  return { i, t: enqueuedAt, p: "x".repeat(Math.max(0, PAYLOAD_BYTES - bare)) };
}

/**
 * A worker's task times, kept in memory and sent when the bench asks (after its measured window);
 * meanwhile only the count goes to the bench, every 50 ms, so the bench knows when all are done.
 */
export class TaskRecords {
  private readonly rows: number[] = [];
  private sent = 0;
  private timer: NodeJS.Timeout | undefined;

  add(enqueued: number, received: number, done: number): void {
    this.rows.push(enqueued, received, done);
  }

  startProgress(): void {
    const tick = () => {
      const done = this.rows.length / 3;
      if (done !== this.sent) tell({ t: "progress", done });
      this.sent = done;
      this.timer = setTimeout(tick, 50);
    };
    tick();
  }

  report(counts?: { sent: number; replies: number }): void {
    if (this.timer) clearTimeout(this.timer);
    tell({ t: "records", rows: this.rows, ...(counts ? { counts } : {}) });
  }
}
