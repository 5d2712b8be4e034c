import { describe, expect, it } from 'vitest';
import { integerTicks, niceAxis, polylinePoints, scale } from './liveScale';

describe('niceAxis', () => {
  it('covers the data with round steps', () => {
    expect(niceAxis(0, 1)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceAxis(0, 2.31)).toEqual({ domain: [0, 2.5], ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    expect(niceAxis(0.83, 0.97)).toEqual({
      domain: [0.8, 1],
      ticks: [0.8, 0.85, 0.9, 0.95, 1],
    });
  });

  it('widens a single value and survives nothing to draw', () => {
    expect(niceAxis(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceAxis(0.5, 0.5).domain).toEqual([0.2, 0.8]);
    expect(niceAxis(Infinity, -Infinity)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});

describe('integerTicks', () => {
  it('lists whole epochs, thinned when there are many', () => {
    expect(integerTicks(0, 3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0, 30)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    expect(integerTicks(1, 1)).toEqual([1]);
  });
});

describe('polylinePoints', () => {
  it('maps data to pixels (y flipped) and skips non-finite points', () => {
    const x = scale([0, 2], 40, 240);
    const y = scale([0, 1], 200, 0);
    expect(
      polylinePoints(
        [
          { x: 0, y: 0 },
          { x: 1, y: NaN },
          { x: 2, y: 0.25 },
        ],
        x,
        y,
      ),
    ).toBe('40.0,200.0 240.0,150.0');
  });
});
