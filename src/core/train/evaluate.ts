import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import { batchesInOrder } from '../data/batch';
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
  let total = tf.scalar(0);
  for (const { size, x, y } of batchesInOrder(split, featureSize, EVAL_BATCH)) {
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
  for (const { start, size, x } of batchesInOrder(split, featureSize, EVAL_BATCH)) {
    const classes = tf.tidy(() => tf.argMax(net.forward(tf.tensor2d(x, [size, featureSize])), 1));
    out.set(await classes.data(), start);
    classes.dispose();
  }
  return out;
}
