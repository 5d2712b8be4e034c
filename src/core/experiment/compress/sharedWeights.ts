import * as tf from '@tensorflow/tfjs';

/**
 * Weights drawn from a codebook, w_i = c[code_i], with the gradient Deep Compression fine-tunes
 * centroids by: dL/dc_k = Σ_{i: code_i = k} dL/dw_i. tf.gather's own gradient needs the
 * UnsortedSegmentSum kernel, which the wasm backend lacks, so the segment sums are taken from
 * a cumulative sum over the gradients sorted by code (codes never change while fine-tuning, so
 * the order is computed once).
 */
export class SharedWeights {
  private readonly codes: tf.Tensor1D;
  private readonly order: tf.Tensor1D;
  /** Position in the sorted order where each code's run starts, and where it ends. */
  private readonly starts: tf.Tensor1D;
  private readonly ends: tf.Tensor1D;

  constructor(codes: ArrayLike<number>, codebookSize: number) {
    const order = Int32Array.from({ length: codes.length }, (_, i) => i).sort(
      (a, b) => codes[a] - codes[b] || a - b,
    );
    const counts = new Int32Array(codebookSize);
    for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
    const starts = new Int32Array(codebookSize);
    for (let k = 1; k < codebookSize; k++) starts[k] = starts[k - 1] + counts[k - 1];
    this.codes = tf.tensor1d(Int32Array.from(codes), 'int32');
    this.order = tf.tensor1d(order, 'int32');
    this.starts = tf.tensor1d(starts, 'int32');
    this.ends = tf.tensor1d(
      starts.map((s, k) => s + counts[k]),
      'int32',
    );
  }

  /** The flat weight vector for this codebook, differentiable w.r.t. the codebook. */
  weights(codebook: tf.Tensor1D): tf.Tensor1D {
    const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
      const c = args[0] as tf.Tensor1D;
      return {
        value: tf.gather(c, this.codes),
        gradFunc: (dy: tf.Tensor) =>
          tf.tidy(() => {
            const sorted = tf.gather(dy.reshape([-1]), this.order);
            // Prefix sums with a leading 0: the sum of a run is prefix[end] − prefix[start].
            const prefix = tf.concat([tf.zeros([1]), tf.cumsum(sorted)]);
            return tf.sub(tf.gather(prefix, this.ends), tf.gather(prefix, this.starts));
          }),
      };
    });
    return op(codebook) as tf.Tensor1D;
  }

  dispose(): void {
    tf.dispose([this.codes, this.order, this.starts, this.ends]);
  }
}
