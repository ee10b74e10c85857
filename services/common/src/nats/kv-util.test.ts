import { forEachLimit } from "./kv-util";

describe("forEachLimit", () => {
  test("runs every item with at most `limit` in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setImmediate(r));
      seen.push(n);
      inFlight--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  test("the first failure stops it: no item starts after it, and it rejects only once the calls in flight have settled", async () => {
    const started: number[] = [];
    const settled: number[] = [];
    const run = forEachLimit(Array.from({ length: 100 }, (_, i) => i), 4, async (n) => {
      started.push(n);
      // Item 2 fails at once; the others take a few turns of the loop.
      if (n === 2) throw new Error("publish refused");
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
      settled.push(n);
    });
    await expect(run).rejects.toThrow("publish refused");
    // The four first items started; item 2 failed and nothing after it started.
    expect(started.sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    // Those in flight had settled when it rejected.
    expect(settled.sort((a, b) => a - b)).toEqual([0, 1, 3]);
  });
});
