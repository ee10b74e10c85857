/**
 * Removing one run's tasks from the shared work queue.
 *
 * Not with a subject-filtered purge: on nats-server 2.9.10 a filtered purge of a WorkQueue stream
 * moves the shared consumer's floor past every purged sequence, so other runs' tasks queued in
 * between are never delivered (found by test/drain.test.ts). Instead each of the run's messages
 * is found with `next_by_subj` and deleted by sequence.
 */
import { JetStreamApiError, type JetStreamManager, type MsgRequest } from "@nats-io/jetstream";

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
