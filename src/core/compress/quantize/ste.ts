import * as tf from '@tensorflow/tfjs';
import type { QuantGranularity, QuantScheme } from './uniform';
import { checkBits } from './uniform';

/**
 * Fake quantization for quantization-aware training (QAT). The forward pass sees the
 * de-quantized weights ŵ, so the loss is the loss of the quantized model. Rounding has zero
 * gradient almost everywhere, which would stop learning, so the backward pass uses the
 * straight-through estimator (Bengio et al. 2013; Hubara et al.): the gradient passes through
 * unchanged where w lies inside the representable (clip) range and is 0 outside it, because
 * there a small change of w does not change ŵ at all.
 *
 * Scales follow the same rules as quantizeUniform (see uniform.ts), computed on the tensor.
 * They are treated as constants in the backward pass (no gradient flows into the range).
 * Asymmetric ranges are nudged so that 0 is a level (zero is rounded to an integer), which can
 * move an end of the range inwards by < scale / 2: the extreme weight is then clipped, as in
 * TensorFlow's FakeQuant ops.
 */
export interface FakeQuantOptions {
  bits: number;
  scheme: QuantScheme;
  granularity: QuantGranularity;
  /** Shrinks the range to this fraction of the observed one (0 < c ≤ 1). Weights beyond it are
   * clipped and get zero gradient. 1 (the default) clips nothing. */
  clipRatio?: number;
  /** Pruning mask of the weight's shape (1 = kept). Ranges and the 1-bit scale come from kept
   * weights only and pruned weights are exactly 0 in the forward pass, so training sees the
   * model the file stores (without it, 1 bit maps a pruned 0 to +α). */
  mask?: tf.Tensor;
}

interface Quantized {
  value: tf.Tensor;
  inRange: tf.Tensor;
}

function reduceAxes(rank: number, granularity: QuantGranularity): number[] {
  const all = Array.from({ length: rank }, (_, i) => i);
  // Per-channel: reduce over every axis but the last (the output unit), keeping dims so the
  // per-channel scale broadcasts.
  return granularity === 'channel' && rank > 1 ? all.slice(0, -1) : all;
}

function fakeQuantForward(input: tf.Tensor, o: FakeQuantOptions): Quantized {
  return tf.tidy(() => {
    const kept = o.mask;
    const x = kept ? tf.mul(input, kept) : input;
    const masked = (v: tf.Tensor) => (kept ? tf.mul(v, kept) : v);
    const clip = o.clipRatio ?? 1;
    const axes = reduceAxes(x.rank, o.granularity);
    const levels = 2 ** o.bits - 1;
    const safe = (s: tf.Tensor) => tf.where(tf.greater(s, 0), s, tf.onesLike(s));
    if (o.scheme === 'symmetric' && o.bits === 1) {
      const alpha = kept
        ? tf.div(tf.sum(tf.abs(x), axes, true), tf.maximum(tf.sum(kept, axes, true), 1))
        : tf.mean(tf.abs(x), axes, true);
      const limit = tf.mul(tf.max(tf.abs(x), axes, true), clip);
      const value = tf.where(
        tf.greaterEqual(x, 0),
        tf.add(tf.zerosLike(x), alpha),
        tf.neg(tf.add(tf.zerosLike(x), alpha)),
      );
      const inRange = tf.cast(tf.lessEqual(tf.abs(x), limit), 'float32');
      return { value: masked(value), inRange };
    }
    let scale: tf.Tensor;
    let zero: tf.Tensor;
    if (o.scheme === 'symmetric') {
      const half = 2 ** (o.bits - 1);
      scale = safe(tf.div(tf.mul(tf.max(tf.abs(x), axes, true), clip), half - 1));
      zero = tf.fill(scale.shape, half);
    } else {
      const lo = tf.mul(tf.minimum(tf.min(x, axes, true), 0), clip);
      const hi = tf.mul(tf.maximum(tf.max(x, axes, true), 0), clip);
      scale = safe(tf.div(tf.sub(hi, lo), levels));
      zero = tf.clipByValue(tf.round(tf.div(tf.neg(lo), scale)), 0, levels);
    }
    const q = tf.clipByValue(tf.add(tf.round(tf.div(x, scale)), zero), 0, levels);
    const value = masked(tf.mul(tf.sub(q, zero), scale));
    const lower = tf.mul(tf.neg(zero), scale);
    const upper = tf.mul(tf.sub(levels, zero), scale);
    const inRange = tf.cast(
      tf.logicalAnd(tf.greaterEqual(x, lower), tf.lessEqual(x, upper)),
      'float32',
    );
    return { value, inRange };
  });
}

/** ŵ in the forward pass; dL/dw = dL/dŵ · 1[w in clip range] in the backward pass. */
export function fakeQuantizeTensor<T extends tf.Tensor>(w: T, options: FakeQuantOptions): T {
  checkBits(options.bits);
  // customGrad passes the inputs and then the save function in one rest list.
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor;
    const save = args[1] as tf.GradSaveFunc;
    const { value, inRange } = fakeQuantForward(x, options);
    save([inRange]);
    return { value, gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, saved[0]) };
  });
  return op(w) as T;
}
