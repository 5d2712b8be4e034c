import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { globalMasks, kthSmallest, layerMasks, nmMask, pruneCount } from './masks';

const f = (a: number[]) => Float32Array.from(a);
const arr = (m: Uint8Array) => [...m];

describe('layer vs global scope, by hand', () => {
  const scores = [f([0.1, 0.9, 0.2, 0.15]), f([0.5, 0.6, 0.7, 0.05])];

  it('layer scope removes the two lowest of each layer', () => {
    const [a, b] = layerMasks(scores, 0.5);
    expect(arr(a)).toEqual([0, 1, 1, 0]);
    expect(arr(b)).toEqual([0, 1, 1, 0]);
  });

  it('global scope removes the four lowest overall, so the layers differ', () => {
    // Lowest four: 0.05 (L1), 0.1, 0.15, 0.2 (all L0).
    const [a, b] = globalMasks(scores, 0.5);
    expect(arr(a)).toEqual([0, 1, 0, 0]);
    expect(arr(b)).toEqual([1, 1, 1, 0]);
  });

  it('excluded layers keep everything and do not count towards the global budget', () => {
    const [a, b] = globalMasks(scores, 0.5, { exclude: [1] });
    expect(arr(a)).toEqual([0, 1, 1, 0]);
    expect(arr(b)).toEqual([1, 1, 1, 1]);
    const [c, d] = layerMasks(scores, 0.75, { exclude: [0] });
    expect(arr(c)).toEqual([1, 1, 1, 1]);
    expect(arr(d)).toEqual([0, 0, 1, 0]);
  });

  it('number pruned = round(sparsity × n); ties go to the lower index, then the earlier layer', () => {
    expect(pruneCount(3, 0.5)).toBe(2);
    expect(pruneCount(10, 0.1)).toBe(1);
    expect(pruneCount(4, 0)).toBe(0);
    expect(() => pruneCount(4, 1.5)).toThrow();
    expect(arr(layerMasks([f([1, 1, 1, 1])], 0.5)[0])).toEqual([0, 0, 1, 1]);
    const [a, b] = globalMasks([f([1, 1]), f([1, 1])], 0.25);
    expect(arr(a)).toEqual([0, 1]);
    expect(arr(b)).toEqual([1, 1]);
  });

  it('global masks on random scores hit the exact count and one threshold', () => {
    const rng = createRng(3);
    const layers = [300, 1000, 57].map((n) => Float32Array.from({ length: n }, () => rng.next()));
    const masks = globalMasks(layers, 0.8);
    const pruned = masks.reduce((s, m) => s + m.length - m.reduce((a, b) => a + b, 0), 0);
    expect(pruned).toBe(Math.round(0.8 * 1357));
    let maxPruned = -Infinity;
    let minKept = Infinity;
    masks.forEach((m, l) =>
      m.forEach((k, i) => {
        if (k) minKept = Math.min(minKept, layers[l][i]);
        else maxPruned = Math.max(maxPruned, layers[l][i]);
      }),
    );
    expect(maxPruned).toBeLessThanOrEqual(minKept);
  });
});

describe('N:M masks', () => {
  it('keeps the 2 largest of each group of 4 along the inputs', () => {
    expect(arr(nmMask(f([0.1, 0.4, 0.3, 0.2]), 1))).toEqual([0, 1, 1, 0]);
  });

  it('holds in every group of every unit, and keeps the top scores', () => {
    const rng = createRng(11);
    const inputs = 16;
    const units = 5;
    const scores = Float32Array.from({ length: inputs * units }, () => rng.next());
    const mask = nmMask(scores, units, 2, 4);
    for (let j = 0; j < units; j++) {
      for (let g = 0; g < inputs; g += 4) {
        const idx = [0, 1, 2, 3].map((k) => (g + k) * units + j);
        expect(idx.reduce((s, e) => s + mask[e], 0)).toBe(2);
        const keptMin = Math.min(...idx.filter((e) => mask[e]).map((e) => scores[e]));
        const prunedMax = Math.max(...idx.filter((e) => !mask[e]).map((e) => scores[e]));
        expect(keptMin).toBeGreaterThan(prunedMax);
      }
    }
    expect(mask.filter((m) => m === 0).length / mask.length).toBe(0.5);
  });

  it('a short last group keeps min(n, its length)', () => {
    // 6 inputs, 1 unit: groups of 4 and 2; 1:4 keeps one in each.
    expect(arr(nmMask(f([1, 2, 3, 4, 6, 5]), 1, 1, 4))).toEqual([0, 0, 0, 1, 1, 0]);
  });
});

describe('kthSmallest', () => {
  it('gives what a full sort gives, ties, infinities and NaN included', () => {
    const rng = createRng(5);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + rng.int(60);
      const values = Float32Array.from({ length: n }, () => {
        const r = rng.next();
        return r < 0.1 ? -Infinity : r < 0.15 ? NaN : r < 0.2 ? Infinity : rng.int(8) - 4;
      });
      const sorted = Float32Array.from(values).sort();
      for (let k = 0; k < n; k++)
        expect(kthSmallest(Float32Array.from(values), k), `${values.join(',')} k=${k}`).toBe(
          sorted[k],
        );
    }
  });

  it('refuses a rank outside the array', () => {
    expect(() => kthSmallest(f([1, 2]), 2)).toThrow(RangeError);
  });
});
