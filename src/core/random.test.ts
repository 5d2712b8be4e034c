import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, permutation } from './random';

describe('createRng', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws normals with mean ~0 and variance ~1', () => {
    const rng = createRng(7);
    const n = 20000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
});

describe('permutation', () => {
  it('is a permutation and depends on the seed', () => {
    const p = permutation(100, createRng(1));
    expect([...p].sort((x, y) => x - y)).toEqual([...Array(100).keys()]);
    expect([...permutation(100, createRng(2))]).not.toEqual([...p]);
  });
});

describe('deriveSeed', () => {
  it('gives distinct streams per purpose', () => {
    expect(deriveSeed(1, 'init')).not.toBe(deriveSeed(1, 'shuffle'));
    expect(deriveSeed(1, 'init')).toBe(deriveSeed(1, 'init'));
  });
});
