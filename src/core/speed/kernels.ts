/**
 * Our own matrix kernels over typed arrays, for the wasm and cpu backends: a dense one and a
 * CSR sparse one written the same way, so timing them side by side separates "the sparse kernel
 * wins" from "tfjs has overhead". Both compute Yᵀ = W·Xᵀ with activations stored feature-major
 * ([features, batch], the batch contiguous), so the inner loop of both kernels runs over the
 * batch with unit stride and a batch of 256 vectorises in the JIT.
 *
 * Sums run in float64 in ascending input order in both kernels; the sparse kernel only skips
 * exact zeros, so sparse and dense results are bit-for-bit equal (adding +0 changes no sum).
 */

/** A matrix in compressed sparse row form: row r's nonzeros are values[rowStart[r]..rowStart[r+1]). */
export interface Csr {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  colIndex: Int32Array;
  values: Float32Array;
}

/** CSR of a row-major rows×cols matrix, keeping its nonzeros in column order. */
export function toCsr(m: Float32Array, rows: number, cols: number): Csr {
  if (m.length !== rows * cols) throw new Error(`toCsr: ${m.length} values for ${rows}×${cols}`);
  let nnz = 0;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) nnz++;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = k;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const v = m[base + c];
      if (v !== 0) {
        colIndex[k] = c;
        values[k] = v;
        k++;
      }
    }
  }
  rowStart[rows] = k;
  return { rows, cols, rowStart, colIndex, values };
}

/** The transpose of a row-major rows×cols matrix (weights are stored [inputs, units]; the
 * kernels want one row per output unit). */
export function transpose(m: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(m.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c];
  return out;
}

/**
 * out[r, b] = Σ_c w[r, c] · x[c, b] for a dense row-major w (rows×cols) and x (cols×batch).
 * Batch 1 is a dot product per row (the row and x both contiguous); larger batches keep four
 * examples' sums in locals.
 */
export function denseMatmul(
  w: Float32Array,
  rows: number,
  cols: number,
  x: Float32Array,
  batch: number,
  out: Float32Array,
): Float32Array {
  if (batch === 1) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      const base = r * cols;
      for (let c = 0; c < cols; c++) s += w[base + c] * x[c];
      out[r] = s;
    }
    return out;
  }
  const tiled = batch - (batch % 4);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const oo = r * batch;
    // Four examples at a time in local sums (registers), so each weight is loaded once per
    // four multiply–accumulates and no partial sum goes through memory.
    for (let b = 0; b < tiled; b += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let c = 0; c < cols; c++) {
        const v = w[base + c];
        const xo = c * batch + b;
        s0 += v * x[xo];
        s1 += v * x[xo + 1];
        s2 += v * x[xo + 2];
        s3 += v * x[xo + 3];
      }
      out[oo + b] = s0;
      out[oo + b + 1] = s1;
      out[oo + b + 2] = s2;
      out[oo + b + 3] = s3;
    }
    for (let b = tiled; b < batch; b++) {
      let s = 0;
      for (let c = 0; c < cols; c++) s += w[base + c] * x[c * batch + b];
      out[oo + b] = s;
    }
  }
  return out;
}

/** The same product with w in CSR form: only the stored nonzeros are multiplied. */
export function csrMatmul(w: Csr, x: Float32Array, batch: number, out: Float32Array): Float32Array {
  const { rows, rowStart, colIndex, values } = w;
  if (batch === 1) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = rowStart[r], end = rowStart[r + 1]; k < end; k++)
        s += values[k] * x[colIndex[k]];
      out[r] = s;
    }
    return out;
  }
  const tiled = batch - (batch % 4);
  for (let r = 0; r < rows; r++) {
    const start = rowStart[r];
    const end = rowStart[r + 1];
    const oo = r * batch;
    for (let b = 0; b < tiled; b += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = start; k < end; k++) {
        const v = values[k];
        const xo = colIndex[k] * batch + b;
        s0 += v * x[xo];
        s1 += v * x[xo + 1];
        s2 += v * x[xo + 2];
        s3 += v * x[xo + 3];
      }
      out[oo + b] = s0;
      out[oo + b + 1] = s1;
      out[oo + b + 2] = s2;
      out[oo + b + 3] = s3;
    }
    for (let b = tiled; b < batch; b++) {
      let s = 0;
      for (let k = start; k < end; k++) s += values[k] * x[colIndex[k] * batch + b];
      out[oo + b] = s;
    }
  }
  return out;
}
