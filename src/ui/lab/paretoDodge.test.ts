import { describe, expect, it } from 'vitest';
import { dodgeOffsetPx, dodgeOverlaps } from './paretoDodge';

const X: [number, number] = [1000, 100_000];

describe('dodgeOverlaps', () => {
  it("groups lesson 5's keep / rewind / reinit at one size and names what differs", () => {
    const common = { 'prune.sparsity': '0.9', 'quant.bits': '32' };
    const dodges = dodgeOverlaps(
      [
        { x: 5000, accuracy: 0.91, settings: { ...common, 'prune.init': 'keep' } },
        { x: 5000, accuracy: 0.9, settings: { ...common, 'prune.init': 'rewind' } },
        { x: 50_000, accuracy: 0.97, settings: { 'prune.sparsity': '0' } },
        { x: 5000, accuracy: 0.915, settings: { ...common, 'prune.init': 'reinit' } },
      ],
      X,
    );
    // Most accurate first: reinit (91.5 %), keep (91 %), rewind (90 %).
    expect(dodges.map((d) => [d.index, d.size])).toEqual([
      [1, 3],
      [2, 3],
      [0, 1],
      [0, 3],
    ]);
    expect(dodges.map((d) => d.differing)).toEqual([
      [['prune.init', 'keep']],
      [['prune.init', 'rewind']],
      [],
      [['prune.init', 'reinit']],
    ]);
    expect(dodges[0].groupAccuracy).toBeCloseTo((0.91 + 0.9 + 0.915) / 3, 12);
  });

  it('keeps apart points whose sizes differ by more than the tolerance', () => {
    const dodges = dodgeOverlaps(
      [
        { x: 5000, accuracy: 0.9, settings: {} },
        { x: 6000, accuracy: 0.9, settings: {} }, // 4 % of the log-size span to the right
        { x: 50_000, accuracy: 0.9, settings: {} },
      ],
      X,
    );
    expect(dodges.map((d) => d.size)).toEqual([1, 1, 1]);
  });

  it('spreads a group symmetrically around the true position', () => {
    expect([0, 1, 2].map((index) => dodgeOffsetPx({ index, size: 3 }))).toEqual([-14, 0, 14]);
    expect(dodgeOffsetPx({ index: 0, size: 1 })).toBe(0);
  });
});
