import { describe, expect, it } from 'vitest';
import { thinPoints } from './thinPoints';

describe('thinPoints', () => {
  it('returns short lists unchanged', () => {
    const points = [1, 2, 3];
    expect(thinPoints(points, 5)).toBe(points);
  });

  it('keeps first and last and spaces the rest evenly', () => {
    const points = Array.from({ length: 101 }, (_, i) => i);
    const thin = thinPoints(points, 11);
    expect(thin).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});
