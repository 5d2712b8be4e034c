import { describe, expect, it } from 'vitest';
import { accuracyOf, confusionMatrix, newlyWrong } from './confusion';

describe('confusionMatrix', () => {
  it('counts true class by row and predicted class by column', () => {
    const labels = [0, 0, 1, 1, 2, 2];
    const predicted = [0, 1, 1, 1, 0, 2];
    expect(confusionMatrix(labels, predicted, 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it('skips labels outside the class range', () => {
    expect(confusionMatrix([0, 5], [0, 0], 2)).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });
});

describe('accuracyOf', () => {
  it('is the fraction of matches, 0 for nothing', () => {
    expect(accuracyOf([1, 2, 3, 4], [1, 0, 3, 0])).toBe(0.5);
    expect(accuracyOf([], [])).toBe(0);
  });
});

describe('newlyWrong', () => {
  it('finds examples the dense model got right and the compressed one gets wrong', () => {
    const labels = new Uint8Array([1, 1, 1, 1, 1]);
    const dense = new Uint8Array([1, 0, 1, 1, 1]);
    const compressed = new Uint8Array([0, 0, 1, 2, 0]);
    // index 1 was already wrong; index 2 is still right.
    expect(newlyWrong(labels, dense, compressed, 2)).toEqual({ indices: [0, 3], count: 3 });
  });
});
