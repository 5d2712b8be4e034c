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
 *   the expected per-example |∂L_i/∂g_h| (mean of absolute values over examples), normalised per
 *   block to unit ℓ2 norm as the paper does, so blocks compare under a global scope. The
 *   absolute value must come before the mean: a head whose gradient is +a on some examples and
 *   −a on others matters, though its batch-mean gradient is 0 (taking |mean| once made random
 *   order beat this score at 50 % heads removed). Each example gets its own copy of the gates
 *   ([batch, heads], all 1), so one backward pass of the summed loss gives every example's
 *   gradient;
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
  try {
    for (let start = 0; start < n; start += HEAD_BATCH) {
      const size = Math.min(HEAD_BATCH, n - start);
      fillBatch(split, order, start, size, x, y);
      const values = tf.tidy(() => {
        const xs = tf.tensor2d(x.subarray(0, size * featureSize), [size, featureSize]);
        if (by === 'norm') return net.forwardVit(xs, { headNorms: true }).headNorms;
        const ys = tf.tensor1d(y.subarray(0, size), 'int32');
        const gates = heads.map((h) => tf.ones([size, h]) as tf.Tensor2D);
        // The summed loss Σ_i L_i: its gradient in example i's gates is ∂L_i/∂g.
        const loss = (...g: tf.Tensor[]) =>
          tf.mul(
            crossEntropy(net.forwardVit(xs, { gates: g as tf.Tensor2D[] }).logits, ys, numClasses),
            size,
          ) as tf.Scalar;
        return tf
          .grads(loss)(gates)
          .map((g) => tf.sum(tf.abs(g), 0) as tf.Tensor1D);
      });
      const arrays = await Promise.all(values.map((v) => v.data()));
      tf.dispose(values);
      arrays.forEach((a, b) => a.forEach((v, h) => (sums[b][h] += v)));
    }
  } finally {
    net.dispose();
  }
  return sums.map((s) => {
    // 'gate' sums are over examples; 'norm' sums are per-batch means (one per batch).
    const mean = s.map((v) => v / Math.max(1, by === 'gate' ? n : Math.ceil(n / HEAD_BATCH)));
    if (by === 'norm') return Float32Array.from(mean);
    const l2 = Math.sqrt(mean.reduce((a, v) => a + v * v, 0));
    return Float32Array.from(mean, (v) => (l2 > 0 ? v / l2 : v));
  });
}
