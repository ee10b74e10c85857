/**
 * kvGetAll (every record the coordinator lists: runs, items, node adverts) against a real
 * nats-server while the keys are being written, as node adverts are every few hundred ms:
 * each key must come back once. nats.js's `keys()` alone returns a key again when it is
 * rewritten during the listing, which made `framefleet nodes` list a node twice.
 */
import { Kvm, type KV } from "@nats-io/kv";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { kvGetAll } from "../services/common/src/nats/kv-util";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";

const KEYS = Array.from({ length: 50 }, (_, i) => `node-${String(i).padStart(2, "0")}`);

let ns: NatsServerHandle;
let nc: NatsConnection;
let kv: KV;

beforeAll(async () => {
  ns = await startNatsServer();
  nc = await connect({ servers: ns.url });
  kv = await new Kvm(nc).create("listing", { history: 1 });
  for (const k of KEYS) await kv.put(k, "advert 0");
});

afterAll(async () => {
  await nc?.close();
  await ns?.stop();
});

test("every key is listed once while every key is rewritten during the listings", async () => {
  let writing = true;
  let round = 0;
  // Rewrites every key over and over, as a fleet of nodes advertising does, until the listings are done.
  const writer = (async () => {
    while (writing) {
      round++;
      for (const k of KEYS) await kv.put(k, `advert ${round}`);
    }
  })();
  const listings: string[][] = [];
  try {
    for (let i = 0; i < 30; i++) listings.push((await kvGetAll(kv, ">")).map((e) => e.key));
  } finally {
    writing = false;
    await writer;
  }
  // The writer really did rewrite the keys while the listings ran.
  expect(round).toBeGreaterThan(1);
  for (const keys of listings) expect([...keys].sort()).toEqual(KEYS);
});

test("a deleted key is not listed, and the others are, once each", async () => {
  await kv.delete("node-07");
  const keys = (await kvGetAll(kv, ">")).map((e) => e.key).sort();
  expect(keys).toEqual(KEYS.filter((k) => k !== "node-07"));
  await kv.put("node-07", "back");
});
