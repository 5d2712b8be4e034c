import { describe, expect, it } from 'vitest';
import { extent, histogram, levelCounts } from './histogram';

describe('histogram', () => {
  it('bins non-zero values and counts exact zeros apart', () => {
    const h = histogram([-1, -0.5, 0, 0, 0, 0.25, 1], 4);
    expect(h.edges).toEqual([-1, -0.5, 0, 0.5, 1]);
    // -1 → bin 0; -0.5 → bin 1 (lower edge belongs to the bin); 0.25 → bin 2; 1 → last bin.
    expect(h.counts).toEqual([1, 1, 1, 1]);
    expect(h.zeros).toBe(3);
    expect(h.total).toBe(7);
  });

  it('uses a given range and skips values outside it', () => {
    const h = histogram([5, 0.1, 0.9, -3], 2, [0, 1]);
    expect(h.counts).toEqual([1, 1]);
  });

  it('widens a constant input to one unit around it', () => {
    const h = histogram([2, 2, 2], 2);
    expect(h.edges).toEqual([1.5, 2, 2.5]);
    expect(h.counts).toEqual([0, 3]);
  });

  it('extent skips nothing and is [0, 0] when empty', () => {
    expect(extent(new Float32Array([3, -2, 7]))).toEqual([-2, 7]);
    expect(extent([])).toEqual([0, 0]);
  });
});

describe('levelCounts', () => {
  it('assigns each value to its nearest level, ties to the lower level', () => {
    const levels = [-1, 0, 1];
    expect(levelCounts([-1, -0.9999, 0, 1e-7, 0.5, 1, 2, -5], levels)).toEqual([3, 3, 2]);
  });

  it('is all zeros for no values and empty for no levels', () => {
    expect(levelCounts([], [0, 1])).toEqual([0, 0]);
    expect(levelCounts([1, 2], [])).toEqual([]);
  });
});
