/**
 * Decoding of EVENTS stream messages into typed events (the subject says which type). Workers
 * publish `results` (several results in one message); `result` and `started` are still read, so
 * events an older worker left in the stream are applied.
 */
import type { JsMsg } from "@nats-io/jetstream";
import { decode } from "../../../common/src/codec";
import { pb, type RunStateChanged, type TaskResult, type TaskRetry, type TaskStarted } from "../../../common/src/proto";
import { EventType, parseEventSubject } from "../../../common/src/subjects";

export type FleetEvent =
  | { readonly type: "result"; readonly runId: string; readonly event: TaskResult }
  | { readonly type: "results"; readonly runId: string; readonly events: readonly TaskResult[] }
  | { readonly type: "started"; readonly runId: string; readonly event: TaskStarted }
  | { readonly type: "retry"; readonly runId: string; readonly event: TaskRetry }
  | { readonly type: "run"; readonly runId: string; readonly event: RunStateChanged };

/** Undefined for subjects this version does not know (newer producers): skip them. */
export function decodeEvent(m: Pick<JsMsg, "subject" | "data">): FleetEvent | undefined {
  const s = parseEventSubject(m.subject);
  if (!s) return undefined;
  switch (s.type) {
    case EventType.RESULT:
      return { type: "result", runId: s.runId, event: decode(pb.TaskResult, m.data) };
    case EventType.RESULTS:
      return { type: "results", runId: s.runId, events: decode(pb.TaskResults, m.data).results };
    case EventType.STARTED:
      return { type: "started", runId: s.runId, event: decode(pb.TaskStarted, m.data) };
    case EventType.RETRY:
      return { type: "retry", runId: s.runId, event: decode(pb.TaskRetry, m.data) };
    case EventType.RUN:
      return { type: "run", runId: s.runId, event: decode(pb.RunStateChanged, m.data) };
    default:
      return undefined;
  }
}
