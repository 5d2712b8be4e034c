import * as tf from '@tensorflow/tfjs';
import { magnitudeScores, randomScores, taylorScores } from '../../compress/prune/scores';
import type { ExperimentConfig } from '../../config';
import { fillBatch } from '../../data/batch';
import type { DataSplit } from '../../data/types';
import type { Rng } from '../../random';
import { crossEntropy } from '../../train/losses';
import type { ModelWeights } from './modelWeights';
import { toNetwork } from './modelWeights';
import type { PruneSettings } from './pruneModel';
import { excludedLayers, rankedMasks } from './pruneModel';

/** Examples whose mean loss gradient drives Taylor scores: enough to be stable, cheap. */
const TAYLOR_EXAMPLES = 1024;
/** SynFlow's rounds (the paper uses 100; the masks barely change after ~20 for our nets). */
export const SYNFLOW_ROUNDS = 20;

/** dL/dW of the mean cross-entropy over the first examples of `split`, per layer. */
export async function meanLossGradients(
  model: ModelWeights,
  split: DataSplit,
  featureSize: number,
  numClasses: number,
): Promise<Float32Array[]> {
  const n = Math.min(TAYLOR_EXAMPLES, split.n);
  const indices = Int32Array.from({ length: n }, (_, i) => i);
  const x = new Float32Array(n * featureSize);
  const y = new Int32Array(n);
  fillBatch(split, indices, 0, n, x, y);
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

/**
 * SynFlow (Tanaka et al. 2020), data-free: with every weight replaced by |w| (masked), biases 0
 * and an all-ones input, R = Σ logits is the total "synaptic flow" through the network; a
 * weight's score is |w · ∂R/∂w|. Pruning in rounds (density (1 − s)^(k/K) after round k), each
 * re-scored on the survivors, avoids cutting a whole layer off (layer collapse). The returned
 * scores are the last round's: ranking them at `sparsity` gives the final mask.
 */
export async function synflowScores(
  model: ModelWeights,
  settings: PruneSettings,
  rounds = SYNFLOW_ROUNDS,
): Promise<Float32Array[]> {
  const exclude = excludedLayers(model, settings.exclude);
  let masks: (Uint8Array | null)[] = model.layers.map(() => null);
  let scores: Float32Array[] = [];
  const density = 1 - settings.sparsity;
  for (let k = 1; k <= rounds; k++) {
    const positive: ModelWeights = {
      spec: model.spec,
      layers: model.layers.map((l, i) => ({
        spec: l.spec,
        weights: l.weights.map((w, e) => (masks[i] && !masks[i]![e] ? 0 : Math.abs(w))),
        bias: new Float32Array(l.bias.length),
      })),
    };
    const net = toNetwork(positive);
    try {
      const weights = net.layers.map((l) => l.weights);
      const grads = tf.tidy(() => {
        const ones = tf.ones([1, model.spec.inputShape.reduce((a, b) => a * b, 1)]);
        const { value, grads } = tf.variableGrads(() => tf.sum(net.forward(ones)), weights);
        value.dispose();
        return weights.map((w) => tf.mul(tf.abs(w), grads[w.name]));
      });
      scores = await Promise.all(grads.map((g) => g.data() as Promise<Float32Array>));
      tf.dispose(grads);
    } finally {
      net.dispose();
    }
    // Global by design in the paper; 'layer' scope keeps the user's choice comparable.
    masks = rankedMasks(scores, 1 - density ** (k / rounds), settings.scope, exclude);
  }
  return scores;
}

export interface ScoreContext {
  /** The training split, for Taylor's gradients. */
  train: DataSplit;
  featureSize: number;
  numClasses: number;
  /** Seeds random scores. */
  rng: () => Rng;
}

/** Per-layer importance of every weight by the config's method (higher = keep). */
export async function weightScores(
  model: ModelWeights,
  prune: ExperimentConfig['prune'],
  ctx: ScoreContext,
): Promise<Float32Array[]> {
  switch (prune.method) {
    case 'magnitude':
      return model.layers.map((l) => magnitudeScores(l.weights));
    case 'random': {
      const rng = ctx.rng();
      return model.layers.map((l) => randomScores(l.weights.length, rng));
    }
    case 'taylor': {
      const grads = await meanLossGradients(model, ctx.train, ctx.featureSize, ctx.numClasses);
      return model.layers.map((l, i) => taylorScores(l.weights, grads[i]));
    }
    case 'synflow':
      return synflowScores(model, prune);
  }
}
