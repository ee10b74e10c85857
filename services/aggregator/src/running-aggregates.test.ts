import { RunAggregates } from "./running-aggregates";

test("each evaluation counts once, non-finite values are skipped", () => {
  const a = new RunAggregates();
  expect(a.add("e1", { temporal_flickering: 0.9, frames_ok: 1 })).toBe(true);
  expect(a.add("e1", { temporal_flickering: 0.9, frames_ok: 1 })).toBe(false);
  expect(a.add("e2", { temporal_flickering: 0.7, frames_ok: Number.NaN })).toBe(true);
  expect(a.mean("temporal_flickering")).toBeCloseTo(0.8, 12);
  expect(a.metrics.get("temporal_flickering")).toEqual({ n: 2, sum: 0.9 + 0.7, min: 0.7, max: 0.9 });
  expect(a.metrics.get("frames_ok")?.n).toBe(1);
  expect(a.mean("missing")).toBeUndefined();
});
