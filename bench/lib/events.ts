/**
 * Watching a run's events from outside the fleet, as any NATS client can: JetStream stores what
 * is published on ff.event.<run>.*, and a plain subscription sees the same messages as they
 * are published, with no consumer to create or clean up.
 */
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decode } from "../../services/common/src/codec";
import { parseServers } from "../../services/common/src/nats/connect";
import { pb, type TaskRetry, type TaskStarted } from "../../services/common/src/proto";
import { EventType } from "../../services/common/src/subjects";

export interface Seen<T> {
  readonly at: number;
  readonly event: T;
}

export class RunEvents {
  readonly started: Seen<TaskStarted>[] = [];
  readonly retries: Seen<TaskRetry>[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly nc: NatsConnection) {}

  /** Follows every run's events ("*"), or one run's; start before submitting, or early events are missed. */
  static async follow(natsUrl: string, runId = "*"): Promise<RunEvents> {
    const nc = await connect({ servers: parseServers(natsUrl) });
    const ev = new RunEvents(nc);
    nc.subscribe(`ff.event.${runId}.${EventType.STARTED}`, {
      callback: (_err, m) => ev.push(ev.started, decode(pb.TaskStarted, m.data, "started event")),
    });
    nc.subscribe(`ff.event.${runId}.${EventType.RETRY}`, {
      callback: (_err, m) => ev.push(ev.retries, decode(pb.TaskRetry, m.data, "retry event")),
    });
    await nc.flush();
    return ev;
  }

  private push<T>(list: Seen<T>[], event: T): void {
    list.push({ at: Date.now(), event });
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves with the first event matching `pred` (already seen or to come). */
  async waitFor<T>(list: Seen<T>[], pred: (e: T) => boolean, timeoutMs: number, what: string): Promise<Seen<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = list.find((s) => pred(s.event));
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}
