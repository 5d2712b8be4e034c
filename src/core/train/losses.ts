import * as tf from '@tensorflow/tfjs';

/**
 * Mean softmax cross-entropy of logits against integer labels, with its gradient written out:
 * d/dz = (softmax(z) − onehot(y)) / batch. tf.losses.softmaxCrossEntropy computes the same value
 * but also builds weight and reduction ops that cost time on every step.
 */
export function crossEntropy(
  logits: tf.Tensor2D,
  labels: tf.Tensor1D,
  numClasses: number,
): tf.Scalar {
  const onehot = tf.tidy(() => tf.oneHot(labels, numClasses)) as tf.Tensor2D;
  const loss = meanSoftmaxCrossEntropy(logits, onehot);
  onehot.dispose();
  return loss;
}

const meanSoftmaxCrossEntropy = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [z, y, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  const logProbs = tf.logSoftmax(z);
  save([logProbs, y]);
  const value = tf.neg(tf.div(tf.sum(tf.mul(y, logProbs)), z.shape[0])) as tf.Scalar;
  return {
    value,
    gradFunc: (dy, saved) => {
      const [lp, labels] = saved as [tf.Tensor2D, tf.Tensor2D];
      const grad = tf.mul(tf.div(tf.sub(tf.exp(lp), labels), lp.shape[0]), dy);
      // The labels are data, not parameters: their gradient is zero.
      return [grad, tf.zerosLike(labels)];
    },
  };
}) as (logits: tf.Tensor2D, onehot: tf.Tensor2D) => tf.Scalar;

/** Number of rows whose arg-max equals the label, as a scalar (summed on the device). */
export function correctCount(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(
    () => tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'float32')) as tf.Scalar,
  );
}
