/**
 * The one map from an item's state to the counter it counts under, shared by the coordinator's
 * live run counters (RunCounters) and the report's counts, so the two never disagree.
 */
import { ItemState } from "./proto";

export type StateCounter = "queued" | "running" | "generated" | "evaluating" | "done" | "failed";

const COUNTER_OF: Readonly<Partial<Record<ItemState, StateCounter>>> = {
  [ItemState.ITEM_STATE_QUEUED]: "queued",
  [ItemState.ITEM_STATE_RUNNING]: "running",
  [ItemState.ITEM_STATE_GENERATED]: "generated",
  [ItemState.ITEM_STATE_EVALUATING]: "evaluating",
  [ItemState.ITEM_STATE_DONE]: "done",
  [ItemState.ITEM_STATE_FAILED]: "failed",
};

/**
 * The counter an item in `state` counts under; none for UNSPECIFIED (the coordinator moves a
 * new item's counter from it: "not counted yet") or a state this build does not know.
 */
export function counterOf(state: ItemState): StateCounter | undefined {
  return COUNTER_OF[state];
}

/**
 * Every counter at zero, then one per item. `unset` is where an item with no known state counts
 * (the report: queued, as nobody started it); none by default, so it counts in `total` only.
 */
export function countStates(states: Iterable<ItemState>, unset?: StateCounter): Record<StateCounter, number> & { total: number } {
  const c = { total: 0, queued: 0, running: 0, generated: 0, evaluating: 0, done: 0, failed: 0 };
  for (const s of states) {
    c.total++;
    const f = counterOf(s) ?? unset;
    if (f) c[f]++;
  }
  return c;
}
