/**
 * A process of the BullMQ peer: a Worker (concurrency 16, a processor that returns at once) or the
 * producer (addBulk in chunks of PRODUCER_WINDOW jobs). Every Redis command its ioredis clients
 * send, and every reply, is counted here: Redis's own counters also count the commands BullMQ's
 * Lua scripts run inside the server, which never cross the wire.
 */
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { childConfig, fail, onParent, payload, tell, TaskRecords } from "./child";

export interface BullmqChildConfig {
  readonly mode: "worker" | "producer";
  readonly host: string;
  readonly port: number;
  readonly queue: string;
  readonly concurrency: number;
  readonly window: number;
}

const cfg = childConfig<BullmqChildConfig>();
const traffic = countCommands();
const connection = { host: cfg.host, port: cfg.port, maxRetriesPerRequest: null };

/** Counts commands through every ioredis client of this process (BullMQ makes its own). */
function countCommands(): { mark(): void; read(): { sent: number; replies: number } } {
  let sent = 0;
  let replies = 0;
  let base = { sent: 0, replies: 0 };
  const proto = Redis.prototype as unknown as { sendCommand: (this: Redis, ...a: unknown[]) => Promise<unknown> };
  const original = proto.sendCommand;
  proto.sendCommand = function (this: Redis, ...args: unknown[]) {
    sent++;
    const p = original.apply(this, args);
    // A reply, error or not, is one message back; the caller handles the outcome.
    p.then(
      () => replies++,
      () => replies++,
    );
    return p;
  };
  return {
    mark: () => (base = { sent, replies }),
    read: () => ({ sent: sent - base.sent, replies: replies - base.replies }),
  };
}

async function worker(): Promise<void> {
  const records = new TaskRecords();
  const w = new Worker(cfg.queue, async () => undefined, { connection, concurrency: cfg.concurrency });
  w.on("completed", (job) => records.add(job.timestamp, job.processedOn ?? NaN, job.finishedOn ?? NaN));
  w.on("failed", (job, err) => fail(new Error(`job ${job?.id} failed: ${err.message}`)));
  w.on("error", fail);
  await w.waitUntilReady();
  records.startProgress();
  onParent(async (m) => {
    if (m.t === "mark") traffic.mark();
    else if (m.t === "report") records.report(traffic.read());
    else if (m.t === "exit") {
      await w.close();
      process.exit(0);
    }
  });
  tell({ t: "ready" });
}

async function producer(): Promise<void> {
  const q = new Queue(cfg.queue, { connection });
  await q.waitUntilReady();
  onParent(async (m) => {
    if (m.t === "go") {
      traffic.mark();
      const t0 = Date.now();
      for (let i = 0; i < m.tasks; i += cfg.window) {
        const now = Date.now();
        const n = Math.min(cfg.window, m.tasks - i);
        await q.addBulk(Array.from({ length: n }, (_, j) => ({ name: "t", data: payload(i + j, now) })));
      }
      tell({ t: "enqueued", ms: Date.now() - t0 });
    } else if (m.t === "report") tell({ t: "records", rows: [], counts: traffic.read() });
    else if (m.t === "exit") {
      await q.close();
      process.exit(0);
    }
  });
  tell({ t: "ready" });
}

(cfg.mode === "worker" ? worker() : producer()).catch(fail);
