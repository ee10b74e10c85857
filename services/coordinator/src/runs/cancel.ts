/**
 * Cancelling a run in any unfinished state, or one that FAILED (e.g. while it was queued): a run
 * being queued stops first, so no task of it lands after the removal; then its queued tasks are
 * removed, its running ones stopped, and its unfinished items end as cancelled.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { ItemState, RunState, pb, runStateName, type ItemRecord } from "../../../common/src/proto";
import type { Admission } from "../admission/admission";
import type { RunCompletion } from "./completion";
import { isTerminal } from "./item-state";
import type { ItemWriter } from "./item-writer";
import type { RunQueuer } from "./run-queuer";
import type { RunStore } from "./run-store";

export interface CancelDeps {
  readonly store: RunStore;
  readonly queuer: RunQueuer;
  readonly admission: Admission;
  readonly writer: ItemWriter;
  readonly completion: RunCompletion;
}

/** Cancels the run; returns how many of its queued tasks were removed. */
export async function cancelRun(deps: CancelDeps, runId: string): Promise<number> {
  const { store, queuer, admission, writer } = deps;
  // A run being queued stops first: no task of it lands after the removal below.
  await queuer.stop(runId);
  let run = store.get(runId);
  let before = "";
  if (!run) {
    const record = await store.record(runId);
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist`);
    if (record.state === RunState.RUN_STATE_COMPLETED || record.state === RunState.RUN_STATE_CANCELLED) {
      throw new FleetError(FleetErrorCode.ILLEGAL_STATE, `run ${runId} is already ${runStateName(record.state)}`);
    }
    if (record.state === RunState.RUN_STATE_FAILED) before = ` (it had failed: ${record.reason})`;
    run = await store.load(record);
  }
  // Nothing of it waits for admission any more, and what it holds in the queue goes. A pump
  // under way may still be publishing tasks it chose before the forget: they land first, so
  // the removal below finds them.
  admission.forget(run.id);
  await admission.idle();
  const purged = await queuer.withdrawTasks(run);
  // Items that were not finished end here, so the run's counters, status and report add up.
  const ended: ItemRecord[] = [];
  const now = Date.now();
  for (const item of run.items.values()) {
    if (isTerminal(item.state)) continue;
    const next = pb.ItemRecord.create({
      ...item,
      state: ItemState.ITEM_STATE_FAILED,
      errors: [...item.errors, pb.TaskError.create({ code: FleetErrorCode.CANCELLED, message: "the run was cancelled", atMs: now })],
    });
    run.replaceItem(item, next);
    ended.push(next);
  }
  // The items it ended reached their final state now: the run's wall time ends here.
  if (ended.length > 0) run.record.lastItemDoneAtMs = now;
  await writer.writeAll(ended);
  const planning = run.record.publishedAll ? "" : " while it was being queued";
  await deps.completion.finish(run, RunState.RUN_STATE_CANCELLED, `cancelled by user${planning}${before}`);
  return purged;
}
