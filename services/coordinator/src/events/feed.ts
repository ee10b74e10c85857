/**
 * What the coordinator tells the aggregator (stream FF_FEED): each item once, when it reaches its
 * final state, batched as its records are written; and each run's state changes. The aggregator
 * keeps the items for the run's report, so a finished run is never read back item by item, and it
 * no longer reads every worker event a second time.
 *
 * The feed is a shortcut, not the truth: the item records in KV are. A batch that cannot be
 * published after a few tries is logged and dropped; the aggregator then finds the items it holds
 * fewer than the run's, and reads the records instead (services/aggregator/src/aggregator.ts).
 */
import type { JetStreamClient } from "@nats-io/jetstream";
import { sleep } from "../../../common/src/abort";
import { encode, repeatedField } from "../../../common/src/codec";
import { errorFields, type Logger } from "../../../common/src/log";
import { pb, runStateName, type ItemRecord, type RunRecord } from "../../../common/src/proto";
import { FeedType, feedSubject } from "../../../common/src/subjects";
import { isTerminal } from "../runs/item-state";

/** A feed message's items stay under this many bytes (NATS' default max_payload is 1 MiB). */
const MAX_FEED_BYTES = 384 * 1024;
const TRIES = 3;

export class Feed {
  constructor(
    private readonly js: JetStreamClient,
    private readonly log: Logger,
    private readonly maxBytes = MAX_FEED_BYTES,
  ) {}

  /** Publishes the final ones of `items` (records just written), grouped by run. */
  async items(items: readonly ItemRecord[]): Promise<void> {
    const byRun = new Map<string, { bytes: Uint8Array[]; size: number }[]>();
    for (const item of items) {
      if (!isTerminal(item.state)) continue;
      const bytes = pb.ItemRecord.encode(item).finish();
      const chunks = byRun.get(item.runId) ?? [];
      let chunk = chunks[chunks.length - 1];
      if (!chunk || (chunk.size + bytes.length > this.maxBytes && chunk.bytes.length > 0)) {
        chunk = { bytes: [], size: 0 };
        chunks.push(chunk);
      }
      chunk.bytes.push(bytes);
      chunk.size += bytes.length + 8;
      byRun.set(item.runId, chunks);
    }
    for (const [runId, chunks] of byRun) {
      for (const chunk of chunks) {
        const data = repeatedField(chunk.bytes); // ItemOutcomes.items
        await this.publish(feedSubject(runId, FeedType.ITEMS), data, `${chunk.bytes.length} finished items of run ${runId}`);
      }
    }
  }

  /** A run's state changed (started, ended): the aggregator builds the report on the end. */
  async runState(record: RunRecord, reason: string): Promise<void> {
    const ev = { runId: record.runId, state: record.state, atMs: Date.now(), reason, generation: record.generation };
    await this.js.publish(feedSubject(record.runId, FeedType.RUN), encode(pb.RunStateChanged, ev), {
      msgID: `${record.runId}.run.${runStateName(record.state)}.${record.generation}.${record.updatedAtMs}`,
    });
  }

  private async publish(subject: string, data: Uint8Array, what: string): Promise<void> {
    for (let i = 1; ; i++) {
      try {
        await this.js.publish(subject, data);
        return;
      } catch (err) {
        if (i >= TRIES) {
          this.log.warn("could not feed finished items to the aggregator; it will read them from KV", { what, ...errorFields(err) });
          return;
        }
        await sleep(200 * i);
      }
    }
  }
}
