import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend';
import type { DataSplit } from '../data/types';
import { Network } from '../model/network';
import { buildSpec } from '../model/spec';
import { createRng } from '../random';
import { computeTeacherLogits, TeacherLogitCache } from './teacherLogits';

beforeAll(async () => {
  await initBackend('wasm');
});

/** n random 2-D points; 2,345 rows so the forward passes include a partial last batch. */
function points(n: number): DataSplit {
  const rng = createRng(7);
  const x = new Float32Array(n * 2);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = rng.int(3);
  return { x, y, n, scale: 1 };
}

describe('teacher logits', () => {
  const spec = buildSpec('mlp:8', [2], 3);

  it('equals one forward pass over the whole split, and gathers rows by index', async () => {
    const before = tf.memory().numTensors;
    const net = Network.create(spec, createRng(3));
    const data = points(2345);
    const whole = tf.tidy(() => net.forward(tf.tensor2d(data.x as Float32Array, [data.n, 2])));
    const direct = await whole.data();
    whole.dispose();
    const values = await computeTeacherLogits(net, data, 2);
    expect(values.length).toBe(data.n * 3);
    for (let i = 0; i < values.length; i++) expect(values[i]).toBeCloseTo(direct[i], 5);

    const cache = await TeacherLogitCache.create(net, data, 2);
    expect(cache.n).toBe(data.n);
    expect(cache.numClasses).toBe(3);
    const rows = Int32Array.from([2344, 0, 17, 17]);
    const gathered = tf.tidy(() => cache.gather(rows).arraySync());
    rows.forEach((r, i) => {
      expect(gathered[i]).toEqual(Array.from(cache.values.subarray(r * 3, r * 3 + 3)));
    });
    cache.dispose();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
