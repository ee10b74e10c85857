/**
 * Messages through a nats-server, from the server's own counters (`/varz` on its monitoring
 * port): `in_msgs` counts what clients published to the server (task publishes, pull requests,
 * acks, KV writes, JetStream API requests), `out_msgs` what it delivered to clients (deliveries,
 * publish acks, API replies). JetStream's internal traffic inside the server is not a client
 * message and is not counted either way.
 */

export interface NatsMessageCounts {
  readonly in: number;
  readonly out: number;
  readonly inBytes: number;
  readonly outBytes: number;
}

export interface NatsMessageCounter {
  /** Counts since the counter was made (or last reset). */
  delta(): Promise<NatsMessageCounts>;
  /** Starts counting from now. */
  reset(): Promise<void>;
}

interface Varz {
  in_msgs: number;
  out_msgs: number;
  in_bytes: number;
  out_bytes: number;
}

/** Reads `/varz` once: the server's totals since it started. */
export async function readNatsCounts(monitorUrl: string): Promise<NatsMessageCounts> {
  if (!monitorUrl) throw new Error("this nats-server has no monitoring port (start it with -m)");
  const res = await fetch(`${monitorUrl.replace(/\/$/, "")}/varz`);
  if (!res.ok) throw new Error(`GET ${monitorUrl}/varz answered ${res.status}`);
  const v = (await res.json()) as Varz;
  return { in: v.in_msgs, out: v.out_msgs, inBytes: v.in_bytes, outBytes: v.out_bytes };
}

/** A counter of the messages a nats-server handles from now on (its monitoring URL, e.g. `http://127.0.0.1:8222`). */
export async function natsMessageCounter(monitorUrl: string): Promise<NatsMessageCounter> {
  let base = await readNatsCounts(monitorUrl);
  return {
    async delta() {
      const now = await readNatsCounts(monitorUrl);
      return { in: now.in - base.in, out: now.out - base.out, inBytes: now.inBytes - base.inBytes, outBytes: now.outBytes - base.outBytes };
    },
    async reset() {
      base = await readNatsCounts(monitorUrl);
    },
  };
}

export interface ConnectionCounts {
  readonly in: number;
  readonly out: number;
}

interface Connz {
  connections?: { name?: string; in_msgs: number; out_msgs: number }[];
}

/** The messages of each open client connection (`/connz`), summed per connection name ("" when unnamed). */
export async function readNatsCountsByName(monitorUrl: string): Promise<Map<string, ConnectionCounts>> {
  if (!monitorUrl) throw new Error("this nats-server has no monitoring port (start it with -m)");
  const res = await fetch(`${monitorUrl.replace(/\/$/, "")}/connz?limit=100000`);
  if (!res.ok) throw new Error(`GET ${monitorUrl}/connz answered ${res.status}`);
  const out = new Map<string, ConnectionCounts>();
  for (const c of ((await res.json()) as Connz).connections ?? []) {
    const prev = out.get(c.name ?? "") ?? { in: 0, out: 0 };
    out.set(c.name ?? "", { in: prev.in + c.in_msgs, out: prev.out + c.out_msgs });
  }
  return out;
}

/**
 * Which clients the messages come from and go to: per connection name, the messages from now on.
 * Only connections open at the end are seen (a connection closed meanwhile takes its counts along).
 */
export async function natsMessagesByName(monitorUrl: string): Promise<{ delta(): Promise<Map<string, ConnectionCounts>> }> {
  const base = await readNatsCountsByName(monitorUrl);
  return {
    async delta() {
      const out = new Map<string, ConnectionCounts>();
      for (const [name, now] of await readNatsCountsByName(monitorUrl)) {
        const b = base.get(name) ?? { in: 0, out: 0 };
        out.set(name, { in: now.in - b.in, out: now.out - b.out });
      }
      return out;
    },
  };
}
