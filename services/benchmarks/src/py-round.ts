/**
 * The one rounding helper for every number a benchmark's official code rounds with Python's
 * round(x, n) (SANA-WM's scores, revisit means, frame remapping): JavaScript's Math.round and
 * toFixed round the decimal text half up, Python rounds the exact binary value, so ties and
 * near-ties such as 0.55045 (stored as 0.550449999…) come out differently.
 *
 * Python's round(x, digits): the nearest decimal of the exact binary value, exact ties to even
 * (round(0.125, 2) == 0.12, where toFixed gives 0.13; round(16.5) == 16).
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const plain = Number(x.toFixed(digits));
  if (Math.abs(x) >= 1e21 || Math.abs(x) < 2 ** -40) return plain;
  // toFixed(100) is the exact decimal expansion of the double at these magnitudes.
  const exact = Math.abs(x).toFixed(100);
  const dot = exact.indexOf(".");
  const tail = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(tail)) return plain;
  const kept = exact.slice(0, dot + 1 + digits);
  const last = Number(kept[kept.length - 1] === "." ? kept[kept.length - 2] : kept[kept.length - 1]);
  const down = Number(kept);
  const step = 10 ** -digits;
  const even = last % 2 === 0 ? down : down + step;
  return Number((Math.sign(x) * even).toFixed(digits));
}
