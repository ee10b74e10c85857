/**
 * bench/lib/nats-counters.ts reads a real nats-server's own counters: the message-budget test and
 * the benches count a task's messages with it, so it must count each client message once, in the
 * right direction, and only from when it was made.
 */
import { connect } from "@nats-io/transport-node";
import { natsMessageCounter } from "../bench/lib/nats-counters";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";

let nats: NatsServerHandle;

beforeAll(async () => {
  nats = await startNatsServer();
});

afterAll(async () => {
  await nats.stop();
});

test("counts what clients publish as in and what the server delivers as out, from its start", async () => {
  const nc = await connect({ servers: nats.url });
  try {
    // Traffic before the counter is made is not its concern.
    nc.publish("before.counter", "x");
    await nc.flush();
    const counter = await natsMessageCounter(nats.monitorUrl);
    const sub = nc.subscribe("counted", { max: 3 });
    const got = (async () => {
      let n = 0;
      for await (const _ of sub) n++;
      return n;
    })();
    for (let i = 0; i < 3; i++) nc.publish("counted", "payload");
    nc.publish("nobody.listens", "payload");
    expect(await got).toBe(3);
    await nc.flush();
    const d = await counter.delta();
    expect(d.in).toBe(4); // 3 delivered + 1 without a subscriber
    expect(d.out).toBe(3);
    expect(d.inBytes).toBe(4 * "payload".length);

    await counter.reset();
    nc.publish("counted.again", "y");
    await nc.flush();
    expect((await counter.delta()).in).toBe(1);
  } finally {
    await nc.close();
  }
});

test("says so when the server has no monitoring port", async () => {
  await expect(natsMessageCounter("")).rejects.toThrow("no monitoring port");
});
