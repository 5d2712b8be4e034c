import * as tf from '@tensorflow/tfjs';
import { fillBatch } from '../data/batch';
import type { DataSplit } from '../data/types';
import type { Network } from '../model/network';

const FORWARD_BATCH = 1000;

/**
 * The frozen teacher's logits for every row of `split`, as n × numClasses values, row-major.
 * One batched forward pass per FORWARD_BATCH rows, each read back with `await data()`: the
 * teacher never changes during distillation, so this replaces a teacher forward on every
 * student step (epochs × steps passes) by one pass over the transfer set.
 */
export async function computeTeacherLogits(
  teacher: Network,
  split: DataSplit,
  featureSize: number,
): Promise<Float32Array> {
  const numClasses = teacher.spec.numClasses;
  const out = new Float32Array(split.n * numClasses);
  const rows = new Int32Array(split.n);
  for (let i = 0; i < split.n; i++) rows[i] = i;
  for (let start = 0; start < split.n; start += FORWARD_BATCH) {
    const size = Math.min(FORWARD_BATCH, split.n - start);
    const x = new Float32Array(size * featureSize);
    const y = new Int32Array(size);
    fillBatch(split, rows, start, size, x, y);
    const logits = tf.tidy(() => teacher.forward(tf.tensor2d(x, [size, featureSize])));
    try {
      out.set((await logits.data()) as Float32Array, start * numClasses);
    } finally {
      logits.dispose();
    }
  }
  return out;
}

/**
 * Teacher logits for a transfer set, held once on the device so each student step gathers its
 * batch by row index (`batchIndices` from the training loop) instead of uploading it again.
 * Owns one tensor: call `dispose()`.
 */
export class TeacherLogitCache {
  private constructor(
    /** The same values on the CPU, for pictures (e.g. one example's softened probabilities). */
    readonly values: Float32Array,
    private readonly table: tf.Tensor2D,
    readonly numClasses: number,
  ) {}

  static async create(
    teacher: Network,
    split: DataSplit,
    featureSize: number,
  ): Promise<TeacherLogitCache> {
    const values = await computeTeacherLogits(teacher, split, featureSize);
    const numClasses = teacher.spec.numClasses;
    return new TeacherLogitCache(values, tf.tensor2d(values, [split.n, numClasses]), numClasses);
  }

  get n(): number {
    return this.table.shape[0];
  }

  /** Logits of rows `indices`, [indices.length, numClasses]. Call inside a tidy. */
  gather(indices: Int32Array): tf.Tensor2D {
    return tf.tidy(() => tf.gather(this.table, tf.tensor1d(indices, 'int32')));
  }

  dispose(): void {
    this.table.dispose();
  }
}
