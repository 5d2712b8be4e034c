import * as tf from '@tensorflow/tfjs';
import type { ScoreOps } from '../../compress/methods/types';
import { scoreMethodOf } from '../../compress/registry';
import type { ExperimentConfig } from '../../config';
import { fillBatch } from '../../data/batch';
import type { DataSplit } from '../../data/types';
import type { Rng } from '../../random';
import { crossEntropy } from '../../train/losses';
import type { ModelWeights } from './modelWeights';
import { toNetwork, unitsOf } from './modelWeights';
import { kthSmallest, pruneCount } from '../../compress/prune/masks';
import { excludedLayers } from './pruneModel';
import { isVit } from '../../model/vitSpec';
import { headImportance } from './headSaliency';
import { spreadHeadScores } from './heads';

/** Examples whose mean loss gradient drives Taylor scores: enough to be stable, cheap. */
const TAYLOR_EXAMPLES = 1024;
/** Wanda's calibration batch (the paper uses 128 sequences; a few hundred images suffice). */
const CALIBRATION_EXAMPLES = 512;

/** The first n examples of a split as a [n, features] batch. */
function firstExamples(split: DataSplit, featureSize: number, count: number) {
  const n = Math.min(count, split.n);
  const indices = Int32Array.from({ length: n }, (_, i) => i);
  const x = new Float32Array(n * featureSize);
  const y = new Int32Array(n);
  fillBatch(split, indices, 0, n, x, y);
  return { n, x, y };
}

/** dL/dW of the mean cross-entropy over the first examples of `split`, per layer. */
export async function meanLossGradients(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
  numClasses: number,
): Promise<Float32Array[]> {
  const { n, x, y } = firstExamples(split, featureSize, TAYLOR_EXAMPLES);
  const net = toNetwork(model);
  try {
    const weights = net.layers.map((l) => l.weights);
    const grads = tf.tidy(() => {
      const xs = tf.tensor2d(x, [n, featureSize]);
      const ys = tf.tensor1d(y, 'int32');
      const { value, grads } = tf.variableGrads(
        () => crossEntropy(net.forward(xs), ys, numClasses),
        weights,
      );
      value.dispose();
      return weights.map((w) => grads[w.name]);
    });
    const arrays = await Promise.all(grads.map((g) => g.data() as Promise<Float32Array>));
    tf.dispose(grads);
    return arrays;
  } finally {
    net.dispose();
  }
}

/** ‖X_j‖₂ of every input feature of every dense layer over a calibration batch (Wanda). */
export async function inputNorms(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
): Promise<Float64Array[]> {
  if (isVit(model.layers.map((l) => l.spec))) return vitInputNorms(model, split, featureSize);
  if (model.layers.some((l) => l.spec.kind !== 'dense'))
    throw new Error('inputNorms: dense layers only');
  const { n, x } = firstExamples(split, featureSize, CALIBRATION_EXAMPLES);
  const norms = tf.tidy(() => {
    let h: tf.Tensor2D = tf.tensor2d(x, [n, featureSize]);
    const out: tf.Tensor[] = [];
    for (const l of model.layers) {
      if (l.spec.kind !== 'dense') break;
      out.push(tf.sqrt(tf.sum(tf.square(h), 0)));
      const z = tf.add(tf.matMul(h, tf.tensor2d(l.weights, [l.spec.inputs, l.spec.units])), l.bias);
      h = (l.spec.relu ? tf.relu(z) : z) as tf.Tensor2D;
    }
    return out;
  });
  const arrays = await Promise.all(norms.map((t) => t.data() as Promise<Float32Array>));
  tf.dispose(norms);
  return arrays.map((a) => Float64Array.from(a));
}

/**
 * A vision transformer's linear layers see one row per token (per patch for the embedding, the
 * class token for the head): ‖X_j‖₂ over all those rows of the calibration batch. Norms and
 * token tables have no input activations; they get 1 (Wanda leaves them alone, see
 * pruneModel's unit comparison).
 */
async function vitInputNorms(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
): Promise<Float64Array[]> {
  const { n, x } = firstExamples(split, featureSize, CALIBRATION_EXAMPLES);
  const net = toNetwork(model);
  try {
    const byName = tf.tidy(() => {
      const out: Record<string, tf.Tensor> = {};
      net.forwardVit(tf.tensor2d(x, [n, featureSize]), {
        record: (name, rows) => (out[name] = tf.sqrt(tf.sum(tf.square(rows), 0))),
      });
      return out;
    });
    const arrays = await Promise.all(
      model.layers.map(async (l) => {
        const t = byName[l.spec.name] as tf.Tensor | undefined;
        return t
          ? Float64Array.from((await t.data()) as Float32Array)
          : new Float64Array(l.weights.length / l.bias.length).fill(1);
      }),
    );
    tf.dispose(Object.values(byName));
    return arrays;
  } finally {
    net.dispose();
  }
}

/**
 * ∂R/∂W for R = Σ logits of the all-ones input through a network of non-negative weights and
 * biases (SynFlow). Dense nets: exact float64 arithmetic here (every activation is ≥ 0, so ReLU
 * is the identity and R is linear per layer): forward a_l = a_{l−1}·W_l + b_l, backward
 * g_{l−1} = W_l·g_l, and ∂R/∂W_l[i, j] = a_{l−1}[i]·g_l[j]. Conv nets: tfjs gradients of a
 * rescaled network (see convFlowGradients), returned in float64.
 */
export async function flowGradients(model: ModelWeights): Promise<Float64Array[]> {
  if (model.layers.every((l) => l.spec.kind === 'dense')) {
    const acts: Float64Array[] = [];
    let a: Float64Array = new Float64Array(
      model.layers[0].weights.length / unitsOfDense(model, 0),
    ).fill(1);
    for (const l of model.layers) {
      acts.push(a);
      const units = l.bias.length;
      const next = Float64Array.from(l.bias);
      const w = l.weights;
      for (let i = 0; i < a.length; i++) {
        const ai = a[i];
        if (ai === 0) continue;
        for (let j = 0, e = i * units; j < units; j++, e++) next[j] += ai * w[e];
      }
      a = next;
    }
    const grads: Float64Array[] = new Array<Float64Array>(model.layers.length);
    let g: Float64Array = new Float64Array(a.length).fill(1);
    for (let l = model.layers.length - 1; l >= 0; l--) {
      const w = model.layers[l].weights;
      const prev = acts[l];
      const units = g.length;
      const grad = new Float64Array(w.length);
      const back = new Float64Array(prev.length);
      for (let i = 0; i < prev.length; i++) {
        let s = 0;
        for (let j = 0, e = i * units; j < units; j++, e++) {
          grad[e] = prev[i] * g[j];
          s += w[e] * g[j];
        }
        back[i] = s;
      }
      grads[l] = grad;
      g = back;
    }
    return grads;
  }
  return convFlowGradients(model);
}

/**
 * SynFlow's gradients for a conv net, where tfjs computes in float32 and R, a product over the
 * layers, can overflow (or underflow) long before the scores stop being meaningful. Every layer
 * of a non-negative net is positively homogeneous (conv, ReLU, max-pool, dense), so dividing
 * layer l's weights by c_l (the mean total weight feeding one of its units) and its bias by
 * C_l = c_1···c_l scales every activation a_l by 1/C_l exactly: R' = R / C_L stays near 1 in
 * float32, and ∂R/∂W_l = ∂R'/∂W'_l · C_L / c_l, rebuilt in float64. The scores differ from
 * exact float64 ones by float32 rounding of values of order one, never by overflow.
 */
async function convFlowGradients(model: ModelWeights): Promise<Float64Array[]> {
  const scales = model.layers.map((l) => {
    const units = unitsOf(l.spec);
    let total = 0;
    for (let e = 0; e < l.weights.length; e++) total += l.weights[e];
    const c = total / units;
    return c > 0 && Number.isFinite(c) ? c : 1;
  });
  let cumulative = 1;
  const scaled: ModelWeights = {
    spec: model.spec,
    layers: model.layers.map((l, i) => {
      cumulative *= scales[i];
      const c = cumulative;
      return {
        ...l,
        weights: Float32Array.from(l.weights, (w) => w / scales[i]),
        bias: Float32Array.from(l.bias, (b) => b / c),
      };
    }),
  };
  const net = toNetwork(scaled);
  try {
    const weights = net.layers.map((l) => l.weights);
    const grads = tf.tidy(() => {
      const ones = tf.ones([1, model.spec.inputShape.reduce((a, b) => a * b, 1)]);
      const { value, grads } = tf.variableGrads(() => tf.sum(net.forward(ones)), weights);
      value.dispose();
      return weights.map((w) => grads[w.name]);
    });
    const arrays = await Promise.all(grads.map((g) => g.data() as Promise<Float32Array>));
    tf.dispose(grads);
    return arrays.map((a, l) => {
      const factor = cumulative / scales[l];
      return Float64Array.from(a, (g) => g * factor);
    });
  } finally {
    net.dispose();
  }
}

const unitsOfDense = (model: ModelWeights, l: number): number => model.layers[l].bias.length;

/**
 * Keep-masks by a score threshold (per layer, or one over the non-excluded layers), found by
 * selection (kthSmallest): SynFlow ranks ~100 times per score, where rankedMasks' stable index
 * sort, or any full sort, would dominate. Scores tied with the threshold are all removed, so a round may cut a few
 * more than asked; the final cut is made by the pipeline (rankedMasks, exact counts).
 */
export function thresholdMasks(
  scores: readonly Float32Array[],
  sparsity: number,
  scope: ExperimentConfig['prune']['scope'],
  exclude: readonly number[],
): (Uint8Array | null)[] {
  const excluded = new Set(exclude);
  const pruned = scores.map((_, l) => l).filter((l) => !excluded.has(l));
  const groups = scope === 'layer' ? pruned.map((l) => [l]) : [pruned];
  const masks: (Uint8Array | null)[] = scores.map(() => null);
  for (const group of groups) {
    const all = new Float32Array(group.reduce((n, l) => n + scores[l].length, 0));
    let offset = 0;
    for (const l of group) {
      all.set(scores[l], offset);
      offset += scores[l].length;
    }
    const count = pruneCount(all.length, sparsity);
    const threshold = count > 0 ? kthSmallest(all, count - 1) : -Infinity;
    for (const l of group) {
      const s = scores[l];
      const mask = new Uint8Array(s.length);
      for (let e = 0; e < s.length; e++) mask[e] = count > 0 && s[e] <= threshold ? 0 : 1;
      masks[l] = mask;
    }
  }
  return masks;
}

export interface ScoreContext {
  /** The training split, for Taylor's gradients and Wanda's calibration batch. */
  train: DataSplit;
  featureSize: number;
  numClasses: number;
  /** Seeds random scores. */
  rng: () => Rng;
}

/** Per-layer importance of every weight by the config's method (higher = keep). */
export function weightScores(
  model: ModelWeights,
  prune: ExperimentConfig['prune'],
  ctx: ScoreContext,
): Promise<Float32Array[]> {
  const ops: ScoreOps = {
    lossGradients: (m) => meanLossGradients(m, ctx.train, ctx.featureSize, ctx.numClasses),
    inputNorms: (m) => inputNorms(m, ctx.train, ctx.featureSize),
    flowGradients,
    headImportance: (m, by) => headImportance(m, ctx.train, ctx.featureSize, ctx.numClasses, by),
    spreadHeads: spreadHeadScores,
    rng: ctx.rng,
    rank: (scores, sparsity) =>
      thresholdMasks(scores, sparsity, prune.scope, excludedLayers(model, prune.exclude)),
  };
  return scoreMethodOf(prune).score(model, prune, ops);
}
