import * as tf from '@tensorflow/tfjs';
import { batchesInOrder } from '../data/batch';
import type { DataSplit } from '../data/types';
import type { Network } from '../model/network';

/**
 * TinyBERT-style attention transfer (Jiao et al. 2020): the student's attention maps should
 * look like the teacher's.
 *
 * Heads: both sides are compared head-averaged (mean over heads of the attention
 * probabilities, one [tokens, tokens] map per block). Heads are interchangeable — nothing makes
 * the student's head 0 correspond to the teacher's head 0 — so pairing heads one to one (or
 * averaging teacher heads in fixed groups) would ask the student to reproduce an arbitrary
 * assignment, and it only works when one head count divides the other. The head mean is the same
 * whatever the order of the heads, works for any pair of head counts, and stores `heads` times
 * fewer teacher values.
 *
 * Layers: student block m (1-based, of M) learns from teacher block round(m·N / M) (of N), as in
 * TinyBERT's uniform mapping g(m) = m·N/M: with fewer student blocks, each takes the last of its
 * group of teacher blocks.
 *
 * The maps are probabilities (after softmax; TinyBERT uses the scores before it, which this
 * lab's forward pass does not keep). The distance is the squared error summed over the key axis
 * and averaged over examples, query tokens and mapped blocks: each query's row is a distribution,
 * so the per-row sum is at most 2 whatever the token count, and a weight of about 1 puts the term
 * on the scale of the distillation loss (an element-wise mean would shrink it by the token
 * count).
 */
export function attentionTransferLoss(
  studentMaps: readonly tf.Tensor4D[],
  teacherMaps: readonly tf.Tensor3D[],
): tf.Scalar {
  if (studentMaps.length !== teacherMaps.length || studentMaps.length === 0)
    throw new RangeError(
      `attention transfer needs one teacher map per student block: ${studentMaps.length} vs ${teacherMaps.length}`,
    );
  return tf.tidy(() => {
    const perBlock = studentMaps.map((s, i) => {
      const t = teacherMaps[i];
      if (s.shape[2] !== t.shape[1] || s.shape[3] !== t.shape[2])
        throw new RangeError(
          `attention maps differ in tokens: student ${s.shape[2]}, teacher ${t.shape[1]}`,
        );
      const diff = tf.sub(tf.mean(s, 1), t);
      return tf.mean(tf.sum(tf.square(diff), 2));
    });
    return tf.div(tf.addN(perBlock), perBlock.length) as tf.Scalar;
  });
}

/** TinyBERT's uniform layer mapping, 0-based: the teacher block each student block learns from. */
export function uniformLayerMap(studentBlocks: number, teacherBlocks: number): number[] {
  return Array.from(
    { length: studentBlocks },
    (_, m) => Math.max(1, Math.round(((m + 1) * teacherBlocks) / studentBlocks)) - 1,
  );
}

/**
 * The frozen teacher's head-averaged attention maps of the mapped blocks, for every row of a
 * transfer set, held once on the device (one forward pass over the set, like the logit cache)
 * and gathered by batch row indices. n × blocks × tokens² floats: 2,000 examples of 16 patches
 * (17 tokens) and one block are 2.3 MB. Owns one tensor: call `dispose()`.
 */
export class TeacherAttentionCache {
  private constructor(private readonly table: tf.Tensor4D) {}

  static async create(
    teacher: Network,
    split: DataSplit,
    featureSize: number,
    blocks: readonly number[],
  ): Promise<TeacherAttentionCache> {
    const parts: tf.Tensor4D[] = [];
    try {
      for (const { size, x } of batchesInOrder(split, featureSize, 500)) {
        const part = tf.tidy(() => {
          const { attention } = teacher.forwardVit(tf.tensor2d(x, [size, featureSize]), {
            attention: true,
          });
          // [batch, blocks, tokens, tokens]
          return tf.stack(
            blocks.map((b) => tf.mean(attention[b], 1)),
            1,
          ) as tf.Tensor4D;
        });
        parts.push(part);
        // One batch at a time on slow backends: wait for it before queueing the next.
        await part.data();
      }
      return new TeacherAttentionCache(tf.concat(parts, 0));
    } finally {
      tf.dispose(parts);
    }
  }

  /** One [indices.length, tokens, tokens] map per mapped block. */
  gather(indices: Int32Array): tf.Tensor3D[] {
    return tf.tidy(() => {
      const rows = tf.gather(this.table, tf.tensor1d(indices, 'int32'));
      return tf.unstack(rows, 1) as tf.Tensor3D[];
    });
  }

  dispose(): void {
    this.table.dispose();
  }
}
