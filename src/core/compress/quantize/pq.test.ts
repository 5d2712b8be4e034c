import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { kmeansQuantize } from './kmeans';
import { pqQuantize } from './pq';
import { meanSquaredError } from './uniform';

const f = (a: number[]) => Float32Array.from(a);

describe('pqQuantize', () => {
  it('by hand: two clusters of 2-vectors, exact when K covers them', () => {
    const w = f([1, 2, 1, 2, -1, 0, -1, 0]);
    const q = pqQuantize(w, { bits: 1, block: 2 });
    expect([...q.dequantized]).toEqual([...w]);
    expect(q.codes.length).toBe(4);
    expect(q.codes[0]).toBe(q.codes[1]);
    expect(q.codes[2]).toBe(q.codes[3]);
    expect(q.codes[0]).not.toBe(q.codes[2]);
  });

  it('ignores pruned entries: they neither pull centroids nor get values', () => {
    const w = f([1, 100, 1, 2, 1, 2, 1, 2]);
    const mask = Uint8Array.from([1, 0, 1, 1, 1, 1, 1, 1]);
    const q = pqQuantize(w, { bits: 1, block: 2, mask });
    expect(q.dequantized[1]).toBe(0);
    expect(q.dequantized[0]).toBe(1);
    expect(q.dequantized[3]).toBe(2);
  });

  it('a shorter last sub-vector and all-pruned sub-vectors are handled', () => {
    const w = f([1, 2, 3, 4, 5]);
    const q = pqQuantize(w, { bits: 2, block: 2, mask: Uint8Array.from([0, 0, 1, 1, 1]) });
    expect(q.codes.length).toBe(3);
    expect([...q.dequantized]).toEqual([0, 0, 3, 4, 5]);
  });

  it('error falls as index bits grow, and PQ beats scalar k-means at equal bits per weight', () => {
    const rng = createRng(5);
    const w = Float32Array.from({ length: 4096 }, () => rng.normal() * 0.1);
    const e4 = meanSquaredError(w, pqQuantize(w, { bits: 4, block: 4 }).dequantized);
    const e8 = meanSquaredError(w, pqQuantize(w, { bits: 8, block: 4 }).dequantized);
    expect(e8).toBeLessThan(e4);
    // 8-bit indices over blocks of 8 = 1 bit per weight, against 1-bit scalar k-means.
    const pq1 = meanSquaredError(w, pqQuantize(w, { bits: 8, block: 8 }).dequantized);
    const km1 = meanSquaredError(w, kmeansQuantize(w, { bits: 1 }).dequantized);
    expect(pq1).toBeLessThan(km1);
  });
});
