/** Counts of values in equal-width bins; the spike at zero that pruning makes is counted apart. */
export interface Histogram {
  /** bins + 1 edges, ascending. */
  edges: number[];
  /** Values that are not exactly zero, per bin (the last bin includes its upper edge). */
  counts: number[];
  /** Values exactly zero: pruned weights, drawn as their own spike. */
  zeros: number;
  total: number;
}

/**
 * Equal-width bins over `range` (default: the values' own min..max, or ±0.5 around a constant).
 * Exact zeros are left out of the bins and counted in `zeros`: at 90 % sparsity they would
 * otherwise flatten every other bar to nothing.
 */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  range?: readonly [number, number],
): Histogram {
  const n = Math.max(1, Math.floor(bins));
  let [lo, hi] = range ?? extent(values);
  if (!(hi > lo)) [lo, hi] = [lo - 0.5, lo + 0.5];
  const width = (hi - lo) / n;
  const edges = Array.from({ length: n + 1 }, (_, i) => (i === n ? hi : lo + i * width));
  const counts = new Array<number>(n).fill(0);
  let zeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 0) {
      zeros++;
      continue;
    }
    if (!(v >= lo && v <= hi)) continue;
    counts[Math.min(n - 1, Math.floor((v - lo) / width))]++;
  }
  return { edges, counts, zeros, total: values.length };
}

/** [min, max] of the values (NaN skipped); [0, 0] when there are none. */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/**
 * How many values sit at each of a quantized layer's levels (sorted ascending): each value goes
 * to the nearest level, so float noise in a de-quantized code still lands on its level.
 */
export function levelCounts(values: ArrayLike<number>, levels: readonly number[]): number[] {
  const counts = new Array<number>(levels.length).fill(0);
  if (levels.length === 0) return counts;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Binary search for the first level ≥ v, then pick the nearer neighbour.
    let a = 0;
    let b = levels.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (levels[mid] < v) a = mid + 1;
      else b = mid;
    }
    const k =
      a === levels.length || (a > 0 && v - levels[a - 1] <= levels[a] - v) ? Math.max(0, a - 1) : a;
    counts[k]++;
  }
  return counts;
}
