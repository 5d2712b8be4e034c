import { describe, expect, it } from 'vitest';
import { makeSynthetic, SYNTHETIC_NAMES } from './synthetic';

describe.each(SYNTHETIC_NAMES)('makeSynthetic(%s)', (name) => {
  const a = makeSynthetic(name, 42);

  it('has the documented shape and defaults', () => {
    expect(a.name).toBe(name);
    expect(a.featureShape).toEqual([2]);
    expect(a.featureSize).toBe(2);
    expect(a.classNames.length).toBe(a.numClasses);
    expect(a.numClasses).toBe({ spiral: 3, circles: 2, xor: 2, gaussians: 4 }[name]);
    for (const split of [a.train, a.test]) {
      expect(split.x).toBeInstanceOf(Float32Array);
      expect(split.x.length).toBe(2 * split.n);
      expect(split.y.length).toBe(split.n);
      expect(split.scale).toBe(1);
    }
    expect(a.train.n).toBe(2000);
    expect(a.test.n).toBe(1000);
  });

  it('is deterministic per seed and differs across seeds', () => {
    const again = makeSynthetic(name, 42);
    expect(again.train.x).toEqual(a.train.x);
    expect(again.train.y).toEqual(a.train.y);
    expect(again.test.x).toEqual(a.test.x);
    const other = makeSynthetic(name, 43);
    expect(other.train.x).not.toEqual(a.train.x);
    expect(other.test.x).not.toEqual(a.test.x);
  });

  it('draws train and test from independent streams', () => {
    expect(Array.from(a.test.x.subarray(0, 20))).not.toEqual(Array.from(a.train.x.subarray(0, 20)));
    // The test set does not depend on the train size.
    expect(makeSynthetic(name, 42, 50).test.x).toEqual(a.test.x);
  });

  it('has every class, balanced, in random order, inside roughly [-1, 1]', () => {
    for (const split of [a.train, a.test]) {
      const counts = new Array<number>(a.numClasses).fill(0);
      for (const c of split.y) counts[c]++;
      for (const c of counts) expect(Math.abs(c - split.n / a.numClasses)).toBeLessThanOrEqual(1);
      let maxAbs = 0;
      for (const v of split.x) {
        expect(Number.isFinite(v)).toBe(true);
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
      expect(maxAbs).toBeLessThan(1.6);
    }
    expect(Array.from(a.train.y.subarray(0, 12))).not.toEqual(
      Array.from({ length: 12 }, (_, i) => i % a.numClasses),
    );
  });
});

describe('makeSynthetic labels follow the geometry', () => {
  it('xor: label 0 iff the coordinates have the same sign', () => {
    const { train } = makeSynthetic('xor', 1);
    for (let i = 0; i < train.n; i++) {
      expect(train.y[i]).toBe(train.x[2 * i] * train.x[2 * i + 1] > 0 ? 0 : 1);
    }
  });

  it('circles: the inner ring lies inside the outer ring on average', () => {
    const { train } = makeSynthetic('circles', 1);
    const mean = [0, 0];
    const count = [0, 0];
    for (let i = 0; i < train.n; i++) {
      mean[train.y[i]] += Math.hypot(train.x[2 * i], train.x[2 * i + 1]);
      count[train.y[i]]++;
    }
    expect(mean[0] / count[0]).toBeCloseTo(0.45, 1);
    expect(mean[1] / count[1]).toBeCloseTo(0.9, 1);
  });

  it('rejects a bad size', () => {
    expect(() => makeSynthetic('spiral', 1, 0)).toThrow(RangeError);
    expect(() => makeSynthetic('spiral', 1, 10, 2.5)).toThrow(/nTest/);
  });
});
