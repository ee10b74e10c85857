import { advance, assignStatic, idleWhileQueuedMs, lowerBoundMs, overlap, staticMakespanMs, type DeviceTimeline } from "./schedule-model";

const always = (id: string): DeviceTimeline => ({ id, unavailable: [] });

describe("schedule model", () => {
  it("overlap counts overlapping windows once", () => {
    expect(overlap({ from: 0, to: 10 }, [{ from: 2, to: 5 }, { from: 4, to: 7 }, { from: 9, to: 20 }])).toBe(6);
  });

  it("lower bound is total work over devices, or the longest item, plus one load", () => {
    expect(lowerBoundMs([10, 10, 10, 10], [always("a"), always("b")], 1000, 5)).toBeCloseTo(25, 0);
    expect(lowerBoundMs([50, 1, 1], [always("a"), always("b")], 0, 0)).toBeCloseTo(50, 0);
  });

  it("lower bound counts only the time devices were available", () => {
    // b is drained at 10: it gives 10 ms, a must give the other 30 → 30.
    const b: DeviceTimeline = { id: "b", unavailable: [{ from: 10, to: Infinity }] };
    expect(lowerBoundMs([10, 10, 10, 10], [always("a"), b], 0, 0)).toBeCloseTo(30, 0);
  });

  it("idle-while-queued counts free devices while tasks waited", () => {
    const tasks = [
      { device: "a", publishedAt: 0, startedAt: 0, finishedAt: 10 },
      { device: "a", publishedAt: 0, startedAt: 12, finishedAt: 20 },
    ];
    // b never ran anything while the second task waited 12 ms; a was free for 2 of them.
    expect(idleWhileQueuedMs(tasks, [always("a"), always("b")])).toBe(14);
  });

  it("static splits follow --start/--end and idx % gpus", () => {
    expect(assignStatic(5, 2, "contiguous")).toEqual([[0, 1, 2], [3, 4]]);
    expect(assignStatic(5, 2, "round_robin")).toEqual([[0, 2, 4], [1, 3]]);
  });

  it("a static shard waits out foreign load and re-runs a drained node's leftovers at the end", () => {
    const fl: DeviceTimeline = { id: "a", unavailable: [{ from: 5, to: 50 }] };
    expect(advance(fl, 0, 10)).toBe(10); // started before the load: runs through
    expect(advance(fl, 10, 10)).toBe(60); // ready inside the window: waits for its end
    const gone: DeviceTimeline = { id: "b", unavailable: [{ from: 15, to: Infinity }] };
    // b: items 2,3 (10 each); item 3 would end at 20 > 15 → re-run on a after a's first pass (20).
    expect(staticMakespanMs([10, 10, 10, 10], [always("a"), gone], 0, 0, "contiguous")).toBe(30);
  });
});
