import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import { fillBatch } from '../data/batch';
import type { Classifier } from '../model/network';
import { correctCount } from './losses';

const EVAL_BATCH = 1000;

/**
 * Fraction of `split` the network classifies correctly. Counts are summed on the device and
 * read back once, so evaluation of the full test set costs one GPU→CPU transfer.
 */
export async function evaluateAccuracy(
  net: Classifier,
  split: DataSplit,
  featureSize: number,
): Promise<number> {
  if (split.n === 0) return 0;
  const indices = new Int32Array(split.n);
  for (let i = 0; i < split.n; i++) indices[i] = i;
  let total = tf.scalar(0);
  for (let start = 0; start < split.n; start += EVAL_BATCH) {
    const size = Math.min(EVAL_BATCH, split.n - start);
    const x = new Float32Array(size * featureSize);
    const y = new Int32Array(size);
    fillBatch(split, indices, start, size, x, y);
    const next = tf.tidy(() => {
      const logits = net.forward(tf.tensor2d(x, [size, featureSize]));
      return total.add(correctCount(logits, tf.tensor1d(y, 'int32')));
    });
    total.dispose();
    total = next as tf.Scalar;
  }
  const correct = (await total.data())[0];
  total.dispose();
  return correct / split.n;
}

/** The predicted class of every example of `split`, in order. */
export async function predictClasses(
  net: Classifier,
  split: DataSplit,
  featureSize: number,
): Promise<Uint8Array> {
  const out = new Uint8Array(split.n);
  const indices = new Int32Array(split.n);
  for (let i = 0; i < split.n; i++) indices[i] = i;
  for (let start = 0; start < split.n; start += EVAL_BATCH) {
    const size = Math.min(EVAL_BATCH, split.n - start);
    const x = new Float32Array(size * featureSize);
    const y = new Int32Array(size);
    fillBatch(split, indices, start, size, x, y);
    const classes = tf.tidy(() => tf.argMax(net.forward(tf.tensor2d(x, [size, featureSize])), 1));
    out.set(await classes.data(), start);
    classes.dispose();
  }
  return out;
}
