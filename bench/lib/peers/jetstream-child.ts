/**
 * A process of the raw JetStream peer: a worker (one `consume()` of the shared durable pull
 * consumer holding at most 16 messages, a plain `ack()` per message) or the producer (JetStream
 * publishes, PRODUCER_WINDOW awaiting their acks at a time).
 */
import { jetstream } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { childConfig, fail, onParent, payload, tell, TaskRecords, type TaskBody } from "./child";

export interface JetstreamChildConfig {
  readonly mode: "worker" | "producer";
  readonly servers: string;
  readonly stream: string;
  readonly consumer: string;
  readonly subject: string;
  readonly slots: number;
  readonly window: number;
}

const cfg = childConfig<JetstreamChildConfig>();

async function worker(): Promise<void> {
  const nc = await connect({ servers: cfg.servers, name: "peer-worker" });
  const consumer = await jetstream(nc).consumers.get(cfg.stream, cfg.consumer);
  const messages = await consumer.consume({ max_messages: cfg.slots });
  const records = new TaskRecords();
  records.startProgress();
  const loop = (async () => {
    for await (const m of messages) {
      const received = Date.now();
      const body = m.json<TaskBody>();
      // Done once the ack is handed to the client: a plain ack is not confirmed by the server.
      m.ack();
      records.add(body.t, received, Date.now());
    }
  })();
  loop.catch(fail);
  onParent(async (m) => {
    if (m.t === "report") records.report();
    else if (m.t === "exit") {
      messages.stop();
      await nc.drain();
      process.exit(0);
    }
  });
  tell({ t: "ready" });
}

async function producer(): Promise<void> {
  const nc = await connect({ servers: cfg.servers, name: "peer-producer" });
  const js = jetstream(nc);
  onParent(async (m) => {
    if (m.t === "go") {
      const t0 = Date.now();
      for (let i = 0; i < m.tasks; i += cfg.window) {
        const now = Date.now();
        const n = Math.min(cfg.window, m.tasks - i);
        await Promise.all(Array.from({ length: n }, (_, j) => js.publish(cfg.subject, JSON.stringify(payload(i + j, now)))));
      }
      tell({ t: "enqueued", ms: Date.now() - t0 });
    } else if (m.t === "report") tell({ t: "records", rows: [] });
    else if (m.t === "exit") {
      await nc.drain();
      process.exit(0);
    }
  });
  tell({ t: "ready" });
}

(cfg.mode === "worker" ? worker() : producer()).catch(fail);
