import { counterOf, countStates } from "./item-counts";
import { ItemState } from "./proto";

const states = [ItemState.ITEM_STATE_UNSPECIFIED, ItemState.ITEM_STATE_QUEUED, ItemState.ITEM_STATE_DONE, ItemState.ITEM_STATE_FAILED, ItemState.ITEM_STATE_EVALUATING];

test("every known state counts under one counter; an unset one in the total only", () => {
  expect(countStates(states)).toEqual({ total: 5, queued: 1, running: 0, generated: 0, evaluating: 1, done: 1, failed: 1 });
  expect(counterOf(ItemState.ITEM_STATE_GENERATED)).toBe("generated");
  expect(counterOf(99 as ItemState)).toBeUndefined();
});

test("the report counts an unset state as queued", () => {
  expect(countStates(states, "queued")).toMatchObject({ total: 5, queued: 2 });
});
