/**
 * One run's items in their final state, as the coordinator's feed brings them, with the live
 * aggregates of their scores. An item counts once however often it comes (a feed message
 * redelivered, a record read after the feed already brought it): the latest record is kept.
 */
import { ItemState, type ItemRecord } from "../../common/src/proto";
import { RunAggregates } from "./running-aggregates";

export class RunItems {
  private readonly items = new Map<string, ItemRecord>();
  readonly aggregates = new RunAggregates();

  /** Keeps a final item; true when it brought scores not counted before. */
  add(item: ItemRecord): boolean {
    if (item.state !== ItemState.ITEM_STATE_DONE && item.state !== ItemState.ITEM_STATE_FAILED) return false;
    this.items.set(item.taskId, item);
    return item.state === ItemState.ITEM_STATE_DONE && item.evalTaskId !== "" && this.aggregates.add(item.evalTaskId, item.scores);
  }

  get size(): number {
    return this.items.size;
  }

  /** In key order, as a listing of the records in KV gives them. */
  list(): ItemRecord[] {
    return [...this.items.values()].sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
  }
}
