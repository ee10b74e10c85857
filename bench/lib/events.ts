/**
 * Watching a run's starts and retries from outside the fleet, as any NATS client can: starts from
 * the nodes' adverts (a KV put is a message on $KV.ff_nodes.<node>; each names the task running on
 * each device, its attempt and start time), retries from ff.event.<run>.retry. Plain
 * subscriptions: no consumer to create or clean up.
 */
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { decode } from "../../services/common/src/codec";
import { parseServers } from "../../services/common/src/nats/connect";
import { pb, type TaskRetry, type TaskStarted } from "../../services/common/src/proto";
import { EventType, KV_NODES } from "../../services/common/src/subjects";

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
    const seen = new Set<string>();
    nc.subscribe(`$KV.${KV_NODES}.>`, {
      callback: (_err, m) => {
        if (m.data.length === 0) return;
        const advert = decode(pb.NodeAdvert, m.data, "node advert");
        for (const d of advert.devices) {
          if (!d.runningTaskId || (runId !== "*" && d.runningRunId !== runId)) continue;
          const key = `${d.runningTaskId}/${advert.node}/${d.runningStartedAtMs}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const started = pb.TaskStarted.create({ taskId: d.runningTaskId, runId: d.runningRunId, attempt: d.runningAttempt, node: advert.node, deviceUuid: d.uuid, atMs: d.runningStartedAtMs });
          ev.push(ev.started, started);
        }
      },
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
