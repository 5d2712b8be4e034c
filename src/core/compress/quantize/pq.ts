import { checkBits } from './uniform';

/**
 * Product quantization (Jégou et al. 2011; iPQ in Stock et al. 2020, Fan et al. 2021): a layer's
 * weights, in stored row-major order, are cut into sub-vectors of `block` consecutive weights
 * (the last one shorter when block does not divide the count); k-means over the sub-vectors
 * gives a codebook of K = 2^bits centroids of length `block`, and each sub-vector is stored as
 * one bits-wide index. Storage: K·block float32 + bits per sub-vector, i.e. bits/block bits per
 * weight — below 1 bit per weight where scalar codes cannot go.
 *
 * - Only kept weights count (mask = 1): distances and centroid means run over the kept entries
 *   of each sub-vector; pruned entries dequantize to exactly 0; a sub-vector with no kept
 *   weight gets code 0 and is not stored by the encoder.
 * - Deterministic: centroids start at sub-vectors spread evenly over the norm order (like
 *   k-means' linear initialisation, it keeps some centroids on the rare large sub-vectors), then
 *   Lloyd iterations, each assignment to the nearest centroid (ties → the lower index), an
 *   empty cluster keeping its previous centroid. The codebook is float32 and the final codes
 *   are computed against the float32 codebook, so `dequantized` is exactly what a decoder gets.
 */

export interface PqOptions {
  bits: number;
  /** Sub-vector length d. */
  block: number;
  mask?: Uint8Array;
  /** Cap on Lloyd iterations (default 12). */
  iterations?: number;
}

export interface PqQuantized {
  block: number;
  /** K × block, centroid-major. */
  codebook: Float32Array;
  /** One per sub-vector: ⌈n / block⌉. */
  codes: Uint8Array;
  dequantized: Float32Array;
}

export const pqBlockCount = (n: number, block: number): number => Math.ceil(n / block);

/** The value at element e of a PQ layer (mask not applied). */
export const pqValue = (codebook: Float32Array, codes: Uint8Array, block: number, e: number) =>
  codebook[codes[Math.floor(e / block)] * block + (e % block)];

export function pqQuantize(w: Float32Array, options: PqOptions): PqQuantized {
  checkBits(options.bits);
  const { block: d, mask } = options;
  if (!Number.isInteger(d) || d < 1 || d > 255) throw new Error(`pq block ${d} is not in 1..255`);
  const k = 2 ** options.bits;
  const n = w.length;
  const blocks = pqBlockCount(n, d);
  const kept = (e: number) => !mask || mask[e] === 1;
  // Sub-vectors with at least one kept weight take part.
  const live: number[] = [];
  const norms: number[] = [];
  for (let b = 0; b < blocks; b++) {
    let any = false;
    let s = 0;
    for (let e = b * d; e < Math.min(n, (b + 1) * d); e++)
      if (kept(e)) {
        any = true;
        s += w[e] * w[e];
      }
    if (any) {
      live.push(b);
      norms.push(s);
    }
  }
  const centroids = new Float64Array(k * d);
  const byNorm = live.map((_, i) => i).sort((a, b) => norms[a] - norms[b] || a - b);
  for (let c = 0; c < k && live.length > 0; c++) {
    const b = live[byNorm[Math.min(live.length - 1, Math.floor(((c + 0.5) * live.length) / k))]];
    for (let t = 0; t < d; t++) {
      const e = b * d + t;
      centroids[c * d + t] = e < n && kept(e) ? w[e] : 0;
    }
  }
  const assign = new Int32Array(live.length);
  const nearest = (b: number, table: ArrayLike<number>): number => {
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < k; c++) {
      let dist = 0;
      for (let t = 0; t < d; t++) {
        const e = b * d + t;
        if (e < n && kept(e)) {
          const diff = w[e] - table[c * d + t];
          dist += diff * diff;
        }
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    return best;
  };
  const cap = options.iterations ?? 12;
  for (let it = 0; it < cap; it++) {
    let changed = it === 0;
    for (let i = 0; i < live.length; i++) {
      const c = nearest(live[i], centroids);
      if (c !== assign[i]) changed = true;
      assign[i] = c;
    }
    if (!changed) break;
    const sums = new Float64Array(k * d);
    const counts = new Float64Array(k * d);
    for (let i = 0; i < live.length; i++) {
      const b = live[i];
      for (let t = 0; t < d; t++) {
        const e = b * d + t;
        if (e < n && kept(e)) {
          sums[assign[i] * d + t] += w[e];
          counts[assign[i] * d + t]++;
        }
      }
    }
    for (let j = 0; j < k * d; j++) if (counts[j] > 0) centroids[j] = sums[j] / counts[j];
  }
  const codebook = Float32Array.from(centroids);
  const codes = new Uint8Array(blocks);
  for (const b of live) codes[b] = nearest(b, codebook);
  const dequantized = new Float32Array(n);
  for (let e = 0; e < n; e++) if (kept(e)) dequantized[e] = pqValue(codebook, codes, d, e);
  return { block: d, codebook, codes, dequantized };
}
