/**
 * What a resumed (or retried) run does with each item. A committed video is reused only while its
 * file still matches the sha256 it was committed with; everything else is queued again with a
 * fresh attempt budget.
 *
 *   failed, video still valid      → generated (evaluate again)
 *   failed, no valid video         → queued
 *   done/generated/evaluating, video valid → kept (generated/evaluating go back to generated)
 *   done/generated/evaluating, video missing or changed → queued
 *   queued/running (an interrupted run) → queued
 * With `failedOnly`, only failed items are touched.
 */
import { stat } from "node:fs/promises";
import { sha256File } from "../../../common/src/media";
import { assertSafeRelative, resolveInside } from "../../../common/src/paths";
import { ItemState, pb, type ItemRecord } from "../../../common/src/proto";

export interface ResumePlan {
  /** Items whose state changed (to queued or generated), ready to write and publish. */
  readonly changed: ItemRecord[];
  /** Items whose committed video was checked and kept. */
  readonly reused: number;
}

export type VideoCheck = (item: ItemRecord) => Promise<boolean>;

/** True when the item's committed video exists under `runDir` and still has its sha256. */
export function fileCheck(runDir: string): VideoCheck {
  return async (item) => {
    if (!item.output?.path || !item.output.sha256) return false;
    const file = resolveInside(runDir, assertSafeRelative(item.output.path));
    try {
      await stat(file);
    } catch {
      return false;
    }
    return (await sha256File(file)) === item.output.sha256;
  };
}

function reset(item: ItemRecord, state: ItemState, keepVideo: boolean): ItemRecord {
  return pb.ItemRecord.create({
    ...item,
    state,
    errors: [],
    scores: {},
    evalTaskId: "",
    evalTimings: null,
    evalNode: "",
    startedAtMs: 0,
    attempts: keepVideo ? item.attempts : 0,
    ...(keepVideo ? {} : { output: null, genTimings: null, node: "", deviceUuid: "" }),
  });
}

export async function planResume(items: Iterable<ItemRecord>, check: VideoCheck, opts: { failedOnly: boolean }): Promise<ResumePlan> {
  const changed: ItemRecord[] = [];
  let reused = 0;
  const work: Promise<void>[] = [];
  const queue = [...items];
  // Hash a few files at a time: a resume of thousands of videos must not open them all at once.
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const s = item.state;
      if (opts.failedOnly && s !== ItemState.ITEM_STATE_FAILED) continue;
      if (s === ItemState.ITEM_STATE_QUEUED || s === ItemState.ITEM_STATE_RUNNING) {
        changed.push(reset(item, ItemState.ITEM_STATE_QUEUED, false));
        continue;
      }
      const valid = item.output ? await check(item) : false;
      if (s === ItemState.ITEM_STATE_FAILED) {
        changed.push(reset(item, valid ? ItemState.ITEM_STATE_GENERATED : ItemState.ITEM_STATE_QUEUED, valid));
        if (valid) reused++;
      } else if (!valid) {
        changed.push(reset(item, ItemState.ITEM_STATE_QUEUED, false));
      } else {
        reused++;
        if (s !== ItemState.ITEM_STATE_DONE) changed.push(reset(item, ItemState.ITEM_STATE_GENERATED, true));
      }
    }
  };
  for (let i = 0; i < 4; i++) work.push(next());
  await Promise.all(work);
  return { changed, reused };
}
