import * as tf from '@tensorflow/tfjs';

export interface DistillOptions {
  /** Softmax temperature T ≥ 1: higher flattens the teacher's distribution. */
  temperature: number;
  /** Weight of the soft (KL·T²) term; 1 − alpha goes to cross-entropy on the hard labels. */
  alpha: number;
  numClasses: number;
}

/**
 * Hinton et al.'s distillation loss, batch mean:
 *   alpha · T² · KL(softmax(z_t/T) ‖ softmax(z_s/T)) + (1 − alpha) · CE(y, softmax(z_s)).
 * The T² keeps the soft term's gradient, (alpha · T / B) · (softmax(z_s/T) − softmax(z_t/T)),
 * on the same scale whatever T is. The teacher's logits are data: their gradient is zero, so
 * nothing can flow back into the teacher even if a caller passes a live tensor.
 */
export function distillationLoss(
  studentLogits: tf.Tensor2D,
  teacherLogits: tf.Tensor2D,
  labels: tf.Tensor1D,
  { temperature, alpha, numClasses }: DistillOptions,
): tf.Scalar {
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  const onehot = tf.tidy(() => tf.oneHot(labels, numClasses)) as tf.Tensor2D;
  const loss = distillationLossOp(temperature, alpha)(studentLogits, teacherLogits, onehot);
  onehot.dispose();
  return loss;
}

/** One customGrad per (T, alpha) call: the constants are closed over, not passed as tensors. */
function distillationLossOp(temperature: number, alpha: number) {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [zs, zt, y, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const batch = zs.shape[0];
    const invT = 1 / temperature;
    const logPs = tf.logSoftmax(zs); // student at T = 1, for the hard term
    const logPsT = tf.logSoftmax(tf.mul(zs, invT));
    const logPtT = tf.logSoftmax(tf.mul(zt, invT));
    const ptT = tf.exp(logPtT);
    // Σ p_t (log p_t − log p_s): finite even where p_t underflows, because log-softmax is.
    const kl = tf.sum(tf.mul(ptT, tf.sub(logPtT, logPsT)));
    const ce = tf.neg(tf.sum(tf.mul(y, logPs)));
    const value = tf.div(
      tf.add(tf.mul(kl, alpha * temperature * temperature), tf.mul(ce, 1 - alpha)),
      batch,
    ) as tf.Scalar;
    save([logPs, logPsT, ptT, y]);
    return {
      value,
      gradFunc: (dy, saved) => {
        const [lps, lpsT, pt, labels] = saved as tf.Tensor2D[];
        const soft = tf.mul(tf.sub(tf.exp(lpsT), pt), alpha * temperature);
        const hard = tf.mul(tf.sub(tf.exp(lps), labels), 1 - alpha);
        const grad = tf.mul(tf.div(tf.add(soft, hard), lps.shape[0]), dy);
        return [grad, tf.zerosLike(pt), tf.zerosLike(labels)];
      },
    };
  }) as (studentLogits: tf.Tensor2D, teacherLogits: tf.Tensor2D, onehot: tf.Tensor2D) => tf.Scalar;
}

// Pure, tensor-free helpers live in soften.ts so the UI can import them without tfjs.
export { entropy, softenedProbabilities } from './soften';
