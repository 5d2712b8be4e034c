import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import { createRng } from '../random';
import { Network } from './network';
import { buildSpec, specParamCount } from './spec';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('buildSpec', () => {
  it('builds LeNet-300-100 with the published parameter count', () => {
    const spec = buildSpec('mlp:300-100', [28, 28, 1], 10);
    expect(spec.layers.map((l) => (l.kind === 'dense' ? [l.inputs, l.units] : []))).toEqual([
      [784, 300],
      [300, 100],
      [100, 10],
    ]);
    // 266,200 weights + 410 biases (docs/REFERENCES.md).
    expect(specParamCount(spec)).toBe(266_610);
  });

  it('builds a small CNN whose classifier sees 7×7×16 features on MNIST', () => {
    const spec = buildSpec('cnn:8-16', [28, 28, 1], 10);
    expect(spec.layers).toHaveLength(3);
    const fc = spec.layers[2];
    expect(fc.kind === 'dense' && fc.inputs).toBe(7 * 7 * 16);
    expect(specParamCount(spec)).toBe(3 * 3 * 1 * 8 + 8 + 3 * 3 * 8 * 16 + 16 + 784 * 10 + 10);
  });

  it('refuses a CNN on 2-D points with a message', () => {
    expect(() => buildSpec('cnn:8', [2], 2)).toThrow(/needs image data/);
  });
});

describe('Network', () => {
  it('initialises deterministically from the seed and runs a forward pass of the right shape', async () => {
    const spec = buildSpec('cnn:4', [28, 28, 1], 10);
    const a = Network.create(spec, createRng(9));
    const b = Network.create(spec, createRng(9));
    const sa = await a.snapshot();
    const sb = await b.snapshot();
    expect(Array.from(sa[0].weights)).toEqual(Array.from(sb[0].weights));
    const logits = a.forward(tf.zeros([3, 784]));
    expect(logits.shape).toEqual([3, 10]);
    logits.dispose();
    a.dispose();
    b.dispose();
  });
});
