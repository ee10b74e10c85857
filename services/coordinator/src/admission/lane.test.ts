import { Lane } from "./lane";

describe("Lane.preempted", () => {
  test("a preempted task frees its place and goes first in its run's line", () => {
    const lane = new Lane("gen", "synthetic");
    for (const id of ["a", "b", "c"]) lane.wait("low", id);
    expect(lane.admitNext("low")).toBe("a");
    expect(lane.admitNext("low")).toBe("b");
    expect(lane.preempted("low", "a")).toBe(true);
    expect(lane.admittedCount()).toBe(1);
    expect([...lane.admittedIds("low")]).toEqual(["b"]);
    expect(lane.admitNext("low")).toBe("a");
    expect(lane.admitNext("low")).toBe("c");
  });

  test("a task that waits already (withdrawn, and its stale message ran all the same) is not queued twice", () => {
    const lane = new Lane("gen", "synthetic");
    lane.wait("low", "a");
    lane.wait("low", "b");
    expect(lane.preempted("low", "a")).toBe(false);
    expect(lane.waitingCount()).toBe(2);
    expect(lane.admitNext("low")).toBe("a");
    expect(lane.admitNext("low")).toBe("b");
    expect(lane.admitNext("low")).toBeUndefined();
  });
});
