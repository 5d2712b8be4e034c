import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { symmetricEigen } from './eigen';
import { multiplyFactors, rankForFraction, truncatedSvd } from './svd';

function randomMatrix(m: number, n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: m * n }, () => rng.normal());
}

function relError(a: Float32Array, b: Float32Array): number {
  let e = 0;
  let t = 0;
  for (let i = 0; i < a.length; i++) {
    e += (a[i] - b[i]) ** 2;
    t += a[i] ** 2;
  }
  return Math.sqrt(e / t);
}

describe('symmetricEigen', () => {
  it('diagonalises a hand-made 2×2 matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(1, 12);
    expect(values[1]).toBeCloseTo(3, 12);
    expect(Math.abs(vectors[0 * 2 + 1])).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('truncatedSvd', () => {
  for (const [m, n] of [
    [40, 30],
    [20, 50],
  ]) {
    const w = randomMatrix(m, n, m + n);
    const full = Math.min(m, n);

    it(`${m}×${n}: full rank reconstructs W (error ~1e-7)`, () => {
      const s = truncatedSvd(w, m, n, full);
      expect(relError(w, multiplyFactors(s.p, s.q, m, full, n))).toBeLessThan(1e-5);
    });

    it(`${m}×${n}: error falls with rank and equals the discarded singular values (Eckart–Young)`, () => {
      let prev = Infinity;
      const total = Math.sqrt(w.reduce((a, v) => a + v * v, 0));
      for (const r of [1, 3, 8, 15, full]) {
        const s = truncatedSvd(w, m, n, r);
        expect(s.p.length).toBe(m * r);
        expect(s.q.length).toBe(r * n);
        const err = relError(w, multiplyFactors(s.p, s.q, m, r, n));
        expect(err).toBeLessThan(prev + 1e-9);
        prev = err;
        let tail = 0;
        for (let k = r; k < full; k++) tail += s.singularValues[k] ** 2;
        expect(err).toBeCloseTo(Math.sqrt(tail) / total, 4);
      }
    });
  }

  it('recovers an exactly low-rank matrix at its rank', () => {
    const a = randomMatrix(30, 2, 1);
    const b = randomMatrix(2, 25, 2);
    const w = multiplyFactors(a, b, 30, 2, 25);
    const s = truncatedSvd(w, 30, 25, 2);
    expect(relError(w, multiplyFactors(s.p, s.q, 30, 2, 25))).toBeLessThan(1e-5);
    expect(s.singularValues[2]).toBeLessThan(1e-4 * s.singularValues[0]);
  });

  it('rank from a fraction', () => {
    expect(rankForFraction(784, 300, 0.1)).toBe(30);
    expect(rankForFraction(784, 300, 0.0001)).toBe(1);
    expect(rankForFraction(10, 20, 1)).toBe(10);
  });
});
