import { describe, expect, it } from 'vitest';
import type { ModelWeights } from './modelWeights';
import { paramCountOf } from './modelWeights';
import { pruneModel, rankedMasks } from './pruneModel';
import { globalMasks, layerMasks } from '../../compress/prune/masks';
import { shrinkUnits, unitRemovalMasks } from './structure';

const f32 = (...v: number[]) => Float32Array.from(v);

/** 2 inputs → 3 units → 2 classes, weights numbered so every move is visible. */
function tinyMlp(): ModelWeights {
  return {
    spec: { arch: 'mlp:3', inputShape: [2], numClasses: 2, layers: [] },
    layers: [
      {
        spec: { kind: 'dense', name: 'fc1', inputs: 2, units: 3, relu: true },
        weights: f32(1, 2, 3, 4, 5, 6), // rows = inputs: [1 2 3; 4 5 6]
        bias: f32(0.1, 0.2, 0.3),
      },
      {
        spec: { kind: 'dense', name: 'fc2', inputs: 3, units: 2, relu: false },
        weights: f32(7, 8, 9, 10, 11, 12), // [7 8; 9 10; 11 12]
        bias: f32(0.5, 0.6),
      },
    ],
  };
}

describe('shrinkUnits', () => {
  it('removes a unit column, its bias and the next layer’s matching input row', () => {
    const out = shrinkUnits(tinyMlp(), 0, Uint8Array.from([1, 0, 1]));
    expect([...out.layers[0].weights]).toEqual([1, 3, 4, 6]);
    expect([...out.layers[0].bias]).toEqual([0.1, 0.3].map(Math.fround));
    expect(out.layers[0].spec).toMatchObject({ units: 2, inputs: 2 });
    expect([...out.layers[1].weights]).toEqual([7, 8, 11, 12]);
    expect(out.layers[1].spec).toMatchObject({ inputs: 2, units: 2 });
    expect(paramCountOf(out)).toBe(4 + 2 + 4 + 2);
  });

  it('removes a conv filter and every flattened input of that channel in the dense layer', () => {
    // conv 1×1, 1 → 2 filters on a 2×1 image; dense sees [h, w, c] flattened = 4 inputs.
    const model: ModelWeights = {
      spec: { arch: 'cnn:2', inputShape: [2, 1, 1], numClasses: 1, layers: [] },
      layers: [
        {
          spec: { kind: 'conv', name: 'conv1', kernel: 1, inChannels: 1, filters: 2, pool: 1 },
          weights: f32(1, 2),
          bias: f32(0, 0),
        },
        {
          spec: { kind: 'dense', name: 'fc1', inputs: 4, units: 1, relu: false },
          weights: f32(10, 20, 30, 40), // inputs (h0,c0) (h0,c1) (h1,c0) (h1,c1)
          bias: f32(0),
        },
      ],
    };
    const out = shrinkUnits(model, 0, Uint8Array.from([0, 1]));
    expect([...out.layers[0].weights]).toEqual([2]);
    expect(out.layers[0].spec).toMatchObject({ filters: 1 });
    expect([...out.layers[1].weights]).toEqual([20, 40]);
    expect(out.layers[1].spec).toMatchObject({ inputs: 2 });
  });

  it('refuses to shrink the output layer or to remove every unit', () => {
    expect(() => shrinkUnits(tinyMlp(), 1, Uint8Array.from([1, 0]))).toThrow(/output/);
    expect(() => shrinkUnits(tinyMlp(), 0, Uint8Array.from([0, 0, 0]))).toThrow(/one unit/);
  });

  it('draws the removal over the original shapes', () => {
    const masks = unitRemovalMasks(tinyMlp(), [Uint8Array.from([1, 0, 1]), null]);
    expect([...masks[0]!]).toEqual([1, 0, 1, 1, 0, 1]);
    expect([...masks[1]!]).toEqual([1, 1, 0, 0, 1, 1]);
  });
});

describe('rankedMasks', () => {
  const layers = [
    f32(0.5, -0.1, 0.3, 0.3, 0.9, 0),
    f32(0.2, 0.2, 0.7, -1, 0.05, 0.6, 0.1, 0.4),
  ].map((s) => s.map(Math.abs));

  it.each([0, 0.25, 0.5, 0.8, 1])('equals layerMasks and globalMasks at sparsity %s', (s) => {
    expect(rankedMasks(layers, s, 'layer', [])).toEqual(layerMasks(layers, s));
    expect(rankedMasks(layers, s, 'global', [])).toEqual(globalMasks(layers, s));
    const excludedLayer = rankedMasks(layers, s, 'global', [1]);
    expect(excludedLayer[1]).toBeNull();
    expect(excludedLayer[0]).toEqual(globalMasks(layers, s, { exclude: [1] })[0]);
  });
});

describe('pruneModel', () => {
  const scores = (m: ModelWeights) => m.layers.map((l) => l.weights.map(Math.abs));

  it('zeros exactly the masked weights and leaves the output layer alone by default', () => {
    const m = tinyMlp();
    const out = pruneModel(
      m,
      { sparsity: 0.5, granularity: 'weight', scope: 'layer', exclude: 'output' },
      scores(m),
    );
    expect([...out.model.layers[0].weights]).toEqual([0, 0, 0, 4, 5, 6]);
    expect([...out.masks[0]!]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(out.masks[1]).toBeNull();
    expect(out.model.layers[1].weights).toBe(m.layers[1].weights);
  });

  it('removes the unit with the lowest mean score, shrinking both layers', () => {
    const m = tinyMlp();
    const out = pruneModel(
      m,
      { sparsity: 0.34, granularity: 'neuron', scope: 'layer', exclude: 'output' },
      scores(m),
    );
    expect([...out.model.layers[0].weights]).toEqual([2, 3, 5, 6]);
    expect([...out.model.layers[1].weights]).toEqual([9, 10, 11, 12]);
    expect(out.masks).toEqual([null, null]);
    expect([...out.originalMasks[0]!]).toEqual([0, 1, 1, 0, 1, 1]);
  });

  it('keeps the 2 largest of every 4 inputs per unit for 2:4', () => {
    const m = tinyMlp();
    const out = pruneModel(
      m,
      { sparsity: 0, granularity: '2:4', scope: 'layer', exclude: 'none' },
      scores(m),
    );
    expect([...out.masks[0]!]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...out.masks[1]!]).toEqual([0, 0, 1, 1, 1, 1]);
  });
});
