/**
 * A run's item records as the coordinator wrote them (with every error and timing), and the
 * time intervals their generation held a device, for tests that check who ran when.
 */
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { decode } from "../../services/common/src/codec";
import { kvGetAll } from "../../services/common/src/nats/kv-util";
import { pb, type ItemRecord } from "../../services/common/src/proto";
import { KV_ITEMS } from "../../services/common/src/subjects";

/** The item records of a run, by task id. */
export async function itemRecords(nc: NatsConnection, runId: string): Promise<Map<string, ItemRecord>> {
  const kv = await new Kvm(nc).open(KV_ITEMS);
  const out = new Map<string, ItemRecord>();
  for (const e of await kvGetAll(kv, `${runId}.>`)) {
    const rec = decode(pb.ItemRecord, e.value);
    out.set(rec.taskId, rec);
  }
  return out;
}

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** When each item's (last) generation attempt ran; throws for an item without one. */
export function genIntervals(records: Iterable<ItemRecord>): Interval[] {
  return [...records].map((r) => {
    const start = Number(r.genTimings?.startedAtMs ?? 0);
    const end = Number(r.genTimings?.finishedAtMs ?? 0);
    if (!start || end < start) throw new Error(`item ${r.taskId} has no generation timings`);
    return { start, end };
  });
}

/** The most intervals that hold at one instant (an interval ending when another starts does not overlap it). */
export function maxConcurrent(intervals: readonly Interval[]): number {
  const points = intervals.flatMap((i) => [
    { at: i.start, d: 1 },
    { at: i.end, d: -1 },
  ]);
  // Ends before starts at the same instant.
  points.sort((a, b) => a.at - b.at || a.d - b.d);
  let now = 0;
  let most = 0;
  for (const p of points) {
    now += p.d;
    most = Math.max(most, now);
  }
  return most;
}

/** Milliseconds of the intervals that fall inside [from, to]. */
export function timeWithin(intervals: readonly Interval[], from: number, to: number): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, Math.min(i.end, to) - Math.max(i.start, from)), 0);
}
