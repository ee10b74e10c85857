/**
 * Removing tasks from the shared work queue: one run's (cancel), or single tasks not delivered yet
 * (admission withdrawing lower-priority tasks for a preempting run).
 *
 * Not with a subject-filtered purge: on nats-server 2.9.10 a filtered purge of a WorkQueue stream
 * moves the shared consumer's floor past every purged sequence, so other runs' tasks queued in
 * between are never delivered (found by test/drain.test.ts). Instead each of the run's messages
 * is found with `next_by_subj` and deleted by sequence.
 */
import { JetStreamApiError, type JetStreamManager, type MsgRequest, type StoredMsg } from "@nats-io/jetstream";

/** JetStream "no message found". */
const NO_MESSAGE = 10037;

export async function deleteSubjectMessages(jsm: JetStreamManager, stream: string, subject: string): Promise<number> {
  let deleted = 0;
  for (let seq = 1; ; ) {
    // next_by_subj is a field of the stream "msg get" API (2.9+); the client types it only for direct get.
    const query = { seq, next_by_subj: subject } as unknown as MsgRequest;
    const m = await jsm.streams.getMessage(stream, query).catch((err: unknown) => {
      if (err instanceof JetStreamApiError && err.code === NO_MESSAGE) return null;
      throw err;
    });
    if (!m) return deleted;
    const ok = await jsm.streams.deleteMessage(stream, m.seq, false).catch((err: unknown) => {
      if (err instanceof JetStreamApiError && err.code === NO_MESSAGE) return false; // acked meanwhile
      throw err;
    });
    if (ok) deleted++;
    seq = m.seq + 1;
  }
}

function orNone<T>(err: unknown): T | null {
  if (err instanceof JetStreamApiError && err.code === NO_MESSAGE) return null;
  throw err;
}

/** Whether the stream still holds the message (not acked, not deleted). */
export async function hasMessage(jsm: JetStreamManager, stream: string, seq: number): Promise<boolean> {
  return (await jsm.streams.getMessage(stream, { seq }).catch((err: unknown) => orNone<StoredMsg>(err))) !== null;
}

/** Deletes one message by sequence; false when it was gone already (acked, or deleted by someone else). */
export async function deleteMessageAt(jsm: JetStreamManager, stream: string, seq: number): Promise<boolean> {
  return (await jsm.streams.deleteMessage(stream, seq, false).catch((err: unknown) => orNone<boolean>(err))) ?? false;
}

/**
 * The messages on `subject` that `consumer` has not delivered to any worker yet, oldest first.
 * A filtered consumer delivers in stream order, so those are the ones past its delivered
 * sequence; earlier ones still stored are in a worker's hands or waiting to be redelivered.
 * Undefined when the consumer cannot be read (then nobody can say which are safe to take away).
 */
export async function undeliveredMessages(jsm: JetStreamManager, stream: string, consumer: string, subject: string): Promise<StoredMsg[] | undefined> {
  const ci = await jsm.consumers.info(stream, consumer).catch(() => undefined);
  if (!ci) return undefined;
  const out: StoredMsg[] = [];
  for (let seq = ci.delivered.stream_seq + 1; ; ) {
    const query = { seq, next_by_subj: subject } as unknown as MsgRequest;
    const m = await jsm.streams.getMessage(stream, query).catch((err: unknown) => orNone<StoredMsg>(err));
    if (!m) return out;
    out.push(m);
    seq = m.seq + 1;
  }
}
