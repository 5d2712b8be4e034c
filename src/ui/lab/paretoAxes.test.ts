import { describe, expect, it } from 'vitest';
import {
  accuracyDomain,
  accuracyTicks,
  cellExtent,
  liveCell,
  logDomain,
  logTicks,
} from './paretoAxes';

describe('log axis', () => {
  it('pads the data range by a factor on each side, ignoring non-positive sizes', () => {
    expect(logDomain([1000, 26000, 0, -5], 2)).toEqual([500, 52000]);
    expect(logDomain([])).toEqual([1, 10]);
  });

  it('puts ticks at 1, 2 and 5 times powers of ten inside the domain', () => {
    expect(logTicks([15_000, 260_000])).toEqual([20_000, 50_000, 100_000, 200_000]);
  });

  it('falls back to the rounded ends when fewer than two nice ticks fit', () => {
    expect(logTicks([1100, 1900])).toEqual([1100, 1900]);
  });
});

describe('accuracy axis', () => {
  it('rounds out to a 5 % grid with room, never past 0 or 1', () => {
    expect(accuracyDomain([0.573, 0.995])).toEqual([0.55, 1]);
    expect(accuracyDomain([0.83, 0.86])).toEqual([0.8, 0.9]);
    expect(accuracyDomain([0.005])).toEqual([0, 0.05]);
    expect(accuracyDomain([])).toEqual([0, 1]);
  });
});

describe('live cell', () => {
  it('contains the point, and nearby points share it', () => {
    for (const [size, acc] of [
      [26_166, 0.7802],
      [1, 0],
      [203_620, 1],
      [884, 0.573],
    ]) {
      const { sizes, accuracies } = cellExtent(liveCell(size, acc));
      expect(size).toBeGreaterThanOrEqual(sizes[0] * (1 - 1e-12));
      expect(size).toBeLessThan(sizes[1]);
      expect(acc).toBeGreaterThanOrEqual(accuracies[0] - 1e-12);
      expect(acc).toBeLessThanOrEqual(accuracies[1]);
    }
    expect(liveCell(26_000, 0.78)).toBe(liveCell(26_500, 0.79));
    expect(liveCell(26_000, 0.78)).not.toBe(liveCell(36_000, 0.78));
  });
});

describe('accuracy ticks', () => {
  it('fall on a round step, at most six of them', () => {
    expect(accuracyTicks([0.75, 0.9])).toEqual([0.75, 0.8, 0.85, 0.9]);
    expect(accuracyTicks([0.8, 0.85])).toEqual([0.8, 0.81, 0.82, 0.83, 0.84, 0.85]);
    expect(accuracyTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
