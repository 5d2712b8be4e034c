import { describe, expect, it } from 'vitest';
import { modelWithWeights } from '../testing/randomModel';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import { factoriseModel } from '../compress/methods/svd';
import { rankForFraction } from '../compress/lowrank/svd';
import { macsOf } from './macs';

/** A model of the given arch with every weight 1 (so nothing is zero until we cut it). */
function ones(arch: string, inputShape: number[]): ModelWeights {
  return modelWithWeights(arch, inputShape, 10, (kind) => (kind === 'weight' ? 1 : 0));
}

describe('macsOf', () => {
  it('LeNet-300-100 computes 266,200 MACs per example dense', () => {
    expect(macsOf(ones('mlp:300-100', [28, 28, 1]))).toEqual({ macs: 266_200, denseMacs: 266_200 });
  });

  it('a sparse layer costs its nonzeros; a dense kernel still pays for the zeros', () => {
    const m = ones('mlp:300-100', [28, 28, 1]);
    m.layers[0].weights.fill(0, 0, 200_000); // 35,200 of fc1's 235,200 left
    expect(macsOf(m)).toEqual({ macs: 35_200 + 30_000 + 1_000, denseMacs: 266_200 });
  });

  it('a neuron-pruned layer costs only its remaining units', () => {
    const m = ones('mlp:4', [2]);
    // fc1 is 2×4 with the unit on the last axis: remove units 1 and 3 (their column) and their
    // rows in fc2 (4×10).
    for (const i of [1, 3, 5, 7]) m.layers[0].weights[i] = 0;
    m.layers[1].weights.fill(0, 10, 20);
    m.layers[1].weights.fill(0, 30, 40);
    expect(macsOf(m)).toEqual({ macs: 4 + 20, denseMacs: 8 + 40 });
  });

  it('low-rank factors count as two products, r·(m + n)', () => {
    const m = ones('mlp:60-50', [40]);
    // Varied weights so the SVD has full rank; ones would be rank 1.
    for (const l of m.layers)
      for (let i = 0; i < l.weights.length; i++)
        l.weights[i] = Math.sin(i * 1.7 + l.weights.length);
    const f = factoriseModel(m, 0.25);
    expect(f.layers.map((l) => l.spec.name)).toEqual(['fc1.p', 'fc1.q', 'fc2.p', 'fc2.q', 'fc3']);
    const r1 = rankForFraction(40, 60, 0.25);
    const r2 = rankForFraction(60, 50, 0.25);
    expect(macsOf(f).denseMacs).toBe(r1 * (40 + 60) + r2 * (60 + 50) + 50 * 10);
  });

  it('a convolution costs weights × output positions, shrinking after each pooling', () => {
    // cnn:8-16 on 28×28×1: conv1 3·3·1·8 at 28×28, conv2 3·3·8·16 at 14×14, fc1 7·7·16 → 10.
    const expected = 72 * 784 + 1152 * 196 + 784 * 10;
    expect(macsOf(ones('cnn:8-16', [28, 28, 1]))).toEqual({ macs: expected, denseMacs: expected });
  });
});
