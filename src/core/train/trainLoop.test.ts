import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import type { DataSplit } from '../data/types';
import { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng } from '../random';
import { evaluateAccuracy } from './evaluate';
import { trainNetwork } from './trainLoop';

/** Two Gaussian blobs in 2-D: linearly separable, so a tiny net must learn them. */
function blobs(n: number, seed: number): DataSplit {
  const rng = createRng(seed);
  const x = new Float32Array(n * 2);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 2;
    y[i] = c;
    x[2 * i] = (c ? 1 : -1) * 0.8 + 0.4 * rng.normal();
    x[2 * i + 1] = (c ? -1 : 1) * 0.5 + 0.4 * rng.normal();
  }
  return { x, y, n, scale: 1 };
}

const spec = buildSpec('mlp:16', [2], 2);
const baseOptions = { batchSize: 32, learningRate: 0.01, featureSize: 2, numClasses: 2 };

beforeAll(async () => {
  await initBackend('wasm');
});

describe('trainNetwork', () => {
  it('lowers the loss on a fixed seed and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(1));
    const losses: number[] = [];
    const data = blobs(512, 3);
    const accBefore = await evaluateAccuracy(net, data, 2);
    await trainNetwork(net, data, {
      ...baseOptions,
      epochs: 5,
      rng: createRng(2),
      onEpoch: (e) => losses.push(e.loss),
    });
    const accAfter = await evaluateAccuracy(net, data, 2);
    expect(losses).toHaveLength(5);
    expect(losses[4]).toBeLessThan(losses[0] * 0.7);
    expect(accAfter).toBeGreaterThan(0.9);
    expect(accAfter).toBeGreaterThan(accBefore);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is reproducible: the same seeds give the same weights', async () => {
    const run = async () => {
      const net = Network.create(spec, createRng(5));
      await trainNetwork(net, blobs(256, 4), { ...baseOptions, epochs: 2, rng: createRng(6) });
      const snap = await net.snapshot();
      net.dispose();
      return snap;
    };
    const [a, b] = [await run(), await run()];
    expect(Array.from(a[0].weights)).toEqual(Array.from(b[0].weights));
  });

  it('reports progress with fractions rising to 1 and uses fixed batch shapes', async () => {
    const net = Network.create(spec, createRng(1));
    const fractions: number[] = [];
    // 100 examples at batch 32: 3 full batches per epoch, the partial one is dropped.
    const summary = await trainNetwork(net, blobs(100, 1), {
      ...baseOptions,
      epochs: 2,
      rng: createRng(1),
      reportEvery: 1,
      onProgress: (p) => fractions.push(p.fraction),
    });
    net.dispose();
    expect(summary.steps).toBe(6);
    expect(summary.samples).toBe(192);
    expect(fractions).toEqual([1, 2, 3, 4, 5, 6].map((s) => s / 6));
  });

  it('stops with a clear message when the loss is NaN, without leaking', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(1));
    const run = trainNetwork(net, blobs(128, 1), {
      ...baseOptions,
      epochs: 1,
      rng: createRng(1),
      loss: (logits) => tf.mul(tf.sum(logits), NaN) as tf.Scalar,
    });
    await expect(run).rejects.toThrow(/loss became NaN.*lower learning rate/);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops between steps when cancelled', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(1));
    const controller = new AbortController();
    let steps = 0;
    const run = trainNetwork(net, blobs(1024, 1), {
      ...baseOptions,
      epochs: 50,
      rng: createRng(1),
      reportEvery: 1,
      signal: controller.signal,
      onProgress: () => {
        if (++steps === 3) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/^cancelled/);
    expect(steps).toBe(3);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('ends at once on a Stop that arrives while steps wait to be read back, reading none back', async () => {
    // On a GPU a read-back waits for every queued step; Stop must not wait for it. The first
    // step is always read back alone (to measure it), so a Stop during that step is the case.
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(1));
    const controller = new AbortController();
    let steps = 0;
    let reports = 0;
    const run = trainNetwork(net, blobs(1024, 1), {
      ...baseOptions,
      batchSize: 8,
      epochs: 2,
      rng: createRng(1),
      signal: controller.signal,
      afterStep: (done) => {
        steps = done;
        controller.abort();
      },
      onProgress: () => void reports++,
    });
    await expect(run).rejects.toThrow(/^cancelled/);
    expect(steps).toBe(1);
    expect(reports).toBe(0);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('notices a Stop sent from outside during an epoch, before the epoch ends', async () => {
    // The cancel call reaches the worker as a message: it is seen only when the loop yields.
    // With read-backs (and yields) every `reportEvery` steps it was seen at the epoch's end.
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(1));
    const controller = new AbortController();
    const stepsPerEpoch = 1024 / 8;
    let steps = 0;
    const run = trainNetwork(net, blobs(1024, 1), {
      ...baseOptions,
      batchSize: 8,
      epochs: 2,
      rng: createRng(1),
      reportEvery: 10_000,
      signal: controller.signal,
      afterStep: (done) => void (steps = done),
    });
    setTimeout(() => controller.abort(), 0);
    await expect(run).rejects.toThrow(/^cancelled/);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(stepsPerEpoch);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
