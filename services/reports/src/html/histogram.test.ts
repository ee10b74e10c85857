import { histogram, MAX_BINS } from "./histogram";
import { histogramChart } from "./svg-charts";

const counts = (values: number[], maxBins?: number): number[] => histogram(values, maxBins)?.bins.map((b) => b.count) ?? [];

describe("histogram", () => {
  it("is null without a finite value, and skips NaN and infinities", () => {
    expect(histogram([])).toBeNull();
    expect(histogram([Number.NaN, Infinity, -Infinity])).toBeNull();
    expect(histogram([0.5, Number.NaN, 0.7])?.n).toBe(2);
  });

  it("puts equal values in one bin", () => {
    expect(histogram([320, 320, 320])).toEqual({ bins: [{ lo: 320, hi: 320, count: 3 }], n: 3, min: 320, max: 320, discrete: true });
  });

  it("gives whole numbers over a short range a bin each: a 1-5 rating has five bars, empty ones included", () => {
    const h = histogram([1, 2, 2, 5, 5, 5]);
    expect(h?.discrete).toBe(true);
    expect(h?.bins.map((b) => [b.lo, b.count])).toEqual([[1, 1], [2, 2], [3, 0], [4, 0], [5, 3]]);
    expect(counts([0, 1, 1, 1])).toEqual([1, 3]);
  });

  it("uses about √n equal-width bins (at most MAX_BINS), with the maximum in the last bin", () => {
    // 9 values: 3 bins over [0, 0.9): [0, 0.3), [0.3, 0.6), [0.6, 0.9].
    expect(counts([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.9])).toEqual([3, 3, 3]);
    const many = Array.from({ length: 10_000 }, (_, i) => i / 9999);
    const h = histogram(many);
    expect(h?.bins).toHaveLength(MAX_BINS);
    expect(h?.bins.reduce((s, b) => s + b.count, 0)).toBe(10_000);
    expect(h?.bins.at(-1)?.hi).toBe(1);
    // Whole numbers spanning more values than bins are binned by width.
    expect(histogram(Array.from({ length: 400 }, (_, i) => i))?.discrete).toBe(false);
  });

  it("never loses a value to floating-point edges", () => {
    const values = [0.1, 0.2, 0.3, 0.7, 0.1 + 0.2, 0.6 + 0.1, 0.30000000000000004];
    expect(counts(values).reduce((a, b) => a + b, 0)).toBe(values.length);
  });

  it("draws a bar per bin with its range and count as the tooltip", () => {
    const svg = histogramChart("sa distribution", histogram([1, 2, 2, 5]) as NonNullable<ReturnType<typeof histogram>>);
    expect(svg).toContain('aria-label="sa distribution"');
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(5);
    expect(svg).toContain("<title>2: 2</title>");
    expect(svg).toContain("n = 4");
  });
});
