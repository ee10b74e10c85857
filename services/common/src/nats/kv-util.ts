/**
 * Bulk KV reads the client does not offer: every value under a key filter, with bounded
 * concurrency (a restarted coordinator reloads 100k item records this way).
 */
import type { KV, KvEntry } from "@nats-io/kv";

/**
 * Every live entry under `filter`, each key once, with its latest value. nats.js's `keys()` follows
 * the bucket until it has caught up, so a key written again while the listing runs comes back a
 * second time (a node advertising every 300 ms was listed twice by `framefleet nodes` in about one
 * call in thirteen): the keys are collected into a set, and `get` reads each one's latest value.
 */
export async function kvGetAll(kv: KV, filter: string, concurrency = 64): Promise<KvEntry[]> {
  const unique = new Set<string>();
  for await (const k of await kv.keys(filter)) unique.add(k);
  const keys = [...unique];
  const out: KvEntry[] = [];
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++] as string;
      const e = await kv.get(key);
      if (e && e.operation === "PUT" && e.length > 0) out.push(e);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, keys.length) }, worker));
  return out;
}

/**
 * Runs `fn` over `items` with at most `limit` promises in flight (publishing, KV puts). The first
 * failure stops it: no further item is started, and it rejects with that failure only once the
 * calls already in flight have settled, so when it returns nothing of it is still running (a
 * caller that cleans up after a failed publish knows no publish lands after its clean-up).
 */
export async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { readonly err: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        await fn(items[i] as T, i);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.err;
}
