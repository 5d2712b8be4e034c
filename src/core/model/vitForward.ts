import * as tf from '@tensorflow/tfjs';
import { denseExplicitTranspose } from './denseOps';
import type { LayerSpec } from './layers';
import type { VitIndex } from './vitSpec';
import { vitIndex } from './vitSpec';

/** A layer's parameters as the forward pass sees them (variables, or transformed weights). */
export interface VitParams {
  spec: LayerSpec;
  weights: tf.Tensor;
  bias: tf.Tensor;
}

export interface VitForwardOptions {
  /** Per block, one multiplier per head on that head's output before the o projection
   * (1 = as trained, 0 = head removed). Michel et al.'s gates: ∂L/∂g_h scores head h. A
   * [batch, heads] gate has one copy per example, so its gradient is per example. */
  gates?: readonly (tf.Tensor1D | tf.Tensor2D | null)[];
  /** Return every block's attention probabilities [batch, heads, tokens, tokens]. */
  attention?: boolean;
  /** Return every block's mean ‖head output‖₂ per head (its contribution after o). */
  headNorms?: boolean;
  /** Called with the input rows [examples × tokens, inputs] of every linear layer, by layer
   * name (Wanda's calibration activations). */
  record?: (layer: string, rows: tf.Tensor2D) => void;
}

export interface VitOutput {
  logits: tf.Tensor2D;
  /** The class token after the final norm: the head's input (for hidden-state matching). */
  hidden: tf.Tensor2D;
  /** Per block, only when asked for. */
  attention: tf.Tensor4D[];
  /** Per block [heads], only when asked for. */
  headNorms: tf.Tensor1D[];
}

const LN_EPSILON = 1e-5;

/** x·W + b on rows; on wasm the explicit-transpose kernel (see denseOps.ts). */
function linear(x: tf.Tensor2D, w: tf.Tensor, b: tf.Tensor, relu: boolean): tf.Tensor2D {
  const backend = tf.getBackend();
  if (backend === 'webgl' || backend === 'webgpu')
    return tf.fused.matMul({
      a: x,
      b: w as tf.Tensor2D,
      bias: b,
      activation: relu ? 'relu' : 'linear',
    }) as tf.Tensor2D;
  if (backend === 'wasm')
    return denseExplicitTranspose(x, w as tf.Tensor2D, b as tf.Tensor1D, relu, true);
  const z = tf.add(tf.matMul(x, w as tf.Tensor2D), b) as tf.Tensor2D;
  return relu ? tf.relu(z) : z;
}

/** Layer normalisation over the last axis with gain and shift. */
export function layerNorm(x: tf.Tensor, gain: tf.Tensor, shift: tf.Tensor): tf.Tensor {
  // Means as a product with a column of 1/d: tfjs-wasm's Mean over the last axis of a small
  // tensor is several times slower than the matmul (measured: 19.6 ms vs ~2 ms per forward).
  const dim = x.shape[x.rank - 1];
  const rows = x.reshape([-1, dim]) as tf.Tensor2D;
  const average = tf.fill([dim, 1], 1 / dim) as tf.Tensor2D;
  const centred = tf.sub(rows, tf.matMul(rows, average));
  const variance = tf.matMul(tf.square(centred) as tf.Tensor2D, average);
  const normed = tf.mul(centred, tf.rsqrt(tf.add(variance, LN_EPSILON)));
  return tf.add(tf.mul(normed, gain), shift).reshape(x.shape);
}

/**
 * Multi-head self-attention on tokens [batch, tokens, dim] with the block's q, k, v, o:
 * softmax(q·kᵀ/√d_head)·v per head, heads concatenated (times their gates), then o.
 */
export function multiHeadAttention(
  x: tf.Tensor3D,
  q: VitParams,
  k: VitParams,
  v: VitParams,
  o: VitParams,
  gate: tf.Tensor1D | tf.Tensor2D | null,
  withHeadNorms = false,
  record?: VitForwardOptions['record'],
): { out: tf.Tensor3D; probs: tf.Tensor4D; headNorms: tf.Tensor1D | null } {
  const [batch, tokens, dim] = x.shape;
  const spec = q.spec;
  if (spec.kind !== 'attn') throw new Error(`${spec.name} is not an attention projection`);
  const { heads, headDim } = spec;
  const rows = x.reshape([batch * tokens, dim]) as tf.Tensor2D;
  const split = (p: VitParams) => {
    record?.(p.spec.name, rows);
    return linear(rows, p.weights, p.bias, false)
      .reshape([batch, tokens, heads, headDim])
      .transpose([0, 2, 1, 3]) as tf.Tensor4D;
  };
  const qh = split(q);
  const kh = split(k);
  const vh = split(v);
  const scores = tf.div(tf.matMul(qh, kh, false, true), Math.sqrt(headDim));
  const probs = tf.softmax(scores) as tf.Tensor4D;
  let context = tf.matMul(probs, vh) as tf.Tensor4D; // [batch, heads, tokens, headDim]
  if (gate) context = tf.mul(context, gate.reshape([gate.rank === 2 ? batch : 1, heads, 1, 1]));
  const merged = context.transpose([0, 2, 1, 3]).reshape([batch * tokens, heads * headDim]);
  record?.(o.spec.name, merged as tf.Tensor2D);
  const out = linear(merged as tf.Tensor2D, o.weights, o.bias, false);
  let headNorms: tf.Tensor1D | null = null;
  if (withHeadNorms) {
    // Head h's share of the output: its context rows times its rows of o, per token.
    const perHead = context.transpose([1, 0, 2, 3]).reshape([heads, batch * tokens, headDim]);
    const share = tf.matMul(
      perHead as tf.Tensor3D,
      o.weights.reshape([heads, headDim, dim]) as tf.Tensor3D,
    );
    headNorms = tf.mean(tf.sqrt(tf.sum(tf.square(share), 2)), 1) as tf.Tensor1D;
  }
  return { out: out.reshape([batch, tokens, dim]) as tf.Tensor3D, probs, headNorms };
}

/**
 * The forward pass of a vision transformer laid out by buildVitLayers. `x` is
 * [batch, side, side, c] or flattened. Call inside a tidy (the caller keeps what it returns).
 */
export function vitForward(
  params: readonly VitParams[],
  x: tf.Tensor,
  inputShape: readonly number[],
  options: VitForwardOptions = {},
  index: VitIndex = vitIndex(params.map((p) => p.spec)),
): VitOutput {
  const batch = x.shape[0];
  const [side, , channels] = inputShape;
  const patchSpec = params[index.patch].spec;
  if (patchSpec.kind !== 'dense') throw new Error('patch embedding must be dense');
  const patch = Math.round(Math.sqrt(patchSpec.inputs / channels));
  const tokensSpec = params[index.tokens].spec;
  if (tokensSpec.kind !== 'tokens') throw new Error('tokens layer expected');
  const { count, dim } = tokensSpec;
  const patches = count - 1;

  // [batch, gy, py, gx, px·c] → [batch, gy, gx, py, px·c]: patches in reading order, each
  // flattened as [p, p, c].
  const grid = side / patch;
  const rows = x
    .reshape([batch, grid, patch, grid, patch * channels])
    .transpose([0, 1, 3, 2, 4])
    .reshape([batch * patches, patch * patch * channels]) as tf.Tensor2D;
  options.record?.(params[index.patch].spec.name, rows);
  const embedded = linear(
    rows,
    params[index.patch].weights,
    params[index.patch].bias,
    false,
  ).reshape([batch, patches, dim]);
  const tok = params[index.tokens];
  const cls = tf.tile(tok.bias.reshape([1, 1, dim]), [batch, 1, 1]);
  let h = tf.add(
    tf.concat([cls, embedded], 1),
    tok.weights.reshape([1, count, dim]),
  ) as tf.Tensor3D;

  const attention: tf.Tensor4D[] = [];
  const headNorms: tf.Tensor1D[] = [];
  index.blocks.forEach((b, i) => {
    const ln1 = params[b.ln1];
    const normed = layerNorm(h, ln1.weights, ln1.bias) as tf.Tensor3D;
    const {
      out,
      probs,
      headNorms: norms,
    } = multiHeadAttention(
      normed,
      params[b.q],
      params[b.k],
      params[b.v],
      params[b.o],
      options.gates?.[i] ?? null,
      options.headNorms,
      options.record,
    );
    if (options.attention) attention.push(probs);
    if (norms) headNorms.push(norms);
    h = tf.add(h, out) as tf.Tensor3D;
    const ln2 = params[b.ln2];
    const normed2 = layerNorm(h, ln2.weights, ln2.bias).reshape([
      batch * count,
      dim,
    ]) as tf.Tensor2D;
    const fc1 = params[b.fc1];
    const fc2 = params[b.fc2];
    options.record?.(fc1.spec.name, normed2);
    const mid = linear(normed2, fc1.weights, fc1.bias, true);
    options.record?.(fc2.spec.name, mid);
    h = tf.add(
      h,
      linear(mid, fc2.weights, fc2.bias, false).reshape([batch, count, dim]),
    ) as tf.Tensor3D;
  });
  const first = h.slice([0, 0, 0], [batch, 1, dim]).reshape([batch, dim]);
  const ln = params[index.ln];
  const hidden = layerNorm(first, ln.weights, ln.bias) as tf.Tensor2D;
  const head = params[index.head];
  options.record?.(head.spec.name, hidden);
  const logits = linear(hidden, head.weights, head.bias, false);
  return { logits, hidden, attention, headNorms };
}
