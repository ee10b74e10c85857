/**
 * Publishing one task to FF_TASKS, the only way the coordinator does it: the item's stage task
 * built from its record and the run spec, under a message id that makes a second publish of the
 * same attempt a duplicate JetStream drops.
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import { encode } from "../../../common/src/codec";
import { taskMsgId } from "../../../common/src/ids";
import type { StreamWrite } from "../../../common/src/nats/ordered-publish";
import { hasMessage } from "../../../common/src/nats/task-queue";
import { pb, type ItemRecord } from "../../../common/src/proto";
import { STREAM_TASKS, taskSubject } from "../../../common/src/subjects";
import type { TaskKindName } from "../../../common/src/task-kind";
import type { ActiveRun } from "../runs/run-store";
import { buildEvalTask, buildGenTask } from "../runs/task-builder";

/** Publishing one task again finds at most this many earlier ids of it gone (withdrawn) before it gives up. */
const MAX_ID_CHAIN = 32;

/** The task message of the item's stage; undefined when the stage has no task. */
export function taskMessage(run: ActiveRun, item: ItemRecord, kind: TaskKindName): StreamWrite | undefined {
  const t = kind === "gen" ? buildGenTask(item, run.spec) : buildEvalTask(item, run.spec);
  if (!t) return undefined;
  // A preempted task goes back with a new id: the old message is gone, and the duplicate window
  // would drop the same id published again.
  const msgID = taskMsgId(t.taskId, run.record.generation) + (item.preemptions > 0 ? `.p${item.preemptions}` : "");
  return { subject: taskSubject(kind, t.backend, t.runId), data: encode(pb.Task, t), msgID };
}

/** Publishes one task message (from `taskMessage`), acknowledged, following a duplicate's trail. */
export async function publishTask(nats: { readonly js: JetStreamClient; readonly jsm: JetStreamManager }, run: ActiveRun, msg: StreamWrite): Promise<void> {
  const base = msg.msgID as string;
  let msgID = base;
  for (let i = 0; ; i++) {
    const ack = await nats.js.publish(msg.subject, msg.data, { msgID });
    if (!ack.duplicate) return;
    // A duplicate whose message is still queued (a restart published it already) is the task's
    // message. One that is gone was withdrawn for a preempting run (or ran already): publish it
    // under an id made from the gone message's sequence, the same after a restart. Runs queued
    // whole by an older coordinator are never withdrawn: their duplicates are just duplicates.
    if (!run.record.admission || i >= MAX_ID_CHAIN || (await hasMessage(nats.jsm, STREAM_TASKS, ack.seq))) return;
    msgID = `${base}.r${ack.seq}`;
  }
}
