/**
 * The one map from an item's state to the counter it counts under, shared by the coordinator's
 * live run counters (RunCounters) and the report's counts, so the two never disagree.
 */
import { ItemState } from "./proto";

export type StateCounter = "queued" | "running" | "generated" | "evaluating" | "done" | "failed";

const COUNTER_OF: Readonly<Record<ItemState, StateCounter>> = {
  // A record without a state has not been started by anyone, so it is still waiting.
  [ItemState.ITEM_STATE_UNSPECIFIED]: "queued",
  [ItemState.ITEM_STATE_QUEUED]: "queued",
  [ItemState.ITEM_STATE_RUNNING]: "running",
  [ItemState.ITEM_STATE_GENERATED]: "generated",
  [ItemState.ITEM_STATE_EVALUATING]: "evaluating",
  [ItemState.ITEM_STATE_DONE]: "done",
  [ItemState.ITEM_STATE_FAILED]: "failed",
};

/** The counter an item in `state` counts under (a state this build does not know: queued). */
export function counterOf(state: ItemState): StateCounter {
  return COUNTER_OF[state] ?? "queued";
}

/** Every counter at zero, then one per item. */
export function countStates(states: Iterable<ItemState>): Record<StateCounter, number> & { total: number } {
  const c = { total: 0, queued: 0, running: 0, generated: 0, evaluating: 0, done: 0, failed: 0 };
  for (const s of states) {
    c.total++;
    c[counterOf(s)]++;
  }
  return c;
}
