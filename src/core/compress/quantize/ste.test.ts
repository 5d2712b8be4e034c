import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import { fakeQuantizeTensor } from './ste';
import { quantizeUniform } from './uniform';

beforeAll(async () => {
  await initBackend('cpu');
});

/** d/dw Σ c ⊙ fakeQuant(w): equals c where the STE passes the gradient, 0 where it clips. */
async function steGradient(
  w: number[],
  c: number[],
  options: Parameters<typeof fakeQuantizeTensor>[1],
) {
  const x = tf.tensor1d(w);
  const weights = tf.tensor1d(c);
  const g = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(fakeQuantizeTensor(v, options), weights)))(x);
  const value = fakeQuantizeTensor(x, options);
  const out = { grad: [...(await g.data())], value: [...(await value.data())] };
  tf.dispose([x, weights, g, value]);
  return out;
}

describe('fakeQuantizeTensor (STE)', () => {
  it('passes the gradient inside the clip range and blocks it outside', async () => {
    const before = tf.memory().numTensors;
    // 4 bits, symmetric, clip at half the max: scale s = 0.5 / 7, range [−8s, 7s] = [−0.571, 0.5].
    const { grad, value } = await steGradient([-1, -0.3, 0.2, 0.9], [1, 2, 3, 4], {
      bits: 4,
      scheme: 'symmetric',
      granularity: 'tensor',
      clipRatio: 0.5,
    });
    expect(grad).toEqual([0, 2, 3, 0]);
    const s = 0.5 / 7;
    [-8 * s, -4 * s, 3 * s, 7 * s].forEach((v, i) => expect(value[i]).toBeCloseTo(v, 6));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('without clipping the gradient is 1 everywhere', async () => {
    const before = tf.memory().numTensors;
    const sym = await steGradient([-1, -0.3, 0.2, 0.9], [1, 1, 1, 1], {
      bits: 3,
      scheme: 'symmetric',
      granularity: 'tensor',
    });
    expect(sym.grad).toEqual([1, 1, 1, 1]);
    // Asymmetric on [−1, 6] at 3 bits: scale 1, zero 1, nothing outside.
    const asym = await steGradient([-1, 0.3, 2, 6], [1, 1, 1, 1], {
      bits: 3,
      scheme: 'asymmetric',
      granularity: 'tensor',
    });
    expect(asym.grad).toEqual([1, 1, 1, 1]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('asymmetric clipping: range [−1, 6] from clipRatio 0.5 of [−2, 12]', async () => {
    const { grad, value } = await steGradient([-2, 0, 3, 12], [1, 1, 1, 1], {
      bits: 3,
      scheme: 'asymmetric',
      granularity: 'tensor',
      clipRatio: 0.5,
    });
    expect(grad).toEqual([0, 1, 1, 0]);
    expect(value).toEqual([-1, 0, 3, 6]);
  });

  it('forward values match quantizeUniform (per channel, 4 bits)', async () => {
    const before = tf.memory().numTensors;
    const w = Float32Array.from([0.3, -0.01, -0.7, 0.02, 0.11, 0.005, -0.25, -0.03]);
    const x = tf.tensor2d(w, [4, 2]);
    const y = fakeQuantizeTensor(x, { bits: 4, scheme: 'symmetric', granularity: 'channel' });
    const ours = await y.data();
    const ref = quantizeUniform(w, {
      bits: 4,
      scheme: 'symmetric',
      granularity: 'channel',
      channels: 2,
    }).dequantized;
    ref.forEach((v, i) => expect(ours[i]).toBeCloseTo(v, 6));
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('1 bit: forward is sign × mean|w|, gradient clipped at |w| > clip × max', async () => {
    const { grad, value } = await steGradient([-2, 1, 0.5, 0.5], [1, 1, 1, 1], {
      bits: 1,
      scheme: 'symmetric',
      granularity: 'tensor',
      clipRatio: 0.5,
    });
    value.forEach((v, i) => expect(v).toBeCloseTo(i === 0 ? -1 : 1, 6));
    expect(grad).toEqual([0, 1, 1, 1]);
  });

  it('with a mask, pruned weights are exactly 0 in the forward pass and scales match quantizeUniform', async () => {
    const before = tf.memory().numTensors;
    const w = [-3, 0, 1, 0, 2, 0];
    const keep = [1, 0, 1, 0, 1, 0];
    const mask = tf.tensor1d(keep);
    for (const scheme of ['symmetric', 'asymmetric'] as const) {
      for (const bits of [1, 2, 3, 8]) {
        const { value } = await steGradient(w, [1, 1, 1, 1, 1, 1], {
          bits,
          scheme,
          granularity: 'tensor',
          mask,
        });
        const expected = quantizeUniform(Float32Array.from(w), {
          bits,
          scheme,
          granularity: 'tensor',
          mask: Uint8Array.from(keep),
        }).dequantized;
        value.forEach((v, i) => expect(v, `${scheme} ${bits} [${i}]`).toBeCloseTo(expected[i], 5));
        keep.forEach(
          (k, i) => k === 0 && expect(Object.is(value[i], 0) || value[i] === 0).toBe(true),
        );
      }
    }
    mask.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
