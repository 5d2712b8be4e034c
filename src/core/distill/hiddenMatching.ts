import * as tf from '@tensorflow/tfjs';
import type { DataSplit } from '../data/types';
import type { Network } from '../model/network';
import type { Rng } from '../random';
import { computeTeacherOutputs } from './teacherLogits';

/**
 * Hidden-state matching (FitNets-style hints, with a cosine instead of an L2 distance): the
 * student's last hidden representation, mapped by a learned projection P to the teacher's
 * width, should point the same way as the teacher's. Batch mean of 1 − cos(h_s·P, h_t); a
 * small epsilon keeps an all-zero (dead ReLU) row from dividing by zero.
 */
export function hiddenMatchingLoss(
  studentHidden: tf.Tensor2D,
  teacherHidden: tf.Tensor2D,
  projection: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    const projected = tf.matMul(studentHidden, projection);
    const eps = 1e-8;
    const dot = tf.sum(tf.mul(projected, teacherHidden), 1);
    const norms = tf.mul(
      tf.sqrt(tf.add(tf.sum(tf.square(projected), 1), eps)),
      tf.sqrt(tf.add(tf.sum(tf.square(teacherHidden), 1), eps)),
    );
    return tf.mean(tf.sub(1, tf.div(dot, norms))) as tf.Scalar;
  });
}

/** The frozen teacher's last hidden representation for every row of a transfer set, on the
 * device, gathered by batch row indices like the logit cache. Owns one tensor. */
export class TeacherHiddenCache {
  private constructor(private readonly table: tf.Tensor2D) {}

  static async create(
    teacher: Network,
    split: DataSplit,
    featureSize: number,
  ): Promise<TeacherHiddenCache> {
    const { values, width } = await computeTeacherOutputs(teacher, split, featureSize, 'hidden');
    return new TeacherHiddenCache(tf.tensor2d(values, [split.n, width]));
  }

  get width(): number {
    return this.table.shape[1];
  }

  gather(indices: Int32Array): tf.Tensor2D {
    return tf.tidy(() => tf.gather(this.table, tf.tensor1d(indices, 'int32')));
  }

  dispose(): void {
    this.table.dispose();
  }
}

/** A trainable student→teacher projection, Glorot-uniform from the seeded generator. */
export function createProjection(from: number, to: number, rng: Rng): tf.Variable {
  const limit = Math.sqrt(6 / (from + to));
  const values = Float32Array.from({ length: from * to }, () => (rng.next() * 2 - 1) * limit);
  return tf.tidy(() => tf.variable(tf.tensor2d(values, [from, to]), true));
}
