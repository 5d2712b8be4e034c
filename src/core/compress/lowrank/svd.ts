import { symmetricEigen } from './eigen';

/**
 * Truncated SVD for low-rank factorisation: W (m×n) ≈ P·Q with P m×r and Q r×n, so a dense
 * layer x·W becomes (x·P)·Q: r(m + n) parameters instead of mn.
 *
 * Method: the eigen-decomposition of the smaller Gram matrix (WᵀW when n ≤ m, else WWᵀ) in
 * Float64 (Householder + QL, eigen.ts): deterministic and fast for our sizes (≤ 784×300 gives a
 * 300×300 Gram matrix). With V_r the top-r eigenvectors of WᵀW,
 * P = W·V_r and Q = V_rᵀ, so P·Q = W·V_r·V_rᵀ is the projection onto the top-r right singular
 * subspace: exactly the best rank-r approximation (Eckart–Young). Because V is orthonormal to
 * machine precision, full rank reproduces W even where the squared singular values lose digits.
 */

export interface TruncatedSvd {
  /** m×r, row-major. */
  p: Float32Array;
  /** r×n, row-major. */
  q: Float32Array;
  rank: number;
  /** All min(m, n) singular values, descending. */
  singularValues: Float64Array;
}

/** Rank that keeps `fraction` of the full rank min(m, n), at least 1. */
export function rankForFraction(m: number, n: number, fraction: number): number {
  const full = Math.min(m, n);
  return Math.min(full, Math.max(1, Math.round(fraction * full)));
}

export function truncatedSvd(w: Float32Array, m: number, n: number, rank: number): TruncatedSvd {
  if (w.length !== m * n) throw new Error(`truncatedSvd: ${w.length} values for ${m}×${n}`);
  const d = Math.min(m, n);
  const r = Math.min(d, Math.max(1, Math.floor(rank)));
  const tall = n <= m;
  // Gram of the short side: G = WᵀW (n×n) or WWᵀ (m×m).
  const g = new Float64Array(d * d);
  if (tall) {
    for (let i = 0; i < m; i++) {
      const row = i * n;
      for (let a = 0; a < n; a++) {
        const wa = w[row + a];
        if (wa === 0) continue;
        for (let b = a; b < n; b++) g[a * n + b] += wa * w[row + b];
      }
    }
  } else {
    for (let a = 0; a < m; a++) {
      for (let b = a; b < m; b++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += w[a * n + j] * w[b * n + j];
        g[a * m + b] = s;
      }
    }
  }
  for (let a = 0; a < d; a++) for (let b = a + 1; b < d; b++) g[b * d + a] = g[a * d + b];

  const { values, vectors } = symmetricEigen(g, d);
  const order = Array.from({ length: d }, (_, i) => i).sort(
    (a, b) => values[b] - values[a] || a - b,
  );
  const singularValues = Float64Array.from(order, (i) => Math.sqrt(Math.max(0, values[i])));
  const top = order.slice(0, r);

  const p = new Float32Array(m * r);
  const q = new Float32Array(r * n);
  // The chosen eigenvectors as contiguous rows: basis[k·d + j] = vectors[j·d + top[k]].
  const basis = new Float64Array(r * d);
  top.forEach((e, k) => {
    for (let j = 0; j < d; j++) basis[k * d + j] = vectors[j * d + e];
  });
  if (tall) {
    // Q = V_rᵀ, P = W·V_r.
    for (let k = 0; k < r * n; k++) q[k] = basis[k];
    for (let i = 0; i < m; i++) {
      for (let k = 0; k < r; k++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += w[i * n + j] * basis[k * n + j];
        p[i * r + k] = s;
      }
    }
  } else {
    // P = U_r, Q = U_rᵀ·W (accumulated row by row of W, so every access is contiguous).
    for (let i = 0; i < m; i++) for (let k = 0; k < r; k++) p[i * r + k] = basis[k * m + i];
    const acc = new Float64Array(r * n);
    for (let i = 0; i < m; i++) {
      for (let k = 0; k < r; k++) {
        const u = basis[k * m + i];
        for (let j = 0; j < n; j++) acc[k * n + j] += u * w[i * n + j];
      }
    }
    q.set(acc);
  }
  return { p, q, rank: r, singularValues };
}

/** P·Q as an m×n row-major matrix (Float64 accumulation). */
export function multiplyFactors(
  p: Float32Array,
  q: Float32Array,
  m: number,
  r: number,
  n: number,
): Float32Array {
  const out = new Float32Array(m * n);
  const row = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    row.fill(0);
    for (let k = 0; k < r; k++) {
      const pik = p[i * r + k];
      for (let j = 0; j < n; j++) row[j] += pik * q[k * n + j];
    }
    out.set(row, i * n);
  }
  return out;
}
