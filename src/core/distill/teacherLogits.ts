import * as tf from '@tensorflow/tfjs';
import { batchesInOrder } from '../data/batch';
import type { DataSplit } from '../data/types';
import type { Network } from '../model/network';

const FORWARD_BATCH = 1000;

/**
 * The frozen teacher's logits — or its last hidden representation (the output layer's input,
 * for hidden-state matching) — for every row of `split`, n × width values, row-major.
 * One batched forward pass per FORWARD_BATCH rows, each read back with `await data()`: the
 * teacher never changes during distillation, so this replaces a teacher forward on every
 * student step (epochs × steps passes) by one pass over the transfer set.
 */
export async function computeTeacherOutputs(
  teacher: Network,
  split: DataSplit,
  featureSize: number,
  which: 'logits' | 'hidden' = 'logits',
): Promise<{ values: Float32Array; width: number }> {
  const last = teacher.spec.layers[teacher.spec.layers.length - 1];
  const width =
    which === 'logits' ? teacher.spec.numClasses : last.kind === 'dense' ? last.inputs : 0;
  const out = new Float32Array(split.n * width);
  for (const { start, size, x } of batchesInOrder(split, featureSize, FORWARD_BATCH)) {
    const batch = tf.tidy(() => {
      const { logits, hidden } = teacher.forwardWithHidden(tf.tensor2d(x, [size, featureSize]));
      return which === 'logits' ? logits : hidden;
    });
    try {
      out.set((await batch.data()) as Float32Array, start * width);
    } finally {
      batch.dispose();
    }
  }
  return { values: out, width };
}

/** The teacher's logits for every row of `split` (see computeTeacherOutputs). */
export async function computeTeacherLogits(
  teacher: Network,
  split: DataSplit,
  featureSize: number,
): Promise<Float32Array> {
  return (await computeTeacherOutputs(teacher, split, featureSize)).values;
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
