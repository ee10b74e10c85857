/**
 * One backend's line for one kind of task: per run, the tasks waiting for admission (in the
 * order they will go) and the tasks admitted and not finished. Counts only; which run goes next
 * is the policy's choice.
 */
import type { TaskKindName } from "../../../common/src/task-kind";

export const laneKey = (kind: TaskKindName, backend: string): string => `${kind}\u0000${backend}`;

/** A first-in first-out line that does not copy on every take (a run may wait with 100,000 tasks). */
class Line {
  private items: string[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(id: string): void {
    this.items.push(id);
  }

  unshift(id: string): void {
    if (this.head > 0) this.items[--this.head] = id;
    else this.items.unshift(id);
  }

  shift(): string | undefined {
    if (this.head >= this.items.length) return undefined;
    const id = this.items[this.head++];
    // Compact once the taken part is most of the array.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return id;
  }

  has(id: string): boolean {
    return this.items.indexOf(id, this.head) >= 0;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

interface RunLine {
  readonly waiting: Line;
  readonly admitted: Set<string>;
}

export class Lane {
  readonly key: string;
  private readonly runs = new Map<string, RunLine>();

  constructor(
    readonly kind: TaskKindName,
    readonly backend: string,
  ) {
    this.key = laneKey(kind, backend);
  }

  private of(runId: string): RunLine {
    let r = this.runs.get(runId);
    if (!r) {
      r = { waiting: new Line(), admitted: new Set() };
      this.runs.set(runId, r);
    }
    return r;
  }

  /** The task waits at the end of its run's line (unless it is already admitted). */
  wait(runId: string, taskId: string): void {
    const r = this.of(runId);
    if (!r.admitted.has(taskId)) r.waiting.push(taskId);
  }

  /** Counts the task as admitted (a coordinator loading its runs). */
  admitted(runId: string, taskId: string): void {
    this.of(runId).admitted.add(taskId);
  }

  /** Takes the run's next waiting task and counts it admitted. */
  admitNext(runId: string): string | undefined {
    const r = this.runs.get(runId);
    const id = r?.waiting.shift();
    if (r && id !== undefined) r.admitted.add(id);
    return id;
  }

  /** A publish failed: the task goes back to the head of its run's line. */
  unadmit(runId: string, taskId: string): void {
    const r = this.of(runId);
    if (r.admitted.delete(taskId)) r.waiting.unshift(taskId);
  }

  /**
   * A running task was handed back for a run of a higher priority: its place is free and it
   * waits first in its run's line (once: a withdrawn task whose stale message still ran may
   * be there already).
   */
  preempted(runId: string, taskId: string): boolean {
    const r = this.of(runId);
    const held = r.admitted.delete(taskId);
    if (!r.waiting.has(taskId)) r.waiting.unshift(taskId);
    return held;
  }

  /** The run's admitted tasks (running, or queued and not started). */
  admittedIds(runId: string): ReadonlySet<string> {
    return this.runs.get(runId)?.admitted ?? EMPTY;
  }

  /** The task's stage ended; returns whether it held a place. */
  release(runId: string, taskId: string): boolean {
    const r = this.runs.get(runId);
    if (!r) return false;
    const held = r.admitted.delete(taskId);
    if (r.admitted.size === 0 && r.waiting.size === 0) this.runs.delete(runId);
    return held;
  }

  /** Forgets the run; returns whether it held any place. */
  drop(runId: string): boolean {
    const r = this.runs.get(runId);
    this.runs.delete(runId);
    return (r?.admitted.size ?? 0) > 0;
  }

  waitingCount(): number {
    let n = 0;
    for (const r of this.runs.values()) n += r.waiting.size;
    return n;
  }

  admittedCount(): number {
    let n = 0;
    for (const r of this.runs.values()) n += r.admitted.size;
    return n;
  }

  /** Per run: admitted (in flight) and waiting counts. */
  *counts(): IterableIterator<[string, { inFlight: number; pending: number }]> {
    for (const [runId, r] of this.runs) yield [runId, { inFlight: r.admitted.size, pending: r.waiting.size }];
  }
}
