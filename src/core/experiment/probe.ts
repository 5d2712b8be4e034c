import * as tf from '@tensorflow/tfjs';
import type { ModelWeights } from './compress/modelWeights';
import { toNetwork } from './compress/modelWeights';

/**
 * Softmax class probabilities of one example (`input`: the model's features, already scaled as
 * the model sees them) under a model held as arrays. The network lives only for this call.
 */
export async function classProbabilities(
  model: ModelWeights,
  input: Float32Array,
): Promise<number[]> {
  const net = toNetwork(model);
  try {
    const probs = tf.tidy(() => tf.softmax(net.forward(tf.tensor2d(input, [1, input.length]))));
    const values = await probs.data();
    probs.dispose();
    return Array.from(values);
  } finally {
    net.dispose();
  }
}

/** Index of the largest value (the first on ties). */
export function topClass(probs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  return best;
}
