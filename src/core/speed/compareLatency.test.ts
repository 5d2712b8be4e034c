import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import type { ModelWeights } from '../experiment/compress/modelWeights';
import { createRng } from '../random';
import { modelWithWeights } from '../testing/randomModel';
import { compareLatency } from './compareLatency';

/** A small MLP with seeded weights, a fraction `zeros` of them set to zero. */
function model(arch: string, zeros: number, seed: number): ModelWeights {
  const rng = createRng(seed);
  return modelWithWeights(arch, [12], 3, (kind) =>
    kind === 'weight' && rng.next() < zeros ? 0 : rng.normal(),
  );
}

const SHORT = { timing: { warmupRounds: 1, minRuns: 3, maxRuns: 3, minSampleMs: 0.1 } };

describe('compareLatency', () => {
  beforeAll(() => initBackend('cpu'));

  it('times two models, each run its own way, on the same function as tfjs, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const sparse = model('mlp:16-8', 0.9, 1);
    const dense = model('mlp:16-8', 0, 2);
    const r = await compareLatency(
      { a: { model: sparse, variant: 'own-sparse' }, b: { model: dense, variant: 'tfjs-dense' } },
      5,
      SHORT,
    );
    expect(r.batch).toBe(5);
    expect(r.backend).toBe('cpu');
    expect(r.maxRelativeDifference).toBeLessThan(1e-5);
    for (const side of [r.timings.a, r.timings.b]) {
      expect(side.runs).toBe(3);
      expect(side.p50Ms).toBeGreaterThan(0);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses our kernels on a convolutional model, with the reason, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const rng = createRng(3);
    const conv = modelWithWeights('cnn:2', [4, 4, 1], 3, () => rng.normal());
    await expect(
      compareLatency(
        { a: { model: conv, variant: 'tfjs-dense' }, b: { model: conv, variant: 'own-dense' } },
        2,
        SHORT,
      ),
    ).rejects.toThrow(/dense \(fully connected\) layers only/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
