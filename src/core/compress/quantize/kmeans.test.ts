import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { kmeansQuantize, nearestCentroid } from './kmeans';
import { meanSquaredError } from './uniform';

const f = (a: number[]) => Float32Array.from(a);

describe('kmeansQuantize', () => {
  const rng = createRng(21);
  const w = Float32Array.from({ length: 2000 }, () => rng.normal() * 0.1);

  it('two obvious clusters at 1 bit', () => {
    const q = kmeansQuantize(f([0, 0.1, 0.9, 1]), { bits: 1 });
    expect([...q.codebook]).toEqual([Math.fround(0.05), Math.fround(0.95)]);
    expect([...q.codes]).toEqual([0, 0, 1, 1]);
  });

  it('has ≤ 2^bits distinct values, each exactly a codebook entry, and is deterministic', () => {
    for (const bits of [1, 2, 4, 6]) {
      const q = kmeansQuantize(w, { bits });
      expect(q.codebook.length).toBe(2 ** bits);
      expect(new Set(q.dequantized).size).toBeLessThanOrEqual(2 ** bits);
      q.dequantized.forEach((v, i) => expect(v).toBe(q.codebook[q.codes[i]]));
      expect([...kmeansQuantize(w, { bits }).dequantized]).toEqual([...q.dequantized]);
      expect(q.iterations).toBeLessThanOrEqual(30);
    }
  });

  it('error falls with more bits and beats uniform-like linear init alone', () => {
    const errs = [2, 3, 4, 5].map((bits) =>
      meanSquaredError(w, kmeansQuantize(w, { bits }).dequantized),
    );
    for (let i = 1; i < errs.length; i++) expect(errs[i]).toBeLessThan(errs[i - 1]);
    const noIter = kmeansQuantize(w, { bits: 3, iterations: 0 });
    expect(errs[1]).toBeLessThan(meanSquaredError(w, noIter.dequantized));
  });

  it('handles empty clusters and masks (pruned weights stay exactly 0)', () => {
    const q = kmeansQuantize(f([0, 0, 0, 1]), { bits: 2 });
    expect(q.codebook.every(Number.isFinite)).toBe(true);
    expect([...q.dequantized]).toEqual([0, 0, 0, 1]);
    const m = kmeansQuantize(f([5, -1, 0.5, 2]), { bits: 1, mask: Uint8Array.from([0, 1, 1, 0]) });
    expect([...m.codebook]).toEqual([-1, 0.5]);
    expect([...m.dequantized]).toEqual([0, -1, 0.5, 0]);
    const empty = kmeansQuantize(f([1, 2]), { bits: 2, mask: new Uint8Array(2) });
    expect([...empty.dequantized]).toEqual([0, 0]);
  });

  it('nearestCentroid breaks ties towards the lower centroid', () => {
    expect(nearestCentroid([0, 1, 2], 0.5)).toBe(0);
    expect(nearestCentroid([0, 1, 2], 0.51)).toBe(1);
    expect(nearestCentroid([0, 1, 2], -5)).toBe(0);
    expect(nearestCentroid([0, 1, 2], 9)).toBe(2);
    expect(nearestCentroid([1, 1, 1], 1)).toBe(0);
  });
});
