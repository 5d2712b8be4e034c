import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { csrMatmul, denseMatmul, toCsr, transpose } from './kernels';

/** A rows×cols matrix with the given fraction of exact zeros, plus forced empty rows/columns. */
function sparseMatrix(rows: number, cols: number, sparsity: number, seed: number) {
  const rng = createRng(seed);
  const m = new Float32Array(rows * cols);
  for (let i = 0; i < m.length; i++) m[i] = rng.next() < sparsity ? 0 : rng.next() * 2 - 1;
  // An empty first row and an empty last column, whatever the sparsity.
  for (let c = 0; c < cols; c++) m[c] = 0;
  for (let r = 0; r < rows; r++) m[r * cols + cols - 1] = 0;
  return m;
}

function randomInput(cols: number, batch: number, seed: number) {
  const rng = createRng(seed);
  return Float32Array.from({ length: cols * batch }, () => rng.next() * 2 - 1);
}

/** The textbook product in float64, rounded once. */
function reference(w: Float32Array, rows: number, cols: number, x: Float32Array, batch: number) {
  const out = new Float32Array(rows * batch);
  for (let r = 0; r < rows; r++)
    for (let b = 0; b < batch; b++) {
      let s = 0;
      for (let c = 0; c < cols; c++) s += w[r * cols + c] * x[c * batch + b];
      out[r * batch + b] = s;
    }
  return out;
}

const SHAPES: [number, number][] = [
  [1, 1],
  [3, 7],
  [10, 100],
  [100, 300],
  [64, 784],
];
const SPARSITIES = [0, 0.5, 0.9, 0.99, 0.999];
const BATCHES = [1, 3, 16];

describe('own matrix kernels', () => {
  for (const [rows, cols] of SHAPES)
    for (const sparsity of SPARSITIES)
      it(`CSR equals dense and the reference bit for bit: ${rows}×${cols} at ${sparsity * 100} %`, () => {
        const w = sparseMatrix(rows, cols, sparsity, rows * 1000 + cols + sparsity * 7);
        const csr = toCsr(w, rows, cols);
        for (const batch of BATCHES) {
          const x = randomInput(cols, batch, batch);
          const ref = reference(w, rows, cols, x, batch);
          const dense = denseMatmul(w, rows, cols, x, batch, new Float32Array(rows * batch));
          const sparse = csrMatmul(csr, x, batch, new Float32Array(rows * batch));
          expect(dense).toEqual(ref);
          expect(sparse).toEqual(ref);
        }
      });

  it('CSR keeps exactly the nonzeros, row by row in column order', () => {
    const w = Float32Array.from([0, 2, 0, 0, 0, 0, 3, 0, 4]);
    const csr = toCsr(w, 3, 3);
    expect([...csr.rowStart]).toEqual([0, 1, 1, 3]);
    expect([...csr.colIndex]).toEqual([1, 0, 2]);
    expect([...csr.values]).toEqual([2, 3, 4]);
  });

  it('an all-zero matrix gives zeros from an empty CSR', () => {
    const csr = toCsr(new Float32Array(12), 3, 4);
    expect(csr.values.length).toBe(0);
    expect([...csr.rowStart]).toEqual([0, 0, 0, 0]);
    expect([...csrMatmul(csr, randomInput(4, 5, 1), 5, new Float32Array(15).fill(9))]).toEqual(
      new Array(15).fill(0),
    );
  });

  it('transpose swaps the axes', () => {
    expect([...transpose(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, 3)]).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('refuses a matrix whose length does not match its shape', () => {
    expect(() => toCsr(new Float32Array(5), 2, 3)).toThrow(/5 values for 2×3/);
  });
});
