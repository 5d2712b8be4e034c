import { describe, expect, it } from 'vitest';
import { firstDifference, maskedNonZero } from './weights';

describe('weight checks for tests', () => {
  it('finds the first difference, telling 0 from −0 and lengths apart', () => {
    expect(firstDifference([1, 2, 3], Float32Array.from([1, 2, 3]))).toBe(-1);
    expect(firstDifference([1, 0, 3], [1, -0, 3])).toBe(1);
    expect(firstDifference([NaN], [NaN])).toBe(-1);
    expect(firstDifference([1, 2], [1, 2, 3])).toBe(2);
  });

  it('lists masked weights that are not zero', () => {
    expect(maskedNonZero([0, -0, 5, 7], [0, 0, 1, 0])).toEqual([3]);
  });
});
