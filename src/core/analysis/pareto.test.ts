import { describe, expect, it } from 'vitest';
import { paretoFrontier } from './pareto';

const p = (sizeBytes: number, accuracy: number) => ({ sizeBytes, accuracy });

describe('paretoFrontier', () => {
  it('keeps the points nothing beats, ordered by size', () => {
    const points = [p(1000, 0.9), p(100, 0.5), p(500, 0.95), p(300, 0.4), p(200, 0.8)];
    // 300/0.4 is beaten by 200/0.8; 1000/0.9 is beaten by 500/0.95.
    expect(paretoFrontier(points)).toEqual([1, 4, 2]);
  });

  it('drops a point of equal size but lower accuracy, and duplicates after the first', () => {
    expect(paretoFrontier([p(100, 0.7), p(100, 0.9), p(100, 0.9), p(50, 0.1)])).toEqual([3, 1]);
  });

  it('drops a larger point of equal accuracy', () => {
    expect(paretoFrontier([p(200, 0.8), p(100, 0.8)])).toEqual([1]);
  });

  it('is empty for no points and ignores non-finite ones', () => {
    expect(paretoFrontier([])).toEqual([]);
    expect(paretoFrontier([p(Number.NaN, 1), p(10, 0.5)])).toEqual([1]);
  });
});
