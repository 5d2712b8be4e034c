import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import { parseQuery } from '../../config';
import type { DataSplit } from '../../data/types';
import { buildSpec } from '../../model/spec';
import { createRng } from '../../random';
import type { ModelWeights } from './modelWeights';
import { toNetwork } from './modelWeights';
import { pruneModel } from './pruneModel';
import { flowGradients, weightScores } from './saliency';

beforeAll(async () => {
  // The cpu backend: wasm has no Conv2DBackpropFilter kernel.
  await initBackend('cpu');
});

describe('Wanda on a hand-made 3 × 2 layer', () => {
  // tfjs Dense kernels are [inputs, units]: row i = input feature i, column j = output unit j,
  // flat index e = i·2 + j. Two calibration examples: ‖X_0‖ = √2, ‖X_1‖ = 0, ‖X_2‖ = 5.
  const model: ModelWeights = {
    spec: { arch: 'mlp:', inputShape: [3], numClasses: 2, layers: [] },
    layers: [
      {
        spec: { kind: 'dense', name: 'fc1', inputs: 3, units: 2, relu: false },
        weights: Float32Array.from([4, 8, 10, 2, 1, 3]),
        bias: new Float32Array(2),
      },
    ],
  };
  model.spec.layers = model.layers.map((l) => l.spec);
  const train: DataSplit = {
    x: Float32Array.from([1, 0, 3, 1, 0, 4]),
    y: Uint8Array.from([0, 1]),
    scale: 1,
    n: 2,
  };
  const prune = parseQuery('prune.method=wanda&prune.sparsity=0.5&prune.exclude=none').config.prune;
  const ctx = { train, featureSize: 3, numClasses: 2, rng: () => createRng(1) };

  it('scores |W_ij| · ‖X_i‖₂ of the layer’s input over the calibration batch', async () => {
    const [scores] = await weightScores(model, prune, ctx);
    const r2 = Math.SQRT2;
    const expected = [4 * r2, 8 * r2, 0, 0, 5, 15];
    [...scores].forEach((s, e) => expect(s).toBeCloseTo(expected[e], 5));
  });

  it('keeps the best inputs of each output unit (a column), not of the whole layer', async () => {
    const scores = await weightScores(model, prune, ctx);
    const cut = (sparsity: number, compare?: 'unit') =>
      pruneModel(model, { ...prune, sparsity, ...(compare ? { compare } : {}) }, scores).masks[0];
    // Per unit, 2 of 3 inputs go: unit 0 keeps input 0 (4√2 > 5), unit 1 keeps input 2 (15).
    expect([...cut(2 / 3, 'unit')!]).toEqual([1, 0, 0, 0, 0, 1]);
    // One ranking over the layer would keep the two best of all: 15 and 8√2, both of unit 1.
    expect([...cut(2 / 3)!]).toEqual([0, 1, 0, 0, 0, 1]);
    // Magnitude alone would keep the 10 that sits on a dead input.
    const magnitude = await weightScores(model, { ...prune, method: 'magnitude' }, ctx);
    const m = pruneModel(model, { ...prune, sparsity: 2 / 3, compare: 'unit' }, magnitude);
    expect([...m.masks[0]!]).toEqual([0, 1, 1, 0, 0, 0]);
  });
});

describe('SynFlow gradients of a conv net', () => {
  const spec = buildSpec('cnn:2-3', [6, 6, 1], 3);
  const positive = (scale: number, withBias: boolean): ModelWeights => {
    const rng = createRng(7);
    return {
      spec,
      layers: spec.layers.map((l) => {
        if (l.kind !== 'dense' && l.kind !== 'conv') throw new Error(`unexpected ${l.kind}`);
        const [w, b] =
          l.kind === 'dense'
            ? [l.inputs * l.units, l.units]
            : [9 * l.inChannels * l.filters, l.filters];
        return {
          spec: l,
          weights: Float32Array.from({ length: w }, () => (0.05 + rng.next()) * scale),
          bias: Float32Array.from({ length: b }, () => (withBias ? 0.1 + rng.next() : 0)),
        };
      }),
    };
  };

  it('equals tfjs’s own gradient of R at ordinary magnitudes', async () => {
    const model = positive(1, true);
    const net = toNetwork(model);
    const direct = tf.tidy(() => {
      const ws = net.layers.map((l) => l.weights);
      const { value, grads } = tf.variableGrads(() => tf.sum(net.forward(tf.ones([1, 36]))), ws);
      value.dispose();
      return ws.map((w) => grads[w.name]);
    });
    const expected = await Promise.all(direct.map((g) => g.data()));
    tf.dispose(direct);
    net.dispose();
    const got = await flowGradients(model);
    got.forEach((g, l) => g.forEach((v, e) => expect(v / expected[l][e]).toBeCloseTo(1, 4)));
  });

  it('stays finite and exact where float32 gradients overflow or underflow (∂R/∂W ~ 1e40, 1e-48)', async () => {
    const base = await flowGradients(positive(1, false));
    for (const s of [1e20, 1e-24]) {
      const tf32 = await flowGradients(positive(s, false));
      // Three layers, no biases: R scales by s³, so ∂R/∂W_l by s².
      tf32.forEach((g, l) =>
        g.forEach((v, e) => {
          expect(Number.isFinite(v) && v > 0).toBe(true);
          expect(v / (base[l][e] * s * s)).toBeCloseTo(1, 4);
        }),
      );
    }
  });
});
