/**
 * A planned run's item records, encoded, many to a buffer: the form in which a plan crosses from
 * the planning thread to the coordinator (the buffers are transferred, not copied) and in which
 * the records are written to KV (as they are, not encoded again).
 */
import { decode } from "../../../common/src/codec";
import { pb, type ItemRecord } from "../../../common/src/proto";

/** Records per chunk: a few MB, so no single buffer grows large and decoding yields often. */
export const ITEMS_PER_CHUNK = 2048;

export interface ItemChunk {
  /** The encoded records back to back. */
  readonly bytes: Uint8Array;
  /** Where each record ends in `bytes`. */
  readonly ends: Uint32Array;
}

/** Packs encoded records into chunks as they come. */
export class ChunkWriter {
  readonly chunks: ItemChunk[] = [];
  private pending: Uint8Array[] = [];
  private count = 0;

  add(record: Uint8Array): void {
    this.pending.push(record);
    this.count++;
    if (this.pending.length >= ITEMS_PER_CHUNK) this.flush();
  }

  /** Records added so far. */
  get size(): number {
    return this.count;
  }

  /** The chunks, the last one included. */
  finish(): ItemChunk[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const ends = new Uint32Array(this.pending.length);
    let at = 0;
    this.pending.forEach((r, i) => {
      at += r.length;
      ends[i] = at;
    });
    const bytes = new Uint8Array(at);
    at = 0;
    for (const r of this.pending) {
      bytes.set(r, at);
      at += r.length;
    }
    this.chunks.push({ bytes, ends });
    this.pending = [];
  }
}

/** The records of one chunk, each decoded with its encoded bytes (a view into the chunk). */
export function* chunkRecords(chunk: ItemChunk): Generator<{ readonly item: ItemRecord; readonly bytes: Uint8Array }> {
  let start = 0;
  for (const end of chunk.ends) {
    const bytes = chunk.bytes.subarray(start, end);
    yield { item: decode(pb.ItemRecord, bytes, "planned item record"), bytes };
    start = end;
  }
}

/** Buffers to hand over with postMessage so the chunks move instead of being copied. */
export function transferList(chunks: readonly ItemChunk[]): ArrayBuffer[] {
  return chunks.flatMap((c) => [c.bytes.buffer as ArrayBuffer, c.ends.buffer as ArrayBuffer]);
}
