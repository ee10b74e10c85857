/**
 * Histogram binning for the run page's per-metric distributions. Pure and linear in the values,
 * so a 20,000-item run costs one pass per metric.
 */

/** One bin: values in [lo, hi), the last bin also holding `hi` itself. */
export interface HistogramBin {
  lo: number;
  hi: number;
  count: number;
}

export interface Histogram {
  bins: HistogramBin[];
  /** Finite values binned. */
  n: number;
  min: number;
  max: number;
  /** One bin per whole number (0/1 flags, 1–5 ratings): bins are labelled by their value. */
  discrete: boolean;
}

/** At most this many bins: more is noise at the chart's width. @default */
export const MAX_BINS = 20;

/**
 * Bins the finite values (NaN and ±Infinity are not scores and are skipped); null when none is
 * left. Whole numbers spanning at most `maxBins` values get a bin each (so a 1–5 rating shows
 * five bars, not twenty with gaps); otherwise about √n equal-width bins, at most `maxBins`, from
 * min to max. All values equal make one bin.
 */
export function histogram(values: Iterable<number>, maxBins = MAX_BINS): Histogram | null {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  const finite: number[] = [];
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    finite.push(v);
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && !Number.isInteger(v)) whole = false;
  }
  if (n === 0) return null;
  if (min === max) return { bins: [{ lo: min, hi: max, count: n }], n, min, max, discrete: whole };
  const discrete = whole && max - min + 1 <= maxBins;
  const count = discrete ? max - min + 1 : Math.max(1, Math.min(maxBins, Math.ceil(Math.sqrt(n))));
  const width = discrete ? 1 : (max - min) / count;
  const bins: HistogramBin[] = [];
  for (let i = 0; i < count; i++) bins.push({ lo: min + i * width, hi: i === count - 1 && !discrete ? max : min + (i + 1) * width, count: 0 });
  for (const v of finite) {
    // Clamped: max lands in the last bin, and rounding in (v - min) / width cannot step past it.
    const i = Math.min(count - 1, Math.max(0, Math.floor((v - min) / width)));
    (bins[i] as HistogramBin).count++;
  }
  return { bins, n, min, max, discrete };
}
