import { ClosedConnectionError, NoRespondersError, RequestError, TimeoutError, type Status } from "@nats-io/transport-node";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { NatsLink, isNatsFailure, redactServers } from "./nats-link";

/** A connection whose status events the test pushes, as nats.js yields them. */
function connection() {
  const queue: Status[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  return {
    push(s: Status) {
      queue.push(s);
      wake?.();
    },
    isClosed: () => closed,
    close() {
      closed = true;
      wake?.();
    },
    status(): AsyncIterable<Status> {
      return {
        async *[Symbol.asyncIterator]() {
          while (!closed) {
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

describe("isNatsFailure", () => {
  test("nats.js timeouts, no responders and closed connections, also wrapped", () => {
    expect(isNatsFailure(new TimeoutError())).toBe(true);
    expect(isNatsFailure(new RequestError("request failed", { cause: new NoRespondersError("$JS.API.INFO") }))).toBe(true);
    expect(isNatsFailure(new ClosedConnectionError())).toBe(true);
    expect(isNatsFailure(new Error("listing runs", { cause: new TimeoutError() }))).toBe(true);
  });

  test("not the coordinator's own errors", () => {
    expect(isNatsFailure(new FleetError(FleetErrorCode.NOT_FOUND, "run x does not exist"))).toBe(false);
    expect(isNatsFailure(new Error("timeout"))).toBe(false);
    expect(isNatsFailure("timeout")).toBe(false);
  });
});

test("redactServers keeps hosts and ports, never user names or passwords", () => {
  expect(redactServers("nats://alice:s3cret@n1:4222, tls://tok@n2:4222,nats://n3:4222,bob:pw@n4:4222")).toBe("nats://n1:4222,tls://n2:4222,nats://n3:4222,n4:4222");
});

describe("NatsLink.explain", () => {
  test("a NATS timeout while disconnected: UNAVAILABLE naming NATS, its address and what to check", async () => {
    const nc = connection();
    const link = new NatsLink(nc, "nats://u:p@127.0.0.1:4222").start();
    nc.push({ type: "disconnect", server: "127.0.0.1:4222" });
    await settle();
    expect(link.isDown()).toBe(true);
    const e = link.explain(new TimeoutError()) as FleetError;
    expect(e.code).toBe(FleetErrorCode.UNAVAILABLE);
    expect(e.message).toBe(
      "the coordinator cannot reach NATS at nats://127.0.0.1:4222 (timeout): is nats-server running, and reachable from the coordinator's machine (its nats.url)? The coordinator keeps reconnecting; try again once NATS is back",
    );
    // Any failure while down is NATS's doing, whatever nats.js called it.
    expect((link.explain(new Error("invalid state")) as FleetError).code).toBe(FleetErrorCode.UNAVAILABLE);
    // The coordinator's own answers stay what they are.
    const notFound = new FleetError(FleetErrorCode.NOT_FOUND, "run x does not exist");
    expect(link.explain(notFound)).toBe(notFound);
    nc.close();
  });

  test("connected again: a NATS timeout says NATS did not answer in time; other errors pass through", async () => {
    const nc = connection();
    const link = new NatsLink(nc, "nats://127.0.0.1:4222").start();
    nc.push({ type: "disconnect", server: "127.0.0.1:4222" });
    nc.push({ type: "reconnect", server: "127.0.0.1:4222" });
    await settle();
    expect(link.isDown()).toBe(false);
    const e = link.explain(new TimeoutError()) as FleetError;
    expect(e.code).toBe(FleetErrorCode.UNAVAILABLE);
    expect(e.message).toMatch(/^NATS at nats:\/\/127\.0\.0\.1:4222 did not answer the coordinator in time \(timeout\): /);
    const bug = new TypeError("x is undefined");
    expect(link.explain(bug)).toBe(bug);
    nc.close();
  });
});
