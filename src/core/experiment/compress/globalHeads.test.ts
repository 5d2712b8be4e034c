import { describe, expect, it } from 'vitest';
import { globalHeadKeep } from './pruneModel';

describe('global head ranking', () => {
  it('removes exactly the asked count, skipping a block’s last head for the next-lowest', () => {
    const scores = [Float32Array.from([0.1, 0.2]), Float32Array.from([0.5, 0.3])];
    // Half of 4 heads: 0.1 and 0.2 would empty block 1, so 0.3 goes instead.
    expect(globalHeadKeep(scores, 0.5).map((k) => [...k])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(globalHeadKeep(scores, 0.25).map((k) => [...k])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    // More than all but one per block: one head stays in each.
    expect(globalHeadKeep(scores, 1).map((k) => [...k])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
