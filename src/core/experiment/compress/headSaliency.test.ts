import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../backend';
import type { DataSplit } from '../../data/types';
import { Network } from '../../model/network';
import { buildSpec } from '../../model/spec';
import { createRng } from '../../random';
import { crossEntropy } from '../../train/losses';
import { headImportance } from './headSaliency';
import { readModel } from './modelWeights';

beforeAll(async () => {
  await initBackend('cpu');
});

const unit = (v: number[]) => {
  const l2 = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / l2);
};

describe('gate-gradient head importance (Michel et al. 2019)', () => {
  it('is the mean over examples of |∂L_i/∂g_h|, not |mean ∂L/∂g_h|, and leaks no tensor', async () => {
    const net = Network.create(buildSpec('vit:p7-d16-h4-l2', [28, 28, 1], 10), createRng(5));
    const model = await readModel(net);
    // One image under each of the 10 labels: Σ_y ∂L_y/∂z = 10·p − 1, so near initialisation
    // (p ≈ uniform) the examples' gradients almost cancel in the mean, while each example's
    // own gradient p·J − J_y does not.
    const image = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 101);
    const split: DataSplit = {
      x: Float32Array.from({ length: 10 * 784 }, (_, i) => image[i % 784]),
      scale: 1,
      y: Uint8Array.from({ length: 10 }, (_, i) => i),
      n: 10,
    };
    // Reference, one example at a time.
    const gradients = tf.tidy(() =>
      Array.from({ length: 10 }, (_, label) => {
        const xs = tf.tensor2d(image, [1, 784]);
        const ys = tf.tensor1d([label], 'int32');
        const gates = [tf.ones([4]), tf.ones([4])];
        const loss = (...g: tf.Tensor[]) =>
          crossEntropy(net.forwardVit(xs, { gates: g as tf.Tensor1D[] }).logits, ys, 10);
        return tf.grads(loss)(gates);
      }),
    );
    const perExample = await Promise.all(
      gradients.map((blocks) => Promise.all(blocks.map(async (g) => Array.from(await g.data())))),
    );
    tf.dispose(gradients.flat());
    const before = tf.memory().numTensors;
    const scores = await headImportance(model, split, 784, 10, 'gate');
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();

    for (let b = 0; b < 2; b++) {
      const meanAbs = unit(
        [0, 1, 2, 3].map((h) => perExample.reduce((s, g) => s + Math.abs(g[b][h]), 0) / 10),
      );
      const absMean = unit(
        [0, 1, 2, 3].map((h) => Math.abs(perExample.reduce((s, g) => s + g[b][h], 0) / 10)),
      );
      Array.from(scores[b]).forEach((v, h) => expect(v).toBeCloseTo(meanAbs[h], 4));
      // The case is one where the two formulas disagree, so the assertion above can fail.
      expect(Math.max(...absMean.map((v, h) => Math.abs(v - meanAbs[h])))).toBeGreaterThan(0.05);
    }
    // Per example, the gradients of some head have both signs (what |mean| cancels).
    const mixed = [0, 1, 2, 3].some((h) => {
      const g = perExample.map((e) => e[1][h]);
      return Math.min(...g) < 0 && Math.max(...g) > 0;
    });
    expect(mixed).toBe(true);
  });
});
