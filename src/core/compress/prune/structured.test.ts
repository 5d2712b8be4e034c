import { describe, expect, it } from 'vitest';
import type { DenseWeights } from './structured';
import { removeUnits } from './structured';

/** relu(x·W1 + b1)·W2 + b2 for one example. */
function forward(layers: DenseWeights[], x: number[]): number[] {
  let h = x;
  layers.forEach((l, k) => {
    const out: number[] = [];
    for (let j = 0; j < l.units; j++) {
      let s = l.bias[j];
      for (let i = 0; i < l.inputs; i++) s += h[i] * l.weights[i * l.units + j];
      out.push(k < layers.length - 1 ? Math.max(0, s) : s);
    }
    h = out;
  });
  return h;
}

describe('removeUnits', () => {
  // 2 → 3 → 2.
  const net: DenseWeights[] = [
    {
      weights: Float32Array.from([1, 2, 3, 4, 5, 6]),
      bias: Float32Array.from([0.1, 0.2, 0.3]),
      inputs: 2,
      units: 3,
    },
    {
      weights: Float32Array.from([1, -1, 2, -2, 3, -3]),
      bias: Float32Array.from([0.5, -0.5]),
      inputs: 3,
      units: 2,
    },
  ];

  it('removes the layer’s column and bias entry and the next layer’s input row', () => {
    const out = removeUnits(net, 0, [true, false, true]);
    expect(out[0].units).toBe(2);
    expect([...out[0].weights]).toEqual([1, 3, 4, 6]);
    expect([...out[0].bias]).toEqual([Math.fround(0.1), Math.fround(0.3)]);
    expect(out[1].inputs).toBe(2);
    expect([...out[1].weights]).toEqual([1, -1, 3, -3]);
    expect([...out[1].bias]).toEqual([0.5, -0.5]);
    // Pure: the input is untouched.
    expect(net[0].units).toBe(3);
    expect(net[0].weights.length).toBe(6);
  });

  it('computes what the full net computes with that unit silenced', () => {
    const silenced: DenseWeights[] = [
      {
        ...net[0],
        weights: Float32Array.from([1, 0, 3, 4, 0, 6]),
        bias: Float32Array.from([0.1, 0, 0.3]),
      },
      net[1],
    ];
    const shrunk = removeUnits(net, 0, [true, false, true]);
    for (const x of [
      [1, 2],
      [-1, 0.5],
      [0.3, -2],
    ]) {
      const a = forward(silenced, x);
      const b = forward(shrunk, x);
      a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 5));
    }
  });

  it('refuses the output layer, a wrong flag count and removing every unit', () => {
    expect(() => removeUnits(net, 1, [true, false])).toThrow(/output/);
    expect(() => removeUnits(net, 0, [true])).toThrow();
    expect(() => removeUnits(net, 0, [false, false, false])).toThrow();
  });
});
