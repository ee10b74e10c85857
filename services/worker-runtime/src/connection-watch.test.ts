import type { Status } from "@nats-io/transport-node";
import { nullLogger } from "../../common/src/log";
import { ConnectionWatch } from "./connection-watch";

/** A connection whose status events the test pushes, in the order nats.js yields them. */
function connection() {
  const queue: Status[] = [];
  let wake: (() => void) | undefined;
  return {
    push(s: Status) {
      queue.push(s);
      wake?.();
    },
    status(): AsyncIterable<Status> {
      return {
        async *[Symbol.asyncIterator]() {
          for (;;) {
            const s = queue.shift();
            if (s) yield s;
            else await new Promise<void>((r) => (wake = r));
          }
        },
      } as AsyncIterable<Status>;
    },
  };
}

const settle = () => new Promise((r) => setImmediate(r));

test("a stale connection stops pulls until the reconnect, which calls onUp once", async () => {
  const nc = connection();
  const calls: string[] = [];
  const watch = new ConnectionWatch(nc, nullLogger, { onDown: () => calls.push("down"), onUp: () => calls.push("up") }).start();
  expect(watch.connected).toBe(true);
  nc.push({ type: "ping", pendingPings: 3 });
  nc.push({ type: "staleConnection" });
  nc.push({ type: "disconnect", server: "10.0.0.1:4222" });
  // Each failed attempt says so again while the link stays down: one "down" is enough.
  nc.push({ type: "reconnecting" });
  nc.push({ type: "disconnect", server: "10.0.0.1:4222" });
  await settle();
  expect(watch.connected).toBe(false);
  expect(calls).toEqual(["down"]);
  nc.push({ type: "reconnect", server: "10.0.0.1:4222" });
  await settle();
  expect(watch.connected).toBe(true);
  expect(calls).toEqual(["down", "up"]);
});

test("a reconnect without a disconnect before it (a forced reconnect) changes nothing", async () => {
  const nc = connection();
  const calls: string[] = [];
  const watch = new ConnectionWatch(nc, nullLogger, { onUp: () => calls.push("up") }).start();
  nc.push({ type: "reconnect", server: "10.0.0.1:4222" });
  await settle();
  expect(watch.connected).toBe(true);
  expect(calls).toEqual([]);
});
