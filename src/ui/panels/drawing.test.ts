import { describe, expect, it } from 'vitest';
import { fitPoints, grayToRgba, rgbToRgba } from './drawing';

describe('grayToRgba', () => {
  it('copies each gray byte into r, g and b with full alpha', () => {
    expect([...grayToRgba(new Uint8Array([0, 200]))]).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });
});

describe('rgbToRgba', () => {
  it('keeps each pixel’s r, g, b in order and adds full alpha', () => {
    expect([...rgbToRgba(new Uint8Array([1, 2, 3, 250, 0, 9]))]).toEqual([
      1, 2, 3, 255, 250, 0, 9, 255,
    ]);
  });
});

describe('fitPoints', () => {
  it('fills the square inside the margin, keeps aspect ratio and flips y', () => {
    const out = fitPoints(new Float32Array([-1, -1, 1, 1, 1, -1]), 100, 10);
    expect([...out]).toEqual([10, 90, 90, 10, 90, 90]);
  });

  it('centres a set that is wider than tall', () => {
    const out = fitPoints(new Float32Array([0, 0, 4, 2]), 100, 0);
    expect([...out]).toEqual([0, 75, 100, 25]);
  });

  it('copes with a single point and with none', () => {
    expect(fitPoints(new Float32Array([3, 3]), 10, 0)).toHaveLength(2);
    expect(fitPoints(new Float32Array([]), 10, 0)).toHaveLength(0);
  });
});
