/**
 * Bulk KV reads the client does not offer: every value under a key filter, with bounded
 * concurrency (a restarted coordinator reloads 100k item records this way).
 */
import { Bucket, type KV, type KvEntry } from "@nats-io/kv";

/**
 * Every live entry under `filter`, each key once, with its latest value.
 *
 * The keys come from the bucket stream's subject list, one request (paged by the client for large
 * buckets), not from nats.js's `keys()`: that follows the bucket with a consumer until it has
 * caught up, so a bucket written to all the time (node adverts every 300 ms, run records every
 * status interval) could keep it reading for tens of seconds on a loaded machine (the Control API
 * then timed out on `framefleet nodes` and `status`), and it returned a key again when it was
 * rewritten during the listing. `get` reads each key's latest value; deleted keys are skipped.
 */
export async function kvGetAll(kv: KV, filter: string, concurrency = 64): Promise<KvEntry[]> {
  const keys = await kvKeys(kv, filter);
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

/** The keys under `filter` that hold a message (a deleted key's marker included), each once. */
export async function kvKeys(kv: KV, filter: string): Promise<string[]> {
  if (!(kv instanceof Bucket)) {
    // Not a JetStream-backed bucket (never the case here): the client's own listing.
    const unique = new Set<string>();
    for await (const k of await kv.keys(filter)) unique.add(k);
    return [...unique];
  }
  const subjectFilter = kv.fullKeyName(kv.encodeKey(filter));
  const si = await kv.jsm.streams.info(kv.stream, { subjects_filter: subjectFilter });
  return Object.keys(si.state.subjects ?? {}).map((subject) => kv.decodeKey(subject.substring(kv.prefixLen)));
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
