import { checkBits } from './uniform';

/**
 * Weight sharing by 1-D k-means (Deep Compression, Han et al. 2016): every weight is replaced by
 * the nearest of K = 2^bits shared values, so storage is a K-entry float codebook plus a
 * log2(K)-bit index per weight.
 *
 * - Linear initialisation: centroids evenly spaced over [min, max]. Han et al. found it beats
 *   random or density-based init because it keeps a few centroids on the rare large weights,
 *   which matter most.
 * - Only kept weights (mask = 1) are clustered; pruned ones stay exactly 0 and are not stored.
 * - Deterministic: Lloyd iterations on sorted values with prefix sums (each cluster of a 1-D
 *   k-means is an interval), at most `iterations` rounds, stopping early when stable. A cluster
 *   that ends up empty keeps its previous centroid (harmless: it is simply never used).
 * - The final codebook is rounded to float32 and sorted ascending, then each weight takes the
 *   nearest float32 centroid (ties → the lower one), so `dequantized` is exactly codebook[code].
 */

export interface KmeansOptions {
  bits: number;
  /** Cap on Lloyd iterations (default 30). */
  iterations?: number;
  /** 1 = cluster this weight; 0 = pruned (code 0, dequantized 0). Default: all. */
  mask?: Uint8Array;
}

export interface KmeansQuantized {
  /** 2^bits centroids, ascending. */
  codebook: Float32Array;
  codes: Uint8Array;
  dequantized: Float32Array;
  /** Lloyd iterations actually run. */
  iterations: number;
}

/** Index of the nearest centroid in an ascending array (ties → the lower index). */
export function nearestCentroid(sorted: ArrayLike<number>, v: number): number {
  if (!(v > sorted[0])) return 0;
  // lo = last centroid ≤ v, by binary search.
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  while (lo > 0 && sorted[lo - 1] === sorted[lo]) lo--;
  const up = lo + 1;
  if (up < sorted.length && sorted[up] - v < v - sorted[lo]) return up;
  return lo;
}

export function kmeansQuantize(w: Float32Array, options: KmeansOptions): KmeansQuantized {
  checkBits(options.bits);
  const k = 2 ** options.bits;
  const cap = options.iterations ?? 30;
  const mask = options.mask;
  const kept: number[] = [];
  for (let i = 0; i < w.length; i++) if (!mask || mask[i]) kept.push(w[i]);
  const values = Float64Array.from(kept).sort();
  const n = values.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + values[i];

  const lo = n > 0 ? values[0] : 0;
  const hi = n > 0 ? values[n - 1] : 0;
  const centroids = new Float64Array(k);
  for (let c = 0; c < k; c++) centroids[c] = lo + ((hi - lo) * c) / (k - 1);

  // Boundaries: cluster c owns sorted values [start[c], start[c + 1]).
  let start = new Int32Array(k + 1);
  let iterations = 0;
  for (; iterations < cap; iterations++) {
    const next = new Int32Array(k + 1);
    next[k] = n;
    for (let c = 1; c < k; c++) {
      // Values at or below the midpoint go to the lower centroid (tie → lower).
      const mid = (centroids[c - 1] + centroids[c]) / 2;
      let a = next[c - 1];
      let b = n;
      while (a < b) {
        const m = (a + b) >> 1;
        if (values[m] <= mid) a = m + 1;
        else b = m;
      }
      next[c] = a;
    }
    const changed = iterations === 0 || next.some((v, i) => v !== start[i]);
    start = next;
    if (!changed) break;
    for (let c = 0; c < k; c++) {
      const count = start[c + 1] - start[c];
      if (count > 0) centroids[c] = (prefix[start[c + 1]] - prefix[start[c]]) / count;
    }
  }

  const codebook = Float32Array.from(centroids).sort();
  const codes = new Uint8Array(w.length);
  const dequantized = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    if (mask && !mask[i]) continue;
    const c = nearestCentroid(codebook, w[i]);
    codes[i] = c;
    dequantized[i] = codebook[c];
  }
  return { codebook, codes, dequantized, iterations };
}
