/**
 * A run's status as the API returns it: the record with its counters, ETA and its bottleneck,
 * throughput, what runs where, what failed, and the stuck queues that hold it up.
 */
import { finishedRunPerHour, int64 } from "../../../common/src/run-rate";
import { ItemState, TaskKind, pb, type ItemRecord, type RunRecord, type RunStatus, type StuckQueue } from "../../../common/src/proto";
import type { LiveBackends } from "../fleet/backend-coverage";
import type { RunProgress } from "../runs/progress";
import { isRunFinished } from "../runs/run-store";

/** Status responses list at most this many failures; the report lists them all. */
const MAX_FAILURES = 100;

/** What a status needs beyond the run's own records. */
export interface StatusContext {
  /** The run's progress model (runs in progress have one); without it the ETA is unknown. */
  readonly progress?: RunProgress;
  /** Backends the live fleet serves: the devices each stage can count on. */
  readonly live?: LiveBackends;
  /** The fleet's stuck queues; the status lists those holding up this run. */
  readonly stuck?: readonly StuckQueue[];
  /** @default Date.now() */
  readonly now?: number;
}

export function buildRunStatus(record: RunRecord, items: Iterable<ItemRecord>, ctx: StatusContext = {}): RunStatus {
  const now = ctx.now ?? Date.now();
  const running: InstanceType<typeof pb.RunningTask>[] = [];
  const failures: InstanceType<typeof pb.FailedItem>[] = [];
  const genStarts: number[] = [];
  const evalStarts: number[] = [];
  for (const i of items) {
    if (i.state === ItemState.ITEM_STATE_RUNNING || i.state === ItemState.ITEM_STATE_EVALUATING) {
      const gen = i.state === ItemState.ITEM_STATE_RUNNING;
      (gen ? genStarts : evalStarts).push(int64(i.startedAtMs) || now);
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
  let etaS = -1;
  let bottleneck = "";
  let perHour: number | undefined;
  if (isRunFinished(record.state)) {
    etaS = 0;
    // Done items over the wall time (submit to the last item done): what the run delivered.
    perHour = finishedRunPerHour(record, c?.done ?? 0);
  } else if (c && remaining <= 0) {
    etaS = 0;
  } else if (c && ctx.progress) {
    const devices = (kind: "gen" | "eval", backend: string) => ctx.live?.devices(kind, backend) ?? 0;
    const est = ctx.progress.estimate({
      now,
      gen: { waiting: c.queued, running: genStarts, devices: devices("gen", record.generatorBackend) },
      eval: record.evaluatorBackend ? { waiting: c.generated, running: evalStarts, devices: devices("eval", record.evaluatorBackend) } : null,
    });
    etaS = est.etaS ?? -1;
    bottleneck = est.bottleneck ?? "";
    perHour = est.perHour;
  }
  return pb.RunStatus.create({
    run: record,
    etaS,
    etaBottleneck: bottleneck,
    videosPerHour: perHour ?? -1,
    running,
    failures,
    stuck: isRunFinished(record.state) || !c ? [] : (ctx.stuck ?? []).filter((q) => holdsUp(q, record, c)),
  });
}

/** A stuck queue holds up a run that has tasks waiting on it: generation tasks, or videos waiting for evaluation. */
function holdsUp(q: StuckQueue, record: RunRecord, c: NonNullable<RunRecord["counters"]>): boolean {
  if (q.kind === TaskKind.TASK_KIND_GEN) return q.backend === record.generatorBackend && c.queued + c.running > 0;
  return q.backend === record.evaluatorBackend && record.evaluatorBackend !== "" && c.generated + c.evaluating > 0;
}
