import * as tf from '@tensorflow/tfjs';
import { fillBatch } from '../../data/batch';
import type { DataSplit } from '../../data/types';
import { crossEntropy } from '../../train/losses';
import { headCounts } from './heads';
import type { ModelWeights } from './modelWeights';
import { toNetwork } from './modelWeights';

/** Examples head importance is measured on (from the training split), and per batch. */
const HEAD_EXAMPLES = 1024;
const HEAD_BATCH = 64;

export type HeadImportance = 'gate' | 'norm';

/**
 * Per block, one importance per head, measured on the first examples of the training split:
 * - 'gate' (Michel et al. 2019): a gate g_h = 1 multiplies each head's output; the importance is
 *   the mean over batches of |∂L/∂g_h| (the paper averages per example; batches of 64 keep it
 *   affordable in the browser), normalised per block to unit ℓ2 norm as the paper does, so
 *   blocks compare under a global scope;
 * - 'norm': the mean ‖head output after o‖₂ over examples and tokens.
 */
export async function headImportance(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
  numClasses: number,
  by: HeadImportance,
): Promise<Float32Array[]> {
  const heads = headCounts(model);
  const n = Math.min(HEAD_EXAMPLES, split.n);
  const net = toNetwork(model);
  const sums = heads.map((h) => new Float64Array(h));
  const x = new Float32Array(HEAD_BATCH * featureSize);
  const y = new Int32Array(HEAD_BATCH);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let batches = 0;
  try {
    for (let start = 0; start < n; start += HEAD_BATCH) {
      const size = Math.min(HEAD_BATCH, n - start);
      fillBatch(split, order, start, size, x, y);
      const values = tf.tidy(() => {
        const xs = tf.tensor2d(x.subarray(0, size * featureSize), [size, featureSize]);
        if (by === 'norm') return net.forwardVit(xs, { headNorms: true }).headNorms;
        const ys = tf.tensor1d(y.subarray(0, size), 'int32');
        const gates = heads.map((h) => tf.ones([h]) as tf.Tensor1D);
        const loss = (...g: tf.Tensor[]) =>
          crossEntropy(net.forwardVit(xs, { gates: g as tf.Tensor1D[] }).logits, ys, numClasses);
        return tf
          .grads(loss)(gates)
          .map((g) => tf.abs(g) as tf.Tensor1D);
      });
      const arrays = await Promise.all(values.map((v) => v.data()));
      tf.dispose(values);
      arrays.forEach((a, b) => a.forEach((v, h) => (sums[b][h] += v)));
      batches++;
    }
  } finally {
    net.dispose();
  }
  return sums.map((s) => {
    const mean = s.map((v) => v / Math.max(1, batches));
    if (by === 'norm') return Float32Array.from(mean);
    const l2 = Math.sqrt(mean.reduce((a, v) => a + v * v, 0));
    return Float32Array.from(mean, (v) => (l2 > 0 ? v / l2 : v));
  });
}
