/**
 * The raw JetStream peer: a fresh nats-server (started as the fleet starts its own), one
 * work-queue stream on file storage, one durable pull consumer with explicit acks shared by 4
 * worker processes that each keep at most 16 messages in hand, and a producer publishing with
 * JetStream publish (each publish acked by the stream). Messages are the server's own counters.
 */
import { AckPolicy, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { startNatsServer } from "../../../services/common/src/nats/server-process";
import { natsMessageCounter, natsMessagesByName } from "../nats-counters";
import { messagesByRole, PRODUCER_WINDOW, SLOTS_PER_WORKER, TASKS, type SystemRow } from "./common";
import type { JetstreamChildConfig } from "./jetstream-child";
import { childScript, runPeer } from "./run-peer";

const STREAM = "PEERS";
const CONSUMER = "workers";
const SUBJECT = "peers.tasks";

export async function jetstreamPeer(): Promise<SystemRow> {
  const nats = await startNatsServer();
  try {
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.add({ name: STREAM, subjects: [SUBJECT], retention: RetentionPolicy.Workqueue, storage: StorageType.File });
      await jsm.consumers.add(STREAM, { durable_name: CONSUMER, ack_policy: AckPolicy.Explicit });
    } finally {
      await nc.close();
    }
    return await runPeer({
      system: "jetstream",
      server: { role: "nats-server", pid: nats.pid },
      script: childScript("jetstream-child"),
      config: (mode): JetstreamChildConfig => ({ mode, servers: nats.url, stream: STREAM, consumer: CONSUMER, subject: SUBJECT, slots: SLOTS_PER_WORKER, window: PRODUCER_WINDOW }),
      messagesCounted: "NATS messages from the server's /varz: in_msgs (clients → server) and out_msgs (server → clients)",
      async startCount() {
        const counter = await natsMessageCounter(nats.monitorUrl);
        const byName = await natsMessagesByName(nats.monitorUrl);
        return async () => {
          const d = await counter.delta();
          const byProcess = messagesByRole(await byName.delta(), (n) => (n === "peer-worker" ? "workers" : n === "peer-producer" ? "producer" : "other"), TASKS);
          return { in: d.in, out: d.out, byProcess };
        };
      },
    });
  } finally {
    await nats.stop();
  }
}
