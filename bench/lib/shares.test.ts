import { bucketDeviceMs, firstHolding, maxHeld, shareErrors, type Span } from "./shares";

const span = (run: string, from: number, to: number): Span => ({ run, from, to });

describe("fairness arithmetic", () => {
  it("counts a device handed from one task to the next once", () => {
    const spans = [span("a", 0, 10), span("a", 10, 20), span("a", 5, 15)];
    expect(maxHeld(spans, "a")).toBe(2);
    expect(firstHolding(spans, "a", 2)).toBe(5);
    expect(firstHolding(spans, "a", 3)).toBeUndefined();
  });

  it("splits spans over buckets and leaves out the last partial bucket", () => {
    const buckets = bucketDeviceMs([span("a", 0, 15), span("b", 8, 30), span("b", 40, 50)], 0, 25, 10);
    expect(buckets.map((b) => b.from)).toEqual([0, 10]);
    expect(buckets[0]?.byRun.get("a")).toBe(10);
    expect(buckets[0]?.byRun.get("b")).toBe(2);
    expect(buckets[1]?.byRun.get("a")).toBe(5);
    expect(buckets[1]?.byRun.get("b")).toBe(10);
  });

  it("share error is the largest deviation from the targets, over the targets' device time only", () => {
    const buckets = [
      { byRun: new Map([["a", 30], ["b", 10], ["other", 1000]]) },
      { byRun: new Map([["a", 20], ["b", 20]]) },
      { byRun: new Map([["other", 5]]) },
    ];
    const errs = shareErrors(buckets, new Map([["a", 0.5], ["b", 0.5]]));
    expect(errs).toHaveLength(2);
    expect(errs[0]).toBeCloseTo(0.25, 9);
    expect(errs[1]).toBeCloseTo(0, 9);
  });
});
