/**
 * A run's status as the API returns it: the record with its counters, ETA, throughput, what runs
 * where, and what failed.
 */
import { ItemState, TaskKind, pb, type ItemRecord, type RunRecord, type RunStatus } from "../../common/src/proto";
import type { Throughput } from "./progress";

/** Status responses list at most this many failures; the report lists them all. */
const MAX_FAILURES = 100;

export function buildRunStatus(record: RunRecord, items: Iterable<ItemRecord>, throughput: Throughput | undefined): RunStatus {
  const running: InstanceType<typeof pb.RunningTask>[] = [];
  const failures: InstanceType<typeof pb.FailedItem>[] = [];
  for (const i of items) {
    if (i.state === ItemState.ITEM_STATE_RUNNING || i.state === ItemState.ITEM_STATE_EVALUATING) {
      const gen = i.state === ItemState.ITEM_STATE_RUNNING;
      running.push(
        pb.RunningTask.create({
          taskId: gen ? i.taskId : i.evalTaskId,
          itemKey: i.itemKey,
          node: gen ? i.node : i.evalNode,
          deviceUuid: gen ? i.deviceUuid : "",
          startedAtMs: i.startedAtMs,
          kind: gen ? TaskKind.TASK_KIND_GEN : TaskKind.TASK_KIND_EVAL,
        }),
      );
    } else if (i.state === ItemState.ITEM_STATE_FAILED && failures.length < MAX_FAILURES) {
      const last = i.errors[i.errors.length - 1];
      failures.push(pb.FailedItem.create({ taskId: i.taskId, itemKey: i.itemKey, error: last ? `${last.code}: ${last.message}` : "unknown error" }));
    }
  }
  const c = record.counters;
  const remaining = c ? c.total - c.done - c.failed : 0;
  return pb.RunStatus.create({
    run: record,
    etaS: throughput ? throughput.etaSeconds(remaining) : c && remaining === 0 ? 0 : -1,
    videosPerHour: throughput ? throughput.videosPerHour() : 0,
    running,
    failures,
  });
}
