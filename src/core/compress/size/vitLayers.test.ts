import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import { readModel, weightShapeOf } from '../../experiment/compress/modelWeights';
import { layerUnits } from '../../model/layers';
import { Network } from '../../model/network';
import { buildSpec } from '../../model/spec';
import { createRng } from '../../random';
import { lowestMask, pruneCount } from '../prune/masks';
import { magnitudeScores } from '../prune/scores';
import { quantizeUniform } from '../quantize/uniform';
import { decodeModel } from './decode';
import type { CompressedLayer } from './model';
import { layerWeights } from './model';
import { encodeModel, sizeBreakdown } from './modelSize';

beforeAll(async () => {
  await initBackend('wasm');
});

const sameBits = (a: Float32Array, b: Float32Array) =>
  a.length === b.length &&
  new Uint32Array(a.buffer, a.byteOffset, a.length).every(
    (v, i) => v === new Uint32Array(b.buffer, b.byteOffset, b.length)[i],
  );

describe('a vision transformer in the file format', () => {
  it('round-trips every layer kind (patch, tokens, norm, q/k/v/o, mlp, head) bit for bit', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(buildSpec('vit:p7-d16-h2-l1', [28, 28, 1], 10), createRng(4));
    const model = await readModel(net);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const kinds = new Set(model.layers.map((l) => l.spec.kind));
    expect([...kinds].sort()).toEqual(['attn', 'dense', 'norm', 'tokens']);

    const float: CompressedLayer[] = model.layers.map((l) => ({
      name: l.spec.name,
      shape: weightShapeOf(l.spec),
      values: { kind: 'float', values: l.weights },
      bias: l.bias,
    }));
    // Half of each layer's weights pruned by magnitude, the rest at 4 bits per output channel.
    const packed: CompressedLayer[] = float.map((l, i) => {
      const w = model.layers[i].weights;
      const units = layerUnits(model.layers[i].spec);
      const mask = lowestMask(magnitudeScores(w), pruneCount(w.length, 0.5));
      const q = quantizeUniform(w, {
        bits: 4,
        scheme: 'symmetric',
        granularity: 'channel',
        channels: units,
        mask,
      });
      return {
        ...l,
        values: { kind: 'uniform', bits: 4, scheme: 'symmetric', granularity: 'channel', ...q },
        mask,
      };
    });
    for (const layers of [float, packed]) {
      const back = decodeModel(encodeModel(layers));
      expect(back.map((l) => l.name)).toEqual(layers.map((l) => l.name));
      back.forEach((d, i) => {
        expect(d.shape).toEqual(layers[i].shape);
        expect(sameBits(layerWeights(d), layerWeights(layers[i]))).toBe(true);
        expect(sameBits(d.bias, layers[i].bias)).toBe(true);
      });
    }
    // Every parameter is counted: dense float32 = 4 bytes × the spec's parameters.
    const params = model.layers.reduce((s, l) => s + l.weights.length + l.bias.length, 0);
    expect(sizeBreakdown(float).denseFp32).toBe(4 * params);
    expect(sizeBreakdown(packed).total).toBeLessThan(sizeBreakdown(float).total / 3);
  });
});
